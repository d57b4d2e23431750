"""German chats (Germany). Hand-written; one template per line.

Even lines of a block go to dev, odd lines to sealed (see generate.py).
"""

LANG = "de"
LOCALES = {
    "de-DE": [
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY",
        "PIN",
        "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "SWIFT_CODE",
        "EMAIL",
        "PHONE",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "PASSWORD",
        "USERNAME",
        "IP_ADDRESS",
        "DE_TAX_ID",
    ],
}

ASK = {
    "CREDIT_DEBIT_NUMBER": """
Könnten Sie mir bitte die Kartennummer nennen?
Bitte geben Sie die sechzehnstellige Kartennummer ein.
wie lautet deine kartennummer?
Für die Erstattung brauche ich die Nummer der Karte, mit der Sie bezahlt haben.
Schick mir bitte die komplette Kreditkartennummer, ohne Leerzeichen
Nennen Sie mir bitte die Nummer Ihrer Kredit- oder Debitkarte.
""",
    "CREDIT_DEBIT_CVV": """
Und die Prüfziffer auf der Rückseite?
Bitte geben Sie den Sicherheitscode (CVV) von der Kartenrückseite ein.
die drei zahlen hinten bitte
Jetzt bräuchte ich noch den CVC.
""",
    "CREDIT_DEBIT_EXPIRY": """
Bis wann ist die Karte gültig?
Bitte das Ablaufdatum im Format MM/JJ eingeben.
und das ablaufdatum?
Können Sie mir das Gültigkeitsdatum bestätigen?
""",
    "PIN": """
Aus Sicherheitsgründen geben Sie bitte Ihre vierstellige PIN ein.
Welche PIN haben Sie bei der Eröffnung festgelegt?
kannst du mir die pin aus der sms schicken?
Ich brauche die Geheimzahl, um die Karte zu entsperren.
""",
    "BANK_ACCOUNT_NUMBER": """
Auf welche Kontonummer sollen wir erstatten?
Bitte geben Sie Ihre Kontonummer ein.
schick mal die kontonr
Können Sie mir das Konto für die Abbuchung bestätigen?
""",
    "BANK_ROUTING": """
Und die Bankleitzahl dazu?
Bitte geben Sie die achtstellige BLZ ein.
hast du die blz?
Wie lautet die Bankleitzahl Ihrer Filiale?
""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """
Können Sie mir Ihre IBAN für die Überweisung schicken?
Bitte teilen Sie uns Ihre vollständige IBAN mit.
wie ist deine iban
Für die Rückzahlung benötige ich die IBAN des Empfängerkontos.
""",
    "SWIFT_CODE": """
Und der BIC Ihrer Bank?
Bitte geben Sie den SWIFT-Code an.
hast du den bic zur hand?
Wir brauchen auch den BIC der empfangenden Bank.
""",
    "EMAIL": """
Welche E-Mail-Adresse ist im Konto hinterlegt?
Bitte bestätigen Sie Ihre E-Mail-Adresse.
an welche mail soll der beleg?
Mit welcher Mailadresse haben Sie bestellt?
Zur Verifizierung: Wie lautet die E-Mail des Kontos?
deine email?
""",
    "PHONE": """
Unter welcher Nummer können wir Sie zurückrufen?
Bitte geben Sie die mit dem Konto verknüpfte Handynummer ein.
gibst du mir ne nummer falls der chat abbricht?
wie ist deine handynr?
Können Sie die Telefonnummer für den Fahrer bestätigen?
Mit welcher Nummer haben Sie sich registriert?
""",
    "PASSPORT_NUMBER": """
Für die Buchung benötigen wir Ihre Reisepassnummer.
Bitte geben Sie die Passnummer genau wie im Pass ein.
passnummer?
Können Sie die Passnummer des Reisenden bestätigen?
""",
    "DRIVER_ID": """
Darf ich Ihre Führerscheinnummer haben?
Bitte geben Sie die Nummer Ihres Führerscheins ein.
wie lautet die führerscheinnr?
Die Vermietstation braucht die Führerscheinnummer.
""",
    "PASSWORD": """
Mit welchem Passwort haben Sie es versucht?
Bitte tippen Sie das vorläufige Passwort aus der E-Mail ein.
was hast du als passwort genommen?
Können Sie mir das Kennwort sagen, das Sie eingegeben haben?
""",
    "USERNAME": """
Wie lautet Ihr Benutzername in der App?
Bitte geben Sie Ihre Benutzerkennung ein.
mit welchem nutzernamen loggst du dich ein?
Können Sie mir Ihren Login bestätigen?
""",
    "IP_ADDRESS": """
Können Sie mir die IP-Adresse aus der Fritzbox nennen?
Geben Sie die IP des blockierten Geräts an.
welche ip hast du?
Welche IP steht in der Diagnoseansicht?
""",
    "DE_TAX_ID": """
Für das Formular brauche ich Ihre steuerliche Identifikationsnummer.
Bitte geben Sie Ihre elfstellige Steuer-ID ein.
wie ist deine steuer id?
Können Sie mir Ihre Steuer-Identifikationsnummer vom Bescheid nennen?
""",
}

BARE = """
klar: {v}
ist {v}
also {v}
hier: {v}
ok {v}
jo {v}
{v} 👍🏼
bitte sehr {v}
glaub {v}
{v} danke
na {v}
{v} müsste stimmen
äh {v}
joa {v}
{v} 😅
das wäre {v}
sollte {v} sein
{v} !!
"""

PRE = """
moment
sekunde, ich schau nach
warte, hol kurz mein portemonnaie
Augenblick bitte
muss kurz suchen
gleich
hmm warte
bin gleich da
"""

QBACK = """
die von der karte?
welche? die alte oder die neue?
die lange?
die aus der mail?
die ganze nummer??
meine oder die von meiner frau?
"""

AGENT_YES = """
Ja, genau die.
genau
Richtig, die von der heutigen Bestellung.
Ja bitte 🙂
jup
Die aktuelle, danke.
"""

REASK = """
Hm, das scheint nicht zu stimmen, können Sie es nochmal schicken?
Ich glaube, da fehlt eine Ziffer. Nochmal bitte?
Das System lehnt das ab, bitte erneut eingeben.
sorry, kam nicht richtig an, nochmal?
Das passt leider nicht, bitte prüfen Sie die Angabe.
kannst du das nochmal tippen?
"""

CORRECT = """
sorry falsch, ist {v}
ups das war die alte. {v}
warte nein, {v}
nee, richtig ist {v}
vertippt: {v}
korrektur {v}
"""

NAME = {
    "CREDIT_DEBIT_NUMBER": ["kartennummer", "karte", "kreditkarte", "visa", "kartennr"],
    "CREDIT_DEBIT_CVV": ["cvv", "prüfziffer", "sicherheitscode", "cvc"],
    "CREDIT_DEBIT_EXPIRY": ["ablaufdatum", "gültig bis", "ablauf"],
    "PIN": ["pin", "PIN", "geheimzahl"],
    "BANK_ACCOUNT_NUMBER": ["kontonummer", "konto", "kontonr"],
    "BANK_ROUTING": ["blz", "bankleitzahl", "BLZ"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban"],
    "SWIFT_CODE": ["BIC", "bic", "swift"],
    "EMAIL": ["mail", "email", "mailadresse", "e-mail"],
    "PHONE": ["handynummer", "nummer", "handy", "tel", "festnetz"],
    "PASSPORT_NUMBER": ["passnummer", "reisepass", "pass nr"],
    "DRIVER_ID": ["führerscheinnummer", "führerschein", "fs-nr"],
    "PASSWORD": ["passwort", "pw", "kennwort"],
    "USERNAME": ["benutzername", "user", "login"],
    "IP_ADDRESS": ["ip", "ip-adresse"],
    "DE_TAX_ID": ["steuer-id", "steuerid", "steuernummer", "identifikationsnummer"],
}

NAMED = """
meine {n} ist {v}
{n}: {v}
{n} {v}
hier meine {n} {v}
also die {n} ist {v}
die {n} müsste {v} sein
{n} -> {v}
übrigens {n} {v} falls ihr das braucht
ich glaub {n} ist {v}
{n} lautet {v}
"""

TWO = {
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY"): """
Kartennummer und Ablaufdatum bitte.
Bitte geben Sie die Kartennummer und danach das Ablaufdatum ein.
schick mal karte und ablauf
""",
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"): """
Jetzt noch Ablaufdatum und Prüfziffer.
ablauf und cvv bitte
Bitte Gültigkeitsdatum und Sicherheitscode angeben.
""",
    ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"): """
Ich brauche IBAN und BIC.
iban + bic bitte
Bitte geben Sie IBAN und BIC des Empfängerkontos an.
""",
    ("EMAIL", "PHONE"): """
Können Sie mir E-Mail und Telefonnummer bestätigen?
mail und handy fürs ticket bitte
Welche Mail und welche Nummer sollen wir für Updates nutzen?
""",
}

BARE2 = """
{v} {w}
{v} und {w}
{v}, {w}
{v}<br>{w}
bitte: {v} / {w}
{v} dann {w}
"""

LAST4 = """
Können Sie die letzten vier Ziffern der Karte bestätigen?
Nur die letzten vier Ziffern bitte, nicht die ganze Nummer.
was sind die letzten vier deiner karte?
Bitte geben Sie die letzten vier Stellen Ihrer Karte ein.
"""

SKIP = """
können wir erst über die lieferung reden
das geb ich ungern im chat raus ehrlich gesagt
wozu braucht ihr das?
egal, eigentlich stürzt die app dauernd ab
kann ich das nicht im laden machen?
sorry kind schreit, wo waren wir
gibts keinen anderen weg?
"""

MK_ASK = {
    "order_number": """
Wie lautet die Bestellnummer?
Bitte geben Sie Ihre Bestellnummer ein.
hast du die bestellnr?
Haben Sie die Bestellnummer aus der Bestätigungsmail?
Um welche Bestellung geht es? Die Nummer steht auf der Quittung.
Können Sie mir die Auftragsnummer nennen?
""",
    "tracking_number": """
Haben Sie die Sendungsnummer?
Bitte fügen Sie die Sendungsverfolgungsnummer aus der Versandmail ein.
wie ist die trackingnr?
""",
    "postal_code": """
Wie lautet die Postleitzahl der Lieferadresse?
Bitte geben Sie Ihre PLZ ein.
und die plz?
""",
    "date": """
Wann haben Sie bestellt?
An welchem Tag sollte die Lieferung kommen?
Welcher Tag passt für den Techniker?
An welchem Datum steht die Abbuchung?
""",
    "time": """
Um wie viel Uhr dürfen wir Sie anrufen?
Wann ungefähr war der Fahrer da?
wann passt es dir?
""",
    "price": """
Wie viel wurde Ihnen berechnet?
Welcher Betrag steht auf dem Kontoauszug?
was hat es gekostet?
""",
    "quantity": """
Wie viele Artikel fehlen?
Wie viele sind kaputt angekommen?
wie viele hast du bestellt?
""",
    "product_model": """
Welches Modell ist das Gerät?
Welches Modell haben Sie? Steht auf dem Aufkleber unten.
welches modell?
""",
    "version": """
Welche App-Version haben Sie? Unter Einstellungen > Info.
welche version steht da?
""",
    "invoice_number": """
Können Sie mir die Rechnungsnummer geben?
Bitte die Rechnungsnummer oben rechts eingeben.
""",
    "ticket_reference": """
Haben Sie eine Vorgangsnummer vom letzten Mal?
wie war deine ticketnummer?
""",
    "year": """
In welchem Jahr haben Sie es gekauft?
welches baujahr hat das auto?
""",
    "flight_number": """
Wie lautet Ihre Flugnummer?
Bitte geben Sie die Flugnummer aus der Buchung ein.
""",
    "store_number": """
In welcher Filiale haben Sie es gekauft? Die Filialnummer steht auf dem Bon.
welche filialnr war das?
""",
}

MK_BARE = """
ist die {v}
{v} glaub ich
ok {v}
wäre {v}
ähm {v}
die {v}
na die {v}
"""

MK_NAMED = {
    "order_number": [
        "bestellung {v}",
        "meine bestellnummer ist {v}",
        "bestellung {v} ist nie angekommen",
        "auftrag {v}",
    ],
    "tracking_number": ["sendungsnr {v}", "laut tracking {v}"],
    "postal_code": ["plz {v}", "meine postleitzahl ist {v}"],
    "date": ["das war am {v}", "bestellt am {v}", "sollte am {v} kommen"],
    "time": ["so gegen {v}", "ab {v} uhr"],
    "price": ["abgebucht wurden {v}", "hat {v} gekostet"],
    "quantity": ["{v} stück", "nur {v} bekommen"],
    "product_model": ["ist das {v}", "modell {v}"],
    "version": ["version {v}", "da steht {v}"],
    "invoice_number": ["rechnung {v}", "rechnungsnr {v}"],
    "ticket_reference": ["vorgang {v}", "ticket {v}"],
    "year": ["gekauft {v}", "baujahr {v}"],
    "flight_number": ["flug {v}", "ich flieg mit {v}"],
    "store_number": ["filiale {v}", "die in filiale {v}"],
}

OPEN = """
Hallo und danke für Ihre Nachricht, hier ist Jana. Wie kann ich helfen?
Hallo! Sie chatten mit dem virtuellen Assistenten. Was kann ich für Sie tun?
hey, hier ist Max vom Support 👋
Guten Tag, danke fürs Warten. Wie kann ich Ihnen helfen?
Hallo. Bevor wir starten, stelle ich ein paar Fragen zur Verifizierung.
Willkommen beim Kundenservice. Gleich meldet sich ein Mitarbeiter.
"""

CUST_OPEN = """
hallo ich hab ein problem mit meiner bestellung
hallo?? ist da wer
mir wurde doppelt abgebucht
ich muss die lieferadresse ändern
mein paket ist nie angekommen
hi, ich komm nicht mehr in mein konto
ich will mein geld zurück
hallo kurze frage zur rechnung
"""

CHAT = """
okay
danke
super danke
dauert das lange?
haha ok
alles klar
cool
sorry tippe am handy
echt nervig
passt
vielen dank!
kein ding
"""

AGENT_ACK = """
Danke, einen Moment, ich schaue nach.
Erhalten, danke!
Prima, ich prüfe das.
ok danke, sekunde
Danke. Bitte haben Sie einen Moment Geduld.
So, ich hab's gefunden.
"""

CLOSE = """
Kann ich sonst noch etwas für Sie tun?
Alles erledigt! Schönen Tag noch.
Sie erhalten gleich eine Bestätigung per E-Mail. Tschüss!
Danke für Ihre Geduld, alles Gute.
"""

CUST_CLOSE = """
nein das wars danke
tschüss
danke euch!
top danke
"""

CONT = """
und {v}
{v} fertig
dann {v}
{v} das wars
...{v}
{v} sorry zu früh abgeschickt
"""
