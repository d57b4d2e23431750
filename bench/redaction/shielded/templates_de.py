"""German customer chats (Germany, Austria, Switzerland), written by hand. Slot syntax as in templates_en."""

LOCALES = ["de-DE", "de-DE", "de-AT", "de-CH", "de-DE"]

TEMPLATES = [
    (
        "hallo",
        "meine karte wurde in filiale {k:store_number} abgelehnt, betrag {k:price}. karte {CARD} gültig bis {EXP}",
    ),
    ("ich will die karte fürs lastschrift ändern", "neue karte {CARD} prüfziffer {CVV}", "danke!"),
    (
        "hi bestellung {k:order_number} steht als zugestellt aber nix da 🙄 tel {PHONE}",
        "meine mail ist {EMAIL}",
    ),
    (
        "Guten Tag, die Rechnung {k:invoice_number} wurde zweimal abgebucht ({k:price}), Karte {CARD}.",
        "{ANY}",
    ),
    ("kartennummer {MM1:CARD}", "{MM2}", "{MM3}"),
    (
        "app zeigt fehler {k:error_code} seit update auf {k:version}, konto {EMAIL}",
        "benutzername {USER} passwort {PWD}",
    ),
    ("bin umgezogen, plz {k:postal_code}. handy {PHONE}", "und {ANY}"),
    ("Für die Überweisung: IBAN {IBAN}, BIC {SWIFT}", "Vertragsnr. {k:contract_number} und {ANY}"),
    ("fürs finanzamt: {ANY} und {ANY}", "sorry für das durcheinander"),
    (
        "schaden zur police {k:policy_number}, passiert am {k:date} gegen {k:time}, rückruf an {PHONE}",
        "meine steuer-id {STEUER}",
        "{ANY}",
    ),
    (
        "router {k:product_model} fliegt alle {k:count} min raus, vertrag läuft auf {EMAIL}",
        "mac {MAC} ip {IP}",
        "gebucht {k:data_size}, kommt nix an",
    ),
    ("ich logge mich mit {EMAIL} ein", "{ANY}", "ticket {k:ticket_number}"),
    (
        "flug {k:flight_number} am {k:date}, buchungscode {k:booking_reference}, bezahlt mit {CARD}",
        "reisepass {PASSPORT} und {ANY}",
    ),
    ("karte gesperrt, die pin war {PIN}", "ah ne geht wieder"),
    ("meine nummer {MM1:PHONE}", "{MM2}"),
    ("hier was der techniker wollte", "{SECRET}\n{AKID}"),
    ("Grüezi, zimmer {k:room_number}, {k:quantity} nächte, bezahlt mit karte {CARD}", "{ANY}"),
    (
        "warum ist der strom {k:percentage} teurer?? zählerstand {k:meter_reading}, {ANY}",
        "kontonummer {ACCT} blz {ROUTING}",
        "{ANY} falls nötig",
    ),
    ("ich mach den papierkram für meinen vater, {ANY}", "seine {ANY}", "danke für die geduld"),
    ("iban {MM1:IBAN}", "{MM2}"),
    ("sendung {k:tracking_number} hängt seit {k:date}, der fahrer hat meine nr {PHONE}", "nervig"),
    ("{CARD} / {EXP} / {CVV}", "{ANY}"),
    (
        "strafzettel fürs auto {k:plate_number} aus {k:year}, halterin mit ausweis {PASSPORT}",
        "führerschein {DL} und {ANY}",
    ),
    (
        "sitzplatz {k:seat_number} war doppelt vergeben, gebucht über {EMAIL}",
        "mail {EMAIL} und tel {PHONE}",
    ),
    ("moin, abo {k:contract_number} gekündigt am {k:date}", "trotzdem abgebucht von {ANY}"),
    ("konto für die erstattung: {MM1:ACCT}", "{MM2}"),
]

LEXICON = {
    "CREDIT_DEBIT_NUMBER": ["kreditkarte {v}", "meine EC-karte {v}"],
    "CREDIT_DEBIT_CVV": ["sicherheitscode {v}", "cvc {v}"],
    "CREDIT_DEBIT_EXPIRY": ["ablaufdatum {v}", "gültig bis {v}"],
    "PIN": ["pin {v}", "geheimzahl {v}"],
    "BANK_ACCOUNT_NUMBER": ["kontonummer {v}", "konto nr {v}"],
    "BANK_ROUTING": ["blz {v}", "bankleitzahl {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "meine iban: {v}"],
    "SWIFT_CODE": ["swift {v}", "BIC {v}"],
    "EMAIL": ["schreibt mir an {v}", "e-mail: {v}"],
    "PHONE": ["ruft mich an unter {v}", "meine handynummer {v}"],
    "SSN": ["meine amerikanische SSN {v}", "social security {v}"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["meine ITIN {v}", "itin {v}"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["britische NI-nummer {v}", "NINO {v}"],
    "PASSPORT_NUMBER": ["reisepassnummer {v}", "pass nr {v}"],
    "DRIVER_ID": ["führerscheinnummer {v}", "führerschein {v}"],
    "PASSWORD": ["passwort {v}", "kennwort: {v}"],
    "USERNAME": ["benutzername {v}", "mein login {v}"],
    "IP_ADDRESS": ["meine ip {v}", "IP-Adresse: {v}"],
    "MAC_ADDRESS": ["mac-adresse {v}", "MAC vom gerät {v}"],
    "AWS_ACCESS_KEY": ["access key {v}", "zugriffsschlüssel {v}"],
    "AWS_SECRET_KEY": ["secret key {v}", "geheimer schlüssel {v}"],
    "ES_DNI": ["spanische DNI {v}", "DNI {v}"],
    "ES_NIE": ["meine NIE aus spanien {v}", "NIE {v}"],
    "MX_CURP": ["mexikanische CURP {v}", "curp {v}"],
    "MX_RFC": ["RFC {v}", "mein RFC {v}"],
    "MX_CLABE": ["CLABE {v}", "clabe-konto {v}"],
    "BR_CPF": ["brasilianische CPF {v}", "cpf {v}"],
    "BR_CNPJ": ["CNPJ der firma {v}", "cnpj {v}"],
    "FR_NIR": ["französische sozialversicherungsnr {v}", "NIR {v}"],
    "DE_TAX_ID": ["steuer-id {v}", "steuerliche identifikationsnummer {v}"],
    "PT_NIF": ["portugiesische NIF {v}", "nif {v}"],
}
