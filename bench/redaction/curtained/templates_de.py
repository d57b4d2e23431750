"""German customer messages (Germany, Austria, Switzerland).

SEALED MATERIAL: these templates are the sealed split. Do not read them while tuning a detector.
"""

from .tpl import expand

DE = r"""
hallo, meine steuer-id ist {IDNR}
Steuer-ID: {IDNR.sp}
steueridentifikationsnummer {IDNR.mm1} || {IDNR.mm2}
die IdNr. {IDNR.sub} steht auf dem Brief vom {k:date}
meine IBAN lautet {IBAN}
iban {IBAN.ib}
IBAN: {IBAN.mm1} || {IBAN.mm2} || {IBAN.mm3}
BLZ {ROUT} Kontonummer {ACCT}
kontonr {ACCT.cx}, blz hab ich grad nicht
BIC ist {BIC}
meine handynummer {PHONE}
bitte ruft mich unter {PHONE.sp} zurück, ab {k:time}
tel. {PHONE.sw}
handy: {PHONE.nz}
meine nummer {PHONE.mm1} || {PHONE.mm2}
kreditkarte {CARD.sp} gültig bis {EXP}
karte {CARD} ablauf {EXP.ce} prüfziffer {CVV}
die prüfnummer hinten ist {CVV}
CVC {CVV.sw}
gültig bis {EXP}
meine PIN {PIN} wird nicht akzeptiert
PIN ist {PIN.sw}
meine e-mail {EMAIL}
mail: {EMAIL.es}
der link https://shop.example.de.test/konto?mail={EMAIL.pct}&bestellung={k:order_number} geht nicht
reisepassnummer {PASS}, flug {k:flight_number} am {k:date}
führerscheinnummer {DL}
mein passwort ist {PWD}
kennwort {PWD.cx} funktioniert nicht mehr seit dem update auf {k:version}
die ip vom router ist {IP}, fehlercode {k:error_code}
MAC-Adresse {MAC}
bestellung {k:order_number} ist immer noch nicht da, sendungsnummer {k:tracking_number}
ich hab {k:price} für {k:quantity} stück bezahlt
danke, schönen tag noch
karte {CARD.sub} wurde doppelt belastet
sorry falsche karte, richtig ist {CARD.nz}
also {CARD.mm1} || {CARD.mm2}
"""

AT = r"""
meine handynummer is {PHONE}
IBAN {IBAN} bitte um rückerstattung von {k:price}
reisepass {PASS}
"""

CH = r"""
mini natelnummer {PHONE}
iban {IBAN.ib}
pass {PASS}
"""

