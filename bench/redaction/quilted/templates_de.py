"""German customer chats (Germany, Austria, Switzerland), written by hand."""

LOCALES = ["de-DE", "de-DE", "de-DE", "de-AT", "de-CH"]

DEV = [
    [
        "hallo, zahlung für bestellung {#order_number} abgelehnt",
        "karte {CREDIT_DEBIT_NUMBER:plain|spaced_or_dashed|split_by_noise} gültig bis {CREDIT_DEBIT_EXPIRY:compact_expiry|plain} prüfziffer {CREDIT_DEBIT_CVV:plain|spelled_out}",
    ],
    [
        "ich schick die kartennummer in zwei teilen {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "passt das so? CVC {CREDIT_DEBIT_CVV:plain|context_only}",
    ],
    [
        "lastschrift bitte auf IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken|spaced_or_dashed|split_by_noise} BIC {SWIFT_CODE:plain|context_only}"
    ],
    [
        "meine mail: {EMAIL:email_spelled|plain|percent_encoded}",
        "handy {PHONE:plain|spelled_out|letter_substitution}",
    ],
    [
        "komischer link bekommen https://konto.shop-example.de/verify?mail={EMAIL:percent_encoded}",
        "ist das echt, mein login ist {USERNAME:plain}",
    ],
    [
        "steuer-id {DE_TAX_ID:plain|spaced_or_dashed|spelled_out}",
        "für die lohnabrechnung {#year}, mail {EMAIL:plain}",
    ],
    [
        "kennwort vergessen, das alte war {PASSWORD:context_only|plain}",
        "benutzername {USERNAME:context_only|plain}",
    ],
    [
        "in der .env steht\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}"
    ],
    [
        "die fritzbox {#product_model} spinnt, ip {IP_ADDRESS:plain} mac {MAC_ADDRESS:plain}",
        "backup läuft über sftp://{USERNAME:plain}:{PASSWORD:url_credentials}@nas.zuhause.example",
    ],
    [
        "kontonummer {BANK_ACCOUNT_NUMBER:plain|context_only|split_by_noise} BLZ {BANK_ROUTING:plain|spaced_or_dashed}",
        "danke, kundennummer {#account_digits_fake}",
    ],
    [
        "wohne in spanien, NIE {ES_NIE|ES_DNI:plain|spaced_or_dashed}",
        "und in mexiko CURP {MX_CURP:plain} RFC {MX_RFC:plain|context_only} CLABE {MX_CLABE:plain|letter_substitution}",
    ],
    [
        "war in den USA, SSN {SSN|US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|split_by_noise} und in UK NI-Nummer {UK_NATIONAL_INSURANCE_NUMBER:plain|spaced_or_dashed}"
    ],
    [
        "CPF {BR_CPF|BR_CNPJ:plain|letter_substitution}, französische sozialversicherungsnr {FR_NIR:plain|spaced_or_dashed}, NIF {PT_NIF:plain|spelled_out}"
    ],
    [
        "flug {#flight_number} buchungscode {#booking_reference}, handy {PHONE:spaced_or_dashed|plain}",
        "reisepass {PASSPORT_NUMBER:plain|context_only} führerschein {DRIVER_ID:plain|context_only}",
    ],
    [
        "PIN {PIN:plain|spelled_out|context_only}",
        "ups das hätte ich nicht schreiben sollen, kundennr {#account_digits_fake}",
    ],
    ["meine nummer {PHONE:multi_message:g1}", "{PHONE:multi_message:g1}"],
    ["hallo?", "warte schon {#duration} minuten"],
]

