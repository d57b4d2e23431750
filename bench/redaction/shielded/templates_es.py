"""Spanish customer chats (Spain, Mexico, US, Argentina), written by hand. Slot syntax as in templates_en."""

LOCALES = ["es-ES", "es-MX", "es-MX", "es-US", "es-AR", "es-ES"]

TEMPLATES = [
    (
        "hola buenas",
        "me rechazaron la tarjeta en la tienda {k:store_number}, era un pago de {k:price}. tarjeta {CARD} caduca {EXP}",
    ),
    (
        "quiero cambiar la tarjeta de la domiciliacion",
        "la nueva es {CARD} y el cvv {CVV}",
        "gracias!!",
    ),
    (
        "oye mi pedido {k:order_number} sale entregado y no me llegó nada 😡 mi tel {PHONE}",
        "mi correo es {EMAIL}",
    ),
    (
        "Buenas tardes, me cobraron dos veces la factura {k:invoice_number} ({k:price}) en la tarjeta {CARD}.",
        "{ANY}",
    ),
    ("el numero de la tarjeta es {MM1:CARD}", "{MM2}", "{MM3}"),
    (
        "la app me da error {k:error_code} desde que actualicé a la {k:version}, mi cuenta es {EMAIL}",
        "usuario {USER} contraseña {PWD}",
    ),
    ("me mude, nuevo cp {k:postal_code}. mi cel {PHONE}", "y {ANY}"),
    (
        "Para la transferencia: {IBAN} a nombre mío, BIC {SWIFT}",
        "contrato {k:contract_number} y {ANY}",
    ),
    ("pa lo de hacienda: {ANY} y {ANY}", "perdón q lo mande todo junto jaja"),
    (
        "llamo por el siniestro de la póliza {k:policy_number}, fue el {k:date} a las {k:time}, marquenme al {PHONE}",
        "mi DNI {DNI}",
        "{ANY}",
    ),
    ("necesito la clabe para el deposito, la mia es {CLABE} verdad?",),
    (
        "el modem {k:product_model} se cae cada {k:count} minutos, titular {EMAIL}",
        "mac {MAC} ip {IP}",
        "contraté {k:data_size} y no llega ni la mitad",
    ),
    ("te pego lo del servidor q me pidió el técnico", "{SECRET}\n{AKID}"),
    (
        "vuelo {k:flight_number} el {k:date}, localizador {k:booking_reference}, pagado con {CARD}",
        "pasaporte {PASSPORT} y {ANY}",
    ),
    ("me bloquearon la tarjeta, el nip era {PIN}", "ah no espera, ya entré"),
    ("mi telefono es {MM1:PHONE}", "{MM2}"),
    ("entro con {EMAIL}", "{ANY}", "tengo el ticket {k:ticket_number}"),
    ("Hola, hab {k:room_number}, {k:quantity} noches, pagué con la tarjeta {CARD}", "{ANY}"),
    ("mi CURP es {CURP} y el RFC {RFC}", "es para el trámite del {k:date}"),
    (
        "x q la luz me vino un {k:percentage} mas cara?? el contador marca {k:meter_reading}, {ANY}",
        "cuenta {ACCT}",
    ),
    ("estoy haciendo los papeles de mi mamá, {ANY}", "su {ANY}", "mil gracias por la paciencia"),
    ("el iban {MM1:IBAN}", "{MM2}"),
    (
        "el envío {k:tracking_number} lleva parado desde el {k:date}, les di mi cel {PHONE}",
        "q desastre",
    ),
    ("{CARD} - {EXP} - {CVV}", "{ANY}"),
    (
        "me pusieron una multa al coche {k:plate_number} en {k:year}, licencia {DL}",
        "mi NIE es {NIE} y {ANY}",
    ),
    (
        "el asiento {k:seat_number} estaba ocupado, reservé con pasaporte {PASSPORT}",
        "correo {EMAIL} y tel {PHONE}",
    ),
    ("mi clabe pa la devolucion es {MM1:CLABE}", "{MM2}", "{MM3} ya"),
]

LEXICON = {
    "CREDIT_DEBIT_NUMBER": ["tarjeta {v}", "mi tarjeta de debito es {v}"],
    "CREDIT_DEBIT_CVV": ["el codigo de atras es {v}", "cvv {v}"],
    "CREDIT_DEBIT_EXPIRY": ["vence {v}", "fecha de caducidad {v}"],
    "PIN": ["el pin es {v}", "nip {v}"],
    "BANK_ACCOUNT_NUMBER": ["nro de cuenta {v}", "mi cuenta {v}"],
    "BANK_ROUTING": ["routing number {v}", "codigo de ruta {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "mi iban: {v}"],
    "SWIFT_CODE": ["swift {v}", "codigo bic {v}"],
    "EMAIL": ["escribeme a {v}", "mail: {v}"],
    "PHONE": ["llamame al {v}", "mi whatsapp {v}"],
    "SSN": ["mi seguro social {v}", "social security {v}"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["mi ITIN {v}", "numero itin {v}"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["el national insurance de uk {v}", "NINO {v}"],
    "PASSPORT_NUMBER": ["pasaporte {v}", "nro de pasaporte {v}"],
    "DRIVER_ID": ["licencia de conducir {v}", "carnet de conducir {v}"],
    "PASSWORD": ["la contraseña es {v}", "clave {v}"],
    "USERNAME": ["usuario {v}", "mi user es {v}"],
    "IP_ADDRESS": ["la ip es {v}", "IP: {v}"],
    "MAC_ADDRESS": ["direccion mac {v}", "MAC del equipo {v}"],
    "AWS_ACCESS_KEY": ["access key {v}", "la llave de acceso {v}"],
    "AWS_SECRET_KEY": ["clave secreta {v}", "secret de aws {v}"],
    "ES_DNI": ["dni {v}", "mi DNI es {v}"],
    "ES_NIE": ["nie {v}", "mi NIE {v}"],
    "MX_CURP": ["curp {v}", "mi CURP {v}"],
    "MX_RFC": ["rfc {v}", "mi RFC con homoclave {v}"],
    "MX_CLABE": ["clabe {v}", "CLABE interbancaria {v}"],
    "BR_CPF": ["mi CPF de brasil {v}", "cpf {v}"],
    "BR_CNPJ": ["el CNPJ de la empresa {v}", "cnpj {v}"],
    "FR_NIR": ["numero de seguridad social frances {v}", "NIR {v}"],
    "DE_TAX_ID": ["mi id fiscal aleman {v}", "Steuer-ID {v}"],
    "PT_NIF": ["NIF portugues {v}", "nif {v}"],
}
