"""Plantillas de chat de soporte en español, escritas a mano."""
# ruff: noqa: E501  (one template per line, kept whole on purpose)

TEMPLATES = """
hola buenas, me rechazaron la tarjeta {CARD} en el pedido [order]
@es-MX oiga mi tarjeta es {CARD:sd} vence {EXP} y el cvv {CVV}
@es-AR che, la tarjeta es {CARD:noise} no me deja pagar
numero de tarjeta: {CARD:sub}
la tarjeta {CARD:mm} || {CARD:mm+}
te paso la tarjeta en dos partes || {CARD:mm} || {CARD:mm+}
{CARD:mm} || {CARD:mm+} || {CARD:mm+}
@es-ES mi tarjeta es la {CARD:sp}
me cobraron [price] dos veces el [date] con la tarjeta {CARD:sd}
@es-CO buenas tardes, la tarjeta debito {CARD:ctx} aparece bloqueada
vence {EXP:cx} y el codigo de seguridad {CVV}
el cvv es {CVV:sp}
fecha de vencimiento {EXP} || codigo {CVV:ctx}
@es-AR vto {EXP:cx} cod {CVV}
caduca el {EXP} creo
codigo de atras {CVV:sub}
@es-MX mi NIP es {PIN} ayuda porfa ya me lo bloquearon
el pin {PIN:sp}
@es-ES clave del cajero {PIN:ctx} no funciona en la oficina [store]
pin: {PIN:noise}
pin {PIN:mm} || {PIN:mm+}
@es-ES mi cuenta es la {ACCT:ctx}
@es-CO cuenta de ahorros {ACCT:sd}
@es-AR nro de cuenta {ACCT:noise}
@es-CL cta cte {ACCT:ctx} banco estado || transferi [price] el [date]
cuenta {ACCT:mm} || {ACCT:mm+}
@es-US numero de ruta {ROUT} y cuenta {ACCT}
@es-US routing {ROUT:sd} || la cuenta {ACCT:sub}
@es-ES mi IBAN es {IBAN}
@es-ES iban: {IBAN:ib}
@es-ES IBAN ¶ {IBAN:ib}
@es-ES el iban es {IBAN:mm} || {IBAN:mm+}
@es-ES devolvedme los [price] al {IBAN:sd} porfa
@es-ES bic {SWIFT} || iban {IBAN}
codigo swift {SWIFT:ctx} para la transferencia internacional
@es-MX swift del banco {SWIFT:sd}
mi correo es {EMAIL}
correo: {EMAIL:em}
es {EMAIL:em} todo junto
@es-AR mail {EMAIL} || gracias!!
me llega el link https://cuenta.example.com/recuperar?email={EMAIL:pct} y da [error]
cambien mi email a {EMAIL} porfa, pedido [order]
@es-ES mi movil es {PHONE}
@es-MX mi cel {PHONE:sd} marquen despues de las [time]
@es-AR celu {PHONE:noise}
@es-CO el numero es {PHONE:sp}
@es-CL fono {PHONE:sub}
@es-ES telefono {PHONE:mm} || {PHONE:mm+}
@es-MX mi whats {PHONE:mm} || {PHONE:mm+} || {PHONE:mm+}
@es-ES llamadme al {PHONE:sd}
@es-MX tel {PHONE:ctx}
@es-US mi numero es {PHONE} || gracias
@es-CO https://ayuda.example.com/llamada?tel={PHONE:pct}
@es-AR whatsapp {PHONE} si no atiendo
@es-ES DNI {DNI}
@es-ES mi dni es {DNI:sd}
@es-ES dni: {DNI:sp}
@es-ES el DNI {DNI:mm} || {DNI:mm+}
@es-ES documento {DNI:ctx} a nombre de mi madre
@es-ES con dni {DNI:sub} || no me deja registrarme
@es-ES mi NIE es {NIE}
@es-ES nie {NIE:sd} soy extranjero
@es-ES tarjeta de residencia NIE {NIE:ctx}
@es-ES nie {NIE:noise}
@es-MX mi CURP es {CURP}
@es-MX curp {CURP:ctx} para la factura
@es-MX la curp {CURP:sub}
@es-MX curp: {CURP:mm} || {CURP:mm+}
@es-MX RFC {RFC} para facturar el pedido [order]
@es-MX mi rfc es {RFC:ctx} || y el cp [zip]
@es-MX rfc {RFC:sd}
@es-MX necesito factura, rfc {RFC:noise}
@es-MX CLABE interbancaria {CLABE}
@es-MX mi clabe {CLABE:sd} para el reembolso de [price]
@es-MX clabe: {CLABE:mm} || {CLABE:mm+}
@es-MX la clabe es {CLABE:noise}
@es-MX deposito a la clabe {CLABE:ctx} por favor
@es-MX clabe {CLABE:sp}
pasaporte {PASS:ctx}
@es-ES numero de pasaporte {PASS:ctx} para el vuelo [flight]
@es-CO mi pasaporte es el {PASS} || reserva [booking]
pasaporte {PASS:sd}
@es-MX licencia de conducir {DL:ctx}
@es-ES carnet de conducir {DL:ctx}
@es-AR registro {DL} || vence [date]
licencia {DL:sd}
contraseña {PWD}
mi clave es {PWD} no se si la cambie
la contra es {PWD:ctx} jaja
https://admin:{PWD:url}@tienda.example.com/panel no carga
sftp://pepe:{PWD:url}@ftp.example.net
DB_PASS={PWD:kv}
usuario {USER} contraseña {PWD}
mi usuario es {USER} || la clave {PWD}
usuario: {USER}
me registre como {USER} en [year]
user {USER:ctx} no puede entrar desde la version [version]
AWS_ACCESS_KEY_ID={AKID:kv} ¶ AWS_SECRET_ACCESS_KEY={ASEC:kv}
la access key {AKID} y el secret {ASEC} da [error]
aws_access_key_id={AKID:kv}
la clave secreta de aws {ASEC:ctx}
mi ip es {IP}
el servidor {IP} no responde desde la [version]
ip {IP:sd} y mac {MAC}
direccion mac {MAC}
mac del router {MAC:sd}
hola
holaa?? hay alguien
ok gracias || chao
mi pedido [order] no llega desde el [date] || ???
el numero de seguimiento [tracking] no sirve
pedi [qty] unidades del [model] y llego una
la app se cierra en la version [version] con [error]
me sale que tengo [size] ocupados
lo intente [count] veces
el reembolso de [price] para cuando || dijeron el [date]
@es-ES codigo postal [zip] || llegais?
@es-MX cp [zip] || mi cel {PHONE}
habitacion [room] llegada a las [time] reserva [booking]
vuelo [flight] cancelado el [date] || reserva [booking] || correo {EMAIL}
poliza [policy] || siniestro de [price]
el contrato [contract] dice [pct] de descuento
ticket [ticket] sigue abierto
me subieron la factura un [pct]
vale
quiero hablar con una persona
@es-ES buenas, os paso datos: tarjeta {CARD:noise} || caducidad {EXP:cx} || cvv {CVV:sp}
@es-MX me hackearon la cuenta, usuario {USER}, correo {EMAIL:em}, cel {PHONE:sd}
@es-ES el cargo de [price] fue al iban {IBAN:ib} que no es mio
@es-CL mi rut? no, la cuenta {ACCT:ctx} y el fono {PHONE}
cvv {CVV} || no espera, {CVV}
vencimiento {EXP:sp}
expira {EXP} no el [date]
pin {PIN:sub} verdad?
@es-CO cuenta {ACCT:sp}
@es-ES iban {IBAN:noise}
@es-ES swift/bic {SWIFT:sd}
{EMAIL:em} || ese es mi correo
@es-AR mi cel {PHONE:ctx} esta mal en la cuenta || reclamo [ticket]
@es-ES dni {DNI:noise}
@es-ES nie {NIE:mm} || {NIE:mm+}
@es-ES nie {NIE:sub}
@es-MX curp {CURP:sd}
@es-MX rfc {RFC:mm} || {RFC:mm+}
@es-MX rfc {RFC:sub}
git clone https://lucia:{PWD:url}@git.example.org/app.git falla [error]
PASSWORD={PWD:kv}
clave de acceso {AKID:sd}
AWS_SECRET_ACCESS_KEY = {ASEC:kv}
secret {ASEC}
ip fija {IP:sub}
mac {MAC:noise}
la mac {MAC:ctx}
@es-MX tarjeta {CARD:sub} por los [price]
@es-AR tarjeta {CARD} cvv {CVV:ctx}
@es-CO tarjeta {CARD:sd} || vence {EXP} || codigo {CVV:noise}
@es-ES quiero cambiar la tarjeta, es {CARD:sp}
@es-US numero de ruta {ROUT:ctx} cuenta {ACCT:mm} || {ACCT:mm+}
pague [price] por [qty] x [model] || y nada
donde esta mi pedido?? [order]
@es-ES llamadme al {PHONE:noise} a partir de las [time]
@es-MX mi correo desde el link {EMAIL:pct}
@es-ES mi dni {DNI:ctx} y cp [zip]
@es-ES mi telefono {PHONE:sp}
@es-MX gracias, ¶ mi clabe ¶ {CLABE:ib}
@es-ES I'm calling from Madrid, my number is {PHONE} gracias
@es-MX oye porfa ya llevo [count] dias esperando, mi pedido [order] || mi cel por si acaso {PHONE:sd}
@es-ES buenas!! me habeis cobrado [price] de mas, os dejo el iban {IBAN:sd} y ya me decis
@es-AR boludo no me anda la app || version [version] || me tira [error]
@es-CO q pena molestar, mi correo es {EMAIL:em} y no me llega el codigo
@es-CL wena, la tarjeta {CARD:sd} me la rechazaron en la tienda [store] cachai
@es-MX a nombre de mi jefa, su curp {CURP} y rfc {RFC:ctx}
@es-ES vale, apuntad el movil {PHONE:noise} que el fijo no lo uso
@es-US hi, hablo poquito ingles, my card es {CARD:noise} ok?
@es-MX nomas confirmo la clabe {CLABE:sd} y el monto [price]
@es-AR dale, te paso el celu {PHONE:mm} || {PHONE:mm+}
@es-CO mi correo {EMAIL} y cel {PHONE}
@es-ES tarjeta {CARD} caduca {EXP:cx}
@pt-BR hola soy de brasil, mi CPF es {CPF} || para la factura
@es-AR tengo cpf brasileño {CPF:sd} sirve?
@es-ES vivo en lisboa, mi NIF portugués {NIF} || gracias
@es-ES nif de portugal {NIF:ctx} para la factura
@es-MX oiga ya les di mi numero ayer {PHONE}, el folio es [ticket] me pueden checar porfa
@es-ES a ver la tarjeta acaba... bueno la entera es {CARD:sd} || caducidad {EXP} y ya
@es-AR {EMAIL} || {PHONE:sd} listo
@es-ES claro que si, {DNI:ctx} || no perdón ese es el de mi hermano, el mio es {DNI}
@es-MX el codigo de atras? {CVV}, ya porfa que urge
@es-ES me han clonado la tarjeta!!! {CARD:noise} ... cargos de [price] que no reconozco bloqueadla ya
@es-MX ahi va: ¶ tarjeta {CARD:sd} ¶ vence {EXP} ¶ cvv {CVV}
@es-AR mi mail es {EMAIL:em} no, pará, ese es el viejo || {EMAIL}
@es-CL probé con la clave {PWD} y despues {PWD} || usuario {USER} nada
@es-MX entraron desde la ip {IP} y no fui yo || bloqueen la cuenta de {USER}
@es-ES el iban que os di estaba mal, el bueno es {IBAN:ib} perdón
@es-US mi numero de seguro? no lo voy a dar, pero la cuenta es {ACCT:ctx} y ruta {ROUT}
@es-MX curp? {CURP} || y el rfc con homoclave {RFC}
@es-CO y el celular {PHONE:mm} || {PHONE:mm+} ese es
@es-MX la clabe va {CLABE:mm} || {CLABE:mm+} || {CLABE:mm+}
@es-ES el movil {PHONE:mm} || y acaba en {PHONE:mm+}
@es-MX es la cuenta de mi mamá, su correo {EMAIL} || y su cel {PHONE:noise} || tiene [count] años tenganle paciencia jaja
@es-ES os he llamado desde el {PHONE:sd} y se ha cortado || incidencia [ticket]
@es-AR es literalmente {CARD:sub} lo revisé [count] veces
@es-CO aló?? || bueno la cuenta es {ACCT:ctx} y el banco [store]
@es-CL perdon me equivoque, el correo es {EMAIL} no el de antes
@es-MX me pueden devolver los [price] por paypal? es {EMAIL:em}
@es-ES mi numero registrado {PHONE:sp} || no me llega el sms desde el [date]
@es-MX ya me llego la tarjeta nueva {CARD:sd} || el cvv cambio, es {CVV} || vence {EXP:cx}
@es-ES he reseteado el router, ahora la mac es {MAC} y la app en [version]
@es-MX no me marquen al {PHONE:ctx} es del trabajo, mejor al {PHONE:sd}
@es-AR el dev pegó las credenciales en el grupo: AWS_ACCESS_KEY_ID={AKID:kv} || y el secret {ASEC} || como las revocamos
@es-ES tengo dni {DNI} y mi mujer nie {NIE:sd}
"""
