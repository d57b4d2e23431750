"""Spanish customer turns (es-ES, es-MX). Whole templates belong to one split."""

Template = tuple[str, tuple[str, ...]]

DEV: list[Template] = [
    (
        "es-MX",
        (
            "buenas, me cobraron doble el pedido {#order} por {#amount}, tarjeta {CARD:plain} vence{EXP:compact} cvv {CVV:spelled}",
            "y el nip del cajero es {PIN:letters} no se si importa",
        ),
    ),
    (
        "es-ES",
        (
            "me podeis llamar al",
            "{PHONE:multi}",
            "{PHONE:more} a partir de las {#time}, o correo {EMAIL:at}",
        ),
    ),
    (
        "es-MX",
        (
            "no conecta la vpn desde la version {#version}: {CRED:url} ip {IP:plain} mac {MAC:plain}",
            "{AKEY:kv}\n{SKEY:kv}",
            "el enlace de verificacion era {EMAIL:pct}",
        ),
    ),
    (
        "es-ES",
        (
            "devolucion al IBAN {IBAN:broken} BIC {SWIFT:plain}, cuenta {ACCT:noise} entidad y oficina {ROUT:spaced}",
            "la clabe de mi hermano en mexico {CLABE:plain}, pasaporte {PASS:plain} carnet de conducir {DL:plain}",
        ),
    ),
    (
        "es-MX",
        (
            "para el tramite: curp {CURP:plain} rfc {RFC:plain}, mi esposo tiene ssn {SSN:plain} e itin {ITIN:spaced}",
            "y el NIE de mi prima?",
            "{NIE:ctx}",
            "dni {DNI:plain} cpf {CPF:plain} cnpj {CNPJ:plain} nir {NIR:plain} steuer id {IDNR:plain} nif {NIF:plain} NI {NINO:plain}, usuario {USER:plain} contraseña {PW:plain}",
        ),
    ),
]

SEALED: list[Template] = [
    (
        "es-ES",
        (
            "ya os di los ultimos digitos pero nada, el numero entero es {CARD:spaced} caduca {EXP:plain}",
            "codigo de seguridad {CVV:plain} y cp {#zip}",
        ),
    ),
    (
        "es-MX",
        (
            "mi tarjeta es {CARD:multi}",
            "{CARD:more}",
            "perdon se corto, vto {EXP:compact} cvv {CVV:letters}",
        ),
    ),
    (
        "es-MX",
        (
            "cambie de cel jaja 😅 el nuevo es {PHONE:noise}, el viejo {PHONE:spelled}",
            "reserva {#booking} vuelo {#flight} el {#date}",
        ),
    ),
    (
        "es-ES",
        ("el pin de la tarjeta creo q es {PIN:spelled} o {PIN:plain}?? lo intente {#count} veces",),
    ),
    (
        "es-MX",
        (
            "soy de sistemas: {CRED:url} dejo de jalar desde el {#date}",
            "en el .env tenemos\n{AKEY:kv}\n{SKEY:kv}\n{PW:kv}",
        ),
    ),
    (
        "es-ES",
        (
            "escribidme a {EMAIL:at} no al antiguo {EMAIL:plain}",
            "el link que me llego: {EMAIL:pct}",
        ),
    ),
    (
        "es-MX",
        (
            "datos para transferencia: banco {ROUT:plain} cuenta {ACCT:spaced}, swift {SWIFT:plain} iban {IBAN:plain}",
            "factura {#invoice} por {#amount}",
        ),
    ),
    ("es-ES", ("oficina {ROUT:letters} n cuenta {ACCT:plain} y la de euros", "{IBAN:broken}")),
    (
        "es-MX",
        (
            "cual ssn tienen registrado? deberia ser {SSN:noise}",
            "y el itin de mi mama",
            "{ITIN:ctx}",
        ),
    ),
    (
        "es-ES",
        (
            "hola, numero NI britanico {NINO:spaced}, pasaporte {PASS:plain} caduca el {#date}, permiso de conducir {DL:plain}",
            "estoy en la habitacion {#room}",
        ),
    ),
    (
        "es-MX",
        (
            "el modem {#model} marca ip {IP:plain} y mac {MAC:plain}, firmware {#version}",
            "usuario {USER:plain} clave {PW:plain}",
        ),
    ),
    (
        "es-ES",
        (
            "mi dni es {DNI:spaced} y el nie de mi pareja {NIE:plain}; en mexico curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:noise}",
        ),
    ),
    (
        "es-MX",
        (
            "la oficina de brasil: cpf {CPF:spaced} cnpj {CNPJ:plain}, francia nir {NIR:plain}",
            "id fiscal aleman {IDNR:spelled} y nif portugues {NIF:letters}",
        ),
    ),
    (
        "es-ES",
        (
            "llamadme al",
            "{PHONE:multi}",
            "{PHONE:more}",
            "{PHONE:more} gracias, incidencia {#ticket}",
        ),
    ),
    ("es-MX", ("depositen a la cuenta {ACCT:multi}", "{ACCT:more} gracias, contrato {#contract}")),
    (
        "es-ES",
        (
            "cambio de clave: usuario {USER:kv} nueva contraseña {PW:letters}? el envio {#tracking} sigue parado desde {#year}",
        ),
    ),
]
