"""Chats auf Deutsch. Von Hand geschrieben. Gerade Position = dev, ungerade = sealed."""

LOCALES = {
    "de-DE": {"phone": "DE", "iban": "DE", "swift": "DE", "ids": ["DE_TAX_ID"]},
}

GREET = [
    "Hallo und danke für Ihre Nachricht! Wie kann ich helfen?",
    "hi! hier ist Jana vom Kundenservice",
    "Willkommen beim Support. Gleich meldet sich ein Mitarbeiter.",
    "Guten Tag, mein Name ist Lukas. Was kann ich für Sie tun?",
    "Moin 👋 Tim hier, was ist los?",
    "Danke fürs Warten, ich bin Sabine.",
]
OPEN = [
    "hallo",
    "hi ich hab ein problem mit meiner karte",
    "meine bestellung ist nie angekommen",
    "Guten Tag, ich möchte meine Daten ändern",
    "mir wurde doppelt abgebucht!!",
    "hey komme nicht in die app rein",
    "Guten Abend, es geht um eine Erstattung",
    "hallo?? jemand da",
    "zahlung wurde abgelehnt warum",
    "ich will die hinterlegte karte tauschen",
]
CHAT = [
    "ok",
    "alles klar",
    "ja",
    "danke",
    "achso",
    "na gut",
    "passt",
    "super",
    "haha ok",
    "moment",
    "sorry internet spinnt",
    "bist du ein bot?",
    "bin grad auf der arbeit",
    "vielen dank!",
    "top",
    "jo",
]
CLOSE_AGENT = [
    "Kann ich sonst noch etwas für Sie tun?",
    "Erledigt! Schönen Tag noch.",
    "Ist jetzt aktualisiert.",
    "Danke für Ihre Geduld, alles erledigt.",
    "Fertig ✅ sonst noch was?",
    "Ich habe es weitergeleitet, Sie bekommen eine E-Mail.",
]
CLOSE_CUST = [
    "nein das wars danke",
    "danke schön!!",
    "nö alles gut",
    "vielen dank tschüss",
    "thx",
    "super danke ciao",
]
WAIT = [
    "moment",
    "ich schau mal",
    "warte ich hol mein portemonnaie",
    "sekunde",
    "gleich",
    "muss kurz nachsehen",
    "momentchen",
]
DODGE = [
    "kann ich stattdessen die lieferadresse ändern?",
    "wozu brauchen sie das?",
    "hab ich grad nicht da",
    "können sie das nicht selbst nachschauen?",
    "egal, wann kommt meine erstattung?",
    "das möchte ich hier lieber nicht schreiben",
    "sorry was war die frage",
    "ich ruf lieber an",
]
QBACK = [
    ("die auf der karte?", "Ja, genau die."),
    ("die alte oder die neue?", "Die im Konto hinterlegte."),
    ("komplett?", "Ja, bitte vollständig."),
    ("die aus meinem profil?", "Richtig."),
    ("handy oder festnetz?", "Die, die hinterlegt ist."),
]
REASK = [
    "Hm, das scheint nicht zu stimmen, könnten Sie es noch einmal senden?",
    "Da fehlt wohl eine Ziffer, können Sie das prüfen?",
    "Das passt bei mir nicht, tippst du es nochmal?",
    "Die Eingabe war ungültig. Bitte erneut eingeben.",
]
CORRECT = ["sorry falsche, es ist {v}", "ups vertippt: {v}", "nee warte, {v}", "korrektur {v}"]
FILLER = [
    "klar: {v}",
    "{v} 🙏",
    "ja das ist {v}",
    "also {v}",
    "bitte: {v}",
    "ähm {v} glaub ich",
    "{v} danke",
    "jo {v}",
    "hier {v}",
    "das wäre {v}",
]
CONT = ["{v} sorry zu früh abgeschickt", "und {v}", "{v} so", "dann {v}", "… {v}", "{v} fertig"]
AND = "und"

ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "Könnten Sie mir bitte die Kartennummer bestätigen?",
        "wie lautet die kartennummer?",
        "Bitte geben Sie Ihre 16-stellige Kartennummer ein.",
        "Mit welcher Karte möchten Sie zahlen? Ich brauche die Nummer.",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "Und das Ablaufdatum?",
        "Bis wann ist die Karte gültig?",
        "Bitte geben Sie das Ablaufdatum ein (MM/JJ).",
        "gültig bis?",
    ],
    "CREDIT_DEBIT_CVV": [
        "Und die drei Ziffern hinten drauf bitte",
        "Nennen Sie mir bitte die Prüfnummer?",
        "Bitte geben Sie den CVC ein.",
        "sicherheitscode?",
    ],
    "PIN": [
        "Bitte geben Sie Ihre PIN ein.",
        "Zur Verifizierung: wie lautet Ihre PIN?",
        "tipp mal deine pin ein",
        "Wie lautet die vierstellige PIN?",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "Auf welche Kontonummer soll die Erstattung?",
        "Bitte geben Sie Ihre Kontonummer ein.",
        "kannst du die kontonummer bestätigen?",
        "Welches Konto sollen wir belasten?",
    ],
    "BANK_ROUTING": [
        "Und die Bankleitzahl?",
        "Wie lautet die BLZ Ihrer Bank?",
        "blz bitte",
        "Ich brauche noch die Bankleitzahl.",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "Könnten Sie mir Ihre IBAN nennen?",
        "wie ist die iban für die überweisung",
        "Bitte geben Sie die IBAN des Empfängerkontos ein.",
        "Ich bräuchte die vollständige IBAN.",
    ],
    "SWIFT_CODE": [
        "Und den BIC?",
        "Wie lautet der SWIFT-Code der Bank?",
        "Bitte geben Sie den BIC an.",
        "hast du den bic?",
    ],
    "EMAIL": [
        "Welche E-Mail-Adresse ist im Konto hinterlegt?",
        "Können Sie Ihre E-Mail bestätigen?",
        "Bitte geben Sie Ihre E-Mail-Adresse ein.",
        "an welche mail soll die quittung?",
    ],
    "PHONE": [
        "Unter welcher Nummer können wir Sie zurückrufen?",
        "Können Sie die hinterlegte Telefonnummer bestätigen?",
        "Bitte geben Sie Ihre Handynummer ein.",
        "deine handynr?",
    ],
    "PASSPORT_NUMBER": [
        "Wie lautet Ihre Reisepassnummer?",
        "Bitte nennen Sie die Passnummer aus der Buchung.",
        "passnummer bitte",
        "Können Sie die Passnummer des Reisenden bestätigen?",
    ],
    "DRIVER_ID": [
        "Wie lautet Ihre Führerscheinnummer?",
        "Bitte geben Sie die Führerscheinnummer ein.",
        "führerschein nr?",
        "Die Führerscheinnummer für die Miete bitte?",
    ],
    "PASSWORD": [
        "Welches Passwort haben Sie versucht?",
        "Bitte tippen Sie das vorläufige Passwort ein.",
        "welches pw hast du gesetzt?",
        "Nennen Sie mir bitte das Kennwort?",
    ],
    "USERNAME": [
        "Wie lautet Ihr Benutzername?",
        "Bitte geben Sie Ihre Benutzerkennung ein.",
        "mit welchem namen loggst du dich ein?",
        "Ihr Login bitte?",
    ],
    "IP_ADDRESS": [
        "Könnten Sie mir Ihre IP-Adresse nennen?",
        "welche ip zeigt die fritzbox?",
        "Schicken Sie die IP von der Fehlerseite.",
        "Von welcher IP verbinden Sie sich?",
    ],
    "DE_TAX_ID": [
        "Wie lautet Ihre Steuer-ID?",
        "Bitte geben Sie Ihre steuerliche Identifikationsnummer ein (11 Ziffern).",
        "steuer id bitte",
        "Ich brauche noch die Steuer-Identifikationsnummer.",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": ["meine karte ist {v}", "kartennr {v}", "karte: {v}", "die visa {v}"],
    "CREDIT_DEBIT_EXPIRY": ["gültig bis {v}", "ablauf {v}", "ablaufdatum: {v}", "läuft ab {v}"],
    "CREDIT_DEBIT_CVV": ["cvc {v}", "prüfnummer {v}", "sicherheitscode: {v}", "hinten steht {v}"],
    "PIN": ["pin {v}", "meine pin ist {v}", "PIN: {v}", "geheimzahl {v}"],
    "BANK_ACCOUNT_NUMBER": ["konto {v}", "meine kontonummer ist {v}", "kto-nr: {v}", "kontonr {v}"],
    "BANK_ROUTING": ["blz {v}", "bankleitzahl {v}", "BLZ: {v}", "die blz ist {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "meine iban {v}",
        "IBAN {v}",
        "iban: {v}",
        "die IBAN lautet {v}",
    ],
    "SWIFT_CODE": ["bic {v}", "SWIFT-Code {v}", "der bic ist {v}", "BIC: {v}"],
    "EMAIL": ["meine mail ist {v}", "e-mail: {v}", "mail {v}", "meine e-mail-adresse lautet {v}"],
    "PHONE": ["meine nummer ist {v}", "tel. {v}", "handy: {v}", "ruft mich an unter {v}"],
    "PASSPORT_NUMBER": ["pass {v}", "meine passnummer ist {v}", "reisepass nr {v}", "pass: {v}"],
    "DRIVER_ID": [
        "führerschein {v}",
        "meine führerscheinnummer lautet {v}",
        "führerscheinnr: {v}",
        "fs-nr {v}",
    ],
    "PASSWORD": ["passwort ist {v}", "pw: {v}", "hab {v} als passwort genommen", "kennwort {v}"],
    "USERNAME": ["benutzername {v}", "mein user ist {v}", "login: {v}", "ich heiß da {v}"],
    "IP_ADDRESS": ["meine ip ist {v}", "IP-Adresse: {v}", "die ip {v}", "da steht ip {v}"],
    "DE_TAX_ID": [
        "steuer-id {v}",
        "meine steuer id ist {v}",
        "Steuer-IdNr: {v}",
        "identifikationsnummer {v}",
    ],
}
PAIR_ASK = [
    (
        "Können Sie mir Kartennummer und Ablaufdatum nennen?",
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
    ),
    ("Bitte Ablaufdatum und Prüfnummer angeben.", "CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"),
    ("ich brauch blz und kontonummer", "BANK_ROUTING", "BANK_ACCOUNT_NUMBER"),
    ("IBAN und BIC für die Erstattung?", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"),
    ("benutzername + passwort die du probiert hast?", "USERNAME", "PASSWORD"),
    ("E-Mail und Telefon aus dem Konto bitte", "EMAIL", "PHONE"),
]
PAIR_ANS = ["{a}   {b}", "{a} und {b}", "{a} \n {b}", "{a},{b}", "{a} | {b}", "erst {a} dann {b}"]
PARTIAL_ASK = [
    "Können Sie mir die letzten vier Ziffern der Karte bestätigen?",
    "die letzten 4 der karte?",
    "Nur die letzten vier Ziffern der Karte bitte.",
    "Welche Karte war es? Die letzten 4 Ziffern reichen.",
]
POSTCODE_PART = [
    "Nur die ersten drei Ziffern der Postleitzahl bitte.",
    "die ersten stellen deiner plz?",
    "sag mir nur den anfang der postleitzahl",
    "Bitte nennen Sie die ersten drei Stellen der PLZ.",
]

KEEP_ASK = {
    "order_number": [
        "Wie lautet die Bestellnummer?",
        "hast du die bestellnr?",
        "Können Sie mir Ihre Bestellnummer geben?",
        "Bitte geben Sie Ihre Bestellnummer ein.",
        "bestellung nr?",
        "Um welche Bestellung geht es?",
    ],
    "tracking_number": [
        "Wie lautet die Sendungsnummer?",
        "trackingnummer bitte",
        "Haben Sie die Sendungsverfolgungsnummer aus der Mail?",
    ],
    "ticket_reference": [
        "Haben Sie eine Vorgangsnummer?",
        "die ticketnummer vom letzten chat?",
        "vorgangsnr?",
    ],
    "zip_code": [
        "Wie ist Ihr ZIP-Code?",
        "und der zip?",
        "Bitte geben Sie den ZIP-Code der Rechnungsadresse ein.",
    ],
    "postal_code": ["Wie lautet Ihre Postleitzahl?", "plz?", "Die PLZ der Lieferadresse bitte?"],
    "quantity": [
        "Wie viele haben Sie bestellt?",
        "wie viele artikel fehlten?",
        "Wie viele Stück möchten Sie?",
    ],
    "date": [
        "An welchem Tag wurde geliefert?",
        "Wann haben Sie bestellt?",
        "an welchem tag kam die abbuchung?",
    ],
    "time": [
        "Wann dürfen wir Sie zurückrufen?",
        "so ungefähr um wie viel uhr war das?",
        "Welche Uhrzeit passt Ihnen?",
    ],
    "price": [
        "Wie viel wurde abgebucht?",
        "welcher betrag steht auf dem auszug?",
        "Wie hoch war die Summe?",
    ],
    "product_model": [
        "Welches Modell haben Sie?",
        "welches modell ist das gerät?",
        "Können Sie mir das Produktmodell nennen?",
    ],
    "store_number": [
        "In welcher Filiale? Die Nummer steht auf dem Bon.",
        "filialnummer?",
        "Welche Filial-Nr. steht auf dem Kassenbon?",
    ],
    "flight_number": [
        "Wie lautet Ihre Flugnummer?",
        "mit welchem flug bist du unterwegs?",
        "Können Sie die Flugnummer bestätigen?",
    ],
    "invoice_number": [
        "Wie lautet die Rechnungsnummer?",
        "welche rechnung ist es?",
        "Rechnungsnummer bitte.",
    ],
    "year": [
        "In welchem Jahr haben Sie es gekauft?",
        "baujahr vom auto?",
        "Seit welchem Jahr haben Sie das Konto?",
    ],
    "version": [
        "Welche App-Version haben Sie?",
        "welche version steht in den einstellungen?",
        "Können Sie die Version unter Einstellungen > Info prüfen?",
    ],
}
KEEP_NAMED = [
    "bestellung {v}",
    "ist die #{v}",
    "die nummer ist {v}",
    "{v} meine ich",
    "referenz {v}",
    "müsste {v} sein",
    "bitte sehr {v}",
]
