"""German templates (de-DE). Sealed split: do not read for tuning."""

from __future__ import annotations

DEV: list[tuple[str, list[str]]] = [
    (
        "de-DE",
        [
            "Hallo, meine Kreditkarte {CARD|letter_substitution} wurde abgelehnt, gültig bis {EXP|compact_expiry}, Prüfnummer {CVV}",
            "Bestellung {~order} über {~amount}",
        ],
    ),
    (
        "de-DE",
        [
            "bitte Lastschrift umstellen auf IBAN {IBAN|iban_broken}",
            "BIC {SWIFT}, alte Kontonummer war {ACCT|spaced_or_dashed} bei BLZ {ROUTING}",
        ],
    ),
    (
        "de-DE",
        [
            "meine Steuer-ID für die Rechnung {~invoice}: {STEUERID|spelled_out}",
            "Handynummer {PHONE|multi_message}",
        ],
    ),
    (
        "de-DE",
        [
            "Mail kommt nicht an, Adresse ist {EMAIL|email_spelled}",
            "Benutzername {USER}",
        ],
    ),
    (
        "de-DE",
        [
            "im Link steht https://kunden.example.de/bestaetigen?mail={EMAIL|percent_encoded}&schritt={~count}",
            "und bei meinem Mann https://kunden.example.de/bestaetigen?tel={PHONE|percent_encoded}",
        ],
    ),
    (
        "de-DE",
        [
            "unser Dienstleister hat das ins Ticket {~ticket} kopiert:",
            "export AWS_ACCESS_KEY_ID={AKID|key_value_secret}\nexport AWS_SECRET_ACCESS_KEY={ASK|key_value_secret}",
            "Router IP {IP}, MAC {MAC}",
        ],
    ),
    (
        "de-DE",
        [
            "das Backup-Skript nutzt https://{USER|url_credentials}:{PWD|url_credentials}@backup.example.org/ablage",
            "PIN der EC-Karte {PIN|split_by_noise}",
        ],
    ),
    (
        "de-DE",
        [
            "hab in den USA gearbeitet, SSN {SSN} und ITIN {ITIN|spaced_or_dashed}",
            "und in England, NI number {NINO}",
        ],
    ),
    (
        "de-DE",
        [
            "Reisepass {PASSPORT} und Führerschein {DL|letter_substitution}",
            "Flug {~flight} am {~date}, Sitz {~seat}",
        ],
    ),
    (
        "de-DE",
        [
            "für meine spanische Kollegin: DNI {DNI}, ihr Mann NIE {NIE|split_by_noise}",
            "der mexikanische Lieferant: CURP {CURP}, RFC {RFC|spaced_or_dashed}, CLABE {CLABE|multi_message}",
        ],
    ),
    (
        "de-DE",
        [
            "brasilianischer Kunde, CPF {CPF} und CNPJ {CNPJ}",
            "die französische Sozialversicherungsnummer schicke ich gleich",
            "{NIR|context_only}",
            "portugiesische NIF {NIF}",
        ],
    ),
    (
        "de-DE",
        [
            "Kartennummer kommt in zwei Teilen",
            "{CARD|multi_message}",
        ],
    ),
]

