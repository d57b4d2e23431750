"""German chat templates (de-DE). Sealed split: do not tune detectors against SEALED."""

# ruff: noqa: E501  (chat messages are kept whole, one per string)

DEV = [
    (
        "de-DE",
        [
            "Hallo, ich will die Rechnung <<invoice>> mit Karte {CARD} zahlen, gültig bis {EXP:cexp}, Prüfnummer {CVV}"
        ],
    ),
    (
        "de-DE",
        [
            "neue Bankverbindung fürs Gehalt: BLZ {ROUTING}",
            "Kontonummer {ACCT:multi#a}",
            "{ACCT:multi#a}",
        ],
    ),
    ("de-DE", ["für den Antrag in Mexiko brauchen die meine CURP {CURP:noise} und RFC {RFC}"]),
    ("de-DE", ["meine Steuer-ID ist {STEUER:spell}, die von meiner Frau {STEUER:sub}"]),
    (
        "de-DE",
        [
            "im Bestätigungslink steht meine Mail drin, ist das normal? https://hotel.example.com/buchung?gast={EMAIL:pct}&zimmer=<<room>>",
            "Führerscheinnummer ist {DL:sp}",
        ],
    ),
    (
        "de-DE",
        [
            "IT hier: MAC-Adresse {MAC}, feste IP {IP}",
            "Repo ist https://{USER:url}:{PWD:url}@git.example.com/team/app.git",
        ],
    ),
    (
        "de-DE",
        [
            "aus der .env vom Testserver\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}"
        ],
    ),
    (
        "de-DE",
        ["ich wohne jetzt in Málaga, meine NIE ist {NIE} und die DNI von meinem Mann {DNI:sp}"],
    ),
    (
        "de-DE",
        [
            "die CLABE vom Lieferanten in Cancún: {CLABE}",
            "und die wollen noch meine amerikanische Sozialversicherungsnummer",
            "{SSN:ctx}",
        ],
    ),
    (
        "de-DE",
        ["brasilianische Tochterfirma: CPF {CPF:spell}, CNPJ {CNPJ:multi#a}", "{CNPJ:multi#a}"],
    ),
    (
        "de-DE",
        [
            "für die Steuerberaterin:\nNIR aus Frankreich {NIR}\nportugiesische NIF {NIF:sub}\nITIN {ITIN}\nNI-Nummer UK {NINO}"
        ],
    ),
    ("de-DE", ["bitte die Kaution auf IBAN {IBAN:ib:DE} BIC {SWIFT::DE} überweisen"]),
    (
        "de-DE",
        ["PIN {PIN} Benutzername {USER} Passwort {PWD}", "ach und meine Mail ist {EMAIL:mail}"],
    ),
    ("de-DE", ["ruft mich an unter {PHONE:multi#b}", "{PHONE:multi#b}", "ab <<time>> Uhr"]),
    (
        "de-DE",
        [
            "Kartennummer {CARD:multi#a}",
            "{CARD:multi#a}",
            "CVC {CVV:spell} und Reisepass {PASSPORT}",
        ],
    ),
]

