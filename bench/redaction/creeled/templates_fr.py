"""French chat templates (fr-FR). Sealed split: do not tune detectors against SEALED."""

# ruff: noqa: E501  (chat messages are kept whole, one per string)

DEV = [
    (
        "fr-FR",
        [
            "bonjour je voudrais regler ma facture <<invoice>> avec la carte {CARD} exp {EXP:cexp} cryptogramme {CVV}"
        ],
    ),
    (
        "fr-FR",
        [
            "Voici mon nouveau RIB pour le prelevement : code banque et guichet {ROUTING}",
            "compte {ACCT:multi#a}",
            "{ACCT:multi#a}",
        ],
    ),
    ("fr-FR", ["pour mon dossier mexicain ils veulent le CURP {CURP:noise} et le RFC {RFC}"]),
    ("fr-FR", ["mon numero de secu c'est {NIR:spell}, et celui de ma fille {NIR:sub}"]),
    (
        "fr-FR",
        [
            "le lien de confirmation contient mon adresse mail c'est normal ? https://hotel.example.com/resa?client={EMAIL:pct}&chambre=<<room>>",
            "et mon permis c'est {DL:sp}",
        ],
    ),
    (
        "fr-FR",
        [
            "service info : adresse MAC {MAC}, ip fixe {IP}",
            "le depot c'est https://{USER:url}:{PWD:url}@git.example.com/equipe/app.git",
        ],
    ),
    (
        "fr-FR",
        [
            "extrait du fichier .env du serveur\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}"
        ],
    ),
    ("fr-FR", ["j'habite a Barcelone, mon NIE est {NIE} et le DNI de mon mari {DNI:sp}"]),
    (
        "fr-FR",
        [
            "la CLABE de mon fournisseur a Puebla : {CLABE}",
            "ils demandent aussi mon numero de securite sociale americain",
            "{SSN:ctx}",
        ],
    ),
    (
        "fr-FR",
        ["pour la filiale bresilienne : CPF {CPF:spell}, CNPJ {CNPJ:multi#a}", "{CNPJ:multi#a}"],
    ),
    (
        "fr-FR",
        [
            "infos pour le comptable :\nSteuer-ID {STEUER:sp}\nNIF portugais {NIF:sub}\nITIN {ITIN}\nNI britannique {NINO}"
        ],
    ),
    ("fr-FR", ["merci de virer l'acompte sur l'IBAN {IBAN:ib:FR} BIC {SWIFT::FR}"]),
    ("fr-FR", ["code pin {PIN} identifiant {USER} mdp {PWD}", "ah et mon mail c'est {EMAIL:mail}"]),
    ("fr-FR", ["rappelez moi au {PHONE:multi#b}", "{PHONE:multi#b}", "apres <<time>> svp"]),
    (
        "fr-FR",
        [
            "numero de carte {CARD:multi#a}",
            "{CARD:multi#a}",
            "crypto {CVV:spell} et passeport {PASSPORT}",
        ],
    ),
]

