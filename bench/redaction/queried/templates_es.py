"""Spanish chats (Spain, Mexico, US Hispanic). Hand-written; one template per line.

Even lines of a block go to dev, odd lines to sealed (see generate.py).
"""

LANG = "es"
_CARD = ["CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_CVV", "CREDIT_DEBIT_EXPIRY", "PIN"]
_WEB = ["EMAIL", "PHONE", "PASSPORT_NUMBER", "DRIVER_ID", "PASSWORD", "USERNAME"]
LOCALES = {
    "es-ES": _CARD
    + _WEB
    + ["INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE", "ES_DNI", "ES_NIE", "IP_ADDRESS"],
    "es-MX": _CARD + _WEB + ["BANK_ACCOUNT_NUMBER", "MX_CLABE", "MX_CURP", "MX_RFC", "SWIFT_CODE"],
    "es-US": _CARD + _WEB + ["BANK_ACCOUNT_NUMBER", "BANK_ROUTING", "SSN", "IP_ADDRESS"],
}

ASK = {
    "CREDIT_DEBIT_NUMBER": """
¿Me podría facilitar el número de la tarjeta?
Introduzca los dieciséis dígitos de su tarjeta, por favor.
cual es el numero de tu tarjeta?
Para hacer el reembolso necesito el número de la tarjeta con la que pagaste
¿Me pasas el número completo de la tarjeta? sin espacios
Indíqueme por favor el número de la tarjeta de débito o crédito.
""",
    "CREDIT_DEBIT_CVV": """
¿Y el código de seguridad de atrás?
Por favor ingrese el CVV que aparece al reverso de su tarjeta.
me das los tres numeritos de atras?
Ahora necesito el código CVC, por favor.
""",
    "CREDIT_DEBIT_EXPIRY": """
¿Cuál es la fecha de caducidad?
Ingrese la fecha de vencimiento (mes y año).
y cuando vence?
¿Me confirma la fecha de expiración de la tarjeta?
""",
    "PIN": """
Por seguridad, introduzca su PIN de cuatro dígitos.
¿Cuál es el NIP que registraste?
me puedes escribir el pin que te llegó por sms?
Necesito el número secreto para desbloquear la tarjeta.
""",
    "BANK_ACCOUNT_NUMBER": """
¿A qué número de cuenta hacemos la devolución?
Por favor, escriba su número de cuenta bancaria.
me pasas tu no. de cuenta?
¿Me confirma la cuenta en la que quiere el cargo?
""",
    "BANK_ROUTING": """
¿Y el número de ruta del banco?
Ingrese el routing number de nueve dígitos.
me das el routing?
¿Tiene a mano el número de enrutamiento (ABA)?
""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """
¿Me indicas el IBAN para hacerte la transferencia?
Por favor, facilítenos su IBAN completo.
cual es tu iban?
Necesito el IBAN de la cuenta donde quieres recibir el dinero
""",
    "SWIFT_CODE": """
¿Y el código SWIFT/BIC de tu banco?
Indique el BIC de la entidad, por favor.
tienes el swift?
También necesitaremos el código SWIFT del banco receptor.
""",
    "EMAIL": """
¿Qué correo tiene registrado en la cuenta?
Por favor confirme su dirección de correo electrónico.
a que mail te mando el comprobante?
¿Me dices el email con el que hiciste la compra?
Para verificar su identidad, ¿cuál es el correo asociado?
cual es tu correo?
""",
    "PHONE": """
¿A qué número te podemos llamar?
Introduzca el número de móvil asociado a su cuenta.
me pasas un teléfono de contacto por si se corta?
cual es tu cel?
¿Me confirma el teléfono para el repartidor?
¿Con qué número de celular te registraste?
""",
    "SSN": """
Para verificar su identidad necesito su número de Seguro Social.
¿Me puede dar su social, por favor?
cual es tu numero de seguro social?
Ingrese su SSN para continuar con la solicitud.
""",
    "PASSPORT_NUMBER": """
Para la reserva necesitamos el número de pasaporte.
Escriba el número de pasaporte tal como aparece en el documento.
me das el num de pasaporte?
¿Me confirma el pasaporte del pasajero?
""",
    "DRIVER_ID": """
¿Me da su número de licencia de conducir?
Indique el número de su permiso de conducir, por favor.
cual es tu licencia de manejo?
Para el alquiler necesitamos el número del carnet de conducir.
""",
    "PASSWORD": """
¿Qué contraseña estabas usando para entrar?
Escriba la contraseña temporal que recibió por correo, por favor.
cual pusiste de contra?
¿Me dices la clave que intentaste?
""",
    "USERNAME": """
¿Cuál es tu nombre de usuario en la app?
Ingrese su usuario, por favor.
con que usuario entras?
¿Me confirma el ID de usuario?
""",
    "IP_ADDRESS": """
¿Me dices la dirección IP que sale en el router?
Indique la IP del equipo que se bloquea.
que ip te aparece?
¿Qué IP muestra la pantalla de diagnóstico?
""",
    "ES_DNI": """
Para verificar la titularidad, ¿me indica su DNI?
Introduzca su DNI con la letra, por favor.
me pasas el dni?
¿Cuál es el número de su documento de identidad?
""",
    "ES_NIE": """
¿Me facilita su NIE?
Por favor, escriba su número de identidad de extranjero.
cual es tu nie?
Necesito el NIE que figura en la tarjeta de residencia.
""",
    "MX_CURP": """
¿Me proporciona su CURP?
Ingrese su CURP de dieciocho caracteres.
me pasas tu curp porfa?
Para el trámite necesito la CURP del titular.
""",
    "MX_RFC": """
¿Cuál es su RFC con homoclave para la factura?
Ingrese el RFC para emitir el CFDI.
me das tu rfc?
¿A qué RFC facturamos?
""",
    "MX_CLABE": """
¿Me pasas tu CLABE interbancaria para el reembolso?
Ingrese su CLABE de dieciocho dígitos.
cual es la clabe?
Necesito la CLABE de la cuenta donde quiere el depósito.
""",
}

BARE = """
sí es el {v}
es {v}
claro, {v}
va {v}
ok {v}
sip {v}
{v} 👌
aqui esta {v}
creo que {v}
{v} gracias
pues {v}
{v} creo
mira, {v}
ahi va: {v}
órale, {v}
vale {v}
seria {v}
{v} 😊
"""

PRE = """
un seg
déjame ver
espera que lo busco
ahorita te lo paso
un momento porfa
dame un minuto que está en la cartera
a ver...
ya voy
"""

QBACK = """
¿el de la tarjeta?
cual? el nuevo o el viejo?
¿el largo?
el que sale en el correo?
todo el numero??
el de mi cuenta o el de mi esposo?
"""

AGENT_YES = """
Sí, ese mismo.
exacto
Correcto, el de la compra de hoy.
Así es 🙂
sí por favor
El actual, gracias.
"""

REASK = """
Mmm, parece que no es correcto, ¿me lo puedes volver a mandar?
Creo que falta un dígito, ¿lo escribe otra vez?
El sistema no lo acepta, ¿lo intentas de nuevo?
perdona, no me llegó bien, me lo repites?
Ese dato no coincide, por favor revíselo.
no me sale, lo mandas otra vez?
"""

CORRECT = """
perdón me equivoqué, es {v}
uy no ese era el viejo. {v}
espera no, {v}
no no, el bueno es {v}
me comí un número, {v}
mejor dicho {v} perdón
"""

NAME = {
    "CREDIT_DEBIT_NUMBER": ["tarjeta", "numero de tarjeta", "la visa", "tarjeta de debito", "tarj"],
    "CREDIT_DEBIT_CVV": ["cvv", "codigo de seguridad", "cvc", "código de atrás"],
    "CREDIT_DEBIT_EXPIRY": ["caducidad", "vencimiento", "vence", "fecha de exp"],
    "PIN": ["pin", "NIP", "clave del cajero"],
    "BANK_ACCOUNT_NUMBER": ["cuenta", "número de cuenta", "no. de cuenta", "cta"],
    "BANK_ROUTING": ["routing", "numero de ruta", "ABA"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban", "cuenta iban"],
    "SWIFT_CODE": ["swift", "BIC", "codigo swift"],
    "EMAIL": ["correo", "email", "mail", "e-mail"],
    "PHONE": ["telefono", "cel", "móvil", "numero", "whats"],
    "SSN": ["seguro social", "social", "SSN"],
    "PASSPORT_NUMBER": ["pasaporte", "num de pasaporte"],
    "DRIVER_ID": ["licencia", "carnet de conducir", "licencia de manejo"],
    "PASSWORD": ["contraseña", "clave", "contra", "password"],
    "USERNAME": ["usuario", "user", "nombre de usuario"],
    "IP_ADDRESS": ["ip", "direccion ip"],
    "ES_DNI": ["dni", "DNI", "documento"],
    "ES_NIE": ["nie", "NIE", "tarjeta de residencia"],
    "MX_CURP": ["curp", "CURP"],
    "MX_RFC": ["rfc", "RFC"],
    "MX_CLABE": ["clabe", "CLABE", "clabe interbancaria"],
}

NAMED = """
mi {n} es {v}
{n}: {v}
{n} {v}
te paso mi {n} {v}
ok el {n} es {v}
el {n} seria {v}
{n} -> {v}
por cierto mi {n} es {v}
creo que mi {n} es {v}
ahí va el {n}: {v}
"""

TWO = {
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY"): """
El número de la tarjeta y la fecha de caducidad, por favor.
Ingrese el número de tarjeta seguido de la fecha de vencimiento.
me pasas tarjeta y vencimiento?
""",
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"): """
Ahora la fecha de vencimiento y el código de atrás.
vencimiento y cvv porfa
Indique la caducidad y el código de seguridad.
""",
    ("EMAIL", "PHONE"): """
¿Me confirma su correo y un teléfono de contacto?
mail y cel para el ticket porfa
¿Qué correo y qué móvil usamos para avisarle?
""",
}

BARE2 = """
{v} {w}
{v} y {w}
{v}, {w}
{v}<br>{w}
va: {v} / {w}
{v} luego {w}
"""

LAST4 = """
¿Me confirma los últimos cuatro dígitos de la tarjeta?
Solo los cuatro últimos de la tarjeta, no el número completo.
cuales son los ultimos cuatro de tu tarjeta?
Escriba las cuatro últimas cifras de su tarjeta.
"""

SKIP = """
oye primero lo del envío
no me da confianza pasar eso por aquí la verdad
para que lo necesitas?
bueno da igual, lo que pasa es que la app se cierra sola
no puedo ir a la tienda mejor?
perdón se me cruzó el niño, en qué íbamos
no hay otra forma?
"""

MK_ASK = {
    "order_number": """
¿Cuál es el número de pedido?
Introduzca su número de pedido, por favor.
me pasas el no. de orden?
¿Tienes el número de pedido del correo de confirmación?
¿De qué pedido se trata? Aparece en el ticket.
¿Me indica la referencia de su orden?
""",
    "tracking_number": """
¿Tienes el número de seguimiento?
Pegue aquí el número de rastreo del correo de envío.
cual es la guia?
""",
    "postal_code": """
¿Cuál es el código postal de entrega?
Indique su código postal, por favor.
y el cp?
""",
    "zip_code": """
¿Cuál es su código ZIP?
y el zip code de la direccion?
Ingrese el ZIP de facturación.
""",
    "date": """
¿Cuándo hiciste el pedido?
¿Qué día tenía que llegar?
¿Qué día le viene bien al técnico?
¿En qué fecha aparece el cargo?
""",
    "time": """
¿A qué hora le llamamos?
¿Más o menos a qué hora pasó el repartidor?
a que hora te queda bien?
""",
    "price": """
¿Cuánto le cobraron?
¿Qué importe aparece en el extracto?
cuanto pagaste?
""",
    "quantity": """
¿Cuántos artículos faltan?
¿Cuántas piezas llegaron rotas?
cuantos pediste?
""",
    "product_model": """
¿Qué modelo es el aparato?
¿Qué modelo tiene? Viene en la etiqueta de abajo.
que modelo es?
""",
    "version": """
¿Qué versión de la app tiene? Está en Ajustes > Acerca de.
que version te sale?
""",
    "invoice_number": """
¿Me da el número de factura?
Escriba el número de factura que aparece arriba a la derecha.
""",
    "ticket_reference": """
¿Tiene un número de incidencia de la vez anterior?
cual era tu numero de ticket?
""",
    "year": """
¿En qué año lo compró?
de que año es el coche?
""",
    "flight_number": """
¿Cuál es su número de vuelo?
Indique el número de vuelo de su reserva.
""",
    "store_number": """
¿En qué tienda lo compró? Sale el número de tienda en el ticket.
que numero de sucursal era?
""",
}

MK_BARE = """
es el {v}
{v} creo
ok {v}
sería el {v}
emm {v}
el {v}
pues el {v}
"""

MK_NAMED = {
    "order_number": [
        "pedido {v}",
        "mi numero de pedido es {v}",
        "la orden {v} no me ha llegado",
        "el pedido es el {v}",
    ],
    "tracking_number": ["el seguimiento dice {v}", "guia {v}"],
    "postal_code": ["cp {v}", "mi código postal es {v}"],
    "zip_code": ["código zip {v}", "el zip es {v}"],
    "date": ["fue el {v}", "lo pedí el {v}", "tenia que llegar el {v}"],
    "time": ["sobre las {v}", "a partir de las {v}"],
    "price": ["me cobraron {v}", "costó {v}"],
    "quantity": ["{v} piezas", "solo llegaron {v}"],
    "product_model": ["es el {v}", "modelo {v}"],
    "version": ["versión {v}", "me sale la {v}"],
    "invoice_number": ["factura {v}", "la factura es la {v}"],
    "ticket_reference": ["incidencia {v}", "ticket {v}"],
    "year": ["lo compré en {v}", "del {v}"],
    "flight_number": ["vuelo {v}", "voy en el {v}"],
    "store_number": ["tienda {v}", "la sucursal {v}"],
}

OPEN = """
¡Hola! Gracias por escribirnos, soy Lucía. ¿En qué te puedo ayudar?
Hola, está hablando con el asistente virtual. ¿Qué necesita hoy?
buenas! te atiende Carlos de soporte 👋
Buenas tardes, gracias por esperar. ¿Cómo le puedo ayudar?
Hola. Antes de empezar le haré unas preguntas para verificar su cuenta.
Bienvenido a Atención al Cliente. En breve le atiende un agente.
"""

CUST_OPEN = """
hola tengo un problema con mi pedido
hola?? hay alguien
me cobraron dos veces
quiero cambiar la direccion de entrega
no me llegó el paquete
buenas, no puedo entrar a mi cuenta
quiero que me devuelvan el dinero
hola una duda con la factura
"""

CHAT = """
vale
gracias
perfecto gracias
va a tardar mucho?
jaja ok
de acuerdo
genial
perdona escribo desde el cel
que rollo la verdad
sale
muchas gracias!!
no pasa nada
"""

AGENT_ACK = """
Gracias, un momento mientras lo reviso.
¡Recibido, gracias!
Perfecto, lo estoy comprobando.
ok gracias, dame un segundo
Gracias. Permítame un momento por favor.
Listo, ya lo encontré.
"""

CLOSE = """
¿Hay algo más en lo que pueda ayudarle?
¡Todo listo! Que tenga un buen día.
Le llegará un correo de confirmación en breve. ¡Hasta luego!
Gracias por su paciencia, cuídese.
"""

CUST_CLOSE = """
no eso es todo gracias
chao
mil gracias!
va, gracias
"""

CONT = """
y {v}
{v} ya
luego {v}
{v} listo
...{v}
{v} perdón se envió
"""
