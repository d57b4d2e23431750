"""German chats (de-DE). Hand-written; syntax as in templates_en.py."""

NAMES = {
    "NATID": {
        "SSN": "Sozialversicherungsnummer",
        "PASSPORT_NUMBER": "Reisepassnummer",
        "ES_DNI": "DNI",
        "ES_NIE": "NIE",
        "MX_CURP": "CURP",
        "MX_RFC": "RFC",
        "FR_NIR": "Sozialversicherungsnummer",
        "DE_TAX_ID": "Steuer-ID",
        "BR_CPF": "CPF",
        "BR_CNPJ": "CNPJ",
        "PT_NIF": "NIF",
    },
    "IBAN": {
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": "IBAN",
        "BANK_ACCOUNT_NUMBER": "Kontonummer",
        "MX_CLABE": "CLABE",
    },
    "ROUTING": {"BANK_ROUTING": "Bankleitzahl", "SWIFT_CODE": "BIC", "MX_CLABE": "CLABE"},
}

OPEN = {
    "dev": [
        "C: hallo? | C: ist da jemand | A: Hallo, hier ist Jana vom Kundenservice. Wie kann ich helfen?",
        "A: Willkommen beim Kundenservice! Was kann ich für Sie tun? | C: mein paket ist nie angekommen",
        "C: guten tag ich komm nicht mehr in mein konto | A: Das tut mir leid, das bekommen wir hin.",
    ],
    "sealed": [
        "A: Moin! Schön, dass Sie schreiben 😊 Worum geht es? | C: moin, falsche abbuchung",
        "C: hi | C: brauch hilfe mit meiner karte | A: Gerne. Zuerst muss ich Sie kurz verifizieren.",
        "A: Guten Abend, Sie chatten mit Tobias. | C: n abend, wurde doppelt belastet 😡",
    ],
}

CLOSE = {
    "dev": [
        "A: Kann ich sonst noch etwas für Sie tun? | C: nee passt danke | A: Schönen Tag noch!",
        "C: ok super vielen dank | A: Sehr gerne, tschüss!",
    ],
    "sealed": [
        "A: Noch etwas? | C: nein alles gut, danke dir 👍",
        "C: tausend dank!! | C: 🙏 | A: Gern geschehen, ich schließe den Chat.",
    ],
}

