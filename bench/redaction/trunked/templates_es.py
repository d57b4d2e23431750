"""Spanish templates (es-ES, es-MX). Sealed split: do not read for tuning."""

from __future__ import annotations

DEV: list[tuple[str, list[str]]] = [
    (
        "es-ES",
        [
            "buenas, quiero domiciliar el recibo de la luz en mi cuenta {IBAN|iban_broken}",
            "el BIC es {SWIFT}, y el importe de {~amount} me lo cobrais el {~date}?",
        ],
    ),
    (
        "es-MX",
        [
            "hola me rechazaron la tarjeta {CARD|split_by_noise} vence {EXP|compact_expiry}",
            "el cvv {CVV|spelled_out}",
        ],
    ),
    (
        "es-MX",
        [
            "para la factura {~invoice} necesito que pongan mi RFC {RFC} y CURP {CURP|letter_substitution}",
            "y el reembolso a la CLABE {CLABE|multi_message}",
        ],
    ),
    (
        "es-ES",
        [
            "mi DNI es {DNI|spaced_or_dashed} y el de mi madre (tiene NIE) {NIE}",
            "telefono de contacto {PHONE|multi_message}",
        ],
    ),
    (
        "es-ES",
        [
            "no me llega el correo de verificacion, mi email es {EMAIL|email_spelled}",
            "usuario {USER}",
        ],
    ),
    (
        "es-MX",
        [
            "el link que me mandaron es https://clientes.example.mx/alta?correo={EMAIL|percent_encoded}&paso={~count}",
            "y el de mi esposo llega a https://clientes.example.mx/alta?tel={PHONE|percent_encoded}",
        ],
    ),
    (
        "es-ES",
        [
            "el tecnico dejo esto en el router, es normal??",
            "export AWS_ACCESS_KEY_ID={AKID|key_value_secret}",
            "export AWS_SECRET_ACCESS_KEY={ASK|key_value_secret}",
            "ip {IP} mac {MAC|spaced_or_dashed}",
        ],
    ),
    (
        "es-MX",
        [
            "la app de nomina usa https://{USER|url_credentials}:{PWD|url_credentials}@nomina.example.com/api y ya no entra",
            "mi nip es {PIN}",
        ],
    ),
    (
        "es-MX",
        [
            "trabaje en EEUU, tengo SSN {SSN} y tambien un ITIN viejo {ITIN|letter_substitution}",
            "y pasaporte {PASSPORT}, licencia de manejo {DL}",
        ],
    ),
    (
        "es-ES",
        [
            "vivi en Londres, mi national insurance es {NINO} por si lo necesitais para el certificado",
            "tambien tengo numero de secu frances {NIR|spelled_out}, Steuer-ID aleman {STEUERID} y NIF portugues {NIF|split_by_noise}",
        ],
    ),
    (
        "es-MX",
        [
            "mi proveedor de Brasil me dio su CPF {CPF} y el CNPJ {CNPJ}",
            "le mando el nip de la tarjeta de debito ahorita",
            "{PIN|context_only}",
            "y la cuenta {ACCT} sucursal {ROUTING}",
        ],
    ),
    (
        "es-ES",
        [
            "la tarjeta acaba en",
            "{CARD|multi_message}",
            "lo siento, iba en el metro",
        ],
    ),
]

