# ruff: noqa: E501
# Chat lines and word lists read better unwrapped.
"""French customer turns (fr-FR). Part of the sealed split: do not read while tuning."""

# Each template: (locale, message, ...). {TYPE:family[:group]} is PII, {#kind} a hard negative.
DEV: list[tuple[str, ...]] = [
    (
        "fr-FR",
        "bonjour, j'ai ete debite de {#amount} € deux fois, carte {CARD} exp {EXP} crypto {CVV}",
    ),
    ("fr-FR", "je vous envoie le num de carte", "{CARD:mm:a}", "{CARD:mm:a} commande {#order}"),
    ("fr-FR", "joignable au {PHONE:n} ou par mail {EMAIL:e} code postal {#zip}"),
    (
        "fr-FR",
        "remboursement sur mon IBAN svp\n{IBAN:ib}\nBIC {SWIFT} code banque/guichet {ROUTING}",
        "n° de compte {ACCT:sd}",
    ),
    (
        "fr-FR",
        "depuis la maj {#version} plus rien, voila l'url https://{USER:url}:{PWD:url}@api.example.net/v",
        "AWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nl'ip du serveur {IP}, mac {MAC:sd}",
    ),
    (
        "fr-FR",
        "j'ai bossé aux USA: SSN {SSN:l} et l'ITIN de ma femme {ITIN}, on est rentres le {#date}",
    ),
    (
        "fr-FR",
        "vous voulez quoi comme piece? le passeport?",
        "{PASSPORT:ctx}",
        "permis de conduire {DL} et mon NI anglais {NINO}",
    ),
    (
        "fr-FR",
        "DNI espagnol {DNI} / NIE {NIE}",
        "et cote mexique CURP {CURP} RFC {RFC} CLABE {CLABE:sd}",
    ),
    (
        "fr-FR",
        "pour le dossier: cpf {CPF}, cnpj {CNPJ}, n° de secu {NIR}, Steuer-ID {IDNR}, NIF portugais {NIF}",
    ),
    (
        "fr-FR",
        "le nouveau code pin c'est {PIN:w} ? date d'exp{EXP:cx}. lien de suivi https://colis.example.com/?mail={EMAIL:pct}",
    ),
    (
        "fr-FR",
        "mon numero c'est le {PHONE:mm:a}",
        "{PHONE:mm:a}",
        "{PHONE:mm:a} rappelez apres {#time}",
    ),
    (
        "fr-FR",
        "le compte a prelever {ACCT:mm:a}",
        "{ACCT:mm:a} dsl batterie, {#count} prelevements rates",
    ),
]

