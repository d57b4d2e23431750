"""Spanish chat templates (es-ES, es-MX). Sealed split: do not tune detectors against SEALED."""

# ruff: noqa: E501  (chat messages are kept whole, one per string)

DEV = [
    (
        "es-MX",
        [
            "buenas, quiero pagar mi recibo de luz <<invoice>> con la tarjeta {CARD} vence {EXP:cexp} y el cvv es {CVV}"
        ],
    ),
    (
        "es-ES",
        [
            "Hola, os paso la cuenta nueva para la domiciliacion: entidad y oficina {ROUTING}",
            "cuenta {ACCT:multi#a}",
            "{ACCT:multi#a}",
        ],
    ),
    (
        "es-MX",
        [
            "para el tramite me piden CURP {CURP:noise} y RFC {RFC}, ya se los mande por correo pero no les llego"
        ],
    ),
    ("es-ES", ["mi dni es {DNI:spell} y el de mi madre {DNI:sub}, ella es la titular"]),
    (
        "es-ES",
        [
            "el enlace de confirmacion tiene mi correo dentro, es normal? https://reservas.example.com/ok?cliente={EMAIL:pct}&hab=<<room>>",
            "y el carnet de conducir es {DL:sp}",
        ],
    ),
    (
        "es-MX",
        [
            "soy de sistemas, la MAC del equipo es {MAC} y la ip {IP}",
            "el repo es https://{USER:url}:{PWD:url}@git.example.com/equipo/app.git",
        ],
    ),
    (
        "es-ES",
        [
            "esto es lo que hay en el fichero de config\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}"
        ],
    ),
    (
        "es-ES",
        [
            "vivo en Alicante desde hace poco, mi NIE es {NIE} y el pasaporte {PASSPORT:plain:GB} (soy ingles)"
        ],
    ),
    (
        "es-MX",
        [
            "la CLABE para el reembolso es {CLABE}",
            "ah y me pidieron mi numero de seguro social gringo porque trabaje alla",
            "{SSN:ctx}",
        ],
    ),
    (
        "es-MX",
        [
            "mi cuñado de Brasil: CPF {CPF:spell}, y la empresa CNPJ {CNPJ:multi#a}",
            "{CNPJ:multi#a}",
        ],
    ),
    (
        "es-ES",
        [
            "datos que me pide la gestoria:\nNIR frances {NIR}\nSteuer-ID aleman {STEUER:sp}\nNIF portugues {NIF:sub}\nITIN {ITIN}"
        ],
    ),
    ("es-ES", ["haced la transferencia al IBAN {IBAN:ib:ES} bic {SWIFT::ES} por favor"]),
    ("es-MX", ["pin {PIN} usuario {USER} contraseña {PWD}", "ah y mi correo es {EMAIL:mail}"]),
    ("es-MX", ["marcame al {PHONE:multi#b}", "{PHONE:multi#b}", "despues de las <<time>>"]),
    (
        "es-ES",
        [
            "numero de tarjeta {CARD:multi#a}",
            "{CARD:multi#a}",
            "cvv {CVV:spell}, y mi NI ingles por si acaso {NINO}",
        ],
    ),
]

