"""German customer messages (Germany, Austria, Switzerland), written by hand."""

LANG = "de"
LOCALES = ["de-DE", "de-AT", "de-CH", "de-DE"]

CTX = {
    "CARD": [
        "meine Kartennummer ist {v}",
        "karte {v}",
        "die Kreditkarte mit der ich bezahlt hab: {v}",
    ],
    "CVV": ["prüfziffer {v}", "CVC {v}", "die drei Zahlen hinten: {v}"],
    "EXP": ["gültig bis {v}", "ablaufdatum {v}", "läuft ab {v}"],
    "PIN": ["meine PIN ist {v}", "pin {v}", "Geheimzahl {v}"],
    "ACCT": ["Kontonummer {v}", "mein konto {v}", "Kto.-Nr. {v}"],
    "ROUT": ["BLZ {v}", "bankleitzahl {v}", "routing number {v}"],
    "IBAN": ["IBAN {v}", "meine iban lautet {v}", "bitte auf {v} überweisen"],
    "SWIFT": ["BIC {v}", "swift code {v}", "der BIC meiner Bank {v}"],
    "EMAIL": ["meine mail ist {v}", "E-Mail: {v}", "schreibt mir an {v}"],
    "PHONE": ["meine handynummer {v}", "ruft mich an unter {v}", "Tel. {v}"],
    "SSN": [
        "US social security number {v}",
        "meine SSN {v}",
        "sozialversicherungsnummer (USA) {v}",
    ],
    "ITIN": ["ITIN {v}", "meine itin {v}", "US-Steuernummer ITIN {v}"],
    "NINO": ["NI number {v}", "britische national insurance {v}", "NINO {v}"],
    "PASSPORT": ["Reisepass {v}", "Passnummer {v}", "mein pass hat die nummer {v}"],
    "DL": ["Führerschein {v}", "führerscheinnummer {v}", "FS-Nr. {v}"],
    "PWD": ["passwort {v}", "pw: {v}", "hab das Kennwort auf {v} geändert"],
    "USER": ["benutzername {v}", "mein login {v}", "Nutzername: {v}"],
    "IP": ["meine IP {v}", "ip-adresse {v}", "der router zeigt {v}"],
    "MAC": ["MAC {v}", "mac-adresse {v}", "die MAC vom Receiver {v}"],
    "AKID": ["access key id {v}", "aws schlüssel {v}", "der key {v}"],
    "SKEY": ["secret key {v}", "geheimer schlüssel {v}", "das aws secret {v}"],
    "DNI": ["spanische DNI {v}", "mein dni {v}", "DNI-nummer {v}"],
    "NIE": ["NIE {v}", "meine NIE (spanien) {v}", "nie {v}"],
    "CURP": ["CURP {v}", "meine curp aus mexiko {v}", "curp: {v}"],
    "RFC": ["RFC {v}", "mexikanische steuernummer rfc {v}", "rfc {v}"],
    "CLABE": ["CLABE {v}", "mexikanisches konto clabe {v}", "die clabe {v}"],
    "CPF": ["CPF {v}", "meine brasilianische cpf {v}", "cpf {v}"],
    "CNPJ": ["CNPJ {v}", "cnpj der firma {v}", "die cnpj lautet {v}"],
    "NIR": ["französische sozialversicherungsnummer {v}", "NIR {v}", "numéro de sécu {v}"],
    "STID": ["Steuer-ID {v}", "meine steuerliche identifikationsnummer {v}", "steuer id {v}"],
    "NIF": ["portugiesische NIF {v}", "nif {v}", "steuernummer portugal {v}"],
}

