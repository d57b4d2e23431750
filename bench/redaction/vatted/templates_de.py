# ruff: noqa: E501
# Chat lines and word lists read better unwrapped.
"""German customer turns (de-DE). Part of the sealed split: do not read while tuning."""

# Each template: (locale, message, ...). {TYPE:family[:group]} is PII, {#kind} a hard negative.
DEV: list[tuple[str, ...]] = [
    (
        "de-DE",
        "hallo, mir wurden {#amount} € doppelt abgebucht, karte {CARD} gültig bis {EXP} prüfziffer {CVV}",
    ),
    (
        "de-DE",
        "kartennummer kommt in zwei teilen",
        "{CARD:mm:a}",
        "{CARD:mm:a} bestellung {#order}",
    ),
    ("de-DE", "erreichbar unter {PHONE:n} oder per mail {EMAIL:e}, plz {#zip}"),
    (
        "de-DE",
        "erstattung bitte auf IBAN\n{IBAN:ib}\nBIC {SWIFT} BLZ {ROUTING}",
        "kontonr {ACCT:sd} falls nötig",
    ),
    (
        "de-DE",
        "seit update {#version} geht nix mehr, die url ist https://{USER:url}:{PWD:url}@sync.example.com/dav",
        "AWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nserver ip {IP} mac {MAC:sd}",
    ),
    (
        "de-DE",
        "hab in den staaten gearbeitet, SSN {SSN:l} und die ITIN meiner frau {ITIN}, zurück seit {#date}",
    ),
    (
        "de-DE",
        "welchen ausweis brauchen sie, reisepass?",
        "{PASSPORT:ctx}",
        "führerschein {DL} und die britische NI nummer {NINO}",
    ),
    (
        "de-DE",
        "spanische DNI {DNI} bzw NIE {NIE}",
        "mexiko: CURP {CURP} RFC {RFC} CLABE {CLABE:sd}",
    ),
    (
        "de-DE",
        "unterlagen aus dem ausland: cpf {CPF}, cnpj {CNPJ}, französische sozialvers.nr {NIR}, steuer-id {IDNR}, nif {NIF}",
    ),
    (
        "de-DE",
        "die neue PIN ist {PIN:w} oder? ablaufdatum gültig{EXP:cx}. sendungslink https://paket.example.org/?mail={EMAIL:pct}",
    ),
    (
        "de-DE",
        "meine nummer {PHONE:mm:a}",
        "{PHONE:mm:a}",
        "{PHONE:mm:a} bitte erst nach {#time} anrufen",
    ),
    (
        "de-DE",
        "das konto für die lastschrift {ACCT:mm:a}",
        "{ACCT:mm:a} sorry akku leer, {#count} raten offen",
    ),
]

