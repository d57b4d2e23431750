"""German customer turns (de-DE). Whole templates belong to one split."""

Template = tuple[str, tuple[str, ...]]

DEV: list[Template] = [
    (
        "de-DE",
        (
            "hallo, bestellung {#order} wurde doppelt abgebucht ({#amount}), karte {CARD:plain} gültig bis{EXP:compact} prüfnummer {CVV:spelled}",
            "und die pin ist {PIN:letters} falls nötig",
        ),
    ),
    (
        "de-DE",
        (
            "bitte rufen sie mich an unter",
            "{PHONE:multi}",
            "{PHONE:more} ab {#time} uhr, oder mail an {EMAIL:at}",
        ),
    ),
    (
        "de-DE",
        (
            "vpn geht seit dem update {#version} nicht mehr: {CRED:url} ip {IP:plain} mac {MAC:plain}",
            "{AKEY:kv}\n{SKEY:kv}",
            "der bestätigungslink war {EMAIL:pct}",
        ),
    ),
    (
        "de-DE",
        (
            "erstattung bitte auf IBAN {IBAN:broken} BIC {SWIFT:plain}, kontonr {ACCT:noise} BLZ {ROUT:spaced}",
            "die clabe von meinem bruder in mexiko {CLABE:plain}, reisepass {PASS:plain} führerschein {DL:plain}",
        ),
    ),
    (
        "de-DE",
        (
            "für die unterlagen: steuer-id {IDNR:plain}, us ssn {SSN:plain}, itin {ITIN:spaced}",
            "und meine spanische NIE?",
            "{NIE:ctx}",
            "dni {DNI:plain} curp {CURP:plain} rfc {RFC:plain} cpf {CPF:plain} cnpj {CNPJ:plain} nir {NIR:plain} nif {NIF:plain} NI {NINO:plain}, benutzer {USER:plain} passwort {PW:plain}",
        ),
    ),
]

SEALED: list[Template] = [
    (
        "de-DE",
        (
            "mit den letzten ziffern gehts nicht, die ganze nummer ist {CARD:spaced} läuft ab {EXP:plain}",
            "sicherheitscode {CVV:plain} und plz {#zip}",
        ),
    ),
    (
        "de-DE",
        (
            "meine kreditkarte ist {CARD:multi}",
            "{CARD:more}",
            "sorry abgeschnitten, ablauf {EXP:compact} cvc {CVV:letters}",
        ),
    ),
    (
        "de-DE",
        (
            "neue handynr 😅 {PHONE:noise}, die alte war {PHONE:spelled}",
            "buchung {#booking} flug {#flight} am {#date}",
        ),
    ),
    (
        "de-DE",
        ("die pin ist glaub ich {PIN:spelled} oder {PIN:plain}? schon {#count} mal probiert",),
    ),
    (
        "de-DE",
        (
            "IT-abteilung: {CRED:url} geht seit {#date} nicht",
            "in der env datei steht\n{AKEY:kv}\n{SKEY:kv}\n{PW:kv}",
        ),
    ),
    (
        "de-DE",
        (
            "schreibt mir an {EMAIL:at} nicht mehr an {EMAIL:plain}",
            "der link den ich bekam: {EMAIL:pct}",
        ),
    ),
    (
        "de-DE",
        (
            "überweisungsdaten: bankleitzahl {ROUT:plain} konto {ACCT:spaced}, swift {SWIFT:plain} iban {IBAN:plain}",
            "rechnung {#invoice} über {#amount}",
        ),
    ),
    ("de-DE", ("blz {ROUT:letters} kto {ACCT:plain} und für das andere konto", "{IBAN:broken}")),
    (
        "de-DE",
        (
            "welche ssn habt ihr gespeichert? sollte {SSN:noise} sein",
            "und die itin meiner mutter",
            "{ITIN:ctx}",
        ),
    ),
    (
        "de-DE",
        (
            "hi, britische NI nummer {NINO:spaced}, reisepass {PASS:plain} gültig bis {#date}, führerschein {DL:plain}",
            "bin in zimmer {#room}",
        ),
    ),
    (
        "de-DE",
        (
            "router {#model} zeigt ip {IP:plain} und mac {MAC:plain}, firmware {#version}",
            "benutzername {USER:plain} kennwort {PW:plain}",
        ),
    ),
    (
        "de-DE",
        (
            "spanien: dni {DNI:spaced} nie {NIE:plain}; mexiko curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:noise}",
        ),
    ),
    (
        "de-DE",
        (
            "brasilien cpf {CPF:spaced} cnpj {CNPJ:plain}, frankreich nir {NIR:plain}",
            "meine steuerid {IDNR:spelled} und portugiesische nif {NIF:letters}",
        ),
    ),
    (
        "de-DE",
        (
            "ruft mich an unter",
            "{PHONE:multi}",
            "{PHONE:more}",
            "{PHONE:more} danke, ticket {#ticket}",
        ),
    ),
    ("de-DE", ("bitte auf konto {ACCT:multi}", "{ACCT:more} danke, vertrag {#contract}")),
    (
        "de-DE",
        (
            "passwort reset: user {USER:kv} neues passwort {PW:letters}? sendung {#tracking} hängt seit {#year}",
        ),
    ),
]
