"""French chat templates (France, Canada), written by hand. Even lines -> dev, odd -> sealed."""

LANG = "fr"
LOCALES = ["fr-FR", "fr-CA"]
DIGITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
NOISE = [" ", "-", " | ", " / ", " 😬 ", " et ", " puis ", "\n", " ... ", ". "]
AT = [" arobase ", " at ", " (arobase) "]
DOT = [" point ", " . ", " (point) "]
MONTHS = [
    "janv",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "sept",
    "oct",
    "nov",
    "dec",
]

GREET = """Bonjour et merci de nous contacter, je m'appelle Claire. Comment puis-je vous aider ?
Bonjour, ici Mathieu du service client.
Salut ! Bienvenue au soutien, qu'est-ce qui se passe ?
Bonjour, je suis l'assistant virtuel 🤖. Décrivez votre demande en quelques mots.
Merci de votre patience, vous êtes avec Sophie.
Bienvenue. Un conseiller va vous répondre."""

OPEN = """bonjour on m'a débité deux fois
slt mon colis est jamais arrivé
bonjour je voudrais changer mes infos svp
allo je peux pas me connecter a l'appli
bjr ma carte est refusée je comprends pas
mon compte est bloqué
bonsoir je veux annuler une commande
salut j'ai besoin d'aide pour un virement"""

CHAT = """ok
d'accord
oui
ok merci
ouais
dac
mmm ok
ah ok
mdr ok
parfait
merci!!
ben oui
ok super
pas de souci"""

ASK = {
    "CREDIT_DEBIT_NUMBER": """Pourriez-vous me confirmer le numéro de la carte ?
Veuillez saisir les seize chiffres de votre carte.
vous avez payé avec quelle carte ? il me faut le numéro complet
Tapez-moi le numéro de carte svp, que je retrouve le paiement.""",
    "CREDIT_DEBIT_CVV": """Et les trois chiffres au dos ?
Veuillez saisir le cryptogramme visuel de votre carte.
Il me faut aussi le code de sécurité.
C'est quoi le CVV ?""",
    "CREDIT_DEBIT_EXPIRY": """Quelle est la date d'expiration ?
Veuillez saisir la date de validité (MM/AA).
vous pouvez me confirmer la date d'expiration de la carte
Et la date de fin de validité ?""",
    "PIN": """Par sécurité, veuillez saisir votre code PIN à quatre chiffres.
Vous pouvez me confirmer le code confidentiel ?
C'est quoi votre NIP ?
Entrez votre code secret maintenant.""",
    "BANK_ACCOUNT_NUMBER": """Sur quel compte on fait le remboursement ? Juste le numéro de compte.
Veuillez saisir votre numéro de compte.
Vous pouvez confirmer le numéro de compte prélevé ?
c'est quoi le no de compte""",
    "BANK_ROUTING": """Et le numéro de transit ?
Vous avez le code banque ?
Quel est le numéro d'institution et de transit ?
Veuillez saisir le numéro de transit à neuf chiffres.""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """Vous pouvez m'envoyer l'IBAN pour le virement ?
Veuillez saisir votre IBAN.
c'est quoi l'IBAN
Il me manque juste l'IBAN et c'est bon.""",
    "SWIFT_CODE": """Et le BIC de la banque ?
Veuillez indiquer le code SWIFT de votre banque.
Vous avez le SWIFT ?
Quel est le BIC ?""",
    "EMAIL": """Quelle adresse courriel est associée au compte ?
Pourriez-vous confirmer votre e-mail pour le reçu ?
Veuillez saisir l'adresse e-mail utilisée à l'inscription.
je vous l'envoie à quel mail ?""",
    "PHONE": """À quel numéro peut-on vous rappeler ?
Vous pouvez confirmer le numéro de portable enregistré ?
Veuillez saisir votre numéro de téléphone.
Un numéro pour vous joindre ?""",
    "PASSPORT_NUMBER": """Quel est le numéro du passeport utilisé pour la réservation ?
Veuillez saisir votre numéro de passeport.
C'est quoi le no de passeport ?
Et le numéro de passeport ?""",
    "DRIVER_ID": """Pouvez-vous confirmer votre numéro de permis de conduire ?
Veuillez saisir le numéro de votre permis.
C'est quoi le numéro de permis pour la location ?
Il me faut le numéro de permis pour vous ajouter.""",
    "PASSWORD": """Quel mot de passe essayez-vous ? Je vérifie s'il respecte les règles.
Veuillez taper le mot de passe temporaire reçu.
vous avez mis quel mot de passe la dernière fois ?
Vous pouvez m'envoyer le mot de passe essayé ?""",
    "USERNAME": """C'est quoi votre identifiant ?
Veuillez saisir votre nom d'utilisateur.
Vous vous connectez avec quel identifiant ?
vous pouvez me dire votre pseudo""",
    "IP_ADDRESS": """Quelle adresse IP s'affiche dans le diagnostic ?
Veuillez saisir l'adresse IP de votre box.
la caméra est sur quelle IP ?
C'est quoi l'IP dans le message d'erreur ?""",
    "FR_NIR": """Pouvez-vous me donner votre numéro de sécurité sociale ?
Veuillez saisir votre NIR (quinze chiffres).
c'est quoi votre numéro de sécu ?
Il me faut le numéro de sécurité sociale pour le dossier.""",
}