SEALED: list[tuple[str, ...]] = [
    (
        "de-DE",
        "Hallo!! mir wurden {#amount} € abgezogen für was ich nie bestellt hab. kreditkarte {CARD:sd}",
    ),
    ("de-DE", "kreditkartennr {CARD:n} ablaufdatum {EXP} sicherheitscode {CVV:w}"),
    (
        "de-DE",
        "karte {CARD:l} läuft ab {EXP:sd} cvc {CVV}",
        "sorry falsches datum, gültig bis {EXP}",
    ),
    ("de-DE", "die karte mit der abbuchung über {#amount} ist die {CARD:w}"),
    ("de-DE", "welche karte? die mastercard", "{CARD:ctx}", "ablauf {EXP:cx} und cvv {CVV}"),
    ("de-DE", "meine karte {CARD:mm:a}", "{CARD:mm:a}", "{CARD:mm:a} gültig {EXP:n}"),
    ("de-DE", "die lange nummer vorne: {CARD:mm:a}", "{CARD:mm:a} läuft {EXP} ab danke"),
    ("de-DE", "gültig bis{EXP:cx} kpn{CVV} plz {#zip}"),
    (
        "de-DE",
        "buchung {#booking} für {#count} personen flug {#flight}, bezahlt mit {CARD} gültig bis {EXP:w}",
    ),
    ("de-DE", "ich will meine geheimzahl ändern, alte {PIN} neue {PIN:l}"),
    ("de-DE", "automat hat um {#time} meine karte gefressen 😡 pin ist {PIN:n}"),
    ("de-DE", "wie war nochmal meine pin? {PIN:sd} glaub ich oder die andere", "{PIN:ctx}"),
    ("de-DE", "benutzername {USER} passwort {PWD}, geht seit version {#version} nicht mehr"),
    ("de-DE", "nutzer {USER}, kennwort steht unten", "{PWD:ctx}", "ne warte das pw ist {PWD}"),
    (
        "de-DE",
        "diese zugangsdaten sind geleakt ftp://{USER:url}:{PWD:url}@ablage.example.net",
        "bitte bis {#date} ändern",
    ),
    ("de-DE", "aus der env datei\nDB_PASSWORD={PWD:kv}\nDB_USER={USER:kv}"),
    ("de-DE", "bitte an {EMAIL} schreiben nicht an {EMAIL:e}"),
    (
        "de-DE",
        "meine mailadresse {EMAIL:e} lg",
        "bestellung {#order} immer noch nicht da, sendungsnr {#tracking}",
    ),
    (
        "de-DE",
        "im abmeldelink steht meine mail https://newsletter.example.com/ab?m={EMAIL:pct}&id={#count}",
    ),
    ("de-DE", "rufen sie mich an unter {PHONE} oder handy {PHONE:sd}"),
    ("de-DE", "handynr {PHONE:l} danke", "festnetz {PHONE:w}"),
    ("de-DE", "sms an https://sms.example.net/send?nr={PHONE:pct} nach {#time}"),
    ("de-DE", "unter welcher nummer soll ich... ach sie rufen zurück. ok hier", "{PHONE:ctx}"),
    ("de-DE", "neue nummer {PHONE:mm:a}", "{PHONE:mm:a}"),
    (
        "de-DE",
        "für die überweisung: bankleitzahl {ROUTING} konto {ACCT}",
        "blz nochmal {ROUTING:n} sry",
    ),
    ("de-DE", "kto {ACCT:l} blz {ROUTING:sd} bitte {#amount} aufs sparkonto"),
    ("de-DE", "bankleitzahl {ROUTING:sd} und kontonummer {ACCT:w}"),
    ("de-DE", "bitte an IBAN {IBAN} BIC {SWIFT} verwendungszweck rechnung {#invoice}"),
    ("de-DE", "iban aus der app kopiert\n{IBAN:ib}"),
    (
        "de-DE",
        "iban von meinem bruder in frankreich {IBAN:sd} swift {SWIFT}",
        "{IBAN:mm:a}",
        "{IBAN:mm:a}",
    ),
    (
        "de-DE",
        "für die us steuer: social security {SSN}, und {SSN:n} ist von meinem sohn",
        "geboren {#year}",
    ),
    ("de-DE", "ssn {SSN:w}", "nee die itin meinte ich {ITIN:sd}"),
    ("de-DE", "welche amerikanische nummer brauchen sie?", "{SSN:ctx}"),
    (
        "de-DE",
        "national insurance {NINO:sd} und die von meinem mann {NINO}",
        "wir wohnen hausnr {#street}, plz {#zip}",
    ),
    ("de-DE", "reisepassnr {PASSPORT}, verlängerung vor dem flug am {#date} {#flight}"),
    ("de-DE", "führerscheinnummer {DL} und pass {PASSPORT}", "zimmer {#room} im hotel übrigens"),
    ("de-DE", "fuehrerschein", "{DL:ctx}", "das ist mein führerschein wie oben gefragt"),
    ("de-DE", "router bricht ab, ip {IP} mac {MAC} modell {#model} firmware {#version}"),
    ("de-DE", "MAC-adresse {MAC:sd} und sie bekommt ip {IP:n}"),
    ("de-DE", "wir haben aus versehen einen key auf github gepusht 😬 {AKEY} secret {SKEY}"),
    ("de-DE", "export AWS_ACCESS_KEY_ID={AKEY:kv}", "export AWS_SECRET_ACCESS_KEY={SKEY:kv}"),
    ("de-DE", "spanischer personalausweis DNI {DNI:sd} und NIE {NIE:n} aus der studienzeit"),
    (
        "de-DE",
        "gehalt in mexiko: CURP {CURP} RFC {RFC}",
        "CLABE fürs gehalt {CLABE}",
        "{CLABE:mm:a}",
        "{CLABE:mm:a}",
    ),
    ("de-DE", "clabe {CLABE:w} danke"),
    (
        "de-DE",
        "die filiale in brasilien will cpf {CPF:sd} und cnpj {CNPJ:n}",
        "cpf nochmal {CPF:w}",
    ),
    (
        "de-DE",
        "französische sozialversicherungsnummer {NIR:sd}, steuer-id {IDNR:l}, portugiesische nif {NIF:w}",
    ),
    ("de-DE", "meine cpf ist {CPF:mm:a}", "{CPF:mm:a}", "vertrag {#contract}"),
    ("de-DE", "steuerliche identifikationsnummer {IDNR} und NIF {NIF:sd}", "ticket {#ticket}"),
    ("de-DE", "{#count} artikel, summe {#amount} €, lieferung plz {#zip} ticket {#ticket}"),
    ("de-DE", "flug {#flight} am {#date} um {#time}, wir sind {#count}, rechnung {#invoice}"),
]

# Jenseits der Bank: Praxis, Vermieter, Stadtwerke, Versicherung, Amt, Mobilfunk.
DEV += [
    (
        "de-DE",
        "komme nicht ins patientenportal, termin {#date} {#time}. nutzer {USER} pw {PWD:sd} tel {PHONE:l}",
    ),
    (
        "de-DE",
        "neuer mieter wohnung {#room}, der vermieter will meine steuer-id",
        "{IDNR:ctx}",
        "miete {#amount} € von konto {ACCT:n}",
    ),
    ("de-DE", "schadensfall {#contract}: mail {EMAIL} und handy {PHONE:w}"),
]
SEALED += [
    (
        "de-DE",
        "stromrechnung {#amount} € für {#count} tage?? mail vom vertragsinhaber {EMAIL:e}, zähler {#model}",
    ),
    (
        "de-DE",
        "brief vom finanzamt az {#ticket}, da steht meine idnr {IDNR:n} und die blz {ROUTING:l}",
    ),
    (
        "de-DE",
        "die krankenkasse will meine steuer id {IDNR:sd}, ist das normal?",
        "meine mail steht im link {EMAIL:pct} haha",
    ),
    (
        "de-DE",
        "rufnummernmitnahme für {PHONE:n} bitte, kundenkennwort pin {PIN:w}",
        "neue sim kam mit sendung {#tracking}",
    ),
    ("de-DE", "hallöchen 🙂 saas login kaputt. admin {USER} altes passwort {PWD} dann {PWD}"),
    ("de-DE", "vermieter will miete per überweisung: IBAN {IBAN:n}", "{#amount} € bis {#date}"),
    (
        "de-DE",
        "reisepass verlängern, der alte war {PASSPORT:sd}",
        "termin im bürgeramt {#time} am {#date} für {#count} personen",
    ),
    ("de-DE", "reiseversicherung: karte {CARD} gültig{EXP:cx} cvv {CVV:l}, flug {#flight}"),
]
