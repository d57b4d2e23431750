"""German customer messages (Germany, Austria, Switzerland), written by hand. D = dev, S = sealed."""

from .tpl import D, S

TEMPLATES = [
    D("hallo meine karte {CARD} wurde abgelehnt, gültig bis {EXP:cexp}, prüfnummer {CVV}"),
    D("bestellung {=order_number} ist nicht da, hab {=price} bezahlt", "plz {=postal_code}"),
    D("kartennummer {CARD:mm}", "{+}", "sorry abgeschickt zu früh"),
    D("komm nicht rein, benutzername {USER:ctx} mail {EMAIL:espell}"),
    D("handy {PHONE} festnetz {PHONE:sp}, bitte erst nach {=time} anrufen"),
    D("überweisung hängt!! IBAN {IBAN:ibanb} BIC {SWIFT}", "war am {=date}"),
    D("Steuer-ID {STEUER} und meine französische sozialversicherungsnummer {NIR}"),
    D("portugiesische NIF {NIF}, brasilianische CPF {CPF} und CNPJ {CNPJ}"),
    D("für mexiko: CURP {CURP}, RFC {RFC}, CLABE {CLABE}", "spanischer DNI {DNI} bzw. NIE {NIE}"),
    D("SSN {SSN/ITIN} und die britische NI nummer {NINO}"),
    D("fehler {=error_code} in der app version {=version}, mein pw ist {PASSWORD:ctx}"),
    D("reisepass {PASSPORT} flug {=flight_number} buchungscode {=booking_reference}"),
    D("führerschein {DL} kennzeichen {=plate_number}"),
    D("aus der config kopiert\n{AKEY:kv}\n{SKEY:kv}"),
    D("konto {ACCT} BLZ {ROUTING}", "danke!"),
    D("ip {IP} mac {MAC} router geht nicht"),
    D("meine PIN {PIN:spell/ctx} geht nicht mehr"),
    S("hallo? ist da wer", "warte schon {=count} minuten"),
    S("im markt {=store_number} zweimal {=price} abgebucht, karte {CARD:sp/noise}"),
    S("{CARD:sub/sp} ablauf {EXP} CVC {CVV:spell/sub}"),
    S("meine nummer {PHONE:mm}", "{+}"),
    S("ruft mich an {PHONE:spell/sub/noise}"),
    S("der reset link geht an {EMAIL:pct}"),
    S("ich kündige vertrag {=contract_number}. E-Mail: {EMAIL}, Tel.: {PHONE:sp}"),
    S("der zugang ist ftp://{USER}:{PASSWORD:url}@ablage.example.de und upload geht nicht"),
    S("PASSWORT={PASSWORD:kv}", "ja ich weiß, sollte man nicht schicken"),
    S("meine kontonummer {ACCT:mm}", "{+}", "{+}"),
    S("kto {ACCT:sp/noise} bankleitzahl {ROUTING}"),
    S("IBAN:\n{IBAN:ibanb/sp}\nBIC: {SWIFT}"),
    S(
        "sendung {=tracking_number} liegt seit {=date} im verteilzentrum, tel für zustellung {PHONE:sp}"
    ),
    S(
        "zimmer {=room_number}, anreise {=date}. karte der buchung {CARD:sp}, sicherheitscode {CVV:ctx}"
    ),
    S("meine ITIN {ITIN:sp} für die us steuer"),
    S("US sozialversicherungsnummer {SSN:spell/sub/noise}"),
    S("neuer pass {PASSPORT:ctx} ausgestellt {=year}"),
    S("unfall am {=date} um {=time}, führerscheinnummer {DL}, police {=policy_number}"),
    S("geheimzahl {PIN:sub/ctx} {=count} mal falsch am automaten"),
    S("ablaufdatum {EXP:cexp/pl} und kartenprüfnummer {CVV}", "passt das?"),
    S("benutzer: {USER}\npasswort: {PASSWORD}"),
    S(
        "internet mega langsam, zahle für {=data_size} und krieg nix. router {=product_model}, ip {IP}"
    ),
    S("bitte MAC-Adresse {MAC} freischalten"),
    S("auf rechnung {=invoice_number} ist die IBAN falsch, richtig ist {IBAN}"),
    S("AWS_SECRET_ACCESS_KEY={SKEY:kv}", "access key {AKEY:kv}", "sind geleakt, wie sperr ich die"),
    S("CURP {CURP:sp}, RFC {RFC}, CLABE {CLABE:mm}", "{+}"),
    S("brasilien: CPF {CPF:sp/sub} CNPJ {CNPJ:sp}"),
    S("das französische amt will die NIR {NIR:sp}"),
    S("Steuer-IdNr. {STEUER:sp} und NIF {NIF:sp/spell}"),
    S("DNI {DNI:sp} NIE {NIE}", "ticket {=ticket_number}"),
    S("sitzplatz {=seat_number} im flug {=flight_number}, reisepass {PASSPORT}"),
    S("zählerstand {=meter_reading}, mail {EMAIL:espell/pct}"),
    S("vielen dank, schönen tag noch"),
    S(
        "{=quantity} teile kaputt aus bestellung {=order_number}",
        "bitte auf karte {CARD:noise/sp} erstatten",
    ),
    S("routing nummer {ROUTING:sp} und girokonto {ACCT:ctx/sub}"),
    S("tel: {PHONE:pct}"),
    S("das sind {=percentage} mehr als letzten monat, frechheit"),
    S("nutzername {USER}, mail {EMAIL}"),
    D(
        "hab dem boten meine nummer gegeben {PHONE:sub/noise}, nie angerufen",
        "sendung {=tracking_number}",
    ),
    D("warum steht {EMAIL:pct} im abmeldelink?? hab mich nie angemeldet"),
    D("das nas ist https://{USER}:{PASSWORD:url}@nas.example.net/ nicht lachen"),
    D("kto {ACCT:noise/sub} bitte dahin erstatten"),
    D("kartennr kommt {CARD:mm}", "{+}", "{+}"),
    S("meine britische NI-Nummer {NINO:sp} aus der zeit in london"),
    S("NINO {NINO}", "abgezogen wurden {=price} in {=year}"),
    S("iban erster teil {IBAN:mm}", "{+}"),
    S("bin im ausland, erreichbar unter {PHONE:mm}", "{+}", "gern per whatsapp"),
    S(
        "mir wurden {=price} für ein {=data_size} paket berechnet, nie bestellt, von karte {CARD:sp}"
    ),
    D(
        "vertrag {=contract_number}, rechnung {=invoice_number}, zähler steht bei {=meter_reading} und ihr wollt noch meine kontonummer {ACCT}?",
        "schon {=count} anrufe, handy {PHONE}",
    ),
    D(
        "{=quantity} stück {=product_model} in filiale {=store_number} gekauft {=year}, karte {CARD:sp}",
        "zimmer {=room_number} platz {=seat_number} vorgang {=ticket_number} egal, macht einfach. mail {EMAIL}",
    ),
    S(
        "fehler {=error_code} seit update auf {=version}, support will meine mail {EMAIL} und handynummer {PHONE}"
    ),
    S("buchung {=booking_reference} für den {=date}, PLZ {=postal_code}, reisepassnr {PASSPORT}"),
]
