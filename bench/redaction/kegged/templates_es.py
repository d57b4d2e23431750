"""Spanish customer turns (Spain and Mexico). Same slot syntax as templates_en."""

DEV = [
    (
        "buenas, me cobraron dos veces {#price}",
        "la tarjeta es {CARD} caduca {EXP:cx} y el cvv {CVV}",
        "pedido {#order}",
    ),
    "Nombre: Lucia Navarro\nDNI: {DNI}\nTel: {PHONE}\nCorreo: {EMAIL}\nCP: {#postal}\nPasaporte: {PASSPORT}",
    ("oye la transferencia no llega", "mi iban {IBAN:br}", "swift del banco {SWIFT}"),
    ("numero de tarjeta {CARD@a}", "{CARD@a}", "{CARD@a} listo"),
    ("no puedo entrar, mi usuario es {USER}", "y la contra la cambie a {PWD} hace {#duration}"),
    "el tecnico dejo esto en el router: ftp://{USER:url}:{PWD:url}@nas.example.org es normal??",
    "se me filtro el archivo de config\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSEC:kv}\nporfa ayuda",
    ("soy de mexico, mi curp {CURP} y rfc {RFC}", "la clabe para el reembolso es {CLABE}"),
    "trabajo en usa, SSN {SSN}, ITIN de mi esposo {ITIN}, routing {ROUTING} cuenta {ACCT}",
    ("vivi en londres, el national insurance era {NINO}", "y en francia el numero de secu {NIR}"),
    "papeles: NIE {NIE}, steuer id aleman {IDNR}, nif portugues {NIF}, cpf {CPF}, cnpj empresa {CNPJ}",
    ("el modem {#model} se cae cada {#duration}", "ip publica {IP} y mac {MAC}"),
    (
        "me llego este link raro https://banco.example.com/validar?correo={EMAIL:pct}",
        "y me pide el pin {PIN}, es de ustedes?",
    ),
    "licencia de manejo {DL}, placas {#plate}, poliza {#policy}",
    ("la que me pidio el otro agente", "{CLABE:ctx}"),
]

SEALED = [
    ("hola", "hay alguien?", "quiero darme de baja, contrato {#contract}"),
    "no me deja entrar con el usuario {USER}, la clave era {PWD} creo",
    ("pago con tarjeta {CARD}", "vence el {EXP} y codigo de seguridad {CVV}"),
    "me cargaron {#price} el {#date} en la tienda {#store}, tarjeta {CARD}, quiero el reembolso ya",
    ("cambien mi celular porfa", "el viejo {PHONE}", "el nuevo {PHONE}"),
    "me pueden marcar al {PHONE} o escribir a {EMAIL}, despues de las {#time}",
    ("mi correo {EMAIL}", "perdon me equivoque, es {EMAIL}"),
    "correo: {EMAIL:at} (lo escribo asi pq el chat lo borra)",
    ("para verificar me pidieron el dni", "{DNI}"),
    "dni {DNI} y el de mi hija {DNI}, los dos en la poliza {#policy}",
    ("soy extranjero, tengo nie", "{NIE} y caduca el {#date}"),
    "NIE: {NIE:noise} perdon por los simbolos jaja",
    ("cuenta {ACCT}", "bueno la cuenta de mi banco de aqui, no el iban"),
    ("el reembolso a este iban {IBAN}", "bic {SWIFT} creo, dejame ver", "si ese"),
    ("os paso el iban del banco", "{IBAN:br}"),
    ("reserva {#booking}, pasaporte {PASSPORT}", "vuelo {#flight} asiento {#seat}"),
    "carnet de conducir {DL} y la matricula del coche {#plate}",
    ("me llego un correo de que entraron desde {IP}", "yo no fui, estoy en {#postal}"),
    "el servidor {IP} no conecta desde las {#time}, sdk {#version}, la mac es {MAC}",
    ("celular nuevo, el viejo tenia la mac {MAC}", "borrenlo de los dispositivos, tengo {#count}"),
    "subi sin querer las llaves\naws_access_key_id = {AKID}\naws_secret_access_key = {AKSEC}\nrotenlas plis",
    ("la key {AKID}", "el secret {AKSEC}", "salian en la captura del ticket {#ticket}"),
    "la cadena de conexion era mysql://{USER:url}:{PWD:url}@db.example.net/ventas eso esta mal?",
    "DB_PASS={PWD:kv}\nDB_USER={USER:kv}\nse filtraron en el log de la version {#version}",
    ("el cajero se trago mi tarjeta", "el nip es {PIN}", "y el numero completo {CARD}"),
    "mi pin es {PIN:spell} jaja lo escribi con letras",
    ("marcame al {PHONE:spell}", "despues de las {#time}"),
    ("tarjeta {CARD:noise}", "cvv {CVV:sub} vence {EXP:cx}"),
    ("el numero es {CARD@b}", "{CARD@b}"),
    ("mi cel {PHONE@c}", "{PHONE@c}", "{PHONE@c} ese es"),
    ("cuenta {ACCT@d}", "{ACCT@d} es de ahorro"),
    ("curp {CURP}", "rfc para factura {RFC} porfa"),
    "depositen a la clabe {CLABE} referencia {#customer_ref}",
    ("mi empresa es brasileña", "cnpj {CNPJ} y mi cpf {CPF}"),
    "numero de seguridad social frances {NIR}, lo necesito en la factura {#invoice}",
    "trabaje en alemania, steuer-id {IDNR}, y en portugal nif {NIF}",
    ("estoy en gringolandia", "mi social {SSN}", "y el itin {ITIN}"),
    "NINO de cuando vivia en uk: {NINO}",
    ("para la nomina: ABA {ROUTING}", "cuenta {ACCT}"),
    ("cuanto cuesta el plan de {#size}", "y hay {#percent} de descuento?"),
    ("lectura del contador {#meter}", "la factura dice {#price}, es el doble"),
    "habitacion {#room}, salida a las {#time}, reserva {#booking}, puedo salir mas tarde?",
    ("ayer llame", "me dijeron que escribiera aca", "ticket {#ticket} y nada"),
    ("ahi va todo", "{CARD:ctx}\n{EXP:ctx}\n{CVV:ctx}"),
    ("que mas necesitan", "{DNI:ctx} el que sale en mi carnet, nacimiento {#date}"),
    "cambien el correo {EMAIL:at} por {EMAIL}",
    "el enlace: https://pagos.example.net/confirmar?tel={PHONE:pct}&ref=xyz es legit?",
    ("mi numero de curp", "{CURP:sub}", "creo que puse o en vez de cero perdon"),
]

