"""German customer turns (de-DE). Each template: (locale or "", message, ...)."""
# ruff: noqa: E501  -- template data: one customer message per string, unsplit on purpose.

from __future__ import annotations

Template = tuple[str, ...]

DEV: list[Template] = [
    (
        "",
        "hallo, meine karte {CARD:noise} gültig bis {EXP:cexp}, prüfziffer {CVV}, bestellung {#order}",
    ),
    ("", "kartennummer kommt in zwei teilen {CARD:mmA}", "{CARD:mmB}", "sorry handy"),
    ("", "Steuer-ID {IDNR:spell}, BLZ {ROUTING} kontonr {ACCT:sub}"),
    ("", "meine IBAN für die rückerstattung", "{IBAN:ib}"),
    ("", "die neue PIN wie gewünscht", "{PIN:ctx}"),
    (
        "",
        "der reset link geht an https://konto.example.de.example.com/reset?mail={EMAIL:pct} falsch!!",
        "richtig ist {EMAIL:es}",
    ),
    (
        "",
        "benutzername {USER} passwort {PW}, per sftp://{USER:urlc}:{PW:urlc}@ablage.example.net geht auch nix",
    ),
    (
        "",
        "aus der config:\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
        "router {#model} ip {IP} mac {MAC}",
    ),
    ("", "reisepass {PASSPORT}, führerschein {DL}, flug {#flight} am {#date}"),
    ("", "aus meiner zeit in den USA: SSN {SSN}, ITIN {ITIN:sd}, und UK NI {NINO}"),
    ("", "kunden im ausland: DNI {DNI}, NIE {NIE}, CURP {CURP}, RFC {RFC}, CLABE {CLABE}"),
    ("", "dazu CPF {CPF}, CNPJ {CNPJ}, NIR {NIR}, NIF {NIF}, BIC {SWIFT}"),
    ("", "ruft mich an {PHONE:mmA}", "{PHONE:mmB}", "{PHONE:mmC} ab {#time} uhr"),
]

SEALED: list[Template] = [
    (
        "",
        "Guten Tag, mir wurden {#amount} doppelt abgebucht, Karte {CARD} gültig bis {EXP}, Bestellnr {#order}",
    ),
    ("", "kreditkarte {CARD:sd} ablauf {EXP:cexp} cvc {CVV:spell}"),
    ("", "karten nr {CARD:sub} gültig {EXP}"),
    ("", "meine karte lautet {CARD:spell}"),
    ("", "karte {CARD:mmA}", "{CARD:mmB} weiter", "{CARD:mmC} fertig"),
    ("", "PIN {PIN:spell} ich weiss, nicht schlau"),
    ("", "geheimzahl {PIN:noise} geht seit {#date} nicht"),
    ("", "die prüfnummer hinten?", "{CVV:ctx}"),
    ("", "steuerliche identifikationsnummer {IDNR}, geboren {#year}"),
    ("", "Steuer-IdNr {IDNR:sd} für die lohnabrechnung, vertrag {#contract}"),
    ("", "steuer id {IDNR:noise} bitte korrigieren"),
    ("", "steuer id in teilen {IDNR:mmA}", "{IDNR:mmB} ende"),
    ("", "handy {PHONE} festnetz {PHONE:sd}"),
    ("", "meine nummer {PHONE:sub}"),
    ("", "tel {PHONE:spell}"),
    (
        "",
        "im portal steht https://kundenportal.example.org/profil?telefon={PHONE:pct}, das stimmt nicht",
    ),
    ("", "mail bitte an {EMAIL}, plz {#zip}"),
    ("", "meine adresse {EMAIL:es}"),
    ("", "https://shop.example.com/login?benutzer={USER:pct} gibt nur fehler"),
    ("", "login {USER} pw {PW} seit {#time} gesperrt"),
    ("", "DB_PASSWORD={PW:kv}\nDB_USER={USER:kv}\nversion {#version}"),
    ("", "der kalender nutzt https://{USER:urlc}:{PW:urlc}@dav.example.com/cal ist das sicher?"),
    (
        "",
        "aws_secret_access_key={AKSECRET:kv}",
        "aws_access_key_id={AKID:kv} versehentlich gepusht, ticket {#ticket}",
    ),
    ("", "die schlüssel {AKID} und {AKSECRET} sind öffentlich"),
    ("", "ip {IP} mac {MAC:sd}, zimmer {#room}"),
    ("", "mac adresse {MAC} an ip {IP}"),
    ("", "IBAN {IBAN} BIC {SWIFT}"),
    ("", "iban {IBAN:ib} kontoinhaber bin ich"),
    ("", "iban stückweise {IBAN:mmA}", "{IBAN:mmB} so", "{IBAN:mmC} das wars"),
    ("", "bankleitzahl {ROUTING:sd} konto {ACCT:sd}"),
    ("", "BLZ {ROUTING:noise} kto {ACCT:sub}"),
    ("", "kontonummer wie gefragt", "{ACCT:ctx}"),
    ("", "reisepassnummer {PASSPORT}, flug {#flight}, {#count} koffer"),
    ("", "führerschein nr {DL:noise} pass {PASSPORT:sd}"),
    ("", "US SSN {SSN:sd}, ITIN {ITIN:spell}, zip {#zip_plus_four}"),
    ("", "britische NI nummer {NINO:sd}"),
    ("", "spanische papiere DNI {DNI:sd} NIE {NIE:noise}"),
    ("", "mexiko: CURP {CURP} RFC {RFC} CLABE {CLABE:noise}"),
    ("", "brasilien CPF {CPF:sub} CNPJ {CNPJ:sd}"),
    ("", "französische sozialversicherungsnr {NIR:sd} und portugiesische NIF {NIF:spell}"),
    ("", "paket {#tracking} vom {#date}, rechnung {#invoice}, {#amount} bezahlt"),
    ("", "gültig{EXP:cexp} cvv {CVV:sub}"),
    ("", "rückruf bitte {PHONE:mmA}", "{PHONE:mmB} danke"),
    ("", "update {#version} hat die {#model} kaputt gemacht, {#count} geräte offline"),
    ("", "BIC lautet {SWIFT:spell}"),
]
