"""German chats (de-DE). Each template: locale, then the customer's messages."""
# ruff: noqa: E501  (chat messages are data; splitting them would hide what a customer typed)

DEV = [
    (
        "de-DE",
        "Hallo, meine Kreditkarte wurde bei Bestellung {=order} abgelehnt",
        "Kartennummer {card.sd}, gültig bis {exp.pl}, Prüfziffer {cvv.pl}",
    ),
    (
        "de-DE",
        "alte Bankverbindung: BLZ {routing.pl} Kto {acct.ls}",
        "neue IBAN {iban.ib}, BIC {swift.pl}",
    ),
    (
        "de-DE",
        "meine Steuer-ID lautet {steuer.so}",
        "und meine Handynummer {phone.pl}",
    ),
    (
        "de-DE",
        "Meine Frau ist Spanierin, DNI {dni.sd}, NIE {nie.pl}",
        "ihr Reisepass {passport.pl!ES}",
    ),
    (
        "de-DE",
        "für die Überweisung nach Mexiko: CLABE {clabe.pl}, CURP {curp.nz}, RFC {rfc.pl}",
    ),
    (
        "de-DE",
        "brasilianischer Kunde: CPF {cpf.sd}, CNPJ {cnpj.ls}, portugiesische NIF {nif.pl}",
        "und die französische Sozialversicherungsnummer {nir.pl}",
    ),
    (
        "de-DE",
        "aus meiner Zeit in den USA: SSN {ssn.so}, ITIN {itin.pl}, in UK NINO {nino.pl}",
    ),
    (
        "de-DE",
        "Router {=model} hat IP {ip.pl} und MAC {mac.ls}",
        "Zugang: https://{user.uc}:{pwd.uc}@fritz.example.de/",
    ),
    (
        "de-DE",
        "aus unserer .env:\nAWS_ACCESS_KEY_ID={akey.kv}\nAWS_SECRET_ACCESS_KEY={skey.kv}",
        "bitte sperren",
    ),
    (
        "de-DE",
        "Bestätigungslink war https://konto.example.de/ok?mail={email.pe}",
        "richtige Adresse: {email.es}",
        "Führerschein {dl.pl}; die neue Karte läuft ab {exp.ce}",
    ),
    (
        "de-DE",
        "meine Kartennummer",
        "{card.mm1/2#b}",
        "{card.mm2/2#b} danke",
    ),
    (
        "de-DE",
        "PIN brauchen Sie?",
        "{pin.co}",
        "Kontonummer {acct.mm1/2#b}",
        "{acct.mm2/2#b} ok",
    ),
    (
        "de-DE",
        "Rückrufnummer {phone.mm1/2#b}",
        "{phone.mm2/2#b} am besten vor {=time} Uhr",
    ),
]