SEALED = [
    [
        "Guten Tag, Sendung {#tracking_number} hängt seit {#date}, PLZ {#postal_code}",
        "Rückruf bitte unter {PHONE:plain|spaced_or_dashed|split_by_noise}",
    ],
    [
        "{#price} doppelt abgebucht!!! kreditkarte {CREDIT_DEBIT_NUMBER:plain|letter_substitution|spelled_out}"
    ],
    [
        "kartennr {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "ablauf {CREDIT_DEBIT_EXPIRY:plain|spaced_or_dashed}",
    ],
    [
        "sicherheitscode {CREDIT_DEBIT_CVV:context_only|plain|letter_substitution}, gültig bis {CREDIT_DEBIT_EXPIRY:compact_expiry}"
    ],
    [
        "meine IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
    ],
    [
        "überweisung {#price} an {INTERNATIONAL_BANK_ACCOUNT_NUMBER:plain|iban_broken} swift {SWIFT_CODE:plain|spaced_or_dashed}"
    ],
    ["e-mail: {EMAIL:email_spelled|plain}", "rechnung {#invoice_number} fehlt, tel {PHONE:plain}"],
    ["„{EMAIL:plain|percent_encoded}“ ist die richtige adresse"],
    ["internet nur {#speed} statt {#speed}, tel {PHONE:plain|spelled_out|letter_substitution}"],
    [
        "konto {BANK_ACCOUNT_NUMBER:plain|spaced_or_dashed|letter_substitution}",
        "bankleitzahl {BANK_ROUTING:plain|context_only|spelled_out}",
    ],
    ["kontonr {BANK_ACCOUNT_NUMBER:multi_message:g1}", "{BANK_ACCOUNT_NUMBER:multi_message:g1}"],
    [
        "Steuer-IdNr. {DE_TAX_ID:plain|split_by_noise|letter_substitution}, vertrag {#contract_number}"
    ],
    ["meine steuerliche identifikationsnummer lautet {DE_TAX_ID:spaced_or_dashed|plain}"],
    ["social security number {SSN:plain|spelled_out|spaced_or_dashed}"],
    [
        "ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|spaced_or_dashed|letter_substitution} für die steuer {#year}"
    ],
    ["NINO {UK_NATIONAL_INSURANCE_NUMBER:plain|spaced_or_dashed}", "police {#policy_number}"],
    ["DNI {ES_DNI:plain|letter_substitution} bzw NIE {ES_NIE:plain|spaced_or_dashed}"],
    [
        "für das mexikanische konto: CURP {MX_CURP:plain|spaced_or_dashed}, RFC {MX_RFC:plain|spaced_or_dashed}",
        "die CLABE kommt jetzt {MX_CLABE:multi_message:g1}",
        "{MX_CLABE:multi_message:g1}",
    ],
    ["die CLABE lautet {MX_CLABE:plain|spaced_or_dashed|split_by_noise|spelled_out}"],
    ["CNPJ {BR_CNPJ:plain|spaced_or_dashed|split_by_noise}, CPF {BR_CPF:plain|spelled_out}"],
    ["NIR {FR_NIR:plain|letter_substitution|split_by_noise|spelled_out}"],
    [
        "portugiesische NIF {PT_NIF:plain|letter_substitution|split_by_noise}",
        "wegen rechnung {#invoice_number}, mail {EMAIL:plain|email_spelled}",
    ],
    [
        "reisepassnr {PASSPORT_NUMBER:plain|spaced_or_dashed}, flug {#flight_number} am {#date} um {#time}"
    ],
    ["meine führerscheinnummer ist {DRIVER_ID:context_only|plain}", "kennzeichen {#plate_number}"],
    ["login: {USERNAME:plain}\npasswort: {PASSWORD:plain|context_only}", "app version {#version}"],
    ["hab {PASSWORD:context_only} als passwort gesetzt, fehler {#error_code}"],
    [
        "https://{USERNAME:plain}:{PASSWORD:url_credentials}@intranet.firma-example.de den link hat mir der kollege geschickt"
    ],
    ["DB_PASS={PASSWORD:key_value_secret}", "stand im repo, schlimm? user {USERNAME:plain}"],
    [
        "access key {AWS_ACCESS_KEY:plain|key_value_secret} secret {AWS_SECRET_KEY:plain|key_value_secret} versehentlich gepostet"
    ],
    ["MAC {MAC_ADDRESS:plain}, öffentliche IP {IP_ADDRESS:plain}, ticket {#ticket_number}"],
    [
        "geheimzahl {PIN:plain|spaced_or_dashed|letter_substitution}",
        "oder die alte: {PIN:plain|spelled_out}",
    ],
    ["vielen dank, schönen tag noch!", "ticket {#ticket_number} kann zu"],
    ["{#quantity} stück bestellt, {#count} geliefert, {#percentage} rabatt fehlt"],
    [
        "zimmer {#room_number}, abreise {#time}",
        "bitte auf karte {CREDIT_DEBIT_NUMBER:spaced_or_dashed|split_by_noise}",
    ],
    [
        "sms an https://benachrichtigung.example/abo?nr={PHONE:percent_encoded}",
        "oder ruf {PHONE:plain|spaced_or_dashed} an",
    ],
    ["zählerstand {#meter_reading} am {#date}, vertragsnummer {#contract_number}"],
]
