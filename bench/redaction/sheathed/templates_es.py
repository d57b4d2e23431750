"""Spanish chat templates for corpus 22 (one template per line, messages split by ' || ')."""
# ruff: noqa: E501 - one chat template per line; wrapping would split messages

TEMPLATES = r"""
hola buenas || mi pedido {order} no ha llegado y ya pasaron {n} dias || q hago?
[es-ES] hola, os paso la tarjeta para el cobro: {CARD} caduca {EXP} y el cvv {CVV}
[es-ES] vale, la tarjeta es {CARD:sp} || caducidad {EXP} || código de seguridad {CVV}
[es-MX] oye ya te pase la tarjeta? es {CARD:sp} vence {EXP}
[es-MX es-US] mi tarjeta {CARD:mm1} || {CARD:mm2} || ya, perdon se me corto
[es-AR] che, la tarjeta es {CARD:noise} vto {EXP:cexp}
[es-CO] buenas tardes, el numero de la tarjeta es {CARD} con fecha de vencimiento {EXP}
[es-CL] la tarjeta po, {CARD:leet} venc {EXP:cexp}
te la dicto: {CARD:words}
tarjeta: {CARD} || venc: {EXP} || cvv: {CVV}
el codigo de atras es {CVV}
[es-ES] me cobrasteis {price} dos veces!! tarjeta acabada en... bueno, toda: {CARD}
[es-MX] quiero pagar a {inst} meses sin intereses con mi tarjeta {CARD:sp}, exp {EXP:cexp}, cvv {CVV}
[es-AR] pago en {inst} cuotas, tarjeta {CARD}, vencimiento {EXP}, codigo {CVV}
tarjeta {CARD:mm1} || {CARD:mm2} || {CARD:mm3} || vence {EXP}
el cvv es {CVV:words}
[es-US] my card es {CARD} y expira {EXP}, el security code {CVV}
mi pin es {PIN} y el cajero de la tienda {store} no lo acepta
[es-ES] he cambiado el pin a {PIN:leet} y ahora me dice incorrecto
el nip es {PIN:words}
[es-MX] mi NIP {PIN} no jala en el cajero
clave {PIN:sp} || es la del cajero
[es-ES] mi DNI es {DNI}
[es-ES] dni {DNI:sp} y el código postal {zip}
[es-ES] el DNI: {DNI:mm1} || {DNI:mm2}
[es-ES] dni {DNI:leet} a nombre de mi madre
[es-ES] mi dni es {DNI:noise}
[es-ES] soy extranjero, tengo NIE: {NIE}
[es-ES] NIE {NIE:sp} || caduca en {year}
[es-ES] el nie es {NIE:mm1} || {NIE:mm2}
[es-ES] nie {NIE:noise} porfa revisad
[es-ES] mi nie {NIE:leet}
[es-MX] mi CURP es {CURP}
[es-MX] curp: {CURP:sp}
[es-MX] la curp {CURP:mm1} || {CURP:mm2}
[es-MX] CURP {CURP:noise} ya la revise en el RENAPO
[es-MX] para la factura mi RFC es {RFC}
[es-MX] rfc {RFC:sp} || uso CFDI gastos en general
[es-MX] RFC {RFC:mm1} || {RFC:mm2}
[es-MX] RFC de la empresa: {RFC:noise}
[es-MX] depositame a mi CLABE {CLABE}
[es-MX] clabe interbancaria {CLABE:sp}
[es-MX] la clabe es {CLABE:mm1} || {CLABE:mm2} || {CLABE:mm3}
[es-MX] CLABE {CLABE:leet}
[es-MX] clabe {CLABE:words}
[es-MX] mi clabe: {CLABE:noise}
soy de Brasil, mi CPF es {CPF}
cpf {CPF:sp}
CPF: {CPF:mm1} || {CPF:mm2}
el cnpj de la empresa es {CNPJ}
CNPJ {CNPJ:sp} para la factura {inv}
vivo en Francia, mi numero de seguridad social francés (NIR) es {NIR}
NIR {NIR:sp}
mi id fiscal alemán (Steuer-ID) es {STEUER}
Steuer-IdNr {STEUER:sp}
el NIF portugués es {NIF}
NIF {NIF:sp} || contribuinte
[es-US] my SSN es {SSN}
[es-US] el seguro social {SSN:sp}, y el zip {zip}
[es-US] ssn {SSN:mm1} || {SSN:mm2}
[es-US] no tengo social, tengo ITIN: {ITIN}
[es-US] el itin {ITIN:sp}
[es-US] ITIN {ITIN:mm1} || {ITIN:mm2}
vivo en Londres y el national insurance es {NINO}
NI number {NINO:sp}
mi pasaporte es {PASSPORT}
n° de pasaporte {PASSPORT}, vuelo {flight} el {date}
pasaporte {PASSPORT:sp} || reserva {booking}
el pasaporte {PASSPORT:mm1} || {PASSPORT:mm2}
[es-ES] el carnet de conducir es {DL}
[es-MX] numero de licencia de manejo {DL}
[es-AR es-CO] licencia de conducir {DL}
[es-CL] licencia {DL} (es el rut)
licencia {DL:sp}
[es-US] driver license {DL}
mi contraseña es {PASSWORD}
contraseña: {PASSWORD}
la clave de acceso es {PASSWORD} no me deja entrar
usuario {USER} || contraseña {PASSWORD}
mi usuario es {USER}
user: {USER} pass: {PASSWORD}
[es-AR] mi usuario {USER} y la contra {PASSWORD}, fijate porfa
la contraseña {PASSWORD:mm1} || {PASSWORD:mm2}
en el .env tenemos {PASSWORD:kv}
la conexion es {PASSWORD:url} y no conecta, error {err}
entramos con {PASSWORD:url}
mi correo es {EMAIL}
correo: {EMAIL:esp}
es {EMAIL:esp}
mandamelo a {EMAIL:esp} porfa
el link que me llego es {EMAIL:pct} y sale caducado
email {EMAIL:mm1} || {EMAIL:mm2}
[es-ES] el email con el que me registré es {EMAIL}, pedido {order}
[es-MX] mi mail es {EMAIL} y mi cel {PHONE}
[es-AR] mi cel es {PHONE}
[es-ES] mi móvil {PHONE}
[es-MX] cel {PHONE:sp}
[es-CO] mi celular {PHONE:noise}
[es-CL] mi fono es {PHONE}
[es-ES] llamadme al {PHONE:sp} a partir de las {time}
telefono {PHONE:words}
mi numero {PHONE:leet}
numero: {PHONE:mm1} || {PHONE:mm2}
tel {PHONE:mm1} || {PHONE:mm2} || {PHONE:mm3}
el link {PHONE:pct} no abre
[es-US] mi número es {PHONE} o el de mi hija {PHONE#2}
mi mamá vive en Madrid, su tel {PHONE@ES}
[es-ES] mi hermano está en México, {PHONE@MX}
[es-MX] estoy en Estados Unidos, mi numero de allá es {PHONE@US}
[es-AR] ahora vivo en Barcelona, el nuevo es {PHONE@ES}
[es-ES] IBAN {IBAN}
[es-ES] el iban es {IBAN:ibanb}
[es-ES] iban:\n{IBAN:ibanb}
iban {IBAN:mm1} || {IBAN:mm2}
[es-ES] para la devolucion: {IBAN:ibanb}
[es-ES] iban {IBAN:leet}
[es-ES] IBAN {IBAN:noise}
swift {SWIFT}
el BIC es {SWIFT} y el iban {IBAN}
codigo swift {SWIFT:sp}
swift {SWIFT:mm1} || {SWIFT:mm2}
[es-ES] numero de cuenta {ACCT}
[es-ES] mi cuenta {ACCT:sp}
[es-MX] numero de cuenta {ACCT}, banco {ROUTING}
[es-AR] mi CBU es {ACCT}
[es-AR] cbu {ACCT:mm1} || {ACCT:mm2}
[es-CO] cuenta de ahorros {ACCT}
[es-CL] cuenta rut {ACCT}
cuenta {ACCT:leet}
cta {ACCT:words}
[es-US] routing number {ROUTING} y account {ACCT}
[es-US] el routing {ROUTING:sp}
[es-ES] entidad y oficina {ROUTING}
[es-ES] oficina {ROUTING:noise}
routing {ROUTING:mm1} || {ROUTING:mm2}
[es-US] routing {ROUTING:leet}
[es-US] routing {ROUTING:words}
la access key es {AWSKEY} y la secret {AWSSECRET}
AWS_ACCESS_KEY_ID {AWSKEY}
os pego el fichero:\n{AWSKEY:kv}\n{AWSSECRET:kv}
{AWSSECRET:kv}
la secret key {AWSSECRET}
la key {AWSKEY:mm1} || {AWSKEY:mm2}
access key {AWSKEY:sp}
la ip del router es {IP}
mi ip {IP} y la mac {MAC}
la mac es {MAC}
mac {MAC:sp}
ip {IP:noise}
la mac {MAC:mm1} || {MAC:mm2}
hola || hay alguien? || necesito cambiar el correo a {EMAIL:esp}
[es-MX] sale, gracias
[es-AR] dale, gracias che
[es-CL] ya po, gracias
[es-ES] el paquete {track} lleva parado desde el {date}, mi móvil {PHONE}
[es-MX] mi pedido {order} dice entregado pero no llego nada, mi cel {PHONE}
[es-AR] compre {qty} unidades y llegaron {n} || mi cel {PHONE}
[es-CO] el {model} que compre sale error {err}, mi correo {EMAIL}
la app se cierra con la version {ver}, mi usuario {USER}
quiero cambiar al plan de {size}, cuanto cuesta? || dice {price}
[es-ES] la factura {inv} pone {price} pero el precio era {price#2}, devolvedme la diferencia al {IBAN:ibanb}
[es-ES] tengo reserva {booking} para el {date}, habitacion {room}, se puede cambiar?
[es-MX] el vuelo {flight} se cancelo, mi reserva {booking}, pasaporte {PASSPORT}
[es-ES] hay un {pct} de descuento si compro {qty}? pagaría con la tarjeta {CARD:sp} caduca {EXP}
la poliza {policy} vence el {date} || mi correo es {EMAIL}
quiero dar de baja el contrato {contract}, el titular tiene dni {DNI@ES}
la tienda {store} abre a las {time}? el pedido está a nombre del cel {PHONE}
el ticket {ticket} lleva {n} dias abierto, llamenme al {PHONE:sp}
[es-ES] buenas || mi código postal es {zip} y el móvil {PHONE}
[es-MX] CP {zip} || cel {PHONE}
[es-AR] CP {zip} tel {PHONE:sp}
[es-CO] codigo postal {zip}, celular {PHONE}
[es-CL] comuna... bueno el codigo postal {zip}, fono {PHONE}
[es-US] zip code {zip} y el cel {PHONE}
espera tarjeta equivocada || usa esta {CARD} exp {EXP:cexp}
visa {CARD:noise} || vence {EXP}
[es-MX] disculpe, cual es el codigo de seguridad? || ah ok, {CVV}
cvv {CVV} || vencimiento {EXP:cexp}
[es-ES] me pedís el pin?? || bueno, es {PIN}
pin {PIN:mm1} || {PIN:mm2}
[es-ES] hola, buenos días || no puedo acceder a la app || mi usuario es {USER}
[es-MX] que onda || me cobraron {price} de mas || mi correo {EMAIL}
[es-AR] buenas, una consulta || el envio {track} no se mueve hace {n} dias
[es-CO] buenas noches || necesito actualizar mi celular a {PHONE}
[es-CL] hola, consulta || el pedido {order} cuando llega? mi fono {PHONE}
ya te lo mando || {EMAIL}
perdon || me equivoqué de número, es {PHONE}
[es-ES] os dejo mi dni y móvil: {DNI} / {PHONE}
[es-MX] curp {CURP} y rfc {RFC}
[es-MX] te paso mis datos: {CURP} || {RFC} || {EMAIL}
[es-US] hola, I need help con mi cuenta || username {USER}
[es-US] el password es {PASSWORD} pero no works
mi dni es {DNI@ES} pero vivo en Argentina hace años
[es-AR es-CO es-CL] tengo NIE de España: {NIE}
[es-ES] la cuenta es {ACCT:mm1} || {ACCT:mm2} || es para el recibo de {price}
[es-ES es-MX] el pasaporte lo copié de una foto, creo que es {PASSPORT:leet}
mi esposo es brasileño, su CPF {CPF:leet} || el pedido es {order}
te lo dicto, cpf {CPF:words}
para la nota fiscal {inv} el CPF {CPF:noise}
el proveedor de Brasil me paso el cnpj {CNPJ:mm1} || {CNPJ:mm2} || factura {inv}
el CNPJ sale como {CNPJ:leet} en el PDF
cnpj {CNPJ:noise} || razon social no la tengo
trabajé en Francia, el NIR {NIR:mm1} || {NIR:mm2}
mi numero de securite sociale (NIR) {NIR:noise}
nir {NIR:leet} desde {year}
trabajo en Alemania, Steuer-ID {STEUER:mm1} || {STEUER:mm2}
para la declaración de {year} el steuer id {STEUER:noise}
el Steuer-ID que me dieron {STEUER:leet}
el NIF portugués {NIF:mm1} || {NIF:mm2} || codigo postal {zip}
nif de Portugal {NIF:noise}
NIF portugués {NIF:leet} para la factura {inv}
nif {NIF:words}
[es-US] el social es {SSN:noise}, lo necesito para el credito de {price}
[es-US] creo que mi ssn es {SSN:leet}
[es-US] te digo el social: {SSN:words}
[es-US] itin {ITIN:noise} para taxes de {year}
[es-US] el itin {ITIN:leet}
trabajé en UK, el national insurance {NINO:mm1} || {NINO:mm2}
national insurance {NINO:noise}
[es-MX] el rfc {RFC:leet} con homoclave
[es-MX] ya te pasé la curp? || {CURP:leet}
tarjeta {CARD:leet} vence {EXP}
[es-MX] mi nip es {PIN:noise} no se lo digan a nadie jaja
el código de atrás? || {CVV}
[es-ES] vale || {DNI}
[es-MX] ok, ahí va || {CURP}
[es-AR] ¿el cbu? || {ACCT}
{EMAIL}
{PHONE}
[es-MX] ya || {CLABE:sp}
si || fecha de caducidad? || {EXP}
[es-CO] buenas, el pedido {order} me llegó incompleto, faltan {n} || mi cédula no la tengo a mano pero el cel es {PHONE}
[es-CL] hola, compré el {model} en la tienda {store} por {price} || mi correo {EMAIL} || la boleta es la {inv}
[es-ES] buenas, quería cambiar la reserva {booking} del {date} || mi móvil es {PHONE} y el dni {DNI}
[es-MX] oigan, el paquete {track} dice que se entregó en CP {zip} pero no es mi CP || mi cel {PHONE:sp}
[es-AR] hola!! me cobraron {price} y la promo era del {pct} || pagué con la tarjeta {CARD:sp}
[es-US] hi, tengo una pregunta sobre el invoice {inv} || mi email es {EMAIL} y el phone {PHONE}
[es-ES] hola, quiero reclamar un cargo de {price} del {date} que no reconozco || la tarjeta es {CARD:sp} caduca {EXP} || mi móvil {PHONE} por si me llamáis
[es-ES] buenas, para domiciliar el recibo del contrato {contract} || IBAN {IBAN:ibanb} || y el titular tiene DNI {DNI}
[es-MX] oigan ya van {n} veces que intento pagar y me sale error {err} || la tarjeta {CARD} vence {EXP:cexp} cvv {CVV} || mi correo {EMAIL}
[es-MX] buenas tardes, necesito la factura del pedido {order} || RFC {RFC} || CP fiscal {zip} || uso de CFDI gastos en general, correo {EMAIL}
[es-AR] hola! el técnico me pidió los datos del módem || ip {IP} y la mac {MAC} || es un {model}
[es-CO] buenos días, cambié de celular, el anterior era {PHONE} || el nuevo es {PHONE#2} || el correo sigue siendo {EMAIL}
[es-CL] hola, arriendo el auto desde el {date}, reserva {booking} || licencia {DL} || pasaporte {PASSPORT} por si acaso
[es-US] hi, my mom no habla inglés y quiere pagar el bill || su tarjeta {CARD:words} || expira {EXP}
[es-MX] el numero que tienen esta mal, es {PHONE:mm1} || {PHONE:mm2} || no el {zip} ese es mi CP jaja
[es-ES] estoy ayudando a mi padre, vive en Lisboa || su NIF portugués {NIF} y el móvil {PHONE@PT} || el correo {EMAIL:esp}
el de sistemas subió las claves al repo sin querer, ticket {ticket} || {AWSKEY:kv} || {AWSSECRET:kv}
[es-MX] la transferencia es a mi cuenta de España || IBAN {IBAN@ES} || BIC {SWIFT@ES} || el monto {price}
[es-AR] soy argentino pero vivo en Madrid, para la factura {inv} usen mi NIE {NIE} || no el DNI argentino
[es-ES] me mudé de São Paulo y la factura {inv} sigue saliendo con mi CPF {CPF:sp} || cambiadlo por mi DNI {DNI}
[es-MX] mi hermano en Monterrey necesita el reembolso || CLABE {CLABE:sp} || su CURP {CURP} || son {price}
[es-CO] hola, vuelo {flight} el {date}, el pasaporte es {PASSPORT:mm1} || {PASSPORT:mm2} || perdón se me fue
me llegó un sms diciendo que mi cuenta está bloqueada, el link era {EMAIL:pct} || es real? mi contraseña es {PASSWORD} por si acaso
[es-US] pueden confirmar lo que tienen? || el social {SSN}, zip {zip}
[es-CL] hola, el {model} que compré en la tienda {store} salió malo, boleta {inv} por {price} || llámenme al {PHONE:sp}
[es-ES] por favor cambiad mi correo a {EMAIL} || el antiguo {EMAIL#2} ya no lo uso, soy cliente desde {year}
el agente me dijo que mandara el iban aquí || {IBAN:mm1} || {IBAN:mm2} || {IBAN:mm3}
[es-AR] me llegó el pin nuevo {PIN} pero el cajero no lo toma || tarjeta {CARD}, estoy en el hotel habitación {room}
[es-US] hola, tengo mi ITIN {ITIN} y me piden el social, no tengo || mi email es {EMAIL} y el número {PHONE}
[es-MX] oye wey ya te pase mi CURP? || {CURP:mm1} || {CURP:mm2}
sorry, i'm writing from my work laptop || the card is {CARD:sp} exp {EXP}
📱{PHONE} ✉️{EMAIL}
(mi nie: {NIE}) por si lo necesitan
perdón me equivoqué!! es {CARD} no {CARD#2}
Correo: {EMAIL}\nTeléfono: {PHONE}\nPedido: {order}
[es-MX] CURP: {CURP}\nRFC: {RFC}\nCP: {zip}
MI CONTRASEÑA ES {PASSWORD} Y SIGUE DICIENDO ERROR!!!
[es-US] okey so my phone es {PHONE} y el zip {zip}
[es-AR] dale, cbu {ACCT}, alias no tengo 👍
tarjeta "{CARD}" vto "{EXP}"
[es-ES] es el {PHONE}!! el otro {PHONE#2} ya no lo uso
iban={IBAN} (copiado de la app del banco)
[es-ES] os he hecho un bizum de {price} al número que pone en la web pero me equivoqué, lo mandé desde mi {PHONE} || me lo podéis devolver?
[es-MX] pagué en OXXO la referencia pero no se refleja, fue por {price} el {date} || mi correo {EMAIL} y cel {PHONE:sp}
[es-AR] pagué con Mercado Pago, me debitaron {price} dos veces || el mail de la cuenta es {EMAIL} y el DNI... ah no, ustedes piden el CUIT, no tengo, uso el pasaporte {PASSPORT}
[es-CO] me pueden devolver por Nequi? es al {PHONE} || son {price} del pedido {order}
[es-ES] el repartidor de SEUR dice que no estaba pero estuve todo el día, envío {track} || mi móvil {PHONE:noise}
[es-MX] Estafeta marca la guía {track} como entregada en CP {zip} || mi numero {PHONE:mm1} || {PHONE:mm2}
[es-AR] Andreani no me trajo nada, seguimiento {track} || llamame al {PHONE}, después de las {time}
[es-CL] Chilexpress me dice que la dirección está mala, orden {track} || mi fono {PHONE} y mi correo {EMAIL:esp}
[es-ES] quiero la factura a nombre de la empresa, NIF... bueno, el del autónomo es mi DNI {DNI} || pedido {order}
[es-ES] me llamó alguien diciendo que era del banco y le dije el código {PIN} 😭 || mi tarjeta es {CARD:sp}, bloqueadla porfa
[es-MX] me quieren cobrar el {pct} de comisión por pagar con tarjeta {CARD}?? || vence {EXP:cexp}
[es-US] quiero hacer el pago con Zelle, mi email de Zelle es {EMAIL} || o al phone {PHONE}
[es-CO] necesito el certificado para la DIAN, factura {inv} || la tarjeta con que pagué termina... no, toda: {CARD:noise}
[es-ES] mi contador es el {meter} y la lectura no cuadra || el titular tiene NIE {NIE:sp}
"""