SEALED: list[tuple[str, list[str]]] = [
    (
        "de-DE",
        [
            "Guten Tag, ich wurde für die Bestellung {~order} doppelt belastet ({~amount}). Karte: {CARD}",
            "gültig bis {EXP}",
        ],
    ),
    (
        "de-DE",
        [
            "meine Karte ist {CARD|multi_message}",
            "sorry, Funkloch",
        ],
    ),
    (
        "de-DE",
        [
            "Kartennr {CARD|split_by_noise}, Ablauf {EXP|compact_expiry}, CVC {CVV}",
        ],
    ),
    (
        "de-DE",
        [
            "Entschuldigung, Zahlendreher, richtig ist {CARD|spaced_or_dashed}",
            "Sicherheitscode {CVV|spelled_out}",
        ],
    ),
    (
        "de-DE",
        [
            "meine Tochter liest vor: {CARD|spelled_out}",
            "Ablaufdatum {EXP}",
        ],
    ),
    (
        "de-DE",
        [
            "Sehr geehrte Damen und Herren, bitte buchen Sie den Beitrag ab sofort von folgendem Konto ab: IBAN {IBAN}, BIC {SWIFT}. Mit freundlichen Grüßen",
        ],
    ),
    (
        "de-DE",
        [
            "IBAN",
            "{IBAN|iban_broken}",
            "ist ein Gemeinschaftskonto",
        ],
    ),
    (
        "de-DE",
        [
            "die IBAN lautet {IBAN|multi_message}",
            "Kontoinhaber Lukas Schmidt",
        ],
    ),
    (
        "de-DE",
        [
            "noch die alte Variante: Kontonummer {ACCT} BLZ {ROUTING}, geht das noch?",
        ],
    ),
    (
        "de-DE",
        [
            "Konto-Nr.",
            "{ACCT|multi_message}",
            "Bankleitzahl {ROUTING|spaced_or_dashed}",
        ],
    ),
    (
        "de-DE",
        [
            "Das Finanzamt will meine Steuer-IdNr für die Erstattung von {~amount}, hier: {STEUERID}",
        ],
    ),
    (
        "de-DE",
        [
            "steuerid {STEUERID|split_by_noise}",
        ],
    ),
    (
        "de-DE",
        [
            "können Sie mich unter {PHONE} zurückrufen? ab {~time} bin ich zuhause",
        ],
    ),
    (
        "de-DE",
        [
            "neue Handynummer {PHONE|multi_message}",
            "die alte ist gekündigt",
        ],
    ),
    (
        "de-DE",
        [
            "Tel: {PHONE|spelled_out}",
            "Festnetz {PHONE|letter_substitution}",
        ],
    ),
    (
        "de-DE",
        [
            "meine Mail {EMAIL|email_spelled}",
            "alles klein",
        ],
    ),
    (
        "de-DE",
        [
            "komischer Link bekommen: https://konto.example.de/abmelden?email={EMAIL|percent_encoded}&grund=keiner ist das von euch?",
        ],
    ),
    (
        "de-DE",
        [
            "SMS will {~amount} Zollgebühr über https://paket.example.net/z?nr={PHONE|percent_encoded}, Sendung {~tracking}",
        ],
    ),
    (
        "de-DE",
        [
            "Seit dem Update auf {~version} geht der Export nach sftp://{USER|url_credentials}:{PWD|url_credentials}@export.example.de/eingang nicht mehr",
        ],
    ),
    (
        "de-DE",
        [
            "ups, hab unsere .env ins Formular kopiert:",
            "AWS_ACCESS_KEY_ID={AKID|key_value_secret}",
            "AWS_SECRET_ACCESS_KEY={ASK|key_value_secret}",
            "bitte löschen!",
        ],
    ),
    (
        "de-DE",
        [
            "in der Konfig steht PASSWORT={PWD|key_value_secret} ist das schlimm?",
        ],
    ),
    (
        "de-DE",
        [
            "Benutzer {USER}, Kennwort {PWD}",
            "seit {~count} Tagen gesperrt",
        ],
    ),
    (
        "de-DE",
        [
            "PIN vergessen, war {PIN} oder {PIN|letter_substitution}",
        ],
    ),
    (
        "de-DE",
        [
            "Geheimzahl {PIN|spaced_or_dashed} geht am Automaten nicht",
        ],
    ),
    (
        "de-DE",
        [
            "ich fliege am {~date} mit {~flight}, Reisepassnummer {PASSPORT}",
            "Sitzplatz {~seat} wenn möglich",
        ],
    ),
    (
        "de-DE",
        [
            "Führerscheinnummer",
            "{DL|context_only}",
        ],
    ),
    (
        "de-DE",
        [
            "Fuehrerschein {DL} und Pass {PASSPORT|letter_substitution}, Zimmer {~room}",
        ],
    ),
    (
        "de-DE",
        [
            "Die Fritzbox {~model} bekommt IP {IP}, MAC-Adresse {MAC|spaced_or_dashed}, alle {~count} Minuten Abbruch",
        ],
    ),
    (
        "de-DE",
        [
            "Login von {IP} war nicht ich! Ich wohne in {~zip} Köln, Hausnummer {~street}",
        ],
    ),
    (
        "de-DE",
        [
            "bin US-Bürgerin, SSN {SSN|spaced_or_dashed}, ITIN von meinem Mann {ITIN}",
        ],
    ),
    (
        "de-DE",
        [
            "hab in Leeds gearbeitet, National Insurance Number {NINO|spaced_or_dashed}",
        ],
    ),
    (
        "de-DE",
        [
            "Mitbewohner aus Spanien: DNI {DNI|letter_substitution}, der andere NIE {NIE}",
        ],
    ),
    (
        "de-DE",
        [
            "Überweisung nach Mexiko: CLABE {CLABE}, RFC {RFC}, CURP {CURP|letter_substitution}",
        ],
    ),
    (
        "de-DE",
        [
            "CLABE vom Lieferanten",
            "{CLABE|multi_message}",
        ],
    ),
    (
        "de-DE",
        [
            "Lieferant in Brasilien CNPJ {CNPJ|spaced_or_dashed}, Geschäftsführer CPF {CPF|split_by_noise}",
        ],
    ),
    (
        "de-DE",
        [
            "hab in Lyon gearbeitet, numéro de sécurité sociale {NIR|spaced_or_dashed}, und in Porto NIF {NIF|spelled_out}",
        ],
    ),
    (
        "de-DE",
        [
            "meine portugiesische Steuernummer",
            "{NIF|context_only}",
            "die französische {NIR}",
        ],
    ),
    (
        "de-DE",
        [
            "my card number is {CARD|multi_message}",
            "oh sorry, falsche Sprache",
        ],
    ),
    (
        "de-DE",
        [
            "Access Key {AKID} und Secret {ASK} bitte sperren, lagen seit {~date} im öffentlichen Repo",
        ],
    ),
    (
        "de-DE",
        [
            "Steuer-ID",
            "{STEUERID|multi_message}",
            "den Rest bringe ich persönlich vorbei",
        ],
    ),
    (
        "de-DE",
        [
            "mobil {PHONE|split_by_noise}, erreichbar zwischen {~time} und {~time}",
        ],
    ),
    (
        "de-DE",
        [
            "hallo",
            "die Stromrechnung wird nicht abgebucht",
            "Karte {CARD} lief im {EXP} ab, die neue ist {CARD|letter_substitution}",
            "Vertragsnummer {~policy}",
        ],
    ),
    (
        "de-DE",
        [
            "Sehr geehrte Damen und Herren, wie am {~date} besprochen meine Daten: Telefon {PHONE|spaced_or_dashed}, E-Mail {EMAIL}, Steuer-ID {STEUERID|letter_substitution}. Viele Grüße",
        ],
    ),
    (
        "de-DE",
        [
            "wie war nochmal meine Kontonummer",
            "ah hier",
            "{ACCT|context_only}",
            "BLZ {ROUTING|letter_substitution}",
        ],
    ),
    (
        "de-DE",
        [
            "die PIN meiner Oma {PIN} geht nicht mehr, ihr Handy {PHONE|multi_message}",
            "sie kennt sich mit Apps nicht aus",
        ],
    ),
]
