"""German customer turns. Same slot syntax as templates_en."""

DEV = [
    (
        "Hallo, mir wurde {#price} doppelt abgebucht",
        "Karte {CARD}, gueltig bis {EXP:cx}, Pruefziffer {CVV}",
        "Bestellung {#order}",
    ),
    "Name: Lena Becker\nSteuer-ID: {IDNR}\nHandy: {PHONE}\nE-Mail: {EMAIL}\nPLZ: {#postal}\nReisepass: {PASSPORT}",
    ("Die Ueberweisung kommt nicht an", "meine IBAN {IBAN:br}", "BIC {SWIFT}"),
    ("Kartennr {CARD@a}", "{CARD@a}", "so jetzt komplett"),
    ("komm nicht mehr rein, Benutzername {USER}", "PW hab ich vor {#duration} auf {PWD} geaendert"),
    "der Techniker hat das in der Fritzbox stehen lassen: ftp://{USER:url}:{PWD:url}@nas.example.net ist das ok??",
    "hab versehentlich die config gepostet\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSEC:kv}\nbitte sperren",
    (
        "war mal in Mexiko angestellt, CURP {CURP}, RFC {RFC}",
        "Erstattung bitte auf die CLABE {CLABE}",
    ),
    "in den USA: SSN {SSN}, ITIN meiner Frau {ITIN}, Routing {ROUTING}, Konto {ACCT}",
    (
        "in London hatte ich die NI number {NINO}",
        "und in Frankreich die Sozialversicherungsnr {NIR}",
    ),
    "Unterlagen: spanischer DNI {DNI}, NIE {NIE}, portugiesische NIF {NIF}, CPF {CPF}, CNPJ der Firma {CNPJ}",
    ("der Router {#model} faellt alle {#duration} aus", "IP {IP}, MAC-Adresse {MAC}"),
    (
        "komischer Link bekommen https://konto.example.com/pruefen?mail={EMAIL:pct}",
        "will meine PIN {PIN} wissen, seid ihr das?",
    ),
    "Fuehrerschein {DL}, Kennzeichen {#plate}, Vertrag {#contract}",
    ("die Nummer nach der Ihr Kollege gefragt hat", "{IDNR:ctx}"),
]

