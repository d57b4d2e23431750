# ruff: noqa: E501
"""Spanish (es-ES, es-MX) templates. SEALED is the sealed split: do not read while tuning."""

REPS = {"dev": 8, "sealed": 12}
CTX: dict[str, list[str]] = {
    "CARD": ["tarjeta", "numero de tarjeta", "nº tarjeta", "tarj", "targeta", "la visa"],
    "CVV": ["cvv", "codigo de seguridad", "cvc", "cod seguridad"],
    "EXP": ["caducidad", "vencimiento", "vence", "fecha de cad", "exp"],
    "PIN": ["pin", "PIN", "clave pin", "nip"],
    "PWD": ["contraseña", "contrasena", "clave", "pass", "contraseña nueva"],
    "USER": ["usuario", "user", "nombre de usuario", "login"],
    "EMAIL": ["correo", "email", "mail", "correo electronico"],
    "PHONE": ["telefono", "tel", "movil", "cel", "celular", "whats"],
    "ACCT": ["numero de cuenta", "cuenta", "nº cuenta", "cta"],
    "ROUT": ["codigo de banco", "entidad y oficina", "sucursal", "cod. banco"],
    "IBAN": ["IBAN", "iban", "cuenta IBAN"],
    "SWIFT": ["SWIFT", "BIC", "codigo swift"],
    "SSN": ["social security", "SSN", "seguro social gringo"],
    "ITIN": ["ITIN", "numero ITIN"],
    "NINO": ["national insurance", "NI number", "numero NI"],
    "PASS": ["pasaporte", "nº pasaporte", "pasaport", "num de pasaporte"],
    "DL": ["carnet de conducir", "licencia de manejo", "permiso de conducir", "licencia"],
    "IP": ["IP", "direccion ip", "ip publica"],
    "MAC": ["MAC", "direccion mac", "mac del equipo"],
    "AKEY": ["access key", "clave de acceso aws"],
    "SKEY": ["secret key", "clave secreta aws"],
    "DNI": ["DNI", "dni", "documento", "D.N.I."],
    "NIE": ["NIE", "nie", "numero de extranjero"],
    "CURP": ["CURP", "curp", "mi curp"],
    "RFC": ["RFC", "rfc", "RFC con homoclave"],
    "CLABE": ["CLABE", "clabe interbancaria", "clabe"],
    "CPF": ["CPF", "cpf brasileño"],
    "CNPJ": ["CNPJ", "cnpj de la empresa"],
    "NIR": ["numero de seguridad social frances", "NIR"],
    "STID": ["Steuer-ID", "id fiscal aleman"],
    "NIF": ["NIF portugues", "NIF", "contribuinte"],
}

DEV: list[list[str]] = [
    [
        "hola, os paso la tarjeta {a=CARD/multi}",
        "{a}",
        "perdon se me corto, es para el pedido {#order}",
    ],
    [
        "quiero que me devuelvan los {#amount}, mi {c:a} es {a=IBAN|CLABE|ACCT|PHONE/multi}",
        "{a}",
        "{a}",
    ],
    ["me la rechaza!! cad {e=EXP/cexp} y {c:v} {v=CVV/pl|spell|sub} lo intente a las {#time}"],
    [
        "no puedo entrar, mi correo es {m=EMAIL/mail}",
        "el enlace era https://cuenta.example.com/recuperar?correo={p=EMAIL|PHONE|PWD/pct} y no carga",
    ],
    [
        "desde la {#version} falla la copia: sftp://{u=USER/url}:{w=PWD/url}@copias.example.net/dia",
        "y el fichero tiene\n{k=AKEY|SKEY/kv}",
    ],
    [
        "vale, me pedis el {c:a} para verificar, aqui va",
        "{a=DNI|NIE|CURP|PASS|DL|SSN|ITIN|NINO/ctx}",
    ],
    [
        "para la factura {#invoice} el {c:a} es {a=RFC|CPF|CNPJ|NIR|STID|NIF|DNI|PHONE/noise|sd|sub|spell}"
    ],
    ["@es-ES", "devolvedme la fianza a {i=IBAN/ib}\nBIC {s=SWIFT/pl} gracias, piso {#room}"],
    ["el router {#model} se desconecta. ip {x=IP/pl} mac {y=MAC/pl|sd}"],
    ["usuario {u=USER/pl} contraseña {p=PWD/pl} y el {c:n} {n=PIN/pl|spell|sub} porfa urgente"],
    ["para la nomina: {c:r} {r=ROUT/pl|sd}, {c:a} {a=ACCT/pl|noise} desde el {#date}"],
    [
        "me podeis llamar al {p=PHONE/pl|sd|noise|spell} despues de las {#time}? me cobraron {#count} veces"
    ],
]

