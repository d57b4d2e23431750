"""German chat templates, written by hand. Even lines -> dev, odd -> sealed."""

LANG = "de"
LOCALES = ["de-DE"]
DIGITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
NOISE = [" ", "-", " | ", " / ", " 🙈 ", " und ", " dann ", "\n", " ... ", ". "]
AT = [" at ", " (at) ", " [ät] "]
DOT = [" punkt ", " dot ", " (punkt) "]
MONTHS = ["jan", "feb", "märz", "april", "mai", "juni", "juli", "aug", "sept", "okt", "nov", "dez"]

GREET = """Hallo und danke für Ihre Nachricht! Mein Name ist Jana, wie kann ich helfen?
Guten Tag, hier ist Tobias vom Kundenservice.
Hi! Willkommen beim Support, was ist passiert?
Hallo, ich bin der digitale Assistent 🤖. Beschreiben Sie kurz Ihr Anliegen.
Danke fürs Warten, Sie schreiben mit Lena.
Willkommen. Gleich meldet sich ein Mitarbeiter."""

OPEN = """hallo mir wurde doppelt abgebucht
hi mein paket ist nie angekommen
hallo ich möchte meine daten ändern bitte
moin ich komm nicht in die app rein
hallo meine karte wurde abgelehnt keine ahnung warum
mein konto ist gesperrt
guten abend ich will eine bestellung stornieren
hi brauche hilfe bei einer überweisung"""

CHAT = """ok
alles klar
ja
ok danke
jo
passt
hm ok
ach so
haha ok
super
danke!!
na gut
okay cool
kein ding"""