SEALED: list[tuple[str, ...]] = [
    (
        "fr-FR",
        "Bonjour!! on m'a preleve {#amount} € pour un truc jamais commandé. carte bancaire {CARD:sd}",
    ),
    ("fr-FR", "numero de CB {CARD:n} date d'expiration {EXP} cryptogramme {CVV:w}"),
    (
        "fr-FR",
        "carte {CARD:l} expire {EXP:sd} code de securite {CVV}",
        "pardon erreur, expiration {EXP}",
    ),
    ("fr-FR", "la carte debitee de {#amount} c'est la {CARD:w}"),
    ("fr-FR", "laquelle? la visa premier", "{CARD:ctx}", "exp {EXP:cx} et le cvc {CVV}"),
    ("fr-FR", "ma CB {CARD:mm:a}", "{CARD:mm:a}", "{CARD:mm:a} fin de validite {EXP:n}"),
    ("fr-FR", "les chiffres devant: {CARD:mm:a}", "{CARD:mm:a} expire fin {EXP} merci"),
    ("fr-FR", "validite exp{EXP:cx} cvv{CVV} cp {#zip}"),
    (
        "fr-FR",
        "resa {#booking} pour {#count} pers vol {#flight}, payé avec la carte {CARD} valable jusqu'a {EXP:w}",
    ),
    ("fr-FR", "je veux changer mon code confidentiel, ancien {PIN} nouveau {PIN:l}"),
    ("fr-FR", "le dab a avalé ma carte a {#time} 😡 code pin {PIN:n} si ca aide"),
    ("fr-FR", "c'est quoi deja mon code? {PIN:sd} je crois, ou l'autre", "{PIN:ctx}"),
    ("fr-FR", "identifiant {USER} mot de passe {PWD}, refusé depuis la version {#version}"),
    ("fr-FR", "login {USER}, le mdp en dessous", "{PWD:ctx}", "ah non le mdp c'est {PWD}"),
    (
        "fr-FR",
        "fuite de ces acces ftp://{USER:url}:{PWD:url}@depot.example.org",
        "a changer avant le {#date} svp",
    ),
    ("fr-FR", "dans le fichier de conf\nDB_PASSWORD={PWD:kv}\nDB_USER={USER:kv}"),
    ("fr-FR", "ecrivez moi sur {EMAIL} pas sur {EMAIL:e}"),
    (
        "fr-FR",
        "mon adresse mail {EMAIL:e} bonne journee",
        "commande {#order} toujours pas recue, suivi {#tracking}",
    ),
    (
        "fr-FR",
        "le lien de desinscription contient mon mail https://lettre.example.net/stop?a={EMAIL:pct}&n={#count}",
    ),
    ("fr-FR", "rappelez moi au {PHONE} ou sur mon portable {PHONE:sd}"),
    ("fr-FR", "portable {PHONE:l} merci", "fixe {PHONE:w}"),
    ("fr-FR", "envoyez un sms via https://sms.example.com/go?num={PHONE:pct} apres {#time}"),
    (
        "fr-FR",
        "sur quel numero je peux vous joindre? ah c'est vous qui rappelez, ok",
        "{PHONE:ctx}",
    ),
    ("fr-FR", "nouveau tel {PHONE:mm:a}", "{PHONE:mm:a}"),
    (
        "fr-FR",
        "virement: code banque guichet {ROUTING} compte {ACCT}",
        "le code guichet encore {ROUTING:n} desole",
    ),
    ("fr-FR", "cpt {ACCT:l} code banque {ROUTING:sd} virez {#amount} sur le livret"),
    ("fr-FR", "code etablissement {ROUTING:sd} et numero de compte {ACCT:w}"),
    ("fr-FR", "virement sur l'IBAN {IBAN} BIC {SWIFT} ref facture {#invoice}"),
    ("fr-FR", "iban copié de l'appli\n{IBAN:ib}"),
    (
        "fr-FR",
        "iban de mon frere en allemagne {IBAN:sd} code swift {SWIFT}",
        "{IBAN:mm:a}",
        "{IBAN:mm:a}",
    ),
    (
        "fr-FR",
        "pour les impots US: social security {SSN}, et {SSN:n} c'est mon fils",
        "né en {#year}",
    ),
    ("fr-FR", "ssn {SSN:w}", "non l'itin pardon {ITIN:sd}"),
    ("fr-FR", "quel identifiant americain il vous faut?", "{SSN:ctx}"),
    (
        "fr-FR",
        "national insurance {NINO:sd} et celui de mon mari {NINO}",
        "on habite au {#street} rue des lilas {#zip}",
    ),
    (
        "fr-FR",
        "numero de passeport {PASSPORT}, renouvellement avant le depart du {#date} vol {#flight}",
    ),
    ("fr-FR", "permis {DL} et passeport {PASSPORT}", "chambre {#room} a l'hotel au fait"),
    ("fr-FR", "le permis de conduire", "{DL:ctx}", "voila mon permis comme demandé plus haut"),
    ("fr-FR", "la box decroche, ip {IP} mac {MAC} modele {#model} firmware {#version}"),
    ("fr-FR", "adresse MAC {MAC:sd} et elle prend l'ip {IP:n}"),
    ("fr-FR", "on a poussé une cle sur github par erreur 😬 {AKEY} secret {SKEY}"),
    ("fr-FR", "export AWS_ACCESS_KEY_ID={AKEY:kv}", "export AWS_SECRET_ACCESS_KEY={SKEY:kv}"),
    ("fr-FR", "mon DNI espagnol {DNI:sd} et le NIE {NIE:n} quand j'etais etudiant"),
    (
        "fr-FR",
        "salarié au mexique: CURP {CURP} RFC {RFC}",
        "CLABE pour le virement {CLABE}",
        "{CLABE:mm:a}",
        "{CLABE:mm:a}",
    ),
    ("fr-FR", "clabe {CLABE:w} merci bcp"),
    ("fr-FR", "la filiale bresil demande cpf {CPF:sd} et cnpj {CNPJ:n}", "le cpf encore {CPF:w}"),
    ("fr-FR", "numero de securite sociale {NIR:sd}, IdNr allemand {IDNR:l}, nif {NIF:w}"),
    ("fr-FR", "mon cpf c'est {CPF:mm:a}", "{CPF:mm:a}", "contrat {#contract}"),
    ("fr-FR", "Steuer-IdNr {IDNR} et NIF {NIF:sd}", "ticket {#ticket}"),
    ("fr-FR", "{#count} articles, total {#amount} €, livraison cp {#zip} ticket {#ticket}"),
    ("fr-FR", "vol {#flight} le {#date} a {#time}, on est {#count}, facture {#invoice}"),
]

# Hors banque : cabinets medicaux, proprietaires, energie, assurances, administrations, operateurs.
DEV += [
    (
        "fr-FR",
        "impossible d'aller sur doctolib du cabinet, rdv le {#date} a {#time}. login {USER} mdp {PWD:sd} tel {PHONE:l}",
    ),
    (
        "fr-FR",
        "nouveau locataire appart {#room}, le proprio veut mon numero de secu",
        "{NIR:ctx}",
        "loyer {#amount} € depuis le compte {ACCT:n}",
    ),
    ("fr-FR", "sinistre n° {#contract}: mon mail {EMAIL} et portable {PHONE:w}"),
]
SEALED += [
    (
        "fr-FR",
        "facture d'electricite de {#amount} € pour {#count} jours?? mail du titulaire {EMAIL:e}, compteur {#model}",
    ),
    (
        "fr-FR",
        "courrier des impots ref {#ticket}, ils citent mon nir {NIR:n} et mon rib code guichet {ROUTING:l}",
    ),
    (
        "fr-FR",
        "la mutuelle me demande mon n° de secu {NIR:l} c'est normal?",
        "mon mail est dans le lien {EMAIL:pct} mdr",
    ),
    (
        "fr-FR",
        "portabilité de mon numero {PHONE:n} svp, code RIO {PIN:w}",
        "la carte sim est arrivée colis {#tracking}",
    ),
    ("fr-FR", "coucou 🙂 l'appli saas bloque. admin {USER} ancien mot de passe {PWD} puis {PWD}"),
    (
        "fr-FR",
        "le proprietaire veut le loyer par virement: IBAN {IBAN:n}",
        "{#amount} € avant le {#date}",
    ),
    (
        "fr-FR",
        "renouvellement de passeport, l'ancien c'etait {PASSPORT:sd}",
        "rdv en mairie a {#time} le {#date} pour {#count} personnes",
    ),
    ("fr-FR", "assurance voyage: carte {CARD} exp{EXP:cx} cvv {CVV:l}, vol {#flight}"),
]
