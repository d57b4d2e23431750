"""German chats (Germany), written by hand. Placeholders as in templates_en.py."""

DEV = [
    (
        "direct",
        "de-DE",
        """
A: Hallo! Unter welcher Nummer erreichen wir Sie?
C: klar: {PHONE:a}
C: am besten abends
A: Danke. Und die Bestellnummer?
C: {order_number}
""",
    ),
    (
        "polite",
        "de-DE",
        """
A: Könnten Sie mir bitte Ihre Steuer-ID bestätigen?
C: moment
C: {DE_TAX_ID:a}
A: Vielen Dank.
C: bitte. geht um die rechnung {invoice_number}
""",
    ),
    (
        "bot",
        "de-DE",
        """
A: Bitte geben Sie Ihre vierstellige PIN ein.
C: {PIN:a}
A: Bitte geben Sie Ihre Postleitzahl ein.
C: {postal_code}
A: Danke, ein Mitarbeiter kommt gleich.
C: ok
""",
    ),
    (
        "two_at_once",
        "de-DE",
        """
A: Ich brauche die Kartennummer und das Ablaufdatum bitte
C: {CREDIT_DEBIT_NUMBER:a}
C: {CREDIT_DEBIT_EXPIRY:a}
A: Und die Prüfziffer hinten?
C: {CREDIT_DEBIT_CVV:a}
""",
    ),
    (
        "partial",
        "de-DE",
        """
A: Nennen Sie mir bitte die letzten vier Ziffern Ihrer Karte.
C: {CARD_LAST4:a}
A: Danke. Und nur die ersten Ziffern der PLZ?
C: {postal_code}
C: ah sorry, nur die ersten
""",
    ),
    (
        "verify",
        "de-DE",
        """
A: Zur Verifizierung: Welche Handynummer ist im Konto hinterlegt?
C: sekunde
C: {PHONE:a:m}
C: {+}
A: Passt, danke.
C: super. lieferung war für {date} angekündigt
""",
    ),
    (
        "reask",
        "de-DE",
        """
A: Wie lautet Ihre IBAN für die Erstattung?
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a:n}
A: Die scheint unvollständig zu sein, können Sie sie nochmal schicken?
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a}
C: so richtig?
""",
    ),
    (
        "non_pii",
        "de-DE",
        """
A: Wie lautet die Sendungsnummer?
C: {tracking_number}
A: Wie viele Artikel fehlen?
C: {quantity}
A: Und welches Modell?
C: {product_model}
""",
    ),
    (
        "no_answer",
        "de-DE",
        """
A: Können Sie mir Ihre E-Mail-Adresse nennen?
C: ehrlich gesagt will ich nur kündigen
C: das ist jetzt das dritte mal
A: Verstehe. Ich muss das Konto trotzdem erst finden.
C: dann sucht halt mit meinem namen
""",
    ),
    (
        "different",
        "de-DE",
        """
A: Wie ist Ihre Bestellnummer?
C: {EMAIL:x}
C: da kam alles hin
A: Danke, ich schaue nach.
""",
    ),
    (
        "correction",
        "de-DE",
        """
A: Ihre Mailadresse?
C: {EMAIL:a}
C: nee sorry falsche, es ist {EMAIL:n}
A: Alles klar, notiert.
""",
    ),
    (
        "multi",
        "de-DE",
        """
A: Schreiben Sie mir bitte die Kartennummer?
C: {CREDIT_DEBIT_NUMBER:a:m}
C: {+}
C: {+}
A: Danke! Gültig bis?
C: {CREDIT_DEBIT_EXPIRY:a}
""",
    ),
    (
        "question_back",
        "de-DE",
        """
A: Bestätigen Sie bitte die Bankleitzahl.
C: die vom girokonto?
A: Ja genau.
C: ok {BANK_ROUTING:a}
""",
    ),
    (
        "wait",
        "de-DE",
        """
A: Wie lautet Ihr Benutzername in der App?
C: moment ich schau nach
C: {USERNAME:a}
A: Und welches Passwort versuchen Sie?
C: {PASSWORD:a}
C: geht seit update {version} nicht mehr
""",
    ),
    (
        "named",
        "de-DE",
        """
C: hallo mein flug {flight_number} wurde gestrichen
C: meine handynummer ist {PHONE:n}
A: Das tut mir leid. An welchem Tag war der Flug?
C: {date}
C: um {time}
""",
    ),
    (
        "verify",
        "de-DE",
        """
A: Für das Finanzamt-Formular brauche ich Ihre steuerliche Identifikationsnummer.
C: {DE_TAX_ID:a:m}
C: {+}
A: Danke, erhalten.
C: und wann kommt die gutschrift über {price}?
""",
    ),
    (
        "named",
        "de-DE",
        """
C: guten tag
C: meine neue iban ist {INTERNATIONAL_BANK_ACCOUNT_NUMBER:n}
C: bitte ab {date} nutzen
A: Danke, ist hinterlegt.
""",
    ),
    (
        "multi",
        "de-DE",
        """
A: Welche Kontonummer soll ich eintragen?
C: {BANK_ACCOUNT_NUMBER:a:m}
C: {+}
A: Danke, eingetragen.
""",
    ),
]

