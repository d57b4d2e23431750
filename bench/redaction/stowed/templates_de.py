"""Deutsche Chat-Vorlagen (versiegeltes Material: keine Detektoren daran einstellen)."""

LOCALES = ["de-DE", "de-DE", "de-DE", "de-AT", "de-CH"]

TEMPLATES = r"""
hallo meine karte wurde abgelehnt
ist die {CARD}

kreditkarte {CARD:sd} gültig bis {EXP} prüfziffer {CVV}

hi, zahlung für bestellung {@order} geht nicht durch. kartennr {CARD}

{CARD:nz}

also die nummer {CARD:mm1}
{CARD:mm2}

schick ich in teilen
{CARD:mm1}
{CARD:mm2}
{CARD:mm3}

kartennummer: {CARD:ls}

der code hinten ist {CVV} und läuft ab {EXP}

gültig {EXP:cx} cvc {CVV}

ablaufdatum {EXP:cx}

sicherheitscode {CVV:sp}

{CARD:sp}

Karte: {CARD}{NL}Gültig bis: {EXP}{NL}CVV: {CVV}

ihr habt am {@date} zweimal {@price} abgebucht!! karte {CARD:sd}

weiß die endziffern nicht mehr, hier alles {CARD:nz}

was braucht ihr
kartennr {CARD:ls} ablauf {EXP:cx}

die pin ist {PIN}

meine pin {PIN:sp} ändere ich danach eh

der automat in filiale {@store} hat meine karte eingezogen, pin war {PIN}

hallo
meine kontonummer ist {ACCT}

konto {ACCT:ctx}

kontonr {ACCT:sd}

ist {ACCT:mm1}
{ACCT:mm2}

@de-DE de-AT
BLZ {ROUT} konto {ACCT}

@de-DE
bankleitzahl {ROUT:sd}

@de-DE de-AT
BLZ {ROUT:nz} kto {ACCT:ctx}

meine IBAN {IBAN}

IBAN {IBAN:ib}

bitte die {@price} auf diese iban zurück {IBAN:ib}

IBAN:{NL}{IBAN:ib}{NL}BIC {SWIFT}

der swift code {SWIFT}

für die überweisung: {IBAN:sd} / {SWIFT}

{IBAN:mm1}
{IBAN:mm2}

sorry die richtige iban ist {IBAN:ls}

@de-DE
steuer id {IDNR}

@de-DE
meine steuerliche identifikationsnummer {IDNR:sd}

@de-DE
Steuer-IdNr {IDNR:nz}

@de-DE
steuerid {IDNR:ls}

@de-DE
{IDNR:mm1}
{IDNR:mm2}

@de-DE
die IdNr vom finanzamt brief: {IDNR:sp}

meine mail ist {EMAIL}

schickt die rechnung {@invoice} bitte an {EMAIL}

email {EMAIL:em}

{EMAIL:em}

der link https://konto.example.com/reset?mail={EMAIL:pe} zeigt fehler {@error}

hab https://hilfe.example.org/login?email={EMAIL:pe} probiert nix

neue email: {EMAIL}
alte war {EMAIL}

ruft mich an unter {PHONE}

handy {PHONE:sd} ab {@time}

tel {PHONE:nz}

{PHONE}

meine nummer {PHONE:sp}

die nr {PHONE:mm1}
{PHONE:mm2}

telefon {PHONE:ls}

der sms code ging an {PHONE} kam aber nix

https://versand.example.net/sms?tel={PHONE:pe}

mein reisepass {PASS}

reisepassnr {PASS:sd} läuft am {@date} ab

buchung {@booking}, passnummer {PASS}

pass {PASS:ls}

führerschein {DL}

führerscheinnummer {DL:sd}

mein führerschein nr {DL}

passwort {PWD}

pw ist {PWD} nicht lachen

benutzer: {USER}{NL}passwort: {PWD}

mein benutzername {USER}

username ist {USER} glaub ich

login {USER} und kennwort {PWD}

https://admin:{PWD:url}@fritzbox.example.net

hab ftp://jonas:{PWD:url}@dateien.example.com eingegeben geht nicht

AWS_ACCESS_KEY_ID={AKID:kv}{NL}AWS_SECRET_ACCESS_KEY={AKS:kv}

aws_secret_access_key = {AKS:kv}

access key {AKID} secret {AKS}

DB_PASSWORD={PWD:kv}

meine .env{NL}SMTP_USER=buchhaltung{NL}SMTP_PASSWORD={PWD:kv}

meine ip {IP}

router ip {IP} mac {MAC}

mac adresse vom receiver {MAC}

die MAC {MAC} wird immer gesperrt

ip {IP} portfreigabe geht seit {@version} nicht

hallo

danke!

bestellung {@order} nicht da, sendungsnummer {@track} sagt zugestellt

hab {@qty} stück {@model} bestellt, eins gekommen

ok danke, ticket {@ticket}

flug {@flight} am {@date} gestrichen, will {@price} zurück

zimmer {@room}, komme um {@time}

seit {@days} tagen!!!

app version {@version} stürzt ab mit {@error}

mein tarif hat {@data} und ist leer

ihr habt um {@percent} erhöht ohne bescheid

ich will mit einem menschen sprechen

rechnung {@invoice} vom {@date} stimmt nicht

vertrag {@contract} kündigen bitte

police {@policy} verlängern

hallo? jemand da?

ok
karte {CARD:mm1}
{CARD:mm2}

sorry zu früh abgeschickt
{CARD:mm1}
{CARD:mm2}

der rest
{PHONE:mm1}
{PHONE:mm2}
das ist mein handy

@de-DE
steuer id
{IDNR:mm1}
{IDNR:mm2}
{IDNR:mm3}

karte {CARD:ls}, cvc {CVV:ls}

gültig bis {EXP}

ablaufdatum {EXP} code {CVV}

neue karte
{CARD:sd}
gültig {EXP:cx}

@de-AT
grüß gott, mein handy {PHONE} und plz {@zip}

@de-AT
servus, die IBAN {IBAN:ib}

@de-CH
natel {PHONE:sd}, plz {@zip}

@de-CH
grüezi, IBAN {IBAN:sd} für d rückzahlig

@de-DE
plz {@zip}, handynummer {PHONE}

die pin {PIN:sd}

pin {PIN:ls}

geheimzahl {PIN:nz}

hab euch die karte schon gegeben {CARD:sp} warum nochmal

karte {CARD:sd} {@qty} sachen für {@price} gekauft

die IBAN:{NL}{IBAN:ib}

IBAN -> {IBAN:nz}

{@price} an {IBAN} am {@date} überwiesen, verwendungszweck {@invoice}

bic {SWIFT:sd}

bitte handynr ändern auf {PHONE:sd}

neue nr {PHONE:nz} alte {PHONE}

das temporäre passwort {PWD} geht nicht

mein pw {PWD} hat sonderzeichen liegts daran?

pass {PASS:nz}

führerschein {DL:ls}

mac {MAC:sd}

ip {IP:nz}

{EMAIL:em} das ist meine mail

kontonummer {ACCT:sp}

ja
{ACCT}

ja {CVV}

{EXP}

{PHONE}

{EMAIL}

@de-DE
{IDNR}

karte {CARD:mm1}
{CARD:mm2}
das wars

handynummer {PHONE:mm1}
{PHONE:mm2}
{PHONE:mm3}

IBAN {IBAN:mm1}
{IBAN:mm2}
{IBAN:mm3}

der aws key ist im ticket {@ticket} gelandet: {AKID}

das secret {AKS} bitte rotieren

{CARD} gültig {EXP:cx} cvc {CVV}

sorry my german is bad, card {CARD} expires {EXP}

konto {ACCT:nz}

@de-DE
kontonr {ACCT:ls} blz {ROUT:ls}

@de-DE
meine steuernummer... nee die ID {IDNR}
"""

TEMPLATES += r"""
moin
die lastschrift ist geplatzt
konto {ACCT:ctx}

@de-DE
guten tag, für die steuererklärung brauch ich das nochmal
meine steuer-id {IDNR}
danke

@de-AT
servus, paket {@track} hängt seit {@days} tagen
erreichbar unter {PHONE}

@de-CH
grüezi mitenand, mini charte isch gsperrt
kartennummer {CARD:sd}
merci vielmal

moment ich such die karte
so
{CARD:sd}

geht immer noch nicht
router neu gestartet, {@model}
firmware {@version}

pin? {PIN:ctx}

ok
mein passwort ist {PWD}
danke euch

sorry für denglisch, my account is {ACCT}

die bank will meine iban
hier {IBAN:ib}
"""

TEMPLATES += r"""
@de-DE
plz {@zip}, steuer-id {IDNR}, termin am {@date} um {@time}

schon {@count} mal probiert, karte {CARD:sd} bestellung {@order}

bestellung {@order} {CARD:sd} {@price}

{@count} mails geschrieben, tel {PHONE} ticket {@ticket}

rechnung {@invoice} {IBAN:ib} {@price}
"""
