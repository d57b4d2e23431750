"""Spanish customer messages (Spain, Mexico, US, Argentina), written by hand. D = dev, S = sealed."""

from .tpl import D, S

TEMPLATES = [
    D("hola buenas, me rechazaron la tarjeta {CARD} vence {EXP:cexp} cvv {CVV}"),
    D("oye mi pedido {=order_number} no llega y ya pague {=price}", "el cp es {=postal_code}"),
    D("la tarjeta es {CARD:mm}", "{+}", "perdon se me corto"),
    D("no puedo entrar, usuario {USER:ctx} correo {EMAIL:espell}"),
    D("mi cel {PHONE} y el fijo {PHONE:sp}, marquen despues de las {=time} xfa"),
    D("la transferencia no llego!! IBAN {IBAN:ibanb} BIC {SWIFT}", "fue el {=date}"),
    D("mi CURP es {CURP} y mi RFC {RFC}", "la clabe {CLABE}"),
    D("DNI {DNI} o NIE {NIE} no se cual pide el formulario"),
    D("el numero de ss es {SSN/ITIN} (vivo en texas)", "y el seguro social del otro {NINO}"),
    D("me sale error {=error_code} en la app version {=version}, mi contra es {PASSWORD:ctx}"),
    D("pasaporte {PASSPORT} vuelo {=flight_number} localizador {=booking_reference}"),
    D("licencia de conducir {DL} placa {=plate_number}"),
    D("les pego lo del .env\n{AKEY:kv}\n{SKEY:kv}"),
    D("cuenta {ACCT} ruta {ROUTING}", "gracias!!"),
    D("ip {IP} mac {MAC} el router no conecta"),
    D("mi pin {PIN:spell/ctx} ya no sirve en el cajero"),
    D(
        "tengo CPF {CPF} y CNPJ {CNPJ} de la empresa en brasil, NIR frances {NIR}",
        "steuer id {STEUER} y NIF {NIF}",
    ),
    S("buenas tardes", "llevo {=count} minutos esperando, esto es una burla"),
    S("me cobraron {=price} dos veces en la tienda {=store_number} con la tarjeta {CARD:sp/noise}"),
    S("{CARD:sub/sp} exp {EXP} codigo {CVV:spell/sub}"),
    S("mi numero es {PHONE:mm}", "{+}"),
    S("llamame al {PHONE:spell/sub/noise} porfa"),
    S("el link de recuperar va a {EMAIL:pct}"),
    S("quiero dar de baja el contrato {=contract_number}. correo: {EMAIL}, tel: {PHONE:sp}"),
    S("el ftp es ftp://{USER}:{PASSWORD:url}@datos.example.com y no deja subir nada"),
    S("PASSWORD={PASSWORD:kv}", "esa es la del servidor, ya se que no deberia mandarla jaja"),
    S("cuenta bancaria {ACCT:mm}", "{+}", "{+}"),
    S("no de cuenta {ACCT:sp/noise} sucursal {ROUTING}"),
    S("IBAN\n{IBAN:ibanb/sp}\nswift: {SWIFT}"),
    S(
        "el envio {=tracking_number} esta parado desde el {=date} en el centro de distribucion, tel de contacto {PHONE:sp}"
    ),
    S(
        "habitacion {=room_number}, entrada el {=date}. tarjeta de la reserva {CARD:sp}, el cvv {CVV:ctx}"
    ),
    S("mi itin es {ITIN:sp}, no tengo social"),
    S("seguro social {SSN:spell/sub/noise}"),
    S("renove el pasaporte: {PASSPORT:ctx} del {=year}"),
    S("choque el {=date} a las {=time}, mi licencia es {DL} y la poliza {=policy_number}"),
    S("el nip {PIN:sub/ctx} no jala, lo intente {=count} veces"),
    S("vencimiento {EXP:cexp/pl} cvc {CVV}", "sirve?"),
    S("usuario: {USER}\ncontraseña: {PASSWORD}"),
    S(
        "el internet va lentisimo, pago {=data_size} y no llega ni a la mitad. modem {=product_model} ip publica {IP}"
    ),
    S("agreguen la mac {MAC} a la lista blanca"),
    S("la factura {=invoice_number} tiene mal el IBAN, es {IBAN}"),
    S(
        "AWS_SECRET_ACCESS_KEY={SKEY:kv}",
        "y el access key {AKEY:kv}",
        "se filtraron, como las cambio??",
    ),
    S("curp {CURP:sp} rfc {RFC} y mi clabe {CLABE:mm}", "{+}"),
    S("CPF: {CPF:sp/sub} | CNPJ: {CNPJ:sp}"),
    S("tengo que poner mi numero de seguridad social frances {NIR:sp} en el formulario"),
    S("identificacion fiscal alemana {STEUER:sp} y NIF portugues {NIF:sp/spell}"),
    S("dni {DNI:sp} nie {NIE}", "incidencia {=ticket_number}"),
    S("asiento {=seat_number} en el vuelo {=flight_number} y pasaporte {PASSPORT}"),
    S("lectura del contador {=meter_reading}, correo {EMAIL:espell/pct}"),
    S("muchas gracias, muy amable"),
    S(
        "llegaron {=quantity} cajas rotas del pedido {=order_number}",
        "devuelvanlo a la tarjeta {CARD:noise/sp}",
    ),
    S("numero de ruta {ROUTING:sp} y cuenta de cheques {ACCT:ctx/sub}"),
    S("tel: {PHONE:pct}"),
    S("che, el recargo es de {=percentage}??"),
    S("usuario {USER}, correo {EMAIL}"),
    D("le di mi cel al repartidor {PHONE:sub/noise} y nunca llamo", "guia {=tracking_number}"),
    D("en el correo de baja sale {EMAIL:pct} y yo nunca me suscribi"),
    D("el nas es https://{USER}:{PASSWORD:url}@nas.example.net/ no se rian"),
    D("cta {ACCT:noise/sub} ahi deposítenme el reembolso"),
    D("va la tarjeta {CARD:mm}", "{+}", "{+}"),
    S("mi national insurance de cuando vivia en londres: {NINO:sp}"),
    S("NINO {NINO}", "me descontaron {=price} en {=year}"),
    S("el iban primera parte {IBAN:mm}", "{+}"),
    S("estoy fuera del pais, marquen al {PHONE:mm}", "{+}", "por whats mejor"),
    S(
        "ayyy me cobraron {=price} por un paquete de {=data_size} que no pedi, en la tarjeta {CARD:sp}"
    ),
    D(
        "contrato {=contract_number}, factura {=invoice_number}, el medidor marca {=meter_reading} y todavia me piden la cuenta {ACCT}?",
        "ya van {=count} llamadas, mi cel {PHONE}",
    ),
    D(
        "compre {=quantity} {=product_model} en la sucursal {=store_number} en {=year} con la tarjeta {CARD:sp}",
        "cuarto {=room_number} asiento {=seat_number} folio {=ticket_number} lo que sea, arreglenlo. correo {EMAIL}",
    ),
    S(
        "error {=error_code} tras actualizar a la {=version}, soporte dijo que mande mi correo {EMAIL} y cel {PHONE}"
    ),
    S(
        "reserva {=booking_reference} para el {=date}, codigo postal {=postal_code}, el pasaporte es {PASSPORT}"
    ),
]
