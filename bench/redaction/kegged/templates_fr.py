"""French customer turns. Same slot syntax as templates_en."""

DEV = [
    (
        "bonjour, double prelevement de {#price}",
        "ma carte {CARD} expire {EXP:cx} cryptogramme {CVV}",
        "commande {#order}",
    ),
    "Nom : Claire Moreau\nN° secu : {NIR}\nTel : {PHONE}\nMail : {EMAIL}\nCode postal : {#postal}\nPasseport : {PASSPORT}",
    ("le virement arrive pas", "mon iban {IBAN:br}", "bic {SWIFT}"),
    ("num de carte {CARD@a}", "{CARD@a}", "voila c tout"),
    ("j'arrive plus a me connecter, identifiant {USER}", "mdp change en {PWD} il y a {#duration}"),
    "le technicien a laisse ca dans la box : ftp://{USER:url}:{PWD:url}@box.example.net c normal ??",
    "fichier de conf publie par erreur\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSEC:kv}\nau secours",
    ("j'ai bosse au mexique, curp {CURP} rfc {RFC}", "et la clabe pour le rembourser {CLABE}"),
    "aux US j'avais un SSN {SSN}, ITIN de ma femme {ITIN}, routing {ROUTING} compte {ACCT}",
    ("a londres j'avais un NI number {NINO}", "et en allemagne l'idnr {IDNR}"),
    "pieces : DNI espagnol {DNI}, NIE {NIE}, NIF portugais {NIF}, CPF {CPF}, CNPJ de la boite {CNPJ}",
    ("la box {#model} plante toutes les {#duration}", "ip {IP} et adresse mac {MAC}"),
    (
        "recu un lien chelou https://compte.example.org/verif?email={EMAIL:pct}",
        "il me demande mon code pin {PIN} c vous ?",
    ),
    "permis de conduire {DL}, immatriculation {#plate}, contrat {#contract}",
    ("celui que votre collegue m'a demande", "{NIR:ctx}"),
]

SEALED = [
    ("allo", "y a quelqu'un ?", "je veux resilier, contrat {#contract}"),
    "je peux pas me connecter avec l'identifiant {USER}, le mot de passe c'etait {PWD} je crois",
    ("paiement par carte {CARD}", "date d'expiration {EXP} et les trois chiffres au dos {CVV}"),
    "debite {#price} le {#date} au magasin {#store}, carte {CARD}, remboursez moi svp",
    ("changement de numero", "ancien {PHONE}", "nouveau {PHONE}"),
    "rappelez moi au {PHONE} ou ecrivez a {EMAIL}, apres {#time}",
    ("mon mail {EMAIL}", "pardon faute de frappe, c'est {EMAIL}"),
    "adresse : {EMAIL:at} (le chat efface les arobases)",
    ("on m'a demande mon numero de securite sociale", "{NIR}"),
    "secu {NIR} et celle de ma fille {NIR}, les deux sur la police {#policy}",
    ("je suis espagnole, dni {DNI}", "et mon mari a un nie {NIE}"),
    "NIR : {NIR:noise} desole pour les emojis",
    ("numero de compte {ACCT}", "le compte francais pas l'iban"),
    ("remboursement sur cet iban {IBAN}", "le bic c'est {SWIFT}", "oui c'est bien ca"),
    ("je vous colle l'iban", "{IBAN:br}"),
    ("reservation {#booking}, passeport {PASSPORT}", "vol {#flight} siege {#seat}"),
    "permis {DL} et la plaque de la voiture {#plate}",
    ("mail recu : connexion depuis {IP}", "c'etait pas moi, je suis a {#postal}"),
    "le serveur {IP} repond plus depuis {#time}, sdk {#version}, mac {MAC}",
    (
        "nouveau tel, l'ancien avait l'adresse mac {MAC}",
        "supprimez le des appareils, j'en ai {#count}",
    ),
    "j'ai push les cles par erreur\naws_access_key_id = {AKID}\naws_secret_access_key = {AKSEC}\nfaut les revoquer",
    ("la cle {AKID}", "le secret {AKSEC}", "visibles sur la capture du ticket {#ticket}"),
    "chaine de connexion : postgres://{USER:url}:{PWD:url}@base.example.com/factu c'est grave ?",
    "DB_PASSWORD={PWD:kv}\nDB_LOGIN={USER:kv}\nca a fuite dans les logs de la {#version}",
    ("le distributeur a avale ma carte", "mon code {PIN}", "et le numero entier {CARD}"),
    "code pin {PIN:spell} je l'ai ecrit en lettres mdr",
    ("appelez moi au {PHONE:spell}", "apres {#time}"),
    ("cb {CARD:noise}", "crypto {CVV:sub} exp {EXP:cx}"),
    ("le numero c'est {CARD@b}", "{CARD@b}", "{CARD@b}"),
    ("mon portable {PHONE@c}", "{PHONE@c}"),
    ("compte {ACCT@d}", "{ACCT@d} compte courant"),
    ("curp mexicain {CURP}", "rfc pour la facture {RFC}"),
    "versez sur la clabe {CLABE} ref {#customer_ref}",
    ("ma societe est au bresil", "cnpj {CNPJ}, mon cpf {CPF}"),
    "steuer-id de mon job a berlin {IDNR}, et le nif portugais {NIF}",
    ("j'ai vecu aux etats unis", "social security {SSN}", "itin {ITIN}"),
    "national insurance (uk) : {NINO}",
    ("pour le salaire : ABA {ROUTING}", "compte {ACCT}"),
    ("combien coute le forfait {#size}", "et y a {#percent} de reduc ?"),
    ("releve compteur {#meter}", "la facture dit {#price}, c'est le double"),
    "chambre {#room}, depart a {#time}, resa {#booking}, je peux partir plus tard ?",
    ("j'ai appele hier", "on m'a dit d'ecrire ici", "ticket {#ticket} et rien"),
    ("tenez", "{CARD:ctx}\n{EXP:ctx}\n{CVV:ctx}"),
    ("il vous faut quoi d'autre", "{NIR:ctx} celui de la carte vitale, ne le {#date}"),
    "remplacez l'adresse {EMAIL:at} par {EMAIL}",
    "le lien : https://paiement.example.net/ok?tel={PHONE:pct}&ref=abc c'est fiable ?",
    ("mon iban encore", "{IBAN:sub}", "j'ai mis des o a la place des zeros desole"),
]

