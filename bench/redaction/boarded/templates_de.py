"""Deutsche Support-Chat-Vorlagen, von Hand geschrieben."""
# ruff: noqa: E501  (one template per line, kept whole on purpose)

TEMPLATES = """
hallo, meine karte wurde bei bestellung [order] abgelehnt, kartennummer {CARD}
@de-DE karte {CARD:sd} gültig bis {EXP} prüfziffer {CVV}
@de-AT servus, die kreditkarte is {CARD:noise}
kartennr {CARD:sub}
meine karte {CARD:mm} || {CARD:mm+}
ich schick die nummer in zwei teilen || {CARD:mm} || {CARD:mm+}
{CARD:mm} || {CARD:mm+} || {CARD:mm+}
@de-DE die nummer ist {CARD:sp}
mir wurden am [date] zweimal [price] abgebucht mit karte {CARD:sd}
@de-CH grüezi, meine kreditkarte {CARD:ctx} ist gesperrt
ablauf {EXP:cx} und cvc {CVV}
die cvv ist {CVV:sp}
gültig bis {EXP} || sicherheitscode {CVV:ctx}
exp {EXP:cx} kartenprüfnummer {CVV}
läuft ende {EXP} ab glaub ich
die drei ziffern hinten: {CVV:sub}
@de-DE meine PIN ist {PIN} bitte karte sperren
pin {PIN:sp}
@de-AT der code {PIN:ctx} geht nicht in filiale [store]
PIN: {PIN:noise}
pin {PIN:mm} || {PIN:mm+}
@de-DE kontonummer {ACCT:ctx}
@de-DE konto {ACCT:sd} blz {ROUT}
@de-AT kto-nr {ACCT:noise}
@de-DE bankleitzahl {ROUT:sd} || kontonr {ACCT:ctx} || hab am [date] [price] überwiesen
konto {ACCT:mm} || {ACCT:mm+}
@de-DE BLZ {ROUT:ctx} konto {ACCT}
@de-AT BLZ {ROUT} || konto {ACCT:sub}
@de-DE meine IBAN: {IBAN}
@de-DE iban {IBAN:ib}
@de-AT IBAN ¶ {IBAN:ib}
@de-DE die iban ist {IBAN:mm} || {IBAN:mm+}
@de-DE bitte die [price] auf {IBAN:sd} zurücküberweisen
@de-CH bic {SWIFT} || iban {IBAN}
swift-code {SWIFT:ctx} für die auslandsüberweisung
@de-AT BIC der bank {SWIFT:sd}
meine mail ist {EMAIL}
e-mail: {EMAIL:em}
is {EMAIL:em} alles klein
@de-CH mail {EMAIL} || merci vielmal
der link https://konto.example.com/reset?mail={EMAIL:pct} bringt [error]
bitte meine e-mail auf {EMAIL} ändern, bestellung [order]
@de-DE handy {PHONE}
@de-DE meine nummer {PHONE:sd} bitte erst ab [time] anrufen
@de-AT handynr {PHONE:noise}
@de-DE meine tel. ist {PHONE:sp}
@de-CH natel {PHONE:sub}
@de-DE telefon {PHONE:mm} || {PHONE:mm+}
@de-DE meine nummer {PHONE:mm} || {PHONE:mm+} || {PHONE:mm+}
@de-AT rufen S' mich an unter {PHONE:sd}
@de-DE tel {PHONE:ctx}
@de-CH meine nummer {PHONE} || danke
@de-DE https://hilfe.example.com/rueckruf?tel={PHONE:pct}
@de-AT whatsapp {PHONE} falls ich nicht abheb
@de-DE steuer-id {IDNR}
@de-DE meine steuerliche identifikationsnummer {IDNR:sd}
@de-DE steuer id {IDNR:ctx} für die rechnung
@de-DE idnr {IDNR:mm} || {IDNR:mm+}
@de-DE Steuer-IdNr {IDNR:noise}
@de-DE steuernummer? nee die ID: {IDNR:sub}
@de-DE steuer-id {IDNR:sp}
reisepass {PASS:ctx}
@de-DE passnummer {PASS:ctx} für flug [flight]
@de-AT mein reisepass {PASS} || buchung [booking]
pass nr {PASS:sd}
@de-DE führerschein {DL:ctx}
@de-AT führerscheinnummer {DL:ctx}
@de-CH führerausweis {DL} || gültig bis [date]
führerschein {DL:sd}
passwort {PWD}
mein pw ist {PWD} glaub ich
kennwort: {PWD:ctx} lol
https://admin:{PWD:url}@shop.example.com/admin lädt nicht
sftp://jonas:{PWD:url}@ftp.example.net
DB_PASSWORD={PWD:kv}
benutzername {USER} passwort {PWD}
mein nutzername ist {USER} || pw {PWD}
benutzer: {USER}
angemeldet als {USER} seit [year]
account {USER:ctx} kommt seit [version] nicht mehr rein
AWS_ACCESS_KEY_ID={AKID:kv} ¶ AWS_SECRET_ACCESS_KEY={ASEC:kv}
access key {AKID} und secret {ASEC} geben [error]
aws_access_key_id={AKID:kv}
secret access key {ASEC:ctx}
meine ip {IP}
server {IP} antwortet seit [version] nicht
ip {IP:sd} und mac-adresse {MAC}
MAC-Adresse {MAC}
mac vom router {MAC:sd}
hallo
hallo?? jemand da
ok danke || tschüss
bestellung [order] ist seit [date] nicht da || ???
sendungsnummer [tracking] geht nicht
hab [qty] stück [model] bestellt und nur eins bekommen
app stürzt ab in version [version] mit [error]
zeigt [size] belegt an
hab es [count] mal versucht
wann kommt die erstattung von [price] || hieß es am [date]
@de-DE plz [zip] || liefert ihr da hin?
@de-AT plz [zip] || meine nummer {PHONE}
zimmer [room] anreise ca [time] buchung [booking]
flug [flight] am [date] gestrichen || buchung [booking] || mail {EMAIL}
versicherungsnummer [policy] || schaden [price]
vertrag [contract] sagt [pct] rabatt
ticket [ticket] ist immer noch offen
rechnung ist um [pct] gestiegen
passt
ich will mit einem menschen reden
@de-DE moin, hier meine daten: karte {CARD:noise} || ablauf {EXP:cx} || cvc {CVV:sp}
@de-AT mein account wurde gehackt, user {USER}, mail {EMAIL:em}, handy {PHONE:sd}
@de-DE die lastschrift über [price] ging auf iban {IBAN:ib}, das ist nicht meine
@de-CH mein konto {ACCT:ctx} und natel {PHONE}
cvc {CVV} || nee moment, {CVV}
ablaufdatum {EXP:sp}
läuft {EXP} ab nicht am [date]
pin {PIN:sub} oder?
@de-DE konto {ACCT:sp}
@de-DE iban {IBAN:noise}
@de-DE swift/bic {SWIFT:sd}
{EMAIL:em} || das ist meine mail
@de-DE meine nummer {PHONE:ctx} ist falsch hinterlegt || reklamation [ticket]
git clone https://lena:{PWD:url}@git.example.org/web.git schlägt fehl [error]
PASSWORD={PWD:kv}
zugriffsschlüssel {AKID:sd}
AWS_SECRET_ACCESS_KEY = {ASEC:kv}
secret {ASEC}
feste ip {IP:sub}
mac {MAC:noise}
die mac {MAC:ctx}
@de-DE karte {CARD:sub} für die [price]
@de-AT karte {CARD} cvv {CVV:ctx}
@de-CH karte {CARD:sd} || gültig {EXP} || code {CVV:noise}
@de-DE ich will die karte ändern, neue nummer {CARD:sp}
@de-DE BLZ {ROUT:noise} || kto {ACCT:mm} || {ACCT:mm+}
hab [price] für [qty] x [model] bezahlt || und nix
wo bleibt meine bestellung?? [order]
@de-DE ruft mich bitte unter {PHONE:noise} an ab [time]
@de-DE meine mail aus dem link {EMAIL:pct}
@de-DE steuer-id {IDNR:ctx} und plz [zip]
@de-AT meine nummer {PHONE:sp}
@de-CH IBAN ¶ {IBAN:ib} ¶ danke
@de-DE sorry my german is bad, my number is {PHONE} danke
@de-DE steuer-id {IDNR:mm} || {IDNR:mm+} || {IDNR:mm+}
@de-AT wlan passwort {PWD} und ip {IP}
@de-CH wohne in [zip], karte {CARD:mm} || {CARD:mm+}
@de-DE kartenprüfnummer {CVV:noise}
@de-DE pw {PWD:sd}
@de-DE hi, kurze frage zur lieferung [order] || kommt das noch am [date]?
@de-DE hier die kontonummer: {ACCT:ctx} || und der bic {SWIFT}
@de-DE bestätige mail {EMAIL} und handy {PHONE:sd}
@de-AT fritzbox zeigt [error], ip {IP} || [count] mal neu gestartet
@de-CH merci || schönen abend noch
@de-DE steuer-ID bitte an {EMAIL} schicken, meine ist {IDNR}
@de-DE karte kommt in stücken || {CARD:mm} || {CARD:mm+}
@de-AT handy {PHONE:mm} || {PHONE:mm+}
@de-DE iban {IBAN:mm} || {IBAN:mm+} || {IBAN:mm+}
@de-CH meine nummer {PHONE:mm} || sorry, rest: {PHONE:mm+}
@de-DE moin, paket [tracking] hängt seit [count] tagen || für rückfragen {PHONE:sd}
@de-AT grüß gott, ihr habt [price] doppelt abgebucht, iban {IBAN:sd}
@de-CH hoi zäme, app spinnt in version [version] || fehler [error]
@de-DE hier meine mailadresse {EMAIL:em}, bitte melden
@de-DE na toll, karte {CARD:sd} in filiale [store] abgelehnt obwohl genug drauf ist
@de-DE fürs finanzamt, steuer-id {IDNR:sd} und rechnung [invoice]
@de-AT schreibt euch die handynummer auf {PHONE:noise}, festnetz hab ich keins mehr
@de-DE hallo hi, my card is {CARD:noise} ok? sorry kein deutsch
@de-DE egal || das passwort war {PWD} || geht trotzdem nicht
@de-CH ok ich schick die nummer {PHONE:mm} || {PHONE:mm+}
@de-DE kontoverbindung: {IBAN:sd}
@de-DE die adresse fürs konto ist {EMAIL}
@de-AT handy: {PHONE}
@de-CH karte {CARD} ablauf {EXP:cx}
@de-DE notiert? karte {CARD:sd}, cvc {CVV}
@de-DE neue handynummer: {PHONE:sd}
@de-CH geschäftliche mail {EMAIL:em}
@de-DE nutzername {USER} und ip vom router {IP}
@de-AT kontonummer {ACCT:ctx} für die rückzahlung
@de-DE die karte die auf... ach hier die ganze nummer {CARD}
@de-DE mein temporäres passwort {PWD}
@de-DE ich bin franzose, meine sécu nummer {NIR} || für die krankenkasse
@de-CH französische sozialversicherungsnummer {NIR:sd}
@de-DE spanische DNI {DNI} für die mietwagenbuchung
@de-AT mein NIE aus spanien {NIE:ctx}
@de-DE dni {DNI:ctx} aus spanien, geht das?
@de-DE NIE-nummer {NIE:sd} || wohne in barcelona
@de-DE hab euch meine nummer schon gestern gegeben {PHONE}, vorgang [ticket] bitte nachsehen
@de-DE also die karte endet auf... egal hier die ganze {CARD:sd} || gültig bis {EXP} fertig
@de-AT {EMAIL} || {PHONE:sd} passt so?
@de-DE jo, kontonr {ACCT:ctx} || blz {ROUT:sd}
@de-DE die prüfziffer? {CVV} sorry, musste erst die karte suchen
@de-DE meine karte wurde kopiert!!! {CARD:noise}. abbuchungen über [price] die ich nicht kenne sofort sperren
@de-DE bitte: ¶ karte {CARD:sd} ¶ gültig {EXP} ¶ cvc {CVV}
@de-CH meine mail ist {EMAIL:em} ah nein das ist die alte || {EMAIL}
@de-DE hab {PWD} probiert und dann {PWD} || user {USER} nix
@de-DE login von ip {IP} war nicht ich || bitte account {USER} sperren
@de-DE die iban von vorhin war falsch, richtig ist {IBAN:ib} sorry
@de-DE für die steuerbescheinigung: steuer-id {IDNR} || handy {PHONE:sd}
@de-AT und die handynummer {PHONE:mm} || {PHONE:mm+} das wars
@de-DE hallo!! möchte meine bankverbindung ändern, neue iban {IBAN:sd}
@de-DE ist das konto von meiner mutter, ihre mail {EMAIL} || und handy {PHONE:noise} || sie ist [count], bitte geduld haben
@de-DE hab von {PHONE:sd} angerufen, dann war die leitung weg || ticket [ticket]
@de-AT is wirklich {CARD:sub} hab [count] mal nachgschaut
@de-DE hallo?? || also konto {ACCT:ctx} bei filiale [store]
@de-CH sorry vertippt, mail ist {EMAIL} nicht die von vorher
@de-DE könnt ihr die [price] per paypal erstatten? ist {EMAIL:em}
@de-DE meine hinterlegte nummer {PHONE:sp} || bekomme seit [date] keine sms
@de-DE neue karte ist da {CARD:sd} || cvc ist jetzt {CVV} || ablauf {EXP:cx}
@de-AT router zurückgesetzt, mac ist jetzt {MAC} und app auf [version]
@de-DE bitte nicht unter {PHONE:ctx} anrufen das ist die arbeit, lieber {PHONE:sd}
@de-DE unser dev hat die zugangsdaten in slack gepostet: AWS_ACCESS_KEY_ID={AKID:kv} || secret war {ASEC} || wie widerrufen wir das
@de-DE für den lohnsteuerausgleich meine steuer-id {IDNR:sp}
"""
