"""Spanish (Spain, Mexico, US) chat templates, hand-written. Even-indexed entries feed dev, odd ones sealed."""

LANG = "es"
LOCALES = ["es-ES", "es-MX", "es-US"]

GREET_A = [
    "¡Hola! Gracias por escribirnos, soy Lucía. ¿En qué te puedo ayudar?",
    "Buenas tardes, le atiende Jorge del equipo de soporte. ¿Qué necesita?",
    "Bienvenido al servicio de atención al cliente. En breve le atiende un agente.",
    "qué tal, soy Andrea 😊 cuéntame qué pasó",
    "Hola, gracias por su paciencia. ¿Cómo le puedo apoyar hoy?",
    "Buen día, está hablando con facturación.",
]
GREET_C = [
    "hola tengo un problema con mi tarjeta",
    "buenas, me cobraron dos veces",
    "oye no me llega el pedido",
    "hola necesito cambiar mis datos porfa",
    "q tal, no puedo entrar a la app",
    "buenas noches, es por un reembolso",
    "holaa llevo media hora esperando 😤",
    "buen dia, quiero cancelar una compra",
]
CLOSE_A = [
    "¿Hay algo más en lo que le pueda ayudar?",
    "Listo, ya quedó. ¡Que tengas buen día!",
    "Gracias por su paciencia, el caso queda resuelto.",
    "Perfecto, te llegará un correo de confirmación.",
    "Ya está actualizado. ¿Algo más?",
    "Con gusto, hasta luego.",
]
CLOSE_C = [
    "no eso es todo gracias",
    "muchas gracias!!",
    "va, gracias 👍",
    "ok perfecto, bye",
    "nada mas, saludos",
    "mil gracias de verdad",
    "gracias, igualmente",
    "sale, gracias joven",
]
CHAT = [
    "es la tercera vez que escribo por esto",
    "ok va",
    "como que?",
    "perdon se me fue el internet",
    "me puede apurar un poco estoy en el trabajo",
    "ya le expliqué todo al otro agente",
    "jajaja ok",
    "esto es un bot o una persona?",
    "la app se cierra sola cuando la abro",
    "bueno",
    "mmm no sé",
    "mi esposa es la que ve esas cosas",
]
OTHER_Q = [
    "¿Me puede contar un poco más de lo que pasó?",
    "¿Es una cuenta personal o de empresa?",
    "¿Le salió algún mensaje de error?",
    "¿Sigue ahí?",
    "¿Desde qué dispositivo lo intenta, celular o computadora?",
    "¿Desde cuándo le pasa?",
]

ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "¿Me indica el número de la tarjeta?",
        "Por favor, confirme el número completo de su tarjeta.",
        "Introduzca el número de tarjeta.",
        "con qué tarjeta pagaste? necesito el número",
        "Para localizar el cargo necesito el número de la tarjeta, por favor.",
        "¿Me pasa el número de la tarjeta que fue rechazada?",
    ],
    "CREDIT_DEBIT_CVV": [
        "¿Y los tres dígitos de atrás?",
        "Indique el código de seguridad, por favor.",
        "cuál es el cvv?",
        "¿Me confirma el código que está en el reverso?",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "¿Cuándo vence la tarjeta?",
        "Introduzca la fecha de caducidad (MM/AA).",
        "y la fecha de vencimiento?",
        "¿Qué fecha de expiración aparece en la tarjeta?",
    ],
    "PIN": [
        "Para verificar su identidad, introduzca su PIN.",
        "¿Cuál es el NIP de su tarjeta?",
        "¿Me confirma su clave de seguridad numérica?",
        "escribe el pin que elegiste al darte de alta",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "Introduzca su número de cuenta.",
        "¿A qué número de cuenta le hacemos la devolución?",
        "¿Me confirma el número de cuenta de cheques?",
        "de qué cuenta hacemos el cargo? el número porfa",
    ],
    "BANK_ROUTING": [
        "¿Y el número de ruta del banco?",
        "Indique el routing number de su banco, por favor.",
        "cuál es el número de ruta?",
        "¿Me da también el código del banco (routing)?",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "¿Cuál es el IBAN para la transferencia?",
        "Por favor, facilítenos el IBAN de la cuenta de destino.",
        "me pasas tu IBAN?",
        "Para hacer el reembolso necesito el IBAN completo.",
    ],
    "SWIFT_CODE": [
        "¿Y el código SWIFT / BIC del banco?",
        "Indique el BIC, por favor.",
        "cuál es el swift?",
        "¿Tiene a mano el código BIC de su entidad?",
    ],
    "EMAIL": [
        "¿Qué correo electrónico tiene registrado?",
        "¿Me confirma su email, por favor?",
        "a dónde te mandamos el recibo? correo porfa",
        "Introduzca el correo con el que se registró.",
        "¿Cuál es el mejor correo para contactarle?",
    ],
    "PHONE": [
        "¿A qué número le podemos llamar?",
        "¿Me confirma el teléfono asociado a la cuenta?",
        "Introduzca su número de móvil.",
        "a qué cel te mando el código?",
        "¿Me deja un número de contacto por si se corta?",
        "¿Con qué teléfono se dio de alta?",
    ],
    "SSN": [
        "Para verificar su identidad, indique su número de Seguro Social.",
        "¿Me confirma su SSN?",
        "cuál es tu número de seguro social?",
        "Necesito el número de seguro social para abrir el reclamo.",
    ],
    "PASSPORT_NUMBER": [
        "¿Cuál es el número de pasaporte de la reserva?",
        "Indique el número de pasaporte del viajero.",
        "me mandas el número de tu pasaporte?",
        "Para el check-in necesito su número de pasaporte.",
    ],
    "DRIVER_ID": [
        "¿Me da su número de licencia de conducir?",
        "Introduzca el número de su permiso de conducir.",
        "cuál es el número del carnet de conducir?",
        "Necesito la licencia de manejo para la renta del auto.",
    ],
    "PASSWORD": [
        "¿Qué contraseña intentó usar?",
        "Escriba la contraseña temporal que recibió.",
        "qué clave estás poniendo?",
        "¿Me dice la contraseña que puso para revisar el formato?",
    ],
    "USERNAME": [
        "¿Cuál es su nombre de usuario?",
        "¿Con qué usuario entra a la app?",
        "me pasas tu usuario?",
        "Confirme el usuario de la cuenta, por favor.",
    ],
    "IP_ADDRESS": [
        "¿Me indica la dirección IP que sale en la pantalla de error?",
        "¿Qué IP le muestra el router?",
        "entra a cualesmiip y dime qué sale",
        "¿Desde qué dirección IP se conectaba?",
    ],
    "ES_DNI": [
        "¿Me facilita su DNI?",
        "Para verificar la titularidad, indique su número de DNI.",
        "me dices tu dni con la letra?",
        "Introduzca su documento nacional de identidad.",
    ],
    "ES_NIE": [
        "¿Cuál es su NIE?",
        "Indique su número de identidad de extranjero, por favor.",
        "me pasas el nie?",
        "Necesito el NIE que aparece en su tarjeta de residencia.",
    ],
    "MX_CURP": [
        "¿Me proporciona su CURP?",
        "Para el trámite necesito su CURP, por favor.",
        "cuál es tu curp?",
        "Capture su CURP de dieciocho caracteres.",
    ],
    "MX_RFC": [
        "¿Cuál es su RFC para la factura?",
        "Indique el RFC con homoclave, por favor.",
        "me das tu rfc?",
        "Para facturar necesito su RFC.",
    ],
    "MX_CLABE": [
        "¿Me comparte su CLABE interbancaria?",
        "Capture la CLABE de la cuenta donde quiere el reembolso.",
        "cuál es tu clabe?",
        "Necesito la CLABE de dieciocho dígitos para el depósito.",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": [
        "mi tarjeta es {v}",
        "tarjeta: {v}",
        "es la visa, {v}",
        "el numero de tarjeta es {v}",
        "tarj {v}",
        "la de débito {v}",
    ],
    "CREDIT_DEBIT_CVV": [
        "el cvv es {v}",
        "codigo de seguridad {v}",
        "el código de atrás es {v}",
        "cvc {v}",
    ],
    "CREDIT_DEBIT_EXPIRY": ["vence {v}", "caduca el {v}", "fecha de vencimiento {v}", "exp {v}"],
    "PIN": ["mi pin es {v}", "nip: {v}", "la clave es {v}", "PIN {v} creo"],
    "BANK_ACCOUNT_NUMBER": [
        "numero de cuenta {v}",
        "cuenta: {v}",
        "mi cuenta es la {v}",
        "no. de cuenta {v}",
    ],
    "BANK_ROUTING": ["routing {v}", "el numero de ruta es {v}", "ruta: {v}", "routing number {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "IBAN: {v}",
        "mi iban es {v}",
        "iban {v}",
        "te paso el IBAN {v}",
    ],
    "SWIFT_CODE": ["swift {v}", "el BIC es {v}", "codigo swift: {v}", "bic {v}"],
    "EMAIL": ["mi correo es {v}", "email: {v}", "me puedes escribir a {v}", "está a nombre de {v}"],
    "PHONE": [
        "mi numero es {v}",
        "tel {v}",
        "mi cel es {v}",
        "llámame al {v}",
        "móvil: {v}",
        "el teléfono es el {v}",
    ],
    "SSN": ["ssn {v}", "mi seguro social es {v}", "numero de seguro social {v}", "SSN: {v}"],
    "PASSPORT_NUMBER": [
        "pasaporte {v}",
        "mi número de pasaporte es {v}",
        "pasaporte: {v}",
        "el pasaporte es el {v}",
    ],
    "DRIVER_ID": [
        "licencia {v}",
        "mi licencia de manejo es {v}",
        "carnet de conducir {v}",
        "permiso de conducir: {v}",
    ],
    "PASSWORD": ["la contraseña es {v}", "clave: {v}", "mi contra {v}", "puse {v} de contraseña"],
    "USERNAME": ["usuario {v}", "mi usuario es {v}", "user: {v}", "entro como {v}"],
    "IP_ADDRESS": ["mi ip es {v}", "IP: {v}", "direccion ip {v}", "sale la ip {v}"],
    "ES_DNI": ["dni {v}", "mi DNI es {v}", "DNI: {v}", "el dni es el {v}"],
    "ES_NIE": ["nie {v}", "mi NIE es {v}", "NIE: {v}", "el nie es el {v}"],
    "MX_CURP": ["curp {v}", "mi CURP es {v}", "CURP: {v}", "la curp es {v}"],
    "MX_RFC": ["rfc {v}", "mi RFC es {v}", "RFC: {v}", "el rfc con homoclave es {v}"],
    "MX_CLABE": ["clabe {v}", "mi CLABE es {v}", "CLABE: {v}", "la clabe interbancaria es {v}"],
}
FILLER = [
    "{v}",
    "sí es el {v}",
    "claro {v}",
    "va {v}",
    "es {v}",
    "{v} 🙏",
    "ehh {v}",
    "aquí tienes: {v}",
    "sí, es {v}",
    "{v} creo",
    "{v}!!",
    "sale: {v}",
    "creo que es {v}",
    "sip {v}",
    "{v} gracias",
    "ahí va {v}",
]
MULTI_CONT = [
    "{v}",
    "y {v}",
    "{v} ya",
    "...{v}",
    "{v} perdón",
    "luego {v}",
    "lo último {v}",
    "{v} listo",
]
MULTI_LEAD = ["es largo espera", "te lo mando por partes", "", "espera", "déjame escribirlo"]
BACK_Q = [
    "el que viene en la tarjeta?",
    "cuál, el viejo o el nuevo?",
    "completo?",
    "todo entero?",
    "el del estado de cuenta?",
    "el que sale en la app?",
]
BACK_YES = ["Sí, ese por favor.", "Sí, completo.", "Correcto.", "Exacto, gracias."]
WAIT = [
    "un seg",
    "déjame ver",
    "espera que lo busco",
    "voy por la cartera",
    "dame un minuto",
    "buscando",
]
DODGE = [
    "oiga y por qué me rechazaron el pago",
    "para qué necesitan eso?",
    "prefiero no mandar eso por aquí",
    "no hay otra forma?",
    "olvídelo, me van a devolver el dinero o no",
    "no lo tengo a la mano ahorita",
]
REASK = [
    "Disculpe, eso no parece correcto, ¿me lo puede enviar de nuevo?",
    "No logré leerlo bien, ¿lo puede escribir otra vez?",
    "parece que le falta algo, me lo reenvías?",
    "¿Lo puede revisar y mandarlo una vez más?",
]
WRONG = [
    "perdón me equivoqué, es {v}",
    "no espera {v}",
    "uy ese era el viejo. {v}",
    "corrijo: {v}",
    "error mío, es {v}",
    "ay typo, {v}",
]
PARTIAL_ASK = [
    "¿Me confirma los últimos cuatro dígitos de la tarjeta?",
    "¿Cuáles son los últimos cuatro de la tarjeta con la que pagó?",
    "solo los ultimos cuatro digitos de la tarjeta porfa",
    "¿En qué terminación acaba la tarjeta?",
]
PAIR_ASK = [
    (
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
        "El número de tarjeta y la fecha de caducidad, por favor.",
    ),
    (
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
        "me mandas el numero de la tarjeta y cuándo vence",
    ),
    (
        "CREDIT_DEBIT_EXPIRY",
        "CREDIT_DEBIT_CVV",
        "Indique la fecha de vencimiento y el código de seguridad.",
    ),
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV", "y el vencimiento + cvv?"),
]
PAIR_BARE = ["{v} {w}", "{v} / {w}", "{v}, {w}", "va {v} y {w}", "{v}\n{w}", "claro {v} - {w}"]
NONE_LINES = [
    "me revisas este {v}",
    "{v} <- está bien esto?",
    "lo copié: {v}",
    "y este {v}?",
    "esto es lo que tengo {v}",
]
DIFF_PREFIX = ["eso no lo sé pero ", "ni idea, ", "no lo encuentro. ", "no sé, "]