DEV += [
    ("encore le compte", "{ACCT@e}", "{ACCT@e}"),
    ("mon tel c'est {PHONE@f}", "{PHONE@f}", "{PHONE@f} voila"),
    "franchement j'en ai marre. titulaire Pierre Lefevre, mail {EMAIL:at}, portable {PHONE:noise}, dernier paiement {#amount} le {#date}",
    "- carte : {CARD:sub}\n- expire : {EXP}\n- cvv : {CVV:spell}\n- cp : {#postal}",
    (
        "Objet : sinistre {#policy}",
        "passeport {PASSPORT:sp}, permis {DL}, et mon numero de secu au cas ou {NIR:spell}",
    ),
    "trouve : {IBAN:br} et le BIC {SWIFT:sp}, c'etait {#amount}, facture {#invoice}",
]

SEALED += [
    (
        "c'est la troisieme fois que j'ecris",
        "carte {CARD@g}",
        "{CARD@g}",
        "{CARD@g} expire {EXP:cx}",
    ),
    ("le numero de secu {NIR@h}", "{NIR@h}", "{NIR@h}"),
    ("je coupe en deux pour les robots lol", "{IBAN@i}", "{IBAN@i}"),
    ("ecrivez moi sur whatsapp {PHONE@j}", "{PHONE@j}"),
    "Voici mes coordonnees.\nNom complet : Chloe Bernard\nDate de naissance : {#date}\nN° de securite sociale : {NIR:sp}\nTelephone : {PHONE:sp}\nCourriel : {EMAIL}\nContrat : {#policy}",
    "au fait le compte du petit c'est {USER} et je lui ai mis le mdp {PWD} le {#date}, c'est peut etre pour ca",
    (
        "je suis a l'aeroport, changement de porte, vol {#flight}",
        "dossier {#booking}, passeport {PASSPORT:sub}",
    ),
    "voici le permis {DL:sp} et celui du second conducteur {DL}, contrat {#contract}",
    ("la carte bleue c'est {CARD:spell}", "crypto {CVV}"),
    "svp m'appelez pas au {PHONE:sub} c'est le boulot, plutot {PHONE} ou {EMAIL:at}",
    (
        "pourquoi ma carte est refusee",
        "elle finit par... bon la voila {CARD:sp}, exp {EXP:spell}",
        "essaye {#count} fois au magasin {#store}",
    ),
    "numero fiscal allemand {IDNR:sub} (pour la declaration {#year})",
    ("petite question", "le forfait {#size} inclut le roaming ?", "et {#price} c'est par mois ?"),
    "pour le remboursement : compte {ACCT:sp}, ou l'IBAN {IBAN}",
    ("on m'a dit d'envoyer le swift ici", "{SWIFT}", "banque a lyon"),
    ("nouveau numero -> {PHONE:spell}", "le {PHONE} c'est fini"),
    "attendez mauvais cvv, c'est {CVV} pas {CVV}",
    ("oui c'est moi", "le code que j'ai mis en agence {PIN:sp}"),
    "un collegue americain : SSN {SSN:sp}, ITIN {ITIN:sub}",
    "prestataire bresilien : CPF {CPF:spell}, CNPJ {CNPJ:sp}",
    "mexique : CURP {CURP:sp}, RFC {RFC:sub}, CLABE {CLABE:noise}",
    "espagne : DNI {DNI:noise}, NIE {NIE:sp} ; portugal NIF {NIF:sub} ; uk NINO {NINO:noise}",
]

