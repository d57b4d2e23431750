"""Kundennachrichten auf Deutsch, von Hand geschrieben. {TYP[:familie]} = PII, {#art} = must_keep, {*} = Platzhalter."""

LOCALES = ["de-DE", "de-DE", "de-AT", "de-CH"]

LABELS = {
    "CARD": ["Kartennummer", "meine Kreditkarte", "karte:"], "CVV": ["Prüfziffer", "CVC", "der Code hinten"],
    "EXP": ["gültig bis", "Ablaufdatum", "läuft ab"], "PIN": ["PIN", "meine Geheimzahl"], "ACCT": ["Kontonummer", "Konto-Nr."],
    "ROUT": ["BLZ", "Bankleitzahl"], "IBAN": ["IBAN", "meine iban lautet"], "SWIFT": ["BIC", "Swift-Code"],
    "EMAIL": ["meine Mail", "E-Mail:", "mailadresse"], "PHONE": ["meine Handynummer", "Tel.", "ruft mich an unter"],
    "SSN": ["amerikanische SSN"], "ITIN": ["ITIN"], "NINO": ["britische NI-Nummer"], "PASSPORT": ["Reisepass", "Passnummer"],
    "DL": ["Führerscheinnummer", "Führerschein"], "PW": ["Passwort", "Kennwort", "pw"], "USER": ["Benutzername", "Login"],
    "IP": ["IP-Adresse", "meine ip"], "MAC": ["MAC-Adresse", "mac vom router"], "AKID": ["Access Key", "AWS-Schlüssel"],
    "SECRET": ["Secret Key", "geheimer Schlüssel"], "DNI": ["spanische DNI"], "NIE": ["NIE"], "CURP": ["CURP"],
    "RFC": ["RFC"], "CLABE": ["CLABE"], "CPF": ["CPF"], "CNPJ": ["CNPJ"], "NIR": ["französische Sozialversicherungsnr"],
    "STEUER": ["Steuer-ID", "steuerliche Identifikationsnummer", "Steueridentnummer"], "NIF": ["portugiesische NIF"],
}

DEV = [
    ["hallo, ich will meine karte ändern", "{CARD} gültig bis {EXP} cvc {CVV}"],
    ["bestellung {#order} ist seit {#date} nicht da", "handy {PHONE}"],
    ["kartennummer {CARD:multi}", "{CARD:multi}"],
    ["mir wurden {#price} doppelt abgebucht, rechnung {#invoice}", "{*}"],
    ["für die lastschrift: IBAN {IBAN:ib}"],
    ["meine steuer-id {STEUER:sp}, bitte für die rechnung"],
    ["passwort vergessen, benutzername {USER}", "{*}"],
    ["danke, schönen tag noch!"],
    ["router {#model} startet dauernd neu, ip {IP}, mac {MAC}"],
    ["flug {#flight} am {#date}, buchungscode {#booking}, pass {PASSPORT}"],
    ["meine pin ist {PIN:spell}", "{*}"],
    ["meine mail {EMAIL:email_spelled}", "telefon {PHONE:noise}"],
    ["sorry hab aus versehen die config reinkopiert {AKID:kv}\n{SECRET:kv}"],
]

SEALED = [
    ["servus, neue karte {CARD:sp} läuft ab {EXP:cexp}"],
    ["der code hinten auf der karte ist {CVV:ctx}"],
    ["kontonummer {ACCT:multi}", "{ACCT:multi}"],
    ["ruft mich an: {PHONE:multi}", "{PHONE:multi}"],
    ["E-Mail {EMAIL}"],
    ["warum {#pct} aufschlag auf rechnung {#invoice}?? IBAN {IBAN}"],
    ["{*} bitte", "passt das so?"],
    ["zählerstand {#meter}, vertragsnummer {#contract}, tel {PHONE}"],
    ["das kennwort war {PW:ctx}, geht aber nicht"],
    ["handy {PHONE:sub}, erreichbar ab {#time}"],
    ["hab {#qty} stück bestellt und {#count} bekommen, sendung {#tracking}, mail {EMAIL}"],
    ["der link https://konto.example.de/reset?mail={EMAIL:pct} geht nicht"],
    ["IBAN {IBAN:multi}", "{IBAN:multi}", "{IBAN:multi}"],
    ["steuer-id {STEUER}, plz {#zip}"],
    ["ok", "{*}", "und {*}"],
    ["hab am {#date} schon {#price} mit der karte {CARD:noise} bezahlt"],
    ["zimmer {#room}, anreise {#date}", "{*}"],
    ["zugang: ftp://{USER}:{PW:url}@nas.example.com"],
    ["unfall am {#date}, kennzeichen {#plate}, police {#policy}, führerschein {DL}"],
    ["karte {CARD:spell}"],
    ["vielen dank für die schnelle hilfe 👍"],
    ["BLZ {ROUT}, kontonummer {ACCT:ctx}, BIC {SWIFT}"],
    ["ticket {#ticket}: app {#version} zeigt fehler {#error}", "{*}"],
    ["neues passwort {PW} und pin {PIN:sub}"],
    ["tarif {#size} für {#price} im monat, meine nummer {PHONE}"],
    ["(karte: {CARD:sub}) gültig bis {EXP:sp}"],
    ["für die erstattung: {*}"],
    ["führerscheinnummer {DL:ctx}, auto ist ein {#model} von {#year}"],
    ["grüezi, meine mailadresse {EMAIL:email_spelled}", "{*}"],
]