KEEP_ASK = {
    "order_number": """Quel est le numéro de commande ?
Vous avez le numéro de commande du mail de confirmation ?
Veuillez saisir votre numéro de commande.
c'est pour quelle commande ?""",
    "tracking_number": """Vous avez le numéro de suivi ?
Pouvez-vous m'envoyer le numéro de suivi du colis ?
quel numéro de suivi le transporteur vous a donné ?""",
    "postal_code": """Quel est le code postal de livraison ?
Vous me confirmez votre code postal ?
Juste les trois premiers caractères de votre code postal svp.""",
    "date": """Le colis est arrivé quel jour ?
Vous avez commandé quand ?
Le prélèvement date de quand ?""",
    "time": """Vers quelle heure avez-vous essayé de payer ?
À quelle heure on vous rappelle ?
L'erreur est apparue vers quelle heure ?""",
    "price": """Combien vous a-t-on débité ?
C'était quel montant ?
l'article coûtait combien ?""",
    "quantity": """Combien d'articles manquent ?
Vous en avez commandé combien ?
combien de cartons sont arrivés ?""",
    "product_model": """Vous avez quel modèle ?
Vous pouvez me dire la référence sur l'étiquette ?
C'est quel modèle de box ?""",
    "ticket_reference": """Vous avez la référence du dossier de la dernière fois ?
Quel est le numéro de ticket ?
Veuillez saisir votre numéro de dossier.""",
    "store_number": """Dans quel magasin ? Le numéro est sur le ticket.
C'est quoi le numéro du magasin ?""",
    "flight_number": """Vous êtes sur quel vol ?
Quel est le numéro de vol ?""",
    "invoice_number": """Quel est le numéro de facture ?
Vous pouvez me donner le numéro de la facture ?""",
}

