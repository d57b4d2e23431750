"""Plantillas de chat en español (material sellado: no ajustar detectores con este archivo)."""

LOCALES = ["es-ES", "es-ES", "es-MX", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"]

TEMPLATES = r"""
hola buenas, me rechazaron la tarjeta
es la {CARD}

tarjeta {CARD:sd} vence {EXP} cvv {CVV}

ola q tal, el pago del pedido {@order} no pasó. la tarjeta es {CARD}

{CARD:nz}

va el numero {CARD:mm1}
{CARD:mm2}

te lo paso por partes
{CARD:mm1}
{CARD:mm2}
{CARD:mm3}

los numeros de la tarjeta son {CARD:ls}

el codigo de atras es {CVV} y caduca {EXP}

venc {EXP:cx} cvc {CVV}

fecha de vencimiento {EXP:cx}

el código de seguridad {CVV:sp}

{CARD:sp}

Tarjeta: {CARD}{NL}Vto: {EXP}{NL}CVV: {CVV}

me cobraron {@price} dos veces el {@date}!! tarjeta {CARD:sd}

no se cual es la terminacion, mejor te paso toda {CARD:nz}

que necesitas?
num de tarjeta {CARD:ls} vto {EXP:cx}

el nip es {PIN} jaja

mi pin {PIN:sp} ya lo cambio despues

el cajero de la sucursal {@store} se tragó mi tarjeta, puse el pin {PIN}

buenas
mi número de cuenta es {ACCT}

@es-MX
mi clabe es {CLABE}

@es-MX
CLABE interbancaria {CLABE:sd}

@es-MX
para el reembolso: clabe {CLABE:nz}

@es-MX
{CLABE:mm1}
{CLABE:mm2}

@es-MX
la clabe {CLABE:ls}

@es-MX
mi curp {CURP}

@es-MX
CURP: {CURP}{NL}RFC: {RFC}

@es-MX
rfc para la factura {RFC} porfa, es la {@invoice}

@es-MX
RFC {RFC:sd}

@es-MX
curp {CURP:sd}

@es-MX
ocupo facturar, mi rfc es {RFC}

@es-MX
mi cel es {PHONE} marcame despues de las {@time}

@es-ES
DNI {DNI}

@es-ES
mi dni es el {DNI:sd}

@es-ES
el dni: {DNI:nz}

@es-ES
dni {DNI:ls}

@es-ES
{DNI:mm1}
{DNI:mm2}

@es-ES
soy extranjero, mi NIE es {NIE}

@es-ES
NIE {NIE:sd}

@es-ES
el nie {NIE:ls} y mi movil {PHONE}

@es-ES
código postal {@zip}, dni {DNI}

cuenta {ACCT:ctx}

nro de cuenta {ACCT:sd}

es {ACCT:mm1}
{ACCT:mm2}

@es-ES
mi IBAN es {IBAN}

IBAN {IBAN:ib}

devuelveme los {@price} a esta cuenta {IBAN:ib}

IBAN:{NL}{IBAN:ib}{NL}BIC {SWIFT}

el swift es {SWIFT}

datos para la transferencia: {IBAN:sd} / {SWIFT}

{IBAN:mm1}
{IBAN:mm2}

perdon el iban bien es {IBAN:ls}

@es-US
routing {ROUT} cuenta {ACCT}

@es-US
el numero de ruta es {ROUT:sd}

@es-US
mi seguro social es {SSN}

@es-US
social {SSN:sd}

@es-US
el ITIN {ITIN}

@es-US
mi itin es {ITIN:nz} para los taxes

mi correo es {EMAIL}

mandame la factura {@invoice} a {EMAIL} porfa

correo {EMAIL:em}

{EMAIL:em}

el link https://cuenta.example.com/recuperar?correo={EMAIL:pe} me da error {@error}

entré a https://ayuda.example.org/login?email={EMAIL:pe} y nada

mail nuevo: {EMAIL}
el viejo era {EMAIL}

llamame al {PHONE}

mi cel {PHONE:sd} despues de las {@time}

celu {PHONE:nz}

{PHONE}

mi numero es {PHONE:sp}

el tel {PHONE:mm1}
{PHONE:mm2}

telefono {PHONE:ls}

me mandaron el código por sms al {PHONE} y no llegó nada

https://envios.example.net/sms?tel={PHONE:pe}

mi pasaporte {PASS}

pasaporte nro {PASS:sd} vence el {@date}

reserva {@booking}, número de pasaporte {PASS}

pasaporte {PASS:ls}

licencia de conducir {DL}

mi licencia {DL:sd}

@es-ES
carnet de conducir {DL}

contraseña {PWD}

la clave es {PWD} no se rian

usuario: {USER}{NL}contraseña: {PWD}

mi usuario {USER}

el user es {USER} creo

usuario {USER} y la contra era {PWD}

https://admin:{PWD:url}@router.example.net

puse ftp://carlos:{PWD:url}@archivos.example.com y no conecta

AWS_ACCESS_KEY_ID={AKID:kv}{NL}AWS_SECRET_ACCESS_KEY={AKS:kv}

aws_secret_access_key = {AKS:kv}

la access key {AKID} y la secreta {AKS}

DB_PASSWORD={PWD:kv}

mi .env{NL}SMTP_USER=ventas{NL}SMTP_PASS={PWD:kv}

mi ip es {IP}

ip del router {IP} mac {MAC}

la mac del deco es {MAC}

la MAC {MAC} la bloquean siempre

ip {IP} no abre el puerto desde la version {@version}

hola

gracias!!

el pedido {@order} no llega, el seguimiento {@track} dice entregado

pedí {@qty} unidades del {@model} y me llegó una

ok gracias, ticket {@ticket}

me cancelaron el vuelo {@flight} del {@date}, quiero el reembolso de {@price}

habitación {@room}, llego a las {@time}

ya van {@days} días!!!

la app en la version {@version} se cierra con error {@error}

tengo {@data} y ya se me acabaron

me subieron el {@percent} sin avisar

quiero hablar con una persona

la factura {@invoice} del {@date} está mal

poliza {@policy} quiero renovar

contrato {@contract} darlo de baja porfa

hola? hay alguien?

va
tarjeta {CARD:mm1}
{CARD:mm2}

perdon se me fue
{CARD:mm1}
{CARD:mm2}

cual era lo ultimo
{PHONE:mm1}
{PHONE:mm2}
ese es mi cel

@es-MX
la clabe
{CLABE:mm1}
{CLABE:mm2}
{CLABE:mm3}

oye la tarjeta {CARD:ls}, cvv {CVV:ls}

vence {EXP}

la fecha de caducidad {EXP} y el codigo {CVV}

tarjeta nueva
{CARD:sd}
vto {EXP:cx}

@es-AR
che, te paso la tarjeta {CARD} vence {EXP}

@es-AR
mi celu es {PHONE} y el cp {@zip}

@es-CO
mi cédula... bueno mejor el celular {PHONE:sd}

@es-CL
el codigo postal es {@zip}, fono {PHONE}

@es-CO
número de cuenta de ahorros {ACCT}

@es-CL
cuenta rut no, la corriente: {ACCT:ctx}

el pin que puse es {PIN:sd}

pin {PIN:ls}

el nip {PIN:nz}

ya te di mi tarjeta {CARD:sp} pq me la pides otra vez

tarjeta {CARD:sd} compre {@qty} cosas por {@price}

el IBAN es:{NL}{IBAN:ib}

IBAN -> {IBAN:nz}

transferí {@price} a {IBAN} el {@date}, concepto {@invoice}

bic {SWIFT:sd}

cambien mi tel a {PHONE:sd}

tel nuevo {PHONE:nz} el anterior {PHONE}

no me sirvió la clave temporal {PWD}

mi contraseña {PWD} tiene un simbolo, será eso?

pasaporte {PASS:nz}

@es-MX
{CURP:mm1}
{CURP:mm2}

@es-MX
curp {CURP:ls}

la mac {MAC:sd}

ip {IP:nz}

{EMAIL:em} ese es mi correo

mi número de cuenta {ACCT:sp}

si
{ACCT}

si {CVV}

{EXP}

{PHONE}

{EMAIL}

@es-ES
{DNI}

tarjeta {CARD:mm1}
{CARD:mm2}
listo eso es todo

numero de cel {PHONE:mm1}
{PHONE:mm2}
{PHONE:mm3}

IBAN {IBAN:mm1}
{IBAN:mm2}
{IBAN:mm3}

se filtró la key de aws en el ticket {@ticket}: {AKID}

la secret {AKS} hay que rotarla

{CARD} vto {EXP:cx} cod {CVV}

hi, sorry my spanish... tarjeta {CARD} expira {EXP}

@es-US
hello, mi social security es {SSN:nz}

@es-US
{SSN:mm1}
{SSN:mm2}

@es-ES
dni {DNI:sp}
"""

TEMPLATES += r"""
@es-MX
oigan ya van {@days} días y nada del reembolso
la clabe otra vez {CLABE}
gracias joven

@es-MX
buenas tardes, me pueden ayudar
es que no me llega el token
mi número es {PHONE:sd}

@es-AR
holaa, che no me anda la app
usuario {USER}
la clave la cambié ayer

@es-AR
mirá, el débito automático me rebotó
cbu no tengo a mano, la cuenta es {ACCT:ctx}

@es-CO
buen día, para el reintegro le dejo mi cuenta {ACCT:ctx}
es de ahorros
mil gracias

@es-CL
hola, el pedido {@order} llegó malo
fono {PHONE}
cachai que es la segunda vez

@es-ES
buenas, tengo un cargo raro de {@price}
la tarjeta acaba en... bueno, es la {CARD:nz}
vale gracias

@es-ES
oye una cosa
el DNI lo tenéis mal puesto, es {DNI}

@es-US
hi, hablo spanglish jaja
my card es {CARD:sd}
exp {EXP:cx}

espera que busco la tarjeta
ya
{CARD:sd}

ok y ahora que
me pide el nip
{PIN:ctx}

nada, sigue sin funcionar
ya reinicié el módem {@model}
"""

TEMPLATES += r"""
@es-MX
cp {@zip}, rfc {RFC}, factura {@invoice} por {@price}

ya intenté {@count} veces, tarjeta {CARD:sd} pedido {@order}

pedido {@order} {CARD:sd} {@price}

@es-ES
dni {DNI} cp {@zip} fecha {@date}

llevo {@count} llamadas, mi tel {PHONE} y el ticket {@ticket}
"""
