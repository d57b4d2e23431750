"""Spanish customer messages (Spain, Mexico, US, Argentina), hand-written."""

D, S = "dev", "sealed"
MX, ES, AR, US = "es-MX", "es-ES", "es-AR", "es-US"

TEMPLATES = [
    # ---------------------------------------------------------------- dev
    (
        D,
        None,
        [
            "hola buenas, me han cobrado dos veces el pedido {=order_number}. la tarjeta es {CARD:?} cad {EXP:?} y el cvv {CVV:?}"
        ],
    ),
    (
        D,
        None,
        ["te paso la tarjeta {CARD:multi_message#1}", "{CARD:multi_message#2}", "se me corto jaja"],
    ),
    (
        D,
        None,
        ["el paquete {=tracking_number} no llega 😡", "mi correo es {EMAIL:?} y mi cel {PHONE:?}"],
    ),
    (
        D,
        None,
        [
            "quiero domiciliar el recibo de la luz en esta cuenta: {IBAN:?} bic {SWIFT}",
            "la factura {=invoice_number} era de {=price}",
        ],
    ),
    (
        D,
        None,
        [
            "localizador {=booking_reference}, vuelo {=flight_number} del {=date}",
            "pasaporte {PASSPORT} y mi documento {NATID:?}",
        ],
    ),
    (
        D,
        None,
        [
            "el modem da error {=error_code} entre a http://{USER}:{PW:url_credentials}@{IP} y nada",
            "la mac es {MAC}",
        ],
    ),
    (
        D,
        None,
        [
            "despues de actualizar a la {=version} no arranca, mi .env tiene\nAWS_ACCESS_KEY_ID={AKEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={SKEY:key_value_secret}"
        ],
    ),
    (
        D,
        None,
        [
            "este enlace no sirve https://tienda.example.com/baja?correo={EMAIL:percent_encoded}",
            "ni este otro ?tel={PHONE:percent_encoded}&ok=si",
        ],
    ),
    (D, MX, ["mi nip es {PIN:context_only}", "y la clabe {CLABE:?} por si la ocupan"]),
    (D, US, ["cuenta de cheques {ACCT:?} y numero de ruta {ROUTING}"]),
    (
        D,
        None,
        [
            "parte del seguro, poliza {=policy_number}, matricula {=plate_number}",
            "mi licencia de manejo {DL:?}",
        ],
    ),
    (
        D,
        None,
        [
            "llamame al {PHONE:multi_message#1}",
            "{PHONE:multi_message#2}",
            "{PHONE:multi_message#3} despues de las {=time} xfa",
        ],
    ),
    (D, None, ["usuario {USER:context_only} y la contraseña {PW:?} pero me dice bloqueado"]),
    (D, None, ["mil gracias!! 😊"]),
    (D, ES, ["cuenta {ACCT:multi_message#1}", "{ACCT:multi_message#2}", "es del sabadell"]),
    # ---------------------------------------------------------------- sealed
    (S, None, ["{CARD:?} esa es la tarjeta, vence {EXP:?}"]),
    (
        S,
        None,
        ["me cobraron {=price} y la promo decia {=percentage} de descuento, la visa es {CARD:?}"],
    ),
    (D, None, ["el codigo de seguridad de atras: {CVV:?}", "vencimiento {EXP:?}"]),
    (S, None, ["necesito cambiar el pin de la tarjeta, el viejo era {PIN:?}"]),
    (
        S,
        None,
        [
            "numero d tarjeta {CARD:multi_message#1}",
            "{CARD:multi_message#2}",
            "{CARD:multi_message#3}",
        ],
    ),
    (S, ES, ["mi DNI es {DNI:?}, lo pongo otra vez por si acaso"]),
    (S, ES, ["soy extranjero, NIE {NIE:?} y cp {=postal_code}"]),
    (S, MX, ["mi CURP: {CURP:?}", "y el RFC {RFC:?} para la factura {=invoice_number}"]),
    (
        S,
        MX,
        ["wey ya les di mi clabe interbancaria {CLABE:multi_message#1}", "{CLABE:multi_message#2}"],
    ),
    (S, US, ["mi seguro social {SSN:?} y el ITIN de mi esposo {ITIN:?}"]),
    (D, AR, ["che, transferime a esta cuenta {ACCT:context_only}, el cbu no lo tengo a mano"]),
    (S, None, ["para la devolucion uso este IBAN\n{IBAN:iban_broken}\ngracias"]),
    (S, None, ["codigo swift: {SWIFT}, iban {IBAN:?}"]),
    (S, None, ["contrato {=contract_number}, cambiad el email a {EMAIL:?} porfa"]),
    (S, None, ["mi nuevo numero es {PHONE:?}, el otro ya no lo uso"]),
    (S, None, ["num de identificacion fiscal: {NATID:?}"]),
    (S, None, ["pasaporte: {PASSPORT:context_only}, caduca el {=date}, viajamos {=count} adultos"]),
    (
        S,
        None,
        [
            "me dicen q mi carnet de conducir {DL} esta suspendido??",
            "pague la multa de {=price} el {=date}",
        ],
    ),
    (
        D,
        None,
        ["no me acuerdo del usuario, creo q era {USER:?}", "el correo es {EMAIL:email_spelled}"],
    ),
    (S, None, ["copio de mis notas: user={USER} pass={PW:key_value_secret}"]),
    (S, None, ["mi ip publica es {IP}, la vpn da error {=error_code}"]),
    (S, None, ["mac del router {MAC} modelo {=product_model} firmware {=version}"]),
    (S, None, ["subi sin querer esto a github, me las rotan? {AKEY} {SKEY}"]),
    (S, None, ["la contraseña del banco es {PW:context_only} ya se q no deberia pasarla"]),
    (
        S,
        None,
        [
            "pedi {=quantity} unidades de {=product_model} el {=date}, pedido {=order_number}, sigue en preparacion"
        ],
    ),
    (S, None, ["la incidencia {=ticket_number} lleva abierta desde el {=date}!!! nadie contesta"]),
    (D, None, ["habitacion {=room_number}, sali a las {=time} y me cobraron {=price} del minibar"]),
    (S, None, ["asiento {=seat_number} del vuelo {=flight_number} esta duplicado"]),
    (S, None, ["lectura del contador hoy {=meter_reading}", "cp {=postal_code}"]),
    (
        S,
        None,
        [
            "ya gaste {=data_size} y estamos a {=date}?",
            "en la tienda {=store_number} me dijeron q os llame",
        ],
    ),
    (S, None, ["vale", "y ahora q hago"]),
    (S, None, ["telefono fijo {PHONE:spaced_or_dashed} o el movil {PHONE:?}"]),
    (S, None, ["(tarjeta {CARD:spaced_or_dashed}) (cad. {EXP:compact_expiry})"]),
    (S, None, ['"{EMAIL}" es con el que entro', "y el codigo que me mandan no funciona"]),
    (D, None, ["sftp://{USER}:{PW:url_credentials}@archivos.example.es falla desde el {=date}"]),
    (S, None, ["DB_PASS={PW:key_value_secret}\nDB_HOST=db.interno.example"]),
    (S, None, ["kilometraje {=mileage} km, placas {=plate_number}, licencia {DL:context_only}"]),
    (S, None, ["me localizan en el {PHONE:letter_substitution}", "o por mail {EMAIL:?}"]),
    (S, None, ["tarjeta acaba {CARD:split_by_noise} caducidad {EXP} pin {PIN:spelled_out}"]),
    (S, None, ["mi documento es {NATID:?}, codigo postal {=postal_code}"]),
    (S, None, ["escribo desde la cuenta de mi hija, su usuario es {USER:context_only}"]),
    (S, None, ["revisen https://portal.example.com/verificar?u={EMAIL:percent_encoded}"]),
    (D, None, ["mi iban -> {IBAN:split_by_noise}"]),
    (S, None, ["mi cel: {PHONE:multi_message#1}", "{PHONE:multi_message#2}"]),
    (S, US, ["numero de ruta ABA {ROUTING} cuenta {ACCT}"]),
    (S, None, ["nip {PIN:?} y cvv {CVV:context_only}"]),
    (S, None, ["dni {NATID:spaced_or_dashed}"]),
    (
        S,
        None,
        [
            "buenas tardes, el dia {=date} hice una compra de {=price} y aun no la recibo, mi telefono {PHONE:spelled_out}"
        ],
    ),
    (
        S,
        None,
        [
            "otra vez yo 🙄 la transferencia al {IBAN:?} fue devuelta, ref {=invoice_number}",
            "mi telefono x si acaso {PHONE:?}",
        ],
    ),
    (S, MX, ["para el tramite: curp {CURP:spaced_or_dashed}, rfc {RFC}, cp {=postal_code}"]),
    (
        D,
        None,
        [
            "cancelen la suscripcion de {=price}, correo {EMAIL:?} y la tarjeta con la que pago es {CARD:letter_substitution}"
        ],
    ),
    (
        S,
        None,
        [
            "datos para la nomina: ruta {ROUTING:context_only}, cuenta {ACCT:spaced_or_dashed}, swift {SWIFT}"
        ],
    ),
    (S, None, ["{PW} <- esa es la clave del wifi q me pidieron, el router es {=product_model}"]),
    (D, AR, ["che me pasas el alias? mi cuenta es {ACCT:?}", "ah y el mail {EMAIL:?}"]),
    (D, None, ["me llego un sms del {PHONE:?} pidiendo mi clave, son ustedes? no conteste nada"]),
    (
        S,
        None,
        [
            "la camara ip no deja entrar con rtsp://{USER}:{PW:url_credentials}@{IP}/stream desde el {=date}"
        ],
    ),
    (
        S,
        None,
        [
            "el iban {IBAN:multi_message#1}",
            "{IBAN:multi_message#2}",
            "{IBAN:multi_message#3} copiado de la app",
        ],
    ),
    (
        S,
        ES,
        [
            "tarjeta de debito terminada en... bueno toda: {CARD:multi_message#1}",
            "{CARD:multi_message#2}",
        ],
    ),
    (
        D,
        None,
        [
            "URGENTE me clonaron la tarjeta {CARD:?} y sacaron {=price} en un cajero q ni conozco!!! bloqueenla ya"
        ],
    ),
    (
        D,
        ES,
        [
            "buenas, para el recibo del agua: titular con dni {DNI:?}, contrato {=contract_number}",
            "y mi movil es {PHONE:?}",
        ],
    ),
    (
        S,
        MX,
        [
            "oigan me mudo el {=date}, nuevo cp {=postal_code}, el correo sigue siendo {EMAIL} pero el cel cambia a {PHONE:?}"
        ],
    ),
    (
        S,
        None,
        ["para el tramite del visado: pasaporte [{PASSPORT}] y documento nacional [{NATID}]"],
    ),
    (
        S,
        None,
        [
            "por q me llego la factura de {=price}??? siempre pago como {=price}. el titular es {EMAIL:email_spelled}"
        ],
    ),
    (
        S,
        AR,
        [
            "hola, necesito dar de baja la linea, el titular tiene dni {NATID:?} y el numero es {PHONE:?}",
            "gracias che",
        ],
    ),
    (
        S,
        None,
        [
            "la app se cierra en el {=product_model} con la version {=version}, entro como {USER}",
            "ya la reinstale {=count} veces",
        ],
    ),
    (
        S,
        None,
        [
            "creo q me estafaron 😭 puse la clave del banco {PW:context_only} y el pin {PIN:?} en una web falsa"
        ],
    ),
]
