# ruff: noqa: E501
"""German (de-DE) templates. SEALED is the sealed split: do not read while tuning."""

REPS = {"dev": 8, "sealed": 12}
CTX: dict[str, list[str]] = {
    "CARD": ["Karte", "Kartennummer", "Kreditkarte", "Kartennr", "karten nr", "Visa"],
    "CVV": ["Prüfziffer", "CVC", "cvv", "Sicherheitscode", "pruefnummer"],
    "EXP": ["gültig bis", "Ablauf", "ablaufdatum", "exp", "gueltig bis"],
    "PIN": ["PIN", "Pin", "Geheimzahl"],
    "PWD": ["Passwort", "PW", "Kennwort", "passwort", "Passwrt"],
    "USER": ["Benutzername", "Login", "User", "Nutzername"],
    "EMAIL": ["Mail", "E-Mail", "email", "Mailadresse"],
    "PHONE": ["Tel", "Handy", "Telefonnummer", "Nummer", "Mobil"],
    "ACCT": ["Kontonummer", "Konto", "Kto-Nr", "Kontonr"],
    "ROUT": ["BLZ", "Bankleitzahl", "blz"],
    "IBAN": ["IBAN", "iban"],
    "SWIFT": ["BIC", "SWIFT", "bic"],
    "SSN": ["SSN", "US Sozialversicherungsnummer"],
    "ITIN": ["ITIN", "US Steuernummer ITIN"],
    "NINO": ["National Insurance", "NI number"],
    "PASS": ["Reisepass", "Passnummer", "Pass-Nr", "Reisepassnr"],
    "DL": ["Führerschein", "Führerscheinnummer", "Fuehrerschein"],
    "IP": ["IP", "IP-Adresse", "ip"],
    "MAC": ["MAC", "MAC-Adresse", "mac"],
    "AKEY": ["Access Key", "AWS Key ID"],
    "SKEY": ["Secret Key", "geheimer Schlüssel"],
    "DNI": ["spanischer DNI", "DNI"],
    "NIE": ["NIE", "spanische NIE"],
    "CURP": ["CURP", "mexikanische CURP"],
    "RFC": ["RFC", "mexikanische RFC"],
    "CLABE": ["CLABE", "clabe"],
    "CPF": ["CPF", "brasilianische CPF"],
    "CNPJ": ["CNPJ", "cnpj"],
    "NIR": ["französische Sozialversicherungsnummer", "NIR"],
    "STID": [
        "Steuer-ID",
        "Steuer-IdNr",
        "steuerliche Identifikationsnummer",
        "SteuerID",
        "Steuer Id",
    ],
    "NIF": ["portugiesische NIF", "NIF"],
}

DEV: list[list[str]] = [
    [
        "hallo, die karte ist {a=CARD/multi}",
        "{a}",
        "sorry abgeschickt, ist für bestellung {#order}",
    ],
    [
        "für die erstattung von {#amount}, meine {c:a} ist {a=IBAN|ACCT|CLABE|PHONE/multi}",
        "{a}",
        "{a}",
    ],
    [
        "abgelehnt!! gültig bis {e=EXP/cexp} und {c:v} {v=CVV/pl|spell|sub}, um {#time} nochmal versucht"
    ],
    [
        "komm nicht rein, meine mail ist {m=EMAIL/mail}",
        "der link https://konto.example.com/reset?mail={p=EMAIL|PHONE|PWD/pct} lädt ewig",
    ],
    [
        "seit {#version} geht das backup nicht: sftp://{u=USER/url}:{w=PWD/url}@backup.example.net/taeglich",
        "und in der datei steht\n{k=AKEY|SKEY/kv}",
    ],
    ["ok ihr wollt meine {c:a} zur prüfung, bitte", "{a=STID|PASS|DL|SSN|ITIN|NINO|DNI|CURP/ctx}"],
    [
        "für rechnung {#invoice} ist die {c:a} {a=STID|CPF|CNPJ|NIR|RFC|NIF|NIE|PHONE/noise|sd|sub|spell}"
    ],
    ["bitte kaution auf {i=IBAN/ib}\nBIC {s=SWIFT/pl} danke, wohnung {#room}"],
    ["der router {#model} fliegt ständig raus. ip {x=IP/pl} mac {y=MAC/pl|sd}"],
    ["login {u=USER/pl} pw {p=PWD/pl} und die {c:n} {n=PIN/pl|spell|sub} bitte schnell"],
    ["fürs gehalt: {c:r} {r=ROUT/pl|sd}, {c:a} {a=ACCT/pl|noise} ab {#date}"],
    [
        "könnt ihr mich unter {p=PHONE/pl|sd|noise|spell} nach {#time} anrufen? {#count} mal abgebucht"
    ],
]