DEV += [
    (
        "coucou mon conjoint a mis le prelevement sur la mauvaise carte",
        "ca doit etre {CARD:sp} et pas {CARD}",
        "la bonne expire {EXP:sub}",
    ),
    "copie de mes notes :\nbanque : iban {IBAN:sub}\nnum de compte {ACCT:noise}\nbic {SWIFT}",
    (
        "le formulaire dit invalide",
        "j'ai mis {NIR:sp} dans la case secu et {NIR} pour ma fille, c'est les espaces ??",
    ),
    (
        "j'ai habite a madrid donc j'ai encore un NIE",
        "{NIE:noise}",
        "et le ssn de quand j'etais a boston {SSN:sub}",
    ),
    "les codes de verif arrivent sur le {PHONE:sub} que j'ai perdu, passez sur {EMAIL:at} stp, identifiant {USER}",
]

SEALED += [
    (
        "j'ai pas trop confiance dans ce chat",
        "bon. passeport {PASSPORT}",
        "expire le {#date}, delivre en {#year}",
    ),
    "dites moi s'il manque un truc : {CPF:sp} (cpf) {RFC} (rfc) {IDNR:noise} (allemagne)",
    ("la box s'administre sur http://{IP}/admin", "login {USER} / {PWD}", "firmware {#version}"),
]

SEALED += [
    "mon proprio (un cauchemar, longue histoire) veut la preuve du remboursement de la caution, envoyez a {EMAIL} en copie {EMAIL:at} ? c'etait {#amount}",
    ("foutu correcteur", "{CARD:sub}", "^ c'est la carte, les o c'est des zeros"),
    "resiliez l'ancienne sim, le numero c'etait {PHONE:noise}, la nouvelle est dans la commande {#order}",
    (
        "le titulaire c'est moi, ma mere ecrit depuis ce tel",
        "sa secu {NIR}, la mienne {NIR:noise}, meme adresse, cp {#postal}",
    ),
    "client belge mais bosse en france - NIR {NIR:sub}, c urgent, le virement de {#price} est revenu le {#date}",
    (
        "je me connecte du bureau",
        "notre ip de sortie {IP} et la mac du pc {MAC:sp} si faut l'autoriser",
    ),
    "Carte : {CARD}  Exp : {EXP}  CVC : {CVV}  Titulaire : idem compte",
    (
        "vous prenez les virements clabe ?",
        "la mienne {CLABE:sp}",
        "montant {#amount}, facture {#invoice}",
    ),
]

DEV += [
    (
        "c'est un cadeau pour ma soeur, commande {#order}, {#quantity} articles",
        "payez avec {CARD:noise} svp, cvv {CVV:sub}",
        "et le recu a {EMAIL:at}",
    ),
    "je crois qu'on m'a pirate, quelqu'un a change le mail en {EMAIL} et le tel en {PHONE:sp}. les vrais c'est {EMAIL:at} et {PHONE}",
    (
        "suite du ticket {#ticket}",
        "l'assureur veut mon permis {DL:sub}, mon passeport {PASSPORT} et ma secu {NIR:noise}",
    ),
    (
        "nif portugais pour la facture : {NIF:sp}",
        "la societe au bresil c'est {CNPJ:noise} s'ils demandent",
    ),
]

DEV += [
    "nouvelle carte recue, {CARD:sp} valable jusqu'a {EXP:cx}, vous pouvez la mettre sur le forfait {#size}",
    "je vous lis le dos : {CVV:ctx}. et devant {CARD:ctx}",
]

SEALED += [
    "ok la carte {CARD:noise} qui expire fin {EXP:cx}, prelevez les {#price} dessus",
    "comme demande, {ACCT:ctx} a mon nom, agence de {#postal}",
]