SEALED = [
    (
        "de-DE",
        [
            "hallo meine Karte wurde bei Bestellung <<order>> zweimal abgelehnt",
            "ist die {CARD:sp} gültig bis {EXP:cexp} cvc {CVV}",
        ],
    ),
    (
        "de-DE",
        [
            "mir wurden <<amount>> doppelt abgebucht",
            "bezahlt hab ich mit der {CARD:multi#a}",
            "{CARD:multi#a}",
        ],
    ),
    (
        "de-DE",
        [
            "seit dem Update auf <<version>> komm ich nicht mehr rein. Benutzer {USER}, Passwort hab ich auf {PWD} geändert, geht trotzdem nicht"
        ],
    ),
    (
        "de-DE",
        ["für die Rückerstattung: IBAN {IBAN:ib:DE}", "das Konto hab ich am <<date>> eröffnet"],
    ),
    ("de-DE", ["rufen Sie mich lieber auf dem Handy an {PHONE}", "ab <<time>> bin ich erreichbar"]),
    ("de-DE", ["meine handynr {PHONE:noise} gerne per WhatsApp"]),
    ("de-DE", ["schickt mir die Rechnung über <<amount>> bitte an {EMAIL:mail}"]),
    ("de-DE", ["meine neue Mailadresse ist {EMAIL}, die alte geht seit <<date>> nicht mehr"]),
    (
        "de-DE",
        [
            "hab den Link per SMS bekommen, ist der echt? https://zahlung.example.com/pruefen?tel={PHONE:pct}&quelle=sms"
        ],
    ),
    (
        "de-DE",
        [
            "der Link zum Passwort zurücksetzen geht nicht https://hilfe.example.com/reset?mail={EMAIL:pct}"
        ],
    ),
    (
        "de-DE",
        [
            "der Techniker meinte ich soll euch das schicken: ftp://{USER:url}:{PWD:url}@daten.example.com/sicherung"
        ],
    ),
    (
        "de-DE",
        [
            "sorry hab aus versehen unsere Keys ins Ticket <<ticket>> kopiert, bitte löschen\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}"
        ],
    ),
    (
        "de-DE",
        [
            "Konto gesperrt nach <<qty>> Versuchen. Hab mir das notiert:\nLogin: {USER}\npasswort={PWD:kv}"
        ],
    ),
    (
        "de-DE",
        [
            "ich les euch die Karte von meinem Mann vor, der fährt grad: {CARD:spell}",
            "Ablaufdatum {EXP:spell|plain}, Prüfziffer hinten {CVV:spell}",
        ],
    ),
    ("de-DE", ["Karte {CARD:noise}", "läuft ab {EXP:sp}", "CVV {CVV:sub}"]),
    ("de-DE", ["die Karte {CARD:sub} wird als ungültig angezeigt, hab sie genau so eingegeben"]),
    ("de-DE", ["meine PIN ist {PIN:spell}", "oh sollte ich die hier nicht schreiben?"]),
    ("de-DE", ["Geheimzahl {PIN:sub} geht am Automaten nicht mehr, schon <<qty>> mal probiert"]),
    ("de-DE", ["meine Steuer-ID {STEUER:sp} für die Lohnabrechnung <<date>>"]),
    (
        "de-DE",
        [
            "Steueridentifikationsnummer hab ich gefunden, steht auf dem Brief vom Finanzamt",
            "{STEUER:ctx}",
        ],
    ),
    ("de-DE", ["steuer id {STEUER:multi#a}", "{STEUER:multi#a}", "{STEUER:multi#a}"]),
    ("de-DE", ["alte Bankverbindung: Kontonr {ACCT}, BLZ {ROUTING}"]),
    ("de-DE", ["Konto-Nr. {ACCT:multi#a}", "{ACCT:multi#a}", "Bankleitzahl {ROUTING:sub}"]),
    ("de-DE", ["hier die IBAN vom Vermieter", "{IBAN:ctx:DE}"]),
    (
        "de-DE",
        ["Überweisung nach Frankreich abgelehnt: IBAN {IBAN:ib:FR} und BIC {SWIFT:noise:FR}"],
    ),
    (
        "de-DE",
        [
            "BIC von der Bank meiner Tochter in Lissabon {SWIFT::PT}, IBAN {IBAN:multi:PT#a}",
            "{IBAN:multi:PT#a}",
        ],
    ),
    ("de-DE", ["Handy {PHONE:multi#a}", "{PHONE:multi#a}", "{PHONE:multi#a}"]),
    ("de-DE", ["ich hab in Manchester gearbeitet, meine NI number ist {NINO:sp}"]),
    (
        "de-DE",
        ["mein Mann hat eine ITIN {ITIN:sp} und ich eine SSN {SSN:spell}, wie tragen wir das ein?"],
    ),
    ("de-DE", ["für das US-Konto: Routing Number {ROUTING:plain:US}, Account {ACCT:plain:US}"]),
    ("de-DE", ["Abflug <<date>>, Flug <<flight>>, Reisepassnummer {PASSPORT}"]),
    ("de-DE", ["Passnummer {PASSPORT:multi#a}", "{PASSPORT:multi#a}"]),
    ("de-DE", ["die Autovermietung will meine Führerscheinnummer", "{DL:ctx}"]),
    ("de-DE", ["Führerschein {DL:noise}, Adresse Hauptstr. <<street>>, <<zip>> Köln"]),
    (
        "de-DE",
        [
            "die Fritzbox fliegt nachts raus, MAC {MAC}, öffentliche IP {IP}",
            "Modell <<model=Fritz!Box 7590>>",
        ],
    ),
    ("de-DE", ["fürs Gäste-WLAN: MAC vom Tablet {MAC:sp}, es kriegt die Adresse {IP:sub}"]),
    ("de-DE", ["in Spanien hatte ich die NIE {NIE:sp|plain}"]),
    ("de-DE", ["DNI meiner Schwiegermutter, die ist Vertragsinhaberin", "{DNI:ctx}"]),
    ("de-DE", ["ihre spanische DNI {DNI:spell} und Telefon {PHONE:spell:ES}"]),
    ("de-DE", ["Lieferant in Mexiko: RFC {RFC:noise}, CLABE {CLABE:sp}"]),
    ("de-DE", ["CLABE für die Erstattung {CLABE:multi#a}", "{CLABE:multi#a}"]),
    ("de-DE", ["meine CURP fürs Visum {CURP}, wohne seit <<year>> in Querétaro"]),
    ("de-DE", ["meine brasilianische CPF {CPF:multi#a}", "{CPF:multi#a}"]),
    ("de-DE", ["CNPJ der Firma in Curitiba {CNPJ}, Rechnung <<invoice>>"]),
    ("de-DE", ["meine französische Sozialversicherungsnummer {NIR:sp}"]),
    (
        "de-DE",
        ["schreibt bitte meine portugiesische NIF {NIF} auf die Rechnung, ich wohn jetzt in Braga"],
    ),
    (
        "de-DE",
        [
            "Access Key ist in den Logs gelandet, bitte sperren: {AKID}",
            "Secret {SECRET:multi#a}",
            "{SECRET:multi#a}",
        ],
    ),
    ("de-DE", ["meine Oma diktiert mir ihre Mail {EMAIL:mail|plain}, sie kennt sich nicht so aus"]),
]
