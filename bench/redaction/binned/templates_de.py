# ruff: noqa: E501 - each string is one customer turn; wrapping it would hide its wording.
"""German customer turns (de-DE). Sealed: never tune a detector against SEALED."""

DEV = [
    (
        "de-DE",
        [
            "hallo meine karte ist {CARD:plain} gültig bis {EXP:cexp} prüfziffer {CVV:letters}, bestellung {#order}"
        ],
    ),
    (
        "de-DE",
        [
            "ich will die lastschrift ändern",
            "BLZ {ROUTING:plain} kontonr {ACCT:sod}",
            "steuer id {IDNR:noise}",
        ],
    ),
    ("de-DE", ["meine iban {IBAN:ibanb} und bic {BIC:plain} danke"]),
    ("de-DE", ["ruft mich an unter {PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    (
        "de-DE",
        [
            "benutzername {USER:plain} passwort {PW:plain}",
            "hab https://{USER:urlcred}:{PW:urlcred}@kundenportal.example.com probiert seit version {#version}, geht nicht",
        ],
    ),
    (
        "de-DE",
        ["schreibt mir an {EMAIL:emailsp} oder über https://hilfe.example.com/r?mail={EMAIL:pct}"],
    ),
    (
        "de-DE",
        [
            "bin entwickler, das ist versehentlich im ticket gelandet:",
            "AWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
            "ip {IP:plain} mac adresse {MAC:plain}",
        ],
    ),
    (
        "de-DE",
        [
            "reisepass {PASSPORT:plain} und führerschein {DL:plain} für die abholung um {#time}",
            "die PIN?",
            "{PIN:ctx}",
        ],
    ),
    (
        "de-DE",
        [
            "spanische DNI {DNI:plain}, NIE {NIE:sod}, curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:plain}"
        ],
    ),
    (
        "de-DE",
        ["für die USA: ssn {SSN:plain}, itin {ITIN:sod}", "und britische NI nummer {NINO:plain}"],
    ),
    (
        "de-DE",
        [
            "cpf {CPF:plain} cnpj {CNPJ:sod}",
            "französische sozialversicherungsnr {NIR:spelled} und portugiesische NIF {NIF:plain}",
        ],
    ),
    (
        "de-DE",
        ["kartennummer {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga} sorry verbindung weg"],
    ),
]

SEALED = [
    (
        "de-DE",
        [
            "Hallo, {#amount} € doppelt abgebucht für Bestellung {#order}. Karte {CARD:sod} gültig bis {EXP:plain}"
        ],
    ),
    ("de-DE", ["meine kreditkarte {CARD:noise} und die kartenprüfnummer {CVV:spelled}"]),
    ("de-DE", ["kartennr {CARD:letters} ablaufdatum {EXP:letters} bitte"]),
    ("de-DE", ["hallo meine ec karte", "{CARD:ctx}", "ablauf{EXP:cexp} cvc {CVV:plain}"]),
    (
        "de-DE",
        [
            "Karte {CARD:plain}, läuft ab {EXP:plain}, die drei Ziffern hinten {CVV:sod}. Buchung {#booking}"
        ],
    ),
    ("de-DE", ["bitte karte sperren {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga}"]),
    (
        "de-DE",
        ["automat hat die karte um {#time} eingezogen, pin war {PIN:plain}, neue {PIN:letters}"],
    ),
    ("de-DE", ["meine geheimzahl ist {PIN:spelled} psst"]),
    ("de-DE", ["die prüfnummer?", "{CVV:ctx}"]),
    ("de-DE", ["kennwort {PW:plain} nutzer {USER:plain}, gesperrt seit {#date}"]),
    (
        "de-DE",
        [
            ".env aus dem ticket {#ticket}:\nDB_PASSWORD={PW:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}"
        ],
    ),
    (
        "de-DE",
        ["hab sftp://{USER:urlcred}:{PW:urlcred}@dateien.example.net versucht, fehler {#model}"],
    ),
    ("de-DE", ["neue email {EMAIL:plain}, alte {EMAIL:emailsp} (vorhin vertippt)"]),
    ("de-DE", ["abmeldelink https://shop.example.org/abmelden?e={EMAIL:pct}&best={#order}"]),
    ("de-DE", ["ruf mich an {PHONE:plain} oder meinen mann {PHONE:sod} nach {#time}"]),
    ("de-DE", ["meine nummer {PHONE:spelled}"]),
    ("de-DE", ["festnetz {PHONE:letters}, wohnung {#room}, plz {#postcode}"]),
    ("de-DE", ["formular https://anbieter.example.com/rueckruf?tel={PHONE:pct}"]),
    ("de-DE", ["meine handynummer", "{PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    ("de-DE", ["überweisung: bankleitzahl {ROUTING:sod}, konto {ACCT:plain}, betrag {#amount} €"]),
    ("de-DE", ["blz {ROUTING:noise} kto {ACCT:letters}"]),
    ("de-DE", ["das konto für die abbuchung", "{ACCT:ctx}"]),
    ("de-DE", ["kto {ACCT:multi:ga}", "{ACCT:multi:ga} das ist das sparkonto"]),
    ("de-DE", ["erstattung auf IBAN {IBAN:plain} BIC {BIC:sod}"]),
    ("de-DE", ["iban (aus der app kopiert sorry)\n{IBAN:ibanb}"]),
    ("de-DE", ["Bankverbindung {IBAN:sod} swift {BIC:plain}"]),
    ("de-DE", ["steuerliche identifikationsnummer {IDNR:plain}, rechnung {#invoice}"]),
    ("de-DE", ["meine steuer-id {IDNR:letters} wohne in der hausnummer {#street}"]),
    ("de-DE", ["IdNr {IDNR:multi:ga}", "{IDNR:multi:ga}"]),
    ("de-DE", ["flug {#flight} morgen, reisepassnr {PASSPORT:sod}", "führerscheinnr {DL:noise}"]),
    ("de-DE", ["führerschein {DL:plain} pass {PASSPORT:noise}"]),
    (
        "de-DE",
        ["router zeigt ip {IP:noise} und mac {MAC:sod}, modell {#model} firmware {#version}"],
    ),
    ("de-DE", ["zugriffsschlüssel {AKID:plain} geheim {AKSECRET:plain} bitte sperren"]),
    ("de-DE", ["dni {DNI:sod} nie {NIE:noise} für den mietvertrag {#contract}"]),
    ("de-DE", ["curp {CURP:sod} rfc {RFC:noise} clabe {CLABE:spelled}"]),
    (
        "de-DE",
        ["ssn {SSN:noise} itin {ITIN:plain} für die steuer {#year}", "britische NI {NINO:sod}"],
    ),
    ("de-DE", ["cpf {CPF:sod} cnpj {CNPJ:noise}, {#count} pakete"]),
    ("de-DE", ["französische NIR {NIR:plain} portugiesische nif {NIF:sod}"]),
    (
        "de-DE",
        [
            "Sendung {#tracking} als zugestellt markiert. karte {CARD:plain} ablauf{EXP:cexp} erstattung bitte"
        ],
    ),
    ("de-DE", ["die IP adresse", "{IP:ctx}"]),
    (
        "de-DE",
        [
            "bestellung {#order} vom {#date} über {#amount} €, immer noch nichts",
            "meine nummer {PHONE:plain}",
        ],
    ),
]
