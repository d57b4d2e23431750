"""German (de-DE) templates. Part of the sealed split: do not read while tuning."""

Template = tuple[str, list[str]]

DEV: list[Template] = [
    (
        "de-DE",
        [
            "hallo meine karte {CARD.p} gueltig bis {EXP.cx} pruefnummer {CVV.p} wurde bei bestellung {mk.order} abgelehnt",
            "betrag {mk.amount} €",
        ],
    ),
    ("de-DE", ["BLZ {ROUT.p} kontonummer {ACCT.sd}", "und meine steuer id lautet", "{STID.ctx}"]),
    ("de-DE", ["IBAN {IBAN.ib} BIC {SWIFT.p}", "mail {EMAIL.at}"]),
    (
        "de-DE",
        [
            "fuer mexiko: CURP {CURP.p} RFC {RFC.p} CLABE {CLABE.sd}",
            "handy {PHONE.mm.a}",
            "{PHONE.mm.a} danke",
        ],
    ),
    ("de-DE", ["reisepass {PASS.p} fuehrerschein {DL.p} PIN {PIN.sp} fuer die miete ab {mk.date}"]),
    (
        "de-DE",
        [
            "router spinnt, ip {IP.p} mac {MAC.p}",
            "login http://{USER.cred}:{PWD.cred}@fritz.example.net",
        ],
    ),
    (
        "de-DE",
        [
            "seit version {mk.version} steht das im log\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASK.kv}"
        ],
    ),
    (
        "de-DE",
        [
            "US SSN {SSN.p} ITIN {ITIN.sd} NINO {NINO.sub}",
            "kartennr {CARD.mm.b}",
            "dann {CARD.mm.b}",
        ],
    ),
    ("de-DE", ["DNI {DNI.p} NIE {NIE.p} CPF {CPF.nz} CNPJ {CNPJ.p} NIR {NIR.p} NIF {NIF.p}"]),
    ("de-DE", ["der link https://konto.example.com/check?tel={PHONE.pct}&versuch={mk.count}"]),
]

SEALED: list[Template] = [
    ("de-DE", ["servus, kreditkarte {CARD.sd} ablauf {EXP.p} cvc {CVV.p}"]),
    ("de-DE", ["karte {CARD.nz} gueltig{EXP.cx} kartenpruefnummer {CVV.sp}"]),
    ("de-DE", ["hier die karte {CARD.sub} ablaufdatum {EXP.sub}"]),
    ("de-DE", ["welche kontonummer brauchen sie?", "{ACCT.ctx}"]),
    ("de-DE", ["meine karte ist {CARD.mm.a}", "{CARD.mm.a}", "{CARD.mm.a} gueltig bis {EXP.p}"]),
    (
        "de-DE",
        [
            "sorry falsche, die richtige ist {CARD.p} laeuft ab {EXP.sp}, die alte wurde am {mk.date} gesperrt"
        ],
    ),
    (
        "de-DE",
        ["automat hat karte um {mk.time} eingezogen, PIN war {PIN.p}", "vorgang {mk.ticket}"],
    ),
    ("de-DE", ["geheimzahl {PIN.sub} und konto {ACCT.p}"]),
    (
        "de-DE",
        ["komme nicht rein, benutzername {USER.p} passwort {PWD.p}, schon {mk.count} mal probiert"],
    ),
    ("de-DE", ["schreiben sie an {EMAIL.p} oder {EMAIL.at}", "bestellung {mk.order} fehlt noch"]),
    (
        "de-DE",
        [
            "der reset link geht nicht https://hilfe.example.com/reset?mail={EMAIL.pct}&schritt={mk.count}"
        ],
    ),
    ("de-DE", ["neue nummer {PHONE.p}", "alte war {PHONE.sd}"]),
    ("de-DE", ["rufen sie mich an unter {PHONE.nz} ab {mk.time}"]),
    ("de-DE", ["meine telefonnummer {PHONE.sp}"]),
    ("de-DE", ["ueberweisung: BLZ {ROUT.sd} konto {ACCT.nz} BIC {SWIFT.sd} ueber {mk.amount} €"]),
    ("de-DE", ["welche iban?", "{IBAN.ctx}"]),
    ("de-DE", ["steuer-id {STID.p}, wohne in der hauptstr. {mk.street}, {mk.postcode} Berlin"]),
    ("de-DE", ["steuerliche identifikationsnummer {STID.nz}", "die von meiner frau {STID.sub}"]),
    ("de-DE", ["IdNr {STID.sp} fuer vertrag {mk.contract}"]),
    ("de-DE", ["iban\n{IBAN.ib}\ndanke!"]),
    ("de-DE", ["bitte auf {IBAN.mm.d}", "{IBAN.mm.d}", "{IBAN.mm.d}"]),
    ("de-DE", ["IBAN {IBAN.p} BIC {SWIFT.p} rechnung {mk.invoice}"]),
    (
        "de-DE",
        ["reisepassnr {PASS.sd} flug {mk.flight} am {mk.date}", "fuehrerscheinnummer {DL.sd}"],
    ),
    ("de-DE", ["fuehrerschein {DL.nz} pass {PASS.sub}"]),
    ("de-DE", ["server {IP.p} lehnt ab, mac adresse {MAC.sd}", "modell {mk.model}"]),
    ("de-DE", ["bitte sperren: key id {AKID.p} secret {ASK.p}"]),
    ("de-DE", ["AWS_SECRET_ACCESS_KEY={ASK.kv}\nAWS_ACCESS_KEY_ID={AKID.kv}\nREGION=eu-central"]),
    ("de-DE", ["PASSWORT={PWD.kv}\nBENUTZER={USER.kv}"]),
    ("de-DE", ["sftp zugang sftp://{USER.cred}:{PWD.cred}@daten.example.org/upload"]),
    ("de-DE", ["fuer die USA: SSN {SSN.sd} ITIN {ITIN.p} steuerjahr {mk.year}"]),
    ("de-DE", ["britische NI nummer {NINO.p}", "und social {SSN.nz}"]),
    ("de-DE", ["spanische DNI {DNI.sd}, NIE {NIE.nz}"]),
    ("de-DE", ["CURP {CURP.sd} RFC {RFC.nz} CLABE {CLABE.sub}"]),
    ("de-DE", ["CPF {CPF.sd} CNPJ {CNPJ.nz}"]),
    ("de-DE", ["franzoesische sozialversicherung {NIR.sd} portugiesische NIF {NIF.sp}"]),
    ("de-DE", ["e-mail {EMAIL.at}", "tel {PHONE.sub}", "sendungsnummer {mk.tracking}"]),
    ("de-DE", ["nutzername {USER.p} und pw {PWD.p}, bitte hilfe"]),
    ("de-DE", ["kontonr {ACCT.mm.c}", "{ACCT.mm.c} sorry zu frueh abgeschickt"]),
    ("de-DE", ["zimmer {mk.room}, karte {CARD.p} exp {EXP.p} cvv {CVV.sub}"]),
    ("de-DE", ["BLZ {ROUT.sub} kto {ACCT.sub}"]),
    ("de-DE", ["meine nummer ist {PHONE.mm.e}", "{PHONE.mm.e} fertig"]),
]
