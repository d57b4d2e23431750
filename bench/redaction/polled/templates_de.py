"""German chat templates, hand-written. Even-indexed entries feed dev, odd ones sealed."""

LANG = "de"
LOCALES = ["de-DE"]

GREET_A = [
    "Hallo! Danke für Ihre Nachricht, mein Name ist Jana. Wie kann ich helfen?",
    "Hi 👋 hier ist Felix vom Kundenservice, was ist los?",
    "Willkommen beim Kundenservice. Gleich meldet sich ein Mitarbeiter.",
    "Guten Abend, Sie sind mit der Buchhaltung verbunden.",
]
GREET_C = [
    "hallo ich hab ein problem mit meiner karte",
    "hallo?? warte schon ewig",
    "hi meine zahlung ist nicht durchgegangen",
    "moin, mir wurde doppelt abgebucht",
    "servus ich komm nicht mehr in die app",
    "guten tag, es geht um eine erstattung",
]
CLOSE_A = [
    "Kann ich sonst noch etwas für Sie tun?",
    "Alles erledigt, schönen Tag noch!",
    "Danke für Ihre Geduld, das ist jetzt geklärt.",
    "Super, Sie bekommen gleich eine Bestätigung per Mail.",
]
CLOSE_C = [
    "nein das wars danke",
    "vielen dank!!",
    "top danke 👍",
    "ok super, tschüss",
    "passt, danke schön",
    "danke, schönen abend",
]
CHAT = [
    "ich schreib jetzt schon zum dritten mal",
    "okay",
    "hä?",
    "sorry mein wlan spinnt",
    "geht das bisschen schneller bin auf arbeit",
    "hab das alles schon ihrem kollegen erklärt",
    "haha ok",
    "bin ich mit einem bot am schreiben?",
]
OTHER_Q = [
    "Können Sie mir etwas mehr dazu sagen?",
    "Haben Sie eine Fehlermeldung bekommen?",
    "Sind Sie noch da?",
    "Seit wann besteht das Problem?",
]
ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "Wie lautet die Kartennummer?",
        "Könnten Sie bitte die Nummer Ihrer Kreditkarte bestätigen?",
        "Bitte geben Sie Ihre Kartennummer ein.",
        "mit welcher karte hast du gezahlt? brauch die nummer",
    ],
    "CREDIT_DEBIT_CVV": [
        "Und die drei Ziffern hinten drauf?",
        "Bitte nennen Sie die Prüfziffer.",
        "wie ist der cvc?",
        "Den Sicherheitscode von der Rückseite bitte.",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "Wann läuft die Karte ab?",
        "Bitte geben Sie das Ablaufdatum ein (MM/JJ).",
        "und gültig bis?",
        "Welches Ablaufdatum steht auf der Karte?",
    ],
    "PIN": [
        "Zur Verifizierung geben Sie bitte Ihre PIN ein.",
        "Wie lautet Ihre Telefon-PIN?",
        "kannst du mir die geheimzahl bestätigen?",
        "Bitte die PIN, die Sie bei der Anmeldung gewählt haben.",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "Bitte geben Sie Ihre Kontonummer ein.",
        "Auf welche Kontonummer soll die Erstattung?",
        "wie ist deine kontonummer?",
        "Die Kontonummer bitte.",
    ],
    "BANK_ROUTING": [
        "Und die Bankleitzahl?",
        "Bitte nennen Sie die BLZ Ihrer Bank.",
        "wie ist die blz?",
        "Haben Sie die Bankleitzahl zur Hand?",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "Wie lautet die IBAN für die Überweisung?",
        "Bitte teilen Sie uns die IBAN des Empfängerkontos mit.",
        "schickst du mir deine iban?",
        "Für die Rückzahlung brauche ich Ihre vollständige IBAN.",
    ],
    "SWIFT_CODE": [
        "Und der BIC / SWIFT-Code der Bank?",
        "Bitte geben Sie den BIC an.",
        "wie ist der swift code?",
        "Haben Sie den BIC zur Hand?",
    ],
    "EMAIL": [
        "Welche E-Mail-Adresse ist im Konto hinterlegt?",
        "Könnten Sie mir bitte Ihre Mailadresse bestätigen?",
        "wohin sollen wir die rechnung schicken? mail bitte",
        "Bitte geben Sie die E-Mail ein, mit der Sie sich registriert haben.",
    ],
    "PHONE": [
        "Unter welcher Nummer können wir Sie zurückrufen?",
        "Können Sie die Telefonnummer des Kontos bestätigen?",
        "Bitte geben Sie Ihre Handynummer ein.",
        "welche handynr für den code?",
        "Eine Rückrufnummer, falls die Verbindung abbricht?",
        "Mit welcher Telefonnummer haben Sie sich angemeldet?",
    ],
    "PASSPORT_NUMBER": [
        "Wie lautet die Reisepassnummer der Buchung?",
        "Bitte geben Sie die Passnummer des Reisenden an.",
        "schickst du mir die nummer vom reisepass?",
        "Für den Check-in brauche ich Ihre Passnummer.",
    ],
    "DRIVER_ID": [
        "Wie lautet Ihre Führerscheinnummer?",
        "Bitte geben Sie die Nummer Ihres Führerscheins ein.",
        "was ist die führerscheinnr?",
        "Für die Anmietung brauche ich die Führerscheinnummer.",
    ],
    "PASSWORD": [
        "Welches Passwort haben Sie versucht?",
        "Bitte geben Sie das temporäre Passwort ein.",
        "welches pw gibst du ein?",
        "Können Sie mir das gewählte Passwort sagen, damit ich das Format prüfe?",
    ],
    "USERNAME": [
        "Wie lautet Ihr Benutzername?",
        "Mit welchem Login melden Sie sich an?",
        "was ist dein username in der app?",
        "Bitte bestätigen Sie den Benutzernamen des Kontos.",
    ],
    "IP_ADDRESS": [
        "Welche IP-Adresse steht auf der Fehlerseite?",
        "Welche IP zeigt Ihr Router an?",
        "geh mal auf wieistmeineip und sag was da steht",
        "Von welcher IP-Adresse haben Sie sich verbunden?",
    ],
    "DE_TAX_ID": [
        "Wie lautet Ihre Steuer-ID?",
        "Bitte geben Sie Ihre steuerliche Identifikationsnummer an.",
        "kannst du mir deine steuer id geben?",
        "Für den Antrag brauche ich die Steueridentifikationsnummer.",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": [
        "meine karte ist {v}",
        "Kartennummer: {v}",
        "die visa, {v}",
        "kartennr {v}",
        "Kreditkarte {v}",
        "die EC karte {v}",
    ],
    "CREDIT_DEBIT_CVV": [
        "cvc ist {v}",
        "prüfziffer {v}",
        "der code hinten ist {v}",
        "cvv-nummer {v}",
    ],
    "CREDIT_DEBIT_EXPIRY": ["gültig bis {v}", "ablaufdatum {v}", "läuft ab {v}", "exp {v}"],
    "PIN": ["meine pin ist {v}", "PIN: {v}", "die geheimzahl ist {v}", "pin {v} glaub ich"],
    "BANK_ACCOUNT_NUMBER": ["kontonummer {v}", "Konto: {v}", "mein konto ist {v}", "Kto-Nr. {v}"],
    "BANK_ROUTING": ["BLZ {v}", "die bankleitzahl ist {v}", "blz: {v}", "Bankleitzahl {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "IBAN: {v}",
        "meine iban ist {v}",
        "iban {v}",
        "hier die IBAN {v}",
    ],
    "SWIFT_CODE": ["swift {v}", "BIC ist {v}", "bic: {v}", "der BIC {v}"],
    "EMAIL": ["meine mail ist {v}", "E-Mail: {v}", "schreib mir an {v}", "läuft auf {v}"],
    "PHONE": [
        "meine nummer ist {v}",
        "tel {v}",
        "handy: {v}",
        "ruf mich an unter {v}",
        "Mobil {v}",
        "telefonnummer ist {v}",
    ],
    "PASSPORT_NUMBER": ["reisepass {v}", "meine passnummer ist {v}", "Pass: {v}", "passnr {v}"],
    "DRIVER_ID": [
        "führerschein {v}",
        "führerscheinnummer {v}",
        "Führerschein-Nr.: {v}",
        "mein führerschein ist {v}",
    ],
    "PASSWORD": [
        "passwort ist {v}",
        "pw: {v}",
        "mein kennwort {v}",
        "hab {v} als passwort eingegeben",
    ],
    "USERNAME": ["benutzername {v}", "mein login ist {v}", "user: {v}", "ich heiß da {v}"],
    "IP_ADDRESS": ["meine ip ist {v}", "IP: {v}", "ip-adresse {v}", "da steht ip {v}"],
    "DE_TAX_ID": [
        "steuer-id {v}",
        "meine steuerid ist {v}",
        "Steuer-IdNr: {v}",
        "identifikationsnummer {v}",
    ],
}
FILLER = [
    "{v}",
    "klar: {v}",
    "ja {v}",
    "ok {v}",
    "das ist {v}",
    "{v} 😊",
    "ähm {v}",
    "bitte: {v}",
    "jo {v}",
    "{v} glaub ich",
    "hier {v}",
    "{v} danke",
]
MULTI_CONT = ["{v}", "und {v}", "{v} fertig", "...{v}", "{v} sorry", "dann {v}"]
MULTI_LEAD = ["ist lang moment", "schick ich in teilen", "", "warte"]
BACK_Q = ["die auf der karte?", "die alte oder die neue?", "komplett?", "die vom kontoauszug?"]
BACK_YES = ["Ja, genau die bitte.", "Ja, komplett.", "Richtig.", "Genau, danke."]
WAIT = ["sekunde", "moment ich schau", "warte ich such sie", "muss kurz den geldbeutel holen"]
DODGE = [
    "wieso brauchen sie das?",
    "das schick ich hier ungern",
    "egal, krieg ich mein geld zurück oder nicht",
    "hab ich grad nicht dabei",
]
REASK = [
    "Entschuldigung, das sieht nicht richtig aus, können Sie es nochmal schicken?",
    "Das konnte ich nicht lesen, bitte nochmal eintippen.",
    "da fehlt was glaub ich, nochmal schicken?",
    "Könnten Sie es prüfen und erneut senden?",
]
WRONG = [
    "sorry falsche, es ist {v}",
    "nein warte {v}",
    "ups das war die alte. {v}",
    "korrektur: {v}",
]
PARTIAL_ASK = [
    "Können Sie die letzten vier Ziffern der Karte bestätigen?",
    "Wie lauten die letzten vier Ziffern der verwendeten Karte?",
    "nur die letzten vier ziffern der karte bitte",
    "Auf welche Ziffern endet die Karte?",
]
PAIR_ASK = [
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY", "Kartennummer und Ablaufdatum, bitte."),
    (
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
        "schick mal die kartennummer und wann sie abläuft",
    ),
    ("BANK_ACCOUNT_NUMBER", "BANK_ROUTING", "Ich brauche Kontonummer und Bankleitzahl."),
    ("BANK_ACCOUNT_NUMBER", "BANK_ROUTING", "kontonr + blz?"),
]
PAIR_BARE = ["{v} {w}", "{v} / {w}", "{v}, {w}", "ok {v} und {w}", "{v}\n{w}", "also {v} - {w}"]
NONE_LINES = ["kannst du das prüfen {v}", "{v} <- stimmt das?", "kopiert: {v}", "und das hier {v}?"]
DIFF_PREFIX = ["das weiß ich nicht aber ", "keine ahnung, ", "find ich nicht. ", "weiß nicht, "]
KEEP_ASK = {
    "order_number": [
        "Wie lautet die Bestellnummer?",
        "Können Sie mir die Bestellreferenz geben?",
        "welche bestellung? nummer bitte",
        "Bitte geben Sie Ihre Auftragsnummer ein.",
    ],
    "tracking_number": [
        "Haben Sie die Sendungsnummer?",
        "welche trackingnummer hast du bekommen?",
        "Die Sendungsverfolgungsnummer aus der Mail bitte.",
    ],
    "postal_code": ["Wie ist Ihre Postleitzahl?", "An welche PLZ geht die Lieferung?", "plz?"],
    "zip_code": ["Welche ZIP?", "zip der rechnungsadresse?"],
    "date": [
        "An welchem Tag sollte geliefert werden?",
        "Wann haben Sie bestellt?",
        "an welchem tag war die abbuchung?",
    ],
    "time": [
        "Um wie viel Uhr sollen wir zurückrufen?",
        "Ungefähr um welche Uhrzeit war das?",
        "wann soll der fahrer kommen?",
    ],
    "price": [
        "Wie viel wurde abgebucht?",
        "Welcher Betrag steht auf dem Kontoauszug?",
        "wie viel wars?",
    ],
    "quantity": [
        "Wie viele Artikel fehlen?",
        "Wie viele haben Sie bestellt?",
        "wie viele pakete sind angekommen?",
    ],
    "product_model": ["Welches Modell haben Sie?", "Welches Modell steht auf dem Etikett?"],
    "version": ["Welche App-Version haben Sie?", "Welche Version steht in den Einstellungen?"],
    "invoice_number": [
        "Wie lautet die Rechnungsnummer?",
        "Können Sie mir die Rechnungsreferenz vorlesen?",
    ],
    "ticket_reference": ["Haben Sie eine Vorgangsnummer?", "welche ticketnummer hast du?"],
    "year": ["In welchem Jahr haben Sie das Konto eröffnet?", "Aus welchem Baujahr ist das Auto?"],
    "flight_number": ["Wie lautet die Flugnummer?", "mit welchem flug fliegst du?"],
    "store_number": [
        "In welcher Filiale? Die Nummer steht auf dem Bon.",
        "was ist die filialnummer?",
    ],
}
KEEP_BARE = [
    "{k}",
    "ist die {k}",
    "{k} denk ich",
    "äh {k}",
    "jep {k}",
    "{k} !",
    "müsste {k} sein",
    "{k} laut mail",
]
KEEP_FREE = [
    "hab {quantity} stück am {date} bestellt und nur eins bekommen",
    "bestellung {order_number} steht immer noch auf in bearbeitung",
    "mir wurden {price} abgebucht statt dem angebotspreis",
    "sendung {tracking_number} bewegt sich seit ner woche nicht",
    "mein altes ticket war {ticket_reference} falls das hilft",
    "lieferung war für den {date} um {time} angekündigt",
    "hab version {version} von der app",
    "ist das {product_model}, gekauft {year}",
    "ich flieg morgen mit {flight_number}",
    "rechnung {invoice_number} hat die falsche adresse",
    "gekauft in filiale {store_number}",
    "hab {price} für bestellung {order_number} bezahlt",
]
