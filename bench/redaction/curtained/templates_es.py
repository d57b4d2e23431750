"""Spanish customer messages (Spain, Mexico, Argentina, Colombia, US Spanish speakers).

SEALED MATERIAL: these templates are the sealed split. Do not read them while tuning a detector.
"""

from .tpl import expand

ES = r"""
hola, mi dni es {DNI} y el pedido {k:order_number} no me ha llegado
DNI {DNI.sp}
dni: {DNI.sub}
perdona me equivoqué, el dni bueno es {DNI}
soy extranjero, mi NIE es {NIE}
nie {NIE.sp} (lo renové el {k:date})
el NIE {NIE.mm1} || {NIE.mm2}
mi cuenta es {IBAN} para que me devolvais los {k:price}
IBAN: {IBAN.ib}
iban {IBAN.mm1} || {IBAN.mm2} || {IBAN.mm3}
te paso el iban\n{IBAN.ib}
entidad y oficina {ROUT}, el resto ya os lo mande
el bic de mi banco es {BIC}
mi movil es {PHONE}
llamadme al {PHONE.sp} por la tarde a partir de las {k:time}
tlf {PHONE.nz}
es el {PHONE.sw}
el numero: {PHONE.mm1} || {PHONE.mm2}
la tarjeta es {CARD.sp} caduca {EXP}
tarjeta {CARD} cad {EXP.ce} cvv {CVV}
el cvv?? {CVV}
codigo de seguridad {CVV.sw}
la fecha de caducidad es {EXP}
el pin de la tarjeta es {PIN} pero me dice que es incorrecto
mi correo es {EMAIL}
correo: {EMAIL.es}
pasaporte {PASS}, vuelo {k:flight_number} del {k:date}
carnet de conducir {DL}
la contraseña que puse es {PWD} y no me deja entrar
contraseña {PWD.cx}
el router tiene la ip {IP}, me sale el error {k:error_code}
vale gracias, espero respuesta
buenas, llevo una semana esperando el paquete {k:tracking_number}, cp {k:postal_code}
he pagado {k:price} por {k:quantity} unidades y solo me han llegado la mitad
"""

MX = r"""
mi curp es {CURP}
CURP: {CURP}
curp {CURP.mm1} || {CURP.mm2}
el rfc {RFC} para la factura {k:invoice_number} porfa
rfc con homoclave {RFC}
mi clabe es {CLABE}
clabe interbancaria {CLABE.sp}
la clabe {CLABE.nz}
va la clabe {CLABE.mm1} || {CLABE.mm2} || {CLABE.mm3}
ahi te va: {CLABE.mm1} || {CLABE.mm2} || listo
numero de cuenta {ACCT.cx}
mi cel es {PHONE}
cel {PHONE.sp} marcame despues de las {k:time}
whats {PHONE.sub}
tarjeta {CARD.nz} vence {EXP}
la tarjeta {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
numero de tarjeta {CARD.sw}
nip {PIN}
el nip de mi tarjeta es {PIN.sw}
pasaporte mexicano {PASS}
mi licencia {DL}
mi correo {EMAIL.es}
el link me manda a https://pagos.example.com/checkout?correo={EMAIL.pct}&monto={k:amount}
ya pague {k:price} el {k:date} y sigue apareciendo adeudo
oigan y a que hora abren la sucursal {k:store_number}?
"""

AR = r"""
che mi cel es {PHONE}
el cbu no lo tengo, te paso el numero de cuenta {ACCT}
tarjeta {CARD.sub} vto {EXP.ce}
mail {EMAIL}
la clave es {PWD} no me deja loguear
"""

CO = r"""
mi celular es {PHONE.sp}
cuenta de ahorros {ACCT.nz}
pasaporte {PASS}
el pin {PIN} ya lo cambie y nada
tarjeta debito {CARD}
"""

US = r"""
mi social security es {SSN}, el seguro social
social {SSN.sp}
mi ITIN es {ITIN} porque no tengo social
el routing number es {ROUT} y la cuenta {ACCT}
routing {ROUT.cx}
la license de manejar {DL@US}
mi numero es {PHONE}
"""

