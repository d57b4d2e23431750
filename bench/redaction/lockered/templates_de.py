"""German (de-DE) customer turns. Part of the sealed split: do not read while tuning."""

CTX: dict[str, list[str]] = {
    "CARD": ["Kartennummer", "Karten-Nr", "Kreditkarte", "Karte", "kartennr", "Visa"],
    "CVV": ["Prüfziffer", "Prüfnummer", "CVC", "cvv", "Sicherheitscode", "Kartenprüfnummer"],
    "EXP": ["gültig bis", "Ablaufdatum", "Ablauf", "exp", "läuft ab"],
    "PIN": ["PIN", "Pin", "Geheimzahl", "pin nummer"],
    "PWD": ["Passwort", "Kennwort", "pw", "passwort", "Passwrot"],
    "USER": ["Benutzername", "Nutzername", "Login", "user"],
    "EMAIL": ["E-Mail", "Mail", "email", "Mailadresse"],
    "PHONE": ["Handy", "Handynr", "Telefon", "Tel.", "Rufnummer", "Nummer"],
    "ACCT": ["Kontonummer", "Kto-Nr", "Konto", "kontonr"],
    "ROUTING": ["BLZ", "Bankleitzahl", "blz"],
    "IBAN": ["IBAN", "iban"],
    "SWIFT": ["BIC", "Swift", "bic"],
    "SSN": ["SSN", "amerikanische Sozialversicherungsnummer", "social security"],
    "ITIN": ["ITIN", "US-Steuernummer ITIN"],
    "NINO": ["NI number", "britische Versicherungsnummer", "National Insurance"],
    "PASSPORT": ["Reisepass", "Passnummer", "Pass-Nr", "Reisepassnummer"],
    "DL": ["Führerschein", "Führerscheinnummer", "Fuehrerschein-Nr"],
    "IP": ["IP", "IP-Adresse", "ip adresse"],
    "MAC": ["MAC", "MAC-Adresse", "mac vom router"],
    "AKID": ["Access Key", "AWS-Zugriffsschlüssel", "key id"],
    "ASK": ["Secret Key", "geheimer Schlüssel", "aws secret"],
    "DNI": ["DNI", "spanischer Ausweis"],
    "NIE": ["NIE", "NIE-Nummer"],
    "CURP": ["CURP", "mexikanische CURP"],
    "RFC": ["RFC", "mexikanische Steuernummer"],
    "CLABE": ["CLABE", "CLABE-Konto"],
    "CPF": ["CPF", "brasilianische CPF"],
    "CNPJ": ["CNPJ", "Firmen-CNPJ"],
    "NIR": ["französische Sozialversicherungsnummer", "NIR"],
    "STEUER": [
        "Steuer-ID",
        "Steuer-IdNr",
        "steuerliche Identifikationsnummer",
        "IdNr",
        "Steueridentnummer",
    ],
    "NIF": ["portugiesische NIF", "NIF"],
}

DEV: list[tuple[str, ...]] = [
    ("hallo, meine {X.ctx} ist {X.plain} bitte aktualisieren danke",),
    ("schicke die {X.ctx} gleich in der nächsten nachricht", "{X.context_only}"),
    ("{X.ctx} {X.spaced_or_dashed} und Bestellung {k.order} ist immer noch nicht da",),
    ("sorry schreib vom handy.. {X.ctx} {X.split_by_noise}",),
    ("laut dem Brief ist die {X.ctx} {X.letter_substitution}",),
    ("ich diktiere, {X.ctx} {X.spelled_out}",),
    ("finde das at zeichen nicht, meine mail ist {EMAIL.email_spelled}",),
    (
        "hab diesen link bekommen https://konto.example.com/reset?mail={EMAIL.percent_encoded}"
        "&tel={PHONE.percent_encoded} um {k.time}, ist der echt?",
    ),
    (
        "der sync läuft über"
        " sftp://{USER.url_credentials}:{PWD.url_credentials}@dateien.example.net",
        "und in der .env steht\nAWS_ACCESS_KEY_ID={AKID.key_value_secret}\n"
        "AWS_SECRET_ACCESS_KEY={ASK.key_value_secret}",
    ),
    (
        "neue karte ist da, gültig bis{EXP.compact_expiry} prüfziffer"
        " {CVV.plain}, bitte die {k.amount} nochmal abbuchen",
    ),
    (
        "hier die IBAN vom Kontoauszug\n{IBAN.iban_broken}\nfür die Erstattung"
        " zu Rechnung {k.invoice}",
    ),
    ("meine karte ist {CARD.multi_message}", "{CARD.multi_message}", "läuft ab {EXP.plain}"),
    ("die {X.ctx} ist {X.multi_message}", "{X.multi_message}"),
]

