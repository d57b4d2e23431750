# ruff: noqa: E501  (one template per line: a conversation reads best unwrapped)
"""German conversations (customer side only): DE, AT, CH and expats."""

TEMPLATES = r"""
DE: hallo, meine Karte wurde doppelt belastet für Bestellung {=order} || Kartennummer {CARD} gültig bis {EXP}
DE: die karte ist {CARD|sp}
DE: Kartennr {CARD|noise}
DE: hier {CARD|sub}
DE: kreditkarte {CARD|multi:1} || {CARD|multi:2}
DE: ich schick sie in zwei teilen {CARD|multi:1} || und dann {CARD|multi:2}
DE: karte {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3}
DE: prüfnummer {CVV}
DE: die {=qty:3} ziffern hinten: {CVV|words}
DE: cvc ist {CVV}
DE: gültig bis {EXP}
DE: Ablaufdatum {EXP|cexp}
DE: gültig bis{EXP|cexp} cvc {CVV}
DE: läuft ab {EXP|words}
DE: meine PIN ist {PIN}
DE: pin {PIN|words}
DE: die geheimzahl war {PIN|sub} glaube ich
DE: meine Steuer-ID {STID}
DE: steuerliche identifikationsnummer {STID|sp}
DE: steuer id {STID|noise}
DE: Steuer-IdNr {STID|multi:1} || {STID|multi:2}
DE: meine steuernummer... nein die IdNr: {STID}
DE: idnr {STID|words}
DE: steuer-id {STID|sub}
DE: IBAN {IBAN}
DE: meine iban⏎{IBAN|ibx}
DE: iban {IBAN|ibx} bitte erstatten
DE: iban {IBAN|multi:1} || {IBAN|multi:2} || {IBAN|multi:3}
DE: Kontonummer {ACCT} BLZ {ROUT}
DE: kto {ACCT|sp} blz {ROUT}
DE: konto {ACCT|multi:1} || {ACCT|multi:2}
DE: BIC {SWIFT}
DE: überweisung an {IBAN} BIC {SWIFT}
DE: meine handynummer {PHONE}
DE: tel {PHONE|sp}
DE: ruf mich an unter {PHONE|noise}
DE: meine nummer ist {PHONE|words}
DE: {PHONE|multi:1} || {PHONE|multi:2}
DE: handy {PHONE|sub}
DE: meine mail {EMAIL}
DE: email {EMAIL|mailw}
DE: der link https://shop.example/abmelden?email={EMAIL|pct}&quelle=newsletter geht nicht
DE: passwort {PWD}
DE: mein pw ist {PWD} aber es wird abgelehnt
DE: habe {PWD} als kennwort gesetzt und komme nicht mehr rein
DE: git push https://jens:{PWD|urlpw}@git.example.com/team/app.git gibt fehler {=code:403}
DE: hier meine .env⏎AWS_ACCESS_KEY_ID={AKID|kv}⏎AWS_SECRET_ACCESS_KEY={ASK|kv}
DE: access key {AKID} und secret {ASK}, hab sie aus versehen gepostet
DE: POSTGRES_PASSWORD={PWD|kv}
DE: die ip vom router {IP}
DE: mac-adresse {MAC} und ip {IP}
DE: reisepass {PASS}
DE: reisepassnummer {PASS}, flug {=flight} am {=date}
DE: führerscheinnummer {DL}
DE: führerschein nr {DL}
DE: PLZ {=postal}
DE: bestellung {=order} kam kaputt an, bezahlt {=price}
DE: sendungsnummer {=track} hängt seit {=date}
DE: danke!
DE: ok
DE: nein das wars, schönen tag noch
DE: sorry, falsche nummer, es ist {PHONE#2} nicht {PHONE}
DE: die karte {CARD} || cvc {CVV} || gültig bis {EXP}
DE: ticket {=ticket} immer noch offen
DE: rechnung {=invoice} über {=price} ist falsch
DE: mein router {=model} startet seit update {=version} ständig neu
DE: hallo || ich hab ein problem mit der rechnung {=invoice} || ihr habt {=price} statt {=price} abgebucht
DE: {=qty:2}
DE: ja die vom {=date} um {=time}
DE: MEINE KARTE {CARD} WURDE GESTOHLEN
DE: karte: {CARD}⏎gültig: {EXP}⏎cvc: {CVV}
DE: die kartennummer lautet {CARD|words}
AT: servus, meine iban {IBAN}
AT: iban {IBAN|ibx}
AT: handynummer {PHONE}
AT: tel {PHONE|words}
AT: bankleitzahl {ROUT} kontonummer {ACCT}
AT: reisepass {PASS}
AT: führerschein {DL}
AT: pin {PIN|words}
AT: danke vielmals
AT: bestellung {=order} um {=price}
AT: iban {IBAN@AT|multi:1} || {IBAN@AT|multi:2}
AT: handy {PHONE|multi:1} || {PHONE|multi:2}
AT: meine steuer id aus deutschland {STID@DE}
CH: grüezi, mini natelnummer isch {PHONE}
CH: natel {PHONE|noise}
CH: iban {IBAN}
CH: IBAN {IBAN|ibx}
CH: clearing nr {ROUT} konto {ACCT}
CH: pass nr {PASS}
CH: karte {CARD} gültig bis {EXP|cexp}
CH: merci vielmal
CH: {=price} für bestellung {=order}
CH: iban {IBAN@CH|multi:1} || {IBAN@CH|multi:2} || {IBAN@CH|multi:3}
CH: natel {PHONE|words}
DE: ich wohne in spanien, NIE {NIE@ES}
DE: ich lebe in frankreich, numéro de sécu {NIR@FR}
DE: meine frau ist brasilianerin, CPF {CPF@BR}
DE: portugiesische steuernummer NIF {NIF@PT}
DE: amerikanische nummer {PHONE@US}
DE: mexikanische CURP {CURP@MX}
DE: die url https://hilfe.example.net/rueckruf?tel={PHONE|pct}&lang=de zeigt die falsche nummer
DE: server {IP} gibt {=code} seit version {=version}
DE: die mac vom repeater {MAC}
DE: benutzer admin, passwort {PWD}
DE: [default]⏎aws_access_key_id = {AKID|kv}⏎aws_secret_access_key = {ASK|kv}
DE: SMTP_PASSWORD={PWD|kv}
AT: hab https://kunde:{PWD|urlpw}@portal.example.org probiert, geht nicht
DE: wie viele? {=qty:3}
DE: steuer-id {STID} und mail {EMAIL}
DE: meine karte {CARD} äh sorry ich meinte {CARD#2}
DE: gültig bis {EXP} oder {EXP#2}, weiß nicht genau
DE: mail ist {EMAIL} oder {EMAIL#2}
DE: steuer-id {STID|multi:1} || {STID|multi:2} || {STID|multi:3}
DE: handy {PHONE|multi:1} || {PHONE|multi:2} || {PHONE|multi:3}
DE: konto {ACCT|multi:1} || {ACCT|multi:2} || {ACCT|multi:3}
DE: cvc {CVV|sub}
DE: die pin lautet {PIN}
DE: kennwort: {PWD}
DE: meine geheimzahl ist {PIN} bitte nicht weitersagen haha
DE: flug {=flight} gestrichen, wir sind {=qty:4} personen
DE: filiale {=store} in der hauptstraße
DE: ich bin echt genervt
DE: termin am {=date} um {=time} passt?
DE: paket {=track}
DE: kontonummer {ACCT|words}
DE: konto {ACCT|sub}
DE: swift code meiner bank ist {SWIFT}
DE: ip {IP} || mac {MAC}
DE: key {AKID} || secret {ASK}
DE: meine IdNr ist {STID} und die von meinem mann {STID#2}
DE: kreditkartennummer {CARD|sp}, ablauf {EXP}, prüfziffer {CVV}
DE: moin, kurze frage zur bestellung {=order}
DE: ja genau, {=qty:2} stück
AT: grüß gott, passwort vergessen, das alte war {PWD}
DE: Kartennummer: {CARD|noise}
AT: meine email is {EMAIL|mailw}
CH: mail {EMAIL|mailw} bitte
DE: schreib mir an {EMAIL|mailw}
DE: e-mail adresse: {EMAIL}
DE: hallo? || ist da jemand
DE: {STID}
DE: ja {STID|sp}
DE: {IBAN}
DE: ok {CARD|sp}
DE: {EMAIL}
DE: genau, {PHONE}
DE: {CVV}
DE: {PIN} das wars
DE: moment ich such das raus
DE: {PASS}
DE: ok {PWD}
DE: hallo || also folgendes || am {=date} hab ich {=qty:2} sachen bestellt und nur eine kam an
AT: passt, danke
DE: {ACCT} ist das konto
DE: meine nummer {PHONE|multi:1} || sorry zu früh abgeschickt {PHONE|multi:2}
DE: karte {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4}
AT: konto {ACCT|multi:1} || {ACCT|multi:2}
DE: hallo, es geht um meine kfz versicherung {=policy} || die wollen meine führerscheinnummer {DL}
DE: die stromrechnung mit {=meter} kann nicht stimmen, meine mail {EMAIL}
DE: ich muss meinen reisepass verlängern, nummer {PASS}
DE: für die krankenkasse brauche ich die steuer id {STID|sp}, ist das hier sicher?
DE: abbuchung von {=price} am {=date} kenne ich nicht, karte {CARD|sp}
DE: hab gestern um {=time} angerufen, man sagte ich soll hier schreiben, handy {PHONE}
DE: neue karte: {CARD} {EXP} {CVV}
DE: {CARD|sp} {EXP|cexp} {CVV}
DE: ich hab euch meine mail {EMAIL} schon {=count} mal gegeben
DE: hab ein {=model} mit version {=version} und die app stürzt ab wenn ich die pin {PIN} eingebe
DE: in den logs vom server {IP} steht der key {AKID}, könnt ihr den sperren?
DE: elster will die IdNr {STID} und die sagt ungültig
AT: die rückerstattung bitte auf {IBAN|ibx}
AT: hab {=price} mit der karte {CARD} bezahlt aber bestellung {=order} wurde storniert
CH: auf dem einzahlungsschein steht {IBAN}, ich soll {=price} zahlen
DE: sorry vertan, die richtige iban ist {IBAN#2} nicht {IBAN}
DE: sekunde || {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4} || fertig
DE: egal || das passwort ist {PWD} macht das jetzt bitte
DE: curl https://deploy:{PWD|urlpw}@ci.example.com/hook geht nicht
DE: `export AWS_SECRET_ACCESS_KEY={ASK|kv}` war auf dem screenshot, ist das schlimm?
DE: die mac vom handy {MAC} kommt nicht ins hotel wlan, zimmer {=room}
DE: zählerstand {=meter}, vertragsnummer {=contract}
DE: kassenbon von filiale {=store}, bezahlt mit karte {CARD|noise}
DE: also meine nummer ist {PHONE|words} haben sies?
DE: bitte an {EMAIL|mailw} schicken
"""