MORE = r"""
[es-MX] ntp ya encontre la tarjeta: {CARD.sp}
[es-ES] xfa cambiadme el movil a {PHONE} q el otro ya no lo uso
[es-AR] dale, mi mail es {EMAIL} y el cel {PHONE.sp}
[es-CO] q pena con usted, la cuenta es {ACCT} no la q le dije
[es-MX] mi cuñado me presto su tarjeta {CARD} se puede?
[es-US] el numero de mi licencia de texas es {DL} y mi ITIN {ITIN}
[es-ES] tengo el pasaporte colombiano {PASS@CO} y el NIE {NIE}
el pedido {k:order_number} dice entregado el {k:date} a las {k:time} pero estuve en casa
el {k:product_model} me da el error {k:error_code} desde la version {k:version}
me aplican el {k:percentage} en el plan de {k:price} o no?
[es-MX] mi envio {k:tracking_number} sigue en transito desde el {k:date}
[es-AR] reserve {k:booking_reference} para {k:count} personas, puedo sumar una mas?
que tienda queda cerca del cp {k:postal_code}? || la del centro
me cobraron {k:price} en vez de {k:plan_amount}
no, eso es todo, muchas gracias por la paciencia!!
para que quieren mi dni?? bueno, {DNI}
[es-MX] no manches ya les di mi curp {CURP} ayer
ya tienen mi correo es {EMAIL} 🙄
NUMERO DE TARJETA {CARD} URGENTE ESTOY EN LA CAJA
[es-AR] hola che, te paso la tarjeta {CARD.sp} venc {EXP}
[es-CO] buenas, mi cedula no, el pasaporte {PASS} y celular {PHONE}
[es-ES] el numero del carnet de conducir es {DL}, el del dni {DNI}
👍 {PHONE}
el correo es {EMAIL} o {EMAIL#2}? no me acuerdo cual puse
cp {k:postal_code} cvv {CVV} vence {EXP}
[es-US] hola llame antes, caso {k:ticket_number} || me dijeron que mandara mi social por aqui {SSN}
[es-US] mi banco es wells fargo, el routing {ROUT}
[es-MX] la contraseña del wifi es {PWD} y la ip del modem {IP}
[es-ES] titular yo, iban {IBAN}, bic {BIC}
[es-MX] deposite {k:price} a la clabe {CLABE} y no se refleja
[es-ES] ok apunta: {NIE}
pedido {k:order_number} / tarjeta {CARD} / cobrado {k:price} el {k:date}
[es-MX] cp {k:postal_code}, curp {CURP}
factura {k:invoice_number} pagada con {CARD.sp} cad {EXP} a las {k:time}
envio {k:tracking_number}, el telefono de la etiqueta tiene que ser {PHONE}
vuelo {k:flight_number} del {k:date}, pasaporte {PASS}
[es-MX] poliza {k:policy_number} por {k:price}, cargo a la clabe {CLABE}
error {k:error_code} en la version {k:version} al meter la tarjeta {CARD} cvv {CVV}
[es-ES] recibo {k:invoice_number}, iban {IBAN}, importe {k:price}
{CARD.mm1} || {CARD.mm2} || perdon se envio antes || {CARD.mm3}
[es-ES] el dni {DNI.mm1} || {DNI.mm2}
[es-MX] la curp es {CURP.mm1} || {CURP.mm2} || {CURP.mm3}
[es-CO] cuenta {ACCT.mm1} || {ACCT.mm2}
[es-US] ITIN {ITIN.mm1} || {ITIN.mm2} || {ITIN.mm3}
{CARD} esa es la buena
{EMAIL}
{PHONE} a ese numero
si {ACCT.cx}
[es-ES] {DNI} es mi documento
[es-MX] {CURP} esa es mi curp
atras dice {CVV}
[es-MX] cambien el correo de {EMAIL} a {EMAIL#2} porfa
[es-ES] la tarjeta del banco {CARD.sp}, la de la caixa no
[es-AR] mi mail es {EMAIL.es}
[es-MX] rfc de la empresa {RFC} y mi cel {PHONE}
[es-US] la cuenta de cheques {ACCT} y routing {ROUT}
[es-CO] numero de cuenta {ACCT.sp}
[es-ES] a ver || el numero de la tarjeta {CARD.mm1} || {CARD.mm2} || caduca {EXP}
[es-MX] la cuenta {CLABE.mm1} || {CLABE.mm2} es clabe no tarjeta
[es-AR] cel {PHONE.mm1} || {PHONE.mm2}
[es-ES] corrijo: el dni es {DNI}, antes puse mal la letra
[es-MX] me piden la curp y el rfc: {CURP} / {RFC}
[es-CO] correo {EMAIL} y clave {PWD}
[es-US] el seguro social de mi hijo es {SSN.sw}
[es-ES] pasaporte británico {PASS@GB}, vivo en málaga
[es-MX] licencia de manejo {DL}, vence {k:year}
[es-ES] numero de cuenta antiguo {ACCT.cx}
[es-AR] tarjeta de debito {CARD.sp} vto {EXP}
[es-MX] nip {PIN.sub}
hola || quiero cambiar la cuenta de domiciliacion || el iban nuevo {IBAN}
buenas tardes, la tienda {k:store_number} abre los domingos?
cuanto cuesta el {k:product_model} con {k:data_size}?
llevo {k:count} dias sin internet || nadie me soluciona nada || el router es {MAC}
hola?? || hay alguien || me cobraron {k:price} el {k:date} y no compre nada
ok, el ticket {k:ticket_number} ya lo pueden cerrar
[es-MX] jaja ok || la access key es {AKID} y el secret {ASEC}
[es-MX] export AWS_SECRET_ACCESS_KEY={ASEC.kv} salio en la captura
[es-AR] ftp://pablo:{PWD.uc}@files.example.org no anda
[es-CO] la url https://tienda.example.com/?email={EMAIL.pct}&cupon={k:booking_reference} no sirve
[es-MX] el paquete {k:tracking_number} ya llego, gracias
[es-AR] mi codigo postal es {k:postal_code} ahora
ok || mi tarjeta es {CARD.mm1} || {CARD.mm2}
espera que la busco || ya: {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
[es-AR] cuenta {ACCT.mm1} || {ACCT.mm2} || perdon se me corto
IBAN {IBAN.ib} titular yo misma
cvv {CVV} vence {EXP.ce}
caducidad {EXP.ce}
el correo es {EMAIL.es} todo junto
[es-AR] me sale https://mi.example.org/alta?tel={PHONE.pct}&paso={k:count} y no avanza
[es-CO] mi ip publica es {IP}
[es-AR] la ip {IP} esta bloqueada?
[es-CO] mac {MAC} es la de la tele
[es-MX] rfc {RFC.sp}
bic {BIC} y el iban {IBAN}
el swift del banco {BIC}
[es-US] tengo el ITIN {ITIN} y el social de mi esposo es {SSN}
[es-US] my social es {SSN.mm1} || {SSN.mm2}
[es-US] mi ITIN {ITIN.sp}
en el archivo .env puse API_PASSWORD={PWD.kv} y AWS_SECRET_ACCESS_KEY={ASEC.kv}
aws_access_key_id = {AKID.kv}
https://usuario:{PWD.uc}@intranet.example.com/panel no carga
ya les di mi dni {DNI.nz} dos veces!!
el NIE es {NIE.sw}
mi dni {DNI.sw}
que no, que el telefono es {PHONE} no el que teneis
[es-MX] whatsapp {PHONE.mm1} || {PHONE.mm2} || {PHONE.mm3}
[es-MX] la tarjeta {CARD.sub} me la cobraron doble
[es-CO] pin: {PIN.sub}
la contraseña era {PWD} pero la cambie a {PWD#2}
factura {k:invoice_number} por {k:price}, no la reconozco
el contrato {k:contract_number} vence en {k:year}
[es-MX] mi poliza {k:policy_number} cubre el {k:product_model}?
la lectura del contador es {k:meter_reading}
[es-MX] tengo {k:count} lineas y me cobran {k:price}
habitacion {k:room_number}, salgo el {k:date}
me dijeron que tenia un descuento del {k:percentage}
gracias!! muy amables
"""

TECH = r"""
le pase a soporte esto\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASEC.kv}
la key {AKID} es la vieja o la nueva??
sftp://mgarcia:{PWD.uc}@backup.example.com no conecta
la mac del equipo {MAC}
"""

TEMPLATES = expand(
    [
        ("es-ES", ES),
        ("es-MX", MX),
        ("es-AR", AR),
        ("es-CO", CO),
        ("es-US", US),
        ("es-MX", TECH),
        ("es-ES", MORE),
    ]
)
