# ruff: noqa: E501
# Chat lines and word lists read better unwrapped.
"""Spanish customer turns (es-ES, es-MX). Part of the sealed split: do not read while tuning."""

# Each template: (locale, message, ...). {TYPE:family[:group]} is PII, {#kind} a hard negative.
DEV: list[tuple[str, ...]] = [
    ("es-MX", "buenas, me cobraron {#amount} dos veces 😤 tarjeta {CARD} vence {EXP} cvv {CVV}"),
    ("es-ES", "te paso la tarjeta en dos", "{CARD:mm:a}", "{CARD:mm:a} pedido {#order}"),
    ("es-MX", "mi cel es {PHONE:n} y mi correo {EMAIL:e} cp {#zip}"),
    (
        "es-ES",
        "devolucion al IBAN\n{IBAN:ib}\nBIC {SWIFT} entidad y oficina {ROUTING}",
        "cuenta {ACCT:sd}",
    ),
    (
        "es-MX",
        "desde la version {#version} falla el acceso: sftp://{USER:url}:{PWD:url}@datos.example.org",
        "AWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nip del equipo {IP} y mac {MAC:sd}",
    ),
    (
        "es-MX",
        "trabaje en gringolandia, mi social security es {SSN:l} y el itin de mi esposo {ITIN} desde el {#date}",
    ),
    (
        "es-ES",
        "que documento necesitan? el pasaporte?",
        "{PASSPORT:ctx}",
        "carnet de conducir {DL} y del curro en uk el NI {NINO}",
    ),
    (
        "es-ES",
        "mi dni {DNI} y el nie de mi pareja {NIE}",
        "CURP {CURP} RFC {RFC} y clabe {CLABE:sd} de la cuenta en mexico",
    ),
    (
        "es-MX",
        "papeles de mis socios: cpf {CPF}, cnpj {CNPJ}, nir frances {NIR}, steuer-id {IDNR}, nif portugues {NIF}",
    ),
    (
        "es-ES",
        "el pin nuevo es {PIN:w}? caducidad cad{EXP:cx}. mi enlace https://tienda.example.com/pedido?correo={EMAIL:pct}",
    ),
    (
        "es-MX",
        "mi numero es {PHONE:mm:a}",
        "{PHONE:mm:a}",
        "{PHONE:mm:a} marcame despues de las {#time}",
    ),
    ("es-MX", "la cuenta es {ACCT:mm:a}", "{ACCT:mm:a} perdon se me fue, son {#count} pagos"),
]

