"""German customer messages (Germany, Austria, Switzerland), hand-written."""

D, S = "dev", "sealed"
DE, AT, CH = "de-DE", "de-AT", "de-CH"

TEMPLATES = [
    # ---------------------------------------------------------------- dev
    (
        D,
        None,
        [
            "hallo, bestellung {=order_number} wurde doppelt abgebucht, karte {CARD:?} gültig bis {EXP:?} prüfziffer {CVV:?}"
        ],
    ),
    (
        D,
        None,
        [
            "kartennummer kommt in zwei teilen {CARD:multi_message#1}",
            "{CARD:multi_message#2}",
            "so, das wars",
        ],
    ),
    (
        D,
        None,
        ["sendung {=tracking_number} hängt seit {=date} fest", "mail {EMAIL:?} handy {PHONE:?}"],
    ),
    (
        D,
        None,
        [
            "bitte lastschrift für den stromvertrag auf IBAN {IBAN:?} BIC {SWIFT}",
            "rechnung {=invoice_number} über {=price}",
        ],
    ),
    (
        D,
        None,
        [
            "buchungscode {=booking_reference}, flug {=flight_number} am {=date}",
            "reisepass {PASSPORT} und meine id {NATID:?}",
        ],
    ),
    (
        D,
        None,
        [
            "die fritzbox zeigt fehler {=error_code}, hab http://{USER}:{PW:url_credentials}@{IP} probiert",
            "mac adresse {MAC}",
        ],
    ),
    (
        D,
        None,
        [
            "seit dem update auf {=version} geht nix mehr, hier meine config\nAWS_ACCESS_KEY_ID={AKEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={SKEY:key_value_secret}"
        ],
    ),
    (
        D,
        None,
        [
            "der abmeldelink geht nicht https://shop.example.de/abmelden?mail={EMAIL:percent_encoded}",
            "auch nicht ?tel={PHONE:percent_encoded}",
        ],
    ),
    (D, None, ["geheimzahl {PIN:context_only}", "kontonummer {ACCT:?} blz {ROUTING}"]),
    (D, None, ["für die überweisung nach mexiko die clabe {CLABE:?}"]),
    (
        D,
        None,
        [
            "kfz schaden, versicherungsnummer {=policy_number}, kennzeichen {=plate_number}",
            "führerschein nr {DL:?}",
        ],
    ),
    (
        D,
        None,
        [
            "rufen sie mich an unter {PHONE:multi_message#1}",
            "{PHONE:multi_message#2}",
            "{PHONE:multi_message#3} ab {=time}",
        ],
    ),
    (D, None, ["benutzername {USER:context_only} passwort {PW:?} und trotzdem gesperrt"]),
    (D, None, ["danke, schönen tag noch 👋"]),
    (D, AT, ["meine steuer id {STEUER:multi_message#1}", "{STEUER:multi_message#2}"]),
    # ---------------------------------------------------------------- sealed
    (S, None, ["{CARD:?} ist die karte, läuft ab {EXP:?}"]),
    (
        S,
        None,
        [
            "ich hab {=price} bezahlt obwohl {=percentage} rabatt angesagt waren, kreditkarte {CARD:?}"
        ],
    ),
    (D, None, ["die prüfnummer hinten ist {CVV:?}", "ablaufdatum {EXP:?}"]),
    (S, None, ["ich muss die pin ändern, die alte war {PIN:?}"]),
    (
        S,
        None,
        ["kartennr {CARD:multi_message#1}", "{CARD:multi_message#2}", "{CARD:multi_message#3}"],
    ),
    (S, DE, ["meine steuer-identifikationsnummer {STEUER:?}"]),
    (S, DE, ["steuer id: {STEUER:?} für die rechnung {=invoice_number}"]),
    (S, CH, ["mis natel {PHONE:?}, plz {=postal_code}"]),
    (S, None, ["für die erstattung bitte diese IBAN\n{IBAN:iban_broken}\ndanke"]),
    (S, None, ["BIC {SWIFT} / IBAN {IBAN:?}"]),
    (D, None, ["vertrag {=contract_number}, bitte email ändern auf {EMAIL:?}"]),
    (S, None, ["neue nummer {PHONE:?}, die alte ist gekündigt"]),
    (S, None, ["steuernummer bzw. ausweisnummer {NATID:?}"]),
    (
        S,
        None,
        ["reisepass: {PASSPORT:context_only}, gültig bis {=date}, wir sind {=count} personen"],
    ),
    (
        S,
        None,
        [
            "angeblich ist mein führerschein {DL} gesperrt??",
            "hab das bußgeld von {=price} am {=date} bezahlt",
        ],
    ),
    (
        S,
        None,
        ["hab meinen benutzernamen vergessen, glaub es war {USER:?}", "mail {EMAIL:email_spelled}"],
    ),
    (S, None, ["aus meinen notizen kopiert: user={USER} pass={PW:key_value_secret}"]),
    (S, None, ["meine ip {IP}, vpn sagt fehler {=error_code}"]),
    (D, None, ["mac vom gerät {MAC}, modell {=product_model}, version {=version}"]),
    (S, None, ["hab das aus versehen auf github gepusht, könnt ihr die sperren? {AKEY} {SKEY}"]),
    (
        S,
        None,
        ["das onlinebanking passwort ist {PW:context_only} ich weiß, sollte man nicht schicken"],
    ),
    (
        S,
        None,
        [
            "{=quantity} stück {=product_model} am {=date} bestellt, bestellnr {=order_number}, immer noch in bearbeitung"
        ],
    ),
    (S, None, ["ticket {=ticket_number} seit {=date} offen!!! keiner meldet sich"]),
    (S, None, ["zimmer {=room_number}, check out um {=time}, minibar mit {=price} berechnet"]),
    (S, None, ["sitz {=seat_number} auf {=flight_number} doppelt vergeben"]),
    (S, None, ["zählerstand heute {=meter_reading}", "plz {=postal_code}"]),
    (
        D,
        None,
        [
            "schon {=data_size} verbraucht und es ist erst der {=date}?",
            "filiale {=store_number} hat gesagt ich soll hier schreiben",
        ],
    ),
    (S, None, ["ok", "und jetzt?"]),
    (S, None, ["festnetz {PHONE:spaced_or_dashed} oder mobil {PHONE:?}"]),
    (S, None, ["(karte {CARD:spaced_or_dashed}) (gültig {EXP:compact_expiry})"]),
    (S, None, ["„{EMAIL}“ ist mein login", "und der code geht nicht"]),
    (S, None, ["sftp://{USER}:{PW:url_credentials}@dateien.example.de geht seit {=date} nicht"]),
    (S, None, ["DB_PASSWORD={PW:key_value_secret}\nDB_HOST=db.intern.example"]),
    (
        S,
        None,
        [
            "kilometerstand {=mileage}, kennzeichen {=plate_number}, führerscheinnummer {DL:context_only}"
        ],
    ),
    (D, None, ["erreichbar unter {PHONE:letter_substitution}", "oder per mail {EMAIL:?}"]),
    (S, None, ["karte endet auf {CARD:split_by_noise} ablauf {EXP} pin {PIN:spelled_out}"]),
    (S, None, ["meine id nummer {NATID:?}, plz {=postal_code}"]),
    (S, None, ["schreib vom account meiner tochter, ihr username ist {USER:context_only}"]),
    (S, None, ["schaut mal https://portal.example.com/pruefen?u={EMAIL:percent_encoded}"]),
    (S, None, ["meine iban: {IBAN:split_by_noise}"]),
    (S, None, ["konto {ACCT:context_only} bankleitzahl {ROUTING}"]),
    (S, None, ["clabe von meinem mann in mexiko {CLABE:?}"]),
    (D, None, ["pin {PIN:?} und kartenprüfnummer {CVV:context_only}"]),
    (
        S,
        None,
        [
            "guten abend, am {=date} für {=price} bestellt und nix bekommen, meine nummer {PHONE:spelled_out}"
        ],
    ),
    (S, None, ["{NATID:spaced_or_dashed} ist meine nummer"]),
    (S, None, ["kontonr {ACCT:multi_message#1}", "{ACCT:multi_message#2}"]),
    (
        S,
        None,
        [
            "nochmal ich 🙄 die überweisung an {IBAN:?} kam zurück, ref {=invoice_number}",
            "meine nummer falls nötig {PHONE:?}",
        ],
    ),
    (
        S,
        DE,
        ["fürs formular: steuer-id {STEUER:spaced_or_dashed}, baujahr {=year}, plz {=postal_code}"],
    ),
    (
        S,
        None,
        [
            "bitte das abo für {=price} kündigen, mail {EMAIL:?} und die karte mit der ich zahle {CARD:letter_substitution}"
        ],
    ),
    (
        S,
        None,
        [
            "bankdaten fürs gehalt: routing {ROUTING:context_only}, konto {ACCT:spaced_or_dashed}, swift {SWIFT}"
        ],
    ),
    (
        D,
        None,
        ["{PW} <- das ist das wlan passwort das ihr wolltet, router ist eine {=product_model}"],
    ),
    (D, CH, ["grüezi, mini kontonummer {ACCT:?}", "und d'iban {IBAN:?}"]),
    (
        D,
        None,
        [
            "ich hab ne sms von {PHONE:?} bekommen die nach meiner pin fragt, seid ihr das? hab nicht geantwortet"
        ],
    ),
    (
        S,
        None,
        [
            "das kartenterminal {=product_model} mit der mac {MAC} lehnt ab, hab den cvc {CVV:?} eingegeben"
        ],
    ),
    (
        S,
        None,
        [
            "iban {IBAN:multi_message#1}",
            "{IBAN:multi_message#2}",
            "{IBAN:multi_message#3} aus der app kopiert",
        ],
    ),
    (S, None, ["handynummer {PHONE:multi_message#1}", "{PHONE:multi_message#2}"]),
    (
        D,
        None,
        [
            "DRINGEND jemand hat mit meiner karte {CARD:?} {=price} abgehoben, war nie in dem laden!!! bitte sperren"
        ],
    ),
    (
        D,
        DE,
        [
            "hallo, fürs finanzamt brauch ich die rechnung auf meine steuer-id {STEUER:?}, rückruf unter {PHONE:?}",
            "danke vorab",
        ],
    ),
    (
        S,
        AT,
        [
            "servus, ich zieh am {=date} um, neue plz {=postal_code}, mail bleibt {EMAIL} aber handy wird {PHONE:?}"
        ],
    ),
    (S, None, ["für den visumsantrag: reisepass [{PASSPORT}] und ausweis/steuer nr [{NATID}]"]),
    (
        S,
        None,
        [
            "wieso ist meine rechnung diesen monat {=price}??? sonst sind es {=price}. inhaber {EMAIL:email_spelled}"
        ],
    ),
    (
        S,
        CH,
        [
            "grüezi, ich möchte den vertrag kündigen, nummer {PHONE:?}, konto {IBAN:?}",
            "merci vilmal",
        ],
    ),
    (
        S,
        None,
        [
            "die app stürzt auf dem {=product_model} mit version {=version} ab, eingeloggt als {USER}",
            "schon {=count} mal neu installiert",
        ],
    ),
    (
        S,
        None,
        [
            "glaub ich bin auf phishing reingefallen 😭 hab mein passwort {PW:context_only} und die pin {PIN:?} auf ner fake seite eingegeben"
        ],
    ),
]
