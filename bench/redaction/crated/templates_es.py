"""Spanish customer messages (Spain, Mexico, US, Argentina), hand-written. Grammar: see generate.py."""

LANG = "es"
LOCALES = ["es-ES", "es-MX", "es-US", "es-AR"]
ES = ["es-ES"]
MX = ["es-MX"]
USA = ["es-US"]

LABELS = {
    "CREDIT_DEBIT_NUMBER": [
        "tarjeta",
        "mi tarjeta",
        "num de tarjeta",
        "la visa",
        "tarjeta de debito",
        "tdc",
    ],
    "CREDIT_DEBIT_CVV": [
        "cvv",
        "codigo de seguridad",
        "el cvc",
        "los numeritos de atras",
        "cod seg",
    ],
    "CREDIT_DEBIT_EXPIRY": ["vence", "vencimiento", "caduca", "fecha de caducidad", "exp"],
    "PIN": ["pin", "el nip", "mi clave del cajero", "PIN"],
    "BANK_ACCOUNT_NUMBER": ["cuenta", "n de cuenta", "mi cuenta es", "nro de cuenta", "cta"],
    "BANK_ROUTING": ["routing", "numero de ruta", "ABA", "sort code", "agencia"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN", "mi iban", "el iban es"],
    "SWIFT_CODE": ["swift", "BIC", "codigo swift"],
    "EMAIL": ["correo", "mail", "mi email", "el correo es", "e-mail"],
    "PHONE": ["tel", "cel", "mi numero", "llamame al", "movil", "whats"],
    "SSN": ["seguro social", "ssn", "mi social", "numero de seguro social"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "mi itin", "numero itin"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["national insurance", "NI number", "mi NINO"],
    "PASSPORT_NUMBER": ["pasaporte", "n pasaporte", "mi pasaporte"],
    "DRIVER_ID": ["licencia de conducir", "carnet de conducir", "licencia", "permiso de conducir"],
    "PASSWORD": ["contraseña", "contrasena", "clave", "pass", "mi password"],
    "USERNAME": ["usuario", "mi user", "nombre de usuario", "login"],
    "IP_ADDRESS": ["ip", "mi ip", "direccion ip"],
    "MAC_ADDRESS": ["mac", "la mac del router", "direccion mac"],
    "AWS_ACCESS_KEY": ["access key", "la key de aws", "clave de acceso"],
    "AWS_SECRET_KEY": ["secret key", "la secreta de aws", "clave secreta"],
    "ES_DNI": ["DNI", "mi dni", "dni", "documento"],
    "ES_NIE": ["NIE", "mi nie", "tarjeta de residencia"],
    "MX_CURP": ["CURP", "mi curp", "la curp"],
    "MX_RFC": ["RFC", "mi rfc", "rfc con homoclave"],
    "MX_CLABE": ["CLABE", "clabe interbancaria", "la clabe"],
    "BR_CPF": ["CPF", "cpf brasileño"],
    "BR_CNPJ": ["CNPJ", "cnpj de la empresa"],
    "FR_NIR": ["numero de seguridad social frances", "NIR"],
    "DE_TAX_ID": ["Steuer-ID", "id fiscal aleman"],
    "PT_NIF": ["NIF portugues", "NIF"],
}

DEV = [
    [
        "hola buenas, me cobraron dos veces el pedido [order_number], la tarjeta es {card} y vence {exp}"
    ],
    (
        ES,
        [
            "necesito cambiar la domiciliacion del recibo de la luz, mi iban {iban:iban_broken}",
            "el contrato es [contract_number]",
        ],
    ),
    (MX, ["oye mi curp es {curp} y rfc {rfc}, ya lo subi al portal pero marca error [error_code]"]),
    ["mi tarjeta {card~a}", "{card~b}", "ya esta completa jaja"],
    ["no me llega el codigo al cel {phone:spaced_or_dashed} 😡 llevo [duration] esperando"],
    ["correo: {email:email_spelled} por fa"],
    ["para la devolucion: {any} y {any}", "gracias!!"],
    (USA, ["mi social es {ssn} y el zip [postal_code]", "es para la cuenta de luz"]),
    ["el router [product_model] tiene ip {ip} y mac {mac}, ya lo reinicie [count] veces"],
    ["el pin del cajero es {pin:spelled_out}??? no me acuerdo bien"],
    ["mande {any} ayer y nadie me contesto, ticket [ticket_number]"],
    ["ahi les va lo que me pidio el tecnico\n{akey:key_value_secret}\n{skey:key_value_secret}"],
    (
        ES,
        [
            "reserva [booking_reference], vuelo [flight_number] el [date], mi pasaporte {passport} y el dni {dni}"
        ],
    ),
    ["{any} eso es lo que pide el formulario de alta, y el cp es [postal_code]"],
    ["el link de recuperar no abre: {email:percent_encoded}"],
    ["mi cuenta {acct~a}", "{acct~b}"],
    ["el tecnico me dejo esto anotado para el nas: {pwd:url_credentials} es seguro?"],
]

SEALED = [
    ["buenas tardes, quisiera dar de baja la linea, el titular soy yo y mi numero es {phone}"],
    (MX, ["hola, transferi [price] a la clabe {clabe:spaced_or_dashed} y no aparece en mi cuenta"]),
    (MX, ["la clabe es {clabe~a}", "{clabe~b}", "{clabe~c}"]),
    (
        ES,
        ["me he mudado a [postal_code], actualizad la direccion porfa. DNI {dni:spaced_or_dashed}"],
    ),
    (ES, ["soy extranjero, mi NIE es {nie} y el movil {phone:split_by_noise}"]),
    ["cvv {cvv} y caduca {exp:compact_expiry}", "pago de [price] ok?"],
    ["alguien uso mi tarjeta {card:split_by_noise} en una tienda de [postal_code] a las [time]!!!"],
    ["me pueden llamar? {phone:letter_substitution} despues de las [time]"],
    ["ok gracias 👍"],
    ["sigo sin internet desde el [date] 😤 ya van [count] dias"],
    ["el usuario es {user} y la contraseña {pwd}, no puedo entrar desde el [date]"],
    ["la app me sale el error [error_code] en la version [version]"],
    ["pase la configuracion al foro sin querer: {pwd:url_credentials} 😬 cambienla xfa"],
    ["mi correo es {email} y el alternativo {email:email_spelled}"],
    ["la tarjeta {card:letter_substitution} vence {exp:spaced_or_dashed}, cvv {cvv:spelled_out}"],
    (USA, ["llenando lo del taxes, mi ITIN {itin} y el de mi esposo es {ssn:spaced_or_dashed}"]),
    (USA, ["cuenta {acct} routing {routing}", "es de chase creo"]),
    [
        "el numero de poliza es [policy_number] y mi cuenta {acct:spaced_or_dashed} para el reembolso"
    ],
    (ES, ["IBAN {iban~a}", "{iban~b}\n", "{iban~c}"]),
    ["mi cel {phone~a}", "{phone~b}"],
    [
        "numero de seguimiento [tracking_number], el paquete de [quantity] cajas no llego. pago con tarjeta {card:spaced_or_dashed}"
    ],
    ["te paso {any}", "y tambien {any}"],
    ["{any} / {any} ya esta todo??"],
    ["mi nip es {pin} y no me deja sacar, cajero [store_number]"],
    ["hola", "quiero saber cuanto debo de la factura [invoice_number], dice [price]"],
    ["mi licencia de conducir es {dl}, patente [plate_number] del auto"],
    ["transferencia internacional: IBAN {iban} BIC {swift}, importe [price]"],
    ["vi en el panel que la {akey} y la secret {skey} estan expuestas, me ayudan a revocarlas?"],
    ["la contraseña del wifi la cambie a {pwd} y ahora el router [product_model] no conecta"],
    ["mi social es {ssn:split_by_noise} y el cel {phone:percent_encoded}"],
    ["mi tarjeta es {card~a}", "{card~b}", "{card~c} vence {exp}"],
    ["la ip que bloquearon es {ip}, me conecto desde la habitacion [room_number] del hotel"],
    ["mi hijo usa el usuario {user:url_credentials} para el portal escolar, le cambian la clave?"],
    ["trabajo en brasil, mi cpf es {cpf} y el cnpj de la empresa {cnpj}"],
    ["tengo [percentage] de descuento? el plan de [data_size] cuesta [price] al mes"],
    ["para el tramite en francia y alemania piden {any} y {any}"],
    ["cuenta {acct:letter_substitution} en el banco, sucursal [store_number]"],
    [
        "mi pasaporte {passport:spaced_or_dashed}, asiento [seat_number] en el vuelo [flight_number] porfa"
    ],
    [
        "copie el archivo de config tal cual, mi hermano dice que esta mal:\n{pwd:key_value_secret}\n{akey:key_value_secret}"
    ],
]
