"""Spanish (es-ES, es-MX) templates. Part of the sealed split: do not read while tuning."""

Template = tuple[str, list[str]]

DEV: list[Template] = [
    (
        "es-ES",
        [
            "hola, me rechazan la tarjeta {CARD.p} cad {EXP.cx} cvv {CVV.p} en el pedido {mk.order}",
            "el importe era {mk.amount} €",
        ],
    ),
    (
        "es-ES",
        [
            "para la domiciliacion: entidad y oficina {ROUT.p} cuenta {ACCT.sd}",
            "y mi numero de extranjero es",
            "{NIE.ctx}",
        ],
    ),
    ("es-ES", ["mi iban es {IBAN.ib} y el bic {SWIFT.p}", "correo {EMAIL.at}"]),
    (
        "es-MX",
        [
            "mi CURP {CURP.p} y RFC {RFC.sd}, la clabe {CLABE.nz}",
            "mi cel {PHONE.mm.a}",
            "{PHONE.mm.a} gracias",
        ],
    ),
    (
        "es-ES",
        [
            "DNI {DNI.sp}, pasaporte {PASS.p}, carnet de conducir {DL.p} para el alquiler del {mk.date}"
        ],
    ),
    (
        "es-ES",
        [
            "el router da error, ip {IP.p} mac {MAC.p}",
            "entro con http://{USER.cred}:{PWD.cred}@router.example.net",
        ],
    ),
    (
        "es-MX",
        [
            "nos filtraron esto del repo desde la version {mk.version}:\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASK.kv}"
        ],
    ),
    (
        "es-ES",
        [
            "trabajo en EEUU, SSN {SSN.p} e ITIN de mi esposa {ITIN.sd}, NINO ingles {NINO.p}",
            "tarjeta {CARD.mm.b}",
            "y sigue {CARD.mm.b}",
        ],
    ),
    (
        "es-ES",
        [
            "papeles de fuera: CPF {CPF.p} CNPJ {CNPJ.p} NIR {NIR.sub} id fiscal aleman {STID.p} NIF portugues {NIF.p} pin {PIN.p}"
        ],
    ),
    (
        "es-MX",
        ["me mandaron este link https://pagos.example.com/v?tel={PHONE.pct}&intento={mk.count}"],
    ),
]

SEALED: list[Template] = [
    ("es-ES", ["buenas, la tarjeta {CARD.sd} caduca {EXP.p} y el codigo de seguridad {CVV.p}"]),
    ("es-ES", ["tarjeta {CARD.nz} venc{EXP.cx} cvc {CVV.sp}"]),
    ("es-MX", ["ya le paso los datos de la tarjeta: {CARD.sub} vence {EXP.sub} codigo {CVV.p}"]),
    ("es-ES", ["que codigo de seguridad me pedia?", "{CVV.sub}"]),
    ("es-MX", ["mi tarjeta es {CARD.mm.a}", "{CARD.mm.a}", "{CARD.mm.a} vence {EXP.p}"]),
    (
        "es-ES",
        [
            "perdon me equivoque, la buena es {CARD.p} fecha de caducidad {EXP.sp}, la otra la cancele el {mk.date}"
        ],
    ),
    (
        "es-ES",
        [
            "el cajero se trago la tarjeta a las {mk.time}, el pin era {PIN.p}",
            "incidencia {mk.ticket}",
        ],
    ),
    ("es-MX", ["nip {PIN.sp} y no. de cuenta {ACCT.p}"]),
    (
        "es-ES",
        ["no puedo entrar!! usuario {USER.p} contraseña {PWD.p}, lo intente {mk.count} veces"],
    ),
    ("es-ES", ["escribidme a {EMAIL.p} o a {EMAIL.at}", "pedido {mk.order} sin llegar"]),
    (
        "es-MX",
        ["el enlace no abre https://ayuda.example.com/reset?correo={EMAIL.pct}&paso={mk.count}"],
    ),
    ("es-ES", ["he cambiado de movil, ahora {PHONE.p}", "el antiguo era {PHONE.sd}"]),
    ("es-MX", ["marqueme al {PHONE.nz} despues de las {mk.time}"]),
    ("es-ES", ["mi telefono es {PHONE.sp}"]),
    (
        "es-MX",
        ["transferencia: banco {ROUT.p} cuenta {ACCT.nz} swift {SWIFT.sd} por {mk.amount} pesos"],
    ),
    ("es-MX", ["a que clabe quiere el reembolso?", "{CLABE.ctx}"]),
    ("es-MX", ["la clabe es {CLABE.mm.b}", "{CLABE.mm.b} perdon se envio"]),
    ("es-MX", ["clabe {CLABE.sub} rfc {RFC.p}"]),
    ("es-MX", ["CURP {CURP.sd} para el tramite {mk.contract}", "y RFC {RFC.nz}"]),
    ("es-MX", ["mi curp??", "{CURP.ctx}"]),
    ("es-MX", ["cuenta bancaria {ACCT.sub}, clabe {CLABE.sp}"]),
    ("es-ES", ["DNI {DNI.p}, vivo en el {mk.street} de la calle Mayor, CP {mk.postcode}"]),
    ("es-ES", ["mi dni es {DNI.nz}", "ah y el de mi madre {DNI.sub}"]),
    ("es-ES", ["el DNI?", "{DNI.ctx}"]),
    ("es-ES", ["NIE {NIE.p} y pasaporte {PASS.sd}, vuelo {mk.flight} el {mk.date}"]),
    ("es-ES", ["numero de extranjero {NIE.nz}, carne de conducir {DL.sd}"]),
    ("es-ES", ["iban\n{IBAN.ib}\ngracias!"]),
    ("es-ES", ["ingresadlo en {IBAN.mm.d}", "{IBAN.mm.d}", "{IBAN.mm.d}"]),
    ("es-ES", ["IBAN {IBAN.p} BIC {SWIFT.p}, factura {mk.invoice}"]),
    ("es-MX", ["pasaporte {PASS.p} licencia de manejo {DL.nz}"]),
    ("es-ES", ["servidor {IP.p} rechaza, mac del equipo {MAC.sd}", "modelo {mk.model}"]),
    ("es-ES", ["rotad estas claves ya: id {AKID.p} secreta {ASK.p}"]),
    ("es-MX", ["AWS_SECRET_ACCESS_KEY={ASK.kv}\nAWS_ACCESS_KEY_ID={AKID.kv}"]),
    ("es-ES", ["DB_PASS={PWD.kv}\nDB_USUARIO={USER.kv}"]),
    ("es-MX", ["el ftp: ftp://{USER.cred}:{PWD.cred}@archivos.example.org"]),
    ("es-ES", ["para mi curro en UK: NI {NINO.sd}", "y el SSN de EEUU {SSN.sd}"]),
    ("es-MX", ["ITIN {ITIN.p} del año {mk.year}, y social {SSN.nz}"]),
    ("es-ES", ["CPF brasileño {CPF.sd}, CNPJ {CNPJ.nz}"]),
    ("es-ES", ["NIR frances {NIR.p}, Steuer-ID {STID.sub}, NIF {NIF.sd}"]),
    ("es-ES", ["mi correo {EMAIL.at}", "tlf {PHONE.sub}", "seguimiento {mk.tracking}"]),
    ("es-MX", ["mi usuario era {USER.p} y la contra {PWD.p}"]),
    ("es-ES", ["apunta mi movil {PHONE.mm.e}", "{PHONE.mm.e}", "{PHONE.mm.e} ya esta"]),
]
