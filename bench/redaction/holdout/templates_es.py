"""Spanish chat templates (Spain, Mexico, and Spanish speakers in the US switching to English)."""

# ruff: noqa: E501 - templates are chat prose: one message per line, typed dashes kept

from __future__ import annotations

from .builder import T

ES = "es-ES"
MX = "es-MX"
ANY = "es-ES es-MX"
US = "es-US"

TEMPLATES = [
    # ---- tarjetas ------------------------------------------------------------------------------
    T(ANY, "{w.hi}, no me deja pagar con la {w.card} {CARD} {w.exp} {EXP} {w.cvv} {CVV}"),
    T(ES, "me han cobrado dos veces el pedido {order} 😡 la tarjeta es {CARD} y caduca {EXP}"),
    T(
        MX,
        "oigan ya les pase mi tarjeta {CARD} vence {EXP:compact} y el {w.cvv} {CVV} porfa cobren ya q se me acaba la promo",
    ),
    T(ANY, "a ver te la escribo: {CARD:spelled}"),
    T(ANY, "tarjeta {CARD:noise}\n{w.exp} {EXP}\ncvv {CVV}"),
    T(
        ES,
        "quiero que el reembolso de {price} vaya a esta {w.card}: {CARD:letters}, no a la antigua",
    ),
    T(MX, "la tdc {CARD:spaced} con fecha de vencimiento {EXP:spelled} y codigo {CVV:spelled}"),
    T(ANY, "{w.exp} {EXP:compact} {w.cvv} {CVV} es la misma tarjeta que teneis guardada"),
    T(
        ES,
        "Buenas, pague el {date} con {CARD} y en el extracto sale {price} en vez de {price}. CP {postal}",
    ),
    T(
        MX,
        "pague en la tienda {store} con mi tarjeta {CARD} y no me llego el ticket al correo {EMAIL}",
    ),
    # ---- pin, contraseñas ------------------------------------------------------------------------
    T(ANY, "se me bloqueo el cajero, mi {w.pin} es {PIN} y lo puse bien te lo juro"),
    T(MX, "el nip es {PIN:spelled} no se por que no pasa"),
    T(ANY, "no puedo entrar a mi cuenta, el usuario es {EMAIL} y la {w.pwd} {PWD}"),
    T(ANY, "cambie la {w.pwd} a {PWD} y la app version {version} sigue diciendo que es incorrecta"),
    T(ES, "Hola!! me podeis resetear la contraseña? la que tenia era {PWD} creo"),
    # ---- banco ---------------------------------------------------------------------------------------
    T(ES, "para la devolucion mi {w.iban} es {IBAN}"),
    T(ES, "os paso el iban por si acaso:\n{IBAN:broken}\ngracias"),
    T(ES, "{w.acct} {ACCT} (es de la caixa) y el {w.swift} {SWIFT}"),
    T(ES, "el número de cuenta antiguo es {ACCT:spaced}, el nuevo {w.iban} {IBAN:broken}"),
    T(MX, "depositenme a la {w.clabe} {CLABE} a nombre mio porfavor"),
    T(MX, "mi clabe es {CLABE:noise} de bbva, el monto era {price}"),
    T(MX, "clabe interbancaria {CLABE:spaced} y el rfc para la factura {RFC}"),
    T(MX, "{w.clabe} {CLABE:letters} (la copie del estado de cuenta)"),
    # ---- identificaciones ------------------------------------------------------------------------
    T(ES, "me pide el {w.dni} para el envio, es {DNI}"),
    T(ES, "dni {DNI:spaced} y telefono {PHONE}"),
    T(ES, "soy extranjero, no tengo dni, mi {w.nie} es {NIE} sirve?"),
    T(ES, "NIE {NIE} pasaporte {PASSPORT}, el paquete {tracking} esta retenido en aduana"),
    T(ES, "mi {w.dni} es {DNI:letters} no se si lo escribi bien en el formulario"),
    T(ES, "el documento es el {DNI:spelled} y el CP {postal}"),
    T(MX, "para facturar: {w.rfc} {RFC} y {w.curp} {CURP}, la compra fue el {date}"),
    T(MX, "mi curp es {CURP} y me sale error en el registro version {version}"),
    T(MX, "factura a nombre de mi empresa, {w.rfc} {RFC}, pedido {order}, total {price}"),
    T(MX, "{w.curp} {CURP} pasaporte {PASSPORT} es para el vuelo {flight} del {date}"),
    T(ANY, "en el mostrador me pidieron el {w.passport} {PASSPORT} y la {w.dl} {DL}"),
    # ---- contacto -----------------------------------------------------------------------------------
    T(ANY, "llamame al {PHONE} despues de las {time}"),
    T(ES, "mi movil es el {PHONE:spaced} o si no al fijo"),
    T(MX, "mi cel {PHONE} o mandame whats al {PHONE}"),
    T(ANY, "el correo es {EMAIL:emailsp} (sin espacios)"),
    T(ANY, "me llego este enlace {EMAILURL} y no abre"),
    T(MX, "le di click a {PHONEURL} y me manda a otro numero??"),
    T(ANY, "{w.email}: {EMAIL:emailsp} y {w.phone}: {PHONE:noise}"),
    T(ES, "tlf {PHONE:letters} (es un movistar)"),
    T(ANY, "mi numero es {PHONE:spelled}"),
    # ---- tecnico ----------------------------------------------------------------------------------
    T(ANY, "el router {model} no conecta, la ip es {IP} y la mac {MAC}"),
    T(
        ANY,
        "os pego la config del plugin a ver si es eso:\nAWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nREGION=eu-south",
    ),
    T(ANY, "la tienda se conecta con {URLCRED} desde la actualizacion {version} ya no sincroniza"),
    T(
        ANY,
        "en el fichero de config pone\nSMTP_USER=tienda\nSMTP_PASS={PWD:kv}\n¿tengo que cambiarlo?",
    ),
    # ---- code-switching (es-US) ------------------------------------------------------------------
    T(
        US,
        "hola, mi tarjeta es {CARD} and the expiration is {EXP}, sorry I type in english better for numbers",
    ),
    T(US, "necesito ayuda with my order {order}, my {w.en.ssn} {SSN} was used sin mi permiso"),
    T(US, "oye my phone is {PHONE} llamame after {time} ok?"),
    T(US, "mi email es {EMAIL} pero the receipt went to spam, total fue {price}"),
    # ---- largos ------------------------------------------------------------------------------------
    T(
        ES,
        "Buenas tardes, os escribo porque llevo desde el {date} intentando que me solucionen lo del pedido {order}. Compre {qty} unidades del {model} por {price} y me llego solo una, el numero de seguimiento {tracking} dice entregado pero el repartidor lo dejo en otro portal. Ya llame a las {time} y me dijeron que escribiera por aqui. Para la devolucion os dejo mi {w.iban} {IBAN} y mi {w.dni} {DNI} por si lo necesitais para la factura {invoice}. El telefono de contacto es el {PHONE} y el codigo postal {postal}. Por favor no me hagais esperar otra semana porque es un regalo para el dia {date}. Un saludo",
    ),
    T(
        MX,
        "hola buenas noches mire el problema es el siguiente, hice una compra el {date} de {qty} piezas del {model} por {price} y me cobraron doble en mi tarjeta {CARD} que vence {EXP}, ya fui a la sucursal {store} y me dijeron que es con ustedes. mi numero es {PHONE} y mi correo {EMAIL:emailsp}, mi rfc para la factura es {RFC}. el folio que me dieron fue {ticket}. espero su respuesta gracias",
    ),
    # ---- varios mensajes ------------------------------------------------------------------------
    T(ANY, "la tarjeta es {CARD~1/2}", "{CARD~2/2}"),
    T(
        ANY,
        "te paso la tarjeta en partes {CARD~1/3}",
        "{CARD~2/3}",
        "{CARD~3/3} y vence {EXP:compact}",
    ),
    T(ES, "mi iban {IBAN~1/2}", "{IBAN~2/2} perdon se envio solo"),
    T(MX, "clabe {CLABE~1/2}", "{CLABE~2/2}"),
    T(ANY, "cel {PHONE~1/2}", "{PHONE~2/2}"),
    T(ES, "cuenta {ACCT~1/3}", "{ACCT~2/3}", "{ACCT~3/3} gracias"),
    T(US, "my card {CARD~1/2} espera", "{CARD~2/2}"),
    # ---- sin datos personales -----------------------------------------------------------------
    T(
        ES,
        "donde esta mi pedido {order}? lo hice el {date} y el seguimiento {tracking} no se mueve",
    ),
    T(MX, "mi pedido {fake} no ha llegado, lo compre el {date} en la tienda {store}"),
    T(ANY, "el {model} que compre por {price} vino rayado, factura {invoice}"),
    T(ES, "a que hora abris el {date}? queria ir sobre las {time}"),
    T(ANY, "referencia de cliente {fakeref}, me dijeron que tenia un reembolso de {price}"),
    T(MX, "cuanto cuesta el envio al cp {postal}? son {qty} cajas"),
    T(ES, "la app se cierra sola desde la version {version}, tengo un {model}"),
    T(ANY, "el vuelo {flight} salio a las {time} y mi maleta no aparece, incidencia {ticket}"),
    T(ANY, "{w.thanks}!! ya me llego todo 🙌"),
    T(ES, "Correos me dice que el envio {tracking} esta en la oficina de {postal} desde el {date}"),
    T(MX, "el pedido {order16} dice en proceso desde el {date}, pague {price}"),
    T(ANY, "la factura {fakeinv} tiene mal el importe, deberia ser {price} y no {price}"),
    T(ES, "tengo el modelo {model} del {year}, vale el cargador del {model}?"),
    T(
        MX,
        "hola, en la sucursal {store} me dijeron que el {date} llegaba el {model}, siguen sin tenerlo",
    ),
    T(ES, "numero de pedido {fake}, es el que sale arriba en el correo de confirmacion"),
    T(ANY, "ok ok, entonces espero hasta el {date}, {w.thanks}"),
    # ---- añadidos: huecos de slots raros, entradas, mas negativos -------------------------------
    T(ANY, "el webhook apuntaba a {URLCRED} y ahora da error"),
    T(ANY, "la camara sale con ip {IP} y mac {MAC} pero no se empareja"),
    T(MX, "para el alquiler del coche: {w.dl} {DL} y {w.passport} {PASSPORT}"),
    T(ES, "transferencia: {w.iban} {IBAN} {w.swift} {SWIFT}"),
    T(
        ANY,
        "quiero cambiar la tarjeta de la suscripcion",
        "{CARD:spaced} {w.exp} {EXP}",
        "{w.cvv} {CVV}",
    ),
    T(ES, "os dejo las claves de la api que nos pidio el tecnico: {AKEY} y {SKEY}"),
    T(US, "hi, mi tarjeta nueva es {CARD} exp {EXP:compact}, please update it"),
    T(ES, "hola??", "llevo esperando desde las {time}"),
    T(MX, "se puede cambiar la entrega del pedido {order} al {date} despues de las {time}?"),
    T(ES, "el cargo de {price} del {date} es la cuota anual o la mensual? pedido {order16}"),
    T(MX, "vi el {model} a {price} en otra tienda, igualan precio?"),
    T(ES, "en la factura pone referencia {fake}, eso que es? mi numero de cliente?"),
    T(US, "mi social es {SSN:spaced} y el ITIN de mi esposo {ITIN}, for the tax form please"),
    T(
        US,
        "no tengo social, uso mi {w.en.itin} {ITIN} para trabajar, can I still open the account?",
    ),
    T(
        ES,
        "Hola, a ver si esta vez alguien me lo soluciona porque ya es la cuarta vez que escribo. El {date} hice el pedido {fake} (es el numero que sale en el correo, no se si es el mismo que el de la factura {invoice}) de {qty} unidades del {model} por {price}. Pague con la tarjeta {CARD} que caduca {EXP}, y me cobraron dos veces, una el {date} y otra el {date}. El envio con seguimiento {tracking} aparecia como entregado a las {time} en el codigo postal {postal}, pero yo vivo en otro. Llame, me abrieron la incidencia {ticket} y me dijeron que en cinco dias tendria el reembolso, y nada. Para que no haya dudas os dejo mi {w.iban} {IBAN:broken} y mi {w.dni} {DNI}, el telefono {PHONE} y el correo {EMAIL}. Ademas me ha llegado un SMS raro pidiendo la {w.pwd} de la app (tengo la version {version}), no lo he contestado. Soy clienta desde {year} y nunca habia tenido problemas. Espero respuesta hoy, por favor, que el regalo era para el {date}. Gracias",
    ),
    T(MX, "el pedido es {fake} y la clabe para el reembolso {CLABE}, no los confundan porfa"),
]
