"""Discussions en français (France, Canada). Écrites à la main. Position paire = dev, impaire = sealed."""

LOCALES = {
    "fr-FR": {"phone": "FR", "iban": "FR", "swift": "FR", "ids": ["FR_NIR"]},
    "fr-CA": {"phone": "CA", "iban": "FR", "swift": "CA", "ids": []},
}

GREET = [
    "Bonjour et merci de nous contacter ! Comment puis-je vous aider ?",
    "salut! ici Mélanie du service client",
    "Bienvenue. Un conseiller va vous répondre sous peu.",
    "Bonsoir, je m'appelle Julien, que puis-je faire pour vous ?",
    "Allô 👋 c'est Kevin, qu'est-ce qui se passe?",
    "Merci de votre patience, je suis Chloé.",
]
OPEN = [
    "bonjour",
    "slt j'ai un souci avec ma carte",
    "coucou ma commande est jamais arrivée",
    "Bonjour, je voudrais modifier mes infos",
    "on m'a débité deux fois!!",
    "bjr impossible de me connecter",
    "Bonsoir, c'est pour un remboursement",
    "allo ya quelqu'un",
    "mon paiement a été refusé, pourquoi",
    "je veux changer la carte enregistrée",
]
CHAT = [
    "d'accord",
    "ok",
    "oui",
    "merci",
    "ah ok",
    "bon",
    "ça marche",
    "parfait",
    "mdr ok",
    "attendez",
    "dsl ma connexion bug",
    "vous êtes un robot?",
    "je suis au boulot là",
    "super merci bcp",
    "nickel",
    "ouais",
]
CLOSE_AGENT = [
    "Puis-je vous aider pour autre chose ?",
    "C'est réglé ! Bonne journée.",
    "C'est mis à jour.",
    "Merci de votre patience, tout est en ordre.",
    "Fait ✅ autre chose ?",
    "J'ai transmis au service concerné, vous recevrez un courriel.",
]
CLOSE_CUST = [
    "non c'est tout merci",
    "merci beaucoup !!",
    "rien d'autre bonne journée",
    "merci bien",
    "mrc",
    "top merci au revoir",
]
WAIT = [
    "un instant",
    "je regarde",
    "attendez je cherche mon portefeuille",
    "deux secondes",
    "bougez pas",
    "je vérifie",
    "minute",
]
DODGE = [
    "en fait je peux juste changer l'adresse de livraison ?",
    "pourquoi vous avez besoin de ça ?",
    "je l'ai pas sur moi",
    "vous pouvez pas le voir vous-même ?",
    "laissez tomber, le remboursement c'est pour quand ?",
    "je préfère pas le donner ici",
    "pardon c'était quoi la question",
    "je vais plutôt appeler",
]
QBACK = [
    ("celui sur la carte ?", "Oui, celui-là."),
    ("l'ancien ou le nouveau?", "Celui enregistré sur le compte."),
    ("en entier ?", "Oui, en entier svp."),
    ("celui de mon profil?", "Exactement."),
    ("le portable ou le fixe ?", "Celui qui est au dossier."),
]
REASK = [
    "Hmm, cela ne semble pas correct, pourriez-vous le renvoyer ?",
    "Il manque peut-être un chiffre, pouvez-vous vérifier ?",
    "Ça ne correspond pas chez moi, vous pouvez le retaper?",
    "La saisie n'a pas été reconnue. Veuillez recommencer.",
]
CORRECT = [
    "pardon c'est pas le bon, c'est {v}",
    "oups erreur : {v}",
    "non attendez c'est {v}",
    "je corrige {v}",
]
FILLER = [
    "oui c'est le {v}",
    "{v} 😉",
    "bien sûr, {v}",
    "c'est {v}",
    "voilà {v}",
    "euh {v} je crois",
    "{v} merci",
    "ouais {v}",
    "tenez : {v}",
    "alors {v}",
]
CONT = ["{v} dsl c'est parti trop vite", "et {v}", "{v} voila", "puis {v}", "... {v}", "{v} fini"]
AND = "et"

ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "Pourriez-vous me confirmer le numéro de votre carte ?",
        "c'est quoi le numéro de carte ?",
        "Veuillez saisir les 16 chiffres de votre carte.",
        "Avec quelle carte souhaitez-vous payer ? J'ai besoin du numéro.",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "Et la date d'expiration ?",
        "Elle expire quand, la carte ?",
        "Saisissez la date de validité (MM/AA).",
        "date d'exp?",
    ],
    "CREDIT_DEBIT_EXPIRY_": [],
    "CREDIT_DEBIT_CVV": [
        "Et les 3 chiffres au dos svp",
        "Pouvez-vous me donner le cryptogramme ?",
        "Veuillez saisir le CVV.",
        "le code de sécurité?",
    ],
    "PIN": [
        "Veuillez saisir votre code PIN.",
        "Pour vérification, quel est votre NIP ?",
        "tapez votre code confidentiel",
        "Quel est le PIN à 4 chiffres choisi ?",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "Sur quel numéro de compte voulez-vous le remboursement ?",
        "Saisissez votre numéro de compte.",
        "vous me confirmez le n° de compte ?",
        "Quel compte devons-nous débiter ?",
    ],
    "BANK_ROUTING": [
        "Et le numéro de transit ?",
        "Quel est le numéro d'institution / transit de la banque ?",
        "le routing de la banque svp",
        "Il me faut aussi le code de la banque.",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "Pourriez-vous me communiquer votre IBAN ?",
        "c quoi l'iban pour le virement",
        "Saisissez l'IBAN du compte bénéficiaire.",
        "J'ai besoin de l'IBAN complet, merci.",
    ],
    "SWIFT_CODE": [
        "Et le code BIC ?",
        "Quel est le SWIFT de la banque ?",
        "Indiquez le code BIC/SWIFT.",
        "vous avez le bic?",
    ],
    "EMAIL": [
        "Quelle adresse courriel est associée au compte ?",
        "Vous me confirmez votre e-mail ?",
        "Veuillez saisir votre adresse e-mail.",
        "je vous envoie le reçu à quelle adresse?",
    ],
    "PHONE": [
        "À quel numéro peut-on vous rappeler ?",
        "Pouvez-vous confirmer le numéro de téléphone du dossier ?",
        "Saisissez votre numéro de portable.",
        "votre cell?",
    ],
    "PASSPORT_NUMBER": [
        "Quel est votre numéro de passeport ?",
        "Indiquez le passeport utilisé lors de la réservation.",
        "n° de passeport svp",
        "Pouvez-vous confirmer le passeport du voyageur ?",
    ],
    "DRIVER_ID": [
        "Quel est le numéro de votre permis de conduire ?",
        "Saisissez le numéro de permis.",
        "votre permis svp ?",
        "Le numéro du permis pour la location ?",
    ],
    "PASSWORD": [
        "Quel mot de passe avez-vous essayé ?",
        "Tapez le mot de passe provisoire reçu.",
        "c'est quoi le mdp que vous avez mis ?",
        "Pouvez-vous m'indiquer le mot de passe ?",
    ],
    "USERNAME": [
        "Quel est votre identifiant ?",
        "Saisissez votre nom d'utilisateur.",
        "vous vous connectez avec quel pseudo ?",
        "Votre login, svp ?",
    ],
    "IP_ADDRESS": [
        "Pourriez-vous m'indiquer votre adresse IP ?",
        "quelle IP affiche la box ?",
        "Envoyez l'adresse IP de la page d'erreur.",
        "Depuis quelle IP vous connectez-vous ?",
    ],
    "FR_NIR": [
        "Quel est votre numéro de sécurité sociale ?",
        "Saisissez votre NIR (15 chiffres).",
        "votre n° de sécu svp",
        "Il me faut le numéro de sécu figurant sur la carte Vitale.",
    ],
}
del ASK["CREDIT_DEBIT_EXPIRY_"]
NAMED = {
    "CREDIT_DEBIT_NUMBER": ["ma carte c'est {v}", "n° de carte {v}", "carte : {v}", "la visa {v}"],
    "CREDIT_DEBIT_EXPIRY": [
        "expire {v}",
        "date d'expiration {v}",
        "valable jusqu'à {v}",
        "exp : {v}",
    ],
    "CREDIT_DEBIT_CVV": [
        "cvv {v}",
        "le cryptogramme c'est {v}",
        "code de sécurité : {v}",
        "au dos c'est {v}",
    ],
    "PIN": ["mon code pin {v}", "NIP {v}", "PIN : {v}", "code confidentiel {v}"],
    "BANK_ACCOUNT_NUMBER": [
        "compte {v}",
        "mon numéro de compte est {v}",
        "n° de compte : {v}",
        "le compte c'est {v}",
    ],
    "BANK_ROUTING": [
        "transit {v}",
        "numéro de transit {v}",
        "code banque : {v}",
        "institution {v}",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "mon iban {v}",
        "IBAN {v}",
        "iban : {v}",
        "l'IBAN c'est {v}",
    ],
    "SWIFT_CODE": ["bic {v}", "code SWIFT {v}", "le code bic est {v}", "BIC : {v}"],
    "EMAIL": ["mon mail c'est {v}", "courriel : {v}", "adresse mail {v}", "mon e-mail est {v}"],
    "PHONE": ["mon numéro c'est {v}", "tél {v}", "mon portable : {v}", "rappelez-moi au {v}"],
    "PASSPORT_NUMBER": [
        "passeport {v}",
        "mon passeport est le {v}",
        "n° passeport {v}",
        "passeport : {v}",
    ],
    "DRIVER_ID": [
        "permis {v}",
        "mon permis de conduire c'est {v}",
        "n° de permis : {v}",
        "permis de conduire {v}",
    ],
    "PASSWORD": [
        "le mot de passe est {v}",
        "mdp : {v}",
        "j'ai mis {v} comme mot de passe",
        "mot de passe {v}",
    ],
    "USERNAME": ["identifiant {v}", "mon pseudo c'est {v}", "login : {v}", "nom d'utilisateur {v}"],
    "IP_ADDRESS": ["mon ip c'est {v}", "adresse IP : {v}", "l'ip {v}", "IP affichée {v}"],
    "FR_NIR": ["sécu {v}", "mon numéro de sécurité sociale est {v}", "NIR : {v}", "n° de sécu {v}"],
}
PAIR_ASK = [
    (
        "Pouvez-vous me donner le numéro de carte et la date d'expiration ?",
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
    ),
    (
        "Indiquez la date d'expiration et le cryptogramme.",
        "CREDIT_DEBIT_EXPIRY",
        "CREDIT_DEBIT_CVV",
    ),
    ("il me faut le transit et le numéro de compte", "BANK_ROUTING", "BANK_ACCOUNT_NUMBER"),
    ("IBAN et BIC pour le remboursement ?", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"),
    ("identifiant + mot de passe essayés ?", "USERNAME", "PASSWORD"),
    ("Courriel et téléphone du compte svp", "EMAIL", "PHONE"),
]
PAIR_ANS = [
    "{a}  {b}",
    "{a} et {b}",
    "{a}\n\n{b}",
    "{a} ; {b}",
    "{a} -- {b}",
    "le premier {a} l'autre {b}",
]
PARTIAL_ASK = [
    "Pouvez-vous me confirmer les quatre derniers chiffres de la carte ?",
    "les 4 derniers chiffres de la carte ?",
    "Juste les 4 derniers chiffres de la carte bancaire svp.",
    "Quelle carte ? Les 4 derniers chiffres suffisent.",
]
POSTCODE_PART = [
    "Seulement les 3 premiers caractères du code postal, svp.",
    "le début de votre code postal ?",
    "donnez-moi juste les premiers chiffres du code postal",
    "Indiquez les trois premiers caractères du code postal.",
]

KEEP_ASK = {
    "order_number": [
        "Quel est le numéro de commande ?",
        "vous avez le n° de commande ?",
        "Pouvez-vous me donner votre numéro de commande ?",
        "Saisissez votre numéro de commande.",
        "commande n° ?",
        "De quelle commande s'agit-il ?",
    ],
    "tracking_number": [
        "Quel est le numéro de suivi ?",
        "le code de suivi colis svp",
        "Vous avez le numéro de suivi du courriel ?",
    ],
    "ticket_reference": [
        "Avez-vous un numéro de dossier ?",
        "la référence du ticket précédent ?",
        "n° de dossier ?",
    ],
    "zip_code": [
        "Quel est votre code ZIP ?",
        "et le zip ?",
        "Saisissez le code ZIP de facturation.",
    ],
    "postal_code": [
        "Quel est votre code postal ?",
        "vous me confirmez le code postal ?",
        "Le code postal de livraison ?",
    ],
    "quantity": [
        "Combien en avez-vous commandé ?",
        "il manquait combien d'articles ?",
        "Combien d'unités voulez-vous ?",
    ],
    "date": [
        "Quel jour a-t-il été livré ?",
        "Quand avez-vous passé la commande ?",
        "le prélèvement est apparu quel jour ?",
    ],
    "time": [
        "À quelle heure peut-on vous rappeler ?",
        "vers quelle heure c'est arrivé ?",
        "Quel créneau vous convient ?",
    ],
    "price": [
        "Combien vous a-t-on prélevé ?",
        "quel montant sur le relevé ?",
        "Quel était le total ?",
    ],
    "product_model": [
        "Quel modèle avez-vous ?",
        "c'est quel modèle l'appareil ?",
        "Pouvez-vous m'indiquer le modèle du produit ?",
    ],
    "store_number": [
        "Dans quel magasin ? Le numéro est sur le ticket.",
        "numéro du magasin ?",
        "Quel est le n° de magasin sur le reçu ?",
    ],
    "flight_number": [
        "Quel est votre numéro de vol ?",
        "vous êtes sur quel vol ?",
        "Pouvez-vous confirmer le vol ?",
    ],
    "invoice_number": [
        "Quel est le numéro de facture ?",
        "c'est quelle facture ?",
        "Numéro de facture svp.",
    ],
    "year": [
        "En quelle année l'avez-vous acheté ?",
        "la voiture est de quelle année ?",
        "Le compte a été ouvert en quelle année ?",
    ],
    "version": [
        "Quelle version de l'appli avez-vous ?",
        "quelle version dans Réglages ?",
        "Pouvez-vous vérifier la version dans Paramètres > À propos ?",
    ],
}
KEEP_NAMED = [
    "commande {v}",
    "c'est la #{v}",
    "le numéro c'est {v}",
    "{v} il me semble",
    "réf {v}",
    "ce serait {v}",
    "la voilà {v}",
]