SEALED: list[tuple[str, ...]] = [
    ("es-ES", "Hola!! me han cargado {#amount} € que yo no compre. la tarjeta es {CARD:sd}"),
    ("es-MX", "num de tarjeta {CARD:n} fecha de vencimiento {EXP} codigo de seguridad {CVV:w}"),
    ("es-ES", "tarjeta {CARD:l} caduca {EXP:sd} cvc {CVV}", "perdon la caducidad es {EXP}"),
    ("es-MX", "la tarjeta donde salio el cargo de {#amount} es la {CARD:w}"),
    ("es-ES", "cual tarjeta? la de debito", "{CARD:ctx}", "caduca {EXP:cx} y el cvv {CVV}"),
    ("es-MX", "tarjeta {CARD:mm:a}", "{CARD:mm:a}", "{CARD:mm:a} vto {EXP:n}"),
    ("es-ES", "los numeros de delante: {CARD:mm:a}", "{CARD:mm:a} caducidad {EXP} grax"),
    ("es-MX", "fecha venc{EXP:cx} cvv{CVV} codigo postal {#zip}"),
    (
        "es-ES",
        "reserva {#booking} para {#count} personas vuelo {#flight}, pague con {CARD} valida hasta {EXP:w}",
    ),
    ("es-MX", "quiero cambiar mi NIP, el viejo es {PIN} y el nuevo {PIN:l}"),
    ("es-ES", "el cajero se trago la tarjeta a las {#time} 😡 el pin es {PIN:n}"),
    ("es-MX", "cual era mi nip? creo que {PIN:sd} o el otro", "{PIN:ctx}"),
    (
        "es-ES",
        "usuario {USER} contraseña {PWD} y me dice invalido desde la actualizacion {#version}",
    ),
    (
        "es-MX",
        "usuario {USER}, la contrasena va abajo",
        "{PWD:ctx}",
        "no espera la contra es {PWD}",
    ),
    (
        "es-ES",
        "se filtraron estas credenciales ftp://{USER:url}:{PWD:url}@ficheros.example.net",
        "cambienlas antes del {#date} porfa",
    ),
    ("es-MX", "en el .env viene asi\nDB_PASSWORD={PWD:kv}\nDB_USER={USER:kv}"),
    ("es-ES", "mandadme el correo a {EMAIL} no a {EMAIL:e}"),
    ("es-MX", "mi email {EMAIL:e} saludos", "el pedido {#order} no llega, guia {#tracking}"),
    (
        "es-ES",
        "mira el enlace, lleva mi correo: https://news.example.org/baja?e={EMAIL:pct}&lista={#count}",
    ),
    ("es-ES", "llamadme al {PHONE} o al movil {PHONE:sd}"),
    ("es-MX", "celular {PHONE:l} gracias", "fijo {PHONE:w}"),
    ("es-MX", "mandame sms https://sms.example.com/enviar?tel={PHONE:pct} despues de las {#time}"),
    ("es-ES", "a que numero os llamo?", "no, me llamais vosotros, apunta", "{PHONE:ctx}"),
    ("es-ES", "nuevo movil {PHONE:mm:a}", "{PHONE:mm:a}"),
    (
        "es-MX",
        "para la transferencia: banco y sucursal {ROUTING} cuenta {ACCT}",
        "sucursal otra vez {ROUTING:n} sorry",
    ),
    ("es-ES", "cta {ACCT:l} entidad {ROUTING:sd} pasad {#amount} a la de ahorro"),
    ("es-MX", "codigo de banco y plaza {ROUTING:sd} y cuenta {ACCT:w}"),
    ("es-ES", "transferid al IBAN {IBAN} BIC {SWIFT} concepto factura {#invoice}"),
    ("es-ES", "iban copiado del app\n{IBAN:ib}"),
    (
        "es-MX",
        "el iban de mi hermano en españa {IBAN:sd} swift {SWIFT}",
        "{IBAN:mm:a}",
        "{IBAN:mm:a}",
    ),
    (
        "es-MX",
        "para el tramite en usa: seguro social {SSN}, y {SSN:n} es de mi hijo",
        "nacido en {#year}",
    ),
    ("es-MX", "ssn {SSN:w}", "no perdon, era el itin {ITIN:sd}"),
    ("es-MX", "que numero de identificacion gringo quieren?", "{SSN:ctx}"),
    (
        "es-ES",
        "National Insurance {NINO:sd} y el de mi marido {NINO}",
        "vivimos en el numero {#street}, cp {#zip}",
    ),
    ("es-MX", "pasaporte num {PASSPORT}, lo renuevo antes del viaje del {#date} vuelo {#flight}"),
    (
        "es-ES",
        "permiso de conducir {DL} y pasaporte {PASSPORT}",
        "habitacion {#room} del hotel x cierto",
    ),
    ("es-MX", "licencia de manejo", "{DL:ctx}", "esa es mi licencia, me la pidieron arriba"),
    ("es-ES", "el router se cae, ip {IP} mac {MAC} modelo {#model} firmware {#version}"),
    ("es-MX", "MAC del equipo {MAC:sd} y la ip {IP:n}"),
    ("es-ES", "subimos una clave a github sin querer 😬 {AKEY} secreta {SKEY}"),
    ("es-MX", "export AWS_ACCESS_KEY_ID={AKEY:kv}", "export AWS_SECRET_ACCESS_KEY={SKEY:kv}"),
    ("es-ES", "D.N.I {DNI:sd} y N.I.E {NIE:n} el de cuando estudiaba"),
    (
        "es-MX",
        "para nomina: curp {CURP} rfc {RFC}",
        "clabe interbancaria {CLABE}",
        "{CLABE:mm:a}",
        "{CLABE:mm:a}",
    ),
    ("es-MX", "clabe {CLABE:w} gracias"),
    ("es-ES", "la sucursal de brasil pide cpf {CPF:sd} y cnpj {CNPJ:n}", "el cpf otra vez {CPF:w}"),
    ("es-ES", "NIR de la seguridad social francesa {NIR:sd}, IdNr aleman {IDNR:l}, nif {NIF:w}"),
    ("es-MX", "mi cpf es {CPF:mm:a}", "{CPF:mm:a}", "contrato {#contract}"),
    ("es-ES", "Steuer-ID {IDNR} y numero de contribuyente {NIF:sd}", "incidencia {#ticket}"),
    ("es-MX", "son {#count} piezas, total {#amount}, envio a cp {#zip} ticket {#ticket}"),
    ("es-ES", "vuelo {#flight} el {#date} a las {#time}, somos {#count}, factura {#invoice}"),
]

# Situaciones fuera de la banca: clinicas, caseros, luz y agua, seguros, tramites, telefonia.
DEV += [
    (
        "es-MX",
        "no puedo entrar al portal de la clinica, cita {#date} {#time}. usuario {USER} clave {PWD:sd} y mi tel {PHONE:l}",
    ),
    (
        "es-ES",
        "soy el nuevo inquilino del piso {#room}, el casero me pide el DNI",
        "{DNI:ctx}",
        "la renta son {#amount} desde la cuenta {ACCT:n}",
    ),
    ("es-MX", "siniestro del seguro {#contract}: mi correo {EMAIL} y cel {PHONE:w}"),
]
SEALED += [
    (
        "es-ES",
        "la factura de la luz son {#amount} € por {#count} dias?? el email del titular {EMAIL:e}, contador {#model}",
    ),
    (
        "es-MX",
        "me llego carta del SAT folio {#ticket}, mi rfc {RFC} y la curp {CURP}",
        "la clabe donde me depositan {CLABE:l}",
    ),
    (
        "es-ES",
        "en el centro de salud me piden el nie {NIE:sd}, es normal?",
        "mi correo esta en el enlace {EMAIL:pct} jaja",
    ),
    (
        "es-MX",
        "quiero hacer portabilidad de mi numero {PHONE:n}. nip de portabilidad {PIN:w}",
        "el chip nuevo llego en la guia {#tracking}",
    ),
    (
        "es-ES",
        "holaaa 🙂 no entro a la plataforma. admin {USER} contraseña era {PWD} y la cambie a {PWD}",
    ),
    (
        "es-ES",
        "el casero quiere el alquiler por transferencia: IBAN {IBAN:n}",
        "son {#amount} antes del {#date}",
    ),
    (
        "es-MX",
        "renovar pasaporte, el anterior era {PASSPORT:sd}",
        "cita a las {#time} el {#date} somos {#count}",
    ),
    ("es-ES", "seguro de viaje: tarjeta {CARD} cad{EXP:cx} cvv {CVV:l}, vuelo {#flight}"),
]
