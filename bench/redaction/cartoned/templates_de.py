"""German customer turns. DEV and SEALED are disjoint."""

LANG = "de"

WORDS = {
    "CREDIT_DEBIT_NUMBER": [
        "Kartennummer",
        "Karte",
        "Kreditkarte",
        "Kartennr",
        "Kreditkartennummer",
        "EC-Karte",
    ],
    "CREDIT_DEBIT_CVV": ["CVV", "Prüfziffer", "Sicherheitscode", "cvc", "Kartenprüfnummer"],
    "CREDIT_DEBIT_EXPIRY": ["Ablaufdatum", "gültig bis", "Gültigkeit", "läuft ab", "exp"],
    "PIN": ["PIN", "Pin", "Geheimzahl", "PIN-Nummer"],
    "PASSWORD": ["Passwort", "Kennwort", "PW", "passwort", "Pw"],
    "USERNAME": ["Benutzername", "Username", "Login", "Nutzername", "Kundenlogin"],
    "EMAIL": ["E-Mail", "Mail", "Email", "Mailadresse", "E-Mail-Adresse"],
    "PHONE": ["Handy", "Telefon", "Tel", "Handynummer", "Rufnummer", "Festnetz", "Nummer"],
    "BANK_ACCOUNT_NUMBER": ["Kontonummer", "Konto", "Kto", "Kto-Nr", "Kontonr"],
    "BANK_ROUTING": ["BLZ", "Bankleitzahl", "Routing-Nummer", "Bankleitzahl (BLZ)"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "Iban", "meine IBAN", "IBAN-Nummer"],
    "SWIFT_CODE": ["BIC", "SWIFT", "Swift-Code", "BIC-Code"],
    "SSN": ["SSN", "Social Security Number", "US-Sozialversicherungsnummer", "ssn"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "US-Steuernummer (ITIN)", "itin"],
    "UK_NATIONAL_INSURANCE_NUMBER": [
        "NI number",
        "National Insurance Nummer",
        "britische Versicherungsnummer",
        "NINO",
    ],
    "PASSPORT_NUMBER": ["Reisepass", "Passnummer", "Pass-Nr", "Reisepassnummer", "Pass"],
    "DRIVER_ID": ["Führerschein", "Führerscheinnummer", "Fuehrerschein-Nr", "Führerschein Nr"],
    "IP_ADDRESS": ["IP", "IP-Adresse", "ip adresse", "öffentliche IP"],
    "MAC_ADDRESS": ["MAC", "MAC-Adresse", "mac adresse", "Hardwareadresse"],
    "AWS_ACCESS_KEY": ["Access Key", "Zugriffsschlüssel", "AWS Key", "Access-Key-ID"],
    "AWS_SECRET_KEY": ["Secret Key", "geheimer Schlüssel", "AWS Secret", "Secret"],
    "ES_DNI": ["DNI", "spanischer Ausweis (DNI)", "DNI-Nummer"],
    "ES_NIE": ["NIE", "NIE-Nummer", "spanische NIE"],
    "MX_CURP": ["CURP", "mexikanische CURP", "curp"],
    "MX_RFC": ["RFC", "mexikanische Steuernummer RFC", "rfc"],
    "MX_CLABE": ["CLABE", "CLABE-Nummer", "clabe"],
    "BR_CPF": ["CPF", "brasilianische CPF", "cpf"],
    "BR_CNPJ": ["CNPJ", "CNPJ der Firma", "cnpj"],
    "FR_NIR": ["französische Sozialversicherungsnummer", "NIR", "numero de secu"],
    "DE_TAX_ID": [
        "Steuer-ID",
        "Steuer-IdNr",
        "Steueridentifikationsnummer",
        "Steuer ID",
        "IdNr",
        "steuerid",
    ],
    "PT_NIF": ["NIF", "portugiesische NIF", "Steuernummer aus Portugal", "nif"],
}

