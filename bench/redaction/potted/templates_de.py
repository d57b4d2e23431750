"""German customer messages (Germany, Austria, Switzerland), hand-written. Same slot syntax as templates_en."""

LOCALES = ["de-DE", "de-AT", "de-CH", "de-DE", "de-DE"]
DIGITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
NOISE = [" | ", " / ", " 👉 ", " und dann ", "\n", " 🙏 ", " -- "]
AT = [" Klammeraffe ", " (at) ", " at "]
DOT = [" Punkt ", " (punkt) ", " [dot] "]

LABELS = {
    "CREDIT_DEBIT_NUMBER": ["meine Kartennummer", "Kreditkarte"],
    "CREDIT_DEBIT_CVV": ["die Prüfziffer", "CVC"],
    "CREDIT_DEBIT_EXPIRY": ["gültig bis", "Ablaufdatum"],
    "PIN": ["meine PIN", "die Geheimzahl"],
    "BANK_ACCOUNT_NUMBER": ["Kontonummer", "mein Konto"],
    "BANK_ROUTING": ["BLZ", "Bankleitzahl"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["meine IBAN", "IBAN"],
    "SWIFT_CODE": ["BIC", "Swift"],
    "EMAIL": ["meine Mail", "E-Mail-Adresse"],
    "PHONE": ["meine Handynr", "Telefonnummer"],
    "SSN": ["meine US SSN", "social security number"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "meine itin"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["britische NI-Nummer", "NINO"],
    "PASSPORT_NUMBER": ["Reisepass", "Passnummer"],
    "DRIVER_ID": ["Führerscheinnummer", "Führerschein"],
    "PASSWORD": ["Passwort", "das Kennwort"],
    "USERNAME": ["Benutzername", "mein Login"],
    "IP_ADDRESS": ["die IP", "meine IP-Adresse"],
    "MAC_ADDRESS": ["MAC-Adresse", "die MAC"],
    "AWS_ACCESS_KEY": ["Access Key", "aws key"],
    "AWS_SECRET_KEY": ["Secret Key", "das aws secret"],
    "ES_DNI": ["spanische DNI", "DNI"],
    "ES_NIE": ["NIE", "meine NIE"],
    "MX_CURP": ["CURP", "die curp"],
    "MX_RFC": ["RFC", "mexikanische RFC"],
    "MX_CLABE": ["CLABE", "die clabe"],
    "BR_CPF": ["CPF", "meine cpf"],
    "BR_CNPJ": ["CNPJ", "die cnpj der firma"],
    "FR_NIR": ["französische Sozialversicherungsnr", "NIR"],
    "DE_TAX_ID": ["Steuer-ID", "steuerliche IdNr"],
    "PT_NIF": ["NIF", "portugiesische NIF"],
}

GENERIC = [
    ["hallo, {@}: {?}"],
    ["{@} ist {?} falls das hilft"],
    ["also {@} = {?} bitte schnell fixen"],
    ["sorry moment", "{@} {?} danke"],
    ["die App will {@}, hab {?} eingegeben und kommt Fehler [error_code]"],
    ["{@}?? ist {?}"],
    ["{@} -> {?} Bestellung [order_number] übrigens"],
    ["ich schick {@} in Teilen", "{?~1}", "{?~2}"],
    ["{@} fängt an mit {?~1}", "dann {?~2}", "{?~3} fertig"],
    ["hier {@}:\n{?}\n(aus meinen Notizen kopiert)"],
]

TEMPLATES = [
    [
        "hallo, meine Karte {CREDIT_DEBIT_NUMBER} wurde für Bestellung [order_number] doppelt belastet"
    ],
    [
        "Karte {CREDIT_DEBIT_NUMBER:spaced_or_dashed} gültig bis {CREDIT_DEBIT_EXPIRY} cvc {CREDIT_DEBIT_CVV}"
    ],
    [
        "servus",
        "karte ist {CREDIT_DEBIT_NUMBER~1}",
        "{CREDIT_DEBIT_NUMBER~2}",
        "exp {CREDIT_DEBIT_EXPIRY:compact_expiry}",
    ],
    [
        "{CREDIT_DEBIT_NUMBER:split_by_noise} das ist die Karte, die Zahlung über [price] am [date] ging nicht durch"
    ],
    ["der Code hinten ist {CREDIT_DEBIT_CVV:spelled_out}"],
    ["Geheimzahl ist {PIN:context_only} glaub ich, oder hab sie [year] geändert"],
    ["komm nicht rein!!! benutzer {USERNAME} passwort {PASSWORD}"],
    ["mein login ist {USERNAME:context_only} und kennwort {PASSWORD:context_only} nicht lachen"],
    ["dieser Link geht nicht: {PASSWORD:url_credentials} 😩"],
    [
        "unser Azubi hat das aus Versehen ins Ticket [ticket_number] kopiert:\n{AWS_ACCESS_KEY:key_value_secret}\n{AWS_SECRET_KEY:key_value_secret}"
    ],
    ["bitte an {EMAIL} schreiben nicht an die alte"],
    ["meine mail ist {EMAIL:email_spelled} (finde das Zeichen nicht auf der Tastatur)"],
    ["der Reset-Link war {EMAIL:percent_encoded} und ist abgelaufen"],
    ["ruft mich an unter {PHONE} nach [time]"],
    ["meine Nummer {PHONE:spaced_or_dashed}. bitte nicht vor [time], arbeite nachts"],
    ["nummer ist {PHONE~1}", "{PHONE~2}"],
    ["schreibt mir auf {PHONE:letter_substitution} oder einfach hier"],
    ["tel {PHONE:spelled_out}"],
    [
        "Überweisung kam von {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken} BIC {SWIFT_CODE}, Betrag [price]"
    ],
    ["bitte zurück auf IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER}, Rechnung [invoice_number]"],
    [
        "iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER~1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER~2}",
        "sorry abgeschnitten",
    ],
    ["alte Bankverbindung: BLZ {BANK_ROUTING} Kto {BANK_ACCOUNT_NUMBER}"],
    ["kto {BANK_ACCOUNT_NUMBER:letter_substitution} (das Sparkonto)"],
    ["das Konto endet auf... ok es ist {BANK_ACCOUNT_NUMBER:spaced_or_dashed}"],
    ["fürs Finanzamt: Steuer-ID {DE_TAX_ID} PLZ [postal_code]"],
    ["idnr {DE_TAX_ID:spaced_or_dashed} steht auf dem Brief"],
    ["steuer id {DE_TAX_ID~1}", "{DE_TAX_ID~2}"],
    ["Reisepass {PASSPORT_NUMBER} Buchung [booking_reference] Flug [flight_number]"],
    ["Führerschein {DRIVER_ID} abholen um [time] Filiale [store_number]"],
    [
        "Router bricht ab. ip {IP_ADDRESS} mac {MAC_ADDRESS} Modell [product_model] Firmware [version]"
    ],
    ["ok vielen Dank, schönen Tag noch"],
    [
        "Paket [tracking_number] immer noch nicht da, [quantity] Artikel bestellt und [count] bekommen"
    ],
    ["warum ist die Rechnung [price] diesen Monat?? Zähler steht bei [meter_reading]"],
    ["Zimmer [room_number], Abreise [date], bitte Rechnung [invoice_number]"],
    ["haha ok danke"],
    ["Police [policy_number] zahlt [percentage] oder? war ein [product_model]"],
    ["Datenvolumen [data_size] am Tag [count] weg, Kundennr [lookalike_number]"],
    ["Vertragsnr [contract_number] (nicht die Kontonummer)", "Konto ist {BANK_ACCOUNT_NUMBER}"],
    ["in der Schweiz, Handy {PHONE} und Mail {EMAIL}"],
    ["PIN {PIN:spelled_out} geht nicht mehr"],
    ["NI number aus UK {UK_NATIONAL_INSURANCE_NUMBER} für die Rente"],
    ["swift {SWIFT_CODE} iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER:spaced_or_dashed}"],
    ["({EMAIL}) <- das ist die hinterlegte, nicht gmail"],
    ["„{PHONE}“ steht im Formular aber das ist falsch"],
    [
        "{CREDIT_DEBIT_NUMBER:letter_substitution}",
        "^ die Karte. läuft ab am [date]?? nee das ist die Lieferung",
    ],
    [
        "Gaszähler [meter_reading], Kundennr [lookalike_number], abbuchen von ({INTERNATIONAL_BANK_ACCOUNT_NUMBER})"
    ],
    ["könnt ihr meine Adresse ändern, PLZ [postal_code], Handy {PHONE} und Mail {EMAIL}"],
]
