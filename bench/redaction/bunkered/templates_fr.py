"""French chats (fr-FR). Each template: locale, then the customer's messages."""
# ruff: noqa: E501  (chat messages are data; splitting them would hide what a customer typed)

DEV = [
    (
        "fr-FR",
        "bonjour, ma carte a été refusée pour la commande {=order}",
        "numéro {card.sd}, expire {exp.ce}, cryptogramme {cvv.pl}",
    ),
    (
        "fr-FR",
        "mon numéro de sécu c'est {nir.pl} et mon mail {email.es}",
    ),
    (
        "fr-FR",
        "voici mon IBAN pour le remboursement",
        "{iban.mm1/2}",
        "{iban.mm2/2} merci",
    ),
    (
        "fr-FR",
        "code banque et guichet {routing.pl}, numéro de compte {acct.ls}, BIC {swift.sd}",
        "et l'IBAN complet si besoin {iban.ib#b}",
    ),
    (
        "fr-FR",
        "je suis espagnole, mon DNI {dni.pl} et le NIE de mon frère {nie.so}",
        "ma carte vitale marche pas depuis le {=date}",
    ),
    (
        "fr-FR",
        "pour la mutuelle au Mexique ils veulent mon CURP {curp.pl}, RFC {rfc.sd} et la CLABE {clabe.nz}",
    ),
    (
        "fr-FR",
        "on m'a demandé mon CPF brésilien {cpf.ls}, le CNPJ de la boîte {cnpj.pl} et mon NIF portugais {nif.sd}",
    ),
    (
        "fr-FR",
        "j'ai bossé aux US et à Londres: SSN {ssn.pl}, ITIN {itin.pl}, NI number {nino.sd}, et en Allemagne Steuer-ID {steuer.so}",
    ),
    (
        "fr-FR",
        "la box {=model} bloque mon PC, ip {ip.pl} adresse mac {mac.sd}",
        "identifiants admin: http://{user.uc}:{pwd.uc}@box.example.fr/",
    ),
    (
        "fr-FR",
        "le presta a laissé ça dans le dépôt git:\nAWS_ACCESS_KEY_ID={akey.kv}\nAWS_SECRET_ACCESS_KEY={skey.kv}",
    ),
    (
        "fr-FR",
        "mon passeport {passport.pl} et mon permis {dl.pl}",
        "le lien de confirmation: https://compte.example.fr/ok?mail={email.pe}",
        "mon portable {phone.mm1/2}",
        "{phone.mm2/2} voilà",
    ),
    (
        "fr-FR",
        "vous voulez le code pin?",
        "{pin.co}",
    ),
    (
        "fr-FR",
        "j'ai changé de numéro, le nouveau c'est le {phone.mm1/3#b}",
        "{phone.mm2/3#b}",
        "{phone.mm3/3#b} (l'ancien ne marche plus depuis {=date})",
    ),
]