DEV = [
    "Hallo, ich möchte meine {X.w} ändern, die neue ist {X} danke",
    "habt ihr meine {X.w} richtig hinterlegt? {X}, Bestellung {#order}",
    "Karte {CREDIT_DEBIT_NUMBER} gültig bis {CREDIT_DEBIT_EXPIRY} CVV {CREDIT_DEBIT_CVV}, bitte {#price} abbuchen",
    [
        "meine karte ist {CREDIT_DEBIT_NUMBER:mm1}",
        "{CREDIT_DEBIT_NUMBER:mm2}",
        "sorry, Netz war weg",
    ],
    ["ruft mich an unter {PHONE:mm1}", "{PHONE:mm2} ab {#time}"],
    ["Kontonummer {BANK_ACCOUNT_NUMBER:mm1}", "{BANK_ACCOUNT_NUMBER:mm2} und BLZ {BANK_ROUTING}"],
    "schickt die Rechnung {#invoice} bitte an {EMAIL:email_spelled}",
    "Link geht nicht: https://hilfe.example.com/reset?mail={EMAIL:percent_encoded}&fall={#ticket}",
    "ich logge mich mit ftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@daten.example.net ein, Fehler {#error_code}",
    [
        "das stand in meiner config, schlimm?",
        "AWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}",
    ],
    ["was fehlt euch noch", "{DE_TAX_ID:context_only}", "steht so auf dem Brief vom Finanzamt"],
    "Router {#product_model} hat die IP {IP_ADDRESS} und MAC {MAC_ADDRESS}, Firmware {#version}",
    "Erstattung {#amount} auf IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER} BIC {SWIFT_CODE}",
    "das Paket {#tracking} sollte am {#date} in {#postal_code} ankommen, jetzt schon {#duration}",
    "exp {CREDIT_DEBIT_EXPIRY:compact_expiry}, neue PIN {PIN}",
]