DEV += [
    ("otra vez la cuenta", "{ACCT@e}", "{ACCT@e}"),
    ("mi cel es {PHONE@f}", "{PHONE@f}", "{PHONE@f} con lada"),
    "neta ya me canse. titular Raul Ramos, correo {EMAIL:at}, cel {PHONE:noise}, ultimo pago {#amount} el {#date}",
    "- tarjeta: {CARD:sub}\n- vence: {EXP}\n- cvv: {CVV:spell}\n- cp: {#postal}",
    (
        "Asunto: siniestro {#policy}",
        "pasaporte {PASSPORT:sp}, licencia {DL}, y mi curp por si acaso {CURP}",
    ),
    "ya lo encontre tio: {IBAN:br} con BIC {SWIFT:sp}, eran {#amount}, factura {#invoice}",
]

SEALED += [
    ("es la tercera vez que escribo", "tarjeta {CARD@g}", "{CARD@g}", "{CARD@g} caduca {EXP:cx}"),
    ("la clabe {CLABE@h}", "{CLABE@h}", "a nombre de mi mama"),
    ("lo parto para que no lo lean los bots jaja", "{DNI@i}", "{DNI@i}"),
    ("mandame whats al {PHONE@j}", "{PHONE@j}"),
    "Les paso mis datos.\nNombre completo: Carmen Duarte\nFecha de nacimiento: {#date}\nRFC: {RFC:sp}\nTelefono: {PHONE:sp}\nEmail: {EMAIL}\nNo. de poliza: {#policy}",
    "por cierto la cuenta del niño es {USER} y le puse de contrasena {PWD} el {#date}, igual por eso",
    (
        "estoy en el aeropuerto ya, cambiaron la puerta, vuelo {#flight}",
        "localizador {#booking}, pasaporte {PASSPORT:sub}",
    ),
    "aqui el carnet {DL:sp} y el del segundo conductor {DL}, contrato {#contract}",
    ("la de debito es {CARD:spell}", "cvv {CVV}"),
    "porfa no me llamen al {PHONE:sub} que es del curro, mejor {PHONE} o {EMAIL:at}",
    (
        "por que me rechazan la tarjeta",
        "termina en... bueno toda: {CARD:sp}, vence {EXP:spell}",
        "lo intente {#count} veces en la tienda {#store}",
    ),
    "NIE {NIE:sub} (es para la declaracion de la renta de {#year})",
    ("una duda", "el plan de {#size} incluye roaming?", "y {#price} es al mes o al año?"),
    "para el reembolso: cuenta {ACCT:sp}, o si prefieren el IBAN {IBAN}",
    ("me dijeron que mandara el swift por aqui", "{SWIFT}", "el banco es de monterrey"),
    ("mi numero nuevo -> {PHONE:spell}", "el {PHONE} ya no lo uso"),
    "espera me equivoque de cvv, es {CVV} no {CVV}",
    ("si soy yo", "el nip que puse en la sucursal {PIN:sp}"),
    "mi compa gringo me pidio pasar esto: SSN {SSN:sp}, ITIN {ITIN:sub}",
    "contratista brasileño: CPF {CPF:spell}, CNPJ {CNPJ:sp}",
    "NIR frances {NIR:sub}, steuer id {IDNR:sp}, NIF {NIF:noise}, NINO {NINO:sp}",
    "curp {CURP:sp} porfis revisen que este bien",
    "clabe {CLABE:noise} chequen antes de mandar los {#amount}",
]

