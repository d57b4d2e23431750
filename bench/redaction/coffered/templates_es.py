"""Spanish customer turns (es-ES, es-MX). Part of the sealed material: do not read when tuning."""

# Templates are prose data; wrapping them would hurt reading more than long lines do.
# ruff: noqa: E501

DEV: list[tuple[str, ...]] = [
    (
        "@es-ES",
        "hola, me han cobrado dos veces el pedido {keep:order}. la tarjeta es {CREDIT_DEBIT_NUMBER|plain} cad{CREDIT_DEBIT_EXPIRY|compact_expiry} cvv {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "@es-MX",
        "mi tarjeta es {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "y mi cel {PHONE|plain} porfa marquen despues de las {keep:time}",
    ),
    (
        "no puedo entrar, usuario {USERNAME|plain} y el correo {EMAIL|email_spelled}",
        "me llego este link https://ayuda.example.com/reset?correo={EMAIL|percent_encoded}&tel={PHONE|percent_encoded} es de ustedes??",
    ),
    (
        "desde la version {keep:version} falla el backup. tenemos ftp://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@backup.example.net y\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}",
        "la ip del servidor {IP_ADDRESS|plain} y la mac {MAC_ADDRESS|plain}",
    ),
    (
        "@es-ES",
        "quiero domiciliar el recibo de {keep:amount} €, IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken} BIC {SWIFT_CODE|plain}",
        "la cuenta antigua era {BANK_ACCOUNT_NUMBER|spaced_or_dashed}, entidad y oficina {BANK_ROUTING|plain}",
    ),
    (
        "trabaje en USA, mi numero de seguro social {SSN|letter_substitution} y el ITIN de mi esposa {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|spaced_or_dashed}",
    ),
    (
        "tambien vivi en Londres, el national insurance {UK_NATIONAL_INSURANCE_NUMBER|plain}, lo tramite el {keep:date}",
        "que mas necesitan?",
        "ah el pasaporte, va",
        "{PASSPORT_NUMBER|context_only}",
    ),
    (
        "@es-MX",
        "pasaporte {PASSPORT_NUMBER|plain} y la licencia de manejo {DRIVER_ID|plain}",
    ),
    (
        "@es-ES",
        "mi DNI {ES_DNI|split_by_noise} y el NIE de mi pareja {ES_NIE|plain}",
        "ahora vivimos en mexico: CURP {MX_CURP|plain}, RFC {MX_RFC|plain}, clabe {MX_CLABE|split_by_noise}",
    ),
    (
        "papeles de la empresa 😩 CPF del socio {BR_CPF|spelled_out}, CNPJ {BR_CNPJ|plain}, NIR frances {FR_NIR|plain}",
        "la steuer-id alemana {DE_TAX_ID|spaced_or_dashed} y el NIF portugues {PT_NIF|plain}, somos {keep:count} empleados",
    ),
    (
        "@es-MX",
        "el cajero se trago mi tarjeta, el nip es {PIN|spelled_out}",
        "y la contraseña de la app {PASSWORD|plain} bueno creo",
    ),
    (
        "@es-ES",
        "mi numero nuevo es {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "{PHONE|multi_message|a} perdon se envio a trozos",
    ),
]