SEALED: list[tuple[str, ...]] = [
    ("guten tag, können sie bestätigen dass {X.ctx} {X.plain} hinterlegt ist?",),
    ("sie wollten die {X.ctx}, bitte", "{X.context_only}"),
    ("oh sorry das war die alte {X.ctx}, die richtige ist", "{X.context_only}"),
    ("{X.ctx}: {X.spaced_or_dashed}, hatte am {k.date} schon angerufen",),
    ("bitte {X.ctx} {X.split_by_noise} zum Ticket {k.ticket} notieren",),
    ("im formular steht {X.ctx} {X.letter_substitution} glaube ich",),
    ("{X.ctx} {X.spelled_out} hoffe das kommt richtig an",),
    (
        "Hallo, ich möchte kündigen. Karte {CARD.plain} gültig bis {EXP.plain}"
        " CVC {CVV.plain}. Danke",
    ),
    ("zweimal {k.amount} abgebucht am {k.date}!!! karte {CARD.spaced_or_dashed}",),
    ("meine PIN ist {PIN.plain} und das App-Passwort {PWD.plain}, bitte beides zurücksetzen",),
    ("Benutzer {USER.plain} Passwort {PWD.plain} geht seit Version {k.version} nicht mehr",),
    ("schreiben sie an {EMAIL.plain} oder rufen sie {PHONE.plain} nach {k.time} an",),
    ("neue handynr {PHONE.split_by_noise} die alte ist gekündigt",),
    ("für die Lastschrift: BLZ {ROUTING.plain} Kontonummer {ACCT.plain}",),
    ("blz {ROUTING@b.plain} kto {ACCT@b.plain}, Filiale in {k.zip}",),
    ("Überweisung an IBAN {IBAN.plain} BIC {SWIFT.plain} Betrag {k.amount}",),
    ("iban\n{IBAN.iban_broken}\nbic {SWIFT.plain}",),
    ("hab in den USA gelebt, SSN {SSN.plain}, geboren {k.date}",),
    ("für das IRS Formular meine ITIN {ITIN.spaced_or_dashed}",),
    ("war in London angestellt, NI number {NINO.plain}",),
    ("Reisepass {PASSPORT.plain} Flug {k.flight} am {k.date}",),
    ("Führerschein {DL.plain} seit {k.year}, reicht das für den Mietwagen?",),
    ("router zeigt IP {IP.plain} und MAC {MAC.plain}, Modell {k.model}",),
    ("login von {IP.plain} um {k.time}?? war ich nicht",),
    (
        "hab aus versehen unsere keys gepostet:\nAWS_ACCESS_KEY_ID={AKID.key_value_secret}\n"
        "AWS_SECRET_ACCESS_KEY={ASK.key_value_secret}\nbitte löschen",
    ),
    ("DB_PASSWORD={PWD.key_value_secret}\ndas will der installer haben",),
    ("der webhook ist https://{USER.url_credentials}:{PWD.url_credentials}@hooks.example.org/ein",),
    ("karte {CARD.plain} ablauf {EXP.compact_expiry} cvc {CVV.plain}",),
    ("exp{EXP.compact_expiry} vergessen sorry",),
    ("meine mail {EMAIL.email_spelled} nicht die alte",),
    (
        "komischer link"
        " https://zahlung.example.com/pruefen?email={EMAIL.percent_encoded}&schritt={k.count}",
    ),
    ("ich bin Spanier, DNI {DNI.plain}, meine Frau hat NIE {NIE.plain}",),
    ("mexikanische Unterlagen: CURP {CURP.plain} RFC {RFC.plain}",),
    ("bitte auf die CLABE {CLABE.split_by_noise} erstatten",),
    ("CPF {CPF.plain} und CNPJ {CNPJ.plain} für die Niederlassung in Brasilien",),
    ("französische Sozialversicherungsnummer {NIR.plain} für den Termin um {k.time}",),
    ("meine Steuer-ID ist {STEUER.plain}, bin in Raum {k.room}",),
    ("steuer id {STEUER@b.split_by_noise} für die Lohnabrechnung",),
    ("portugiesische NIF {NIF.plain} für Rechnung {k.invoice}",),
    ("karte {CARD.multi_message}", "{CARD.multi_message}", "{CARD.multi_message}"),
    ("rufen sie mich an {PHONE.multi_message}", "{PHONE.multi_message} danke"),
    ("IBAN {IBAN.multi_message}", "{IBAN.multi_message}", "{IBAN.multi_message}"),
    ("{X.ctx} {X.multi_message} und", "{X.multi_message}"),
    ("habe {k.count} Pakete, Sendungsnummer {k.tracking}, Hauptstraße {k.street}",),
]