SEALED = [
    ("hallo?", "ist da jemand", "ich will kuendigen, Vertragsnummer {#contract}"),
    "Login geht nicht, Nutzername {USER}, Passwort war glaub ich {PWD}",
    ("Zahlung per Kreditkarte {CARD}", "Ablaufdatum {EXP} und die drei Ziffern hinten {CVV}"),
    "am {#date} in Filiale {#store} {#price} abgebucht, Karte {CARD}, bitte zurueck",
    ("neue Handynummer", "alte {PHONE}", "neue {PHONE}"),
    "ruft mich unter {PHONE} an oder schreibt an {EMAIL}, ab {#time}",
    ("meine mail {EMAIL}", "sorry vertippt, richtig ist {EMAIL}"),
    "Adresse: {EMAIL:at} (der Chat frisst das Klammeraffe-Zeichen)",
    ("Sie wollten die Steuer-Identifikationsnummer", "{IDNR}"),
    "Steuer-IdNr {IDNR} und die von meinem Mann {IDNR}, beide in Police {#policy}",
    ("bin Spanierin, DNI {DNI}", "mein Freund hat eine NIE {NIE}"),
    "St-IdNr: {IDNR:noise} sorry fuer die Zeichen",
    ("Kontonummer {ACCT}", "die alte Kontonummer, nicht die IBAN"),
    ("Erstattung bitte auf IBAN {IBAN}", "BIC muesste {SWIFT} sein", "ja passt"),
    ("ich kopier die IBAN rein", "{IBAN:br}"),
    ("Buchung {#booking}, Reisepassnr {PASSPORT}", "Flug {#flight} Sitz {#seat}"),
    "Fuehrerscheinnummer {DL} und Kennzeichen {#plate}",
    ("Mail bekommen: Anmeldung von {IP}", "das war ich nicht, wohne in {#postal}"),
    "Server {IP} antwortet seit {#time} nicht, SDK {#version}, MAC {MAC}",
    (
        "neues Handy, das alte hatte die WLAN-MAC {MAC}",
        "bitte aus den Geraeten loeschen, hab {#count}",
    ),
    "hab die Keys gepusht\naws_access_key_id = {AKID}\naws_secret_access_key = {AKSEC}\nbitte rotieren",
    ("Key {AKID}", "Secret {AKSEC}", "waren im Screenshot im Ticket {#ticket}"),
    "Connection-String war postgres://{USER:url}:{PWD:url}@db.example.org/rechnung schlimm?",
    "DB_PASSWORD={PWD:kv}\nDB_USER={USER:kv}\nsind im Log von Version {#version} gelandet",
    ("Automat hat die Karte eingezogen", "Geheimzahl {PIN}", "Kartennummer {CARD}"),
    "PIN {PIN:spell} hab sie ausgeschrieben haha",
    ("ruft mich an unter {PHONE:spell}", "nach {#time}"),
    ("Karte {CARD:noise}", "CVC {CVV:sub} gueltig bis {EXP:cx}"),
    ("die Nummer ist {CARD@b}", "{CARD@b}"),
    ("meine Nummer {PHONE@c}", "{PHONE@c}", "{PHONE@c}"),
    ("Konto {ACCT@d}", "{ACCT@d} Girokonto"),
    ("mexikanische CURP {CURP}", "RFC fuer die Rechnung {RFC}"),
    "bitte auf die CLABE {CLABE} ueberweisen, Ref {#customer_ref}",
    ("meine Firma sitzt in Brasilien", "CNPJ {CNPJ}, meine CPF {CPF}"),
    "franzoesische Sozialversicherung {NIR}, brauche das auf Rechnung {#invoice}",
    ("hab in den Staaten gelebt", "Social Security {SSN}", "ITIN {ITIN}"),
    "portugiesische NIF {NIF} und britische NINO {NINO}",
    ("fuers Gehalt: ABA {ROUTING}", "Konto {ACCT}"),
    ("was kostet der Tarif mit {#size}", "gibts {#percent} Rabatt?"),
    ("Zaehlerstand {#meter}", "Rechnung sagt {#price}, doppelt so viel"),
    "Zimmer {#room}, Checkout {#time}, Buchung {#booking}, geht spaeter?",
    ("hab gestern angerufen", "sollte hier schreiben", "Ticket {#ticket} und nix passiert"),
    ("bitte", "{CARD:ctx}\n{EXP:ctx}\n{CVV:ctx}"),
    ("was braucht ihr noch", "{IDNR:ctx} steht auf dem Brief vom Finanzamt, geb. {#date}"),
    "bitte {EMAIL:at} durch {EMAIL} ersetzen",
    "der Link: https://zahlung.example.net/ok?tel={PHONE:pct}&ref=abc ist der echt?",
    ("nochmal die IBAN", "{IBAN:sub}"),
]

DEV += [
    ("nochmal das Konto", "{ACCT@e}", "{ACCT@e}"),
    ("Handy {PHONE@f}", "{PHONE@f}", "{PHONE@f} fertig"),
    "Moin, echt genervt. Inhaber Felix Weber, Mail {EMAIL:at}, Handy {PHONE:noise}, letzte Zahlung {#amount} am {#date}",
    "- Karte: {CARD:sub}\n- gueltig bis: {EXP}\n- CVC: {CVV:spell}\n- PLZ: {#postal}",
    (
        "Betreff: Schaden {#policy}",
        "Reisepass {PASSPORT:sp}, Fuehrerschein {DL}, und meine Steuer-ID zur Sicherheit {IDNR:spell}",
    ),
    "gefunden: {IBAN:br} und BIC {SWIFT:sp}, waren {#amount}, Rechnung {#invoice}",
]