DEV = [
    [
        "hallo {*}",
        "{*} könnt ihr schauen warum die zahlung für bestellung {#order_number} nicht ging",
    ],
    ["karte {CARD} gültig bis {EXP} cvc {CVV}", "hat geklappt danke!! und {*}"],
    ["Guten Tag, mir wurden am {#date} zweimal {#price} abgebucht. {*}"],
    ["meine karte ist {CARD@g1}", "{CARD@g1}", "das ist die ganze nummer"],
    ["bitte mail auf {EMAIL} und handy auf {PHONE} ändern, PLZ {#postal_code}"],
    ["{*}", "{*}", "vorgangsnummer {#ticket_number} übrigens"],
    ["schon wieder gesperrt 🙄 benutzer {USER} und ich hab {PWD} so {#count} mal eingegeben"],
    ["Überweisung nicht angekommen. IBAN {IBAN}, BIC {SWIFT}, Betrag {#price}"],
    ["sendung {#tracking_number} angeblich um {#time} zugestellt aber nix da", "{*}"],
    ["ruft mich zurück {PHONE@g2}", "{PHONE@g2}"],
    ["der router {#product_model} mit firmware {#version} startet dauernd neu, {*}"],
    ["meine Steuer-ID {STID} für die Rechnung", "danke"],
    ["bekomme fehler {#error_code} beim einloggen. {*}"],
]

SEALED = [
    ["moin, {*}", "ich will das konto für die lastschrift ändern, {*}", "BLZ {ROUT} Konto {ACCT}"],
    ["{CARD} {EXP} {CVV}", "ist für die verlängerung, {*}"],
    [
        "Guten Tag, mein Flug {#flight_number} am {#date} wurde storniert, bezahlt hatte ich mit der Karte {CARD}"
    ],
    ["kontonummer {ACCT@g3}", "{ACCT@g3}", "sorry akku leer. {*}"],
    ["ist {EMAIL}", "nicht die alte, die andere ist {EMAIL}"],
    ["wurde in zimmer {#room_number} verlegt, buchungsnummer {#booking_reference}", "{*}"],
    ["Sehr geehrte Damen und Herren, zur Rechnung {#invoice_number} über {#price}: {*}. MfG"],
    ["PIN {PIN} geht nicht am automaten in filiale {#store_number}"],
    ["warum ist die rechnung {#price}?? hab nur {#data_size} verbraucht", "ok", "{*}"],
    ["„{IBAN}“ das ist meine iban aus der banking app kopiert"],
    ["tel: {PHONE}", "mail: {EMAIL}", "plz {#postal_code}, {*}"],
    [
        "der server ist down, hier die env:\n{AKID:key_value_secret}\n{SKEY:key_value_secret}",
        "ja ich weiß, rotieren. mein konsolen-user {USER}",
    ],
    ["versicherungsnummer {#policy_number}, mein Reisepass {PASSPORT}"],
    ["kein zugang von {IP}, mac {MAC}, fehlercode {#error_code}"],
    ["{*} und {*}", "reicht das zur verifizierung? sonst {*}"],
    ["der link aus eurer mail geht nicht: {EMAIL:percent_encoded}"],
    [
        "unsere testdatenbank liegt unter {PWD:url_credentials} kann sich das ein techniker anschauen"
    ],
    ["Hallo! Vertrag {#contract_number}, Zählerstand {#meter_reading} am {#date}. {*}"],
    ["ich schick die karte in teilen", "{CARD@g4}", "{CARD@g4}", "{CARD@g4}"],
    ["für das US steuerformular: ITIN {ITIN}", "und SSN {SSN}"],
    ["Führerschein {DL}, Flug {#flight_number}, Sitzplatz {#seat_number}"],
    ["{EMAIL:email_spelled} ist meine adresse", "alles zusammen. oder sms an {PHONE}"],
    ["kennzeichen {#plate_number}, das knöllchen war {#price}, {*}"],
    ["vielen dank, schönen tag noch 😊"],
    ["hallo?? jemand da", "{*}"],
    [
        "hab am {#date} {#quantity} stück bestellt, bestellung {#order_number}, immer noch nix",
        "und {*}",
    ],
    ["meine nummer {PHONE@g5}", "{PHONE@g5}", "{PHONE@g5}"],
    ["IBAN {IBAN@g6}", "{IBAN@g6}", "{IBAN@g6}"],
    ["ich hab in london gearbeitet, NI number {NINO}", "{*}"],
    ["spanien: DNI {DNI}, NIE meiner frau {NIE}, portugal NIF {NIF}"],
    ["brasilianische firma CNPJ {CNPJ}, mexiko CURP {CURP} und CLABE {CLABE}"],
    ["der rabatt von {#percentage} wurde nicht abgezogen, app version {#version}, baujahr {#year}"],
]