DEV += [
    (
        "holaa mi pareja puso la domiciliacion con la tarjeta equivocada",
        "tiene que ser {CARD:sp} y no {CARD}",
        "la buena vence {EXP:sub}",
    ),
    "copio de mis notas:\nbanco: clabe {CLABE:sub}\ncuenta {ACCT:noise}\nswift si es internacional {SWIFT}",
    (
        "el formulario dice invalido",
        "puse {NIE:sp} en el nie y {DNI} en el de mi marido, sera por los guiones??",
    ),
    (
        "me mude de cdmx hace un año asi que aun tengo rfc",
        "{RFC:noise}",
        "y el ssn de cuando estuve en texas {SSN:sub}",
    ),
    "los codigos de verificacion llegan al {PHONE:sub} que perdi, cambienlo a {EMAIL:at} porfa, usuario {USER}",
]

SEALED += [
    (
        "la neta no confio en este chat",
        "pero va. pasaporte {PASSPORT}",
        "vence {#date}, expedido en {#year}",
    ),
    "avisen si falta algo: {NIF:sp} (nif portugues) {CNPJ} (cnpj) {NIR:noise} (secu francesa)",
    (
        "el router se administra en http://{IP}/admin",
        "usuario {USER} / {PWD}",
        "firmware {#version}",
    ),
]

SEALED += [
    "el casero (un pesado, larga historia) quiere el comprobante de la fianza, mandadlo a {EMAIL} con copia a {EMAIL:at}? eran {#amount}",
    ("maldito autocorrector", "{CARD:sub}", "^ esa es la tarjeta, las o son ceros"),
    "den de baja la sim vieja, el numero era {PHONE:noise}, la nueva va en el pedido {#order}",
    (
        "el titular soy yo, mi madre me escribe desde este movil",
        "su dni {DNI}, el mio {DNI:noise}, mismo domicilio, cp {#postal}",
    ),
    "soy de cdmx - curp {CURP:sub}, es urgente, el pago de {#price} rebotó el {#date}",
    (
        "entro desde la oficina",
        "la ip de salida {IP} y la mac del portatil {MAC:sp} por si hay que meterla en la lista blanca",
    ),
    "Tarjeta: {CARD}  Vto: {EXP}  CVC: {CVV}  Titular: el mismo de la cuenta",
    ("aceptan transferencias spei?", "mi clabe {CLABE:sp}", "monto {#amount}, factura {#invoice}"),
]

DEV += [
    (
        "es un regalo para mi hermana, pedido {#order}, {#quantity} cosas",
        "paguen con {CARD:noise} porfa, cvv {CVV:sub}",
        "y el ticket a {EMAIL:at}",
    ),
    "creo que me hackearon, alguien cambio el correo a {EMAIL} y el telefono a {PHONE:sp}. los buenos son {EMAIL:at} y {PHONE}",
    (
        "sigo con el ticket {#ticket}",
        "la aseguradora pide la licencia {DL:sub}, el pasaporte {PASSPORT} y el dni {DNI:noise}",
    ),
    ("rfc para la factura: {RFC:sp}", "la empresa es brasileña, cnpj {CNPJ:noise} por si lo piden"),
]

DEV += [
    "me llego la tarjeta nueva, {CARD:sp} valida hasta {EXP:cx}, la pueden poner en el plan de {#size}",
    "te lo leo de atras: {CVV:ctx}. y lo de delante {CARD:ctx}",
]