SEALED += [
    (
        "schreib jetzt zum dritten mal",
        "Karte {CARD@g}",
        "{CARD@g}",
        "{CARD@g} gueltig bis {EXP:cx}",
    ),
    ("Steuer-ID {IDNR@h}", "{IDNR@h}"),
    ("teil es auf wegen der Bots haha", "{IBAN@i}", "{IBAN@i}", "{IBAN@i}"),
    ("schreibt mir auf WhatsApp {PHONE@j}", "{PHONE@j}"),
    "Anbei meine Daten.\nVollstaendiger Name: Hanna Fischer\nGeburtsdatum: {#date}\nSteuerliche Identifikationsnummer: {IDNR:sp}\nTelefon: {PHONE:sp}\nE-Mail: {EMAIL}\nVersicherungsschein: {#policy}",
    "uebrigens das Konto vom Kleinen ist {USER} und das Passwort hab ich am {#date} auf {PWD} gesetzt, vielleicht deshalb",
    (
        "bin am Flughafen, Gate geaendert, Flug {#flight}",
        "Buchungscode {#booking}, Pass {PASSPORT:sub}",
    ),
    "hier der Fuehrerschein {DL:sp} und der vom Zweitfahrer {DL}, Vertrag {#contract}",
    ("die EC-Karte ist {CARD:spell}", "CVV {CVV}"),
    "bitte nicht unter {PHONE:sub} anrufen, das ist die Arbeit, lieber {PHONE} oder {EMAIL:at}",
    (
        "warum wird meine Karte abgelehnt",
        "endet auf... egal, ganz: {CARD:sp}, Ablauf {EXP:spell}",
        "{#count} mal probiert in Filiale {#store}",
    ),
    "NIE {NIE:sub} (fuer die spanische Steuererklaerung {#year})",
    ("kurze Frage", "hat der {#size} Tarif Roaming?", "und sind {#price} pro Monat?"),
    "fuer die Erstattung: Konto {ACCT:sp}, oder IBAN {IBAN}",
    ("soll den SWIFT hier schicken", "{SWIFT}", "Bank in Hamburg"),
    ("neue Nummer -> {PHONE:spell}", "die {PHONE} ist weg"),
    "moment falscher CVV, ist {CVV} nicht {CVV}",
    ("ja das bin ich", "die PIN aus der Filiale {PIN:sp}"),
    "amerikanischer Kollege: SSN {SSN:sp}, ITIN {ITIN:sub}",
    "brasilianischer Dienstleister: CPF {CPF:spell}, CNPJ {CNPJ:sp}",
    "Mexiko: CURP {CURP:sp}, RFC {RFC:sub}, CLABE {CLABE:noise}",
    "Spanien: DNI {DNI:noise}, NIE {NIE:sp}; Portugal NIF {NIF:sub}; UK NINO {NINO:noise}; Frankreich NIR {NIR:sp}",
]

DEV += [
    (
        "hey mein Partner hat die Lastschrift auf die falsche Karte gelegt",
        "soll {CARD:sp} sein und nicht {CARD}",
        "die richtige laeuft {EXP:sub} ab",
    ),
    "aus meinen Notizen:\nBank: IBAN {IBAN:sub}\nKontonr {ACCT:noise}\nBIC {SWIFT}",
    (
        "das Formular sagt ungueltig",
        "hab {IDNR:sp} bei Steuer-ID und {IDNR} fuer meine Frau eingetragen, liegts an den Leerzeichen??",
    ),
    (
        "hab frueher in Madrid gewohnt, hab noch eine NIE",
        "{NIE:noise}",
        "und die SSN aus Chicago {SSN:sub}",
    ),
    "die TAN-SMS gehen an {PHONE:sub}, das Handy ist weg, bitte auf {EMAIL:at} umstellen, Nutzer {USER}",
]

