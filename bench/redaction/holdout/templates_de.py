"""German chat templates (Germany, and a few German speakers living abroad)."""

# ruff: noqa: E501, RUF001 - templates are chat prose: one message per line, typed dashes kept

from __future__ import annotations

from .builder import T

DE = "de-DE"
ABROAD = "de-ES de-FR de-PT"

TEMPLATES = [
    # ---- Karten --------------------------------------------------------------------------------
    T(DE, "{w.hi}, die Zahlung klappt nicht, {w.card} {CARD} {w.exp} {EXP} {w.cvv} {CVV}"),
    T(DE, "mir wurde Bestellung {order} doppelt abgebucht!! Karte {CARD}, gültig bis {EXP}"),
    T(DE, "meine Kreditkarte ist {CARD:spelled}"),
    T(DE, "Karte {CARD:noise}\n{w.exp} {EXP}\nCVC {CVV}"),
    T(DE, "bitte die {price} auf diese Karte zurückbuchen: {CARD:letters}"),
    T(DE, "Kartennummer {CARD:spaced}, {w.exp} {EXP:spelled}, Prüfziffer {CVV:spelled}"),
    T(DE, "{w.exp} {EXP:compact} {w.cvv} {CVV} – ist die gleiche Karte wie immer"),
    T(
        DE,
        "ich habe am {date} um {time} mit {CARD} bezahlt und auf dem Kontoauszug stehen {price} statt {price}",
    ),
    T(DE, "neue Karte: {CARD} Ablauf {EXP:compact}, die alte wurde gesperrt"),
    T(
        DE,
        "Sehr geehrte Damen und Herren, bitte belasten Sie künftig die Kreditkarte {CARD:spaced}, gültig bis {EXP}. Mit freundlichen Grüßen",
    ),
    # ---- PIN, Passwort --------------------------------------------------------------------------
    T(DE, "meine {w.pin} ist {PIN}, der Automat sagt trotzdem falsch"),
    T(DE, "{w.pin} {PIN:spelled} und die Karte ist seit {date} gesperrt"),
    T(DE, "komme nicht rein, Login ist {EMAIL} und {w.pwd} {PWD}"),
    T(DE, "hab das {w.pwd} auf {PWD} geändert, die App (Version {version}) nimmt es nicht"),
    T(DE, "könnt ihr das zurücksetzen? altes Passwort war {PWD} glaube ich"),
    # ---- Bank ------------------------------------------------------------------------------------------
    T(DE, "für die Erstattung: {w.iban} {IBAN}"),
    T(DE, "meine Bankverbindung:\n{IBAN:broken}\n{w.swift} {SWIFT}"),
    T(DE, "{w.acct} {ACCT} {w.routing} {ROUTING} (Sparkasse), das ist noch das alte Format"),
    T(DE, "Kto.-Nr. {ACCT:spaced}, BLZ {ROUTING:spaced}, bitte bis {date} überweisen"),
    T(DE, "IBAN {IBAN:broken} – bitte nicht wieder per Gutschein"),
    T(
        ABROAD,
        "ich wohne jetzt im Ausland, bitte auf mein Konto hier: {w.iban} {IBAN} {w.swift} {SWIFT}",
    ),
    # ---- Steuer-ID, Ausweise --------------------------------------------------------------------
    T(DE, "für die Rechnung braucht ihr meine {w.taxid}? die ist {STEUER}"),
    T(DE, "{w.taxid} {STEUER:spaced}, Vorgang {ticket}"),
    T(DE, "meine Steuer-ID lautet {STEUER:spelled}"),
    T(DE, "das Formular lehnt meine IdNr {STEUER:letters} ab, hab sie vom Bescheid abgetippt"),
    T(DE, "{w.passport} {PASSPORT}, für den Flug {flight} am {date}"),
    T(DE, "{w.dl} {DL}, ausgestellt {year}, für die Mietwagen-Abholung um {time}"),
    T(DE, "zur Identifizierung: {w.passport} {PASSPORT}, {w.taxid} {STEUER}"),
    # ---- Kontakt ------------------------------------------------------------------------------------
    T(DE, "ruft mich bitte unter {PHONE} an, ab {time} bin ich erreichbar"),
    T(DE, "meine {w.phone}: {PHONE:spaced}"),
    T(DE, "neue Nummer {PHONE}, alte war {PHONE}"),
    T(DE, "Mail: {EMAIL:emailsp} (das Formular nimmt kein @)"),
    T(DE, "der Link {EMAILURL} funktioniert nicht"),
    T(DE, "ich hab auf {PHONEURL} geklickt und lande bei jemand anderem"),
    T(DE, "{w.email} {EMAIL} {w.phone} {PHONE:noise}"),
    T(DE, "Handy ist {PHONE:spelled}"),
    T(DE, "Tel. {PHONE:letters} (Vodafone)"),
    T("de-ES", "ich lebe in Spanien, meine {w.phone} hier ist {PHONE}"),
    # ---- Technik ------------------------------------------------------------------------------------
    T(
        DE,
        "der Router ({model}) verliert ständig die Verbindung, IP {IP}, MAC {MAC}, Firmware {version}",
    ),
    T(
        DE,
        "hier die Konfig:\nAWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nREGION=eu-central",
    ),
    T(DE, "das Plugin verbindet sich mit {URLCRED}, seit {version} keine Synchronisierung mehr"),
    T(DE, "in der .env steht\nSMTP_USER=shop\nSMTP_PASSWORT={PWD:kv}\nsoll ich das ändern?"),
    T(DE, "unser Server {IP6} erreicht eure API seit {date} nicht mehr, MAC {MAC}"),
    T(
        DE,
        "Zugangsschlüssel {AKEY} und geheimer Schlüssel {SKEY}, bitte sperren, ein Ex-Mitarbeiter hatte sie",
    ),
    # ---- lang ------------------------------------------------------------------------------------------
    T(
        DE,
        "Guten Tag, ich schreibe Ihnen bereits zum dritten Mal wegen meiner Bestellung {order} vom {date}. Bestellt hatte ich {qty} Stück {model} zum Preis von {price}, angekommen ist nur ein Paket, obwohl die Sendungsverfolgung {tracking} zwei Pakete anzeigt. Die Lieferadresse hat die PLZ {postal}. Ich habe am {date} um {time} bei der Hotline angerufen, dort sagte man mir, ich solle hier schreiben. Für die Erstattung: {w.iban} {IBAN}, Kontoinhaber bin ich selbst. Erreichbar bin ich unter {PHONE} oder per Mail an {EMAIL}. Die Rechnung {invoice} weist übrigens den falschen Betrag aus. Mit freundlichen Grüßen",
    ),
    T(
        DE,
        "hallo also folgendes, ich hab im Laden (Filiale {store}) am {date} den {model} gekauft und mit Kreditkarte {CARD} bezahlt, gültig bis {EXP}, auf dem Bon steht {price} aber am Regal stand {price}. dann kam noch eine komische Mail die nach meiner {w.taxid} und meinem Passwort gefragt hat, hab natürlich nix geschickt. könnt ihr mich unter {PHONE} zurückrufen? danke",
    ),
    # ---- mehrere Nachrichten --------------------------------------------------------------------------
    T(DE, "meine Karte {CARD~1/2}", "{CARD~2/2}"),
    T(DE, "ich schick die Karte in Teilen {CARD~1/3}", "{CARD~2/3}", "{CARD~3/3} gültig bis {EXP}"),
    T(DE, "IBAN {IBAN~1/2}", "{IBAN~2/2} sorry zu früh abgeschickt"),
    T(DE, "Steuer-ID {STEUER~1/2}", "{STEUER~2/2}"),
    T(DE, "Handy {PHONE~1/2}", "{PHONE~2/2}"),
    T(DE, "Kontonummer {ACCT~1/2}", "{ACCT~2/2} danke"),
    T(DE, "die Nummer ist {CARD~1/2} moment", "{CARD~2/2} so, Bestellung {order}"),
    # ---- ohne personenbezogene Daten ------------------------------------------------------------------
    T(DE, "wo bleibt meine Bestellung {order}? Sendungsnummer {tracking}, bestellt am {date}"),
    T(DE, "Bestellnr. {fake} ist immer noch nicht verschickt"),
    T(DE, "der {model} kam kaputt an, Rechnung {invoice}, bezahlt {price}"),
    T(DE, "hat die Filiale {store} am {date} offen? würde gegen {time} vorbeikommen"),
    T(DE, "was kostet der Versand nach {postal}? es sind {qty} Pakete"),
    T(DE, "die App stürzt seit dem Update auf {version} ab, Gerät ist ein {model}"),
    T(DE, "Flug {flight} wurde auf {time} verschoben, mein Koffer fehlt, Vorgang {ticket}"),
    T(DE, "{w.thanks}, hat sich erledigt 👍"),
    T(DE, "Kundennummer {fakeref}, mir wurde eine Gutschrift über {price} versprochen"),
    T(DE, "Rechnungsnr. {fakeinv} zeigt {price} statt {price}"),
    T(DE, "DHL {tracking} hängt seit {date} im Paketzentrum"),
    T(DE, "passt das Ladegerät vom {model} auch für den {model} von {year}?"),
    T(DE, "Bestellung {order16} ist seit {date} in Bearbeitung, ist das normal?"),
    T(DE, "habe am {date} {qty} Artikel zurückgeschickt, die {price} sind noch nicht erstattet"),
    T(DE, "ok dann warte ich bis {date}, {w.thanks}"),
    T(
        DE,
        "Guten Tag, bezüglich Bestellung {order} vom {date}: Das Paket sollte am {date} zwischen {time} und {time} kommen, laut Sendungsverfolgung {tracking} wurde es aber in {postal} zugestellt. Abgebucht wurden {price}. Bitte prüfen Sie das. Danke",
    ),
    # ---- Ergänzungen: seltene Slots, Einstiege, mehr Negative ----------------------------------------
    T(DE, "der Webhook zeigte auf {URLCRED}, jetzt kommt nur noch ein Fehler"),
    T(DE, "die Kamera zeigt IP {IP} und MAC {MAC}, lässt sich aber nicht koppeln"),
    T(DE, "für die Anmietung: {w.dl} {DL}, {w.passport} {PASSPORT}"),
    T(DE, "Überweisung bitte an {w.iban} {IBAN}, {w.swift} {SWIFT}"),
    T(
        DE,
        "ich möchte die Karte für mein Abo ändern",
        "{CARD:spaced} {w.exp} {EXP}",
        "{w.cvv} {CVV}",
    ),
    T(DE, "Mailadresse: {EMAIL:emailsp}, bitte die Rechnung {invoice} dorthin"),
    T(DE, "hallo? ist da wer", "warte seit {time}"),
    T(DE, "kann man die Lieferung von Bestellung {order} auf den {date} nach {time} verschieben?"),
    T(
        DE,
        "die Abbuchung über {price} vom {date}, ist das das Jahres- oder Monatsabo? Bestellung {order16}",
    ),
    T(DE, "hab den {model} woanders für {price} gesehen, macht ihr Preisanpassung?"),
    T(DE, "auf der Rechnung steht Referenz {fake}, ist das meine Kundennummer?"),
    T(DE, "Paket {tracking} ging nach {postal} statt zu mir, bestellt am {date}"),
    T(
        DE,
        "Hallo, ich schreibe jetzt zum vierten Mal und hoffe, dass diesmal jemand die ganze Nachricht liest. Am {date} habe ich die Bestellung {fake} aufgegeben (das ist die Nummer aus der Bestätigungsmail, nicht die Rechnungsnummer {invoice}), {qty} Stück {model} für insgesamt {price}. Bezahlt habe ich mit der Kreditkarte {CARD}, {w.exp} {EXP}, und mir wurde zweimal abgebucht, am {date} und am {date}. Laut Sendungsverfolgung {tracking} wurde das Paket um {time} in {postal} zugestellt, da wohne ich aber nicht. Die Hotline hat den Vorgang {ticket} angelegt und eine Erstattung innerhalb von fünf Werktagen versprochen, passiert ist nichts. Damit es keine Ausreden mehr gibt: {w.iban} {IBAN:broken}, Handy {PHONE}, Mail {EMAIL}. Außerdem kam eine merkwürdige SMS, die nach meinem Passwort und meiner {w.taxid} gefragt hat, darauf habe ich natürlich nicht reagiert. Die App (Version {version}) zeigt die Bestellung immer noch als in Bearbeitung. Ich bin seit {year} Kunde und hatte bisher nie Probleme. Bitte melden Sie sich heute noch, das Geschenk war für den {date} gedacht. Mit freundlichen Grüßen",
    ),
    T(
        DE,
        "Bestellnummer {fake}, Steuer-ID {STEUER} – bitte nicht verwechseln, die erste ist nur die Bestellung",
    ),
]