SCENES = {
    "dev": {
        "contact": [
            "A: Ich bräuchte Ihre E-Mail und eine Telefonnummer. | C: {a:EMAIL} | C: und {a:PHONE}",
            "A: Die Nummer ist abgeschnitten, bitte nochmal komplett. | C: ok {a:PHONE~letter_digits}",
            "A: Unter welcher Nummer erreichen wir Sie? | C: klar: {a:PHONE/a} | C: {a:PHONE/b}",
            "A: Können Sie mir bitte die E-Mail-Adresse des Kontos bestätigen? | C: {a:EMAIL}",
            "A: Welche Telefonnummer ist am besten? | C: die vom konto? | A: Genau die. | C: {a:PHONE}",
            "A: Wohin soll die Quittung gehen? | C: an {a:EMAIL~email_obfuscated} bitte",
            "C: meine handynr hat sich übrigens geändert: {n:PHONE} | A: Danke, ich aktualisiere das.",
            "A: Ihre Handynummer bitte. | C: wieso, ich will nur wissen wo mein paket ist | A: Verstehe, dann schauen wir zuerst danach.",
        ],
        "card": [
            "A: Bitte geben Sie Ihre Kartennummer ein. | C: {a:CARD}",
            "A: Kartennummer und Ablaufdatum bitte. | C: {a:CARD} gültig bis {n:EXP}",
            "A: Nennen Sie mir bitte die letzten vier Ziffern der Karte. | C: {a:CARDEND}",
            "A: Wie lautet die Prüfnummer auf der Rückseite? | C: moment | C: {a:CVV}",
            "A: Die Nummer scheint nicht zu stimmen, können Sie sie nochmal schicken? | C: sorry falsche karte, es ist {a:CARD}",
        ],
        "bank": [
            "A: Wie lautet Ihre [IBAN]? | C: {a:IBAN/a} | C: {a:IBAN/b}",
            "A: Können Sie die [ROUTING] bestätigen? | C: muss kurz schauen | C: so, {a:ROUTING}",
            "A: Und die Kontonummer? | C: {a:ACCT}",
        ],
        "id": [
            "A: Letzter Schritt: Ihre [NATID] bitte ohne Leerzeichen. | C: {a:NATID~plain}",
            "C: hier meine passnr {n:PASSPORT} für die buchung | A: Danke, notiert.",
            "A: Zur Verifizierung benötige ich Ihre [NATID]. | C: {a:NATID}",
            "A: Wie lautet Ihre Führerscheinnummer? | C: die auf der karte vorne? | A: Genau. | C: {a:DRIVER}",
            "A: Könnten Sie mir Ihre [NATID] bestätigen? | C: wozu braucht ihr das | A: Nur um den Kontoinhaber zu prüfen. | C: na gut. {a:NATID}",
        ],
        "login": [
            "A: Mit welchem Benutzernamen melden Sie sich an? | C: {a:USER}",
            "A: Bitte geben Sie Ihre vierstellige PIN ein. | C: {a:PIN}",
            "A: Welche IP-Adresse steht in der Warnmail? | C: da steht {a:IP}",
            "C: hab hier noch so ne komische adresse aus dem log {x:IP} | A: Danke, das sehe ich mir an.",
        ],
        "keep": [
            "A: Um wie viel Uhr kam der Fahrer ungefähr? | C: so {k:time}",
            "A: Welcher Flug hatte Verspätung? | C: {k:flight} am {k:date}",
            "A: Wie lautet die Bestellnummer? | C: {k:order}",
            "A: Haben Sie die Sendungsnummer? | C: jo {k:tracking}",
            "A: An welche Postleitzahl geht die Lieferung? | C: {k:zip}",
            "A: Wie viele Artikel fehlen? | C: {k:qty}",
            "A: Wann kam das Paket an? | C: am {k:date} glaub ich",
            "A: Die Bestellnummer bitte? | C: such grad | C: {k:order} | A: Danke, gefunden.",
            "C: und der preis ist über nacht auf {k:price} gestiegen?? | A: Das prüfe ich.",
            "A: Welches Modell ist es? | C: das {k:model}, gekauft {k:year}",
            "A: Haben Sie die Vorgangsnummer vom letzten Chat? | C: {k:ticket}",
        ],
    },
    "sealed": {
        "contact": [
            "A: Mail und Handynummer für den Code? | C: {a:PHONE} | C: mail {n:EMAIL}",
            "A: Die Nummer geht leider nicht, schicken Sie sie nochmal? | C: oh sorry {a:PHONE~spaced_or_dashed}",
            "A: Welche Rückrufnummer dürfen wir notieren? | C: {a:PHONE~spelled_out}",
            "A: Bestätigen Sie bitte die Mobilnummer aus Ihrem Profil. | C: {a:PHONE/a} | C: {a:PHONE/b} | C: {a:PHONE/c}",
            "A: An welche Mail soll die Bestätigung? | C: {a:EMAIL}",
            "A: Deine Mailadresse? | C: und mein paket hängt seit ner woche fest | A: Schau ich mir gleich an, erst die Mail. | C: ok {a:EMAIL}",
            "A: Die hinterlegte Telefonnummer bitte | C: ich glaub {a:PHONE} aber evtl alt",
            "A: Haben Sie eine Festnetznummer für uns? | C: hab nur handy. kann ich eigentlich auch per mail kündigen? | A: Ja, das geht auch.",
        ],
        "card": [
            "A: Tippen Sie die lange Nummer vorne auf der Karte ein. | C: {a:CARD~split_by_noise}",
            "A: Was ist die Kartennummer? | C: {a:CARD/a} | C: {a:CARD/b}",
            "A: Ich brauche Ablaufdatum und die drei Ziffern hinten. | C: {a:EXP} und {a:CVV}",
            "A: Nur die letzten vier der Karte, mit der Sie bezahlt haben. | C: endet auf {n:CARDEND}",
            "A: Geben Sie Ihre Karten-PIN ein, um fortzufahren. | C: {a:PIN~spelled_out}",
        ],
        "bank": [
            "A: Schicken Sie mir bitte die [IBAN] für die Erstattung. | C: meine iban lautet {n:IBAN}",
            "A: Für das Lastschriftmandat brauche ich [ROUTING] und Kontonummer. | C: {a:ROUTING} | C: {a:ACCT}",
            "A: Kennen Sie den SWIFT-Code Ihrer Bank? | C: klar, {a:SWIFT}",
        ],
        "id": [
            "A: Geben Sie unten Ihre [NATID] ein, um fortzufahren. | C: {a:NATID/a} | C: {a:NATID/b}",
            "C: geht auch mein führerschein? nummer {n:DRIVER} | A: Ja, das reicht.",
            "A: Ihre [NATID] bitte? | C: sekunde | C: {a:NATID/a} | C: {a:NATID/b}",
            "A: Aus Sicherheitsgründen: Ihre Reisepassnummer? | C: {a:PASSPORT}",
            "A: Nennen Sie mir Ihre [NATID], damit ich den Vertrag finde. | C: reicht nicht die bestellnr? ist {k:order} | A: Leider nein. | C: boah ok {a:NATID}",
        ],
        "login": [
            "A: Wie lautet Ihr Benutzername? | C: glaub {a:USER} oder mit punkt",
            "A: Bitte teilen Sie hier nie Ihr Passwort. | C: ups hab ich schon, war {n:PASSWORD} 🙈",
            "A: Von welcher IP waren Sie verbunden? | C: {a:IP}",
        ],
        "keep": [
            "A: An welchem Tag sollen wir liefern? | C: {k:date} nach {k:time}",
            "A: Wie viele möchten Sie zurückschicken? | C: {k:qty} stück",
            "A: Können Sie mir die Auftragsnummer nennen? | C: {k:order}",
            "A: Welche PLZ ist im Konto hinterlegt? | C: {k:zip} 🏠",
            "A: Um wie viel Uhr war das Lieferfenster? | C: so gegen {k:time}",
            "A: In welcher Filiale? Die Filialnummer steht auf dem Bon. | C: filiale {k:store}",
            "A: Die Rechnungsnummer? | C: {k:invoice}",
            "A: Welche Flugnummer haben Sie? | C: {k:flight} morgen früh",
            "A: Welche App-Version nutzen Sie? | C: {k:version}",
            "A: Wie viel wurde abgebucht? | C: {k:price} zweimal!!",
            "C: hab {k:qty} bestellt aber nur eins bekommen | A: Das tut mir leid. Die Bestellnummer? | C: {k:order}",
        ],
    },
}