NAMES = {
    "CREDIT_DEBIT_NUMBER": [
        "carte",
        "numero de carte",
        "n° de carte",
        "cb",
        "la visa",
        "carte bancaire",
    ],
    "CREDIT_DEBIT_CVV": ["cvv", "cryptogramme", "code de securite", "crypto"],
    "CREDIT_DEBIT_EXPIRY": ["expiration", "date d'exp", "exp", "validite"],
    "PIN": ["pin", "code pin", "code secret", "NIP"],
    "BANK_ACCOUNT_NUMBER": ["compte", "numero de compte", "n° de compte", "no compte"],
    "BANK_ROUTING": ["transit", "numero de transit", "code banque"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN", "rib"],
    "SWIFT_CODE": ["swift", "bic", "BIC"],
    "EMAIL": ["mail", "courriel", "email", "adresse mail"],
    "PHONE": ["tel", "portable", "numero", "téléphone", "cell"],
    "PASSPORT_NUMBER": ["passeport", "n° de passeport", "numero de passeport"],
    "DRIVER_ID": ["permis", "numero de permis", "permis de conduire"],
    "PASSWORD": ["mot de passe", "mdp", "password"],
    "USERNAME": ["identifiant", "login", "pseudo", "utilisateur"],
    "IP_ADDRESS": ["ip", "IP", "adresse ip"],
    "FR_NIR": ["secu", "numero de secu", "NIR", "securite sociale"],
}

KEEP_NAMES = {
    "order_number": ["commande", "n° de commande", "numero de commande", "cmd"],
    "tracking_number": ["suivi", "numero de suivi", "colissimo"],
    "postal_code": ["code postal", "cp"],
    "date": ["arrive le", "le", "commande le"],
    "time": ["vers", "a"],
    "price": ["debite de", "c'etait", "paye"],
    "quantity": ["il manque", "j'en ai commande", "recu"],
    "product_model": ["modele", "reference", "c'est le"],
    "ticket_reference": ["dossier", "ticket", "ref"],
    "store_number": ["magasin"],
    "flight_number": ["vol"],
    "invoice_number": ["facture"],
}

NAMED = """mon {n} c'est {v}
{n} : {v}
{n} {v}
ok voila le {n} {v}
le {n} devrait etre {v}
{v} c'est mon {n}
{n} = {v}
alors {n} {v}"""

FILLER = """{v}
c'est le {v}
oui {v}
c'est {v}
ok {v}
euh {v}
ouais {v}
{v} je crois
voila {v}
{v} 👍
tenez {v}"""

WAIT = """une seconde
je regarde
attendez je le cherche
deux min
bouge pas
attends je vérifie"""

QBACK = """celui sur la carte ?
lequel, l'ancien ou le nouveau ?
celui de l'inscription ?
vous le voulez en entier ?
le long ?"""

CONFIRM = """Oui, celui-là svp.
Oui, en entier.
Exactement.
Oui merci."""

REASK = """Désolé, ça ne semble pas correct, vous pouvez le renvoyer ?
Hmm, ça ne passe pas. Vous pouvez vérifier ?
Il manque un chiffre je crois, vous pouvez le retaper ?
Celui-ci ne correspond pas à notre dossier, vous pouvez revérifier ?"""

CORRECT = """pardon c'est pas le bon, c'est {v}
oups {v}
non attendez c'est {v}
faute de frappe : {v}
le bon c'est {v}"""

OFFTOPIC = """pourquoi vous avez besoin de ca
vous pouvez pas juste me rembourser
je préfère pas donner ça par chat
c'est vraiment pénible
je peux parler à quelqu'un ?
sinon le magasin est ouvert dimanche ?"""

MULTI_MORE = """{v}
et {v}
puis {v}
{v} dsl j'ai appuyé sur entrée
la suite {v}"""

TWO_ASK = """Vous pouvez m'envoyer le numéro de carte et la date d'expiration ?
Veuillez saisir le numéro de carte puis la date d'expiration.
Il me faut la carte et sa date de fin de validité."""

TWO_ANS = """{a} exp {b}
{a} et elle expire {b}
carte {a} expiration {b}
{a} {b}"""

LAST4_ASK = """Vous pouvez confirmer les quatre derniers chiffres de la carte ?
Ce sont quoi les derniers chiffres de la carte utilisée ?
Juste les quatre derniers chiffres svp, pas le numéro complet."""

LAST4_ANS = """{v}
finit par {v}
les quatre derniers c'est {v}
c'est {v}"""

CLOSE = """Merci, c'est réglé. Autre chose ?
Parfait, c'est mis à jour.
C'est transmis au service concerné. Bonne journée !
Merci de votre patience, vous recevrez un mail sous peu."""

THANKS = """merci bye
merci beaucoup!!
okk merci
super merci 🙏
non c'est tout"""