SEALED = [
    (
        "de-DE",
        "Guten Tag, ich möchte die Rechnung {=invoice} über {=amount} mit Karte bezahlen: {card.pl}",
        "Ablaufdatum {exp.pl}, CVC {cvv.pl}",
    ),
    (
        "de-DE",
        "Karte {card.mm1/2}",
        "{card.mm2/2}",
        "gültig bis {exp.ce}",
    ),
    (
        "de-DE",
        "meine Kreditkartennummer ist {card.mm1/3}",
        "{card.mm2/3}",
        "{card.mm3/3} sorry wurde abgeschnitten",
    ),
    (
        "de-DE",
        "ich lese vor: {card.so}, Prüfnummer {cvv.so}",
    ),
    (
        "de-DE",
        "Kreditkarte {card.nz} exp {exp.ce}",
    ),
    (
        "de-DE",
        "Korrektur, die richtige Nummer ist {card.ls#b}",
        "die vorherige bitte ignorieren",
    ),
    (
        "de-DE",
        "Ich habe meine PIN vergessen, die alte war {pin.pl}. Girocard endet auf... ach hier {card.sd}",
    ),
    (
        "de-DE",
        "die Geheimzahl ist {pin.so}, hat mir die Bank so geschickt",
    ),
    (
        "de-DE",
        "Benutzername {user.pl} Passwort {pwd.pl}",
        "seit Update {=version} komme ich nicht mehr rein",
    ),
    (
        "de-DE",
        "Login: {user.ls}",
        "Kennwort kommt gleich",
        "{pwd.co}",
    ),
    (
        "de-DE",
        "in der Config stand DB_PASSWORD={pwd.kv} und DB_USER={user.kv}",
        "ist das ein Problem?",
    ),
    (
        "de-DE",
        "Unser Azubi hat den AWS Access Key {akey.pl} und den Secret Key {skey.pl} in ein Ticket kopiert",
    ),
    (
        "de-DE",
        "aws_secret_access_key={skey.kv}\naws_access_key_id={akey.kv}\nhilfe bitte",
    ),
    (
        "de-DE",
        "der Scanner lädt nach sftp://{user.uc}:{pwd.uc}@scan.example.de hoch, aber seit {=time} Uhr nichts",
    ),
    (
        "de-DE",
        "meine Mail ist {email.pl}",
        "oder geschäftlich {email.es#b}",
    ),
    (
        "de-DE",
        "im Abmeldelink steht https://news.example.de/abmelden?email={email.pe} und nichts passiert",
    ),
    (
        "de-DE",
        "Rückruf bitte unter {phone.pl}, bin ab {=time} Uhr erreichbar",
    ),
    (
        "de-DE",
        "Handy {phone.sd}, Festnetz {phone.so#b}",
    ),
    (
        "de-DE",
        "meine Nummer: {phone.mm1/2}",
        "{phone.mm2/2}",
    ),
    (
        "de-DE",
        "im Formular steht tel={phone.pe}, ist das korrekt hinterlegt?",
    ),
    (
        "de-DE",
        "Paket {=tracking} liegt nicht in der Packstation, Tel. {phone.ls}, PLZ {=zip}",
    ),
    (
        "de-DE",
        "Bankleitzahl {routing.sd} und Kontonummer {acct.pl}",
        "für die Erstattung von {=amount}",
    ),
    (
        "de-DE",
        "meine IBAN {iban.ib}",
    ),
    (
        "de-DE",
        "IBAN: {iban.mm1/3}",
        "{iban.mm2/3}",
        "{iban.mm3/3}",
    ),
    (
        "de-DE",
        "Überweisung nach Spanien, IBAN {iban.pl!ES} und BIC {swift.sd!ES}",
    ),
    (
        "de-DE",
        "BIC der Bank {swift.pl}, Konto {acct.nz}, BLZ {routing.ls}",
    ),
    (
        "de-DE",
        "meine Steuer-Identifikationsnummer {steuer.pl}, geboren am {=date}",
    ),
    (
        "de-DE",
        "Steuer-ID {steuer.mm1/2}",
        "{steuer.mm2/2}",
    ),
    (
        "de-DE",
        "die steuerid von meinem Sohn",
        "{steuer.co}",
    ),
    (
        "de-DE",
        "Reisepass {passport.pl}, Führerschein {dl.sd}",
        "Abholung am {=date} um {=time}",
    ),
    (
        "de-DE",
        "Führerscheinnummer {dl.ls} und Reisepassnummer {passport.nz}",
    ),
    (
        "de-DE",
        "meine Frau ist aus Madrid, DNI {dni.pl}",
        "NIE ihres Bruders {nie.sd}",
    ),
    (
        "de-DE",
        "mexikanischer Mitarbeiter: CURP {curp.pl}, RFC {rfc.ls}",
        "CLABE für das Gehalt {clabe.sd}",
    ),
    (
        "de-DE",
        "CLABE {clabe.mm1/2}",
        "{clabe.mm2/2}",
    ),
    (
        "de-DE",
        "unser brasilianischer Lieferant CNPJ {cnpj.sd}, Ansprechpartner CPF {cpf.nz}",
    ),
    (
        "de-DE",
        "meine französische Sozialversicherungsnummer {nir.pl} und portugiesische Steuernummer NIF {nif.ls}",
    ),
    (
        "de-DE",
        "US-Steuererklärung: SSN {ssn.pl}, ITIN meines Mannes {itin.sd}",
    ),
    (
        "de-DE",
        "ich habe in London gearbeitet, National Insurance {nino.ls}",
        "und in den USA Social Security {ssn.nz}",
    ),
    (
        "de-DE",
        "Zimmer {=room}, WLAN geht nicht. IP {ip.pl}, MAC {mac.sd}",
    ),
    (
        "de-DE",
        "die Firewall blockt {ip.ls}, Gerät {mac.nz}",
    ),
    (
        "de-DE",
        "mein CPF",
        "{cpf.mm1/2}",
        "{cpf.mm2/2}",
    ),
    (
        "de-DE",
        "NIE {nie.so}, CURP {curp.sd}",
        "Flug {=flight}, Sitz {=seat}",
    ),
    (
        "de-DE",
        "Achtung Betrug? Jemand hat per SMS nach meiner PIN {pin.nz} und Kartennummer {card.pl#c} gefragt",
    ),
    (
        "de-DE",
        "NIF portugiesisch {nif.mm1/2}",
        "{nif.mm2/2}",
    ),
    (
        "de-DE",
        "RFC {rfc.pl} und CNPJ {cnpj.pl}, NIR {nir.sd}",
    ),
    (
        "de-DE",
        "Hausnummer {=street}, {=qty} Pakete, meine Kontonummer {acct.so}",
    ),
    (
        "de-DE",
        "DNI der Mieterin {dni.ls}, ihr Pass {passport.pl!ES#b}",
    ),
    (
        "de-DE",
        "also nochmal von vorne, ich habe schon dreimal angerufen: am {=date} wurden {=amount} abgebucht, man sagte mir ich soll die Karte {card.sd} sperren, habe ich gemacht, jetzt ist Vertrag {=policy} gekündigt?!",
        "Mail {email.pl}",
    ),
    (
        "de-DE",
        "Name: Bauer\nSteuer-ID: {steuer.pl}\nTelefon: {phone.pl}\nIBAN: {iban.pl}\nPLZ: {=zip}",
        "aus dem Formular kopiert, das geht nicht abzuschicken",
    ),
    (
        "de-DE",
        "meine Mutter diktiert, sie ist Portugiesin: {phone.so:pt}",
        "ja auf portugiesisch, sorry",
    ),
    (
        "de-DE",
        "hier nochmal die Karte",
        "{card.co}",
        "die Visa, nicht die Girocard",
    ),
]
