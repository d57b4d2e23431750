"""Spanish customer chats (Spain, Mexico, US, Argentina, Colombia), written by hand."""

LOCALES = ["es-ES", "es-ES", "es-MX", "es-MX", "es-US", "es-AR", "es-CO"]

DEV = [
    [
        "hola buenas, no me pasa el pago de {#price}",
        "la tarjeta es {CREDIT_DEBIT_NUMBER:plain|spaced_or_dashed|split_by_noise} cad {CREDIT_DEBIT_EXPIRY:compact_expiry|plain} y el cvv {CREDIT_DEBIT_CVV:plain|spelled_out}",
    ],
    [
        "te paso la tarjeta en dos partes x seguridad jaja {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "vence {CREDIT_DEBIT_EXPIRY:spaced_or_dashed|plain}",
    ],
    [
        "quiero domiciliar el recibo, mi IBAN: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken|plain|split_by_noise}",
        "el BIC {SWIFT_CODE:plain|context_only}",
    ],
    [
        "mi correo es {EMAIL:email_spelled|plain|percent_encoded} y el cel {PHONE:plain|spelled_out|letter_substitution}",
        "pedido {#order_number}, a nombre de {EMAIL:plain}",
    ],
    [
        "me llego este link raro https://promo.tienda-example.mx/baja?correo={EMAIL:percent_encoded}&id=x",
        "es fraude?? 😡 mi cuenta es {USERNAME:plain}",
    ],
    [
        "DNI {ES_DNI:plain|spaced_or_dashed} (o NIE {ES_NIE:plain|spaced_or_dashed}, soy extranjero)",
        "para el contrato {#contract_number}, tlf {PHONE:plain|spaced_or_dashed}",
    ],
    [
        "mi CURP es {MX_CURP:plain|spaced_or_dashed} y el RFC {MX_RFC:plain|context_only}",
        "lo necesito para la factura {#invoice_number}",
    ],
    [
        "la clabe interbancaria: {MX_CLABE:plain|spaced_or_dashed|letter_substitution}",
        "cuenta {BANK_ACCOUNT_NUMBER:plain|context_only} sucursal {BANK_ROUTING:plain}",
    ],
    [
        "olvide la contraseña!! la ultima fue {PASSWORD:context_only|plain}",
        "usuario {USERNAME:context_only|plain}",
    ],
    [
        "en el .env del proyecto tengo\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}\nDB_PASSWORD={PASSWORD:key_value_secret}"
    ],
    [
        "el modem {#product_model} no conecta, ip {IP_ADDRESS:plain} mac {MAC_ADDRESS:plain}",
        "la camara usa rtsp://{USERNAME:plain}:{PASSWORD:url_credentials}@camara.casa.example/stream",
    ],
    [
        "trabajo en usa, mi social es {SSN|US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|spaced_or_dashed|split_by_noise}",
        "y el pasaporte {PASSPORT_NUMBER:plain|context_only}",
    ],
    [
        "soy brasileño, CPF {BR_CPF|BR_CNPJ:plain|letter_substitution}",
        "y tengo NIF portugues {PT_NIF:plain|spelled_out} y numero de la seguridad social francesa {FR_NIR:plain|spaced_or_dashed}",
    ],
    [
        "id fiscal aleman {DE_TAX_ID:plain|split_by_noise} y NI britanico {UK_NATIONAL_INSURANCE_NUMBER:plain}",
        "licencia de conducir {DRIVER_ID:plain|context_only}",
    ],
    [
        "el pin de la tarjeta es {PIN:plain|spelled_out|context_only} no?",
        "ah no espera es {PIN:plain|letter_substitution}",
    ],
    [
        "ok gracias, el titular es {USERNAME:plain}",
        "mi tel: {PHONE:multi_message:g1}",
        "{PHONE:multi_message:g1}",
    ],
    ["buenas tardes", "llevo esperando {#duration} minutos..."],
]

