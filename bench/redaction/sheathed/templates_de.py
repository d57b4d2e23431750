"""German chat templates for corpus 22 (one template per line, messages split by ' || ')."""
# ruff: noqa: E501 - one chat template per line; wrapping would split messages

TEMPLATES = r"""
Hallo, meine Bestellung {order} ist immer noch nicht da || hätte am {date} kommen sollen
[de-DE] moin, hier die Kreditkarte: {CARD} gültig bis {EXP} Prüfnummer {CVV}
Kartennummer {CARD:sp}, Ablaufdatum {EXP}, CVC {CVV}
meine karte ist {CARD:mm1} || {CARD:mm2} || sorry, abgeschickt zu früh
[de-AT] Grüß Gott, die Kreditkartennummer lautet {CARD:noise}, gültig bis {EXP:cexp}
[de-CH] Grüezi, Kartennummer {CARD}, Ablauf {EXP}
KK-Nr {CARD:leet} ablauf {EXP:cexp}
ich schreib sie aus damit die Autokorrektur nix verhaut: {CARD:words}
Karte: {CARD} || gültig bis: {EXP} || CVV: {CVV}
die Prüfziffer hinten ist {CVV}
[de-DE] ihr habt mir {price} doppelt abgebucht!! Karte {CARD}
Ratenzahlung in {inst} Raten bitte, Karte {CARD:sp}, exp {EXP:cexp}, cvc {CVV}
Karte {CARD:mm1} || {CARD:mm2} || {CARD:mm3} || läuft ab {EXP}
cvc ist {CVV:words}
[de-CH] my card is {CARD}, exp {EXP}, sorry für Englisch
meine PIN ist {PIN} und der Automat in Filiale {store} nimmt sie nicht
hab die Geheimzahl auf {PIN:leet} geändert und jetzt gehts nicht mehr
Geheimzahl {PIN:words}
[de-AT] Bankomat-PIN {PIN:sp}
ihr wollt echt meine PIN?? || na gut, {PIN}
PIN {PIN:mm1} || {PIN:mm2}
PIN {PIN:noise}
[de-DE] meine Steuer-ID ist {STEUER}
[de-DE] Steuer-IdNr {STEUER:sp}
[de-DE] steuerliche Identifikationsnummer {STEUER:mm1} || {STEUER:mm2}
[de-DE] Steuer ID {STEUER:noise}
[de-DE] Steuer-ID {STEUER:leet}
[de-DE] Steuer-ID {STEUER:words}
[de-DE de-AT] Identifikationsnummer fürs Finanzamt: {STEUER}
ich wohne in Spanien, DNI {DNI}
DNI {DNI:sp}
DNI {DNI:mm1} || {DNI:mm2}
meine spanische NIE: {NIE}
NIE {NIE:noise}
NIE {NIE:mm1} || {NIE:mm2}
CURP aus Mexiko {CURP}
CURP {CURP:sp}
RFC der Firma in Mexiko: {RFC}
RFC {RFC:mm1} || {RFC:mm2}
Überweisung auf meine CLABE {CLABE}
CLABE {CLABE:noise}
CLABE {CLABE:mm1} || {CLABE:mm2}
meine brasilianische CPF: {CPF}
CPF {CPF:sp}
CPF {CPF:mm1} || {CPF:mm2}
CNPJ der Firma: {CNPJ}
CNPJ {CNPJ:noise}
meine französische Sozialversicherungsnummer (NIR) {NIR}
NIR {NIR:sp}
NIR {NIR:mm1} || {NIR:mm2}
portugiesische NIF {NIF}
NIF {NIF:sp}
NIF {NIF:mm1} || {NIF:mm2}
meine US Social Security Number {SSN}
SSN {SSN:sp}
ITIN {ITIN}
ITIN {ITIN:sp}
britische National Insurance Nummer {NINO}
NINO {NINO:sp}
Reisepassnummer {PASSPORT}
Pass-Nr. {PASSPORT}, Flug {flight} am {date}
Reisepass {PASSPORT:sp} || Buchung {booking}
Passnummer {PASSPORT:mm1} || {PASSPORT:mm2}
Pass {PASSPORT:leet}
[de-DE] Führerscheinnummer {DL}
[de-AT] Führerschein Nr. {DL}
[de-CH] Führerausweis-Nr. {DL}
Führerschein {DL:sp}
Führerschein {DL:mm1} || {DL:mm2}
mein Passwort ist {PASSWORD}
pw: {PASSWORD}
hab {PASSWORD} als Passwort gesetzt und er sagt falsch
Benutzername {USER} || Passwort {PASSWORD}
mein Benutzername ist {USER}
login: {USER} pw: {PASSWORD}
[de-CH] min Benutzername {USER} und s Passwort {PASSWORD}
Passwort {PASSWORD:mm1} || {PASSWORD:mm2}
in der .env steht {PASSWORD:kv}
wir verbinden mit {PASSWORD:url} und kriegen Fehler {err}
Verbindungs-URL: {PASSWORD:url}
meine E-Mail ist {EMAIL}
Mail: {EMAIL:esp}
ist {EMAIL:esp}
schickts bitte an {EMAIL:esp}
der Link {EMAIL:pct} ist abgelaufen
Mail {EMAIL:mm1} || {EMAIL:mm2}
[de-DE] meine Mailadresse {EMAIL}, Bestellung {order}
meine Handynummer {PHONE}
[de-CH] min Natel {PHONE}
[de-AT] Handy {PHONE:sp}
[de-DE] Festnetz {PHONE:noise}
ruft mich bitte unter {PHONE:sp} an, ab {time}
Nummer {PHONE:words}
Tel {PHONE:leet}
meine Nummer {PHONE:mm1} || {PHONE:mm2}
Tel. {PHONE:mm1} || {PHONE:mm2} || {PHONE:mm3}
der Link {PHONE:pct} geht nicht
meine Nummer {PHONE} oder die von meiner Frau {PHONE#2}
meine Mutter wohnt in Wien, ihre Nummer {PHONE@AT}
[de-DE] bin grad in Zürich: {PHONE@CH}
[de-AT] erreichbar in Deutschland unter {PHONE@DE}
[de-CH] meine französische Nummer {PHONE@FR}
[de-DE de-AT] IBAN {IBAN}
[de-DE] meine IBAN: {IBAN:ibanb}
IBAN:\n{IBAN:ibanb}
IBAN {IBAN:mm1} || {IBAN:mm2}
für die Rückerstattung: {IBAN:ibanb}
IBAN {IBAN:leet}
IBAN {IBAN:noise}
[de-DE] Bankverbindung: IBAN {IBAN:ibanb} BIC {SWIFT}
BIC {SWIFT}
BIC {SWIFT:sp}
SWIFT {SWIFT:mm1} || {SWIFT:mm2}
[de-DE] Kontonummer {ACCT} BLZ {ROUTING}
[de-DE] Kto {ACCT:sp}, BLZ {ROUTING:sp}
[de-AT] Kontonummer {ACCT}, Bankleitzahl {ROUTING}
[de-CH] Konto {ACCT}, Clearing-Nr. {ROUTING}
Konto {ACCT:mm1} || {ACCT:mm2}
Kontonr. {ACCT:leet}
Konto {ACCT:words}
[de-DE] BLZ {ROUTING:noise}
[de-DE] BLZ {ROUTING:mm1} || {ROUTING:mm2}
[de-DE] Bankleitzahl {ROUTING:leet}
[de-DE] BLZ {ROUTING:words}
Access Key ist {AWSKEY} und Secret {AWSSECRET}
AWS_ACCESS_KEY_ID {AWSKEY}
hier die Datei:\n{AWSKEY:kv}\n{AWSSECRET:kv}
{AWSSECRET:kv}
der Secret Key {AWSSECRET}
Key {AWSKEY:mm1} || {AWSKEY:mm2}
Access Key {AWSKEY:sp}
IP vom Router {IP}
IP {IP} und MAC-Adresse {MAC}
MAC-Adresse {MAC}
MAC {MAC:sp}
IP {IP:noise}
MAC {MAC:mm1} || {MAC:mm2}
[de-AT] passt, danke vielmals
[de-CH] merci vielmal
[de-DE] Sendung {track} hängt seit dem {date}
Bestellung {order} als zugestellt markiert aber nix angekommen, meldet euch unter {PHONE}
hab {qty} Stück bestellt und {n} bekommen, Konto läuft auf {EMAIL}
der {model} zeigt Fehler {err}
die App stürzt mit Version {ver} ab, Benutzer {USER}
will auf den {size} Tarif wechseln, was kostet das? || da steht {price}
[de-DE] auf der Rechnung {inv} stehen {price} statt {price#2}
Buchung {booking} am {date}, Zimmer {room}, kann ich umbuchen?
Flug {flight} gestrichen, Buchungscode {booking}
gibts {pct} Rabatt wenn ich {qty} nehme? würde mit Karte {CARD} zahlen, gültig bis {EXP}
meine Police {policy} läuft am {date} aus, Unterlagen bitte an {EMAIL:esp}
ich möchte den Vertrag {contract} kündigen, Rückzahlung auf {IBAN:ibanb}
hat die Filiale {store} um {time} offen? Abholung läuft auf {PHONE}
das Ticket {ticket} ist seit {n} Tagen offen, ruft doch mal {PHONE:sp} an
[de-DE] PLZ {zip} und Handy {PHONE}
[de-AT] PLZ {zip}, Tel {PHONE}
[de-CH] PLZ {zip}, Natel {PHONE:sp}
Moment falsche Karte || die hier {CARD} exp {EXP:cexp}
Visa {CARD:noise} || gültig bis {EXP}
was ist die Prüfnummer? || ah ok {CVV}
CVC {CVV} || Ablauf {EXP:cexp}
[de-DE] Servus || komm nicht mehr in mein Konto || Benutzername {USER}
[de-AT] Hallo, mir wurden {price} zu viel abgebucht || Mail {EMAIL}
[de-CH] Hoi || mis Päckli {track} isch nöd cho
[de-DE] Guten Tag || bitte Handynummer auf {PHONE} ändern
schick ich gleich || {EMAIL}
sorry || falsche Nummer, richtig ist {PHONE}
meine Daten: {STEUER} / {PHONE} / {EMAIL}
[de-DE] Hi, I need help with meinem Account || username {USER}
mein Mann ist Brasilianer, seine CPF {CPF:leet}, Bestellung {order}
CPF laut Dokument: {CPF:noise}
ich diktier mal: CPF {CPF:words}
Lieferant in Brasilien, CNPJ {CNPJ:mm1} || {CNPJ:mm2} || Rechnung {inv}
CNPJ {CNPJ:sp} auf dem Angebot über {price}
auf dem Foto sieht die CNPJ aus wie {CNPJ:leet}
hab in Madrid gewohnt, DNI {DNI:noise}
DNI {DNI:leet}, schnell abgetippt
NIE {NIE:sp} (spanische Aufenthaltskarte)
NIE {NIE:leet}
meine Frau ist Mexikanerin, CURP {CURP:mm1} || {CURP:mm2}
CURP {CURP:noise}
RFC für die Rechnung {inv}: {RFC:sp}
RFC {RFC:noise}, PLZ {zip}
Überweisung von {price} auf CLABE {CLABE:sp}
CLABE {CLABE:leet}
ich buchstabier die CLABE: {CLABE:words}
hab in Frankreich gearbeitet, NIR {NIR:noise}
NIR {NIR:leet} seit {year}
portugiesische NIF {NIF:noise}
NIF {NIF:leet}, Rechnung {inv}
NIF {NIF:words}
hab in den USA gelebt, SSN {SSN:mm1} || {SSN:mm2}
SSN {SSN:noise}
meine SSN ist {SSN:words}
ITIN {ITIN:mm1} || {ITIN:mm2} || für die Steuer {year}
ITIN {ITIN:noise}
war in London, NINO {NINO:mm1} || {NINO:mm2}
NINO {NINO:noise}
ich les die Karte vor: {CARD:words}
die Prüfnummer hinten? || {CVV}
[de-DE] ok || {STEUER}
{EMAIL}
{PHONE}
[de-AT] Servus, mei Packerl {track} liegt seit {date} im Verteilerzentrum || Handy {PHONE} || PLZ {zip}
[de-CH] Grüezi, ich habe {price} für das {model} in der Filiale {store} bezahlt || Mail {EMAIL:esp}
[de-DE] Guten Abend, Buchung {booking} am {date} ändern bitte || Handy {PHONE} || Reisepass {PASSPORT}
[de-DE] Hallo, Rechnung {inv} über {price} wurde zweimal abgebucht || IBAN des Kontos {IBAN:ibanb}
[de-DE] Servus, die Semestergebühr von {price} ging zweimal von meiner Karte {CARD:sp} ab || am {date} || bin unter {PHONE} erreichbar
[de-DE] Bankwechsel, bitte das Lastschriftmandat für den Handyvertrag {contract} umstellen || neue IBAN {IBAN:ibanb} || BIC {SWIFT}
[de-AT] die Kaution für die Wohnung soll auf {IBAN:ibanb} gehen, ist das wirklich euer Konto? Verwendungszweck {inv}
[de-DE] ich kündige das Fitnessstudio-Abo {contract} || bitte keine Abbuchung mehr von {IBAN}
[de-CH] Flug {flight} wurde annulliert, die Airline will meinen Pass {PASSPORT} || Rückerstattung bitte auf {IBAN@CH}
[de-DE] der Telekom-Techniker war da, der Router hat MAC {MAC} || bekommt IP {IP} aber kein Internet, Fehler {err}
[de-AT] bin nach Salzburg gezogen, neue Handynummer {PHONE} || die deutsche {PHONE@DE} könnt ihr löschen
unser Werkstudent hat die Keys ins Ticket {ticket} kopiert 🤦 || {AWSKEY:kv} || {AWSSECRET:kv}
[de-DE] ich miete am Wochenende einen Transporter, Buchung {booking} || Führerscheinnummer {DL} || zahle mit Karte {CARD} exp {EXP:cexp}
[de-DE] ich bin Grenzgänger, Lohn kommt auf mein Schweizer Konto {IBAN@CH} || Handy {PHONE} || Steuer-ID {STEUER}
[de-DE] mein Lieferant in Mexiko will unbedingt auf seine CLABE {CLABE:sp} || RFC {RFC} für Rechnung {inv}
[de-DE] meine Oma wohnt in Faro, für die Bestellung {order} braucht ihr ihre NIF {NIF} || Telefon {PHONE@PT}
[de-DE] hab auf {EMAIL:pct} geklickt, war wohl Phishing || hab mein Passwort {PASSWORD} eingegeben bevor ichs gemerkt hab 😩
[de-AT] das {model} aus eurer Filiale {store} lädt nicht mehr, Rechnung {inv} über {price} || ruft mich an {PHONE:sp}
[de-DE] bitte Rechnungen an meine neue Mail {EMAIL} || die alte {EMAIL#2} gibts seit {year} nicht mehr
die Dame an der Hotline meinte, IBAN in mehreren Nachrichten schicken || {IBAN:mm1} || {IBAN:mm2} || {IBAN:mm3}
[de-DE] neue Geheimzahl {PIN} per Brief bekommen, Automat lehnt ab || Karte {CARD}, bin auf Dienstreise, Hotel Zimmer {room}
[de-CH] ich hab in Boston gearbeitet, meine ITIN {ITIN} || die wollen jetzt eine SSN, hab ich nicht || Mail {EMAIL}
[de-DE] ihr wolltet für Vorgang {ticket} noch meine Steuer-ID || {STEUER:mm1} || {STEUER:mm2}
[de-AT] Benutzer {USER}, Passwort {PASSWORD:mm1} || {PASSWORD:mm2} || hoppla
[de-CH] mini Karte {CARD:noise} isch am {time} im Bancomat stecke blibe || PLZ {zip}
[de-DE] für die Wohnungsbewerbung wollen die Reisepassnummer {PASSPORT:sp} und Steuer-ID {STEUER:sp}, ist das normal?
sorry, schreib kurz auf Englisch || my card is {CARD:sp}, valid until {EXP}
📱{PHONE} ✉️{EMAIL}
(meine Steuer-ID: {STEUER}) falls ihr die braucht
sorry vertippt!! ist {CARD} nicht {CARD#2}
E-Mail: {EMAIL}\nTelefon: {PHONE}\nBestellung: {order}
[de-DE] Steuer-ID: {STEUER}\nPLZ: {zip}\nIBAN: {IBAN}
MEIN PASSWORT IST {PASSWORD} UND ES GEHT IMMER NOCH NICHT!!!
[de-CH] ok also mis Natel isch {PHONE} und PLZ {zip}
[de-AT] passt, Konto {IBAN:ibanb}, Verwendungszweck {inv} 👍
Karte „{CARD}“ gültig bis „{EXP}“
[de-DE] es ist die {PHONE}!! die andere {PHONE#2} nutz ich nicht mehr
iban={IBAN} (aus der Banking-App kopiert)
[de-DE] mein Paket {track} liegt angeblich in der Packstation {store}, da ist aber nix || Handy {PHONE:sp}
[de-DE] Rufnummernmitnahme: alte Nummer {PHONE}, neuer Vertrag {contract} || Kundenkennwort ist {PASSWORD}
[de-DE] hab ne Mail bekommen, ich soll mein Online-Banking Passwort bestätigen, hab {PASSWORD} eingegeben 😬 || Benutzer {USER}
[de-DE] fürs SEPA-Lastschriftmandat: {IBAN:ibanb} || Kontoinhaber ich, Mail {EMAIL}
[de-AT] ich zahl per Bankomatkarte, aber die Filiale {store} sagt Karte gesperrt || Kartennummer {CARD:noise}
[de-CH] die Post sagt mein Päckli {track} ist am Schalter, aber sie wollen eine Natelnummer, hier {PHONE}
[de-DE] jemand hat angerufen, angeblich Sparkasse, und ich hab die TAN und die PIN {PIN} gesagt 😭 || Karte {CARD:sp}, bitte sperren
[de-DE] bei Kleinanzeigen kam die Zahlung von {price} nicht an, meine IBAN {IBAN} || Nutzername {USER}
[de-DE] Zählernummer {meter}, der Abschlag von {price} ist viel zu hoch || Vertragsnummer {contract}, erreichbar unter {PHONE:noise}
[de-DE] für ELSTER brauch ich nochmal die Steuer-ID, ist das {STEUER:sp}? || steht so auf dem Brief von {year}
[de-AT] Überweisung bitte auf {IBAN:mm1} || {IBAN:mm2} || BIC {SWIFT}
[de-CH] Zahlung via TWINT von {PHONE} hängt bei {price}
[de-DE] die Fritzbox zeigt IP {IP} und Fehler {err} || MAC {MAC}
[de-DE] Widerruf für Bestellung {order}, Geld bitte zurück auf Kreditkarte {CARD} || gültig bis {EXP:cexp}
"""
