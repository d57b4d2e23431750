"""German customer messages (Germany, Austria, Switzerland), hand-written. Grammar: see generate.py."""

LANG = "de"
LOCALES = ["de-DE", "de-DE", "de-AT", "de-CH"]
DE = ["de-DE"]

LABELS = {
    "CREDIT_DEBIT_NUMBER": ["Kartennummer", "meine Karte", "Kreditkarte", "KK-Nr", "Visa"],
    "CREDIT_DEBIT_CVV": ["CVV", "Prüfziffer", "Sicherheitscode", "CVC", "Kartenprüfnummer"],
    "CREDIT_DEBIT_EXPIRY": ["gültig bis", "Ablaufdatum", "läuft ab", "exp"],
    "PIN": ["PIN", "meine Pin", "Geheimzahl"],
    "BANK_ACCOUNT_NUMBER": ["Kontonummer", "Konto", "Kto-Nr", "Kontonr"],
    "BANK_ROUTING": ["BLZ", "Bankleitzahl", "routing", "sort code"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban", "meine IBAN"],
    "SWIFT_CODE": ["BIC", "Swift", "SWIFT-Code"],
    "EMAIL": ["Mail", "E-Mail", "meine Mailadresse", "email"],
    "PHONE": ["Tel", "Handy", "Handynummer", "ruft mich an unter", "Telefon"],
    "SSN": ["SSN", "amerikanische Sozialversicherungsnummer"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "meine ITIN"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI number", "britische Versicherungsnummer"],
    "PASSPORT_NUMBER": ["Reisepass", "Passnummer", "Pass-Nr"],
    "DRIVER_ID": ["Führerschein", "Führerscheinnummer", "Fuehrerschein-Nr"],
    "PASSWORD": ["Passwort", "Kennwort", "pw", "mein Passwort"],
    "USERNAME": ["Benutzername", "Login", "user", "Nutzername"],
    "IP_ADDRESS": ["IP", "IP-Adresse", "meine IP"],
    "MAC_ADDRESS": ["MAC", "MAC-Adresse", "Mac vom Router"],
    "AWS_ACCESS_KEY": ["Access Key", "AWS Key", "Zugriffsschlüssel"],
    "AWS_SECRET_KEY": ["Secret Key", "geheimer Schlüssel", "AWS Secret"],
    "ES_DNI": ["spanische DNI", "DNI"],
    "ES_NIE": ["NIE", "spanische NIE"],
    "MX_CURP": ["CURP"],
    "MX_RFC": ["RFC", "mexikanische Steuernummer RFC"],
    "MX_CLABE": ["CLABE", "Clabe Konto"],
    "BR_CPF": ["CPF"],
    "BR_CNPJ": ["CNPJ"],
    "FR_NIR": ["französische Sozialversicherungsnummer", "NIR"],
    "DE_TAX_ID": ["Steuer-ID", "Steueridentifikationsnummer", "Steuer-IdNr", "steuerid", "IdNr"],
    "PT_NIF": ["NIF", "portugiesische Steuernummer"],
}

DEV = [
    [
        "Hallo, meine Karte {card} wurde im Markt [store_number] abgelehnt, gültig bis {exp:compact_expiry}"
    ],
    (
        DE,
        [
            "für die Lohnabrechnung brauchen die meine Steuer-ID {steuer}",
            "Vertrag [contract_number]",
        ],
    ),
    ["Karte {card~a}", "{card~b}", "sorry zu früh abgeschickt"],
    ["meine mail ist {email:email_spelled}, bitte ändern"],
    ["Router [product_model] mit Firmware [version] spinnt, IP {ip} MAC {mac}"],
    [
        "Paket [tracking_number] nie angekommen, Bestellung [order_number] über [price]",
        "erreichbar unter {phone}",
    ],
    ["hier {any} und {any}", "passt das so?"],
    ["PIN ist {pin:spelled_out} oder?"],
    ["hab am [date] {any} geschickt, Ticket [ticket_number]"],
    ["der Dienstleister braucht das\n{akey:key_value_secret}\n{skey:key_value_secret}"],
    ["Flug [flight_number] am [date], Reisepass {passport}, Sitz [seat_number] bitte"],
    ["Überweisung auf IBAN {iban:iban_broken} BIC {swift} über [price]"],
    ["der Reset-Link geht nicht: {email:percent_encoded}"],
    ["{any} wie im Formular verlangt, PLZ [postal_code]"],
    ["Kontonummer {acct~a}", "{acct~b}", "{acct~c}"],
    ["Benutzername {user} Passwort {pwd}", "geht seit [date] nicht mehr"],
    ["der Zugang zum NAS ist {pwd:url_credentials} könnt ihr das prüfen"],
]

SEALED = [
    [
        "Servus, mir wurden [price] doppelt abgebucht von der Karte {card:spaced_or_dashed}, Bestellnr [order_number]"
    ],
    (DE, ["Steueridentifikationsnummer {steuer:split_by_noise}", "für die Erstattung von [price]"]),
    ["CVV {cvv} gültig bis {exp}"],
    ["jemand hat meine Kreditkarte {card:split_by_noise} gestern um [time] benutzt!!"],
    ["bitte ruft mich unter {phone:spaced_or_dashed} zwischen [time] und [time] an"],
    ["danke, schönen Tag noch"],
    ["seit dem [date] kein Internet, Fehler [error_code] am Router"],
    ["mein Konto {acct} für die Lastschrift, Rechnung [invoice_number]"],
    ["meine Handynummer {phone~a}", "{phone~b}"],
    ["IBAN {iban~a}", "{iban~b}", "{iban~c}"],
    ["Kartennummer {card~a}", "{card~b} gültig bis {exp:compact_expiry}"],
    ["E-Mail {email} bitte, nicht die alte"],
    ["hab aus Versehen die Config gepostet: {pwd:url_credentials} 😬"],
    ["Karte {card:letter_substitution} Ablauf {exp:spaced_or_dashed} Prüfziffer {cvv:spelled_out}"],
    ["App stürzt ab in Version [version] auf dem [product_model]"],
    ["Mail {email:email_spelled} und Handy {phone:letter_substitution}"],
    ["{any}", "und {any} fertig"],
    ["Geheimzahl {pin} geht nicht, schon [count] mal probiert"],
    ["Zählerstand [meter_reading], Kundenkonto {acct:spaced_or_dashed}"],
    (DE, ["BLZ {routing} und Konto {acct:letter_substitution}"]),
    ["Buchung [booking_reference] für [count] Personen, Passnummer {passport:spaced_or_dashed}"],
    ["Secret Key {skey} und Access Key {akey} sind auf github gelandet, bitte sperren"],
    ["ok", "Führerschein {dl}, Kennzeichen [plate_number]"],
    ["Ich wohne jetzt in Spanien, DNI {dni} und NIE {nie}"],
    ["mexikanischer Lieferant: CLABE {clabe:spaced_or_dashed} RFC {rfc} CURP {curp}"],
    ["brasilianischer Kunde, CPF {cpf} CNPJ {cnpj}"],
    ["{any} oder {any}, weiß nicht mehr welches ihr braucht"],
    ["für Frankreich und Portugal: {any} und {any}"],
    ["Tarif [data_size] für [price], und es sind nur noch [data_size] übrig??"],
    ["IP {ip} ist seit [time] gesperrt, Zimmer [room_number]"],
    ["meine Nummer {phone:percent_encoded} (aus dem Link kopiert)"],
    ["Passwort {pwd} und Benutzer {user:url_credentials}"],
    ["Steuer-IdNr {steuer:spaced_or_dashed}, neue Adresse PLZ [postal_code]"],
    ["hab [price] bezahlt, also [percentage] mehr als vereinbart, IBAN {iban}"],
    ["Karte {card} exp {exp} CVC {cvv}", "für das Abo über [duration]"],
    ["meine amerikanische SSN {ssn} und ITIN {itin}, arbeite in Boston"],
    ["britische NI number {nino} für den Antrag"],
    ["hallo?", "die Kontonummer {acct~a}", "{acct~b}"],
    ["Steuer-ID {steuer~a}", "{steuer~b}"],
    [
        "aus der .env Datei vom Shop kopiert:\n{pwd:key_value_secret}\n{skey:key_value_secret}\nist das so richtig?"
    ],
]