SEALED: list[tuple[str, ...]] = [
    (
        "@es-ES",
        "Buenas, me han cargado {keep:price} € el {keep:date} y no reconozco la compra. Tarjeta {CREDIT_DEBIT_NUMBER|spaced_or_dashed}",
    ),
    (
        "@es-MX",
        "quiero cambiar mi forma de pago, tarjeta nueva {CREDIT_DEBIT_NUMBER|letter_substitution} vence {CREDIT_DEBIT_EXPIRY|plain} codigo de seguridad {CREDIT_DEBIT_CVV|spelled_out}",
    ),
    (
        "@es-ES",
        "numero de tarjeta {CREDIT_DEBIT_NUMBER|split_by_noise}",
        "caducidad {CREDIT_DEBIT_EXPIRY|plain}, los tres numeritos de atras {CREDIT_DEBIT_CVV|spaced_or_dashed}",
    ),
    (
        "@es-MX",
        "que datos ocupan para el reembolso de la reservacion {keep:booking}?",
        "la tarjeta ok",
        "{CREDIT_DEBIT_NUMBER|context_only}",
        "vto {CREDIT_DEBIT_EXPIRY|compact_expiry} cvc {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "visa {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a} vence {CREDIT_DEBIT_EXPIRY|plain}",
    ),
    (
        "@es-ES",
        "No me deja pagar la factura {keep:invoice}. Tarjeta: {CREDIT_DEBIT_NUMBER|spelled_out}. Caduca{CREDIT_DEBIT_EXPIRY|compact_expiry}",
    ),
    (
        "@es-MX",
        "el cajero de la sucursal de av. reforma {keep:street} se quedo con mi tarjeta {CREDIT_DEBIT_NUMBER|plain}, el NIP era {PIN|plain}",
    ),
    (
        "@es-ES",
        "cambiad el pin a {PIN|letter_substitution} xfa",
        "y la clave de la banca online a {PASSWORD|plain}",
    ),
    (
        "Usuario: {USERNAME|plain}\nContraseña: {PASSWORD|plain}\ndice cuenta bloqueada, lo intente unas {keep:count} veces",
    ),
    (
        "mi correo es {EMAIL|plain} no el que tienen, y el tel {PHONE|plain}",
        "el correo viejo {EMAIL|email_spelled} lo pueden borrar",
    ),
    (
        "@es-MX",
        "mandame whats al {PHONE|spaced_or_dashed} cuando venga el tecnico, llego a las {keep:time}",
        "o a mi esposo {PHONE|letter_substitution}",
    ),
    (
        "@es-ES",
        "llamadme al {PHONE|split_by_noise} por lo de la caldera, piso {keep:room}",
    ),
    (
        "@es-MX",
        "mi celular es {PHONE|spelled_out} jaja el teclado no me deja poner numeros",
    ),
    ("cual es su numero? el mio {PHONE|multi_message|a}", "{PHONE|multi_message|a}"),
    (
        "el link de seguimiento https://envios.example.com/s?email={EMAIL|percent_encoded} no muestra nada del paquete {keep:tracking}",
    ),
    (
        "@es-MX",
        "para el deposito: banco {BANK_ROUTING|plain}, cuenta {BANK_ACCOUNT_NUMBER|plain}",
        "la abri en {keep:year}",
    ),
    (
        "@es-ES",
        "transferencia: codigo de entidad y oficina {BANK_ROUTING|spaced_or_dashed}, num de cuenta {BANK_ACCOUNT_NUMBER|letter_substitution}, swift {SWIFT_CODE|plain}",
    ),
    (
        "@es-MX",
        "sucursal {BANK_ROUTING|split_by_noise} cuenta {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
    ),
    (
        "@es-ES",
        "Devolvedlo a mi IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|plain} por favor, eran {keep:amount} euros",
    ),
    (
        "@es-ES",
        "el iban es\n{INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken}\nbic {SWIFT_CODE|spaced_or_dashed}",
    ),
    ("trabaje en Texas, mi SSN es {SSN|plain}, lo dice el formulario del {keep:date}",),
    ("seguro social: {SSN|spelled_out}", "perdon me equivoque, es {SSN|split_by_noise}"),
    (
        "no tengo social, declaro con ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|plain}, codigo postal {keep:zipplus}",
    ),
    (
        "que necesitan para el contrato de renta del depa {keep:room}?",
        "el social completo? bueno",
        "{SSN|context_only}",
    ),
    (
        "mi numero de la seguridad social britanica {UK_NATIONAL_INSURANCE_NUMBER|spaced_or_dashed} para la nomina, empece el {keep:date}",
    ),
    ("NINO {UK_NATIONAL_INSURANCE_NUMBER|split_by_noise}, es del trabajo en Manchester",),
    (
        "vuelo {keep:flight} mañana, mi pasaporte es {PASSPORT_NUMBER|spaced_or_dashed}, quiero cambiar el asiento",
        "somos {keep:count} en total",
    ),
    (
        "@es-MX",
        "renta de auto, licencia {DRIVER_ID|plain}, recojo a las {keep:time}",
    ),
    (
        "@es-ES",
        "carnet de conducir {DRIVER_ID|split_by_noise} y pasaporte {PASSPORT_NUMBER|plain}",
    ),
    (
        "el router se cae, modelo {keep:model}, su ip {IP_ADDRESS|plain}, mac {MAC_ADDRESS|spaced_or_dashed}",
        "firmware {keep:version}",
    ),
    (
        "os paso el .env que me pidio el soporte:\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}\nDB_PASS={PASSWORD|key_value_secret}",
    ),
    (
        "el webhook llama a https://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@hooks.example.org/in y la access key es {AWS_ACCESS_KEY|plain}",
    ),
    (
        "clave secreta {AWS_SECRET_KEY|plain} ya se que no deberia pegarla",
        "MAC del equipo {MAC_ADDRESS|plain} ip {IP_ADDRESS|plain}",
    ),
    (
        "@es-ES",
        "mi DNI es {ES_DNI|spaced_or_dashed}, el NIE de mi madre {ES_NIE|split_by_noise}",
    ),
    (
        "@es-MX",
        "mi CURP {MX_CURP|spaced_or_dashed} y RFC {MX_RFC|spaced_or_dashed} para la factura por {keep:amount} pesos",
    ),
    (
        "@es-MX",
        "depositenme a la CLABE {MX_CLABE|plain}",
        "no, esa es la vieja. la buena es {MX_CLABE|letter_substitution}",
    ),
    (
        "mi cunado es brasileño, su CPF {BR_CPF|plain} y el CNPJ de su tienda {BR_CNPJ|letter_substitution}",
    ),
    (
        "NIR de mi suegra en Francia {FR_NIR|spaced_or_dashed}, steuer ID alemana {DE_TAX_ID|plain}",
        "y NIF de Portugal {PT_NIF|spelled_out}",
    ),
    (
        "para la reserva {keep:booking}: CPF {BR_CPF|split_by_noise}, NIF {PT_NIF|letter_substitution}",
    ),
    (
        "para que quieren la clabe?",
        "{MX_CLABE|context_only}",
        "y la steuer id {DE_TAX_ID|letter_substitution}, NIR {FR_NIR|split_by_noise}",
    ),
    (
        "@es-ES",
        "Hola, la tarjeta que teneis caducó. Nueva {CREDIT_DEBIT_NUMBER|plain} cad {CREDIT_DEBIT_EXPIRY|spaced_or_dashed}. Y mi ip {IP_ADDRESS|plain} esta bloqueada",
        "correo para facturas {EMAIL|email_spelled} grax",
    ),
    (
        "@es-MX",
        "numero de cuenta para el reembolso {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
        "banco {BANK_ROUTING|plain}",
    ),
    (
        "@es-ES",
        "me podeis llamar? {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "antes de las {keep:time} si puede ser",
    ),
]