SEALED += [
    (
        "ehrlich gesagt trau ich dem Chat nicht",
        "naja. Reisepass {PASSPORT}",
        "gueltig bis {#date}, ausgestellt {#year}",
    ),
    "sagt Bescheid falls was fehlt: {NIF:sp} (NIF) {CURP} (CURP) {CPF:noise} (CPF)",
    (
        "der Router ist unter http://{IP}/admin erreichbar",
        "Login {USER} / {PWD}",
        "Firmware {#version}",
    ),
]

SEALED += [
    "mein Vermieter (Albtraum, lange Geschichte) will einen Nachweis der Kautionsrueckzahlung, bitte an {EMAIL} und in Kopie {EMAIL:at}? es waren {#amount}",
    ("doofe Autokorrektur", "{CARD:sub}", "^ das ist die Karte, die O sind Nullen"),
    "bitte die alte SIM kuendigen, Nummer war {PHONE:noise}, die neue ist in Bestellung {#order}",
    (
        "Kontoinhaber bin ich, meine Mutter schreibt von diesem Handy",
        "ihre Steuer-ID {IDNR}, meine {IDNR:noise}, gleiche Adresse, PLZ {#postal}",
    ),
    "arbeite in Deutschland, wohne in Lissabon - NIF {NIF:sub}, eilig, die Zahlung ueber {#price} kam am {#date} zurueck",
    (
        "logge mich aus dem Buero ein",
        "unsere IP {IP} und die MAC vom Laptop {MAC:sp} falls ihr freischalten muesst",
    ),
    "Karte: {CARD}  Ablauf: {EXP}  Kartenpruefnummer: {CVV}  Inhaber: wie Konto",
    (
        "nehmt ihr CLABE Ueberweisungen",
        "meine ist {CLABE:sp}",
        "Betrag {#amount}, Rechnung {#invoice}",
    ),
]

DEV += [
    (
        "Geschenk fuer meine Schwester, Bestellung {#order}, {#quantity} Teile",
        "bitte mit {CARD:noise} zahlen, CVV {CVV:sub}",
        "und die Quittung an {EMAIL:at}",
    ),
    "glaub ich wurde gehackt, jemand hat die Mail auf {EMAIL} und die Nummer auf {PHONE:sp} geaendert. richtig sind {EMAIL:at} und {PHONE}",
    (
        "zum Ticket {#ticket}",
        "die Versicherung will Fuehrerschein {DL:sub}, Pass {PASSPORT} und Steuer-ID {IDNR:noise}",
    ),
    (
        "portugiesische NIF fuer die Rechnung: {NIF:sp}",
        "die Firma in Brasilien hat CNPJ {CNPJ:noise} falls gefragt",
    ),
]

DEV += [
    "neue Karte ist da, {CARD:sp} gueltig bis {EXP:cx}, koennt ihr die beim {#size} Tarif hinterlegen",
    "ich les es von hinten ab: {CVV:ctx}. vorne steht {CARD:ctx}",
]

SEALED += [
    "ok die Debitkarte {CARD:noise} laeuft ab {EXP:cx}, bucht die {#price} da ab",
    "wie gewuenscht {ACCT:ctx}, auf meinen Namen, Filiale in {#postal}",
]

DEV += [
    "Flug {#flight} am {#date} um {#time}, Sitz {#seat}, Buchung {#booking}, Kundennr {#customer_ref} - kann ich Gepaeck dazubuchen? in der App waren es {#percent} Rabatt",
    (
        "das Hotel-WLAN blockiert mich, Zimmer {#room}",
        "meine IP {IP}, Adapter {MAC}, Checkout {#time}, Filiale {#store} hat mir den Gutschein {#year} gegeben",
    ),
    "Zaehler zeigt {#meter}, PLZ {#postal}, Paket {#tracking} ist nach {#duration} immer noch nicht da",
]

SEALED += [
    "Sendung {#tracking} angeblich zugestellt am {#date}, aber nur {#quantity} von {#count} angekommen, PLZ {#postal}, warte seit {#duration}",
    (
        "der {#model} koppelt nicht, Fehler {#error}",
        "Firmware {#version}, meine Mail fuer die Reklamation {EMAIL}",
    ),
    (
        "mein Login ist {USER}",
        "bin nach {#postal} gezogen und jetzt zeigt die App Fehler {#error} auf dem {#model}",
    ),
]