SEALED = [
    (
        "es-ES",
        [
            "hola me han rechazado la tarjeta dos veces en el pedido <<order>>",
            "es la {CARD:sp} caduca {EXP:cexp} cvv {CVV}",
        ],
    ),
    (
        "es-MX",
        [
            "buenas tardes, me cobraron <<amount>> de mas",
            "la tarjeta con la que pague es {CARD:multi#a}",
            "{CARD:multi#a}",
        ],
    ),
    (
        "es-ES",
        [
            "no puedo entrar en la app desde que actualice a la <<version>>, mi usuario es {USER} y la contraseña la cambie a {PWD} pero nada"
        ],
    ),
    ("es-MX", ["quiero que me depositen la devolucion, cuenta {ACCT} y la CLABE {CLABE:sp}"]),
    (
        "es-ES",
        ["el IBAN para la devolucion es {IBAN:ib:ES}", "es de la cuenta que abri el <<date>>"],
    ),
    ("es-ES", ["llamadme mejor al movil {PHONE} que por aqui me lio", "a partir de las <<time>>"]),
    ("es-MX", ["mi cel es {PHONE:noise} mandenme whats porfa"]),
    ("es-ES", ["para la poliza <<policy>> necesitais el DNI del segundo conductor?", "{DNI:ctx}"]),
    ("es-ES", ["perdona me equivoque antes, mi NIE no es ese, es {NIE:sp|plain}"]),
    ("es-ES", ["mi dni es el {DNI:multi#a}", "{DNI:multi#a}"]),
    (
        "es-MX",
        [
            "para facturar: RFC {RFC}, razon social la misma, CP <<zip>>",
            "el CURP del representante es {CURP}",
        ],
    ),
    ("es-MX", ["me piden la CURP otra vez 🙄 {CURP:sp}"]),
    ("es-MX", ["la clabe interbancaria es {CLABE:multi#a}", "{CLABE:multi#a}", "{CLABE:multi#a}"]),
    ("es-MX", ["mi rfc con homoclave {RFC:noise} para la factura <<invoice>>"]),
    ("es-ES", ["el pin de la tarjeta es {PIN:spell}", "uy no se si debia mandarlo por aqui"]),
    ("es-MX", ["mi nip es {PIN:sub} y no me deja sacar en el cajero, ya lo intente <<qty>> veces"]),
    ("es-ES", ["mandadme la factura a {EMAIL:mail} porfa, la de <<amount>>"]),
    ("es-MX", ["mi correo es {EMAIL} ya no uso el de antes"]),
    (
        "es-ES",
        [
            "me llego este enlace por sms, es vuestro? https://pagos.example.com/validar?tel={PHONE:pct}&origen=sms"
        ],
    ),
    (
        "es-MX",
        [
            "el link de recuperar contraseña no abre https://ayuda.example.com/reset?correo={EMAIL:pct}"
        ],
    ),
    (
        "es-ES",
        [
            "el tecnico me dijo que os pasara esto: ftp://{USER:url}:{PWD:url}@backup.example.com/copias"
        ],
    ),
    (
        "es-ES",
        [
            "se me colo esto en el ticket <<ticket>>, borradlo porfa\naws_secret_access_key={SECRET:kv}\naws_access_key_id={AKID:kv}"
        ],
    ),
    (
        "es-MX",
        ["tengo bloqueada la cuenta, en mis notas tengo\nusuario: {USER}\nPASSWORD={PWD:kv}"],
    ),
    (
        "es-ES",
        [
            "os leo la tarjeta de mi marido que esta conduciendo: {CARD:spell}",
            "caducidad {EXP:spell|plain} y el codigo de atras {CVV:spell}",
        ],
    ),
    ("es-MX", ["tarjeta {CARD:noise}", "vence {EXP:sp}", "cvv {CVV:sub}"]),
    ("es-ES", ["la tarjeta es {CARD:sub}, la escribi tal cual y me sale invalida"]),
    ("es-ES", ["numero de cuenta {ACCT:multi#a}", "{ACCT:multi#a}", "oficina {ROUTING:sub}"]),
    ("es-ES", ["os pego el IBAN de mi casero", "{IBAN:ctx:ES}"]),
    (
        "es-MX",
        [
            "para la transferencia desde usa me piden routing number {ROUTING:plain:US} y cuenta {ACCT:plain:US}"
        ],
    ),
    (
        "es-ES",
        [
            "trabaje en Londres unos años, mi national insurance es {NINO:sp}",
            "lo necesitais para la pension?",
        ],
    ),
    (
        "es-MX",
        [
            "mi esposo tiene ITIN {ITIN:sp} y yo social {SSN:spell}, como lo ponemos en la declaracion?"
        ],
    ),
    ("es-MX", ["viajo el <<date>> en el vuelo <<flight>>, el pasaporte es {PASSPORT::MX}"]),
    ("es-ES", ["el numero de pasaporte es {PASSPORT:multi:ES#a}", "{PASSPORT:multi:ES#a}"]),
    ("es-MX", ["me pidieron la licencia de manejo para la renta del coche", "{DL:ctx}"]),
    (
        "es-ES",
        ["el carnet de conducir {DL:noise}, vivo en el numero <<street>>, codigo postal <<zip>>"],
    ),
    (
        "es-ES",
        [
            "el router se desconecta cada noche, MAC {MAC} ip publica {IP}",
            "modelo <<model=HGU F680>>",
        ],
    ),
    ("es-MX", ["para registrar la tablet en la red: mac {MAC:sp} y me asigna {IP:sub}"]),
    ("es-ES", ["trabaje en Francia, mi numero de la secu es {NIR:sp}"]),
    ("es-ES", ["mi Steuer-ID de cuando vivia en Munich: {STEUER:spell}"]),
    ("es-ES", ["para la factura pon mi NIF portugues {NIF} que ahora vivo en Oporto"]),
    ("es-MX", ["mi prima en Brasil pide el CPF del titular: {CPF:multi#a}", "{CPF:multi#a}"]),
    ("es-MX", ["el CNPJ del proveedor de Sao Paulo es {CNPJ} y su CPF {CPF:noise}"]),
    ("es-ES", ["transferencia a Alemania rechazada: IBAN {IBAN:ib:DE} swift {SWIFT:noise:DE}"]),
    (
        "es-MX",
        [
            "el bic del banco de mi hijo en Lisboa es {SWIFT::PT} y el iban {IBAN:multi:PT#a}",
            "{IBAN:multi:PT#a}",
        ],
    ),
    ("es-MX", ["mi telefono es {PHONE:multi#a}", "{PHONE:multi#a}", "{PHONE:multi#a}"]),
    (
        "es-ES",
        [
            "la clave de acceso del pipeline se filtro en el log, rotadla: {AKID}",
            "y el secreto {SECRET:multi#a}",
            "{SECRET:multi#a}",
        ],
    ),
    (
        "es-ES",
        [
            "mi padre me dicta su dni para el parte del seguro: {DNI:spell} y el telefono {PHONE:spell}"
        ],
    ),
    (
        "es-MX",
        [
            "oiga ya les di mi correo {EMAIL:mail|plain} ayer a las <<time>> y no me han mandado nada"
        ],
    ),
]