SEALED: list[tuple[str, list[str]]] = [
    (
        "es-ES",
        [
            "Hola!! me habeis cobrado dos veces el pedido {~order}, {~amount} cada uno. La tarjeta es {CARD}",
            "caduca {EXP}",
        ],
    ),
    (
        "es-MX",
        [
            "mi tarjeta es {CARD|multi_message}",
            "ya le llego? se me corto",
        ],
    ),
    (
        "es-MX",
        [
            "oiga ya van {~count} veces que intento pagar y nada, num de tarjeta {CARD|spaced_or_dashed} fecha de venc {EXP} y el codigo de atras {CVV}",
        ],
    ),
    (
        "es-ES",
        [
            "tarjeta {CARD|split_by_noise}",
            "cad {EXP|compact_expiry} cvv {CVV}",
        ],
    ),
    (
        "es-ES",
        [
            "perdona me equivoque en un numero, la buena es {CARD|letter_substitution}",
        ],
    ),
    (
        "es-MX",
        [
            "mi hija me la esta leyendo: {CARD|spelled_out}",
            "vencimiento {EXP} y el cvv {CVV|spelled_out}",
        ],
    ),
    (
        "es-ES",
        [
            "Buenos dias, quiero cambiar la cuenta donde me cobrais la cuota. El IBAN nuevo es {IBAN}. Gracias",
        ],
    ),
    (
        "es-ES",
        [
            "iban:",
            "{IBAN|iban_broken}",
            "titular yo mismo",
        ],
    ),
    (
        "es-ES",
        [
            "el IBAN es {IBAN|multi_message}",
            "es de una cuenta de Bankinter por si acaso",
        ],
    ),
    (
        "es-MX",
        [
            "para la transferencia mi CLABE es {CLABE} a nombre de Diego Lopez, monto {~amount}",
        ],
    ),
    (
        "es-MX",
        [
            "clabe interbancaria",
            "{CLABE|multi_message}",
            "banco azteca creo",
        ],
    ),
    (
        "es-MX",
        [
            "Para dar de alta la factura me piden RFC {RFC|spaced_or_dashed} y CP {~zip}",
        ],
    ),
    (
        "es-MX",
        [
            "mi curp",
            "{CURP|context_only}",
            "me la pidieron en la sucursal y no la traia",
        ],
    ),
    (
        "es-MX",
        [
            "hola, la CURP de mi hijo es {CURP} y la mia {CURP|letter_substitution}, es para el seguro escolar poliza {~policy}",
        ],
    ),
    (
        "es-ES",
        [
            "dni {DNI}",
            "perdon, la letra esta mal, es {DNI|letter_substitution}",
        ],
    ),
    (
        "es-ES",
        [
            "Soy extranjero y no tengo DNI, tengo NIE: {NIE|spaced_or_dashed}. Vivo en la calle Mayor {~street}, {~zip} Madrid",
        ],
    ),
    (
        "es-ES",
        [
            "mi numero de NIE es {NIE|spelled_out}",
        ],
    ),
    (
        "es-ES",
        [
            "llamadme al {PHONE} mejor a partir de las {~time}",
        ],
    ),
    (
        "es-MX",
        [
            "mi cel nuevo es {PHONE|multi_message}",
            "el otro ya no lo uso",
        ],
    ),
    (
        "es-ES",
        [
            "movil: {PHONE|spelled_out}",
            "o fijo {PHONE|spaced_or_dashed}",
        ],
    ),
    (
        "es-MX",
        [
            "correo {EMAIL|email_spelled} porfa",
            "sin acentos ni nada",
        ],
    ),
    (
        "es-ES",
        [
            "me ha llegado un enlace raro https://socios.example.es/baja?email={EMAIL|percent_encoded}&id=caducado , es phishing?",
        ],
    ),
    (
        "es-MX",
        [
            "el mensaje dice que entre a https://pagos.example.com.mx/r?cel={PHONE|percent_encoded}&monto={~amount}",
            "lo abro o no?",
        ],
    ),
    (
        "es-ES",
        [
            "el programa de la gestoria tiene puesto sftp://{USER|url_credentials}:{PWD|url_credentials}@ficheros.example.com y desde la version {~version} falla",
        ],
    ),
    (
        "es-MX",
        [
            "sin querer pegue esto en el chat anterior, ticket {~ticket}",
            "AWS_ACCESS_KEY_ID={AKID|key_value_secret}\nAWS_SECRET_ACCESS_KEY={ASK|key_value_secret}",
            "se puede borrar?",
        ],
    ),
    (
        "es-ES",
        [
            "en el fichero de config pone password={PWD|key_value_secret} y user={USER|key_value_secret}, eso lo ve todo el mundo?",
        ],
    ),
    (
        "es-ES",
        [
            "mi usuario es {USER} y la contraseña {PWD}",
            "bueno la contraseña era esa, ahora no se",
        ],
    ),
    (
        "es-MX",
        [
            "se me olvido el NIP, creo que era {PIN} o {PIN|letter_substitution}",
        ],
    ),
    (
        "es-ES",
        [
            "el pin del movil {PIN|spaced_or_dashed} no funciona despues de {~count} intentos",
        ],
    ),
    (
        "es-ES",
        [
            "Os paso los datos para la transferencia: entidad y oficina {ROUTING}, num de cuenta {ACCT}, SWIFT {SWIFT}",
        ],
    ),
    (
        "es-MX",
        [
            "numero de cuenta",
            "{ACCT|multi_message}",
            "y sucursal {ROUTING|spelled_out}",
        ],
    ),
    (
        "es-MX",
        [
            "viajo el {~date} en el vuelo {~flight}, mi pasaporte es {PASSPORT|letter_substitution}",
            "asiento {~seat} si se puede cambiar",
        ],
    ),
    (
        "es-ES",
        [
            "para el alquiler del coche me piden el carnet de conducir {DL} y el pasaporte {PASSPORT}",
        ],
    ),
    (
        "es-MX",
        [
            "licencia de manejo {DL|spaced_or_dashed}, placas no tengo aun",
        ],
    ),
    (
        "es-MX",
        [
            "trabaje en Texas y me piden el social security: {SSN|split_by_noise}",
            "o el ITIN {ITIN}, cual les sirve?",
        ],
    ),
    (
        "es-ES",
        [
            "estuve en UK {~year} y tengo el national insurance number",
            "{NINO|context_only}",
        ],
    ),
    (
        "es-ES",
        [
            "el router modelo {~model} me da la ip {IP} y la mac es {MAC}, me dijeron que os la pasara",
        ],
    ),
    (
        "es-MX",
        [
            "Tenemos cliente en Brasil, CPF {CPF|spaced_or_dashed} y empresa CNPJ {CNPJ|letter_substitution}, factura {~invoice}",
        ],
    ),
    (
        "es-ES",
        [
            "trabaje en Francia, mi numero de la seguridad social de alli {NIR}",
            "y en Alemania la Steuer-ID {STEUERID|spaced_or_dashed}",
        ],
    ),
    (
        "es-ES",
        [
            "tengo casa en Oporto, NIF portugues {NIF}",
            "el telefono de alli {PHONE}",
        ],
    ),
    (
        "es-MX",
        [
            "ssn",
            "{SSN|multi_message}",
            "es para el tramite de la visa",
        ],
    ),
    (
        "es-ES",
        [
            "my card is {CARD|multi_message}",
            "perdon, escribo en ingles sin querer jaja",
        ],
    ),
    (
        "es-MX",
        [
            "el desarrollador dejo la llave {AKID} y el secreto {ASK} en el repo publico desde el {~date}",
        ],
    ),
]