SEALED = [
    (
        "fr-FR",
        [
            "bjr ma carte a ete refusee deux fois pour la commande <<order>>",
            "c'est la {CARD:sp} exp {EXP:cexp} crypto {CVV}",
        ],
    ),
    (
        "fr-FR",
        [
            "on m'a debite <<amount>> en double",
            "la carte utilisee : {CARD:multi#a}",
            "{CARD:multi#a}",
        ],
    ),
    (
        "fr-FR",
        [
            "impossible de me connecter depuis la mise a jour <<version>>, identifiant {USER} et j'ai remis le mot de passe {PWD} mais ca bloque"
        ],
    ),
    ("fr-FR", ["pour le remboursement : IBAN {IBAN:ib:FR}", "c'est le compte ouvert le <<date>>"]),
    ("fr-FR", ["rappelez moi plutot sur mon portable {PHONE}", "a partir de <<time>>"]),
    ("fr-FR", ["mon tel {PHONE:noise} je suis dispo tout l'aprem"]),
    ("fr-FR", ["vous pouvez m'envoyer la facture sur {EMAIL:mail} ? celle de <<amount>>"]),
    ("fr-FR", ["ma nouvelle adresse c'est {EMAIL}, l'ancienne ne marche plus depuis le <<date>>"]),
    (
        "fr-FR",
        [
            "j'ai recu ce lien par sms c'est vous ?? https://paiement.example.com/verif?tel={PHONE:pct}&src=sms"
        ],
    ),
    (
        "fr-FR",
        [
            "le lien de reinitialisation ne marche pas https://aide.example.com/reset?mail={EMAIL:pct}"
        ],
    ),
    (
        "fr-FR",
        [
            "le technicien m'a dit de vous coller ca : sftp://{USER:url}:{PWD:url}@fichiers.example.com/depot"
        ],
    ),
    (
        "fr-FR",
        [
            "oups j'ai colle nos cles dans le ticket <<ticket>>, supprimez svp\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}"
        ],
    ),
    (
        "fr-FR",
        [
            "compte bloque apres <<qty>> essais, voila ce que j'ai note\nlogin : {USER}\nmot_de_passe={PWD:kv}"
        ],
    ),
    (
        "fr-FR",
        [
            "je vous lis la carte de mon mari il conduit : {CARD:spell}",
            "date d'expiration {EXP:spell|plain} et les chiffres au dos {CVV:spell}",
        ],
    ),
    ("fr-FR", ["carte {CARD:noise}", "expire {EXP:sp}", "cvc {CVV:sub}"]),
    ("fr-FR", ["la carte {CARD:sub} est refusee alors que je l'ai tapee comme ca"]),
    ("fr-FR", ["mon code pin c'est {PIN:spell}", "euh je devais pas l'envoyer ici non ?"]),
    ("fr-FR", ["le code confidentiel {PIN:sub} ne marche plus au distributeur"]),
    ("fr-FR", ["numero de secu {NIR:sp} pour le dossier de mutuelle <<policy>>"]),
    ("fr-FR", ["ma carte vitale est perdue, mon numero de securite sociale c'est", "{NIR:ctx}"]),
    ("fr-FR", ["num secu : {NIR:multi#a}", "{NIR:multi#a}", "{NIR:multi#a}"]),
    ("fr-FR", ["mon RIB : code banque et guichet {ROUTING}, numero de compte {ACCT}"]),
    ("fr-FR", ["numero de compte {ACCT:multi#a}", "{ACCT:multi#a}", "guichet {ROUTING:sub}"]),
    ("fr-FR", ["je vous colle l'IBAN du proprio", "{IBAN:ctx:FR}"]),
    ("fr-FR", ["virement vers l'Allemagne refuse, IBAN {IBAN:ib:DE} et le BIC {SWIFT:noise:DE}"]),
    (
        "fr-FR",
        [
            "BIC de la banque de ma soeur a Porto {SWIFT::PT} et l'iban {IBAN:multi:PT#a}",
            "{IBAN:multi:PT#a}",
        ],
    ),
    ("fr-FR", ["mon portable {PHONE:multi#a}", "{PHONE:multi#a}", "{PHONE:multi#a}"]),
    ("fr-FR", ["j'ai bosse a Londres, mon national insurance number c'est {NINO:sp}"]),
    (
        "fr-FR",
        [
            "mon mari a un ITIN {ITIN:sp} et moi un SSN {SSN:spell}, on remplit comment la declaration americaine ?"
        ],
    ),
    ("fr-FR", ["routing number de ma banque aux US {ROUTING:plain:US} compte {ACCT:plain:US}"]),
    ("fr-FR", ["je pars le <<date>> vol <<flight>>, mon passeport c'est {PASSPORT}"]),
    ("fr-FR", ["le numero de passeport : {PASSPORT:multi#a}", "{PASSPORT:multi#a}"]),
    ("fr-FR", ["le loueur veut mon numero de permis de conduire", "{DL:ctx}"]),
    ("fr-FR", ["permis {DL:noise}, j'habite au <<street>> rue des Lilas, <<zip>>"]),
    (
        "fr-FR",
        [
            "la box se deconnecte la nuit, adresse MAC {MAC}, ip {IP}",
            "modele <<model=Livebox>> version <<version>>",
        ],
    ),
    (
        "fr-FR",
        ["pour le wifi invite : mac de la tablette {MAC:sp}, elle recoit l'adresse {IP:sub}"],
    ),
    ("fr-FR", ["en Espagne mon NIE c'etait {NIE:sp|plain}"]),
    ("fr-FR", ["le DNI de ma belle-mere qui est titulaire du contrat", "{DNI:ctx}"]),
    ("fr-FR", ["son DNI espagnol {DNI:spell} et son telephone {PHONE:spell:ES}"]),
    ("fr-FR", ["fournisseur mexicain : RFC {RFC:noise}, CLABE {CLABE:sp}"]),
    ("fr-FR", ["la CLABE pour le remboursement {CLABE:multi#a}", "{CLABE:multi#a}"]),
    ("fr-FR", ["mon CURP pour le visa {CURP}, je vis a Oaxaca depuis <<year>>"]),
    ("fr-FR", ["mon CPF bresilien {CPF:multi#a}", "{CPF:multi#a}"]),
    ("fr-FR", ["le CNPJ de la boite a Recife {CNPJ}, facture <<invoice>>"]),
    ("fr-FR", ["ma Steuer-ID allemande : {STEUER:spell}"]),
    ("fr-FR", ["mettez mon NIF portugais {NIF} sur la facture svp, je suis a Faro maintenant"]),
    (
        "fr-FR",
        [
            "cle d'acces qui a fuite dans les logs, a revoquer : {AKID}",
            "secret {SECRET:multi#a}",
            "{SECRET:multi#a}",
        ],
    ),
    ("fr-FR", ["ma mere me dicte son mail {EMAIL:mail|plain}, elle a pas l'habitude d'internet"]),
]
