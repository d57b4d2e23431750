"""Spanish conversations (customer side only): ES, MX, CO, AR, CL and expats."""

TEMPLATES = r"""
ES: hola buenas || me han cobrado dos veces el pedido {=order} || la tarjeta es {CARD} caduca {EXP}
ES: la tarjeta acaba en... bueno te la paso entera {CARD|sp}
ES: numero de tarjeta {CARD|noise}
ES: es la {CARD|sub}
ES: tarjeta {CARD|multi:1} || {CARD|multi:2}
ES: te lo mando en dos partes {CARD|multi:1} || y el resto {CARD|multi:2}
ES: el cvv es {CVV}
ES: codigo de seguridad {CVV|words}
ES: los {=qty:3} numeritos de atras: {CVV}
ES: caducidad {EXP|cexp}
ES: fecha de caducidad {EXP}
ES: caduca en {EXP|words}
ES: cad{EXP|cexp} y cvv {CVV}
ES: el pin de la tarjeta es {PIN} y no me deja sacar en el cajero
ES: mi pin {PIN|words}
ES: puse de pin {PIN|sub} creo
ES: mi DNI es {DNI}
ES: dni {DNI|sp}
ES: el dni: {DNI|noise}
ES: DNI {DNI|multi:1} || {DNI|multi:2}
ES: soy extranjero, mi NIE es {NIE}
ES: nie {NIE|sp} (el de la tarjeta verde)
ES: N.I.E. {NIE}
ES: IBAN {IBAN}
ES: mi cuenta es {IBAN|ibx}
ES: el iban⏎{IBAN|ibx}
ES: iban {IBAN|multi:1} || {IBAN|multi:2} || {IBAN|multi:3}
ES: transferencia al {IBAN} con BIC {SWIFT}
ES: el swift del banco es {SWIFT}
ES: mi movil {PHONE}
ES: llamame al {PHONE|sp} por la tarde
ES: tlf {PHONE|noise}
ES: mi numero es el {PHONE|words}
ES: {PHONE|multi:1} || {PHONE|multi:2}
ES: telefono {PHONE|sub}
ES: mi correo es {EMAIL}
ES: email {EMAIL|mailw}
ES: el enlace que me llego es https://tienda.example/baja?correo={EMAIL|pct}&id=app y no funciona
ES: contraseña {PWD}
ES: la contraseña que puse es {PWD} pero me dice incorrecta
ES: mi clave de acceso es {PWD} ya la cambie {=count} veces
ES: git clone https://maria:{PWD|urlpw}@git.example.org/proyecto.git me da error {=code:401}
ES: tengo esto en el .env⏎AWS_ACCESS_KEY_ID={AKID|kv}⏎AWS_SECRET_ACCESS_KEY={ASK|kv}
ES: la access key es {AKID} y la secret {ASK}, sorry las subi a github sin querer
ES: DB_PASS={PWD|kv}
ES: la ip del router es {IP}
ES: mi ip publica {IP} y la mac {MAC}
ES: pasaporte {PASS}
ES: numero de pasaporte {PASS}, vuelo {=flight} el {=date}
ES: carnet de conducir {DL}
ES: el permiso de conducir es {DL} y me caduca en {=year}
ES: codigo postal {=postal}
ES: el pedido {=order} llego roto, pague {=price}
ES: seguimiento {=track} no se mueve desde el {=date}
ES: gracias!!
ES: vale
ES: nada mas, muchas gracias
ES: perdona me equivoque, el movil es {PHONE#2} no {PHONE}
ES: el DNI es {DNI} perdon queria decir {DNI#2}
ES: cuenta {ACCT} sucursal {ROUT}
ES: numero de cuenta {ACCT|sp}
ES: cuenta {ACCT|multi:1} || {ACCT|multi:2}
ES: la {CARD} || cvv {CVV} || caducidad {EXP}
ES: incidencia {=ticket} de la fibra, el router es un {=model}
ES: a ver si me podeis ayudar, factura {=invoice} de {=price}
MX: hola, mi CURP es {CURP}
MX: curp {CURP}
MX: mi rfc es {RFC} para la factura
MX: RFC {RFC} con homoclave
MX: necesito factura, rfc {RFC} y correo {EMAIL}
MX: mi clabe {CLABE}
MX: clabe interbancaria {CLABE|sp}
MX: la clabe es {CLABE|noise}
MX: clabe {CLABE|multi:1} || {CLABE|multi:2}
MX: te paso la clabe {CLABE|multi:1} || {CLABE|multi:2} || {CLABE|multi:3}
MX: clabe: {CLABE|words}
MX: {CLABE|sub} es mi clabe
MX: mi cel es {PHONE}
MX: whatsapp {PHONE|noise}
MX: marcame al {PHONE|words}
MX: tarjeta {CARD} vence {EXP}
MX: la tarjeta de debito {CARD|sp} y el nip es {PIN}
MX: nip {PIN|words}
MX: cuenta {ACCT} del banco
MX: mi pasaporte {PASS}
MX: licencia de manejo {DL}
MX: ya pague {=price} del pedido {=order}
MX: oye no me llega el paquete {=track}
MX: ok gracias joven
MX: cp {=postal}
MX: mi correo {EMAIL|mailw}
MX: es {EMAIL}
MX: el codigo de seguridad {CVV} y vence {EXP|cexp}
MX: contraseña del wifi {PWD}
CO: buenas tardes, mi celular {PHONE}
CO: cel {PHONE|sp}
CO: numero de cuenta de ahorros {ACCT}
CO: cuenta ahorros {ACCT|words}
CO: la tarjeta {CARD|noise} vence {EXP}
CO: pasaporte {PASS} para el vuelo {=flight}
CO: correo {EMAIL}
CO: mil gracias
CO: pague {=price} y no aparece
CO: {PHONE|multi:1} || {PHONE|multi:2} || ese es mi cel
AR: che, mi celu es {PHONE}
AR: cbu {ACCT}
AR: el cbu es {ACCT|sp}
AR: cbu {ACCT|multi:1} || {ACCT|multi:2}
AR: tarjeta {CARD|sp} vto {EXP}
AR: vto {EXP|cexp} cod seg {CVV}
AR: pasaporte {PASS}
AR: mail {EMAIL|mailw}
AR: dale gracias
AR: el pedido {=order} por {=price} no llego, cp {=postal}
AR: clave {PWD}
CL: mi celular es {PHONE}
CL: n de cuenta {ACCT}
CL: cuenta corriente {ACCT|noise}
CL: tarjeta {CARD} fecha venc {EXP}
CL: pasaporte {PASS}
CL: correo {EMAIL}
CL: ya po, gracias
CL: la clave de la tarjeta es {PIN}
ES: vivo en españa pero soy mexicana, mi curp {CURP@MX}
MX: ahora vivo en madrid, mi NIE es {NIE@ES} y mi movil {PHONE@ES}
ES: trabajo para una empresa de EEUU, mi SSN es {SSN@US}
ES: soy brasileño, mi CPF es {CPF@BR}
AR: vivo en españa, dni español {DNI@ES}
ES: tengo cuenta en alemania {IBAN@DE|ibx}
ES: en el mail que os mande a https://soporte.example.com/?tel={PHONE|pct}&lang=es aparece mal
ES: el servidor {IP} devuelve {=code} desde la version {=version}
ES: mac del decodificador {MAC|plain}
ES: usuario admin, contraseña {PWD}
ES: [perfil]⏎aws_access_key_id = {AKID|kv}⏎aws_secret_access_key = {ASK|kv}
ES: SMTP_PASSWORD={PWD|kv}
MX: entre a https://cliente:{PWD|urlpw}@portal.example.net y nada
ES: hola || tengo un problema con la factura {=invoice} || me cobrasteis {=price} en vez de {=price}
ES: cuantos? {=qty:2}
ES: {=qty:3}
ES: si, el del {=date} a las {=time}
ES: la tarjeta que acaba en {CARD|sp} jaja bueno entera
ES: TARJETA {CARD} CVV {CVV} URGENTE
ES: mi tarjeta: {CARD}⏎caducidad: {EXP}⏎cvv: {CVV}
MX: mi numero de tarjeta {CARD|words}
ES: dni {DNI|noise} perdon por los espacios
ES: te paso mi dni {DNI} y el de mi madre {DNI#2}
ES: la contraseña es la de siempre {PWD}
ES: codigo bancario {ROUT}, cuenta {ACCT}
ES: bic {SWIFT|plain}
MX: el cvv {CVV|sub}
ES: perdona, tarjeta {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3}
CL: rut no tengo, pasaporte {PASS}
ES: vuelo {=flight} cancelado, somos {=qty:4}
ES: pues la verdad que estoy harto ya
ES: el email es {EMAIL} o si no {EMAIL#2}
ES: caducidad {EXP} creo, o {EXP#2}
MX: rfc {RFC} || curp {CURP}
MX: mi curp es {CURP} y el de mi hijo {CURP#2}
ES: el nie {NIE|noise}
ES: tienda {=store} en la calle mayor
ES: el modelo es {=model} version {=version}
ES: instale la app version {=version} y ahora no puedo entrar
MX: mi cel {PHONE|multi:1} || {PHONE|multi:2} || {PHONE|multi:3}
ES: movil {PHONE|multi:1} || perdon se corto {PHONE|multi:2}
CO: la tarjeta es {CARD|multi:1} || {CARD|multi:2}
AR: tarjeta {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || vto {EXP}
ES: nie {NIE|multi:1} || {NIE|multi:2}
CL: cuenta {ACCT|multi:1} || {ACCT|multi:2}
ES: el iban es {IBAN@ES|multi:1} || {IBAN@ES|multi:2}
MX: {RFC}
MX: ya te habia dado mi rfc {RFC} hace {=count} dias
MX: rfc de la empresa {RFC} para facturar el pedido {=order}
ES: {DNI}
ES: si, {DNI|sp}
ES: {NIE}
MX: {CURP} ese es
MX: {CLABE}
ES: {IBAN}
ES: vale te lo paso {CARD}
ES: {EMAIL}
ES: si es ese, {PHONE}
ES: {CVV}
MX: {PIN} ese es el nip
ES: un momento que lo busco
ES: {PASS} es mi pasaporte
ES: ok {PWD}
ES: hola buenas tardes || a ver os explico || el dia {=date} pedi {=qty:2} cosas y solo llego una
AR: jaja ok
ES: el movil es {PHONE|multi:1} || {PHONE|multi:2} || ok?
MX: la clabe {CLABE|multi:1} || uy {CLABE|multi:2}
CO: cuenta {ACCT|multi:1} || {ACCT|multi:2} || {ACCT|multi:3}
ES: hola, es sobre la poliza del coche {=policy} || me piden el carnet {DL}
ES: la factura de la luz de {=meter} no cuadra, mi correo {EMAIL}
ES: quiero pedir cita para renovar el dni, el mio es {DNI}
ES: para el tramite de extranjeria me piden el NIE {NIE|sp} y el pasaporte {PASS@MX}
ES: me han cobrado {=price} el {=date} y no reconozco el cargo, tarjeta {CARD|sp}
ES: ayer llame a las {=time} y me dijeron que escribiera aqui, mi movil es el {PHONE}
ES: tarjeta nueva: {CARD} {EXP} {CVV}
ES: {CARD|sp} {EXP|cexp} {CVV}
ES: tio ya os he dado el correo {EMAIL} {=count} veces
ES: tengo un {=model} con la version {=version} y al meter el pin {PIN} se cierra la app
ES: en el log del servidor {IP} salio la clave {AKID}, se puede revocar?
MX: oigan ya les di mi curp {CURP} y mi rfc {RFC} que mas quieren
MX: para el credito infonavit me piden la clabe {CLABE} y el curp {CURP}
MX: deposito de {=price} a la cuenta {ACCT}, referencia {=ticket}
MX: mi numero {PHONE|words} anotale
CO: buenas, pague la factura {=invoice} por PSE y no se ve reflejado, cel {PHONE}
AR: che el débito de {=price} no lo hice yo, la tarjeta es {CARD|sp}
AR: mandame el codigo al mail {EMAIL|mailw} porfa
CL: hola, mi cuenta rut... no, la cuenta vista es {ACCT}
ES: perdona me he liado, el iban bueno es {IBAN#2} no el {IBAN}
ES: un segundo || {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4} || listo
ES: uf || da igual || la contraseña es {PWD} arregladlo ya
ES: curl https://deploy:{PWD|urlpw}@ci.example.com/hook no va
ES: `export AWS_SECRET_ACCESS_KEY={ASK|kv}` salia en la captura, es grave?
ES: la mac del movil es {MAC} y no me deja conectarme a la wifi del hotel, habitacion {=room}
ES: lectura del contador {=meter}, contrato {=contract}
MX: mi pasaporte {PASS} vence en {=year}, sirve para el vuelo {=flight}?
ES: soy autonomo, NIF {DNI} y la cuenta para domiciliar {IBAN|ibx}
"""
