"""Spanish customer turns (es-ES, es-MX). Placeholders are described in render.py."""

LOCALES = ("es-ES", "es-MX")

DEV = [
    (
        "buenas, me han cobrado {!price} dos veces en el pedido {!order}",
        "la tarjeta es {CARD} cad {EXP:compact} y el cvv {CVV:spell}",
    ),
    (
        "ola q tal, no puedo entrar a la app, mi correo es {EMAIL}",
        "usuario {USER} contrasena {PWD} y me sale el error {!error_code} desde el {!date}",
    ),
    ("mi dni {DNI:sd} xfa actualizadlo, el nie que teneis ({NIE}) era de antes de nacionalizarme",),
    ("wey ya te pase mi curp? {CURP} y el rfc es {RFC:noise}, pa la factura {!invoice}",),
    ("depositame en la clabe {CLABE:m1}", "{CLABE:m2}", "esa es la de banorte, no la otra"),
    (
        "mi movil es el {PHONE:sub}, llamadme despues de las {!time} porfa, q el repartidor del {!postal_code} nunca encuentra la casa",
    ),
    ("IBAN para la devolucion:\n{IBAN:iban}\nSWIFT {SWIFT:sd}\nTitular: Lucia Ferrer",),
    ("mandame el recibo a {EMAIL:espell} q el otro correo ya no lo uso",),
    ("el tecnico me pidio la ip publica, es {IP}, y la mac del deco {MAC:sd}. modelo {!model}",),
    (
        "en el ticket {!ticket} pegue sin querer esto, borrenlo porfa:\nAWS_ACCESS_KEY_ID={AKID:kv}\naws_secret_access_key={SECRET:kv}",
    ),
    ("trabajo en texas y me piden el ssn {SSN}. mi esposa tiene itin {ITIN:sd}, sirve?",),
    (
        "vivi en londres, mi national insurance era {NINO} si lo necesitan. pasaporte {PASSPORT:sd} y carnet de conducir {DL}",
    ),
    ("cuenta {ACCT:noise} y el numero de ruta {ROUTING}, es un banco de miami",),
    (
        "le pregunte a mi hermano q vive en brasil: cpf {CPF:sd} y cnpj de su empresa {CNPJ}",
        "y mi cunado frances dice q su numero de secu es {NIR}, el aleman {IDNR:sd} y la portuguesa nif {NIF:spell}",
    ),
    (
        "el que me pediste antes? {PIN:ctx}",
        "ah y el enlace que me mandaron era https://clientes.example.com/alta?mail={EMAIL:pct}&origen=sms",
    ),
    ("el nas de la oficina lo monto mi sobrino asi: {URL}", "no se si eso es seguro la vdd"),
    ("mi tarjeta empieza {CARD:m1}", "luego {CARD:m2}", "y termina {CARD:m3}"),
    ("gracias crack, resuelto!!",),
    (
        "en la tienda {!store} me dijeron {!percent} de descuento hasta {!year} en la tarifa de {!data_size}",
    ),
    (
        "vuelo {!flight} asiento {!seat}, la maleta con seguimiento {!tracking} no aparece. mi tel {PHONE:sd}",
    ),
    (
        "contador {!meter}, habitacion {!room}, poliza {!policy}, cliente {!customer_ref}, ya van {!count} reclamaciones",
    ),
    (
        "el gimnasio me sigue cobrando {!price} al mes y me di de baja en {!year}",
        "la tarjeta q tienen es {CARD:noise}",
    ),
    (
        "renuevo el seguro del coche, poliza {!policy}. carnet {DL:sd}, matricula {!plate}, somos {!count} conductores",
    ),
    ("soporte: el login no va. mi usuario es {USER} y entro desde la ip {IP}",),
    ("hacienda me pide el nif... perdon, el nie: {NIE:spell}. referencia {!customer_ref}",),
    ("cambio de banco, cuenta vieja {ACCT:sd}, iban nuevo {IBAN:iban}",),
    ("me bloquearon tras {!count} intentos", "q necesitas", "va: {PWD:ctx}"),
    (
        "el hotel me dijo habitacion {!room} por {!duration} noches y cobro {!amount}. el correo de la reserva {EMAIL:espell}",
    ),
    ("mi curp {CURP:m1}", "{CURP:m2}"),
]

