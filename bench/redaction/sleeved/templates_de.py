"""German customer chat templates (hand-written for Germany, Austria and Switzerland).

Same slot syntax as templates_en.py. No digits in the text itself.
"""

TEMPLATES = """
hallo
mir wurde die bestellung [order] doppelt abgebucht
karte ist {CARD} gültig bis {EXP}

meine karte {CARD:sd} wird abgelehnt obwohl sie bis {EXP} gültig ist??

hi
ich möchte meine kreditkarte ändern
{CARD:sd}
prüfziffer {CVV}

kartennumer {CARD:noise} danke

also die nummer ist {CARD:mm}
{+}
sorry akku leer, ablaufdatum {EXP}

{CARD:mm}
{+}
{+}
das ist die karte, sicherheitscode {CVV}

die karte mit endung {CARD4:ctx} ist nicht meine, ich hab nie [qty] paar schuhe für [price] bestellt

bitte auf die karte mit den endziffern {CARD4:ctx} erstatten

karte: {CARD:sub}

die nummer ist {CARD:spell}

gültig bis {EXP:cexp} cvc {CVV}

ablauf {EXP:cexp}

ablaufdatum {EXP} und die drei ziffern hinten {CVV}

kartenprufnummer ist {CVV:spell}

CVV {CVV:ctx}

{CVV}

meine pin ist {PIN} aber die app sagt falsche pin

PIN {PIN:spell} bitte niemandem sagen haha

neue pin {PIN:ctx}, alte war {PIN:ctx}

@de-DE
kontonummer {ACCT:ctx} blz {ROUTING}

@de-DE
konto {ACCT:ctx}¶bankleitzahl {ROUTING:ctx}¶betrag [price]

@de-DE
BLZ {ROUTING:spell}, konto {ACCT:spell}

@de-AT
bankleitzahl {ROUTING} kontonr {ACCT:ctx}

@de-DE
kontonummer {ACCT:mm}
{+}

guten tag, ich muss meine bankverbindung für die lastschrift ändern
konto {ACCT:sd}

mein konto ist {ACCT:noise}

kto.-nr. {ACCT:sub}

IBAN {IBAN} BIC {SWIFT}

bitte auf meine IBAN {IBAN:ib} zurücküberweisen

die iban lautet¶{IBAN:ib}

hier die iban {IBAN:mm}
{+}
bic {SWIFT}

BIC: {SWIFT} falls ihr den für die überweisung von [price] braucht

iban: {IBAN}

bank: {SWIFT:ctx}

@de-DE
steuer-id {STEUER}

@de-DE
meine steuerliche identifikationsnummer ist {STEUER:sd}

@de-DE
steuer-ID {STEUER:mm}
{+}

@de-DE
IdNr {STEUER:ctx}

@de-DE
steuernummer? nein die steuer-id ist {STEUER:sub}

@de-DE
tin {STEUER:spell}

schickt mir die rechnung an {EMAIL} bitte

meine emial ist {EMAIL:esp}

{EMAIL}

der link zum zurücksetzen https://konto.example.com/reset?email={EMAIL:pct}&t=abgelaufen sagt abgelaufen

hab das bekommen https://mail.example.net/abmelden?e={EMAIL:pct} obwohl ich mich nie angemeldet hab

e-mail {EMAIL:esp} alles klein

ruft mich unter {PHONE} an nach [time] bitte, bin vorher auf arbiet

meine nummer {PHONE:sd}

@de-DE
handy {PHONE:noise}

tel {PHONE:sub}

das ist die {PHONE:spell}

@de-CH
meine natelnummer {PHONE:mm}
{+}
{+}

meine nummer ist {PHONE:mm}
{+}

der link https://hilfe.example.com/rueckruf?tel={PHONE:pct}&zeit=[time] ist der von euch?

@de-AT
meine handynummer {PHONE} bitte sms

@de-CH
natel {PHONE}

@de-DE
festnetz {PHONE} oder mobil {PHONE:sd}

reisepas {PASSPORT}

passnummer {PASSPORT:ctx} gültig bis [date]

mein reisepass ist {PASSPORT} und die buchung [booking]

führerscheinnummer {DRIVER}

führerschein {DRIVER:ctx} ausgestellt [year]

fs-nr {DRIVER:ctx}

das pasword ist {PASSWORD}

pw: {PASSWORD} (ja ich ändere es)

mein benutzername ist {USER} und passwort {PASSWORD}

benutzername {USER}

login: {USER}¶passwort: {PASSWORD}

die url die ich bekommen hab https://backup:{PASSWORD:url}@dateien.example.net/freigabe kann ich die hier posten?

ftp://admin:{PASSWORD:url}@ftp.example.org/upload geht seit [date] nicht mehr

DB_PASSWORD={PASSWORD:kv}

hier meine .env, deployment bricht ab mit [error]¶AWS_ACCESS_KEY_ID={AKID:kv}¶AWS_SECRET_ACCESS_KEY={ASK:kv}

aws key {AKID} secret {ASK}

access key id: {AKID}

der secret key ist {ASK}

export AWS_SECRET_ACCESS_KEY={ASK:kv}

meine ip ist {IP}

router ip {IP} und mac vom receiver {MAC}

das gerät mit der MAC {MAC} fliegt ständig aus dem wlan, firmware [version]

feste ip {IP:ctx} geht nicht seit dem update [version]

hallo
ist da jemand?
meine karte {CARD:sd} ist gesperrt

vielen dank!! schönen tag noch

wo ist mein paket? sendungsnummer [tracking]

die bestellung [order] sollte am [date] kommen und nix

hab [price] für [qty] artikel bezahlt aber nur [count] bekommen

der [model] geht nach [count] tagen nicht mehr

app version [version] stürzt beim login ab, fehler [error]

ticket [ticket] ist seit [date] offen

mein flug [flight] am [date] wurde gestrichen, buchungscode [booking]

filiale [store] hatte um [time] zu

zimmer [room], abgereist am [date], trotzdem [price] abgebucht

meine police [policy] verlängert sich am [date], warum [pct] teurer

vertrag [contract] läuft bis [year], kann ich früher kündigen?

hab nur [size] verbraucht aber [size] berechnet bekommen

lieferung an plz [zip] bitte

@de-DE
postleitzahl [zip]

@de-CH de-AT
PLZ [zip]

ok danke
tschüss

passt
braucht ihr noch was von mir?

hallo, mit meiner karte {CARD} wurden am [date] [price] für die bestellung [order] abgebucht obwohl storniert

karte {CARD:sd}, gültig {EXP:cexp}, plz [zip]

cvc {CVV:ctx} / gültig bis {EXP}

die kartennummer {CARD:noise}
und gültig bis {EXP}

sorry vertippt, es ist {CARD:sub}

karte {CARD:mm}
{+}
gültig {EXP:cexp}
cvv {CVV}

meine nummer {PHONE} und mail {EMAIL}

erreichbar unter {PHONE:sd} oder {EMAIL:esp}

kontakt: {PHONE} / {EMAIL}

schickt den code an {PHONE:noise}

@de-DE
die nummer ist {PHONE:spell}

mein whatsapp {PHONE}

ja es ist die {PHONE:mm}
{+}

@de-AT
ruft mich vor [time] unter {PHONE} an

@de-CH
konto {ACCT:spell}, filiale [store]

danke, die vorgangsnummer ist [ticket]

hab es [count] mal probiert
immer noch fehler [error]

bitte ticket [ticket] eskalieren
sind schon [count] wochen

benutzer: {USER}
passwort: {PASSWORD}
könnt ihr schauen warum ich nicht reinkomme

hab es auf {PASSWORD} geändert und es heißt immer noch ungültig

neues pw {PASSWORD:ctx}

mac: {MAC}¶ip: {IP}¶firmware [version]

@de-DE
hi
meine kontonummer ist {ACCT:ctx}
blz {ROUTING}

@de-DE
blz {ROUTING:mm}
{+}

konto {ACCT:mm}
{+}
{+}
das ist das girokonto nicht das sparkonto

iban {IBAN:ib} kontoinhaber bin ich

das geld muss auf {IBAN:ib} verwendungszweck [invoice]

mein reisepass ist {PASSPORT:ctx}, läuft am [date] ab

pin der karte {PIN:sub}

ich brauch eine neue karte, die alte (endet auf {CARD4:ctx}) wurde am automaten geklaut

ok es ist {CARD}

[qty] x [model] zu je [price], zahle mit karte {CARD:sd}

ist {CVV:ctx}

{PIN:ctx}

{PHONE}

{EMAIL:esp}

{ACCT:ctx}

{IBAN:ib}

@de-DE
{STEUER}

sorry falsche. es ist {CARD:sd}

die mail ist {EMAIL} und bestellung [order]

hab mich [year] mit {EMAIL} angemeldet und komm nicht mehr rein

meine alte mail {EMAIL} gibts nicht mehr, nehmt {EMAIL:esp}

der link https://shop.example.com/sendung?bestellung=[order]&email={EMAIL:pct} sagt bestellung nicht gefunden

meine ip {IP} wurde nach [count] versuchen gesperrt

server {IP:ctx}

ssh root@{IP} mit passwort {PASSWORD}

mysql://app:{PASSWORD:url}@db.example.internal/prod ist der connection string

SMTP_PASSWORD={PASSWORD:kv}¶SMTP_HOST=smtp.example.com

unser key ist geleakt?? {AKID} / {ASK}

bestellung war [order] bezahlt mit der {CARD4:ctx}

ok danke für die hilfe, gebe [count] sterne

was ist mit der rechnung [invoice]?
da steht [price] offen

bitte abo kündigen, mir werden seit [date] jeden monat [price] abgebucht

@de-DE
ich wohne jetzt in spanien, meine NIE ist {NIE}

@de-DE
mein spanischer DNI {DNI}

@de-DE
NIF in portugal {NIF} für die ferienwohnung

@de-CH
mein französischer sozialversicherungsnummer {NIR}

@de-DE
meine frau ist brasilianerin, CPF {CPF}

@de-DE
firma in brasilien CNPJ {CNPJ}

@de-DE
überweisung nach mexiko, CLABE {CLABE}

@de-DE
für die rechnung in mexiko RFC {RFC}, CURP {CURP}

@de-DE
ich hab in london gearbeitet, national insurance number {NINO}

@de-DE
für die US steuer, SSN {SSN}

@de-DE
ITIN {ITIN} (US)

@de-AT
kontonummer ist die {IBAN:ib}, die alte ist aufgelöst

mail {EMAIL:esp} danke

pin {PIN}

@de-DE
bin im ausland, handy {PHONE:sub}

@de-CH
konto {IBAN:mm}
{+}
{+}

der [count]-stellige code ist {PIN:ctx}

karte {CARD:sd}¶gültig bis {EXP}¶prüfnummer {CVV}

moin
meine kundennummer weiß ich nicht, aber meine handynummer {PHONE}

@de-AT
servus, kontonummer {ACCT:ctx}, bankleitzahl {ROUTING:ctx}

@de-CH
grüezi, iban {IBAN}

@de-DE
CNPJ {CNPJ:sd} vom brasilianischen lieferanten

@de-DE
CPF {CPF:sd}

@de-DE
NIE {NIE:sd} für die wohnung in spanien

@de-CH
numéro de sécu {NIR:sd}

@de-DE
CLABE {CLABE:mm}
{+}

@de-DE
SSN {SSN:sd} vom US-job

@de-DE
ITIN {ITIN:ctx}

@de-AT
DNI {DNI:ctx}

@de-DE
CURP {CURP:ctx}

@de-DE
RFC {RFC:ctx}

@de-DE
portugiesische steuernummer NIF {NIF:sd}

@de-DE
NINO {NINO:ctx}

die karte ist {CARD:mm}
{+}
moment
{+}

hallo, ich will die bestellung [order] bezahlen und es klappt nicht
schon [count] mal versucht
karte ist {CARD:mm}
{+}

@de-DE
guten tag, meine lastschrift vom [date] ist geplatzt
iban {IBAN:mm}
{+}
{+}

@de-AT
ja die nummer von meinem mann ist {PHONE:mm}
{+}
und meine {PHONE}
egal welche

könnt ihr mir die mail bestätigen die ihr habt? sollte {EMAIL} sein
und die handynummer endet auf {PHONE:mm}
{+}

@de-DE
hallo
mir wurden [price] doppelt abgebucht
karte endet auf {CARD4:ctx}
bestellung [order]

also die karte
{CARD:mm}
{+}
{+}

@de-DE
meine kontonummer {ACCT:mm}
{+}
erstattung von [price] seit [date] nicht da

@de-DE
steuer-id {STEUER:mm}
{+}
geburtsdatum [date]
sonst noch was?

@de-CH
grüezi
mein natel {PHONE:mm}
{+}
bitte nach [time] anrufen

@de-DE
warte schon [min] minuten
meine nummer {PHONE:mm}
{+}
{+}

die prüfziffer?
{CVV:mm}
{+}

@de-AT
konto {IBAN:mm}
{+}
für die rückzahlung von [price]

hallo ich bin ausgesperrt
benutzer {USER}
hab {PASSWORD} und {PASSWORD} probiert
handynummer im konto {PHONE}

@de-DE
hallo, mit meiner karte {CARD:sd} wurde in filiale [store] bezahlt, war nicht ich
[price] am [date]
mein handy {PHONE} falls ihr anrufen wollt

@de-AT
so
{CARD:mm}
{+}
gültig {EXP}, cvc {CVV}

@de-CH
hi, ich versuche mit der card {CARD:sd} zu zahlen
expiry {EXP}
security code {CVV:ctx}

änderung: neue mail {EMAIL}
neue nummer {PHONE:sd}
alte war {PHONE}

@de-DE
bitte handynummer aktualisieren {PHONE}
und mail {EMAIL:esp}
reisepass falls nötig {PASSPORT}

welche braucht ihr
karte oder konto
konto ist {ACCT:ctx}
karte {CARD4:ctx}

@de-DE
bin aus frankreich zurück
meine numéro de sécu war {NIR:ctx}
und die französische IBAN {IBAN:ib}

der code hinten ist {CVV:spell}
und gültig bis {EXP:cexp}

@de-DE
steuer-id {STEUER:sd}
reisepass {PASSPORT:ctx}
handy {PHONE:spell}

server {IP} erreicht {IP} nicht
mac der netzwerkkarte {MAC}

in der CI steht AWS_ACCESS_KEY_ID={AKID:kv}
AWS_SECRET_ACCESS_KEY={ASK:kv}
bitte rotieren

@de-AT
karte {CARD:noise}
gültig {EXP}
ah cvv {CVV}

die iban ist {IBAN:mm}
{+}
{+}
bic {SWIFT}

@de-DE
konto {ACCT:sub}
steuer-id {STEUER:ctx}

ruft {PHONE:noise} an
oder mail an {EMAIL}
danke

pin ist {PIN:ctx}
nee warte das ist die alte
neue {PIN:spell}

@de-DE
meine nummer {PHONE:mm}
{+}
{+}
und mail {EMAIL}

@de-DE
kontonr {ACCT:mm}
{+}
blz {ROUTING}

@de-DE
lieferung nach [zip], handy {PHONE} falls der bote nicht findet

bestellung [order] / karte {CARD4:ctx} / [price] / [date]

@de-AT
servus nochmal ich
die erstattung von [price] sollte auf {IBAN:ib}
nicht aufs alte konto {ACCT:ctx}

@de-DE
leute mir wurden [price] x [count] abgebucht
karte {CARD:sd}
bitte fixen

ok neue nummer {PHONE:sd} die alte {PHONE:sub} ist gekündigt

@de-DE
nochmal ich, steuer-id {STEUER:sd}, police [policy]
meine nummer {PHONE:noise}

die reset mail kommt nicht
meine adresse {EMAIL}
neues passwort {PASSWORD} um [time] gesetzt

@de-CH
grüezi, konto {ACCT:noise} filiale [store]
hinterlegtes natel {PHONE}

hab ablauf {EXP:cexp} eingegeben und es heißt ungültig
karte {CARD:sub}

buchung [booking], flug [flight] am [date]
reisepass {PASSPORT}
mail {EMAIL:esp}

@de-DE
sorry autokorrektur
es ist die {PHONE:spell}

@de-AT
cvc ist {CVV:ctx} und die lange nummer {CARD:noise}

gesendet von meinem [model]
mail {EMAIL} pw {PASSWORD}

router {IP} startet dauernd neu, ist ein [model] mit firmware [version]
mac {MAC}

@de-DE
iban {IBAN:ib} und handy {PHONE:spell}

@de-DE
blz {ROUTING:spell}, konto {ACCT:ctx}, für die erstattung von [price] rechnung [invoice]

@de-DE
steuer-id {STEUER:ctx} und mail {EMAIL:esp}

"""  # noqa: E501 (each line is one verbatim chat message)
