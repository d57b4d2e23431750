"""Spanish customer chat templates (hand-written for ES, MX, AR, CO, CL and US Hispanics).

Same slot syntax as templates_en.py. No digits in the text itself.
"""

TEMPLATES = """
hola buenas
me cobraron dos veces el pedido [order]
la tarjeta es {CARD} y caduca {EXP}

@es-ES
buenas, la tarjeta {CARD:sd} me la rechaza y no está caducada, vence {EXP}

holaa
quiero cambiar la tarjeta
{CARD:sd}
cvv {CVV}

targeta {CARD:noise} grax

@es-MX es-US
ahi va el numero de la tarjeta {CARD:mm}
{+}
perdon se me fue, vencimiento {EXP}

{CARD:mm}
{+}
{+}
esa es la tarjeta, el código de seguridad {CVV}

@es-AR
che la tarjeta que termina en {CARD4:ctx} no es mía, nunca compré [qty] zapatillas por [price]

reembolso a la tarjeta terminada en {CARD4:ctx} porfa

tarjeta: {CARD:sub}

es la {CARD:spell}

venc {EXP:cexp} cvv {CVV}

vto {EXP:cexp}

@es-AR es-CL es-CO
fecha de vencimiento {EXP} y el código de atrás {CVV}

el codigo de seguirdad es {CVV:spell}

CVC {CVV:ctx}

{CVV}

mi pin es {PIN} pero la app me dice que es incorrecto

el NIP es {PIN:spell} no se lo digan a nadie jaja

@es-MX
nip nuevo {PIN:ctx}, el viejo era {PIN:ctx}

@es-US
cuenta {ACCT:ctx} y routing {ROUTING}

@es-US
número de cuenta {ACCT:ctx}¶número de ruta {ROUTING:ctx}¶monto [price]

@es-US
para el depósito directo: ruta {ROUTING:spell}, cuenta {ACCT:spell}

@es-ES
mi número de cuenta es {ACCT:ctx}

@es-AR
nro de cuenta {ACCT:mm}
{+}

@es-CO
buenas tardes, necesito cambiar la cuenta para el débito automático
cuenta de ahorros {ACCT:sd}

mi cuenta es {ACCT:noise}

cuenta nº {ACCT:sub} (ahorros)

@es-ES
IBAN {IBAN} BIC {SWIFT}

hacedme la devolución a mi IBAN {IBAN:ib}

@es-ES
el iban es¶{IBAN:ib}

@es-ES
os paso el iban {IBAN:mm}
{+}
swift {SWIFT}

código SWIFT: {SWIFT} por si lo necesitan para la transferencia de [price]

iban: {IBAN}

banco: {SWIFT:ctx}

@es-MX es-US
mi clabe es {CLABE}

@es-MX
clabe interbancaria {CLABE:sd}

@es-MX
te paso la clabe {CLABE:mm}
{+}
{+}

@es-MX
CLABE: {CLABE:noise}

@es-MX
clabe {CLABE:sub}

@es-MX
la clabe es {CLABE:spell}

@es-MX es-US
mi CURP es {CURP}

@es-MX
curp {CURP:ctx} y rfc {RFC}

@es-MX
RFC para la factura: {RFC}

@es-MX
RFC {RFC:ctx} razón social la misma de siempre

@es-MX
mi curp: {CURP:mm}
{+}

@es-ES
DNI {DNI}

@es-ES
mi dni es el {DNI:sd}

@es-ES
dni {DNI:ctx} a nombre de mi madre

@es-ES
te paso el DNI {DNI:mm}
{+}

@es-ES
soy extranjero, mi NIE es {NIE}

@es-ES
NIE: {NIE:sd}

@es-ES
nie {NIE:ctx}

mandame la factura a {EMAIL} xfa

mi correo es {EMAIL:esp} q es el q uso siempre

{EMAIL}

el enlace para restablecer https://cuenta.example.com/reset?usuario={EMAIL:pct}&t=caducado dice que caducó

me llegó esto https://correo.example.net/baja?e={EMAIL:pct} y yo nunca me suscribí

correo {EMAIL:esp} todo en minúsculas

@es-MX es-US es-CO
mi mail es {EMAIL} y el del trabajo {EMAIL:esp}

yamame al {PHONE} despues de las [time]

mi número {PHONE:sd}

@es-ES
móvil {PHONE:noise}

tel {PHONE:sub}

es el {PHONE:spell}

@es-MX
mi cel es {PHONE:mm}
{+}
{+}

mi número es {PHONE:mm}
{+}

el link que me mandaron https://ayuda.example.com/llamada?tel={PHONE:pct}&h=[time] es de ustedes?

@es-AR
mi celu {PHONE} mandame whatsapp

@es-CL
mi fono es {PHONE}

@es-CO
mi celular {PHONE:sd} o al fijo {PHONE}

@es-US
mi seguro social es {SSN}

@es-US
social {SSN:sd}

@es-US
no tengo social, tengo ITIN {ITIN}

@es-US
número de ITIN: {ITIN:sd}

@es-US
SSN {SSN:spell}

@es-US
seguro social {SSN:mm}
{+}

pasaporte {PASSPORT}

nro de pasaprte {PASSPORT:ctx} caduca el [date]

mi pasaporte es {PASSPORT} y la reserva [booking]

@es-ES
el carnet de conducir es el {DRIVER}

@es-MX es-US
licencia de manejo {DRIVER}

@es-AR
registro de conducir {DRIVER:ctx}

licencia {DRIVER:ctx} expedida en [year]

la contrasena es {PASSWORD}

contra: {PASSWORD} (ya sé, la cambio)

mi usuario es {USER} y la clave {PASSWORD}

usuario {USER}

usuario: {USER}¶clave: {PASSWORD}

la url que me pasaron es https://backup:{PASSWORD:url}@archivos.example.net/compartido es seguro?

ftp://admin:{PASSWORD:url}@ftp.example.org/subidas no funciona desde el [date]

DB_PASSWORD={PASSWORD:kv}

este es mi .env, el deploy falla con [error]¶AWS_ACCESS_KEY_ID={AKID:kv}¶AWS_SECRET_ACCESS_KEY={ASK:kv}

clave de aws {AKID} y secreta {ASK}

access key: {AKID}

la secret key es {ASK}

export AWS_SECRET_ACCESS_KEY={ASK:kv}

mi ip es {IP}

la ip del router {IP} y la mac del deco {MAC}

el equipo con MAC {MAC} se desconecta del wifi, firmware [version]

la ip fija {IP:ctx} no funciona desde la actualización [version]

hola
hay alguien?
me bloquearon la tarjeta {CARD:sd}

muchas gracias!! que tengan buen día

dónde está mi paquete? guía [tracking]

@es-ES
el pedido [order] tenía que llegar el [date] y nada

pagué [price] por [qty] artículos y solo me llegaron [count]

el [model] que compré dejó de funcionar a los [count] días

la app versión [version] se cierra al iniciar sesión, error [error]

el ticket [ticket] sigue abierto desde el [date]

mi vuelo [flight] del [date] se canceló, localizador [booking]

@es-MX
la sucursal [store] estaba cerrada a las [time]

habitación [room], salí el [date] y me cobraron [price]

mi póliza [policy] se renueva el [date], por qué sube un [pct]

el contrato [contract] vence en [year], puedo cancelar antes?

solo usé [size] de datos y me cobraron como si fueran [size]

@es-ES
código postal [zip]

@es-MX
CP [zip]

vale gracias
chao

perfecto
necesitan algo más?

hola, con mi tarjeta {CARD} me cobraron [price] el [date] por el pedido [order] que cancelé

@es-MX
tarjeta {CARD:sd}, vence {EXP:cexp}, cp [zip]

cvv {CVV:ctx} / vence {EXP}

@es-CO
los números de la tarjeta son {CARD:noise}
y vence {EXP}

perdón me equivoqué, es {CARD:sub}

tarjeta {CARD:mm}
{+}
vto {EXP:cexp}
cvv {CVV}

@es-AR
mi cel es {PHONE} y el mail {EMAIL}

me pueden contactar al {PHONE:sd} o a {EMAIL:esp}

contacto: {PHONE} / {EMAIL}

mándame el código al {PHONE:noise}

@es-ES
el número es {PHONE:spell}

mi whatsapp es {PHONE}

sí es el {PHONE:mm}
{+}

@es-ES
llamadme al {PHONE} antes de las [time]

@es-CL
cuenta rut {ACCT:ctx}

@es-AR
cbu? te paso el nro de cuenta {ACCT:sd}

cuenta {ACCT:spell}, sucursal [store]

gracias, el número de incidencia es [ticket]

ya lo intenté [count] veces
me sigue saliendo el error [error]

porfa escalen el ticket [ticket]
ya van [count] semanas

usuario: {USER}
contraseña: {PASSWORD}
pueden ver por qué no me deja entrar?

la cambié a {PASSWORD} y sigue diciendo inválida

clave nueva {PASSWORD:ctx}

mac: {MAC}¶ip: {IP}¶versión [version]

@es-US
hola
mi cuenta es {ACCT:ctx}
y el routing {ROUTING}

@es-US
routing {ROUTING:mm}
{+}
{+}

cuenta {ACCT:mm}
{+}
{+}
es la de cheques, no la de ahorros

@es-ES
iban {IBAN:ib} y el titular soy yo

el dinero tiene que ir a {IBAN:ib} ref [invoice]

mi pasaporte es {PASSPORT:ctx}, vence el [date]

@es-US
licencia # {DRIVER:sd}

@es-US
para los impuestos, mi social {SSN} y el ITIN de mi esposa {ITIN}

@es-US
social {SSN:noise}

clave del cajero {PIN:sub}

necesito tarjeta nueva, la anterior (terminada en {CARD4:ctx}) me la robaron en el cajero

ya, es {CARD}

[qty] x [model] a [price] c/u, pago con la tarjeta {CARD:sd}

es {CVV:ctx}

{PIN:ctx}

{PHONE}

{EMAIL:esp}

{ACCT:ctx}

{IBAN:ib}

{CLABE}

{DNI}

perdón ese no era. es {CARD:sd}

el correo es {EMAIL} y mi pedido [order]

me registré con {EMAIL} en [year] y ya no puedo entrar

mi correo viejo {EMAIL} ya no existe, usen {EMAIL:esp}

el link https://tienda.example.com/seguimiento?pedido=[order]&email={EMAIL:pct} dice pedido no encontrado

me bloquearon la ip {IP} después de [count] intentos

servidor {IP:ctx}

entro por ssh a root@{IP} con la contraseña {PASSWORD}

mysql://app:{PASSWORD:url}@bd.example.internal/prod es la cadena de conexión

SMTP_PASSWORD={PASSWORD:kv}¶SMTP_HOST=smtp.example.com

se filtró nuestra clave?? {AKID} / {ASK}

@es-US
los primeros son {SSN:mm}
{+}
{+}

@es-US
trabajo por mi cuenta, usen mi itin {ITIN}

@es-US
mi social {SSN:sd} y fecha de nacimiento [date]

el pedido era [order] y pagué con la {CARD4:ctx}

ok gracias por la ayuda, les pongo [count] estrellas

cómo va la factura [invoice]?
dice que debo [price]

cancelen la suscripción porfa, me cobran [price] cada mes desde el [date]

mi esposo es brasileño, su CPF es {CPF}

CPF {CPF:sd}

la empresa tiene CNPJ {CNPJ}

@es-ES
trabajé en Francia, mi número de la sécu es {NIR}

@es-ES
mi Steuer-ID de cuando viví en Alemania: {STEUER}

@es-ES
NIF portugués {NIF}

@es-CO
mi cédula es {ACCT:ctx}? no perdón, eso es la cuenta

@es-ES
la cuenta es la {IBAN:ib}, ojo que la anterior ya no la uso

@es-AR
alias no tengo, te paso la cuenta {ACCT:noise}

@es-MX
oye
el cargo de [price] en mi tarjeta {CARD4:ctx} no lo reconozco

@es-MX
la clabe de mi mamá {CLABE:sd} es para el envío de [price]

@es-MX
mi rfc {RFC:sd}

@es-MX
CURP {CURP:sd}

@es-ES
dni {DNI:sub}

@es-ES
mi número de teléfono es {PHONE:sub}

@es-CL
fono {PHONE:spell}

mi contraseña del wifi es {PASSWORD} y la ip del router {IP}

@es-ES
soy autónomo, mi NIF es el DNI {DNI}

@es-ES
el NIE de mi pareja es {NIE:mm}
{+}

mail {EMAIL:esp} gracias

pin {PIN}

el CNPJ del proveedor brasileño: {CNPJ:sd}

@es-ES
mi número de la seguridad social francesa {NIR:sd}

@es-ES
Steuer-ID {STEUER:ctx} de mi nómina alemana

@es-ES
contribuinte (NIF de Portugal) {NIF:sd}

@es-MX
la tarjeta es {CARD:mm}
{+}
espera
{+}

@es-ES
cuenta {IBAN:mm}
{+}
{+}

hola, quiero pagar el pedido [order] y me falla
ya lo intenté [count] veces
la tarjeta es {CARD:mm}
{+}

@es-MX
buenas tardes, me rebotó el cargo del [date]
la clabe es {CLABE:mm}
{+}
{+}

@es-US
sí, el número de mi esposo es {PHONE:mm}
{+}
y el mío {PHONE}
cualquiera de los dos

@es-ES
me podéis confirmar el correo que tenéis? debería ser {EMAIL}
y el móvil acaba en {PHONE:mm}
{+}

@es-AR
hola
me debitaron [price] dos veces
la tarjeta terminada en {CARD4:ctx}
pedido [order]

bueno la tarjeta
{CARD:mm}
{+}
{+}

@es-CO
señorita mi cuenta es {ACCT:mm}
{+}
no me ha llegado el reembolso de [price] desde el [date]

@es-US
mi social es {SSN:mm}
{+}
fecha de nacimiento [date]
algo más?

@es-CL
hola
mi fono {PHONE:mm}
{+}
llámenme después de las [time]

@es-ES
llevo [min] minutos esperando
el DNI {DNI:mm}
{+}
y el móvil {PHONE}

el cvv?
{CVV:mm}
{+}

@es-MX
mi curp es {CURP:mm}
{+}
y el rfc {RFC}

@es-MX
oigan no puedo entrar
mi usuario es {USER}
probé {PASSWORD} y {PASSWORD}
el cel registrado es {PHONE}

@es-ES
hola, con la tarjeta {CARD:sd} han pagado en la tienda [store] y no fui yo
[price] el [date]
mi móvil {PHONE} por si me llamáis

@es-CO
listo ahí va
{CARD:mm}
{+}
vence {EXP}, cvv {CVV}

@es-US
hi, I'm trying to pay con la tarjeta {CARD:sd}
expira {EXP}
el code es {CVV:ctx}

cambio de datos: correo nuevo {EMAIL}
teléfono nuevo {PHONE:sd}
el viejo era {PHONE}

@es-MX
buenas, actualicen mi celular {PHONE}
y el correo {EMAIL:esp}
mi pasaporte por si acaso {PASSPORT}

cuál necesitan
la tarjeta o la cuenta
la cuenta es {ACCT:ctx}
la tarjeta {CARD4:ctx}

@es-ES
hola, me vuelvo a España desde Alemania
mi Steuer-ID era {STEUER:ctx}
y el IBAN alemán {IBAN:ib}

el código de atrás es {CVV:spell}
y caduca {EXP:cexp}

@es-US
el itin de mi esposa {ITIN}
mi social {SSN:sd}
es para la declaración de [year]

@es-ES
DNI {DNI:sd}
pasaporte {PASSPORT:ctx}
móvil {PHONE:spell}

@es-MX
el servidor {IP} no ve al {IP}
la mac de la tarjeta de red {MAC}

el pipeline tiene AWS_ACCESS_KEY_ID={AKID:kv}
AWS_SECRET_ACCESS_KEY={ASK:kv}
rótenla porfa

@es-AR
tarjeta {CARD:noise}
vence {EXP}
ah el cvv {CVV}

@es-ES
el iban es {IBAN:mm}
{+}
{+}
bic {SWIFT}

@es-MX
mi clabe {CLABE:sub}
y la cuenta {ACCT:sub}

@es-CL
llámenme al {PHONE:noise}
o al correo {EMAIL}
gracias

el pin es {PIN:ctx}
no espera ese es el viejo
el nuevo {PIN:spell}

@es-MX
mi rfc {RFC:mm}
{+}
y el correo para la factura {EMAIL}

@es-MX
envíen a CP [zip], mi cel {PHONE} por si el repartidor no encuentra

@es-ES
pedido [order] / tarjeta {CARD4:ctx} / [price] / [date]

@es-ES
perdona soy yo otra vez
la devolución de [price] tenía que ir a {IBAN:ib}
no a mi cuenta vieja {ACCT:ctx}

@es-AR
boludo me cobraron [price] x [count]
tarjeta {CARD:sd}
arreglenlo xfa

ok ya, mi número nuevo es {PHONE:sd} el viejo {PHONE:sub} ya no existe

@es-US
hi soy yo, el social {SSN:sd}, póliza [policy]
mi número {PHONE:noise}

no me llega el correo de reset
mi mail {EMAIL}
puse contraseña nueva {PASSWORD} a las [time]

@es-CO
buenas, la cuenta de ahorros {ACCT:noise} del banco, oficina [store]
celular registrado {PHONE}

@es-MX
puse vencimiento {EXP:cexp} y me dice inválido
tarjeta {CARD:sub}

mi reserva [booking], vuelo [flight] el [date]
pasaporte {PASSPORT}
correo {EMAIL:esp}

@es-CL
perdón el autocorrector
es el {PHONE:spell}

@es-ES
el CVV es {CVV:ctx} y el número largo {CARD:noise}

enviado desde mi [model]
correo {EMAIL} contraseña {PASSWORD}

el router {IP} se reinicia solo, es un [model] con firmware [version]
mac {MAC}

@es-MX
mi clabe {CLABE:sd} y mi cel {PHONE:spell}

@es-ES
soy autónoma, NIF {DNI:ctx}, y el móvil {PHONE:sd}

@es-US
ruta {ROUTING:spell} y cuenta de cheques {ACCT:ctx}, es para el reembolso de [price] de la factura [invoice]

@es-MX
mi RFC {RFC:sub} y el correo de facturación {EMAIL:esp}

@es-ES
trabajé dos años en Londres, mi national insurance number es {NINO}

@es-ES
el NIN de UK {NINO:sd} por si lo necesitáis para la pensión

"""  # noqa: E501 (each line is one verbatim chat message)
