"""Spanish chat templates (Spain, Mexico, US), written by hand. Even lines -> dev, odd -> sealed."""

LANG = "es"
LOCALES = ["es-ES", "es-MX", "es-US"]
DIGITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
NOISE = [" ", "-", " | ", " / ", " 😅 ", " y ", " luego ", "\n", " ... ", ". "]
AT = [" arroba ", " (arroba) ", " @ "]
DOT = [" punto ", " . ", " (punto) "]
MONTHS = [
    "enero",
    "feb",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "ago",
    "sept",
    "oct",
    "nov",
    "dic",
]

GREET = """Hola, gracias por escribirnos. Soy Lucía, ¿en qué te puedo ayudar?
Buenas tardes, le atiende Jorge del área de atención a clientes.
¡Hola! Bienvenido al soporte, cuéntame qué pasó.
Hola, soy el asistente virtual 🤖. Dime brevemente tu consulta.
Qué tal, gracias por la espera. Mi nombre es Andrea.
Bienvenido/a. En breve le atiende un agente."""

OPEN = """hola me cobraron dos veces
buenas, no me llego el pedido
hola necesito cambiar mis datos porfa
q tal, no puedo entrar a la app
hola me rechazaron la tarjeta y no se xq
oye me bloquearon la cuenta
buenas noches quiero cancelar una compra
hola ayuda con una transferencia"""

CHAT = """ok
vale
sí
ok gracias
va
sale
mmm ok
ah ok
jaja ok
perfecto
gracias!!
ya
órale
vale vale"""