SEALED += [
    "vale, la de debito {CARD:noise} que caduca {EXP:cx}, cobren ahi los {#price}",
    "lo que me pediste: {DNI:ctx}, a mi nombre, oficina de {#postal}",
]

DEV += [
    "vuelo {#flight} el {#date} a las {#time}, asiento {#seat}, localizador {#booking}, cliente {#customer_ref}, puedo añadir maleta? en la app salia {#percent} de descuento",
    (
        "el wifi del hotel me bloquea, habitacion {#room}",
        "mi ip {IP}, adaptador {MAC}, salida {#time}, la tienda {#store} me dio el vale en {#year}",
    ),
    "el contador marca {#meter}, cp {#postal}, el paquete {#tracking} no llega despues de {#duration}",
]

SEALED += [
    "el envio {#tracking} dice entregado el {#date} pero me llegaron {#quantity} de {#count}, cp {#postal}, llevo {#duration} esperando",
    (
        "el {#model} no se empareja, error {#error}",
        "firmware {#version}, mi correo para la garantia {EMAIL}",
    ),
    (
        "mi usuario es {USER}",
        "me mude al {#postal} y ahora la app da error {#error} en el {#model}",
    ),
]

DEV += [
    (
        "rapidito que entro a trabajar",
        "la app de la farmacia pide identificacion, uso el pasaporte {PASSPORT:sp}",
        "si no jala, mi licencia {DL}",
    ),
    "el portal del SAT me rebota el rfc {RFC:sub}, y cuando pongo la curp {CURP:sp} dice que no coincide, que onda",
    (
        "el bot me pidio la clabe",
        "{CLABE:ctx}",
        "y antes de que preguntes, el numero de tarjeta asociada es {CARD:noise}",
    ),
    "ayuda!! mi cuñada en lisboa necesita el NIF para el alquiler: {NIF}, y el CPF de su marido brasileño {CPF:sp}. la fianza {#amount}",
]

SEALED += [
    (
        "bueno historia graciosa",
        "el gato piso el teclado mientras ponia la contraseña",
        "y ahora es {PWD} o algo asi?? me la reseteas, usuario {USER:plain}",
    ),
    "escribo por mi abuelo que no sabe de compus. dni {DNI:spell}, telefono {PHONE}, vive en {#postal}",
    ("lo mando en dos que la app corta", "{IBAN@k}", "{IBAN@k}"),
    "la neta me vale la comision de {#price}, solo quiero que desbloqueen la tarjeta {CARD:sp} antes del viaje del {#date}",
    (
        "la señorita del banco me apunto el nip nuevo en un post-it",
        "{PIN}",
        "eso es normal? jajaja",
    ),
    "el gestor pide: NIE {NIE}, el NINO de cuando estuve en manchester {NINO:noise}, y el steuer-id {IDNR:spell}",
    ("si la direccion esta bien", "y mi movil es {PHONE:noise} no el {PHONE:sp} que tienen"),
    "manden el extracto a {EMAIL:at} - NO al del curro {EMAIL} que eso lo lee mi jefe",
    ("perdon", "me equivoque en la tarjeta: {CARD:sp}", "y vence {EXP:cx}"),
    "urgente: el server {IP} mostro credenciales en la pagina de error -> API_SECRET={PWD:kv} y AWS_ACCESS_KEY_ID={AKID:kv}",
]

DEV += [
    "tarjta {CARD:sp} fecha de vencim {EXP} codigo de seg {CVV} perdon escribo desde el metro",
    (
        "cuenta bloqueada otra vez",
        "usuario {USER}, la contra que probe fue {PWD} y luego {PWD}",
        "nada funciona",
    ),
]

SEALED += [
    "la de debito termina en... mejor toda: {CARD:noise}, vto {EXP}, y el nip por si el cajero lo pide {PIN:sub}",
    ("mi numero de seguro social gringo {SSN:sp}", "soy de guadalajara pero trabaje en texas"),
    "licencia de conducir {DL:sub}, pasaprte {PASSPORT}, los dos renovados en {#year}",
    ("respondo a lo que me preguntaron: es el segundo", "{EMAIL:ctx}"),
    "no. de cta {ACCT} / cuenta clabe {CLABE:sp} - para el deposito de {#amount} a partir del {#date}",
    ("mandame el codigo al {PHONE:sp}", "ay no ese no es, es {PHONE:noise}"),
]

DEV += [("mi telefono por si se corta el chat", "{PHONE@m}", "{PHONE@m}")]
