"""Spanish customer turns (Spain and Mexico). DEV and SEALED are disjoint."""

LANG = "es"

WORDS = {
    "CREDIT_DEBIT_NUMBER": [
        "numero de tarjeta",
        "tarjeta",
        "num de tarjeta",
        "tarjeta de credito",
        "tarj",
        "la visa",
    ],
    "CREDIT_DEBIT_CVV": [
        "cvv",
        "codigo de seguridad",
        "cvc",
        "los tres numeros de atras",
        "cod seguridad",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "caducidad",
        "fecha de vencimiento",
        "vence",
        "vto",
        "vigencia",
        "fecha de caducidad",
    ],
    "PIN": ["pin", "PIN", "clave del cajero", "nip", "numero secreto"],
    "PASSWORD": ["contraseña", "contrasena", "clave", "password", "contraseña de acceso", "contra"],
    "USERNAME": ["usuario", "nombre de usuario", "user", "login", "usuaria"],
    "EMAIL": ["correo", "email", "mail", "correo electronico", "e-mail", "corre"],
    "PHONE": ["telefono", "tel", "cel", "movil", "celular", "numero de contacto", "tlf"],
    "BANK_ACCOUNT_NUMBER": [
        "numero de cuenta",
        "cuenta",
        "cta",
        "no. de cuenta",
        "cuenta bancaria",
        "num cuenta",
    ],
    "BANK_ROUTING": ["routing", "numero de ruta", "ABA", "routing number", "codigo de ruta"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban", "cuenta IBAN", "el iban"],
    "SWIFT_CODE": ["SWIFT", "BIC", "codigo swift", "swift/bic", "bic"],
    "SSN": ["SSN", "seguro social", "social security", "numero de seguro social", "social"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "itin", "numero ITIN", "tax id ITIN"],
    "UK_NATIONAL_INSURANCE_NUMBER": [
        "NI number",
        "national insurance",
        "numero de seguro britanico",
        "NINO",
    ],
    "PASSPORT_NUMBER": [
        "pasaporte",
        "num de pasaporte",
        "no. pasaporte",
        "pasaport",
        "numero de pasaporte",
    ],
    "DRIVER_ID": [
        "carnet de conducir",
        "licencia de manejo",
        "licencia",
        "permiso de conducir",
        "carnet",
    ],
    "IP_ADDRESS": ["IP", "ip", "direccion ip", "la ip publica"],
    "MAC_ADDRESS": ["MAC", "mac", "direccion MAC", "la mac del router"],
    "AWS_ACCESS_KEY": ["access key", "clave de acceso", "access key id", "llave de aws"],
    "AWS_SECRET_KEY": ["secret key", "clave secreta", "secret de aws", "llave secreta"],
    "ES_DNI": ["DNI", "dni", "documento de identidad", "numero de DNI", "D.N.I."],
    "ES_NIE": ["NIE", "nie", "numero de extranjero", "N.I.E."],
    "MX_CURP": ["CURP", "curp", "la curp"],
    "MX_RFC": ["RFC", "rfc", "registro federal de contribuyentes", "el rfc"],
    "MX_CLABE": ["CLABE", "clabe", "clabe interbancaria", "cuenta clabe"],
    "BR_CPF": ["CPF", "cpf", "CPF brasileño"],
    "BR_CNPJ": ["CNPJ", "cnpj", "CNPJ de la empresa"],
    "FR_NIR": [
        "numero de seguridad social frances",
        "NIR",
        "numero de secu",
        "n° de la securite sociale",
    ],
    "DE_TAX_ID": ["Steuer-ID", "numero fiscal aleman", "IdNr", "steuer id"],
    "PT_NIF": ["NIF", "NIF portugues", "contribuinte", "nif"],
}

DEV = [
    "hola buenas, necesito cambiar mi {X.w} por este: {X} gracias",
    "@es-ES me podeis confirmar si teneis bien mi {X.w}? es {X} y el pedido es el {#order}",
    "tarjeta {CREDIT_DEBIT_NUMBER} caduca {CREDIT_DEBIT_EXPIRY} y el cvv {CREDIT_DEBIT_CVV}, cobrame los {#price} porfa",
    ["mi tarjeta es {CREDIT_DEBIT_NUMBER:mm1}", "{CREDIT_DEBIT_NUMBER:mm2}", "perdon se me corto"],
    ["marcame al {PHONE:mm1}", "{PHONE:mm2} despues de las {#time}"],
    ["la clabe pa la transferencia {MX_CLABE:mm1}", "{MX_CLABE:mm2} a nombre de mi esposa"],
    "mandame la factura al {EMAIL:email_spelled} xfa, la {#invoice}",
    "el enlace no abre: https://ayuda.example.com/recuperar?correo={EMAIL:percent_encoded}&caso={#ticket}",
    "entro con ftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@archivos.example.org y me da error {#error_code}",
    [
        "esto me salio en el archivo .env, es grave?",
        "AWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}",
    ],
    ["que dato os falta?", "{ES_DNI:context_only}", "es el mio, el de mi madre no lo tengo"],
    "el router {#product_model} tiene la ip {IP_ADDRESS} y mac {MAC_ADDRESS}, version {#version}",
    "devolucion de {#amount} al IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER} BIC {SWIFT_CODE}",
    "el paquete {#tracking} tenia que llegar al CP {#postal_code} el {#date} y ya van {#duration}",
    "vto {CREDIT_DEBIT_EXPIRY:compact_expiry} y el nip nuevo es {PIN}",
]

SEALED = [
    "oye una cosa, mi {X.w} es {X}",
    "buenas tardes, me piden el {X.w} para el tramite {#ticket}: {X}",
    "Me equivoque al poner el {X.w}, el bueno es {X}, lo siento",
    "copio lo del formulario:\n{X.w}: {X}\ntienda: {#store}\ncantidad: {#quantity}",
    "no se si es esto lo que necesitais pero ahi va mi {X.w} {X} ok?",
    "@es-MX wey me cobraron {#price} dos veces en la tarjeta {CREDIT_DEBIT_NUMBER}, que onda",
    [
        "ahi va",
        "{CREDIT_DEBIT_NUMBER}",
        "vence el {CREDIT_DEBIT_EXPIRY}",
        "codigo de atras {CREDIT_DEBIT_CVV}",
    ],
    "visa {CREDIT_DEBIT_NUMBER:spaced_or_dashed} cad{CREDIT_DEBIT_EXPIRY:compact_expiry} cvc {CREDIT_DEBIT_CVV:spelled_out}",
    [
        "te la mando en trozos por si acaso",
        "{CREDIT_DEBIT_NUMBER:mm1}",
        "{CREDIT_DEBIT_NUMBER:mm2} y",
        "{CREDIT_DEBIT_NUMBER:mm3} ya esta",
    ],
    ["llamame al {PHONE:mm1}", "{PHONE:mm2} que", "{PHONE:mm3} es el de casa"],
    [
        "mi iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "y sigue {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2}",
    ],
    ["el numero de cuenta es {BANK_ACCOUNT_NUMBER:mm1}", "{BANK_ACCOUNT_NUMBER:mm2} , santander"],
    ["mi cpf pq estoy en brasil ahora: {BR_CPF:mm1}", "{BR_CPF:mm2}"],
    "mi cel es {PHONE}, ay no perdon, es {PHONE.2}, el otro ya no lo uso",
    "escribeme a {EMAIL:email_spelled} que el otro correo ya no lo miro",
    "no puedo entrar a mi cuenta {#customer_ref}, usuario {USERNAME} y la contraseña que puse fue {PASSWORD}",
    "@es-ES la app peta con {#error_code} en la {#version} cuando meto el {PIN.w} {PIN}",
    "lectura del contador {#meter_reading}, domiciliacion en la cuenta {BANK_ACCOUNT_NUMBER}",
    "trabajo en texas, mi routing es {BANK_ROUTING} y la cuenta {BANK_ACCOUNT_NUMBER}",
    "vuelo {#flight} asiento {#seat}, pasaporte {PASSPORT_NUMBER}, localizador {#booking}",
    "@es-MX pa rentar el coche: licencia {DRIVER_ID}, las placas eran {#plate}",
    "el IRS me pide el ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER} y el seguro social de mi hijo {SSN}",
    "estuve en londres y tengo NI number {UK_NATIONAL_INSURANCE_NUMBER}, sirve?",
    "soy extranjera, mi NIE es {ES_NIE} y el DNI de mi marido {ES_DNI}",
    "mis datos del sat: curp {MX_CURP} rfc {MX_RFC}",
    "la filial de sao paulo: CNPJ {BR_CNPJ}, el CPF del socio {BR_CPF}",
    "trabaje en francia, mi numero de secu es {FR_NIR}, descuento del {#percentage}",
    "me mude a munich, mi Steuer-ID es {DE_TAX_ID}, contrato {#contract}",
    "factura con NIF portugues {PT_NIF} pls, pedido {#order} de {#quantity} uds",
    "IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}\nSWIFT {SWIFT_CODE}",
    "me llego esto: https://news.example.net/baja?email={EMAIL:percent_encoded}&movil={PHONE:percent_encoded}",
    "sube a sftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@subidas.example.com y aun asi falla",
    "en el log aparece:\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}\nhay que rotarla?",
    "DB_PASSWORD={PASSWORD:key_value_secret} puso el instalador, esta bien asi?",
    ["cual me pedias?", "{PHONE:context_only}", "el fijo no va"],
    ["a donde te lo mando?", "a {EMAIL:context_only} porfa"],
    ["y lo ultimo que falta", "{MX_CURP:context_only}"],
    "me bloquearon la ip {IP_ADDRESS} tras {#count} intentos, mac {MAC_ADDRESS}",
    "subi sin querer la access key {AWS_ACCESS_KEY} y el secret {AWS_SECRET_KEY} a github, ayuda",
    "llevo {#data_size} gastados y estamos a {#date}, no puede ser",
    "sin internet desde las {#time}, modem {#product_model}, incidencia {#ticket}",
    ["Pedi {#quantity} cosas el {#date}, pedido {#order}", "nada todavia, seguimiento {#tracking}"],
    "habitacion {#room} para {#count} noches, reserva {#booking}, total {#price}",
    "la poliza {#policy} subio un {#percentage}, porque??",
    "vale gracias, todo bien",
]

DEV += [
    ["entonces a que cuenta hacemos el reembolso?", "a esta {BANK_ACCOUNT_NUMBER:context_only}"],
    "Nombre: Lucia Ferrandiz\nCorreo: {EMAIL}\nTel: {PHONE}\nPedido: {#order}\nMotivo: llego roto",
    "@es-ES mi sobrino me cambio el pin del decodificador a {PIN:spelled_out} jajaja y no se acuerda, modelo {#product_model}",
]

SEALED += [
    "- nombre: Maite Olabarria\n- {ES_DNI.w}: {ES_DNI}\n- {PHONE.w}: {PHONE}\n- ref cliente {#customer_ref}",
    ["el de la llamada me dijo que os pasara el NIE", "{ES_NIE:context_only} ahi lo tienes"],
    "@es-ES llevo {#duration} esperando, cobradlo ya: {CREDIT_DEBIT_NUMBER} / {CREDIT_DEBIT_EXPIRY} / {CREDIT_DEBIT_CVV}",
    "el correo de recuperacion fue a {EMAIL} pero ya no lo uso, el nuevo es {EMAIL.2}",
    "@es-ES perdon el cvv es {CREDIT_DEBIT_CVV}, lei mal un numero",
    "mi clabe {MX_CLABE:spaced_or_dashed} banco azteca, el deposito era de {#price}",
    "el cel de mi jefa {PHONE:spelled_out} por si no contesto",
    "@es-MX orale pues, mi RFC {MX_RFC} y la CURP {MX_CURP:spaced_or_dashed} para la factura {#invoice}",
    ["lo de la licencia", "es {DRIVER_ID:context_only}, de que estado la quieres?"],
    "mi compa compartio el acceso asi https://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@panel.example.org en el grupo, lo pueden revocar?",
    "el panel del router en {IP_ADDRESS} no carga, la mac de mi compu es {MAC_ADDRESS}, velocidad {#data_size}",
    ["se corto el iban en el mensaje anterior", "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}"],
    "sigo sin el reembolso de {#amount} del pedido {#order}, lo hice el {#date} a las {#time}",
]

SEALED += [
    [
        "ruta {BANK_ROUTING} y la cuenta empieza por {BANK_ACCOUNT_NUMBER:mm1}",
        "termina {BANK_ACCOUNT_NUMBER:mm2}",
    ],
    ["pasaporte {PASSPORT_NUMBER} y el movil {PHONE:mm1}", "{PHONE:mm2} perdon le di a enviar"],
    ["el dni", "{ES_DNI:mm1}", "{ES_DNI:mm2}", "y la letra {ES_DNI:mm3}"],
]
DEV += [
    [
        "el iban: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2} eso es todo",
    ],
]

DEV += [
    "lista pa la reclamacion:\n* poliza {#policy}\n* {PHONE.w} {PHONE}\n* {PASSPORT_NUMBER.w} {PASSPORT_NUMBER}\n* daños unos {#price}",
    "sorry my english, my email is {EMAIL} y el routing number {BANK_ROUTING} ok?",
    "es normal que el contador pase de {#meter_reading} a {#meter_reading} en {#duration}?",
]

DEV += [
    "vuelo {#flight}, asiento {#seat}, {#count} maletas, reserva {#booking}, el pasaporte es {PASSPORT_NUMBER} y la habitacion del hotel {#room}",
    "cliente {#customer_ref}, contrato {#contract}, tienda {#store}: compre {#quantity} en {#year} con {#percentage} de dto, matricula {#plate}, carnet {DRIVER_ID}, datos {#data_size}",
]

SEALED += [
    "@es-MX oiga joven, el SAT dice que mi RFC {MX_RFC:spaced_or_dashed} no coincide con la CURP {MX_CURP}, desde {#year} uso los mismos",
    [
        "@es-ES hola, es por la factura de la luz",
        "lectura de hoy {#meter_reading}",
        "ah y cargadlo en la cuenta {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}",
    ],
    "mi dni acaba en... bueno da igual te lo pongo entero {ES_DNI:split_by_noise}",
    "Enviado desde mi Samsung\n\n> tarjeta: {CREDIT_DEBIT_NUMBER:letter_substitution}\n> cad: {CREDIT_DEBIT_EXPIRY}",
    [
        "necesitabais el tel o el correo?",
        "los dos? vale",
        "{PHONE:context_only}",
        "{EMAIL:context_only}",
    ],
    "@es-MX trabajo en remoto pa una empresa gringa y me piden el SSN ({SSN:spaced_or_dashed}) y el ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:split_by_noise}",
    "el nip es {PIN:letter_substitution}. ya se que no deberia mandarlo por aqui pero la app no me deja cambiarlo",
    "BIC {SWIFT_CODE} e IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:letter_substitution}, el casero de oporto quiere {#price} antes del {#date}",
    "numero nuevo!! {PHONE:letter_substitution} guardalo, el otro me lo robaron en el vuelo {#flight}",
    "no me acuerdo si me registre como {USERNAME} o {USERNAME.2}, el correo seria {EMAIL}",
    "el CNPJ de la factura {#invoice} esta mal, es {BR_CNPJ:split_by_noise}",
    "my boss said que les pase el national insurance: {UK_NATIONAL_INSURANCE_NUMBER}. and the passport {PASSPORT_NUMBER:spaced_or_dashed}",
    "hola, pedido {#order} - error {#error_code} al pagar despues de poner la tarjeta {CREDIT_DEBIT_NUMBER:spelled_out}",
]

DEV += [
    [
        "buenas! una dudita antes de entrar a currar",
        "el recibo rebotó el mes pasado ({#price}), lo podeis pasar otra vez a {BANK_ACCOUNT_NUMBER:letter_substitution}?",
    ],
    ["perdon el anterior tenia un error", "{CREDIT_DEBIT_NUMBER:split_by_noise}"],
    [
        "gracias por esperar",
        "tranqui, estoy hasta las {#time}. por cierto mi {USERNAME.w} es {USERNAME}",
    ],
]

DEV += [
    "{EMAIL} es el bueno, el que acaba en .net lo escribi mal",
    "AYUDA!!! alguien uso mi tarjeta {CREDIT_DEBIT_NUMBER} en la tienda {#store} a las {#time} y yo estoy en otra ciudad 😭",
    '"{PASSWORD}" <- eso es lo que se autocompleta y sigue dando error {#error_code}',
]

SEALED += [
    "{PHONE} es mi whats, escribeme no me llames",
    "@es-MX YA ME HARTE. POR TERCERA VEZ: CUENTA {BANK_ACCOUNT_NUMBER} CLABE {MX_CLABE}",
    "cvv:{CREDIT_DEBIT_CVV} vto:{CREDIT_DEBIT_EXPIRY}",
    "mi mama (tiene {#count} y no se lleva bien con el movil jaja) creo la cuenta con su correo ({EMAIL:email_spelled}) y ahora no puede entrar, su usuario es {USERNAME}",
    "holaa 🙂 me mudo el {#date}, nuevo CP {#postal_code}, mismo movil {PHONE:split_by_noise} 👍",
    "Pasaporte: {PASSPORT_NUMBER:letter_substitution} (no se si es una O o un cero, la foto se ve fatal)",
    "el BIC del banco es {SWIFT_CODE}? o ese es el de la sucursal. iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER}",
    "para la declaracion de la chica brasileña: CPF {BR_CPF:spelled_out} creo, me lo dicto ella",
]

SEALED += [
    [
        "cuenta para el abono {BANK_ACCOUNT_NUMBER:mm1}",
        "uff el corrector",
        "{BANK_ACCOUNT_NUMBER:mm2}",
    ],
]
DEV += [
    ["va el curp {MX_CURP:mm1}", "{MX_CURP:mm2} no lo guarden porfa"],
]

DEV += [
    "@es-ES cita en trafico el {#date} a las {#time}, me piden el permiso viejo {DRIVER_ID} y el CP {#postal_code}",
]
SEALED += [
    "@es-ES me dijeron en la oficina de extranjeria que escribiera aqui, NIE {ES_NIE}, expediente {#customer_ref}, llevo {#duration} esperando",
    "nuestro workspace se quedo en el plan {#product_model} tras actualizar, el admin es {USERNAME}, la factura {#invoice} marca {#price} y {#count} licencias",
]
