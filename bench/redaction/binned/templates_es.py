# ruff: noqa: E501 - each string is one customer turn; wrapping it would hide its wording.
"""Spanish customer turns (es-ES, es-MX). Sealed: never tune a detector against SEALED."""

DEV = [
    (
        "es-ES",
        [
            "hola mi tarjeta es {CARD:plain} caduca {EXP:cexp} y el cvv {CVV:letters}, pedido {#order}"
        ],
    ),
    (
        "es-MX",
        [
            "quiero domiciliar la nomina",
            "clabe {CLABE:sod} banco {ROUTING:plain} cuenta {ACCT:plain}",
            "mi curp {CURP:noise} y rfc {RFC:plain}",
        ],
    ),
    ("es-ES", ["mi iban es {IBAN:ibanb} y el bic {BIC:plain} gracias"]),
    ("es-MX", ["mi cel es {PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    (
        "es-ES",
        [
            "usuario {USER:plain} contraseña {PW:plain}",
            "el enlace https://{USER:urlcred}:{PW:urlcred}@intranet.example.com no va desde la version {#version}",
        ],
    ),
    (
        "es-MX",
        ["escribeme a {EMAIL:emailsp} o el link https://ayuda.example.com/r?correo={EMAIL:pct}"],
    ),
    (
        "es-ES",
        [
            "soy el informatico, esto se colo en el ticket:",
            "AWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
            "ip del servidor {IP:plain} y mac {MAC:plain}",
        ],
    ),
    (
        "es-ES",
        [
            "pasaporte {PASSPORT:plain} y carnet de conducir {DL:plain} para recoger el coche a las {#time}",
            "el pin?",
            "{PIN:ctx}",
        ],
    ),
    ("es-ES", ["DNI {DNI:plain}, NIE de mi mujer {NIE:sod}"]),
    (
        "es-MX",
        [
            "trabajo para EU, mi ssn {SSN:plain} y el itin {ITIN:noise}",
            "tambien NI ingles {NINO:plain}",
        ],
    ),
    (
        "es-ES",
        [
            "cpf brasileño {CPF:plain} cnpj {CNPJ:sod}",
            "numero de seguridad social frances {NIR:spelled}",
            "id fiscal aleman {IDNR:plain} y nif portugues {NIF:plain}",
        ],
    ),
    (
        "es-ES",
        [
            "numero de tarjeta {CARD:multi:ga}",
            "{CARD:multi:ga}",
            "{CARD:multi:ga} perdon se me corto",
        ],
    ),
]

SEALED = [
    (
        "es-ES",
        [
            "Buenas, me han cobrado {#amount} € dos veces, pedido {#order}. tarjeta {CARD:sod} cad {EXP:plain}"
        ],
    ),
    ("es-MX", ["mi tarjeta {CARD:noise} y el codigo de seguridad es {CVV:spelled}"]),
    ("es-ES", ["num tarjeta {CARD:letters} vencimiento {EXP:letters} porfa"]),
    ("es-MX", ["oigan mi tarjeta de debito", "{CARD:ctx}", "vence{EXP:cexp} cvv {CVV:plain}"]),
    (
        "es-ES",
        [
            "Tarjeta {CARD:plain}, caducidad {EXP:plain}, los tres numeros de atras {CVV:sod}. Reserva {#booking}"
        ],
    ),
    ("es-MX", ["bloqueen la tarjeta {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga}"]),
    (
        "es-ES",
        [
            "el cajero se trago la tarjeta a las {#time}, el pin era {PIN:plain} y el nuevo {PIN:letters}"
        ],
    ),
    ("es-MX", ["mi nip es {PIN:spelled} no se lo digan a nadie jaja"]),
    ("es-ES", ["codigo cvv?", "{CVV:ctx}"]),
    ("es-MX", ["contraseña {PW:plain} y usuario {USER:plain}, bloqueado desde el {#date}"]),
    (
        "es-ES",
        [
            "el fichero .env del incidente {#ticket}:\nDB_PASSWORD={PW:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}"
        ],
    ),
    (
        "es-MX",
        ["probe ftp://{USER:urlcred}:{PW:urlcred}@archivos.example.net y sale error {#model}"],
    ),
    (
        "es-ES",
        ["correo nuevo {EMAIL:plain}, el viejo {EMAIL:emailsp} (perdon antes lo escribi mal)"],
    ),
    ("es-MX", ["el link de baja es https://tienda.example.org/baja?e={EMAIL:pct}&pedido={#order}"]),
    ("es-ES", ["llamame al {PHONE:plain} o a mi marido {PHONE:sod} despues de las {#time}"]),
    ("es-MX", ["mi numero es {PHONE:spelled}"]),
    ("es-ES", ["mi fijo {PHONE:letters}, el movil no funciona, piso {#room}, cp {#postcode}"]),
    ("es-MX", ["el formulario era https://telco.example.com/llamada?tel={PHONE:pct}"]),
    ("es-ES", ["mi movil", "{PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    ("es-MX", ["transferencia: clabe {CLABE:plain}, cuenta {ACCT:sod}, monto ${#amount}"]),
    ("es-MX", ["clabe interbancaria {CLABE:spelled}"]),
    ("es-ES", ["entidad y oficina {ROUTING:noise}, numero de cuenta {ACCT:letters}"]),
    ("es-ES", ["la cuenta para el recibo", "{ACCT:ctx}"]),
    ("es-MX", ["cta {ACCT:multi:ga}", "{ACCT:multi:ga} esa es la de ahorro"]),
    ("es-ES", ["devolvedme a IBAN {IBAN:plain} BIC {BIC:sod} porfa"]),
    ("es-ES", ["iban (copiado del movil perdon)\n{IBAN:ibanb}"]),
    ("es-MX", ["cuenta europea {IBAN:sod} swift {BIC:plain}"]),
    ("es-ES", ["mi DNI es {DNI:sod} y vivo en el numero {#street}, factura {#invoice}"]),
    (
        "es-ES",
        ["NIE {NIE:plain} para el contrato {#contract}", "el del otro inquilino", "{NIE:ctx}"],
    ),
    ("es-ES", ["dni {DNI:noise} con letra"]),
    ("es-MX", ["CURP {CURP:plain} RFC {RFC:sod}"]),
    ("es-MX", ["rfc de la empresa {RFC:noise} y curp {CURP:sod}"]),
    (
        "es-MX",
        ["vuelo {#flight} mañana, pasaporte {PASSPORT:sod}", "licencia de manejo {DL:noise}"],
    ),
    ("es-ES", ["carnet {DL:plain} y pasaporte {PASSPORT:noise}"]),
    (
        "es-MX",
        ["el router marca ip {IP:noise} y la mac {MAC:sod}, modelo {#model} firmware {#version}"],
    ),
    ("es-ES", ["clave de acceso {AKID:plain} secreta {AKSECRET:plain} rotadla"]),
    (
        "es-MX",
        [
            "ssn {SSN:sod} itin {ITIN:plain} para la declaracion {#year}",
            "seguro social britanico {NINO:noise}",
        ],
    ),
    ("es-ES", ["NIR frances {NIR:plain}, steuer-id {IDNR:sod}, NIF {NIF:letters}"]),
    ("es-MX", ["cpf {CPF:noise} cnpj {CNPJ:plain}, son {#count} cajas"]),
    ("es-ES", ["mi NIF portugues {NIF:multi:ga}", "{NIF:multi:ga}"]),
    (
        "es-MX",
        ["Rastreo {#tracking} dice entregado. tarjeta {CARD:plain} venc{EXP:cexp} reembolso porfa"],
    ),
    ("es-ES", ["codigo postal {#zip4} no, perdon, es España. telefono {PHONE:noise}"]),
    (
        "es-ES",
        ["pedido {#order} del {#date} por {#amount} €, sigue sin llegar", "mi movil {PHONE:plain}"],
    ),
]