ASK = {
    "CREDIT_DEBIT_NUMBER": """¿Me podría confirmar el número de la tarjeta?
Por favor ingresa los dieciséis dígitos de tu tarjeta.
¿Con qué tarjeta pagaste? Necesito el número completo
Escríbeme el número de tarjeta para buscar el cargo, porfa.""",
    "CREDIT_DEBIT_CVV": """¿Y los tres números de atrás?
Ingrese el código de seguridad (CVV) de su tarjeta.
Necesito también el CVC para validar.
¿Cuál es el código de seguridad?""",
    "CREDIT_DEBIT_EXPIRY": """¿Cuándo vence la tarjeta?
Por favor ingrese la fecha de vencimiento (MM/AA).
¿me confirmas la fecha de caducidad?
¿Y la fecha de expiración?""",
    "PIN": """Por seguridad, ingrese su NIP de cuatro dígitos.
¿Me confirma el PIN de la tarjeta?
¿Cuál es tu clave de acceso numérica?
Teclee su PIN ahora.""",
    "BANK_ACCOUNT_NUMBER": """¿A qué cuenta hacemos el reembolso? Solo el número de cuenta.
Ingrese su número de cuenta.
¿Me confirma el número de cuenta del cargo?
cual es el no. de cuenta""",
    "BANK_ROUTING": """¿Y el número de ruta (routing)?
¿Me pasas el código de la sucursal?
¿Cuál es el routing number del banco?
Ingrese el número de ruta de nueve dígitos de su cheque.""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """¿Me envías el IBAN donde quieres el abono?
Por favor introduzca su IBAN.
cual es el IBAN para la transferencia
Solo me falta el IBAN y listo.""",
    "SWIFT_CODE": """¿Y el BIC/SWIFT del banco?
Indique el código SWIFT de su banco, por favor.
¿Tienes el SWIFT?
¿Cuál es el BIC?""",
    "EMAIL": """¿Qué correo tienes registrado?
¿Me confirma su correo electrónico para enviarle el comprobante?
Ingrese el email con el que se registró.
a que correo te lo mando?""",
    "PHONE": """¿A qué número te podemos llamar?
¿Me confirma el celular registrado?
Por favor introduzca su teléfono con prefijo.
¿Un número de contacto?""",
    "SSN": """Para verificar su identidad necesito su número de Seguro Social.
¿Me confirma su social?
Ingrese su SSN completo.
¿Cuál es el número de seguro social de la solicitud?""",
    "PASSPORT_NUMBER": """¿Me da el número de pasaporte con el que reservó?
Introduzca su número de pasaporte tal como aparece.
¿Cuál es el no. de pasaporte?
¿Y el número del pasaporte?""",
    "DRIVER_ID": """¿Me confirma su número de licencia de conducir?
Ingrese el número de su licencia.
¿Cuál es el número del carnet de conducir?
Necesito la licencia para agregarte como conductor.""",
    "PASSWORD": """¿Qué contraseña estás usando? Reviso si cumple los requisitos.
Escriba la contraseña temporal que recibió.
¿cuál contraseña pusiste la última vez?
¿Me mandas la contraseña que intentaste?""",
    "USERNAME": """¿Cuál es tu usuario?
Ingrese su nombre de usuario.
¿Con qué usuario entras a la app?
¿me dices tu usuario?""",
    "IP_ADDRESS": """¿Qué dirección IP aparece en la pantalla de diagnóstico?
Ingrese la IP de su router.
¿en qué IP está la cámara?
¿Cuál es la IP del mensaje de error?""",
    "ES_DNI": """¿Me confirma su DNI, por favor?
Introduzca su DNI con la letra.
¿Cuál es tu DNI?
Para verificar la titularidad necesito el DNI.""",
    "ES_NIE": """¿Me indica su NIE?
Introduzca su NIE completo.
¿Tienes el NIE a mano?
¿Cuál es el número de identidad de extranjero?""",
    "MX_CURP": """¿Me proporciona su CURP?
Ingrese su CURP de dieciocho caracteres.
¿Cuál es tu CURP?
Para el trámite necesito la CURP.""",
    "MX_RFC": """¿Cuál es su RFC para la factura?
Ingrese el RFC con homoclave.
¿me pasas tu RFC?
¿A qué RFC facturamos?""",
    "MX_CLABE": """¿Me da la CLABE interbancaria para el reembolso?
Ingrese su CLABE de dieciocho dígitos.
¿cuál es tu CLABE?
¿A qué CLABE depositamos?""",
}

KEEP_ASK = {
    "order_number": """¿Cuál es el número de pedido?
¿Me das el número de orden del correo de confirmación?
Ingrese su número de pedido.
¿de qué pedido se trata?""",
    "tracking_number": """¿Tienes el número de guía?
¿Me pasa el número de seguimiento?
¿qué número de rastreo te dieron?""",
    "postal_code": """¿Cuál es el código postal de entrega?
¿Me confirma su CP?
Ingrese su código postal.""",
    "date": """¿Qué día le llegó?
¿Cuándo hiciste la compra?
¿En qué fecha aparece el cargo?""",
    "time": """¿A qué hora intentó pagar?
¿A qué hora le llamamos?
¿Más o menos a qué hora salió el error?""",
    "price": """¿Cuánto le cobraron?
¿De cuánto fue el cargo?
¿cuánto costó el artículo?""",
    "quantity": """¿Cuántos artículos faltan?
¿Cuántas piezas pediste?
¿cuántas cajas llegaron?""",
    "product_model": """¿Qué modelo tiene?
¿Me dice el modelo que viene en la etiqueta?
¿Cuál es el modelo del router?""",
    "ticket_reference": """¿Tiene el número de folio de la vez pasada?
¿Cuál es el número de ticket?
Ingrese su número de caso.""",
    "store_number": """¿En qué tienda lo compró? El número viene en el ticket.
¿Cuál es el número de sucursal?""",
    "flight_number": """¿En qué vuelo viaja?
¿Me da el número de vuelo?""",
    "invoice_number": """¿Cuál es el número de factura?
¿Me pasa el folio de la factura?""",
}

NAMES = {
    "CREDIT_DEBIT_NUMBER": [
        "tarjeta",
        "numero de tarjeta",
        "tarj",
        "la visa",
        "tdc",
        "tarjeta de debito",
    ],
    "CREDIT_DEBIT_CVV": ["cvv", "codigo de seguridad", "cvc", "codigo de atras"],
    "CREDIT_DEBIT_EXPIRY": ["vencimiento", "vence", "caducidad", "fecha de venc", "exp"],
    "PIN": ["pin", "nip", "NIP", "clave"],
    "BANK_ACCOUNT_NUMBER": ["cuenta", "numero de cuenta", "no. de cuenta", "cta"],
    "BANK_ROUTING": ["routing", "numero de ruta", "ruta", "aba"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN", "cuenta iban"],
    "SWIFT_CODE": ["swift", "bic", "codigo swift"],
    "EMAIL": ["correo", "mail", "email", "correo electronico"],
    "PHONE": ["cel", "celular", "telefono", "tel", "movil", "numero"],
    "SSN": ["social", "seguro social", "ssn"],
    "PASSPORT_NUMBER": ["pasaporte", "no. de pasaporte", "numero de pasaporte"],
    "DRIVER_ID": ["licencia", "carnet de conducir", "licencia de manejo"],
    "PASSWORD": ["contraseña", "contra", "password", "clave"],
    "USERNAME": ["usuario", "user", "nombre de usuario"],
    "IP_ADDRESS": ["ip", "IP", "direccion ip"],
    "ES_DNI": ["dni", "DNI", "documento"],
    "ES_NIE": ["nie", "NIE"],
    "MX_CURP": ["curp", "CURP"],
    "MX_RFC": ["rfc", "RFC"],
    "MX_CLABE": ["clabe", "CLABE", "clabe interbancaria"],
}

KEEP_NAMES = {
    "order_number": ["pedido", "orden", "no. de pedido", "numero de orden"],
    "tracking_number": ["guia", "seguimiento", "rastreo"],
    "postal_code": ["cp", "codigo postal", "c.p."],
    "date": ["llego el", "el", "compre el"],
    "time": ["a las", "como a las"],
    "price": ["me cobraron", "fueron", "costo"],
    "quantity": ["faltan", "pedi", "llegaron"],
    "product_model": ["modelo", "es el"],
    "ticket_reference": ["folio", "ticket", "caso"],
    "store_number": ["tienda", "sucursal"],
    "flight_number": ["vuelo"],
    "invoice_number": ["factura"],
}

NAMED = """mi {n} es {v}
{n}: {v}
{n} {v}
va, el {n} es {v}
el {n} seria {v}
{v} es mi {n}
{n} = {v}
ahi va mi {n} {v}"""

FILLER = """{v}
sí es el {v}
claro {v}
es {v}
ok {v}
ehh {v}
si {v}
{v} creo
va {v}
{v} 👍
aqui esta {v}"""

WAIT = """un segundo
deja checo
espera lo busco
dame un momento
ahorita te lo paso
momento porfa"""

QBACK = """el que viene en la tarjeta?
cual, el viejo o el nuevo?
el que use para registrarme?
lo necesita completo?
el largo?"""

CONFIRM = """Sí, ese por favor.
Así es, completo.
Correcto.
Sí, porfa."""

REASK = """Disculpa, parece que no es correcto, ¿me lo envías de nuevo?
Mmm, no me aparece. ¿Lo puede verificar?
Creo que falta un dígito, ¿lo vuelves a escribir?
Ese no coincide con nuestros registros, ¿lo revisa?"""

CORRECT = """perdon me equivoque es {v}
ups es {v}
no espera es {v}
perdon error de dedo: {v}
el bueno es {v}"""

OFFTOPIC = """y para que lo necesitan
no me pueden hacer el reembolso y ya?
no quiero dar eso por chat
que lata la verdad
puedo hablar con una persona?
oigan y la tienda abre el domingo?"""

MULTI_MORE = """{v}
y {v}
luego {v}
{v} perdon se envio
lo demas es {v}"""

TWO_ASK = """¿Me pasa el número de tarjeta y la fecha de vencimiento?
Ingrese el número de tarjeta seguido de la fecha de expiración.
Necesito la tarjeta y cuándo vence."""

TWO_ANS = """{a} vence {b}
{a} y vence el {b}
tarjeta {a} venc {b}
{a} {b}"""

LAST4_ASK = """¿Me confirma los últimos cuatro dígitos de la tarjeta?
¿Cuáles son los últimos cuatro de la tarjeta que usó?
Solo los últimos cuatro dígitos, no el número completo."""

LAST4_ANS = """{v}
termina en {v}
los ultimos son {v}
es {v}"""

CLOSE = """Gracias, ya quedó. ¿Algo más?
Perfecto, ya lo actualicé.
Listo, lo pasé al área correspondiente. ¡Buen día!
Gracias por su paciencia, en breve le llega un correo."""

THANKS = """gracias bye
mil gracias!!
oki gracias
va gracias 🙏
no es todo"""
