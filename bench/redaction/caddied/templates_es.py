"""Spanish customer turns (es-ES, es-MX). Each template: (locale or "", message, ...)."""
# ruff: noqa: E501  -- template data: one customer message per string, unsplit on purpose.

from __future__ import annotations

Template = tuple[str, ...]

DEV: list[Template] = [
    (
        "es-MX",
        "buenas tardes, me depositaron mal, mi CLABE es {CLABE:sd} y mi cuenta {ACCT}, sucursal {ROUTING}",
    ),
    (
        "es-ES",
        "hola!! mi tarjeta {CARD:noise} caduca {EXP:cexp} y el cvv {CVV:sub}, pedido {#order}",
    ),
    ("", "te paso la tarjeta en dos {CARD:mmA}", "{CARD:mmB}", "perdon se corto"),
    ("es-ES", "para el alta: DNI {DNI:spell}, y mi marido tiene NIE {NIE}"),
    ("es-MX", "mi CURP es {CURP} y el RFC {RFC}, la factura {#invoice} salio mal"),
    ("", "trabaje en USA, mi social security es {SSN} y el ITIN de mi esposo {ITIN:sd}"),
    ("", "pasaporte {PASSPORT}, licencia de conducir {DL}, vuelo {#flight} el {#date}"),
    (
        "",
        "no me llega el correo, el link dice https://cuenta.example.com/verificar?correo={EMAIL:pct}",
        "mi correo bien es {EMAIL:es}",
    ),
    (
        "",
        "usuario {USER} contraseña {PW} , o entren por sftp://{USER:urlc}:{PW:urlc}@datos.example.net",
    ),
    (
        "",
        "el soporte pidio las claves del servidor:\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
        "ip {IP} mac {MAC}",
    ),
    ("es-ES", "para la devolucion el IBAN es", "{IBAN:ib}"),
    ("", "el pin nuevo, me lo pidieron arriba", "{PIN:ctx}"),
    ("", "mi cel es {PHONE:mmA}", "{PHONE:mmB}", "{PHONE:mmC} marcame despues de las {#time}"),
    (
        "",
        "de mis clientes: CPF {CPF}, CNPJ {CNPJ}, NIR frances {NIR}, Steuer-ID {IDNR}, NIF portugues {NIF}, swift {SWIFT}",
    ),
    ("en-US", "vivo en Texas, mi NI ingles viejo era {NINO} jaja no se si sirve"),
]

SEALED: list[Template] = [
    (
        "es-ES",
        "Hola, me han cobrado dos veces {#amount} con la tarjeta {CARD} que caduca en {EXP}, pedido {#order}",
    ),
    ("es-MX", "oye mi tarjeta {CARD:sd} vence {EXP:cexp} codigo de seguridad {CVV}"),
    ("", "num de tarjeta {CARD:sub} , fecha venc {EXP}"),
    ("", "tarjeta {CARD:spell}"),
    ("", "cvv {CVV:spell} y pin {PIN:noise}, ya se que no deberia jeje"),
    ("es-ES", "mi dni es {DNI:sd} por si lo necesitais, codigo postal {#zip}"),
    ("es-ES", "DNI {DNI} y cuenta {ACCT:sub}, calle {#street} piso {#count}"),
    ("es-ES", "soy extranjero, NIE {NIE:noise}, mi contrato {#contract}"),
    ("es-ES", "NIE {NIE:spell} o {NIE} no me acuerdo cual registre"),
    ("es-MX", "CURP {CURP} , RFC con homoclave {RFC}"),
    ("es-MX", "el rfc de la empresa esta mal en la factura {#invoice}, el bueno es {RFC}"),
    ("es-MX", "CLABE interbancaria {CLABE:noise}"),
    ("es-MX", "clabe {CLABE:spell}"),
    ("es-MX", "la clabe va en tres mensajes", "{CLABE:mmB} sigue", "{CLABE:mmC} listo"),
    ("es-MX", "mi numero de cuenta {ACCT:mmA}", "{ACCT:mmB} ya"),
    ("", "te mando el movil {PHONE:mmA}", "{PHONE:mmB} eso"),
    ("", "llamadme al {PHONE} o al fijo {PHONE:sd}"),
    ("", "mi telefono {PHONE:sub}"),
    ("", "telefono {PHONE:spell} porfa"),
    ("", "en la app sale https://app.example.org/perfil?tel={PHONE:pct} y no lo puedo cambiar"),
    ("", "correo {EMAIL} , el otro {EMAIL:es} ya no lo uso"),
    ("", "manden todo a {EMAIL:es}"),
    ("", "me sale error en https://tienda.example.com/login?u={USER:pct}&next=carrito"),
    ("", "mi usuario es {USER} y la clave {PW}, modelo del router {#model}"),
    ("", "la contraseña del wifi {PW:kv}? no, perdon la del portal: {PW}"),
    ("", "DB_PASS={PW:kv}\nDB_USER={USER:kv}\nversion {#version}"),
    ("", "el webhook tiene https://{USER:urlc}:{PW:urlc}@api.example.com/hooks es correcto??"),
    (
        "",
        "aws_access_key_id={AKID:kv}",
        "aws_secret_access_key={AKSECRET:kv} borrenlas ya, ticket {#ticket}",
    ),
    ("", "se filtraron las credenciales {AKID} y {AKSECRET} en github"),
    ("", "la ip de mi casa es {IP} y la mac del deco {MAC:sd}"),
    ("", "mac {MAC} ip {IP} desde las {#time}"),
    ("es-ES", "IBAN {IBAN} y BIC {SWIFT}"),
    ("es-ES", "mi iban {IBAN:ib} titular yo"),
    ("es-ES", "entidad {ROUTING} cuenta {ACCT:sd}, recibo de {#amount}"),
    ("", "me pidieron el numero de cuenta, aqui va", "{ACCT:ctx}"),
    ("", "el codigo de atras de la tarjeta?", "{CVV:sub}"),
    ("es-MX", "mi numero de licencia {DL:noise} y pasaporte {PASSPORT:sd}"),
    ("es-ES", "pasaporte {PASSPORT} , vuelo {#flight}, reserva {#booking}"),
    ("es-ES", "carnet de conducir {DL}"),
    ("", "mi SSN {SSN:sub} e ITIN {ITIN}, trabajo en Miami"),
    ("", "el NINO de UK {NINO:sd} de cuando vivi en Londres"),
    (
        "",
        "clientes de fuera: CPF {CPF:sd}, CNPJ {CNPJ:noise}, NIR {NIR}, Steuer-IdNr {IDNR:sd}, NIF {NIF:sub}",
    ),
    ("", "el pedido {#order} del {#date} llego roto, {#count} piezas, seguimiento {#tracking}"),
    ("", "vence{EXP:cexp} cvv{CVV}"),
    ("es-ES", "cuenta iban partida {IBAN:mmA}", "{IBAN:mmB} perdon", "{IBAN:mmC}"),
]
