"""French (France, Canada) chat templates, hand-written. Even-indexed entries feed dev, odd ones sealed."""

LANG = "fr"
LOCALES = ["fr-FR", "fr-FR", "fr-CA"]

GREET_A = [
    "Bonjour ! Merci de nous contacter, je suis Claire. Comment puis-je vous aider ?",
    "Salut 👋 ici Mathieu du service client, qu'est-ce qui se passe ?",
    "Bienvenue au service client. Un conseiller va vous répondre.",
    "Bonsoir, vous êtes en ligne avec la facturation.",
]
GREET_C = [
    "bonjour j'ai un souci avec ma carte",
    "allo? ça fait longtemps que j'attends",
    "salut mon paiement est pas passé",
    "bjr on m'a débité deux fois",
    "coucou je n'arrive plus à me connecter",
    "bonjour, c'est pour un remboursement",
]
CLOSE_A = [
    "Puis-je vous aider pour autre chose ?",
    "C'est réglé, bonne journée !",
    "Merci de votre patience, le dossier est traité.",
    "Parfait, vous recevrez un courriel de confirmation.",
]
CLOSE_C = [
    "non c'est tout merci",
    "merci beaucoup !!",
    "super merci 👍",
    "ok parfait, bonne journée",
    "c'est bon merci bien",
    "merci, bonne soirée",
]
CHAT = [
    "c'est la troisième fois que j'écris",
    "d'accord",
    "quoi?",
    "désolé ma connexion est nulle",
    "vous pouvez faire vite je suis au boulot",
    "j'ai déjà tout expliqué à votre collègue",
    "mdr ok",
    "c'est un robot ou une vraie personne?",
]
OTHER_Q = [
    "Pouvez-vous m'en dire un peu plus ?",
    "Avez-vous eu un message d'erreur ?",
    "Êtes-vous toujours là ?",
    "Depuis quand avez-vous ce problème ?",
]
ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "Quel est le numéro de la carte ?",
        "Pourriez-vous me confirmer le numéro de votre carte bancaire ?",
        "Veuillez saisir votre numéro de carte.",
        "t'as payé avec quelle carte? il me faut le numéro",
    ],
    "CREDIT_DEBIT_CVV": [
        "Et les trois chiffres au dos ?",
        "Veuillez indiquer le cryptogramme.",
        "c'est quoi le code de sécurité ?",
        "Le code au verso, s'il vous plaît ?",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "Quand la carte expire-t-elle ?",
        "Veuillez saisir la date d'expiration (MM/AA).",
        "et la date de validité ?",
        "Quelle est la date de fin de validité ?",
    ],
    "PIN": [
        "Pour vérification, saisissez votre code PIN.",
        "Quel est votre code confidentiel ?",
        "vous pouvez me confirmer le NIP ?",
        "Le code à quatre chiffres, s'il vous plaît.",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "Veuillez saisir votre numéro de compte.",
        "Sur quel numéro de compte voulez-vous le remboursement ?",
        "c'est quoi ton numéro de compte ?",
        "Le numéro de compte, svp.",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "Quel est l'IBAN pour le virement ?",
        "Merci de nous communiquer l'IBAN du compte.",
        "tu peux m'envoyer ton IBAN ?",
        "Pour rembourser j'ai besoin de votre IBAN complet.",
    ],
    "SWIFT_CODE": [
        "Et le code BIC / SWIFT de la banque ?",
        "Veuillez indiquer le BIC.",
        "c'est quoi le swift ?",
        "Avez-vous le code BIC sous la main ?",
    ],
    "EMAIL": [
        "Quelle adresse courriel est liée au compte ?",
        "Pouvez-vous me confirmer votre e-mail ?",
        "on t'envoie le reçu où ? ton mail stp",
        "Veuillez saisir l'adresse courriel d'inscription.",
    ],
    "PHONE": [
        "À quel numéro peut-on vous rappeler ?",
        "Pouvez-vous confirmer le numéro de téléphone du compte ?",
        "Veuillez saisir votre numéro de portable.",
        "ton cell pour t'envoyer le code ?",
        "Un numéro de contact au cas où ça coupe ?",
        "Avec quel téléphone vous êtes-vous inscrit ?",
    ],
    "PASSPORT_NUMBER": [
        "Quel est le numéro de passeport de la réservation ?",
        "Indiquez le numéro de passeport du voyageur.",
        "tu m'envoies ton numéro de passeport ?",
        "Pour l'enregistrement il me faut le numéro de passeport.",
    ],
    "DRIVER_ID": [
        "Quel est votre numéro de permis de conduire ?",
        "Veuillez saisir le numéro de votre permis.",
        "c'est quoi le numéro du permis ?",
        "J'ai besoin du numéro de permis pour la location.",
    ],
    "PASSWORD": [
        "Quel mot de passe avez-vous essayé ?",
        "Saisissez le mot de passe temporaire reçu.",
        "tu mets quel mdp ?",
        "Pouvez-vous me dire le mot de passe choisi pour vérifier le format ?",
    ],
    "USERNAME": [
        "Quel est votre identifiant ?",
        "Avec quel nom d'utilisateur vous connectez-vous ?",
        "c'est quoi ton pseudo sur l'appli ?",
        "Merci de confirmer l'identifiant du compte.",
    ],
    "IP_ADDRESS": [
        "Quelle adresse IP s'affiche sur la page d'erreur ?",
        "Quelle IP montre votre box ?",
        "va sur monip et dis moi ce qui s'affiche",
        "Depuis quelle adresse IP vous connectiez-vous ?",
    ],
    "FR_NIR": [
        "Quel est votre numéro de sécurité sociale ?",
        "Veuillez indiquer votre NIR.",
        "tu peux me donner ton numéro de sécu ?",
        "Le numéro inscrit sur la carte Vitale, s'il vous plaît.",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": [
        "ma carte c'est {v}",
        "carte : {v}",
        "c'est la visa, {v}",
        "numéro de carte {v}",
        "la CB {v}",
        "n° carte {v}",
    ],
    "CREDIT_DEBIT_CVV": [
        "le cryptogramme c'est {v}",
        "code de sécurité {v}",
        "cvv {v}",
        "le code au dos est {v}",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "expire le {v}",
        "date d'expiration {v}",
        "valable jusqu'au {v}",
        "exp {v}",
    ],
    "PIN": [
        "mon code pin est {v}",
        "code : {v}",
        "le code confidentiel c'est {v}",
        "NIP {v} je crois",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "numéro de compte {v}",
        "compte : {v}",
        "mon compte c'est le {v}",
        "n° de compte {v}",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "IBAN : {v}",
        "mon iban c'est {v}",
        "iban {v}",
        "voici l'IBAN {v}",
    ],
    "SWIFT_CODE": ["swift {v}", "le BIC c'est {v}", "code bic : {v}", "bic {v}"],
    "EMAIL": [
        "mon mail c'est {v}",
        "courriel : {v}",
        "vous pouvez m'écrire à {v}",
        "c'est enregistré sous {v}",
    ],
    "PHONE": [
        "mon numéro c'est le {v}",
        "tél {v}",
        "mon portable {v}",
        "rappelez-moi au {v}",
        "cell : {v}",
        "le téléphone c'est {v}",
    ],
    "PASSPORT_NUMBER": [
        "passeport {v}",
        "mon numéro de passeport est {v}",
        "passeport : {v}",
        "n° passeport {v}",
    ],
    "DRIVER_ID": [
        "permis {v}",
        "mon permis de conduire c'est {v}",
        "n° de permis : {v}",
        "numéro du permis {v}",
    ],
    "PASSWORD": [
        "le mot de passe c'est {v}",
        "mdp : {v}",
        "mon mdp {v}",
        "j'ai mis {v} comme mot de passe",
    ],
    "USERNAME": [
        "identifiant {v}",
        "mon pseudo c'est {v}",
        "login : {v}",
        "je me connecte avec {v}",
    ],
    "IP_ADDRESS": ["mon ip c'est {v}", "IP : {v}", "adresse ip {v}", "ça affiche l'ip {v}"],
    "FR_NIR": [
        "numéro de sécu {v}",
        "mon NIR c'est {v}",
        "sécurité sociale : {v}",
        "n° de sécu {v}",
    ],
}
FILLER = [
    "{v}",
    "c'est {v}",
    "oui {v}",
    "ok {v}",
    "alors {v}",
    "{v} 😉",
    "euh {v}",
    "voilà : {v}",
    "oui c'est le {v}",
    "{v} je crois",
    "tenez {v}",
    "{v} merci",
]
MULTI_CONT = ["{v}", "et {v}", "{v} c'est tout", "...{v}", "{v} pardon", "puis {v}"]
MULTI_LEAD = ["c'est long attendez", "je vous l'envoie en morceaux", "", "attends"]
BACK_Q = ["celui sur la carte ?", "l'ancien ou le nouveau ?", "en entier ?", "celui du relevé ?"]
BACK_YES = ["Oui, celui-là svp.", "Oui, en entier.", "C'est bien ça.", "Exactement, merci."]
WAIT = [
    "une seconde",
    "je regarde",
    "attendez je le cherche",
    "deux minutes je prends mon portefeuille",
]
DODGE = [
    "pourquoi vous avez besoin de ça ?",
    "je préfère pas donner ça ici",
    "laissez tomber, je vais être remboursé ou pas",
    "je l'ai pas sur moi là",
]
REASK = [
    "Désolé, cela ne semble pas correct, pouvez-vous le renvoyer ?",
    "Je n'arrive pas à le lire, pouvez-vous le retaper ?",
    "il manque quelque chose on dirait, tu peux renvoyer ?",
    "Pouvez-vous vérifier et le renvoyer ?",
]
WRONG = [
    "pardon mauvais numéro, c'est {v}",
    "non attendez {v}",
    "oups c'était l'ancien. {v}",
    "correction : {v}",
]
PARTIAL_ASK = [
    "Pouvez-vous confirmer les quatre derniers chiffres de la carte ?",
    "Quels sont les quatre derniers chiffres de la carte utilisée ?",
    "juste les quatre derniers chiffres de la carte svp",
    "La carte se termine par quoi ?",
]
PAIR_ASK = [
    (
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
        "Le numéro de carte et la date d'expiration, s'il vous plaît.",
    ),
    (
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
        "tu m'envoies le numéro de carte et quand elle expire",
    ),
    (
        "CREDIT_DEBIT_EXPIRY",
        "CREDIT_DEBIT_CVV",
        "Indiquez la date d'expiration et le cryptogramme.",
    ),
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV", "et la date + le code au dos ?"),
]
PAIR_BARE = ["{v} {w}", "{v} / {w}", "{v}, {w}", "ok {v} et {w}", "{v}\n{w}", "alors {v} - {w}"]
NONE_LINES = [
    "vous pouvez vérifier ça {v}",
    "{v} <- c'est bon ça ?",
    "copié collé : {v}",
    "et ça {v} ?",
]
DIFF_PREFIX = ["ça je sais pas mais ", "aucune idée, ", "je le trouve pas. ", "pas sûr, "]
KEEP_ASK = {
    "order_number": [
        "Quel est le numéro de commande ?",
        "Pouvez-vous me donner la référence de la commande ?",
        "c'est quelle commande ? le numéro stp",
        "Veuillez saisir votre numéro de commande.",
    ],
    "tracking_number": [
        "Avez-vous le numéro de suivi ?",
        "c'est quoi le numéro de colis ?",
        "Le numéro de suivi du mail, svp.",
    ],
    "zip_code": ["Quel est le ZIP ?", "le zip de facturation ?"],
    "postal_code": [
        "Quel est votre code postal ?",
        "Le colis part à quel code postal ?",
        "code postal ?",
    ],
    "date": [
        "Quelle était la date de livraison prévue ?",
        "Quand avez-vous passé commande ?",
        "c'était quel jour le prélèvement ?",
    ],
    "time": [
        "À quelle heure peut-on vous rappeler ?",
        "Vers quelle heure est-ce arrivé ?",
        "le livreur passe à quelle heure ?",
    ],
    "price": [
        "Combien vous a-t-on débité ?",
        "Quel montant apparaît sur le relevé ?",
        "c'était combien ?",
    ],
    "quantity": [
        "Combien d'articles manquent ?",
        "Combien en avez-vous commandé ?",
        "combien de cartons sont arrivés ?",
    ],
    "product_model": ["Quel modèle avez-vous ?", "Quel modèle est indiqué sur l'étiquette ?"],
    "version": [
        "Quelle version de l'appli avez-vous ?",
        "Quelle version s'affiche dans les réglages ?",
    ],
    "invoice_number": [
        "Quel est le numéro de facture ?",
        "Pouvez-vous me lire la référence de la facture ?",
    ],
    "ticket_reference": ["Avez-vous un numéro de dossier ?", "c'est quoi le numéro de ticket ?"],
    "year": ["En quelle année avez-vous ouvert le compte ?", "La voiture est de quelle année ?"],
    "flight_number": ["Quel est le numéro de vol ?", "vous êtes sur quel vol ?"],
    "store_number": [
        "Dans quel magasin ? Le numéro est sur le ticket.",
        "c'est quoi le numéro du magasin ?",
    ],
}
KEEP_BARE = [
    "{k}",
    "c'est le {k}",
    "{k} je pense",
    "euh {k}",
    "oui {k}",
    "{k} !",
    "normalement {k}",
    "{k} d'après le mail",
]
KEEP_FREE = [
    "j'en ai commandé {quantity} le {date} et j'en ai reçu qu'un",
    "la commande {order_number} est toujours en préparation",
    "on m'a prélevé {price} au lieu du prix promo",
    "le colis {tracking_number} bouge plus depuis une semaine",
    "mon ancien dossier c'était {ticket_reference}",
    "la livraison était prévue le {date} vers {time}",
    "j'ai la version {version} de l'appli",
    "c'est le {product_model}, acheté en {year}",
    "je pars demain sur le vol {flight_number}",
    "la facture {invoice_number} a la mauvaise adresse",
    "acheté au magasin {store_number}",
    "j'ai payé {price} pour la commande {order_number}",
]