SEALED = [
    (
        "hola",
        "quiero dar de baja la tarjeta q me robaron en el metro",
        "es la {CARD:sd}... no perdon esa es la de mi madre, la mia es {CARD}",
    ),
    ("numero de tarjeta {CARD:noise} caduca {EXP} codigo de seguridad {CVV}",),
    ("oye la fecha de caducidad es {EXP:sd} o algo asi, el cvc {CVV:sub}",),
    ("tengo la tarjeta en la mano: {CARD:spell}, vence {EXP:compact}",),
    ("pin {PIN:spell}? o era el de la otra... no se, bloqueadla",),
    (
        "El cajero se trago mi tarjeta en la sucursal {!store}. Mi clave del cajero es {PIN} por si sirve",
    ),
    (
        "a ver, te copio lo del formulario:\nNombre: Javier Ortega\nDNI: {DNI}\nTelefono: {PHONE}\nCP: {!postal_code}\nEmail: {EMAIL}",
    ),
    ("soy extranjera, tengo NIE {NIE:noise}, y me dicen q no vale para abrir cuenta",),
    ("mi curp es {CURP:sd} y el rfc con homoclave {RFC}", "ah y nacio en {!year} por si lo piden"),
    ("pa q me depositen la nomina: clabe interbancaria {CLABE:sd}",),
    ("transferencia de {!amount} a la clabe {CLABE:sub} referencia {!customer_ref}",),
    ("mi cel {PHONE:m1}", "{PHONE:m2}", "es de telcel, y el fijo {PHONE}"),
    ("mi cuenta es la {ACCT:m1}", "{ACCT:m2}", "la de ahorro no la de cheques"),
    ("oigan el iban es {IBAN:m1}", "{IBAN:m2}"),
    ("iban {IBAN} bic {SWIFT}, titular el de siempre. La factura {!invoice} de {!price}",),
    ("por fa cambien el iban de domiciliacion a {IBAN:iban}, el contrato es el {!contract}",),
    ("el codigo swift q me dieron es {SWIFT:noise}, esta bien escrito?",),
    ("escribeme a {EMAIL} o al otro correo {EMAIL:espell}, el q veas",),
    (
        "me llego un link raro https://seguro.example.org/login?u={EMAIL:pct}&paso=dos es phishing??",
    ),
    ("llamadme al {PHONE:spell}, a partir de las {!time}",),
    ("mi telefono es {PHONE:sd}, perdon, {PHONE}",),
    ("usuario: {USER}\nclave: {PWD}\nno me deja entrar desde hace {!duration} dias",),
    ("el archivo .env q subi tenia\nDB_PASSWORD={PWD:kv}\nAPI_USER={USER:kv}\nse puede borrar?",),
    ("las claves de aws q se filtraron: {AKID} y {SECRET}, ya las rote pero por si acaso",),
    ("la impresora dice q su ip es {IP} y el router {!model} tiene firmware {!version}",),
    ("el portatil de mi hija tiene la mac {MAC} y no se conecta al wifi de {!data_size}",),
    ("vuelo {!flight} del {!date}, asiento {!seat}. el pasaporte es {PASSPORT}",),
    ("para el alquiler del coche el permiso de conducir es {DL:sd}, la matricula {!plate}",),
    (
        "mi social security number de cuando vivi en EEUU: {SSN:noise}. y el itin de mi marido {ITIN}",
    ),
    ("tengo numero de seguro nacional britanico {NINO:sd}, me lo piden para la pension",),
    ("mi novio es brasileno, cpf {CPF}, cnpj {CNPJ:noise}, quiere abrir cuenta aqui",),
    (
        "en la nomina francesa pone {NIR:sd}, en la alemana steuer-id {IDNR}, y en la portuguesa contribuinte {NIF}",
    ),
    (
        "me pidieron lo del banco para el reembolso",
        "ahi va: {ACCT:ctx}",
        "y el de ruta q me pidieron {ROUTING:sd}",
    ),
    (
        "la lectura del contador es {!meter}, me estan cobrando de mas. codigo postal {!postal_code}",
    ),
    (
        "pedido {!order}, seguimiento {!tracking}, pague {!price} y llegaron {!quantity} unidades en vez de {!count}",
    ),
    ("la habitacion {!room} del hotel tenia el aire roto, quiero el {!percent} de descuento",),
    ("mira he llamado {!count} veces y nadie me soluciona nada",),
    ("conectando por {URL} me dice acceso denegado",),
    ("mi dni es {DNI:sub} y el de mi hija {DNI:spell}",),
    (
        "ok",
        "vale gracias, hasta luego",
    ),
    (
        "buenas tardes",
        "mi madre no sabe usar esto asi q escribo yo",
        "su dni es {DNI:sd} y el telefono fijo {PHONE}",
        "q mas necesitais? su correo es {EMAIL:espell}",
    ),
    ("tio en serio, {!count} dias sin internet. el router {!model}, ip {IP}",),
    ("me equivoque, el iban bueno es {IBAN}, no el q puse antes",),
    ("perdon, es q no me acordaba", "el q me pediste es {ACCT:ctx}"),
    (
        "lista de lo q me pidieron:\n- curp {CURP}\n- rfc {RFC:sd}\n- clabe {CLABE:noise}\n- comprobante de domicilio del {!date}",
    ),
    ("el cvv es {CVV}", "no espera, ese era de la vieja... es {CVV}"),
    (
        "pasa q tengo dos tarjetas, la debito {CARD:sub} y la credito {CARD:sd}",
        "la q fallo fue la de credito, cad {EXP}",
    ),
    ("mi correo de trabajo es {EMAIL:espell}, el personal {EMAIL}",),
    ("porfa q alguien me conteste ya, llevo {!duration} esperando, mi tel {PHONE:sub}",),
    ("yo cambie la contrasena ayer a {PWD}", "y sigue diciendo incorrecta"),
    ("mi numero de cuenta {ACCT:m1}", "perdon se envio {ACCT:m2}"),
    (
        "so sorry my english, my spanish bank gave me IBAN {IBAN:iban} and swift {SWIFT}, esta bien?",
    ),
    ("el nie {NIE:sd}, pasaporte {PASSPORT:sd}, caducidad del pasaporte {!year}",),
    ("te paso el telefono por partes xq no me fio", "{PHONE:m1}", "{PHONE:m2}"),
    (
        "el boton de whatsapp abre https://wa.example.com/send?phone={PHONE:pct}&text=hola y ese es mi numero, no el vuestro",
    ),
    (
        "hola buenas",
        "la factura de la luz de {!date} es de {!price}?? si estuvimos fuera {!duration}",
        "la lectura era {!meter}",
    ),
    (
        "quiero hacer la portabilidad del {PHONE:sd}, la otra compania me dio un codigo pero no lo encuentro",
    ),
    (
        "Estimados, solicito la baja de mis datos. Correo registrado: {EMAIL}. Alternativo: {EMAIL:espell}. Gracias.",
    ),
    (
        "mi hijo uso mi tarjeta {CARD:sd} para comprar {!quantity} cosas del fortnite, me lo devuelven?",
    ),
    (
        "la aseguradora me pide el dni para el siniestro {!policy}... {DNI:sub}",
        "es normal pedirlo por chat? mi tel por si acaso {PHONE}",
    ),
    ("teneis mal mi numero!! es {PHONE:noise}",),
    (
        "la vpn se cae cada {!duration}. version {!version}, la mac del portatil {MAC}, ip de la ofi {IP}",
    ),
    ("pago el alquiler desde mi cuenta de eeuu, routing {ROUTING:sub}, cuenta {ACCT}",),
    ("oye antes de q se me olvide", "el de cuatro cifras del cajero es {PIN:ctx}"),
    (
        "seguimiento {!tracking}, pedido {!order}, {!quantity} cajas y falta una. llamadme al {PHONE}",
    ),
    ("paso a la tarifa de {!data_size}, domiciliada en {IBAN:sd}",),
    ("me equivoque antes con la cuenta, la correcta es {ACCT:sd}",),
    ("pasaporte mexicano {PASSPORT}, vigencia hasta {!date}, mi curp {CURP:noise}",),
    (
        "el becario subio el .env:\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}\nregion eu-west",
    ),
    ("es correcto un {!percent} de interes?? en un prestamo de {!amount}",),
    ("mi nombre de usuario es {USER}, por si os sirve para encontrar la cuenta",),
    ("el numero de licencia de manejo es {DL}, expedida en jalisco",),
    ("cvv {CVV:spell} cad {EXP:sd}", "y la tarjeta {CARD:sub}"),
    ("q tal, solo queria decir q la nueva app {!version} va mucho mejor",),
    ("el rfc para la factura es {RFC:sd}, la razon social ya la tienen",),
    ("mi numero de seguro social de cuando trabaje en california: {SSN}",),
    ("de nuevo la tarjeta q se corto el chat: {CARD:m1}", "{CARD:m2}", "{CARD:m3}"),
    ("el nif de mi empresa en portugal es {NIF:sd} y el cnpj de brasil {CNPJ}",),
]