DEV += [
    (
        "schnell bevor die Schicht anfaengt",
        "die Apotheken-App will einen Ausweis, nehme den Reisepass {PASSPORT:sp}",
        "sonst den Fuehrerschein {DL}",
    ),
    "ELSTER lehnt die Steuer-ID {IDNR:sub} ab, und wenn ich die vom Bescheid {IDNR:sp} nehme, passt es auch nicht, was soll das",
    (
        "der Bot wollte die IBAN",
        "{IBAN:ctx}",
        "und bevor ihr fragt, die verknuepfte Karte ist {CARD:noise}",
    ),
    "Hilfe, meine Schwaegerin in Lissabon braucht die NIF fuer die Miete: {NIF}, und die CPF von ihrem brasilianischen Mann {CPF:sp}. Kaution {#amount}",
]

SEALED += [
    (
        "ok lustige Geschichte",
        "die Katze ist uebers Keyboard gelaufen als ich das Passwort eingegeben hab",
        "jetzt ist es wohl {PWD}?? koennt ihr zuruecksetzen, Nutzer {USER:plain}",
    ),
    "schreibe fuer meinen Opa, der kann kein Internet. Steuer-ID {IDNR:spell}, Telefon {PHONE}, wohnt in {#postal}",
    ("schick es in zwei Teilen, die App schneidet ab", "{IBAN@k}", "{IBAN@k}"),
    "ehrlich die {#price} Gebuehr ist mir egal, ich will nur dass die Karte {CARD:sp} vor der Reise am {#date} entsperrt ist",
    (
        "die Frau in der Filiale hat mir die neue PIN auf einen Zettel geschrieben",
        "{PIN}",
        "ist das normal? lol",
    ),
    "Steuerberater braucht: Steuer-ID {IDNR}, meine alte britische NI {NINO:noise}, und die franzoesische NIR {NIR:spell} aus Lyon",
    (
        "ja Adresse stimmt",
        "und meine Handynummer ist {PHONE:noise} nicht die {PHONE:sp} die ihr habt",
    ),
    "Kontoauszug bitte an {EMAIL:at} - NICHT an die Arbeitsadresse {EMAIL}, die liest mein Chef",
    ("sorry", "Tippfehler bei der Karte: {CARD:sp}", "und Ablauf {EXP:cx}"),
    "dringend: Server {IP} zeigt Zugangsdaten auf der Fehlerseite -> APP_SECRET={PWD:kv} und AWS_ACCESS_KEY_ID={AKID:kv}",
]

DEV += [
    "Kartennr. {CARD:sp} Ablaufdat. {EXP} Pruefnr. {CVV} sorry tippe im Bus",
    (
        "Konto schon wieder gesperrt",
        "Benutzer {USER}, Passwrt probiert {PWD} und dann {PWD}",
        "geht nix",
    ),
]

SEALED += [
    "die Girocard endet auf... egal hier: {CARD:noise}, gueltig {EXP}, und die Geheimzahl falls der Automat fragt {PIN:sub}",
    ("meine Steuer-Identnr {IDNR:sp}", "also die elfstellige vom Finanzamt"),
    "Fuehrerschein-Nr {DL:sub}, Reisepas {PASSPORT}, beide {#year} erneuert",
    ("zur Frage vom Kollegen: die zweite", "{EMAIL:ctx}"),
    "Kto.-Nr. {ACCT} / IBAN {IBAN:br} - fuer die Gutschrift von {#amount} ab {#date}",
    ("schickt den Code an {PHONE:sp}", "ne falsche Nummer, richtig ist {PHONE:noise}"),
]

DEV += [("die Kartennummer kommt in Stuecken, Handy spinnt", "{CARD@m}", "{CARD@m}", "{CARD@m}")]