SEALED = [
    "moin, meine {X.w}: {X}",
    "Guten Abend, für Vorgang {#ticket} braucht ihr {X.w}, das ist {X}",
    "hab mich bei der {X.w} vertippt, richtig ist {X}, sorry",
    "aus dem Formular kopiert:\n{X.w}: {X}\nFiliale: {#store}\nMenge: {#quantity}",
    "weiß nicht ob ihr das braucht aber hier {X.w} {X}",
    "ihr habt {#price} doppelt von der Karte {CREDIT_DEBIT_NUMBER} abgebucht, echt jetzt?",
    [
        "also",
        "{CREDIT_DEBIT_NUMBER}",
        "läuft ab {CREDIT_DEBIT_EXPIRY}",
        "Prüfnummer hinten {CREDIT_DEBIT_CVV}",
    ],
    "Visa {CREDIT_DEBIT_NUMBER:spaced_or_dashed} gültig{CREDIT_DEBIT_EXPIRY:compact_expiry} cvc {CREDIT_DEBIT_CVV:spelled_out}",
    [
        "schick sie in Teilen, sicher ist sicher",
        "{CREDIT_DEBIT_NUMBER:mm1}",
        "{CREDIT_DEBIT_NUMBER:mm2} dann",
        "{CREDIT_DEBIT_NUMBER:mm3} fertig",
    ],
    ["Handy {PHONE:mm1}", "{PHONE:mm2}", "{PHONE:mm3} ist die richtige"],
    [
        "IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "weiter: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2}",
    ],
    ["Steuer-ID {DE_TAX_ID:mm1}", "{DE_TAX_ID:mm2} ist komplett"],
    ["die clabe für die überweisung nach mexiko {MX_CLABE:mm1}", "{MX_CLABE:mm2} danke"],
    "meine Nummer {PHONE}, ne falsch, {PHONE.2}, die andere ist die vom Büro",
    "schreibt mir an {EMAIL:email_spelled} bitte",
    "komme nicht in Kundenkonto {#customer_ref}, Benutzername {USERNAME}, Passwort war {PASSWORD}",
    "App stürzt ab mit {#error_code} in {#version} wenn ich die {PIN.w} {PIN} eingebe",
    "Zählerstand {#meter_reading}, Lastschrift vom Konto {BANK_ACCOUNT_NUMBER}, BLZ {BANK_ROUTING}",
    "Gehalt kommt aus den USA, routing number {BANK_ROUTING}, account {BANK_ACCOUNT_NUMBER}",
    "Flug {#flight} Sitz {#seat}, Reisepass {PASSPORT_NUMBER}, Buchungscode {#booking}",
    "für den Mietwagen: Führerschein {DRIVER_ID}, Kennzeichen {#plate}",
    "die US-Behörde will meine ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER} und die SSN meiner Frau {SSN}",
    "hab in London gearbeitet, NI number {UK_NATIONAL_INSURANCE_NUMBER}",
    "wohne auf Mallorca, NIE {ES_NIE}, DNI meines Vermieters {ES_DNI}",
    "mexikanische Unterlagen: CURP {MX_CURP}, RFC {MX_RFC}",
    "brasilianischer Lieferant, CNPJ {BR_CNPJ}, CPF vom Chef {BR_CPF}",
    "hab in Lyon gearbeitet, numero de secu {FR_NIR}, Rabatt {#percentage}",
    "Rechnung bitte auf portugiesische NIF {PT_NIF}, Bestellung {#order}, {#quantity} Stück",
    "IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}\nBIC {SWIFT_CODE}",
    "Abmeldelink: https://newsletter.example.org/abmelden?email={EMAIL:percent_encoded}&tel={PHONE:percent_encoded}",
    "Upload über sftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@upload.example.com klappt nicht",
    "im Log steht:\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}\nmuss ich den tauschen?",
    "MAIL_PASSWORD={PASSWORD:key_value_secret} hat das Setup geschrieben, passt das?",
    ["welche meint ihr?", "{PHONE:context_only}", "Festnetz geht nicht"],
    ["wohin soll ichs schicken", "an {EMAIL:context_only} bitte"],
    ["und das letzte", "{ES_NIE:context_only}"],
    "meine IP {IP_ADDRESS} ist nach {#count} Versuchen gesperrt, MAC {MAC_ADDRESS}",
    "hab Access Key {AWS_ACCESS_KEY} und Secret {AWS_SECRET_KEY} aus Versehen gepusht",
    "schon {#data_size} verbraucht und heute ist erst der {#date}?!",
    "kein Internet seit {#time}, Router {#product_model}, Ticket {#ticket}",
    [
        "Hab am {#date} {#quantity} Sachen bestellt, Bestellung {#order}",
        "immer noch nix, Sendung {#tracking}",
    ],
    "Zimmer {#room} für {#count} Nächte, Buchung {#booking}, gesamt {#price}",
    "Vertrag {#policy} ist um {#percentage} teurer geworden, warum?",
    "ok danke, passt",
]

DEV += [
    ["auf welches Konto soll die Erstattung?", "auf das hier {BANK_ACCOUNT_NUMBER:context_only}"],
    "Name: Jana Wiesenthal\nE-Mail: {EMAIL}\nTelefon: {PHONE}\nBestellung: {#order}\nProblem: kaputt angekommen",
    "mein Sohn hat die Jugendschutz-PIN auf {PIN:spelled_out} gesetzt lol, keiner weiß sie mehr, Gerät {#product_model}",
]