KEEP_ASK = {
    "order_number": [
        "¿Cuál es el número de pedido?",
        "¿Me da la referencia del pedido?",
        "qué pedido es? el número porfa",
        "Introduzca su número de orden.",
    ],
    "tracking_number": [
        "¿Tiene el número de seguimiento?",
        "qué número de guía te dieron?",
        "Compártame el código de rastreo del correo.",
    ],
    "zip_code": [
        "¿Cuál es el ZIP de la entrega?",
        "¿Me confirma su código ZIP?",
        "zip de la dirección de cobro?",
    ],
    "postal_code": ["¿Cuál es el código postal?", "¿A qué código postal va el envío?", "cp?"],
    "date": ["¿Qué día tenía que llegar?", "¿Cuándo hizo el pedido?", "qué día fue el cargo?"],
    "time": [
        "¿A qué hora le devolvemos la llamada?",
        "¿Más o menos a qué hora pasó?",
        "a qué hora pasa el repartidor?",
    ],
    "price": [
        "¿Cuánto le cobraron?",
        "¿Qué importe aparece en el estado de cuenta?",
        "cuánto fue?",
    ],
    "quantity": [
        "¿Cuántos artículos faltan?",
        "¿Cuántas unidades pidió?",
        "cuántas cajas llegaron?",
    ],
    "product_model": ["¿Qué modelo tiene?", "¿Qué modelo pone en la etiqueta?", "cuál modelo es"],
    "version": ["¿Qué versión de la app tiene?", "¿Qué versión sale en ajustes?"],
    "invoice_number": ["¿Cuál es el número de factura?", "¿Me lee el folio de la factura?"],
    "ticket_reference": ["¿Tiene un número de caso de antes?", "qué número de ticket te dieron?"],
    "year": ["¿En qué año abrió la cuenta?", "¿De qué año es el coche?"],
    "flight_number": ["¿Cuál es el número de vuelo?", "en qué vuelo viaja?"],
    "store_number": [
        "¿En qué tienda lo compró? El número viene en el ticket.",
        "cuál es el número de sucursal?",
    ],
}
KEEP_BARE = [
    "{k}",
    "es el {k}",
    "{k} creo",
    "eh {k}",
    "sí {k}",
    "{k}!",
    "debe ser {k}",
    "{k} según el correo",
]
KEEP_FREE = [
    "pedí {quantity} y el {date} solo me llegó uno",
    "el pedido {order_number} sigue en preparación",
    "me cobraron {price} en vez del precio con descuento",
    "la guía {tracking_number} no se mueve desde hace una semana",
    "mi ticket anterior era {ticket_reference} por si sirve",
    "la entrega era el {date} entre las {time} y el mediodía",
    "tengo la versión {version} de la app",
    "es el {product_model}, lo compré en {year}",
    "salgo mañana en el vuelo {flight_number}",
    "la factura {invoice_number} tiene mal la dirección",
    "lo compré en la tienda {store_number}",
    "pagué {price} por el pedido {order_number}",
]