SEALED: list[list[str]] = [
    [
        "buenas, me cobraron dos veces {#amount} el {#date}",
        "la tarjeta es {a=CARD/pl|sd|noise} vence {e=EXP/pl}",
        "y el cvv {v=CVV/pl}",
    ],
    ["paga con esta mejor {a=CARD/multi}", "{a}"],
    ["tarjeta {a=CARD/multi}", "{a}", "{a}", "vto {e=EXP/cexp}"],
    ["nueva tarjeta: {a=CARD/sub|spell} cad{e=EXP/cexp} codigo {v=CVV/spell|pl}"],
    ["que necesitas, el {c:a}?", "{a=CARD|IBAN|DNI|PHONE|EMAIL|PASS|CURP|NIE/ctx}"],
    [
        "@es-MX",
        "hago el tramite de mi mama, su {c:c} es {c=CURP/pl|sd|noise} y su {c:r} {r=RFC/pl|sd|noise}",
    ],
    ["@es-MX", "transferencia a mi {c:c}", "{c=CLABE/multi}", "{c}"],
    ["@es-MX", "la {c:c} es {c=CLABE/pl|sd|noise|sub|spell} del banco, monto {#amount}"],
    [
        "@es-ES",
        "me mude a valencia en {#year}, mi {c:n} es {n=NIE|DNI/pl|sd|noise|sub} y cp {#zip}",
    ],
    ["@es-ES", "el casero quiere el alquiler en {i=IBAN/ib} antes del {#date}, swift {s=SWIFT/pl}"],
    ["el iban {i=IBAN/multi}", "{i}", "{i}"],
    ["reserva {#booking} vuelo {#flight}, mi {c:p} {p=PASS/pl|sd} y {c:d} {d=DL/pl}"],
    ["para el coche de alquiler piden la {c:d}", "{d=DL|PASS/ctx}"],
    ["trabajo con brasil: {c:c} {c=CPF/pl|sd|sub|spell} empresa {c:n} {n=CNPJ/pl|noise}"],
    [
        "papeles de francia, mi {c:n}: {n=NIR/pl|sd|spell}",
        "y de alemania el {c:t} {t=STID/pl|noise|sub}",
    ],
    [
        "vivi en lisboa, {c:n} {n=NIF/pl|sd|spell|sub}; en usa tenia {c:s} {s=SSN|ITIN/pl|sd}",
        "y en londres {c:k} {k=NINO/pl|noise}",
    ],
    ["cambie el correo a {m=EMAIL/pl|mail}", "perdon me equivoque, es {n=EMAIL/mail}"],
    [
        "el link de invitacion https://app.example.org/unirse?usuario={p=EMAIL/pct}&equipo={#count} caduco"
    ],
    [
        "me llego un sms de https://sms.example.com/verificar?tel={p=PHONE/pct} es fiable? pedido {#order}"
    ],
    ["mi {c:p} {p=PHONE/pl} o el de mi marido {q=PHONE/sd|noise}, antes de las {#time}"],
    ["numero nuevo!!", "{p=PHONE/multi}", "{p}"],
    ["mandame whats al {p=PHONE/spell|sub} xfa"],
    ["el repo esta asi https://{u=USER/url}:{w=PWD/url}@git.example.com/tienda.git es por eso?"],
    ["os paso la config:\n{k=AKEY/kv}\n{s=SKEY/kv}\nversion {#version}"],
    ["ups pegue la {c:s} {s=SKEY|AKEY/pl} en la incidencia {#ticket}, borradla porfa"],
    ["olvide la {c:p}, la vieja era {p=PWD/pl|kv} y el {c:u} {u=USER/pl}"],
    ["el cajero se trago la tarjeta, {c:n} {n=PIN/pl|sub|spell} y acaba en {l=CARD/pl}"],
    ["equipo {#model} bloqueado, {c:m} {m=MAC/pl|sd}, {c:i} {i=IP/pl}"],
    [
        "paquete {#tracking} nunca llego al numero {#street}, cp {#zip}. llamame {p=PHONE/pl|sd} o {m=EMAIL/mail|pl}"
    ],
    [
        "@es-MX",
        "para el deposito: {c:r} {r=ROUT/pl} {c:a} {a=ACCT/pl|sd|noise|spell}, contrato {#contract}",
    ],
]