SEALED = [
    [
        "buenas, el envio {#tracking_number} sigue en reparto desde el {#date}",
        "cp {#postal_code}, llamadme al {PHONE:plain|spaced_or_dashed}",
    ],
    [
        "me cobraron {#price} dos veces!!! tarjeta {CREDIT_DEBIT_NUMBER:plain|letter_substitution|spelled_out}"
    ],
    [
        "numero de tarjeta: {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "fecha {CREDIT_DEBIT_EXPIRY:plain|compact_expiry}",
    ],
    [
        "codigo de seguridad {CREDIT_DEBIT_CVV:plain|context_only|letter_substitution}, caducidad {CREDIT_DEBIT_EXPIRY:compact_expiry|spaced_or_dashed}"
    ],
    [
        "ya te pase el iban? {INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
    ],
    [
        "transferencia a {INTERNATIONAL_BANK_ACCOUNT_NUMBER:plain|spaced_or_dashed|iban_broken} bic {SWIFT_CODE:plain|spaced_or_dashed} por {#price}"
    ],
    [
        "ola, mi email es {EMAIL:email_spelled} (es con punto)",
        "la factura {#invoice_number} no me llega",
    ],
    ['"{EMAIL:plain|percent_encoded}" ese es el correo bueno, el otro ya no lo uso'],
    [
        "wey el internet va a {#speed} y pago {#speed}",
        "mi numero {PHONE:plain|split_by_noise|letter_substitution}",
    ],
    [
        "cuenta {BANK_ACCOUNT_NUMBER:plain|spaced_or_dashed|split_by_noise} del banco, la de nomina",
        "routing {BANK_ROUTING:plain|spelled_out} (estoy en EEUU)",
    ],
    [
        "nro de cuenta {BANK_ACCOUNT_NUMBER:multi_message:g1}",
        "{BANK_ACCOUNT_NUMBER:multi_message:g1}",
    ],
    [
        "mi dni: {ES_DNI:plain|letter_substitution}",
        "poliza {#policy_number}, el siniestro fue el {#date}",
    ],
    ["soy extranjera, NIE {ES_NIE:plain|spaced_or_dashed}, matricula {#plate_number}"],
    [
        "para facturar: RFC {MX_RFC:plain|spaced_or_dashed}, CP {#postal_code}",
        "CURP {MX_CURP:plain|context_only}",
    ],
    [
        "clabe {MX_CLABE:multi_message:g1}",
        "{MX_CLABE:multi_message:g1}",
        "{MX_CLABE:multi_message:g1}",
    ],
    ["la CLABE es {MX_CLABE:spelled_out|split_by_noise|plain}"],
    ["mi social security {SSN:plain|letter_substitution|spelled_out} para el reembolso"],
    ["el ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|split_by_noise} del año {#year}"],
    [
        "vuelo {#flight_number} localizador {#booking_reference}",
        "pasaporte {PASSPORT_NUMBER:plain|spaced_or_dashed|context_only}",
        "asiento {#seat_number}, mail {EMAIL:plain|email_spelled}",
    ],
    ["licencia {DRIVER_ID:plain|spaced_or_dashed} y placas {#plate_number}"],
    [
        "usuario: {USERNAME:plain}\ncontraseña: {PASSWORD:plain|context_only}",
        "no me deja entrar desde la version {#version}",
    ],
    ["la app pide clave y pongo {PASSWORD:context_only}, error {#error_code}"],
    [
        "config del ftp ftp://{USERNAME:plain}:{PASSWORD:url_credentials}@ftp.empresa-example.es que hago"
    ],
    [
        "se me filtro la clave de aws {AWS_ACCESS_KEY:plain|key_value_secret} / {AWS_SECRET_KEY:plain}"
    ],
    [
        "secret_key={AWS_SECRET_KEY:key_value_secret}",
        "ayuda urgente porfa, mi numero de cliente {#account_digits_fake}",
    ],
    ["el router {#product_model} tiene la mac {MAC_ADDRESS:plain} y la ip {IP_ADDRESS:plain}"],
    [
        "cnpj de la empresa {BR_CNPJ:plain|spaced_or_dashed} y mi cpf {BR_CPF:plain|spelled_out|split_by_noise}"
    ],
    [
        "NIR {FR_NIR:plain|letter_substitution|split_by_noise}, steuer-id {DE_TAX_ID:plain|spaced_or_dashed|letter_substitution}, NIF {PT_NIF:plain|split_by_noise|letter_substitution}"
    ],
    ["mi NINO del reino unido {UK_NATIONAL_INSURANCE_NUMBER:plain|spaced_or_dashed}"],
    [
        "pin {PIN:plain|letter_substitution|spaced_or_dashed}",
        "q lo cambie hace {#duration} dias, socio nº {#account_digits_fake}",
    ],
    ["gracias por todo! 😊", "ticket {#ticket_number} cerrado"],
    [
        "compre {#quantity} unidades con {#percentage} de descuento y me cobraron {#price}",
        "el pedido {#order_number}, paguen a la tarjeta {CREDIT_DEBIT_NUMBER:plain|spaced_or_dashed}",
    ],
    [
        "habitacion {#room_number}, salida a las {#time}",
        "cargo a la tarjeta {CREDIT_DEBIT_NUMBER:spaced_or_dashed|plain}",
    ],
    [
        "mandame whatsapp https://wa.example/send?phone={PHONE:percent_encoded}",
        "o al {PHONE:spelled_out|plain}",
    ],
    [
        "lectura del contador {#meter_reading}, contrato {#contract_number}",
        "eso es todo, el titular tiene el DNI {ES_DNI:plain|spaced_or_dashed}",
    ],
]
