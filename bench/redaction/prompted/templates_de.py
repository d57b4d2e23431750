"""German chat templates (de-DE), written by hand.

Every list is split by position: even entries feed the dev split, odd entries the sealed split.
"""

OPEN = ["hallo", "hi, ich hab ein problem mit meiner bestellung", "hallo? ist da wer", "ich komm nicht in mein konto",
        "guten abend", "moin, meine karte wird abgelehnt", "hallo, kurze frage", "servus, mir wurde doppelt abgebucht",
        "hey", "hallo ich möchte meine daten ändern", "hi, das paket kam kaputt an", "guten tag, man hat mich hierher verwiesen"]
GREET = ["Hallo, ich bin Jana. Wie kann ich helfen?", "Willkommen beim Kundenservice! Was kann ich für Sie tun?",
         "Hallo, danke für Ihre Nachricht. Wir schauen uns das gleich an.",
         "Guten Tag, bevor wir starten muss ich ein paar Angaben prüfen.", "Hi 😊 da helfe ich gern.",
         "Danke fürs Warten, ein Mitarbeiter ist jetzt im Chat.", "Moin! Ich rufe kurz Ihr Konto auf.",
         "Hallo! Gerne, ich brauche zuerst ein paar Daten."]
ASK = {
    "CREDIT_DEBIT_NUMBER": ["Wie lautet die Kartennummer?", "Könnten Sie mir bitte die vollständige Kartennummer bestätigen?",
                            "Bitte geben Sie die sechzehnstellige Kartennummer ein.", "mit welcher karte hast du bezahlt? brauche die nummer",
                            "Auf welche Karte soll die Erstattung? Die Nummer bitte.", "Die Kartennummer bitte."],
    "CREDIT_DEBIT_CVV": ["Und die Prüfziffer?", "Bitte geben Sie die drei Ziffern auf der Rückseite ein.",
                         "Wie ist der Sicherheitscode?", "Können Sie mir die CVC nennen?"],
    "CREDIT_DEBIT_EXPIRY": ["Wann läuft die Karte ab?", "Wie ist das Ablaufdatum?",
                            "Bitte geben Sie das Gültigkeitsdatum ein (MM/JJ).", "und gültig bis?"],
    "PIN": ["Bitte geben Sie Ihre PIN ein.", "Wie lautet die PIN der Karte?",
            "Können Sie Ihre vierstellige Geheimzahl bestätigen?", "ich brauch die pin"],
    "BANK_ACCOUNT_NUMBER": ["Wie ist Ihre Kontonummer?", "Bitte geben Sie Ihre Kontonummer ein.",
                            "Auf welches Konto soll das Geld? Nur die Kontonummer.", "Können Sie die Kontonummer bestätigen?"],
    "BANK_ROUTING": ["Und die Bankleitzahl?", "Wie lautet die BLZ?", "Bitte nennen Sie die Bankleitzahl Ihrer Bank.",
                     "blz noch?"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["Schicken Sie mir bitte Ihre IBAN?", "Bitte nennen Sie die IBAN für die Überweisung.",
                                          "Könnten Sie die IBAN für die Gutschrift bestätigen?", "iban bitte"],
    "SWIFT_CODE": ["Und der BIC Ihrer Bank?", "Wie lautet der SWIFT-Code?", "Hast du den BIC zur Hand?",
                   "Bitte geben Sie den SWIFT-Code Ihrer Bank ein."],
    "EMAIL": ["Welche E-Mail ist im Konto hinterlegt?", "Könnten Sie Ihre E-Mail-Adresse bestätigen?",
              "An welche Adresse soll die Bestätigung?", "Bitte geben Sie die E-Mail ein, mit der Sie sich registriert haben.",
              "Unter welcher Mail erreichen wir Sie?", "deine mail bitte"],
    "PHONE": ["Unter welcher Nummer können wir Sie zurückrufen?", "Können Sie die Telefonnummer im Konto bestätigen?",
              "Bitte geben Sie Ihre Handynummer ein.", "Wie ist deine Handynummer?", "Eine Rückrufnummer?",
              "Welche Telefonnummer ist mit Ihrem Konto verknüpft?"],
    "PASSPORT_NUMBER": ["Wie lautet Ihre Reisepassnummer?", "Die Passnummer, mit der Sie gebucht haben?",
                        "Bitte nennen Sie die Passnummer wie im Dokument.", "passnummer?"],
    "DRIVER_ID": ["Können Sie mir Ihre Führerscheinnummer geben?", "Bitte geben Sie die Führerscheinnummer ein.",
                  "Welche Nummer steht auf Ihrem Führerschein?", "für die miete brauchen wir die führerscheinnummer"],
    "PASSWORD": ["Welches Passwort haben Sie probiert?", "Geben Sie das Einmalpasswort aus der SMS ein.",
                 "welches passwort nutzt du gerade?", "Können Sie das alte Kennwort bestätigen?"],
    "USERNAME": ["Wie lautet Ihr Benutzername?", "Mit welchem Benutzernamen melden Sie sich an?",
                 "Bitte geben Sie Ihre Benutzerkennung ein.", "wie ist dein login?"],
    "IP_ADDRESS": ["Welche IP-Adresse hat der Router?", "Welche IP steht in der Fehlermeldung?",
                   "Schicken Sie die IP-Adresse, von der Sie sich verbinden.", "welche ip zeigt er an?"],
    "DE_TAX_ID": ["Wie lautet Ihre Steuer-ID?", "Für den Antrag brauche ich Ihre steuerliche Identifikationsnummer.",
                  "Bitte geben Sie die elfstellige Steuer-Identifikationsnummer ein.", "steuer id bitte"],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": ["meine karte ist {v}", "karte {v}", "die visa ist {v}", "kartennr: {v}",
                            "kreditkarte {v}", "die kartennummer lautet {v}"],
    "CREDIT_DEBIT_CVV": ["cvv {v}", "prüfziffer ist {v}", "sicherheitscode: {v}", "hinten steht {v}"],
    "CREDIT_DEBIT_EXPIRY": ["gültig bis {v}", "läuft ab {v}", "ablaufdatum {v}", "exp {v}"],
    "PIN": ["pin {v}", "meine pin ist {v}", "PIN: {v}", "geheimzahl {v}"],
    "BANK_ACCOUNT_NUMBER": ["konto {v}", "meine kontonummer ist {v}", "kontonr {v}", "konto-nr.: {v}"],
    "BANK_ROUTING": ["meine blz {v}", "bankleitzahl {v}", "die BLZ ist {v}", "BLZ: {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "meine iban ist {v}", "iban: {v}", "die IBAN lautet {v}"],
    "SWIFT_CODE": ["bic {v}", "SWIFT: {v}", "der bic ist {v}", "swift-code {v}"],
    "EMAIL": ["meine mail ist {v}", "email: {v}", "{v} ist meine adresse", "e-mail {v}", "schreibt mir an {v}"],
    "PHONE": ["meine nummer ist {v}", "ruft mich an unter {v}", "handy {v}", "tel.: {v}", "mobil {v}",
              "erreichbar unter {v}"],
    "PASSPORT_NUMBER": ["pass {v}", "meine passnummer ist {v}", "reisepass nr. {v}", "passnr: {v}"],
    "DRIVER_ID": ["führerschein {v}", "führerscheinnummer {v}", "mein führerschein ist {v}", "fs-nr. {v}"],
    "PASSWORD": ["passwort ist {v}", "pw: {v}", "ich hab {v} als passwort", "kennwort {v}"],
    "USERNAME": ["benutzername {v}", "user: {v}", "login ist {v}", "mein nutzername {v}"],
    "IP_ADDRESS": ["ip ist {v}", "IP: {v}", "da steht ip {v}", "ip-adresse {v}"],
    "DE_TAX_ID": ["steuer-id {v}", "meine steuerid ist {v}", "steuernummer {v}", "IdNr: {v}"],
}
FILLER = ["klar: {v}", "ja ist {v}", "ok {v}", "jo {v}", "{v} glaub ich", "ähm {v}", "müsste {v} sein",
          "{v} 👍", "bitte: {v}", "jep {v}", "{v} genau", "also {v}", "das ist {v}", "{v}!!", "na gut, {v}",
          "sollte {v} sein", "{v} haha", "gut, {v}", "ja {v}", "{v} wenn ich mich nicht irre"]
KEEP_ASK = {
    "order_number": ["Wie lautet die Bestellnummer?", "Können Sie mir die Bestellnummer aus der Bestätigung nennen?",
                     "Bitte geben Sie Ihre Bestellnummer ein.", "hast du die bestellnr da?"],
    "tracking_number": ["Wie lautet die Sendungsnummer?", "Können Sie mir die Sendungsverfolgungsnummer schicken?",
                        "Fügen Sie die Trackingnummer aus der Mail ein.", "trackingnr?"],
    "postal_code": ["Wie ist die Postleitzahl?", "Können Sie die PLZ der Lieferadresse bestätigen?",
                    "Nur die ersten beiden Ziffern der PLZ bitte.", "und die plz?"],
    "date": ["Wann kam die Lieferung?", "An welchem Tag war die Abbuchung?", "Welcher Tag passt für den Techniker?",
             "wann hast du bestellt?"],
    "time": ["Um wie viel Uhr sollen wir anrufen?", "Gegen wie viel Uhr war das?", "Wann war der Fahrer da?",
             "uhrzeit für den rückruf?"],
    "price": ["Wie viel wurde abgebucht?", "Welcher Betrag steht auf dem Kontoauszug?", "wie viel wars?",
              "Wie hoch war die Summe auf dem Beleg?"],
    "quantity": ["Wie viele Artikel fehlen?", "Wie viele haben Sie bestellt?", "wie viele kartons kamen an?",
                 "Wie viele Stück sollen ersetzt werden?"],
    "product_model": ["Welches Modell ist es?", "Welche Modellnummer steht auf dem Aufkleber?", "welches modell hast du?",
                      "Können Sie mir das Modell nennen?"],
    "invoice_number": ["Haben Sie die Rechnungsnummer?", "Wie ist die Rechnungsnr.?", "Bitte geben Sie die Rechnungsnummer ein.",
                       "um welche rechnung gehts?"],
    "ticket_reference": ["Haben Sie ein Aktenzeichen vom letzten Mal?", "Wie ist Ihre Ticketnummer?",
                         "Nennen Sie mir die Vorgangsnummer vom vorherigen Chat.", "vorgangsnr?"],
    "year": ["Aus welchem Jahr ist das Auto?", "In welchem Jahr haben Sie es gekauft?", "seit wann hast du das konto?",
             "Baujahr?"],
    "flight_number": ["Wie ist die Flugnummer?", "Mit welchem Flug waren Sie unterwegs?", "Bitte geben Sie Ihre Flugnummer ein.",
                      "flugnr?"],
    "store_number": ["In welcher Filiale haben Sie gekauft? Die Nummer steht auf dem Bon.", "Wie ist die Filialnummer?",
                     "Bitte geben Sie die Filialnummer ein.", "filiale?"],
    "version": ["Welche App-Version haben Sie?", "Welche Firmware-Version wird angezeigt?",
                "Können Sie die Version in den Einstellungen prüfen?", "version?"],
}
KEEP_NAMED = {
    "order_number": ["bestellung {k}", "meine bestellnummer ist {k}", "bestellnr. {k}", "es geht um bestellung {k}"],
    "tracking_number": ["sendungsnummer {k}", "tracking {k}", "die sendungsnr ist {k}", "paketnummer: {k}"],
    "postal_code": ["plz {k}", "postleitzahl {k}", "die plz ist {k}", "PLZ: {k}"],
    "date": ["kam am {k}", "abgebucht am {k}", "bestellt am {k}", "seit dem {k}"],
    "time": ["um {k}", "so gegen {k}", "nach {k} passt", "er war um {k} da"],
    "price": ["es waren {k}", "die haben {k} abgebucht", "mir wurden {k} berechnet", "summe {k}"],
    "quantity": ["{k} stück", "es fehlen {k}", "nur {k} bekommen", "{k} kartons"],
    "product_model": ["es ist das {k}", "modell {k}", "ich hab ein {k}", "das {k}"],
    "invoice_number": ["rechnung {k}", "rechnungsnr {k}", "rechnungsnummer {k}", "die rechnung ist {k}"],
    "ticket_reference": ["az {k}", "vorgang {k}", "ticket {k}", "aktenzeichen {k}"],
    "year": ["baujahr {k}", "gekauft {k}", "seit {k}", "jahr {k}"],
    "flight_number": ["flug {k}", "ich war im {k}", "flugnr {k}", "mit der {k}"],
    "store_number": ["filiale {k}", "filialnummer {k}", "das war filiale {k}", "markt {k}"],
    "version": ["version {k}", "die app sagt {k}", "ich hab {k}", "firmware {k}"],
}
QBACK = ["die auf der karte?", "welche jetzt", "die lange?", "die neue oder die alte?", "vorne oder hinten?",
         "die von der anmeldung?", "wozu brauchen sie das", "ist das sicher hier?"]
CONFIRM = ["Ja, genau die bitte.", "Die in Ihrem Konto hinterlegte.", "Ja, die meine ich.",
           "Nur zur Prüfung, bei uns wird sie maskiert.", "Ja, die aktuelle bitte.", "Die, die wir gespeichert haben."]
ONE_SEC = ["sek", "moment ich schau", "warte ich such das", "kurz, hol meinen geldbeutel", "ok moment", "einen augenblick",
           "gleich", "momentchen"]
REASK = ["Entschuldigung, das sieht nicht richtig aus, können Sie es nochmal schicken?", "Hmm, das finde ich nicht. Können Sie es prüfen?",
         "Da scheint eine Ziffer zu fehlen, nochmal bitte?", "Sorry, nicht verstanden, bitte nochmal eintippen.",
         "Das passt nicht, versuchen wir es nochmal?", "Können Sie das bitte nochmal bestätigen?"]
CORRECT = ["sorry falsche, es ist {v}", "ups nein das ist die alte. {v}", "moment, {v}", "mein fehler, {v}",
           "sorry vertippt {v}", "nee nee es ist {v}"]
CHANGE = ["und wo ist jetzt mein paket", "hab ich grad nicht da", "warum ist das so kompliziert", "kann ich mit einem menschen reden",
          "egal ich will nur mein geld zurück", "such ich später raus", "brauchen sie das wirklich?", "moment mein kind schreit"]
ACK = ["Danke, notiert.", "Perfekt, danke.", "Gut, einen Moment, ich prüfe das.", "Danke! Ich schaue nach.",
       "Okay, danke dafür.", "Super, ich kümmere mich.", "Notiert, danke.", "Danke, einen Moment bitte."]
TWO_ASK = ["Ich brauche die Kartennummer und das Ablaufdatum, bitte.", "Können Sie mir Kartennummer und Gültigkeit nennen?",
           "Geben Sie die Kartennummer und danach das Ablaufdatum ein.", "kartennr und gültig bis bitte"]
TWO_ANS = ["{a} gültig bis {b}", "{a} läuft ab {b}", "{a} und {b}", "{a}, {b}", "{a} bis {b}", "{a} {b}"]
LAST4_ASK = {
    "CREDIT_DEBIT_NUMBER": ["Wie lauten die letzten vier Ziffern der Karte?", "Können Sie die letzten vier Ziffern Ihrer Karte bestätigen?",
                            "Welche Karte? Nur die letzten vier.", "letzte vier der karte bitte"],
    "PHONE": ["Wie lauten die letzten Ziffern der hinterlegten Nummer?", "Nur die letzten vier Ziffern Ihrer Nummer.",
              "Bestätigen Sie bitte die letzten vier Ziffern Ihrer Handynummer.", "letzte vier vom handy?"],
}
LAST4_NAMED = ["endet auf {v}", "endziffern {v}", "die letzten vier {v}", "die mit {v} am ende"]
CHAT = ["ich schreibe jetzt zum dritten mal", "ok", "danke", "haha ok", "da kommt ein fehler", "die app stürzt ab",
        "ich will nur dass es geht ehrlich", "gehts auch schneller?", "verstehe", "alles klar", "kein problem",
        "komisch", "puh", "ok vielen dank", "passt", "mach ich", "und wie lange dauert das?", "hmm ok", "ja", "nein",
        "perfekt", "könnt ihr mir das per mail schicken", "bin auf arbeit sorry wenns dauert", "jaja"]
UNPROMPTED = ["{v}", "hier {v}", "{v} <- das", "nehmt {v}", "{v} ??", "probier {v}"]
CLOSE = ["danke für die hilfe", "ok tschüss", "super danke!", "schönen tag noch", "danke, bis dann", "das wars, danke"]
BYE = ["Gern geschehen! Kann ich sonst noch helfen?", "Freut mich, dass ich helfen konnte. Schönen Tag!",
       "Danke für Ihre Nachricht. Alles Gute!", "Alles erledigt. Tschüss!", "Ich habe eine Notiz im Konto hinterlegt. Schönen Tag!",
       "Gerne. Auf Wiedersehen!"]
