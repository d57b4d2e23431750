"""Chats en español (España, México, EE. UU.). Escritos a mano. Posición par = dev, impar = sealed."""

LOCALES = {
    "es-ES": {"phone": "ES", "iban": "ES", "swift": "ES", "ids": ["ES_DNI", "ES_NIE"]},
    "es-MX": {"phone": "MX", "iban": "ES", "swift": "MX", "ids": ["MX_CURP", "MX_RFC", "MX_CLABE"]},
    "es-US": {"phone": "US", "iban": "ES", "swift": "US", "ids": ["SSN"]},
}

GREET = [
    "¡Hola! Gracias por escribirnos, ¿en qué te puedo ayudar?",
    "Buenas tardes, le atiende Lucía. ¿En qué le ayudo?",
    "hola! soy Toño de soporte 😊",
    "Bienvenido al servicio de atención. En breve le atiende un agente.",
    "Qué tal, soy Andrea. Cuéntame qué pasó",
    "Gracias por esperar, le habla Raúl.",
]
OPEN = [
    "hola",
    "buenas, tengo un problema con mi tarjeta",
    "holaa no me llego el pedido",
    "buenos dias quiero cambiar mis datos",
    "oigan me cobraron doble",
    "hola q tal, no puedo entrar a la app",
    "Buenas noches, quería pedir un reembolso",
    "ola necesito ayuda urgente",
    "k onda, mi pago fue rechazado",
    "hola, quiero dar de baja la tarjeta vieja",
]
CHAT = [
    "vale",
    "ok",
    "sip",
    "ya",
    "gracias",
    "ándale",
    "va",
    "perfecto",
    "mmm ok",
    "jaja ok",
    "un segundo porfa",
    "perdon se me fue el internet",
    "eres un bot?",
    "vale vale",
    "órale",
    "okey gracias",
]
CLOSE_AGENT = [
    "¿Hay algo más en lo que te pueda ayudar?",
    "Listo, ya quedó actualizado.",
    "Gracias por su paciencia, que tenga buen día.",
    "Hecho ✅ ¿algo más?",
    "Le llegará un correo de confirmación en unos minutos.",
    "Perfecto, ya lo pasé al área correspondiente.",
]
CLOSE_CUST = [
    "no eso es todo gracias",
    "muchas gracias!!",
    "nada mas, bye",
    "mil gracias",
    "grax",
    "ok gracias, saludos",
]
WAIT = [
    "un momento",
    "dejame ver",
    "espera que busco la cartera",
    "ahorita lo busco",
    "un seg",
    "déjame checar",
    "voy",
]
DODGE = [
    "oye y mejor puedo cambiar la dirección de entrega?",
    "para que lo necesitan?",
    "no lo tengo a la mano",
    "no lo pueden ver ustedes?",
    "olvidalo, cuando me devuelven el dinero?",
    "prefiero no darlo por aquí",
    "perdon cual era la pregunta",
    "mejor llamo por teléfono",
]
QBACK = [
    ("el que viene en la tarjeta?", "Sí, ese mismo."),
    ("el viejo o el nuevo?", "El que tiene registrado en la cuenta."),
    ("completo?", "Sí, completo por favor."),
    ("el de mi perfil?", "Correcto."),
    ("cual, el celular o el de casa?", "El que tenga registrado."),
]
REASK = [
    "Mmm, parece que no es correcto, ¿me lo puede enviar de nuevo?",
    "Creo que falta un dígito, ¿lo revisa por favor?",
    "No me coincide en el sistema, ¿lo podrías escribir otra vez?",
    "No se ha podido validar. Por favor, vuelva a introducirlo.",
]
CORRECT = ["perdon me equivoque, es {v}", "uy no, es {v}", "no espera es el {v}", "corrijo: {v}"]
FILLER = [
    "sí es el {v}",
    "{v} 👌",
    "claro, {v}",
    "es {v}",
    "ok es el {v}",
    "ehh {v} creo",
    "{v} gracias",
    "sip {v}",
    "aqui esta {v}",
    "ahí va: {v}",
]
CONT = ["{v} perdon se envio", "y {v}", "{v}!!", "luego {v}", "...y {v}", "{v} ya"]
AND = "y"

ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "¿Me confirma el número de la tarjeta, por favor?",
        "cual es el numero de tu tarjeta?",
        "Introduzca los 16 dígitos de su tarjeta.",
        "¿Con qué tarjeta desea pagar? Necesito el número completo.",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "¿Y la fecha de caducidad?",
        "¿Cuándo vence la tarjeta?",
        "Indique la fecha de vencimiento (MM/AA).",
        "y la fecha de expiración?",
    ],
    "CREDIT_DEBIT_CVV": [
        "Y los tres numeritos de atrás",
        "¿Me indica el código de seguridad?",
        "Introduzca el CVV.",
        "cual es el cvc?",
    ],
    "PIN": [
        "Para continuar, introduzca su PIN.",
        "¿Me confirma su NIP?",
        "escribe tu pin por favor",
        "¿Cuál es el PIN de 4 dígitos que eligió?",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "¿A qué número de cuenta hacemos el reembolso?",
        "Introduzca su número de cuenta.",
        "me confirmas tu numero de cuenta?",
        "¿Cuál es la cuenta de cargo?",
    ],
    "BANK_ROUTING": [
        "¿Y el número de ruta (routing)?",
        "¿Me pasa el routing number del banco?",
        "cual es el routing de tu banco?",
        "Necesito también el número de tránsito del banco.",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "¿Me facilita su IBAN?",
        "cual es el iban para la transferencia",
        "Introduzca el IBAN de la cuenta destino.",
        "Necesito el IBAN completo, por favor.",
    ],
    "SWIFT_CODE": [
        "¿Y el código SWIFT/BIC?",
        "¿Cuál es el BIC del banco?",
        "Indique el código SWIFT.",
        "tienes el swift del banco?",
    ],
    "EMAIL": [
        "¿Qué correo tiene registrado?",
        "¿Me confirma su email?",
        "Ingrese su correo electrónico.",
        "a que correo te mando el comprobante?",
    ],
    "PHONE": [
        "¿A qué número le llamamos?",
        "¿Me confirma el número de teléfono de la cuenta?",
        "Introduzca su número de móvil.",
        "cual es tu cel?",
    ],
    "SSN": [
        "Para verificar su identidad, necesito su número de Seguro Social.",
        "¿Me da su social?",
        "Ingrese su SSN.",
        "cual es tu numero de seguro social?",
    ],
    "PASSPORT_NUMBER": [
        "¿Cuál es su número de pasaporte?",
        "Indique el pasaporte con el que hizo la reserva.",
        "me pasas el num de pasaporte?",
        "¿Me confirma el pasaporte del pasajero?",
    ],
    "DRIVER_ID": [
        "¿Cuál es su número de licencia de conducir?",
        "Introduzca el número del permiso de conducir.",
        "me das tu licencia?",
        "¿El número del carnet de conducir, por favor?",
    ],
    "PASSWORD": [
        "¿Qué contraseña intentó usar?",
        "Escriba la contraseña temporal que recibió.",
        "cual es la clave que pusiste?",
        "¿Me indica la contraseña de la cuenta?",
    ],
    "USERNAME": [
        "¿Cuál es su usuario?",
        "Introduzca su nombre de usuario.",
        "con que usuario entras?",
        "¿Me confirma el usuario de acceso?",
    ],
    "IP_ADDRESS": [
        "¿Me puede decir su dirección IP?",
        "que ip te sale en el router?",
        "Envíe la IP que aparece en la pantalla de error.",
        "¿Desde qué IP se conecta?",
    ],
    "ES_DNI": [
        "¿Me facilita su DNI?",
        "Introduzca su DNI con letra.",
        "me dices tu dni?",
        "Para verificar, ¿su número de DNI?",
    ],
    "ES_NIE": [
        "¿Me indica su NIE?",
        "Introduzca su NIE.",
        "cual es tu nie?",
        "Necesito el número de identidad de extranjero.",
    ],
    "MX_CURP": [
        "¿Me proporciona su CURP?",
        "Ingrese su CURP (18 caracteres).",
        "me pasas tu curp?",
        "Para el registro necesito la CURP.",
    ],
    "MX_RFC": [
        "¿Cuál es su RFC?",
        "Ingrese el RFC para la factura.",
        "me das tu rfc con homoclave?",
        "¿A qué RFC facturamos?",
    ],
    "MX_CLABE": [
        "¿Me da su CLABE interbancaria?",
        "Ingrese la CLABE de 18 dígitos.",
        "a que clabe te depositamos?",
        "Necesito la CLABE para el reembolso.",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": [
        "mi tarjeta es {v}",
        "num de tarjeta {v}",
        "la tarjeta: {v}",
        "es la visa {v}",
    ],
    "CREDIT_DEBIT_EXPIRY": ["vence {v}", "caducidad {v}", "fecha de vencimiento {v}", "exp. {v}"],
    "CREDIT_DEBIT_CVV": [
        "cvv {v}",
        "el codigo de seguridad es {v}",
        "CVC: {v}",
        "los de atras son {v}",
    ],
    "PIN": ["mi pin es {v}", "NIP {v}", "PIN: {v}", "el pin {v}"],
    "BANK_ACCOUNT_NUMBER": [
        "cuenta {v}",
        "mi numero de cuenta es {v}",
        "n° de cuenta: {v}",
        "la cuenta es la {v}",
    ],
    "BANK_ROUTING": ["routing {v}", "el numero de ruta es {v}", "routing number: {v}", "ruta {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "mi iban es {v}",
        "IBAN {v}",
        "iban: {v}",
        "el IBAN es el {v}",
    ],
    "SWIFT_CODE": ["swift {v}", "BIC del banco {v}", "el bic es {v}", "codigo swift: {v}"],
    "EMAIL": ["mi correo es {v}", "correo: {v}", "email {v}", "mi mail {v}"],
    "PHONE": ["mi numero es {v}", "tel {v}", "mi cel es {v}", "llamame al {v}"],
    "SSN": ["mi social es {v}", "seguro social {v}", "SSN {v}", "numero de seguro social: {v}"],
    "PASSPORT_NUMBER": [
        "pasaporte {v}",
        "mi pasaporte es {v}",
        "n. pasaporte {v}",
        "pasaporte: {v}",
    ],
    "DRIVER_ID": [
        "licencia {v}",
        "mi licencia de conducir es {v}",
        "carnet de conducir {v}",
        "permiso: {v}",
    ],
    "PASSWORD": ["la contraseña es {v}", "clave: {v}", "puse {v} de contraseña", "contra {v}"],
    "USERNAME": ["usuario {v}", "mi user es {v}", "usuario: {v}", "entro como {v}"],
    "IP_ADDRESS": ["mi ip es {v}", "IP: {v}", "la ip {v}", "sale la ip {v}"],
    "ES_DNI": ["dni {v}", "mi DNI es {v}", "DNI: {v}", "el dni es el {v}"],
    "ES_NIE": ["nie {v}", "mi NIE es {v}", "NIE: {v}", "tarjeta de residencia {v}"],
    "MX_CURP": ["curp {v}", "mi CURP es {v}", "CURP: {v}", "la curp es {v}"],
    "MX_RFC": ["rfc {v}", "mi RFC es {v}", "RFC: {v}", "el rfc con homoclave es {v}"],
    "MX_CLABE": ["clabe {v}", "mi CLABE es {v}", "CLABE: {v}", "la clabe interbancaria es {v}"],
}
PAIR_ASK = [
    (
        "¿Me da el número de tarjeta y la fecha de vencimiento?",
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
    ),
    ("Indique la caducidad y el CVV.", "CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"),
    ("necesito el routing y el número de cuenta", "BANK_ROUTING", "BANK_ACCOUNT_NUMBER"),
    ("¿IBAN y BIC para el reembolso?", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"),
    ("usuario y contraseña que usaste?", "USERNAME", "PASSWORD"),
    ("Correo y teléfono de la cuenta, por favor", "EMAIL", "PHONE"),
]
PAIR_ANS = [
    "{a} {b}",
    "{a} y {b}",
    "{a}\n{b}",
    "{a}, {b}",
    "{a} - {b}",
    "el primero {a} y el otro {b}",
]
PARTIAL_ASK = [
    "¿Me confirma los últimos cuatro dígitos de la tarjeta?",
    "cuales son los ultimos 4 de la tarjeta?",
    "Solo los 4 últimos números del plástico, por favor.",
    "¿Qué tarjeta fue? Con los últimos 4 me basta.",
]
POSTCODE_PART = [
    "Solo los primeros 3 números del código postal, por favor.",
    "¿los primeros dígitos de tu CP?",
    "dime nada más el inicio del código postal",
    "Indique las tres primeras cifras del código postal.",
]

KEEP_ASK = {
    "order_number": [
        "¿Cuál es el número de pedido?",
        "me pasas tu numero de orden?",
        "¿Tiene a mano el número de pedido?",
        "Introduzca su número de pedido.",
        "n° de pedido?",
        "¿De qué orden se trata?",
    ],
    "tracking_number": [
        "¿Me da el número de seguimiento?",
        "cual es la guia de rastreo?",
        "¿El código de envío del correo?",
    ],
    "ticket_reference": [
        "¿Tiene un número de caso?",
        "¿Me pasa el folio de su reporte anterior?",
        "referencia de la incidencia?",
    ],
    "zip_code": ["¿Cuál es su ZIP code?", "y el zip?", "Ingrese el código ZIP de facturación."],
    "postal_code": [
        "¿Cuál es su código postal?",
        "me confirmas el CP?",
        "¿El código postal de entrega?",
    ],
    "quantity": [
        "¿Cuántas unidades pidió?",
        "cuantos articulos faltaron?",
        "¿Cuántas piezas quiere?",
    ],
    "date": [
        "¿Qué día se lo entregaron?",
        "¿Cuándo hizo el pedido?",
        "que dia te aparecio el cargo?",
    ],
    "time": [
        "¿A qué hora le viene bien que le llamemos?",
        "a que hora mas o menos paso?",
        "¿Qué horario le acomoda?",
    ],
    "price": ["¿Cuánto le cobraron?", "que importe te aparece?", "¿Cuál fue el total?"],
    "product_model": [
        "¿Qué modelo tiene?",
        "cual es el modelo del aparato?",
        "¿Me indica el modelo del producto?",
    ],
    "store_number": [
        "¿En qué tienda fue? Viene el número en el ticket.",
        "numero de tienda?",
        "¿Qué número de sucursal aparece en el ticket?",
    ],
    "flight_number": [
        "¿Cuál es su número de vuelo?",
        "en que vuelo viajas?",
        "¿Me confirma el vuelo?",
    ],
    "invoice_number": [
        "¿Cuál es el número de factura?",
        "que factura es?",
        "Número de factura, por favor.",
    ],
    "year": ["¿En qué año lo compró?", "de que año es el coche?", "¿En qué año abrió la cuenta?"],
    "version": [
        "¿Qué versión de la app tiene?",
        "que version te sale en ajustes?",
        "¿Puede mirar la versión en Ajustes > Acerca de?",
    ],
}
KEEP_NAMED = [
    "pedido {v}",
    "es el #{v}",
    "el numero es {v}",
    "{v} creo",
    "la referencia es {v}",
    "seria el {v}",
    "aqui: {v}",
]