MORE = r"""
hab die karte gefunden: {CARD.sp}
bitte handynr auf {PHONE} ändern die alte nutz ich nich mehr
[de-AT] passt, mail is {EMAIL} und handy {PHONE.sp}
sry kontonr is {ACCT} nich die von vorhin
meine frau hat mir ihre karte geliehen {CARD}, geht das?
bin spanier, mein NIE {NIE} und mein spanischer pass {PASS@ES}
[de-CH] ich hab en dütsche führerschein {DL@DE} und es schwiizer natel {PHONE}
bestellung {k:order_number} steht auf zugestellt am {k:date} um {k:time}, ich war aber zuhause
das {k:product_model} zeigt fehler {k:error_code} seit version {k:version}
gibt es die {k:percentage} auf den tarif für {k:price} oder nicht?
[de-AT] paket {k:tracking_number} hängt seit {k:date} fest
buchung {k:booking_reference} für {k:count} personen, kann ich noch jemanden dazunehmen?
welche filiale ist nah an {k:postal_code}? || die in der innenstadt
mir wurden {k:price} statt {k:plan_amount} berechnet
nein das wars, vielen dank für die geduld!!
wieso braucht ihr meine steuer-id?? naja, {IDNR}
ihr habt meine mail doch schon, {EMAIL} 🙄
KARTENNUMMER {CARD} SCHNELL ICH STEH AN DER KASSE
[de-AT] grüß gott, lastschrift vom konto {IBAN} bitte
[de-CH] grüezi, mini pass nummer {PASS} und natel {PHONE}
führerschein {DL}, reisepass {PASS}
👍 {PHONE}
war das {EMAIL} oder {EMAIL#2}? weiß nicht mehr
plz {k:postal_code} cvc {CVV} gültig bis {EXP}
hab vorhin angerufen, vorgang {k:ticket_number} || ich soll die iban hier schicken {IBAN.ib}
meine bank ist die sparkasse, blz {ROUT}
wlan passwort ist {PWD}, router ip {IP}
kontoinhaber ich, iban {IBAN}, bic {BIC}
hab {k:price} auf konto {ACCT} überwiesen und nix passiert
ok notieren sie: {IDNR.sp}
die id aus dem brief vom finanzamt? {IDNR}
[de-AT] karte {CARD.sp}, ablaufdatum {EXP}
bestellung {k:order_number} / karte {CARD} / {k:price} abgebucht am {k:date}
plz {k:postal_code}, steuer-id {IDNR}
rechnung {k:invoice_number} bezahlt mit {CARD.sp} gültig bis {EXP} um {k:time}
sendung {k:tracking_number}, auf dem etikett muss {PHONE} stehen
flug {k:flight_number} am {k:date}, reisepass {PASS}
vertrag {k:contract_number} {k:price} monatlich, abbuchung von {IBAN}
fehler {k:error_code} in version {k:version} bei karte {CARD} cvc {CVV}
{CARD.mm1} || {CARD.mm2} || sorry zu früh abgeschickt || {CARD.mm3}
kontonr {ACCT.mm1} || {ACCT.mm2}
handy {PHONE.mm1} || {PHONE.mm2} || {PHONE.mm3}
[de-AT] karte {CARD.mm1} || {CARD.mm2}
steuer-id {IDNR.mm1} || {IDNR.mm2}
{CARD} die ist die richtige
{EMAIL}
{PHONE} unter der nummer
ja {ACCT.cx}
{IDNR} bitte
hinten steht {CVV}
bitte e-mail {EMAIL} in {EMAIL#2} ändern
[de-AT] meine kontonummer {IBAN}
[de-CH] der code {PIN} geht am bancomat nicht
karte {CARD} ist gesperrt
hab mich auf der seite vertippt, richtig ist {CARD.sub}
festnetz {PHONE} und handy {PHONE#2}
iban {IBAN} bic {BIC}
[de-AT] mail {EMAIL.es}
die {PHONE.sp} nicht die andere
NIE {NIE.sp}, wohne auf Mallorca
numéro de sécu (frankreich) {NIR.sp}
also karte {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || gültig bis {EXP}
[de-AT] IBAN {IBAN.mm1} || {IBAN.mm2}
[de-CH] natel {PHONE.mm1} || {PHONE.mm2}
korrektur: die steuer-id ist {IDNR}, hatte zwei ziffern vertauscht
ich lebe in spanien, meine NIE {NIE}
die sozialversicherungsnummer meiner frau in frankreich: {NIR}
mail {EMAIL} passwort {PWD}
[de-AT] karte {CARD.nz} ablauf {EXP.ce}
reisepass {PASS} und führerschein {DL}
die geheimzahl ist {PIN} glaube ich
[de-CH] iban {IBAN.ib}
https://konto.example.org/reset?mail={EMAIL.pct}&ref={k:booking_reference}
der key {AKID} ist noch aktiv?
kontonummer {ACCT.sp}
hallo || ich möchte das lastschriftkonto ändern || neue iban {IBAN}
hat die filiale {k:store_number} sonntags offen?
was kostet das {k:product_model} mit {k:data_size}?
seit {k:count} tagen kein internet || keiner hilft mir || router MAC ist {MAC}
hallo?? || ist da wer || mir wurden am {k:date} {k:price} abgebucht
ok das ticket {k:ticket_number} kann zu
[de-AT] passt || der access key ist {AKID} und das secret {ASEC}
[de-CH] export AWS_SECRET_ACCESS_KEY={ASEC.kv} war auf dem screenshot
[de-AT] ftp://huber:{PWD.uc}@daten.example.org lässt mich nicht rein
[de-AT] swift code {BIC}
[de-AT] mein führerschein {DL@DE}
meine plz ist {k:postal_code}
[de-CH] paket {k:tracking_number} ist angekommen danke
moment || die karte ist {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
ich schreib sie in teilen || {CARD.mm1} || {CARD.mm2}
kontonummer {ACCT.mm1} || {ACCT.mm2}
tel {PHONE.mm1} || {PHONE.mm2} || {PHONE.mm3}
steuer id {IDNR.mm1} || {IDNR.mm2} || {IDNR.mm3}
Kontonr. {ACCT.nz}
BLZ: {ROUT.cx}
die bankleitzahl ist {ROUT}
bic {BIC} iban {IBAN.ib}
IBAN\n{IBAN.ib}
ablaufdatum {EXP.ce}
exp {EXP.ce}, cvv {CVV}
meine karte läuft {EXP} ab und wurde am {k:date} abgelehnt
pin {PIN.sub}
mail ist {EMAIL.es}
{EMAIL.es} bitte
https://mein.example.de.test/verify?tel={PHONE.pct}&schritt={k:count} lädt nicht
https://portal.example.com/login?user={EMAIL.pct}&lang=de hängt
die ip {IP} ist bei euch gesperrt?
meine öffentliche ip: {IP}
mac vom fernseher {MAC}
MAC {MAC} bitte freischalten
reisepass nr. {PASS}, gültig bis {k:date}
führerschein {DL} wurde falsch erfasst
in der .env steht MAIL_PASSWORD={PWD.kv}
aws_secret_access_key = {ASEC.kv} hab ich aus versehen ins ticket kopiert
https://admin:{PWD.uc}@fritz.example.net geht seit gestern nicht
neues passwort: {PWD}
die karte {CARD.sw}
steuer-id {IDNR.sw}
steuer id {IDNR.nz}
handy {PHONE.sub}
nummer ist {PHONE} nicht die alte
[de-AT] meine telefonnummer {PHONE.sw}
[de-AT] kontonummer {ACCT} blz {ROUT}
[de-AT] karte {CARD.sp} gültig bis {EXP}
[de-CH] mini nummere {PHONE.sp}
[de-CH] karte {CARD} bis {EXP}
ich wohne in london, national insurance number {NINO}
meine NI nummer {NINO.sp}
rechnung {k:invoice_number} über {k:price} kenne ich nicht
vertrag {k:contract_number} läuft {k:year} aus
versicherung {k:policy_number}, gilt das für das {k:product_model}?
zählerstand {k:meter_reading}
ich hab {k:count} verträge und zahle {k:price} im monat
zimmer {k:room_number}, abreise am {k:date}
der rabatt von {k:percentage} fehlt
mein datenvolumen von {k:data_size} ist weg
filiale {k:store_number} hat mich zu euch geschickt
buchung {k:booking_reference}, flug {k:flight_number}
danke für die hilfe
okay ich warte
"""

TECH = r"""
hier die config\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASEC.kv}
der key {AKID} ist kompromittiert
sftp://mueller:{PWD.uc}@nas.example.org geht nicht
"""

TEMPLATES = expand([("de-DE", DE), ("de-AT", AT), ("de-CH", CH), ("de-DE", TECH), ("de-DE", MORE)])
