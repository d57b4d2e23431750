"""German templates (Germany, Austria, Switzerland, and German speakers in Spain)."""

# ruff: noqa: E501  (one conversation per line reads better than wrapped text)

TEMPLATES = """
hallo, meine Kartennummer ist {CARD} gültig bis {EXP} Prüfziffer {CVV}
Kartennummer: {CARD.*} || Ablaufdatum {EXP.*} || Sicherheitscode {CVV}
{CARD.sd} das ist die Karte, mit der ich Bestellung {#order} bezahlt hab
mir wurden zweimal {#price} von der Karte {CARD.nz} abgebucht
die Karte endet auf... egal, hier die ganze Nummer {CARD.ls}
die Karte ist {CARD.sp}
Kreditkarte {CARD} gült. {EXP.ce} CVC {CVV}
Karte {CARD.mm1} || {CARD.mm2}
die Nummer ist {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || läuft ab {EXP} cvv {CVV}
sorry vertippt, die Karte ist {CARD.*}
„{CARD}“ aus der Banking-App kopiert
Mastercard {CARD} / {EXP} / {CVV}
Karte: {CARD.sd}⏎Gültig bis: {EXP}⏎CVC: {CVV}
Kartennr {CARD} ablauf{EXP.ce} cvv {CVV}
Ablaufdatum ist {EXP.sp} und die drei Ziffern hinten {CVV.sp}
[de-AT] meine Bankomatkarte {CARD.*}, gültig bis {EXP.*}
[de-CH] meine Karte {CARD.*} läuft ab {EXP.*}, Bestellung über {#price}
neue Karte ist da, {CARD.*}. die alte ist am {#date} abgelaufen
Hallo! Bestellt am {#date} (Nr. {#order}), {#price} mit Karte {CARD} bezahlt, immer noch nix da
der CVC? {CVV} || und sie läuft {EXP.ce} ab
meine PIN ist {PIN}, ich will sie ändern
PIN vergessen, die alte war {PIN.sp}
PIN {PIN} und der Automat hat die Karte um {#time} eingezogen
mein Passwort ist {PWD} und es kommt immer falsches Passwort
PW: {PWD}
mein Kennwort ({PWD}) geht seit dem Update auf {#ver} nicht mehr
hab „{PWD}“ dreimal eingegeben und jetzt ist das Konto gesperrt
Passwort {PWD} Benutzername meine Mail {EMAIL}
das vorläufige Passwort war {PWD}, kann ich das ändern?
[de-DE] Kontonummer {ACCT} BLZ {ROUT}
[de-DE] Kto.-Nr. {ACCT.*} || BLZ {ROUT.*}
[de-AT] Kontonr. {ACCT} Bankleitzahl {ROUT}
bitte aufs Sparkonto zurück, Konto {ACCT.*}
Konto {ACCT.mm1} || {ACCT.mm2}
IBAN {IBAN} BIC {SWIFT}
bitte Erstattung auf {IBAN.ib}
meine iban: {IBAN.*}
die IBAN ist {IBAN.mm1} || {IBAN.mm2}
{IBAN.ib} (das ist meine IBAN, Sparkasse)
[de-DE] Bankverbindung: IBAN {IBAN.*} / BIC {SWIFT}
BIC {SWIFT} || und die iban {IBAN.*}
[de-AT] österreichisches Konto {IBAN.ib}
[de-CH] IBAN {IBAN.*}, Clearing-Nr. {ROUT}
meine Steuer-ID ist {STID}
Steuer-IdNr.: {STID.*}
[de-DE] Steueridentifikationsnummer {STID.sd} für die Rechnung
St-IdNr {STID.nz}
Steuernummer... nein, die Steuer-ID: {STID.ls}
IdNr {STID.mm1} || {STID.mm2}
{STID} ist meine steuerliche ID
TIN für das Formular: {STID.sp}
Reisepassnummer {PASSPORT}
mein Reisepass {PASSPORT}, läuft am {#date} ab
Pass: {PASSPORT} (Flug {#flight})
Führerschein-Nr. {DL}
Führerscheinnummer {DL} || Pass {PASSPORT}
für die Miete: Führerschein {DL}, Abholung in Filiale {#store}
schreib mir an {EMAIL}
meine mail ist {EMAIL.es}
{EMAIL.es} ist meine Adresse, bitte die Rechnung {#inv} dahin
erreichbar unter {EMAIL} oder {PHONE}
Kontakt: {EMAIL} / {PHONE.*}
der Link sagt https://shop.example.com/konto?email={EMAIL.pe}&ref={#ticket}
https://hilfe.example.org/reset?benutzer={EMAIL.pe}
ruf mich an unter {PHONE}
meine Nummer ist {PHONE.*}, am besten nach {#time}
{PHONE.sp}, das ist mein Handy
[de-DE] Handy {PHONE.sd}
[de-AT] Tel. {PHONE.*}
[de-CH] Natel {PHONE}
schick eine SMS an {PHONE.mm1} || {PHONE.mm2}
Tel {PHONE.ls}
WhatsApp: {PHONE.nz}
https://wa.example.com/send?phone={PHONE.pe}&text=hallo
die IP vom Router ist {IP} und das Internet bricht ständig ab
IP-Adresse {IP}, MAC {MAC}
die MAC-Adresse vom Gerät ist {MAC.*} Modell {#model}
keine Verbindung, ip {IP}, Firmware {#ver}
AWS_ACCESS_KEY_ID={AKID.kv}⏎AWS_SECRET_ACCESS_KEY={ASK.kv}
hier meine .env:⏎DB_HOST=db.example.internal⏎DB_USER=shop⏎DB_PASSWORD={PWD.kv}
mein Access Key ist {AKID} und der Secret Key {ASK}, die API sagt Zugriff verweigert
Verbindungs-URL: postgres://shop:{PWD.uc}@db.example.com/bestellungen
amqp://gast:{PWD.uc}@mq.example.net steht in der Konfig
MAIL_PASSWORT={PWD.kv}
wo ist meine Bestellung {#order}?
ok danke || tschüss
Sendungsnummer {#track}, aber seit {#date} tut sich nichts
ich hab {#qty} Stück {#model} für {#price} bestellt
hallo ist da jemand
wann macht ihr zu? Filiale {#store} hat {#time} gesagt
meine Ticketnummer ist {#ticket}, eröffnet am {#date}
Rechnung {#inv} sagt {#price}, ich hab aber weniger bezahlt
ist das {#model} mit Version {#ver} kompatibel?
Flug {#flight} am {#date} wurde gestrichen, ich will mein Geld zurück
ok || vielen Dank!! || schönen Tag noch
haha ok
kann ich in {#qty} Raten zahlen? insgesamt {#price}
gekauft {#year}, noch Garantie?
[de-DE,de-AT,de-CH] PLZ {#postal}, Bestellung {#order}
hallo || meine Karte wurde abgelehnt || es ist die {CARD.*} gültig bis {EXP.*}
hi || ich muss meine Bankdaten ändern || neue IBAN {IBAN.*} || danke
Bestellung {#order} || mit Karte {CARD} bezahlt || der CVC war {CVV} falls nötig
ich will {#qty} Artikel aus Bestellung {#order} zurückschicken || Erstattung auf Karte {CARD.sd}
könnt ihr mich anrufen? || {PHONE.*} || ab {#time}
meine Mail {EMAIL} geht nicht mehr, nehmt {EMAIL.es}
sorry falsche Nummer, es ist {PHONE.*}
{CVV} ist die Prüfnummer
{PIN} <- das ist die PIN, die ich letzte Woche gesetzt hab
Karte {CARD} gültig {EXP} cvv {CVV} Bestellung {#order} Summe {#price}
Verifizierung: Pass {PASSPORT}, Tel {PHONE}, Mail {EMAIL}
ich diktiere: Karte {CARD.sp} gültig bis {EXP.sp}
Sprachnachricht: ruf mich zurück unter {PHONE.sp}
Passwort: „{PWD}“⏎PIN: {PIN}
Login {EMAIL} PW {PWD}
das WLAN-Passwort ist {PWD} falls der Techniker es braucht, Termin am {#date} um {#time}
Benutzer admin / Passwort {PWD}
Daten für die Rückzahlung:⏎Kontoinhaber: wie Bestellung⏎IBAN: {IBAN.*}⏎BIC: {SWIFT}⏎Verwendungszweck: {#inv}
gültig bis {EXP.ce}, cvc {CVV.sp}
läuft ab {EXP} (nicht {#date}, da hab ich bestellt)
{EXP.*} ist das Ablaufdatum
hi, sorry for English: my card is {CARD} und läuft ab {EXP}
[de-ES] ich wohne in Spanien, meine NIE ist {NIE} und Handy {PHONE}
[de-ES] spanische IBAN {IBAN.ib} BIC {SWIFT}
Kartennummer {CARD} gueltig bis {EXP} (keine Umlaute, sorry)
Kontonummer {ACCT.sp}
[de-DE] Bankleitzahl {ROUT.*}
{ACCT} ist meine Kontonummer
neue Mailadresse: {EMAIL} (die alte {EMAIL.es} gibts nicht mehr)
Handy {PHONE.*} und Festnetz {PHONE.*}
eure App Version {#ver} stürzt ab, wenn ich die Karte {CARD} hinzufüge
CVC {CVV.sp} || Ablauf {EXP.ce}
bitte die {#price} auf {IBAN.*} zurücküberweisen
[de-DE] Steuer-ID {STID} || Finanzamt braucht die Rechnung {#inv}
[de-CH] Postkonto... nein IBAN: {IBAN.ib}
die Sicherheitsnummer hinten auf der Karte: {CVV}
mein Geheimcode ist {PIN}
IBAN lautet {IBAN.*}, Kontoinhaber bin ich
guten Abend || wollte nur wissen, wie es mit Bestellung {#order} aussieht || hieß {#date} || ok ich warte, danke
kurze Frage zu Rücksendungen || wie viele Tage hab ich? gekauft am {#date}
liefert ihr auch nach Österreich? || und was kostet der Versand für {#qty} Artikel?
Paket {#track} steht auf zugestellt, ist aber nicht da || der Nachbar hat es auch nicht
gibt es einen Gutscheincode? Warenkorb ist bei {#price}
die App hat mich schon wieder ausgeloggt (Version {#ver})
kann ich die Lieferung auf morgen {#time} verschieben? Bestellung {#order}
hat sich erledigt, habs gefunden
Hallo, ich möchte Bestellung {#order} stornieren, {#price} || und bitte die Karte nicht nochmal belasten || es ist die {CARD.*} nur zur Sicherheit
{PHONE.*} - meine Nummer, sorry vergessen
(Karte: {CARD}) (gültig: {EXP}) (CVC: {CVV})
„{IBAN}“ <- für die Erstattung, nicht die alte
also... Karte {CARD.*}, Ablauf {EXP.*} und die drei Ziffern {CVV}
ich buchstabier's: {EMAIL.es}
meine Daten:⏎- Mail: {EMAIL}⏎- Tel: {PHONE}⏎- Bestellung: {#order}
die letzten vier reichen nicht? na gut: {CARD.*}
er will die Prüfnummer, ich hab {CVV} eingegeben || stimmt das? || die Karte läuft {EXP.ce} ab
nee warte, mein Handy ist {PHONE.*}, die andere war die Firmennummer
[de-DE] steuerliche Identifikationsnummer (für die Rechnung): {STID.*}
[de-DE] meine Steuer-ID lautet {STID.mm1} || {STID.mm2} || {STID.mm3}
danke!! || 👍
wo finde ich die Rechnung? Bestellung {#order}
mir wurden {#price} statt {#price} abgebucht
[de-AT] ich bin in Filiale {#store}, die sagen meine Bestellung {#order} ist nicht da
ist das {#model} wieder lieferbar?
in der Bestätigungsmail steht Flug {#flight}, Abflug {#time}
[de-CH] AHV-Nummer brauch ihr nicht oder? hier die IBAN: {IBAN.*}
Steuer ID {STID.sp}
Karte {CARD} am {#date} belastet, Sendung {#track}
Bestellung {#order} / Karte {CARD.*} / gültig {EXP} / Summe {#price}
Sendungsnr {#track} und meine Karte {CARD} (Ablauf {EXP.ce})
[de-DE] Steuer-ID {STID} Rechnung {#inv} vom {#date}
Tel {PHONE} Bestellung {#order} Lieferung {#date} {#time}
iban {IBAN.*} Rechnung {#inv} Betrag {#price}
Ticket {#ticket} - meine neue PIN ist {PIN}, geändert um {#time}
PW {PWD} seit {#date}, App-Version {#ver}
Pass {PASSPORT} Flug {#flight} am {#date}, wir sind {#qty}
Kartenummer {CARD} gültig {EXP}
meine kreditkarte ist {CARD.*} und cvc {CVV} bitte schnell
ok ich geb euch jetzt die Kartennummer, ist eine Debitkarte von meiner Bank, hab die schon ewig, hoffentlich geht sie noch: {CARD.*}. das Datum steht vorne drauf, da steht {EXP}
{CARD} {EXP} {CVV}
{CARD}⏎{EXP}⏎{CVV}
Karteninhaber: s.o.⏎Kartennr.: {CARD.sd}⏎Gültig bis: {EXP}⏎Prüfnr.: {CVV}
vorhin hab ich aus Versehen meine alte Mail geschickt. richtig ist {EMAIL}. die alte (bitte löschen) war {EMAIL}.
ich hab zwei Karten, {CARD.*} und {CARD.*}, bitte die zweite belasten
Kontonummer... Moment || ok gefunden || {ACCT} || BLZ {ROUT}
Kto {ACCT.ls} BLZ {ROUT}
die Nummer von meinem Mann {PHONE}, meine {PHONE.*}
meine Mail? {EMAIL.es} (alles klein)
hab PIN {PIN} und dann {PIN} probiert, beide falsch
der Code ist {CVV}... weiß nicht ob ihr den braucht
Reisepass {PASSPORT}, ausgestellt {#year}
[de-DE] Steuer-ID: {STID.sd} (steht auf dem Lohnsteuerbescheid)
[de-DE] IdNr {STID.nz}
[de-DE] meine Steuer ID ist {STID.ls}
hier die iban {IBAN.nz} danke
Kontoinhaber egal. IBAN: {IBAN.ls}
im Fehlerlog steht: user={EMAIL} ip={IP} mac={MAC}
curl -u admin:{PWD} https://api.example.com/bestellungen
die AWS-Keys (bitte danach rotieren): {AKID} / {ASK}
sorry, ich schick es in Stücken: {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
meine Nummer {PHONE.mm1} || {PHONE.mm2} || ruft nach {#time} an
äh meine Steuer-ID ist {STID.sp} glaub ich
vergesst die Karte, ich zahl mit PayPal: {EMAIL}
[de-CH] grüezi, meine IBAN {IBAN.*} und Natel {PHONE.*}
[de-AT] Servus, Handynummer {PHONE.sd}, Konto {IBAN.ib}
hallo? || bin ich hier richtig für Erstattungen?
meine Bestellung {#order} kam beschädigt an || der Karton war eingedrückt || was jetzt?
kann ich es in Filiale {#store} abholen? die ist näher
wie lange dauert eine Erstattung? warte seit {#date}
das {#model} hat die falsche Farbe || kann ich es umtauschen? || Bestellung {#order}
danke für die Hilfe vorhin! alles erledigt
sind die {#price} inkl. MwSt.?
ich brauch noch {#qty} Stück davon, könnt ihr die zu Bestellung {#order} packen?
warte immer noch... Ticket {#ticket}
eure Seite ist schon wieder down || seit ca. {#time}
"""