SEALED += [
    "- Name: Till Brökelmann\n- {DE_TAX_ID.w}: {DE_TAX_ID}\n- {PHONE.w}: {PHONE}\n- Kundennr {#customer_ref}",
    [
        "der Herr am Telefon meinte ich soll euch die Steuer-ID geben",
        "{DE_TAX_ID:context_only} bitteschön",
    ],
    "warte schon {#duration}, nehmt einfach die Karte: {CREDIT_DEBIT_NUMBER} / {CREDIT_DEBIT_EXPIRY} / {CREDIT_DEBIT_CVV}",
    "die Reset-Mail ging an {EMAIL}, da komm ich nicht mehr ran, neu ist {EMAIL.2}",
    "korrektur, CVV ist {CREDIT_DEBIT_CVV}, hab mich verlesen",
    "IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken} bei der Sparkasse, Betrag {#price}",
    "Handy meiner Frau {PHONE:spelled_out} falls ich nicht rangehe",
    "mein Reisepass ist {PASSPORT_NUMBER}, {#year} verlängert, ist das ein Problem für Buchung {#booking}?",
    [
        "wegen dem Führerschein",
        "ist {DRIVER_ID:context_only}, braucht ihr das Ausstellungsdatum auch?",
    ],
    "Kollege hat die Zugangsdaten als https://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@admin.example.org im Chat gepostet, könnt ihr das sperren?",
    "Router-Oberfläche unter {IP_ADDRESS} lädt nicht, MAC vom Laptop {MAC_ADDRESS}, Speedtest {#data_size}",
    ["die Nummer ist im letzten Text abgeschnitten", "{PHONE:split_by_noise}"],
    "immer noch keine Erstattung der {#amount} für Bestellung {#order} vom {#date} um {#time}",
]

SEALED += [
    [
        "BLZ {BANK_ROUTING}, Konto fängt mit {BANK_ACCOUNT_NUMBER:mm1} an",
        "endet mit {BANK_ACCOUNT_NUMBER:mm2}",
    ],
    ["Pass {PASSPORT_NUMBER} und Handy {PHONE:mm1}", "{PHONE:mm2} sorry zu früh abgeschickt"],
    [
        "die Karte",
        "{CREDIT_DEBIT_NUMBER:mm1}",
        "{CREDIT_DEBIT_NUMBER:mm2} gültig {CREDIT_DEBIT_EXPIRY}",
    ],
]
DEV += [
    [
        "IBAN: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2} das wars",
    ],
]

DEV += [
    "kurz für die Schadensmeldung:\n* Police {#policy}\n* {PHONE.w} {PHONE}\n* {PASSPORT_NUMBER.w} {PASSPORT_NUMBER}\n* Schaden ca {#price}",
    "sorry my german is besser als english, my mail is {EMAIL} und die ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER}",
    "ist das normal dass der Zähler von {#meter_reading} auf {#meter_reading} springt in {#duration}?",
]

DEV += [
    "Flug {#flight}, Sitz {#seat}, {#count} Koffer, Buchung {#booking}, Reisepass {PASSPORT_NUMBER}, Zimmer {#room} im Flughafenhotel",
    "Kunde {#customer_ref}, Vertrag {#contract}, Filiale {#store}: {#quantity} Stück in {#year} mit {#percentage} Rabatt, Kennzeichen {#plate}, Führerschein {DRIVER_ID}, Volumen {#data_size}",
]

SEALED += [
    "das Finanzamt sagt meine Steuer-ID {DE_TAX_ID:spaced_or_dashed} passt nicht, dabei nutz ich die seit {#year}",
    [
        "hallo, wegen der Stromrechnung",
        "Zählerstand heute {#meter_reading}",
        "und bitte abbuchen von {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}",
    ],
    "meine Karte endet auf... egal, hier komplett {CREDIT_DEBIT_NUMBER:split_by_noise}",
    "Von meinem iPhone gesendet\n\n> Karte: {CREDIT_DEBIT_NUMBER:letter_substitution}\n> gültig: {CREDIT_DEBIT_EXPIRY}",
    [
        "wolltet ihr Telefon oder Mail?",
        "beides? ok",
        "{PHONE:context_only}",
        "{EMAIL:context_only}",
    ],
    "arbeite remote für eine Firma in Madrid, die wollen meine NIE ({ES_NIE:spaced_or_dashed}) und die Steuer-ID {DE_TAX_ID:split_by_noise}",
    "die PIN ist {PIN:letter_substitution}. ja ich weiß, aber die App lässt mich sie nicht ändern",
    "BIC {SWIFT_CODE} und IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:letter_substitution}, mein Vermieter in Porto will {#price} bis {#date}",
    "neue Nummer!! {PHONE:letter_substitution} speichern bitte, die alte wurde mir auf Flug {#flight} geklaut",
    "weiß nicht mehr ob ich mich als {USERNAME} oder {USERNAME.2} angemeldet hab, Mail wäre {EMAIL}",
    "die CNPJ auf Rechnung {#invoice} ist falsch, richtig ist {BR_CNPJ:split_by_noise}",
    "Kollege meint ihr braucht die SSN: {SSN:spaced_or_dashed}, und die Kontonummer {BANK_ACCOUNT_NUMBER:letter_substitution}",
    "Hallo, Bestellung {#order} - Fehler {#error_code} beim Bezahlen nachdem ich die Karte {CREDIT_DEBIT_NUMBER:spelled_out} eingegeben hab",
]