SEALED = [
    (
        "fr-FR",
        "Bonjour, je n'arrive pas à payer ma facture {=invoice} de {=amount}. Ma carte : {card.pl}",
        "date d'expiration {exp.pl}, les trois chiffres au dos {cvv.pl}",
    ),
    (
        "fr-FR",
        "num de carte {card.mm1/2}",
        "{card.mm2/2}",
        "exp {exp.ce}",
    ),
    (
        "fr-FR",
        "alors la carte c'est {card.mm1/3}",
        "{card.mm2/3}",
        "{card.mm3/3} et voilà",
    ),
    (
        "fr-FR",
        "je vous la lis : {card.so}, valable jusqu'à fin {exp.so}",
    ),
    (
        "fr-FR",
        "CB {card.nz} crypto {cvv.pl} exp {exp.ce}",
    ),
    (
        "fr-FR",
        "pardon je me suis trompée, le bon numéro est {card.ls#b}",
    ),
    (
        "fr-FR",
        "j'ai oublié mon code confidentiel, l'ancien c'était {pin.pl}, la carte {card.sd}",
    ),
    (
        "fr-FR",
        "mon code de carte bleue est {pin.so} je crois, ou alors {pin.ls#b}",
    ),
    (
        "fr-FR",
        "identifiant {user.pl} mot de passe {pwd.pl}",
        "ça marche plus depuis la mise à jour {=version}",
    ),
    (
        "fr-FR",
        "mon login c'est {user.sd}",
        "et le mdp",
        "{pwd.co}",
    ),
    (
        "fr-FR",
        "dans le fichier .env il y a DB_PASSWORD={pwd.kv} et API_USER={user.kv}, c'est grave?",
    ),
    (
        "fr-FR",
        "notre clé d'accès AWS {akey.pl} et la clé secrète {skey.ls} ont fuité sur un forum",
    ),
    (
        "fr-FR",
        "config copiée depuis le serveur:\naws_access_key_id = {akey.kv}\naws_secret_access_key = {skey.kv}",
    ),
    (
        "fr-FR",
        "l'imprimante scanne vers ftp://{user.uc}:{pwd.uc}@nas.example.fr/scans mais rien n'arrive depuis {=time}",
    ),
    (
        "fr-FR",
        "mon adresse mail : {email.pl}",
        "ah non pardon c'est {email.es#b}",
    ),
    (
        "fr-FR",
        "le lien de désinscription https://lettre.example.fr/stop?email={email.pe}&id=abc ne marche pas",
    ),
    (
        "fr-FR",
        "vous pouvez me rappeler au {phone.pl} après {=time} svp",
    ),
    (
        "fr-FR",
        "mon portable {phone.sd}, ou le fixe de mes parents {phone.so#b}",
    ),
    (
        "fr-FR",
        "mon tél : {phone.mm1/2}",
        "{phone.mm2/2}",
    ),
    (
        "fr-FR",
        "le formulaire affiche tel={phone.pe} c'est bien le mien",
    ),
    (
        "fr-FR",
        "le colis {=tracking} n'est jamais arrivé au {=street} rue des Lilas, {=zip}. Joignable au {phone.ls}",
    ),
    (
        "fr-FR",
        "Voici mon RIB : code banque/guichet {routing.sd}, compte {acct.pl}",
    ),
    (
        "fr-FR",
        "mon IBAN {iban.ib}",
        "BIC {swift.pl}",
    ),
    (
        "fr-FR",
        "iban : {iban.mm1/3}",
        "{iban.mm2/3}",
        "{iban.mm3/3}",
    ),
    (
        "fr-FR",
        "pour le virement de {=amount} vers l'Allemagne : IBAN {iban.pl!DE}, BIC {swift.sd!DE}",
    ),
    (
        "fr-FR",
        "mon numéro de compte",
        "{acct.co}",
        "code guichet {routing.nz}",
    ),
    (
        "fr-FR",
        "numéro de sécurité sociale {nir.sd}, né le {=date}",
    ),
    (
        "fr-FR",
        "mon numéro de sécu : {nir.mm1/2}",
        "{nir.mm2/2}",
    ),
    (
        "fr-FR",
        "le NIR de mon fils c'est {nir.ls}",
    ),
    (
        "fr-FR",
        "Pour le renouvellement : passeport {passport.sd}, permis de conduire {dl.nz}",
        "rdv à la préfecture le {=date} à {=time}",
    ),
    (
        "fr-FR",
        "je suis espagnol résident en France, DNI {dni.sd}, NIE {nie.pl}",
    ),
    (
        "fr-FR",
        "mon mari est mexicain, son CURP {curp.ls} et son RFC {rfc.nz}",
    ),
    (
        "fr-FR",
        "virement vers le Mexique, CLABE {clabe.sd}",
        "banque {routing.pl!MX}",
    ),
    (
        "fr-FR",
        "notre client brésilien : CNPJ {cnpj.ls}, responsable CPF {cpf.pl}",
    ),
    (
        "fr-FR",
        "mon CPF c'est {cpf.mm1/2}",
        "{cpf.mm2/2}",
    ),
    (
        "fr-FR",
        "j'ai travaillé à Munich, mon identifiant fiscal allemand {steuer.pl}",
        "et au Portugal mon NIF {nif.nz}",
    ),
    (
        "fr-FR",
        "pour la déclaration américaine : SSN {ssn.sd}, l'ITIN de ma femme {itin.ls}",
    ),
    (
        "fr-FR",
        "j'habitais à Londres, mon national insurance {nino.pl}",
        "et le social security de mon ex-employeur américain {ssn.so}",
    ),
    (
        "fr-FR",
        "le wifi de la chambre {=room} ne marche pas, mon adresse IP {ip.sd} et MAC {mac.pl}",
    ),
    (
        "fr-FR",
        "le pare-feu bloque {ip.pl} et l'adresse physique {mac.nz}",
    ),
    (
        "fr-FR",
        "ma CLABE mexicaine {clabe.mm1/2}",
        "{clabe.mm2/2}",
        "c'est pour {=amount}",
    ),
    (
        "fr-FR",
        "le DNI de ma mère {dni.so}",
        "et son passeport espagnol {passport.pl!ES}",
    ),
    (
        "fr-FR",
        "permis de conduire n° {dl.pl} et le NIE {nie.ls}",
        "siège {=seat} vol {=flight}",
    ),
    (
        "fr-FR",
        "Bonjour !! j'ai reçu un sms bizarre me demandant mon code {pin.nz} et ma carte {card.pl#c}, c'est vous ??",
    ),
    (
        "fr-FR",
        "mon Steuer-ID {steuer.mm1/2}",
        "{steuer.mm2/2}",
    ),
    (
        "fr-FR",
        "mon ancien employeur à Lisbonne a besoin du NIF {nif.pl} et du CNPJ {cnpj.sd} de notre filiale",
    ),
    (
        "fr-FR",
        "ma curp {curp.pl}",
        "mon adresse mail perso {email.pl#b}",
    ),
    (
        "fr-FR",
        "je vous explique, ça fait trois fois que j'appelle : le {=date} j'ai été débitée de {=amount} sans raison, on m'a dit de faire opposition sur la carte {card.sd}, ce que j'ai fait, et maintenant l'abonnement {=policy} est suspendu",
        "mon mail {email.pl}",
    ),
    (
        "fr-FR",
        "Nom : Durand\nN° sécu : {nir.pl}\nTél : {phone.pl}\nIBAN : {iban.pl}\nCP : {=zip}",
        "copié du formulaire qui plante",
    ),
    (
        "fr-FR",
        "mon mari allemand me dicte son numéro : {phone.so:de}",
        "oui il compte en allemand, désolée",
    ),
    (
        "fr-FR",
        "je vous redonne la carte",
        "{card.co}",
        "c'est la visa pas la mastercard",
    ),
]
