"""French customer messages (France, Canada, Belgium), written by hand. D = dev, S = sealed."""

from .tpl import D, S

TEMPLATES = [
    D("bonjour ma carte {CARD} a été refusée, exp {EXP:cexp} crypto {CVV}"),
    D(
        "ma commande {=order_number} est pas arrivée, j'ai payé {=price}",
        "code postal {=postal_code}",
    ),
    D("numéro de carte {CARD:mm}", "{+}", "dsl ça a coupé"),
    D("impossible de me connecter, identifiant {USER:ctx} mail {EMAIL:espell}"),
    D("mon portable {PHONE} et le fixe {PHONE:sp}, rappelez après {=time} svp"),
    D("virement bloqué !! IBAN {IBAN:ibanb} BIC {SWIFT}", "fait le {=date}"),
    D("mon numéro de sécu {NIR} et mon numéro fiscal allemand {STEUER}"),
    D("NIF portugais {NIF}, CPF {CPF}, CNPJ {CNPJ}"),
    D(
        "pour le compte au mexique CURP {CURP} RFC {RFC} CLABE {CLABE}",
        "et mon DNI espagnol {DNI} / NIE {NIE}",
    ),
    D("SSN {SSN/ITIN} et national insurance {NINO}, j'ai bossé aux US et UK"),
    D("erreur {=error_code} sur l'appli version {=version}, mon mdp c'est {PASSWORD:ctx}"),
    D("passeport {PASSPORT} vol {=flight_number} réservation {=booking_reference}"),
    D("permis de conduire {DL} immatriculation {=plate_number}"),
    D("voilà ce que j'ai dans le fichier\n{AKEY:kv}\n{SKEY:kv}"),
    D("compte {ACCT} code banque {ROUTING}", "merci bcp"),
    D("ip {IP} adresse mac {MAC} la box marche pas"),
    D("mon code pin {PIN:spell/ctx} est bloqué"),
    S("allô ? y a quelqu'un", "ça fait {=count} minutes que j'attends"),
    S("débité deux fois {=price} au magasin {=store_number} avec la carte {CARD:sp/noise}"),
    S("{CARD:sub/sp} date d'exp {EXP} cryptogramme {CVV:spell/sub}"),
    S("mon num c'est {PHONE:mm}", "{+}"),
    S("appelez moi au {PHONE:spell/sub/noise}"),
    S("le lien de réinitialisation pointe vers {EMAIL:pct}"),
    S("je veux résilier le contrat {=contract_number}. courriel : {EMAIL}, tél : {PHONE:sp}"),
    S("le serveur c'est sftp://{USER}:{PASSWORD:url}@depot.example.fr et ça plante"),
    S("MOT_DE_PASSE={PASSWORD:kv}", "oui je sais faut pas l'envoyer par chat"),
    S("mon compte bancaire {ACCT:mm}", "{+}", "{+}"),
    S("n° de compte {ACCT:sp/noise} transit {ROUTING}"),
    S("IBAN :\n{IBAN:ibanb/sp}\nBIC : {SWIFT}"),
    S(
        "le colis {=tracking_number} est bloqué au dépôt depuis le {=date}, tél livraison {PHONE:sp}"
    ),
    S(
        "chambre {=room_number}, arrivée le {=date}. la carte de la résa {CARD:sp}, crypto {CVV:ctx}"
    ),
    S("mon ITIN {ITIN:sp} pour les impôts américains"),
    S("numéro de sécurité sociale américain {SSN:spell/sub/noise}"),
    S("nouveau passeport {PASSPORT:ctx} délivré en {=year}"),
    S("accrochage le {=date} à {=time}, permis {DL}, contrat d'assurance {=policy_number}"),
    S("code confidentiel {PIN:sub/ctx} refusé {=count} fois au guichet"),
    S("expiration {EXP:cexp/pl} et code de sécurité {CVV}", "c'est bon ?"),
    S("identifiant : {USER}\nmot de passe : {PASSWORD}"),
    S(
        "internet super lent, j'ai un forfait {=data_size} et je reçois presque rien. box {=product_model}, ip {IP}"
    ),
    S("pouvez vous autoriser l'adresse MAC {MAC}"),
    S("sur la facture {=invoice_number} l'IBAN est faux, le bon c'est {IBAN}"),
    S(
        "AWS_SECRET_ACCESS_KEY={SKEY:kv}",
        "clé d'accès {AKEY:kv}",
        "elles ont fuité, je fais comment",
    ),
    S("CURP {CURP:sp}, RFC {RFC}, CLABE {CLABE:mm}", "{+}"),
    S("mes docs brésiliens : CPF {CPF:sp/sub} CNPJ {CNPJ:sp}"),
    S("la CPAM me demande mon NIR {NIR:sp} encore une fois"),
    S("Steuer-ID {STEUER:sp} et NIF {NIF:sp/spell}"),
    S("DNI {DNI:sp} NIE {NIE}", "ticket {=ticket_number}"),
    S("siège {=seat_number} sur le vol {=flight_number}, passeport {PASSPORT}"),
    S("relevé du compteur {=meter_reading}, mail {EMAIL:espell/pct}"),
    S("merci beaucoup, bonne journée"),
    S(
        "{=quantity} articles cassés dans la commande {=order_number}",
        "remboursez sur la carte {CARD:noise/sp}",
    ),
    S("numéro d'acheminement {ROUTING:sp} et compte chèques {ACCT:ctx/sub}"),
    S("tél : {PHONE:pct}"),
    S("c'est {=percentage} de plus que le mois dernier franchement"),
    S("pseudo {USER}, adresse {EMAIL}"),
    D(
        "j'ai donné mon num au livreur {PHONE:sub/noise} il a jamais appelé",
        "colis {=tracking_number}",
    ),
    D("pourquoi le lien de désinscription contient {EMAIL:pct} ?? jamais inscrit moi"),
    D("le nas c'est https://{USER}:{PASSWORD:url}@nas.example.net/ jugez pas"),
    D("cpte {ACCT:noise/sub} versez le remboursement là"),
    D("je vous donne la carte {CARD:mm}", "{+}", "{+}"),
    S("mon national insurance number de londres {NINO:sp}"),
    S("NINO {NINO}", "on m'a prélevé {=price} en {=year}"),
    S("l'iban début {IBAN:mm}", "{+}"),
    S("je suis à l'étranger, joignable au {PHONE:mm}", "{+}", "whatsapp ok"),
    S(
        "on m'a facturé {=price} pour une option {=data_size} que j'ai jamais demandée, sur la carte {CARD:sp}"
    ),
    D(
        "contrat {=contract_number}, facture {=invoice_number}, compteur à {=meter_reading} et vous voulez encore mon compte {ACCT} ?",
        "déjà {=count} appels, mon portable {PHONE}",
    ),
    D(
        "acheté {=quantity} {=product_model} au magasin {=store_number} en {=year}, carte {CARD:sp}",
        "chambre {=room_number} siège {=seat_number} dossier {=ticket_number} peu importe, réglez ça. mail {EMAIL}",
    ),
    S(
        "erreur {=error_code} depuis la mise à jour {=version}, le support veut mon mail {EMAIL} et mon tél {PHONE}"
    ),
    S(
        "réservation {=booking_reference} pour le {=date}, code postal {=postal_code}, passeport {PASSPORT}"
    ),
]