DEV += [
    "vol {#flight} le {#date} a {#time}, siege {#seat}, dossier {#booking}, ref client {#customer_ref}, je peux ajouter un bagage ? c'etait {#percent} de remise dans l'appli",
    (
        "le wifi de l'hotel me bloque, chambre {#room}",
        "mon ip {IP}, carte reseau {MAC}, depart {#time}, le magasin {#store} m'a donne le bon en {#year}",
    ),
    "le compteur affiche {#meter}, cp {#postal}, le colis {#tracking} toujours pas la apres {#duration}",
]

SEALED += [
    "colis {#tracking} marque livre le {#date} mais j'ai recu {#quantity} sur {#count}, cp {#postal}, j'attends depuis {#duration}",
    (
        "le {#model} se connecte pas, erreur {#error}",
        "firmware {#version}, mon mail pour le sav {EMAIL}",
    ),
    (
        "mon identifiant c'est {USER}",
        "j'ai demenage au {#postal} et l'appli affiche l'erreur {#error} sur mon {#model}",
    ),
]

DEV += [
    (
        "vite fait avant le boulot",
        "l'appli de la pharmacie veut une piece d'identite, je mets le passeport {PASSPORT:sp}",
        "sinon mon permis {DL}",
    ),
    "ameli refuse mon numero {NIR:sub}, et quand je mets celui de ma carte vitale {NIR:sp} ca dit pas pareil, jcomprends rien",
    (
        "le bot m'a demande l'iban",
        "{IBAN:ctx}",
        "et avant que vous demandiez, la carte liee c'est {CARD:noise}",
    ),
    "au secours, ma belle-soeur a lisbonne a besoin du NIF pour la location : {NIF}, et le CPF de son mari bresilien {CPF:sp}. caution {#amount}",
]

SEALED += [
    (
        "bon histoire marrante",
        "mon chat a marche sur le clavier pendant que je tapais le mot de passe",
        "et maintenant c'est {PWD} apparemment ?? vous pouvez reinit, identifiant {USER:plain}",
    ),
    "j'ecris pour mon grand-pere qui touche pas a l'ordi. secu {NIR:spell}, tel {PHONE}, il habite au {#postal}",
    ("je l'envoie en deux l'appli coupe", "{IBAN@k}", "{IBAN@k}"),
    "franchement les {#price} de frais je m'en fiche, je veux juste que la carte {CARD:sp} soit debloquee avant le voyage du {#date}",
    ("la conseillere m'a note le nouveau code sur un post-it", "{PIN}", "c'est normal ? mdr"),
    "le comptable veut : NIR {NIR}, mon NI anglais {NINO:noise}, et l'idnr allemand {IDNR:spell} de quand j'etais a munich",
    (
        "oui l'adresse est bonne",
        "et mon portable c'est {PHONE:noise} pas le {PHONE:sp} que vous avez",
    ),
    "envoyez le releve a {EMAIL:at} - PAS au pro {EMAIL}, c'est mon chef qui lit",
    ("pardon", "erreur dans la carte : {CARD:sp}", "et l'expiration {EXP:cx}"),
    "urgent : le serveur {IP} affiche des identifiants sur la page d'erreur -> APP_SECRET={PWD:kv} et AWS_ACCESS_KEY_ID={AKID:kv}",
]

DEV += [
    "n° de cb {CARD:sp} date d'exp {EXP} crypto {CVV} dsl j'ecris dans le bus",
    (
        "compte encore bloque",
        "identifiant {USER}, le mot de pass que j'ai teste c'est {PWD} puis {PWD}",
        "rien marche",
    ),
]

SEALED += [
    "la carte finit par... bref la voila : {CARD:noise}, exp. {EXP}, et le code si le distrib le demande {PIN:sub}",
    ("mon num de secu {NIR:sp}", "pardon securite sociale je voulais dire"),
    "permis de conduir {DL:sub}, passport {PASSPORT}, renouveles tous les deux en {#year}",
    ("pour repondre a votre collegue : c'est la deuxieme", "{EMAIL:ctx}"),
    "n° de compte {ACCT} / iban {IBAN:br} - pour le virement de {#amount} a partir du {#date}",
    ("envoyez le code au {PHONE:sp}", "ah non c'est pas le bon, c'est {PHONE:noise}"),
]

DEV += [("le NIR que vous m'avez demande tout a l'heure", "{NIR@m}", "{NIR@m}")]