ASK = {
    "CREDIT_DEBIT_NUMBER": """Könnten Sie mir bitte die Kartennummer bestätigen?
Bitte geben Sie die sechzehnstellige Kartennummer ein.
mit welcher karte hast du bezahlt? ich brauch die ganze nummer
Schreib mir bitte die Kartennummer, dann suche ich die Buchung.""",
    "CREDIT_DEBIT_CVV": """Und die drei Ziffern auf der Rückseite?
Bitte geben Sie die Prüfnummer (CVC) Ihrer Karte ein.
Ich brauche noch den Sicherheitscode.
Wie lautet die CVV?""",
    "CREDIT_DEBIT_EXPIRY": """Wann läuft die Karte ab?
Bitte geben Sie das Ablaufdatum ein (MM/JJ).
kannst du das ablaufdatum bestätigen
Und gültig bis?""",
    "PIN": """Zur Sicherheit geben Sie bitte Ihre vierstellige PIN ein.
Können Sie die PIN fürs Telefonbanking bestätigen?
Wie lautet Ihre Geheimzahl?
Bitte jetzt die PIN eingeben.""",
    "BANK_ACCOUNT_NUMBER": """Auf welches Konto soll die Erstattung? Nur die Kontonummer bitte.
Bitte geben Sie Ihre Kontonummer ein.
Können Sie die Kontonummer der Abbuchung bestätigen?
wie ist die kontonr""",
    "BANK_ROUTING": """Und die Bankleitzahl?
Haben Sie die BLZ zur Hand?
Wie lautet die Bankleitzahl Ihrer Bank?
Bitte die achtstellige BLZ eingeben.""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """Schicken Sie mir bitte die IBAN für die Gutschrift?
Bitte geben Sie Ihre IBAN ein.
wie lautet die iban
Mir fehlt nur noch die IBAN, dann sind wir fertig.""",
    "SWIFT_CODE": """Und der BIC der Bank?
Bitte nennen Sie den SWIFT-Code Ihrer Bank.
Hast du den BIC?
Wie lautet der SWIFT?""",
    "EMAIL": """Welche E-Mail-Adresse ist hinterlegt?
Könnten Sie Ihre Mail bestätigen, damit ich die Quittung schicke?
Bitte geben Sie die E-Mail-Adresse der Registrierung ein.
an welche mail soll ich das schicken?""",
    "PHONE": """Unter welcher Nummer können wir Sie zurückrufen?
Können Sie die hinterlegte Handynummer bestätigen?
Bitte geben Sie Ihre Telefonnummer mit Vorwahl ein.
Eine Rückrufnummer?""",
    "PASSPORT_NUMBER": """Wie ist die Reisepassnummer, mit der Sie gebucht haben?
Bitte geben Sie Ihre Passnummer ein.
Passnummer?
Und die Nummer vom Reisepass?""",
    "DRIVER_ID": """Können Sie Ihre Führerscheinnummer bestätigen?
Bitte geben Sie die Nummer Ihres Führerscheins ein.
Wie lautet die Führerscheinnummer für die Miete?
Ich brauche die Führerscheinnr., um Sie als Fahrer einzutragen.""",
    "PASSWORD": """Welches Passwort versuchen Sie? Ich prüfe, ob es den Regeln entspricht.
Bitte tippen Sie das temporäre Passwort ein.
welches passwort hast du letztes mal gesetzt?
Kannst du mir das Passwort schicken, das du probiert hast?""",
    "USERNAME": """Wie ist Ihr Benutzername?
Bitte geben Sie Ihre Benutzerkennung ein.
Mit welchem Login meldest du dich an?
wie heißt dein nutzername""",
    "IP_ADDRESS": """Welche IP-Adresse zeigt die Diagnose an?
Bitte geben Sie die IP-Adresse Ihres Routers ein.
auf welcher IP läuft die Kamera?
Welche IP steht in der Fehlermeldung?""",
    "DE_TAX_ID": """Für die Rechnung brauche ich Ihre Steuer-ID.
Bitte geben Sie Ihre steuerliche Identifikationsnummer ein (elf Ziffern).
wie ist deine steuer-id?
Können Sie mir die Steuer-Identifikationsnummer nennen?""",
}

KEEP_ASK = {
    "order_number": """Wie lautet die Bestellnummer?
Haben Sie die Bestellnummer aus der Bestätigungsmail?
Bitte geben Sie Ihre Bestellnummer ein.
um welche bestellung gehts?""",
    "tracking_number": """Haben Sie die Sendungsnummer?
Kannst du mir die Sendungsverfolgungsnummer schicken?
welche trackingnummer hat dir der paketdienst gegeben?""",
    "postal_code": """Wie ist die Postleitzahl der Lieferadresse?
Können Sie Ihre PLZ bestätigen?
Bitte geben Sie Ihre Postleitzahl ein.""",
    "date": """An welchem Tag kam das Paket?
Wann haben Sie bestellt?
Wann wurde abgebucht?""",
    "time": """Um wie viel Uhr wollten Sie zahlen?
Wann sollen wir zurückrufen?
Ungefähr um welche Uhrzeit kam der Fehler?""",
    "price": """Wie viel wurde abgebucht?
Welcher Betrag stand auf dem Auszug?
wie viel hat der artikel gekostet?""",
    "quantity": """Wie viele Artikel fehlen?
Wie viele haben Sie bestellt?
wie viele kartons kamen an?""",
    "product_model": """Welches Modell haben Sie?
Können Sie mir die Modellnummer vom Aufkleber sagen?
Welches Routermodell ist das?""",
    "ticket_reference": """Haben Sie die Vorgangsnummer vom letzten Mal?
Wie lautet die Ticketnummer?
Bitte geben Sie Ihre Vorgangsnummer ein.""",
    "store_number": """In welcher Filiale haben Sie gekauft? Die Nummer steht auf dem Bon.
Wie ist die Filialnummer?""",
    "flight_number": """Welchen Flug haben Sie?
Wie ist die Flugnummer?""",
    "invoice_number": """Wie lautet die Rechnungsnummer?
Können Sie mir die Rechnungsnr. oben rechts nennen?""",
}

NAMES = {
    "CREDIT_DEBIT_NUMBER": ["karte", "kartennummer", "kartennr", "visa", "kreditkarte"],
    "CREDIT_DEBIT_CVV": ["cvv", "cvc", "prüfnummer", "sicherheitscode"],
    "CREDIT_DEBIT_EXPIRY": ["ablaufdatum", "gültig bis", "ablauf", "exp"],
    "PIN": ["pin", "PIN", "geheimzahl"],
    "BANK_ACCOUNT_NUMBER": ["kontonummer", "konto", "kontonr", "kto"],
    "BANK_ROUTING": ["blz", "bankleitzahl", "BLZ"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN"],
    "SWIFT_CODE": ["bic", "swift", "BIC"],
    "EMAIL": ["mail", "email", "e-mail", "mailadresse"],
    "PHONE": ["handy", "nummer", "tel", "telefonnummer", "handynr"],
    "PASSPORT_NUMBER": ["pass", "passnummer", "reisepass"],
    "DRIVER_ID": ["führerschein", "führerscheinnummer", "fs-nr"],
    "PASSWORD": ["passwort", "pw", "kennwort"],
    "USERNAME": ["benutzername", "login", "nutzername", "user"],
    "IP_ADDRESS": ["ip", "IP", "ip-adresse"],
    "DE_TAX_ID": ["steuer-id", "steuerid", "steuer id", "idnr"],
}

KEEP_NAMES = {
    "order_number": ["bestellung", "bestellnummer", "bestellnr", "best.-nr."],
    "tracking_number": ["sendungsnummer", "tracking", "sendung"],
    "postal_code": ["plz", "postleitzahl"],
    "date": ["am", "angekommen am", "bestellt am"],
    "time": ["um", "so gegen"],
    "price": ["abgebucht", "waren", "gekostet"],
    "quantity": ["fehlen", "bestellt", "angekommen"],
    "product_model": ["modell", "ist das"],
    "ticket_reference": ["vorgang", "ticket", "vorgangsnr"],
    "store_number": ["filiale"],
    "flight_number": ["flug"],
    "invoice_number": ["rechnung", "rechnungsnr"],
}

NAMED = """meine {n} ist {v}
{n}: {v}
{n} {v}
ok hier die {n} {v}
{n} sollte {v} sein
{v} ist meine {n}
{n} = {v}
also {n} {v}"""

FILLER = """{v}
klar: {v}
ja {v}
ist {v}
ok {v}
äh {v}
jo {v}
{v} glaub ich
bitte {v}
{v} 👍
hier {v}"""

WAIT = """moment
ich schau mal
warte ich such sie
sekunde
kurz warten bitte
muss nachschauen"""

QBACK = """die auf der karte?
welche, die alte oder die neue?
die von der anmeldung?
brauchen sie die ganze?
die lange?"""

CONFIRM = """Ja, die bitte.
Ja, komplett.
Genau.
Ja bitte."""

REASK = """Sorry, das scheint nicht zu stimmen, können Sie es nochmal schicken?
Hmm, das klappt nicht. Können Sie es prüfen?
Da fehlt glaube ich eine Ziffer, nochmal bitte?
Das passt nicht zu unseren Daten, bitte nochmal prüfen."""

CORRECT = """sorry falsche, ist {v}
ups {v}
nee warte ist {v}
vertippt: {v}
richtig ist {v}"""

OFFTOPIC = """wofür braucht ihr das
könnt ihr nicht einfach erstatten
das will ich nicht im chat schicken
echt nervig
kann ich mit einem menschen reden?
hat die filiale eigentlich sonntags auf?"""

MULTI_MORE = """{v}
und {v}
dann {v}
{v} sorry zu früh gesendet
rest: {v}"""

TWO_ASK = """Schicken Sie mir bitte Kartennummer und Ablaufdatum?
Bitte geben Sie die Kartennummer und danach das Ablaufdatum ein.
Ich brauche die Karte und wann sie abläuft."""

TWO_ANS = """{a} gültig bis {b}
{a} und läuft ab {b}
karte {a} ablauf {b}
{a} {b}"""

LAST4_ASK = """Können Sie die letzten vier Ziffern der Karte bestätigen?
Was sind die letzten vier Ziffern bitte der Karte?
Nur die letzten vier Ziffern bitte, nicht die ganze Nummer."""

LAST4_ANS = """{v}
endet auf {v}
letzte vier sind {v}
ist {v}"""

CLOSE = """Danke, ist erledigt. Noch etwas?
Perfekt, habe ich aktualisiert.
Ist an die Fachabteilung weitergeleitet. Schönen Tag!
Danke für die Geduld, Sie bekommen gleich eine Mail."""

THANKS = """danke tschüss
vielen dank!!
okay danke
super danke 🙏
nein das wars"""