SEALED: list[list[str]] = [
    [
        "guten tag, am {#date} wurde {#amount} doppelt abgebucht",
        "karte {a=CARD/pl|sd|noise} gültig bis {e=EXP/pl}",
        "cvc {v=CVV/pl}",
    ],
    ["nehmt lieber die {a=CARD/multi}", "{a}"],
    ["kreditkarte {a=CARD/multi}", "{a}", "{a}", "ablauf{e=EXP/cexp}"],
    ["neue karte: {a=CARD/sub|spell} gültig {e=EXP/cexp} prüfziffer {v=CVV/spell|pl}"],
    ["was braucht ihr, die {c:a}?", "{a=CARD|IBAN|STID|PHONE|EMAIL|PASS|DL|ACCT/ctx}"],
    ["fürs finanzamt: meine {c:t} {t=STID/pl|sd|noise|sub|spell}, steuerjahr {#year}"],
    ["meine {c:t}", "{t=STID/multi}", "{t}"],
    ["alte bankverbindung {c:a} {a=ACCT/pl|sd|sub|spell} {c:r} {r=ROUT/pl|noise|sub}, plz {#zip}"],
    ["der vermieter will die miete auf {i=IBAN/ib} bis {#date}, bic {s=SWIFT/pl}"],
    ["iban {i=IBAN/multi}", "{i}", "{i}"],
    ["buchung {#booking} flug {#flight}, {c:p} {p=PASS/pl|sd} und {c:d} {d=DL/pl}"],
    ["für den mietwagen wollen sie den {c:d}", "{d=DL|PASS/ctx}"],
    [
        "hab in mexiko gearbeitet: {c:c} {c=CURP/pl|sd} {c:r} {r=RFC/pl|noise} {c:l} {l=CLABE/pl|sd|sub}"
    ],
    [
        "in brasilien {c:c} {c=CPF/pl|sd|spell} firma {c:n} {n=CNPJ/pl|noise|sub}",
        "und in frankreich {c:f} {f=NIR/pl|noise|sub}",
    ],
    [
        "in madrid {c:d} {d=DNI|NIE/pl|sd}; in den usa {c:s} {s=SSN|ITIN/pl|sd}",
        "in london {c:k} {k=NINO/pl|noise}, in lissabon {c:f} {f=NIF/pl|spell}",
    ],
    ["neue mail: {m=EMAIL/pl|mail}", "sorry vertippt, richtig ist {n=EMAIL/mail}"],
    [
        "der einladungslink https://app.example.org/beitreten?user={p=EMAIL/pct}&team={#count} ist abgelaufen"
    ],
    [
        "sms von https://sms.example.com/pruefen?tel={p=PHONE/pct} bekommen, ist das betrug? bestellung {#order}"
    ],
    ["meine {c:p} {p=PHONE/pl} oder die meiner frau {q=PHONE/sd|noise}, bis {#time}"],
    ["neue nummer", "{p=PHONE/multi}", "{p}"],
    ["schreibt mir an {p=PHONE/spell|sub} bitte"],
    [
        "das repo ist so eingetragen https://{u=USER/url}:{w=PWD/url}@git.example.com/shop.git liegt es daran?"
    ],
    ["hier die config:\n{k=AKEY/kv}\n{s=SKEY/kv}\nversion {#version}"],
    ["hab den {c:s} {s=SKEY|AKEY/pl} ins ticket {#ticket} kopiert, bitte löschen"],
    ["{c:p} vergessen, das alte war {p=PWD/pl|kv} und der {c:u} {u=USER/pl}"],
    [
        "der automat hat die karte gefressen, {c:n} {n=PIN/pl|sub|spell}, karte endet auf {l=CARD/pl}"
    ],
    ["gerät {#model} gesperrt, {c:m} {m=MAC/pl|sd}, {c:i} {i=IP/pl}"],
    [
        "paket {#tracking} kam nie an, hausnummer {#street}, plz {#zip}. ruft an {p=PHONE/pl|sd} oder {m=EMAIL/mail|pl}"
    ],
]
