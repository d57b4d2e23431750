"""German customer turns (de-DE). Part of the sealed material: do not read when tuning."""

# Templates are prose data; wrapping them would hurt reading more than long lines do.
# ruff: noqa: E501

DEV: list[tuple[str, ...]] = [
    (
        "hallo meine karte wird abgelehnt bei bestellung {keep:order}, es ist die {CREDIT_DEBIT_NUMBER|plain} gültig bis{CREDIT_DEBIT_EXPIRY|compact_expiry} prüfziffer {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "also die kartennummer ist {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "und rufen sie mich unter {PHONE|plain} an, ab {keep:time}",
    ),
    (
        "komme nicht rein, benutzername {USERNAME|plain}, backup mail {EMAIL|email_spelled}",
        "hab diesen link bekommen https://hilfe.example.com/reset?mail={EMAIL|percent_encoded}&tel={PHONE|percent_encoded} ist der echt?",
    ),
    (
        "seit update {keep:version} geht der export nicht mehr. wir nutzen sftp://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@export.example.net und\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}",
        "server ip {IP_ADDRESS|plain}, mac adresse {MAC_ADDRESS|plain}",
    ),
    (
        "ich will das lastschriftmandat über {keep:amount} € einrichten, IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken} BIC {SWIFT_CODE|plain}",
        "alte kontonummer war {BANK_ACCOUNT_NUMBER|spaced_or_dashed}, BLZ {BANK_ROUTING|plain}",
    ),
    (
        "hab in den USA gearbeitet, social security number {SSN|letter_substitution}, ITIN meiner frau {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|spaced_or_dashed}",
    ),
    (
        "und in UK: national insurance {UK_NATIONAL_INSURANCE_NUMBER|plain}, antrag vom {keep:date}",
        "was brauchen sie noch?",
        "reisepass? moment",
        "{PASSPORT_NUMBER|context_only}",
    ),
    (
        "reisepassnummer {PASSPORT_NUMBER|plain}, und hier der führerschein",
        "{DRIVER_ID|context_only}",
    ),
    (
        "mein mann ist spanier: DNI {ES_DNI|split_by_noise}, NIE seiner schwester {ES_NIE|plain}",
        "meine schwägerin aus mexiko: CURP {MX_CURP|plain}, RFC {MX_RFC|plain}, CLABE {MX_CLABE|split_by_noise}",
    ),
    (
        "firmenunterlagen 😩 CPF vom partner {BR_CPF|spelled_out}, CNPJ {BR_CNPJ|plain}, französische NIR {FR_NIR|plain}",
        "meine steuer-ID {DE_TAX_ID|spaced_or_dashed} und portugiesische NIF {PT_NIF|plain}, wir sind {keep:count} mitarbeiter",
    ),
    (
        "geldautomat hat die karte eingezogen, PIN ist {PIN|spelled_out}",
        "und das passwort der app {PASSWORD|plain} glaub ich",
    ),
    (
        "meine neue nummer {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "{PHONE|multi_message|a} sorry kam in stücken",
    ),
]

SEALED: list[tuple[str, ...]] = [
    (
        "Guten Tag, mir wurden am {keep:date} {keep:price} € abgebucht, kenne ich nicht. Karte {CREDIT_DEBIT_NUMBER|spaced_or_dashed}",
    ),
    (
        "zahlungsmittel ändern bitte, neue kreditkarte {CREDIT_DEBIT_NUMBER|letter_substitution} ablauf {CREDIT_DEBIT_EXPIRY|plain} CVC {CREDIT_DEBIT_CVV|spelled_out}",
    ),
    (
        "kartennr {CREDIT_DEBIT_NUMBER|split_by_noise}",
        "ablaufdatum {CREDIT_DEBIT_EXPIRY|plain}, die drei ziffern hinten {CREDIT_DEBIT_CVV|spaced_or_dashed}",
    ),
    (
        "was braucht ihr für die erstattung der buchung {keep:booking}?",
        "ok die karte",
        "{CREDIT_DEBIT_NUMBER|context_only}",
        "gültig bis {CREDIT_DEBIT_EXPIRY|compact_expiry} cvv {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "visa {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a} läuft ab {CREDIT_DEBIT_EXPIRY|plain}",
    ),
    (
        "Ich kann die Rechnung {keep:invoice} nicht bezahlen. Karte: {CREDIT_DEBIT_NUMBER|spelled_out}. Ablauf{CREDIT_DEBIT_EXPIRY|compact_expiry}",
    ),
    (
        "der automat in der hauptstraße {keep:street} hat meine EC karte {CREDIT_DEBIT_NUMBER|plain} behalten, PIN war {PIN|plain}",
    ),
    (
        "könnt ihr die pin auf {PIN|letter_substitution} setzen",
        "und das onlinebanking kennwort auf {PASSWORD|plain} danke",
    ),
    (
        "Benutzer: {USERNAME|plain}\nKennwort: {PASSWORD|plain}\nes heißt konto gesperrt, hab es ca {keep:count} mal probiert",
    ),
    (
        "meine mail ist {EMAIL|plain} nicht die alte, handy {PHONE|plain}",
        "die alte adresse {EMAIL|email_spelled} bitte löschen",
    ),
    (
        "schickt mir ne sms an {PHONE|spaced_or_dashed} wenn der techniker kommt, bin ab {keep:time} da",
        "oder an meinen mann {PHONE|letter_substitution}",
    ),
    ("ruft mich an unter {PHONE|split_by_noise} wegen der heizung, wohnung {keep:room}",),
    ("meine handynummer ist {PHONE|spelled_out} haha tastatur spinnt",),
    ("was ist eure nummer? meine {PHONE|multi_message|a}", "{PHONE|multi_message|a}"),
    (
        "der tracking link https://paket.example.com/s?email={EMAIL|percent_encoded} zeigt nix zur sendung {keep:tracking}",
    ),
    (
        "für die gutschrift: BLZ {BANK_ROUTING|plain}, konto {BANK_ACCOUNT_NUMBER|plain}",
        "eröffnet {keep:year}",
    ),
    (
        "überweisung: bankleitzahl {BANK_ROUTING|spaced_or_dashed}, kto nr {BANK_ACCOUNT_NUMBER|letter_substitution}, swift {SWIFT_CODE|plain}",
    ),
    (
        "blz {BANK_ROUTING|split_by_noise} konto {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
    ),
    (
        "Bitte auf meine IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|plain} zurücküberweisen, es waren {keep:amount} euro",
    ),
    (
        "iban lautet\n{INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken}\nbic {SWIFT_CODE|spaced_or_dashed}",
    ),
    ("hab in chicago gearbeitet, SSN {SSN|plain}, siehe formular vom {keep:date}",),
    ("sozialversicherungsnr USA: {SSN|spelled_out}", "sorry vertippt, ist {SSN|split_by_noise}"),
    (
        "keine SSN, ich habe nur eine ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|plain}, zip {keep:zipplus}",
    ),
    (
        "was braucht der vermieter in new york für wohnung {keep:room}?",
        "die ganze SSN? na gut",
        "{SSN|context_only}",
    ),
    (
        "meine britische NI nummer {UK_NATIONAL_INSURANCE_NUMBER|spaced_or_dashed} für die lohnabrechnung, angefangen am {keep:date}",
    ),
    ("national insurance {UK_NATIONAL_INSURANCE_NUMBER|split_by_noise} aus meiner zeit in london",),
    (
        "flug {keep:flight} morgen, reisepass {PASSPORT_NUMBER|spaced_or_dashed}, möchte den sitz ändern",
        "wir sind {keep:count} personen",
    ),
    ("mietwagen, führerscheinnummer {DRIVER_ID|plain}, abholung {keep:time} uhr",),
    ("führerschein {DRIVER_ID|split_by_noise} und pass {PASSPORT_NUMBER|plain}",),
    (
        "der router fliegt raus, modell {keep:model}, ip {IP_ADDRESS|plain}, mac {MAC_ADDRESS|spaced_or_dashed}",
        "firmware {keep:version}",
    ),
    (
        "hier die .env wie vom support verlangt:\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}\nDB_PASSWORD={PASSWORD|key_value_secret}",
    ),
    (
        "der webhook geht an https://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@hooks.example.org/in und der access key ist {AWS_ACCESS_KEY|plain}",
    ),
    (
        "secret key {AWS_SECRET_KEY|plain} ja ich weiß sollte man nicht posten",
        "MAC vom gerät {MAC_ADDRESS|plain} ip {IP_ADDRESS|plain}",
    ),
    ("meine spanische mitbewohnerin: DNI {ES_DNI|spaced_or_dashed}, NIE {ES_NIE|split_by_noise}",),
    (
        "für die mexikanische rechnung: CURP {MX_CURP|spaced_or_dashed}, RFC {MX_RFC|spaced_or_dashed}, betrag {keep:amount} pesos",
    ),
    (
        "bitte auf die CLABE {MX_CLABE|plain} einzahlen",
        "nein das ist die alte, richtig ist {MX_CLABE|letter_substitution}",
    ),
    (
        "mein brasilianischer kollege, CPF {BR_CPF|plain}, CNPJ seiner firma {BR_CNPJ|letter_substitution}",
    ),
    (
        "französische sozialversicherungsnummer {FR_NIR|spaced_or_dashed}, steuer-identnummer {DE_TAX_ID|plain}",
        "portugiesische NIF {PT_NIF|spelled_out}",
    ),
    ("zur buchung {keep:booking}: CPF {BR_CPF|split_by_noise}, NIF {PT_NIF|letter_substitution}",),
    (
        "wozu braucht ihr die CLABE?",
        "{MX_CLABE|context_only}",
        "und die steuer id {DE_TAX_ID|letter_substitution}, NIR {FR_NIR|split_by_noise}",
    ),
    (
        "Hallo, die hinterlegte Karte ist abgelaufen. Neue {CREDIT_DEBIT_NUMBER|plain} gültig bis {CREDIT_DEBIT_EXPIRY|spaced_or_dashed}. Und meine ip {IP_ADDRESS|plain} ist gesperrt",
        "mail für rechnungen {EMAIL|email_spelled} danke",
    ),
    (
        "kontonummer für die erstattung {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
        "BLZ {BANK_ROUTING|plain}",
    ),
    (
        "können sie mich zurückrufen? {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "am besten vor {keep:time}",
    ),
]