DEV += [
    [
        "Morgen! kurze Frage vor der Arbeit",
        "die Lastschrift ist letzten Monat geplatzt ({#price}), könnt ihr nochmal von {BANK_ACCOUNT_NUMBER:letter_substitution} abbuchen?",
    ],
    ["sorry, in der letzten war ein Tippfehler", "{CREDIT_DEBIT_NUMBER:split_by_noise}"],
    ["danke fürs Warten", "kein Stress, bin bis {#time} da. übrigens {USERNAME.w}: {USERNAME}"],
]

DEV += [
    "{EMAIL} ist die richtige Mail, die mit .net war ein Tippfehler",
    "HILFE!!! jemand hat meine Karte {CREDIT_DEBIT_NUMBER} in Filiale {#store} um {#time} benutzt, ich bin gar nicht in der Stadt 😭",
    '"{PASSWORD}" <- das füllt der Browser automatisch aus, trotzdem Fehler {#error_code}',
]

SEALED += [
    "{PHONE} ist mein WhatsApp, bitte schreiben nicht anrufen",
    "MIR REICHTS. ZUM DRITTEN MAL: KONTO {BANK_ACCOUNT_NUMBER} BLZ {BANK_ROUTING}",
    "cvv:{CREDIT_DEBIT_CVV} gültig:{CREDIT_DEBIT_EXPIRY}",
    "meine Mutter (sie ist {#count} und nicht so fit mit dem Handy) hat das Konto mit ihrer Mail ({EMAIL:email_spelled}) angelegt, ihr Benutzername ist {USERNAME}",
    "hallöchen 🙂 ich zieh am {#date} um, neue PLZ {#postal_code}, Handy bleibt {PHONE:split_by_noise} 👍",
    "Reisepass: {PASSPORT_NUMBER:letter_substitution} (weiß nicht ob O oder Null, das Foto ist schlecht)",
    "ist {SWIFT_CODE} der BIC? oder der von der Filiale. IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER}",
    "für die Steuer von unserem Au-pair: Steuer-ID {DE_TAX_ID:spelled_out} glaub ich, sie hat sie mir vorgelesen",
]

SEALED += [
    [
        "Konto für die Auszahlung {BANK_ACCOUNT_NUMBER:mm1}",
        "blöde Autokorrektur",
        "{BANK_ACCOUNT_NUMBER:mm2}",
    ],
]
DEV += [
    ["ok Steuer-ID {DE_TAX_ID:mm1}", "{DE_TAX_ID:mm2} bitte nicht speichern"],
]

DEV += [
    "Termin beim Bürgeramt am {#date} um {#time}, die wollen den alten Führerschein {DRIVER_ID} und die PLZ {#postal_code}",
]
SEALED += [
    "das Finanzamt meinte ich soll hier schreiben, Steuer-ID {DE_TAX_ID}, Aktenzeichen {#customer_ref}, warte schon {#duration}",
    "unser Workspace hängt nach dem Upgrade im Tarif {#product_model}, Admin-Login {USERNAME}, Rechnung {#invoice} zeigt {#price} für {#count} Plätze",
]
