"""Spanish templates (Spain, Mexico, Argentina, and Spanish speakers in the US)."""

# ruff: noqa: E501  (one conversation per line reads better than wrapped text)

TEMPLATES = """
hola, mi tarjeta es {CARD} vence {EXP} y el cvv {CVV}
numero de tarjeta: {CARD.*} || caducidad {EXP.*} || codigo de seguridad {CVV}
{CARD.sd} esa es la tarjeta con la que pagué el pedido {#order}
me cobraron dos veces {#price} en la tarjeta {CARD.nz}
la tarjeta termina en... bueno mejor te paso el número completo {CARD.ls}
la tarjeta es {CARD.sp}
tarj {CARD} vto {EXP.ce} cvv {CVV}
tarjeta {CARD.mm1} || {CARD.mm2}
el numero es {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || caduca {EXP} y el código {CVV}
perdón me equivoqué, la tarjeta es {CARD.*}
"{CARD}" copiado de la app del banco
Visa {CARD} / {EXP} / {CVV}
Tarjeta: {CARD.sd}⏎Vencimiento: {EXP}⏎CVC: {CVV}
nro de tarjeta {CARD} fecha venc{EXP.ce} cod seg {CVV}
la fecha de caducidad es {EXP.sp} y los tres numeritos de atrás {CVV.sp}
[es-MX] mi tarjeta de débito {CARD.*}, vigencia {EXP.*}
[es-ES] la tarjeta {CARD.*} caduca el {EXP.*}, el pedido era de {#price}
[es-AR] te paso la tarjeta: {CARD.*} vto {EXP.*} código {CVV}
me llegó la tarjeta nueva, {CARD.*}. la vieja venció el {#date}
hola! hice el pedido el {#date} (nº {#order}) y pagué {#price} con la tarjeta {CARD}, no ha llegado nada
el cvv? es {CVV} || y caduca {EXP.ce}
mi pin es {PIN}, quiero cambiarlo
se me olvidó el NIP, el anterior era {PIN.sp}
pin {PIN} y el cajero se tragó la tarjeta a las {#time}
[es-MX] mi nip es {PIN}
la contraseña que uso es {PWD} y me sale contraseña incorrecta
contraseña: {PWD}
mi clave ({PWD}) dejó de funcionar con la versión {#ver}
puse "{PWD}" tres veces y me bloquearon la cuenta
contrasena {PWD} usuario mi correo {EMAIL}
la clave temporal que me mandaron es {PWD}, ¿la puedo cambiar?
[es-ES] mi cuenta es {ACCT} y la entidad y oficina {ROUT}
[es-ES] nº de cuenta {ACCT.*}
[es-US] número de ruta {ROUT} cuenta {ACCT}
[es-US] depósito directo: ruta {ROUT}, cuenta de cheques {ACCT.*}
devuélvanlo a mi cuenta de ahorros, es la {ACCT.*}
cta {ACCT.mm1} || {ACCT.mm2}
IBAN {IBAN} BIC {SWIFT}
por favor el reembolso a {IBAN.ib}
mi iban: {IBAN.*}
el iban es {IBAN.mm1} || {IBAN.mm2}
{IBAN.ib} (ese es mi IBAN, del Santander)
[es-ES] datos para la transferencia: IBAN {IBAN.*} / SWIFT {SWIFT}
código BIC {SWIFT} || y el iban {IBAN.*}
DNI {DNI}
mi dni es {DNI.*}
[es-ES] el DNI {DNI.sd} y el teléfono {PHONE}
dni: {DNI.nz}
soy extranjero, mi NIE es {NIE}
NIE {NIE.*} por si lo necesitan para la factura {#inv}
[es-ES] tengo NIE, no DNI: {NIE.sd}
N.I.E. {NIE} || y el pasaporte {PASSPORT}
mi CURP es {CURP}
CURP: {CURP.*}
curp {CURP} y rfc {RFC}
RFC con homoclave {RFC.*} para la factura
necesito factura, mi rfc es {RFC}, el pedido {#order}
rfc {RFC.sd} || razón social la misma de siempre
la CLABE interbancaria es {CLABE}
clabe {CLABE.*}
deposítenme a la clabe {CLABE.sd} por favor
mi clabe {CLABE.mm1} || {CLABE.mm2}
CLABE: {CLABE.nz} (BBVA)
te paso mi clabe {CLABE.sp}
[es-US] mi seguro social es {SSN.*}
número de pasaporte {PASSPORT}
mi pasaporte {PASSPORT}, vence el {#date}
Pasaporte: {PASSPORT} (vuelo {#flight})
[es-ES] carnet de conducir {DL}
[es-MX] licencia de manejo {DL}
[es-AR] registro de conducir {DL}
carné {DL} || pasaporte {PASSPORT}
para el alquiler: licencia {DL}, recojo en la tienda {#store}
escríbeme a {EMAIL}
mi correo es {EMAIL.es}
{EMAIL.es} es mi correo, mándenme ahí la factura {#inv}
me pueden contactar en {EMAIL} o al {PHONE}
contacto: {EMAIL} / {PHONE.*}
el enlace dice https://tienda.example.com/cuenta?correo={EMAIL.pe}&ref={#ticket}
https://ayuda.example.org/recuperar?usuario={EMAIL.pe}
llámame al {PHONE}
mi número es {PHONE.*}, mejor después de las {#time}
{PHONE.sp}, ese es mi cel
[es-MX] cel {PHONE.*}
[es-ES] móvil {PHONE.sd}
[es-AR] mi celu {PHONE}
mándame un whats al {PHONE.mm1} || {PHONE.mm2}
tel {PHONE.ls}
whatsapp: {PHONE.nz}
https://wa.example.com/send?phone={PHONE.pe}&text=hola
la IP del router es {IP} y se cae cada rato
dirección IP {IP}, MAC {MAC}
la MAC del equipo es {MAC.*} modelo {#model}
no conecta, ip {IP}, firmware {#ver}
AWS_ACCESS_KEY_ID={AKID.kv}⏎AWS_SECRET_ACCESS_KEY={ASK.kv}
este es mi .env:⏎DB_HOST=db.example.internal⏎DB_USER=tienda⏎DB_PASSWORD={PWD.kv}
mi access key es {AKID} y la secret {ASK}, me da acceso denegado
la cadena de conexión: postgres://tienda:{PWD.uc}@db.example.com/pedidos
mysql://root:{PWD.uc}@localhost/ventas es lo que puse en la config
SMTP_PASS={PWD.kv}
¿dónde está mi pedido {#order}?
ok gracias || chao
el seguimiento dice {#track} pero no se mueve desde el {#date}
pedí {#qty} unidades del {#model} por {#price}
hola hay alguien?
a qué hora cierran? en la tienda {#store} me dijeron que a las {#time}
mi número de ticket es {#ticket}, lo abrí el {#date}
la factura {#inv} dice {#price} pero pagué menos
¿el {#model} es compatible con la versión {#ver}?
me cancelaron el vuelo {#flight} del {#date}, quiero el reembolso
vale || muchas gracias!! || buen día
jaja ok
¿puedo pagar a {#qty} meses? el total es {#price}
lo compré en {#year}, ¿sigue en garantía?
[es-ES] el código postal es {#postal}, pedido {#order}
[es-MX] CP {#postal}
[es-US] zip code {#zip}
hola || me rechazaron la tarjeta || es la {CARD.*} vence {EXP.*}
buenas || quiero cambiar mis datos bancarios || nuevo iban {IBAN.*} || gracias
pedido {#order} || pagué con la tarjeta {CARD} || el cvv era {CVV} por si acaso
quiero devolver {#qty} artículos del pedido {#order} || reembolso a la tarjeta {CARD.sd}
me pueden llamar? || {PHONE.*} || a partir de las {#time}
mi correo {EMAIL} ya no sirve, usen {EMAIL.es}
perdón número equivocado, es el {PHONE.*}
{CVV} es el código de seguridad
{PIN} <- ese es el pin que puse la semana pasada
{DNI} es mi DNI
tarjeta {CARD} cad {EXP} cvv {CVV} pedido {#order} total {#price}
verificación: pasaporte {PASSPORT}, tel {PHONE}, correo {EMAIL}
te dicto: mi tarjeta es {CARD.sp} caduca {EXP.sp}
audio: llámame al {PHONE.sp}
[es-MX] número de cuenta {ACCT.sp}
contraseña: "{PWD}"⏎pin: {PIN}
usuario {EMAIL} clave {PWD}
la clave del wifi es {PWD} por si la necesita el técnico, cita el {#date} a las {#time}
usuario admin / contraseña {PWD}
Datos para el reembolso:⏎Titular: el del pedido⏎IBAN: {IBAN.*}⏎BIC: {SWIFT}⏎Ref: {#inv}
fecha de caducidad {EXP.ce}, cvc {CVV.sp}
caduca {EXP} (no el {#date}, ese es el día del pedido)
{EXP.*} es la fecha de vencimiento
[es-MX] RFC: {RFC}⏎CURP: {CURP}⏎CLABE: {CLABE}⏎CP: {#postal}
[es-ES] DNI/NIF {DNI.*} || dirección la misma de siempre, CP {#postal}
mi dni es {DNI.ls}
hi, sorry no hablo bien inglés: my card is {CARD} y vence {EXP}
[es-US] my email es {EMAIL} y el celular {PHONE.*}
vto {EXP.ce}
[es-MX] Banco: Ejemplo⏎CLABE {CLABE.*}⏎Cuenta {ACCT}⏎Monto {#price}
el número de mi tarjeta es {CARD.nz} y la clave del cajero {PIN}
curp {CURP.sd}
[es-ES] mi nie {NIE} o si quieres el pasaporte {PASSPORT}, lo que os haga falta
ese es el {IBAN.*} para devolver los {#price}
buenas tardes || solo quería saber cómo va mi pedido {#order} || decía que llegaba el {#date} || vale espero, gracias
una pregunta sobre devoluciones || ¿cuántos días tengo? lo compré el {#date}
¿hacen envíos a Canarias? || ¿y cuánto cuesta el envío de {#qty} artículos?
el paquete {#track} sale como entregado pero no está || el vecino tampoco lo tiene
¿hay algún cupón? el carrito está en {#price}
la app me volvió a sacar (versión {#ver})
¿puedo cambiar la entrega para mañana a las {#time}? pedido {#order}
ya no, ya lo encontré
hola, quiero cancelar el pedido {#order}, era de {#price} || y que no vuelvan a cobrar en la tarjeta || es la {CARD.*} por si acaso
{PHONE.*} - mi número, perdón se me olvidó ponerlo
(tarjeta: {CARD}) (venc: {EXP}) (cvv: {CVV})
"{IBAN}" <- para el reembolso, no el viejo
entonces... la tarjeta {CARD.*}, vencimiento {EXP.*} y los tres dígitos {CVV}
te lo deletreo: {EMAIL.es}
mis datos:⏎- correo: {EMAIL}⏎- tel: {PHONE}⏎- pedido: {#order}
¿no les basta con los últimos cuatro? bueno: {CARD.*}
me pide el código de seguridad, puse {CVV} || ¿está bien? || la tarjeta vence {EXP.ce}
no espera, mi cel es {PHONE.*}, el otro era el del trabajo
[es-MX] mi RFC está mal en la factura, el bueno es {RFC.*}
[es-MX] CURP {CURP.mm1} || {CURP.mm2}
[es-MX] clabe interbancaria: {CLABE.*} (Banorte) para el reembolso de {#price}
[es-ES] NIE: {NIE.*}, no tengo DNI todavía
[es-ES] mi DNI {DNI.mm1} || {DNI.mm2}
gracias!! || 👍
¿dónde encuentro la factura? pedido {#order}
me cobraron {#price} en vez de {#price}
[es-MX] estoy en la sucursal {#store} y dicen que mi pedido {#order} no está
¿hay {#model} otra vez en stock?
el correo de confirmación dice vuelo {#flight}, sale a las {#time}
tarjeta {CARD} el {#date} me cobraron, seguimiento {#track}
pedido {#order} / tarjeta {CARD.*} / venc {EXP} / total {#price}
seguimiento {#track} y mi tarjeta {CARD} (cad {EXP.ce})
[es-MX] clabe {CLABE} pedido {#order} CP {#postal}
tel {PHONE} pedido {#order} entrega {#date} {#time}
iban {IBAN.*} factura {#inv} importe {#price}
ticket {#ticket} - mi nuevo pin es {PIN}, lo cambié a las {#time}
clave {PWD} desde el {#date}, versión de la app {#ver}
pasaporte {PASSPORT} vuelo {#flight} el {#date}, somos {#qty}
numero de tarjta {CARD} vence {EXP}
mi tarjeta es {CARD.*} y el cvv {CVV} porfa rapido
a ver te paso el número de la tarjeta, es una débito del banco que tengo desde hace años así que espero que funcione: {CARD.*}. la fecha de vencimiento está adelante, dice {EXP}
{CARD} {EXP} {CVV}
{CARD}⏎{EXP}⏎{CVV}
Titular: el mismo⏎Nº tarjeta: {CARD.sd}⏎Válida hasta: {EXP}⏎Cód. seguridad: {CVV}
antes te mandé el correo viejo por error. el bueno es {EMAIL}. el viejo (bórralo porfa) era {EMAIL}.
tengo dos tarjetas, {CARD.*} y {CARD.*}, cóbrenle a la segunda
número de cuenta... un momento || ya lo encontré || {ACCT} || y el código del banco {ROUT}
[es-MX] cuenta {ACCT.ls} banco {ROUT}
el tel de mi esposo {PHONE}, el mío {PHONE.*}
¿mi correo? es {EMAIL.es} (todo en minúsculas)
probé el pin {PIN} y luego el {PIN} y ninguno sirve
el código es {CVV}... no sé si lo necesitas
pasaporte {PASSPORT}, expedido en {#year}
[es-MX] curp {CURP} rfc {RFC.sd} y la clabe {CLABE.ls}
[es-ES] DNI: {DNI.sd} (lo pone en el carnet)
[es-ES] mi dni es {DNI.nz}
[es-MX] no tengo la tarjeta a la mano, mejor deposítenme a la clabe {CLABE.nz}
aquí va el iban {IBAN.nz} gracias
el titular da igual. IBAN: {IBAN.ls}
el log de error dice: usuario={EMAIL} ip={IP} mac={MAC}
curl -u admin:{PWD} https://api.example.com/pedidos
las llaves de AWS (rótenlas después): {AKID} / {ASK}
perdón, lo mando en partes: {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
mi número {PHONE.mm1} || {PHONE.mm2} || llámenme después de las {#time}
[es-MX] este... mi clabe es {CLABE.sp} creo
olvida la tarjeta, pago con paypal: {EMAIL}
[es-US] hi, can I write in spanish? mi seguro social es {SSN} y mi tarjeta {CARD}
[es-ES] el NIE de mi mujer es {NIE} y el mío {NIE.sd}
¿hola? || ¿este es el chat de reembolsos?
mi pedido {#order} llegó dañado || la caja venía aplastada || ¿y ahora qué?
¿puedo recogerlo en la tienda {#store}? me queda más cerca
¿cuánto tarda un reembolso? llevo desde el {#date}
el {#model} que me llegó es de otro color || ¿lo puedo cambiar? || pedido {#order}
gracias por la ayuda de antes! ya está todo
¿el precio de {#price} incluye IVA?
necesito {#qty} más de lo mismo, ¿los añaden al pedido {#order}?
sigo esperando... ticket {#ticket}
la web está caída otra vez || desde las {#time} más o menos
"""
