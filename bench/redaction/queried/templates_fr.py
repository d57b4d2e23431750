"""French chats (France, Québec). Hand-written; one template per line.

Even lines of a block go to dev, odd lines to sealed (see generate.py).
"""

LANG = "fr"
_COMMON = [
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "EMAIL",
    "PHONE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "PASSWORD",
    "USERNAME",
    "SWIFT_CODE",
]
LOCALES = {
    "fr-FR": _COMMON + ["INTERNATIONAL_BANK_ACCOUNT_NUMBER", "FR_NIR", "IP_ADDRESS"],
    "fr-CA": _COMMON + ["BANK_ACCOUNT_NUMBER", "BANK_ROUTING", "IP_ADDRESS"],
}

ASK = {
    "CREDIT_DEBIT_NUMBER": """
Pourriez-vous me communiquer le numéro de votre carte ?
Veuillez saisir les seize chiffres de votre carte bancaire.
c'est quoi le numéro de ta carte?
Pour le remboursement j'ai besoin du numéro de la carte utilisée.
Tu peux m'envoyer le numéro complet de la carte ? sans espaces
Merci d'indiquer le numéro de la carte de crédit.
""",
    "CREDIT_DEBIT_CVV": """
Et le cryptogramme au dos ?
Veuillez saisir le code de sécurité (CVV) au verso de la carte.
les trois chiffres derrière stp
Il me faudrait aussi le code CVC.
""",
    "CREDIT_DEBIT_EXPIRY": """
Quelle est la date d'expiration ?
Saisissez la date de validité au format MM/AA.
et elle expire quand?
Pouvez-vous confirmer la date de fin de validité ?
""",
    "PIN": """
Par sécurité, saisissez votre code PIN à quatre chiffres.
Quel NIP avez-vous choisi à l'ouverture ?
tu peux me taper le code reçu par sms ?
J'ai besoin du code confidentiel pour débloquer la carte.
""",
    "BANK_ACCOUNT_NUMBER": """
Sur quel numéro de compte voulez-vous le remboursement ?
Veuillez entrer votre numéro de compte bancaire.
tu m'envoies ton no de compte?
Pouvez-vous confirmer le compte à prélever ?
""",
    "BANK_ROUTING": """
Et le numéro de transit de votre succursale ?
Veuillez saisir le numéro d'acheminement.
c quoi ton transit?
Avez-vous le code de routage de la banque ?
""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """
Pouvez-vous m'envoyer votre IBAN pour le virement ?
Merci de nous transmettre l'IBAN figurant sur votre RIB.
c'est quoi ton iban
J'aurais besoin de l'IBAN complet du compte à créditer.
""",
    "SWIFT_CODE": """
Et le code BIC de votre banque ?
Veuillez indiquer le code SWIFT.
t'as le bic sous la main?
Il nous faut aussi le BIC de la banque destinataire.
""",
    "EMAIL": """
Quelle adresse mail est liée au compte ?
Veuillez confirmer votre adresse courriel.
je t'envoie le reçu sur quel mail?
Pourriez-vous m'écrire l'e-mail utilisé lors de la commande ?
Pour vérification, quelle est l'adresse e-mail du compte ?
ton courriel?
""",
    "PHONE": """
À quel numéro peut-on vous rappeler ?
Saisissez le numéro de mobile associé à votre compte.
tu me laisses un num au cas où ça coupe?
c'est quoi ton portable?
Pouvez-vous confirmer le téléphone pour le livreur ?
Avec quel numéro de cellulaire vous êtes-vous inscrit ?
""",
    "PASSPORT_NUMBER": """
Pour la réservation il nous faut votre numéro de passeport.
Saisissez le numéro de passeport tel qu'il apparaît.
ton num de passeport?
Pouvez-vous confirmer le passeport du voyageur ?
""",
    "DRIVER_ID": """
Pouvez-vous me donner votre numéro de permis de conduire ?
Veuillez indiquer le numéro de votre permis.
c'est quoi ton no de permis?
L'agence de location demande le numéro du permis.
""",
    "PASSWORD": """
Quel mot de passe avez-vous essayé ?
Veuillez taper le mot de passe provisoire reçu par e-mail.
t'as mis quoi comme mdp?
Pouvez-vous me dire le mot de passe utilisé ?
""",
    "USERNAME": """
Quel est votre identifiant sur l'appli ?
Veuillez saisir votre nom d'utilisateur.
tu te connectes avec quel pseudo?
Pouvez-vous confirmer votre identifiant ?
""",
    "IP_ADDRESS": """
Pouvez-vous me donner l'adresse IP affichée par la box ?
Indiquez l'IP de l'appareil bloqué.
t'as quelle ip?
Quelle IP voyez-vous dans l'écran de diagnostic ?
""",
    "FR_NIR": """
Pour le dossier, pourriez-vous m'indiquer votre numéro de sécurité sociale ?
Veuillez saisir votre NIR (quinze chiffres avec la clé).
ton numéro de sécu stp?
Il me faut le numéro d'inscription au répertoire figurant sur votre carte Vitale.
""",
}

BARE = """
c'est le {v}
oui c'est {v}
alors {v}
voilà {v}
ok {v}
ouais {v}
{v} 👌🏻
tenez : {v}
je crois que c'est {v}
{v} merci
bah {v}
{v} normalement
euh {v}
ben {v}
{v} 🙂
c'est {v} il me semble
ça serait {v}
{v} !
"""

PRE = """
une seconde
attendez je regarde
deux min je cherche ma carte
bouge pas
un instant svp
je vérifie
euh attends
j'arrive
"""

QBACK = """
celui de la carte ?
lequel ? l'ancien ou le nouveau ?
le long ?
celui qui est dans le mail ?
le numéro en entier ??
le mien ou celui de mon mari ?
"""

AGENT_YES = """
Oui, celui-là.
exactement
Tout à fait, celui de la commande d'aujourd'hui.
C'est bien ça 🙂
oui svp
L'actuel, merci.
"""

REASK = """
Hmm, ça ne semble pas correct, pouvez-vous le renvoyer ?
Je crois qu'il manque un chiffre, vous pouvez le retaper ?
Le système le refuse, on réessaie ?
désolé ça n'est pas passé, tu peux le renvoyer ?
Cela ne correspond pas, merci de vérifier.
je l'ai pas bien reçu, tu recommences ?
"""

CORRECT = """
pardon je me suis trompé c'est {v}
oups non ça c'était l'ancien. {v}
attendez non, {v}
non non, le bon c'est {v}
faute de frappe : {v}
plutôt {v} désolé
"""

NAME = {
    "CREDIT_DEBIT_NUMBER": ["carte", "numéro de carte", "cb", "carte bleue", "no de carte"],
    "CREDIT_DEBIT_CVV": ["cvv", "cryptogramme", "code de sécurité", "crypto"],
    "CREDIT_DEBIT_EXPIRY": ["date d'expiration", "expiration", "validité", "exp"],
    "PIN": ["code pin", "NIP", "code confidentiel"],
    "BANK_ACCOUNT_NUMBER": ["numéro de compte", "compte", "no de compte"],
    "BANK_ROUTING": ["transit", "numéro de transit", "code de routage"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban", "rib"],
    "SWIFT_CODE": ["BIC", "swift", "code bic"],
    "EMAIL": ["mail", "adresse mail", "courriel", "e-mail"],
    "PHONE": ["numéro", "portable", "tel", "cell", "téléphone"],
    "PASSPORT_NUMBER": ["passeport", "numéro de passeport"],
    "DRIVER_ID": ["permis", "numéro de permis", "permis de conduire"],
    "PASSWORD": ["mot de passe", "mdp", "password"],
    "USERNAME": ["identifiant", "pseudo", "login"],
    "IP_ADDRESS": ["ip", "adresse ip"],
    "FR_NIR": ["numéro de sécu", "sécu", "NIR", "numéro de sécurité sociale"],
}

NAMED = """
mon {n} c'est {v}
{n} : {v}
{n} {v}
voici mon {n} {v}
bon le {n} c'est {v}
le {n} devrait être {v}
{n} => {v}
au fait mon {n} est {v}
je pense que mon {n} est {v}
alors {n} = {v}
"""

TWO = {
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY"): """
Le numéro de carte et la date d'expiration, s'il vous plaît.
Saisissez le numéro de carte puis la date de validité.
tu m'envoies la carte et l'expiration ?
""",
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"): """
Maintenant la date d'expiration et le cryptogramme.
exp + cvv stp
Veuillez indiquer la validité et le code de sécurité.
""",
    ("EMAIL", "PHONE"): """
Pouvez-vous confirmer votre e-mail et un numéro de téléphone ?
mail et portable pour le dossier stp
Quelle adresse et quel mobile pour vous prévenir ?
""",
}

BARE2 = """
{v} {w}
{v} et {w}
{v} ; {w}
{v}<br>{w}
alors {v} / {w}
{v} puis {w}
"""

LAST4 = """
Pouvez-vous confirmer les quatre derniers chiffres de la carte ?
Seulement les quatre derniers chiffres, pas le numéro entier.
c'est quoi les quatre derniers de ta carte ?
Saisissez les quatre derniers chiffres de votre carte.
"""

SKIP = """
attendez d'abord la livraison
je préfère pas donner ça par chat honnêtement
pourquoi vous avez besoin de ça ?
bref le vrai souci c'est que l'appli plante
je peux pas passer en magasin plutôt ?
pardon mon fils crie, on en était où
y a pas d'autre moyen ?
"""

MK_ASK = {
    "order_number": """
Quel est le numéro de commande ?
Veuillez saisir votre numéro de commande.
tu as le no de commande ?
Avez-vous le numéro de commande du mail de confirmation ?
De quelle commande s'agit-il ? Le numéro est sur le reçu.
Pouvez-vous me donner la référence de la commande ?
""",
    "tracking_number": """
Avez-vous le numéro de suivi ?
Collez ici le numéro de suivi du mail d'expédition.
c quoi le suivi colis?
""",
    "postal_code": """
Quel est le code postal de livraison ?
Indiquez votre code postal.
et le cp ?
""",
    "date": """
Quand avez-vous passé commande ?
Quel jour la livraison était-elle prévue ?
Quel jour convient pour le technicien ?
À quelle date apparaît le prélèvement ?
""",
    "time": """
À quelle heure peut-on vous rappeler ?
Vers quelle heure le livreur est-il passé ?
quelle heure t'arrange ?
""",
    "price": """
Combien vous a-t-on débité ?
Quel montant figure sur le relevé ?
ça t'a coûté combien ?
""",
    "quantity": """
Combien d'articles manquent ?
Combien sont arrivés cassés ?
t'en as commandé combien ?
""",
    "product_model": """
Quel est le modèle de l'appareil ?
Quel modèle avez-vous ? C'est sur l'étiquette en dessous.
c'est quel modèle ?
""",
    "version": """
Quelle version de l'appli avez-vous ? Voir Réglages > À propos.
ça dit quelle version ?
""",
    "invoice_number": """
Pouvez-vous me donner le numéro de facture ?
Saisissez le numéro de facture en haut à droite.
""",
    "ticket_reference": """
Avez-vous une référence de dossier de la dernière fois ?
c'était quoi ton numéro de ticket ?
""",
    "year": """
En quelle année l'avez-vous acheté ?
la voiture est de quelle année ?
""",
    "flight_number": """
Quel est votre numéro de vol ?
Indiquez le numéro de vol de votre réservation.
""",
    "store_number": """
Dans quel magasin l'avez-vous acheté ? Le numéro du magasin est sur le ticket.
c'était quel numéro de magasin ?
""",
}

MK_BARE = """
c'est la {v}
{v} je crois
ok {v}
ce serait {v}
hmm {v}
le {v}
bah le {v}
"""

MK_NAMED = {
    "order_number": [
        "commande {v}",
        "mon numéro de commande est {v}",
        "la commande {v} est jamais arrivée",
        "la commande c'est la {v}",
    ],
    "tracking_number": ["le suivi indique {v}", "numéro de suivi {v}"],
    "postal_code": ["cp {v}", "mon code postal c'est {v}"],
    "date": ["c'était le {v}", "commandé le {v}", "ça devait arriver le {v}"],
    "time": ["vers {v}", "après {v}"],
    "price": ["on m'a prélevé {v}", "ça a coûté {v}"],
    "quantity": ["{v} articles", "j'en ai reçu que {v}"],
    "product_model": ["c'est le {v}", "modèle {v}"],
    "version": ["version {v}", "ça dit {v}"],
    "invoice_number": ["facture {v}", "la facture no {v}"],
    "ticket_reference": ["dossier {v}", "ticket {v}"],
    "year": ["acheté en {v}", "en {v}"],
    "flight_number": ["vol {v}", "je suis sur le {v}"],
    "store_number": ["magasin {v}", "celui du magasin {v}"],
}

OPEN = """
Bonjour et merci de nous avoir contactés, je suis Camille. Comment puis-je vous aider ?
Bonjour ! Vous échangez avec l'assistant virtuel. Que puis-je faire pour vous ?
salut, c'est Hugo du support 👋
Bonjour, merci de votre patience. En quoi puis-je vous aider ?
Bonjour. Avant de commencer, je vais vérifier votre identité.
Bienvenue au service client. Un conseiller va vous répondre.
"""

CUST_OPEN = """
bonjour j'ai un souci avec ma commande
allo?? y a quelqu'un
on m'a débité deux fois
je veux changer l'adresse de livraison
mon colis est jamais arrivé
bonjour je n'arrive plus à me connecter
je veux être remboursé svp
salut une question sur ma facture
"""

CHAT = """
d'accord
merci
super merci
ça va prendre longtemps ?
mdr ok
entendu
top
désolé j'écris du tel
c'est pénible quand même
parfait
merci beaucoup !
pas de souci
"""

AGENT_ACK = """
Merci, un instant pendant que je vérifie.
Bien reçu, merci !
Parfait, je regarde.
ok merci, deux secondes
Merci. Patientez un instant svp.
C'est bon, je l'ai trouvé.
"""

CLOSE = """
Puis-je vous aider pour autre chose ?
C'est réglé ! Bonne journée.
Vous recevrez un e-mail de confirmation. À bientôt !
Merci pour votre patience, bonne soirée.
"""

CUST_CLOSE = """
non c'est tout merci
bye
merci beaucoup !!
nickel merci
"""

CONT = """
et {v}
{v} voilà
puis {v}
{v} c'est tout
..{v}
{v} pardon parti trop vite
"""