SEALED = [
    (
        "direct",
        "de-DE",
        """
A: Hi! Deine Mailadresse bitte?
C: {EMAIL:a}
A: Danke, und deine Handynummer?
C: {PHONE:a}
C: lieber whatsapp
""",
    ),
    (
        "polite",
        "de-DE",
        """
A: Wären Sie so freundlich, mir IBAN und BIC für die Rückzahlung zu nennen?
C: klar
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a}
C: {SWIFT_CODE:a}
A: Herzlichen Dank.
""",
    ),
    (
        "polite",
        "de-DE",
        """
A: Dürfte ich Sie um Ihre Reisepassnummer bitten?
C: ja einen moment
C: {PASSPORT_NUMBER:a}
A: Danke! Und die Flugnummer?
C: {flight_number}
""",
    ),
    (
        "bot",
        "de-DE",
        """
A: Geben Sie Ihre Telefonnummer ein.
C: {PHONE:a:m}
C: {+}
A: Geben Sie Ihre Vorgangsnummer ein.
C: {ticket_reference}
""",
    ),
    (
        "bot",
        "de-DE",
        """
A: Bitte geben Sie Ihre Kontonummer ein.
C: {BANK_ACCOUNT_NUMBER:a}
A: Bitte geben Sie die BLZ ein.
C: {BANK_ROUTING:a}
A: Danke, Sie werden verbunden.
""",
    ),
    (
        "two_at_once",
        "de-DE",
        """
A: Kartennummer, Ablaufdatum und CVC bitte
C: {CREDIT_DEBIT_NUMBER:a}
C: gültig bis {CREDIT_DEBIT_EXPIRY:n}
C: {CREDIT_DEBIT_CVV:a}
A: Zahlung ist durch 👍
""",
    ),
    (
        "partial",
        "de-DE",
        """
A: Nur die letzten vier Stellen der Telefonnummer zur Kontrolle
C: {PHONE_LAST4:a}
A: Passt.
C: und wann kommen die {price} zurück?
""",
    ),
    (
        "verify",
        "de-DE",
        """
A: Aus Sicherheitsgründen: Welche E-Mail ist hinterlegt?
C: {EMAIL:a:m}
C: {+}
A: Danke. Und Ihr Geburtsdatum?
C: {date} {year}
""",
    ),
    (
        "verify",
        "de-DE",
        """
A: Zur Prüfung brauche ich Ihre Führerscheinnummer.
C: moment der liegt im auto
C: {DRIVER_ID:a}
A: Danke, das passt.
""",
    ),
    (
        "reask",
        "de-DE",
        """
A: Wie ist Ihre Handynummer?
C: {PHONE:a:l}
A: Sorry, das sieht nicht richtig aus, schicken Sie sie bitte nochmal?
C: {PHONE:a}
C: autokorrektur sorry
""",
    ),
    (
        "non_pii",
        "de-DE",
        """
A: In welcher Filiale haben Sie gekauft? Die Filialnummer steht auf dem Bon.
C: {store_number}
A: Und die Rechnungsnummer?
C: {invoice_number}
A: An welchem Tag?
C: {date}
""",
    ),
    (
        "non_pii",
        "de-DE",
        """
A: Welche App-Version haben Sie?
C: {version}
A: Und welches Handy?
C: {product_model}
C: von {year}
""",
    ),
    (
        "no_answer",
        "de-DE",
        """
A: Können Sie mir die Kartennummer nennen, mit der Sie gezahlt haben?
C: nein die geb ich hier nicht raus
C: schaut doch in die bestellung
A: Kein Problem. Wie lautet die Bestellnummer?
C: {order_number}
""",
    ),
    (
        "different",
        "de-DE",
        """
A: Ihre Telefonnummer?
C: {EMAIL:x}
C: lieber per mail
A: Okay, ich schreibe Ihnen.
""",
    ),
    (
        "correction",
        "de-DE",
        """
A: Auf welches Konto soll erstattet werden?
C: {BANK_ACCOUNT_NUMBER:a}
C: ups falsch
C: es ist {BANK_ACCOUNT_NUMBER:a}
A: Danke für die Korrektur.
""",
    ),
    (
        "multi",
        "de-DE",
        """
A: Unter welcher Nummer kann der Fahrer Sie anrufen?
C: also {PHONE:a:m}
C: {+}
A: Danke, Lieferung am {date}.
C: um wie viel uhr
A: Zwischen {time} und {time}.
""",
    ),
    (
        "question_back",
        "de-DE",
        """
A: Können Sie die Nummer bestätigen?
C: die auf der karte?
A: Ja, die lange Nummer.
C: ok {CREDIT_DEBIT_NUMBER:a}
""",
    ),
    (
        "wait",
        "de-DE",
        """
A: Welche IP-Adresse steht auf der Routerseite?
C: warte ich such
C: {IP_ADDRESS:a}
A: Danke, und das Routermodell?
C: {product_model}
""",
    ),
    (
        "named",
        "de-DE",
        """
C: hallo mir wurde die bestellung {order_number} zweimal abgebucht
C: meine mail ist {EMAIL:n}
C: und meine nummer {PHONE:n}
A: Das tut mir leid, ich prüfe das sofort.
C: jeweils {price}
""",
    ),
    (
        "verify",
        "de-DE",
        """
A: Bitte nennen Sie zur Identifizierung Ihre Steuer-Identifikationsnummer
C: {DE_TAX_ID:a}
A: Danke, passt.
C: wegen vorgang {ticket_reference}
""",
    ),
    (
        "named",
        "de-DE",
        """
C: moin
C: mein benutzername ist {USERNAME:n}
C: passwort {PASSWORD:n} geht nicht mehr
A: Ich schicke Ihnen einen Link zum Zurücksetzen.
""",
    ),
    (
        "multi",
        "de-DE",
        """
A: Ihre E-Mail für die Bestätigung?
C: {EMAIL:a:m}
C: {+}
A: Danke!
C: und die bestellung {order_number}?
""",
    ),
]
