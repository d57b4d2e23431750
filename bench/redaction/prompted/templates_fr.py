"""French chat templates (fr-FR, fr-CA), written by hand.

Every list is split by position: even entries feed the dev split, odd entries the sealed split.
"""

OPEN = ["bonjour", "salut, j'ai un souci avec ma commande", "allo? y a quelqu'un", "bonjour je n'arrive pas a me connecter",
        "bonsoir", "slt ma carte est refusee", "bonjour, petite question", "allo, j'ai ete debite deux fois",
        "bjr", "bonjour je voudrais changer mes coordonnees", "coucou, mon colis est arrive casse", "bonjour, on m'a dit d'ecrire ici"]
GREET = ["Bonjour, je suis Camille. Comment puis-je vous aider ?", "Bienvenue au service client ! Que puis-je faire pour vous ?",
         "Bonjour, merci de nous avoir contactés. On regarde ça tout de suite.",
         "Bonjour, avant de commencer je dois vérifier quelques informations.", "Salut 😊 je m'occupe de ça.",
         "Merci de votre patience, un conseiller a rejoint la conversation.", "Bonjour ! Je consulte votre dossier.",
         "Allô! Avec plaisir, il me faut d'abord quelques renseignements."]
ASK = {
    "CREDIT_DEBIT_NUMBER": ["Quel est le numéro de la carte ?", "Pourriez-vous me confirmer le numéro complet de votre carte ?",
                            "Veuillez saisir les seize chiffres de votre carte.", "tu as payé avec quelle carte? il me faut le numéro",
                            "Sur quelle carte souhaitez-vous le remboursement ? Le numéro svp.", "Le numéro de carte, s'il vous plaît."],
    "CREDIT_DEBIT_CVV": ["Et le cryptogramme ?", "Veuillez saisir les trois chiffres au dos de la carte.",
                         "C'est quoi le code de sécurité ?", "Pouvez-vous me donner le CVV ?"],
    "CREDIT_DEBIT_EXPIRY": ["Quelle est la date d'expiration ?", "La carte expire quand ?",
                            "Veuillez indiquer la date d'expiration (MM/AA).", "et la date d'exp?"],
    "PIN": ["Veuillez saisir votre code PIN.", "Quel est le NIP de votre carte ?",
            "Pouvez-vous confirmer votre code confidentiel à quatre chiffres ?", "il me faut le code pin"],
    "BANK_ACCOUNT_NUMBER": ["Quel est votre numéro de compte ?", "Veuillez saisir votre numéro de compte.",
                            "Sur quel compte voulez-vous le virement ? Juste le numéro.", "Pouvez-vous confirmer le numéro de compte ?"],
    "BANK_ROUTING": ["Et le numéro de transit ?", "Quel est le code de la banque ?",
                     "Veuillez fournir le numéro d'acheminement.", "et le code banque?"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["Pouvez-vous m'envoyer votre IBAN ?", "Indiquez l'IBAN pour le virement svp.",
                                          "Pourriez-vous confirmer l'IBAN sur lequel vous voulez être remboursé ?", "l'iban stp"],
    "SWIFT_CODE": ["Et le code BIC de votre banque ?", "Quel est le SWIFT ?", "Vous avez le BIC sous la main ?",
                   "Veuillez saisir le code SWIFT de votre banque."],
    "EMAIL": ["Quelle est l'adresse mail du compte ?", "Pourriez-vous confirmer votre adresse e-mail ?",
              "À quelle adresse j'envoie la confirmation ?", "Veuillez saisir le courriel utilisé à l'inscription.",
              "Quel courriel avez-vous enregistré ?", "ton mail stp"],
    "PHONE": ["À quel numéro peut-on vous rappeler ?", "Pouvez-vous confirmer le numéro de téléphone du compte ?",
              "Veuillez saisir votre numéro de portable.", "C'est quoi ton numéro de cell ?",
              "Un numéro de contact ?", "Quel téléphone est associé à votre compte ?"],
    "PASSPORT_NUMBER": ["Quel est votre numéro de passeport ?", "Le numéro du passeport utilisé pour la réservation ?",
                        "Indiquez le numéro de passeport tel qu'il figure sur le document.", "num de passeport?"],
    "DRIVER_ID": ["Pouvez-vous me donner votre numéro de permis de conduire ?", "Veuillez saisir le numéro de votre permis.",
                  "Quel numéro figure sur votre permis ?", "il faut le numéro de permis pour la location"],
    "PASSWORD": ["Quel mot de passe avez-vous essayé ?", "Saisissez le mot de passe temporaire reçu.",
                 "c'est quoi le mdp que tu utilises?", "Pouvez-vous confirmer l'ancien mot de passe ?"],
    "USERNAME": ["Quel est votre identifiant ?", "Avec quel nom d'utilisateur vous connectez-vous ?",
                 "Veuillez saisir votre identifiant.", "c'est quoi ton login?"],
    "IP_ADDRESS": ["Quelle est l'adresse IP de la box ?", "Pouvez-vous me dire l'IP affichée sur l'erreur ?",
                   "Envoyez l'adresse IP depuis laquelle vous vous connectez.", "quelle ip ça affiche?"],
    "FR_NIR": ["Quel est votre numéro de sécurité sociale ?", "Pour le dossier il me faut votre NIR.",
               "Veuillez saisir les quinze chiffres de votre numéro de sécu.", "ton numéro de sécu stp"],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": ["ma carte c'est {v}", "carte {v}", "c'est la visa {v}", "n° de carte : {v}",
                            "la carte bleue {v}", "le numéro de carte est {v}"],
    "CREDIT_DEBIT_CVV": ["cvv {v}", "le cryptogramme c'est {v}", "code de sécurité : {v}", "au dos c'est {v}"],
    "CREDIT_DEBIT_EXPIRY": ["expire {v}", "exp {v}", "date d'expiration {v}", "valable jusqu'a {v}"],
    "PIN": ["pin {v}", "mon code est {v}", "NIP : {v}", "le code pin c'est {v}"],
    "BANK_ACCOUNT_NUMBER": ["compte {v}", "mon numéro de compte est {v}", "n° de compte {v}", "compte : {v}"],
    "BANK_ROUTING": ["transit {v}", "code banque {v}", "le numéro de transit est {v}", "acheminement {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "mon iban est {v}", "iban : {v}", "l'IBAN c'est {v}"],
    "SWIFT_CODE": ["bic {v}", "SWIFT : {v}", "le bic est {v}", "code swift {v}"],
    "EMAIL": ["mon mail c'est {v}", "mail : {v}", "c'est {v} mon adresse", "courriel {v}", "écrivez-moi à {v}"],
    "PHONE": ["mon numéro c'est le {v}", "appelez-moi au {v}", "portable {v}", "tél : {v}", "mon cell est {v}",
              "joignable au {v}"],
    "PASSPORT_NUMBER": ["passeport {v}", "mon passeport c'est {v}", "n° de passeport : {v}", "le passeport {v}"],
    "DRIVER_ID": ["permis {v}", "mon permis c'est {v}", "permis de conduire n° {v}", "le permis {v}"],
    "PASSWORD": ["le mot de passe c'est {v}", "mdp : {v}", "j'ai mis {v} comme mot de passe", "password {v}"],
    "USERNAME": ["identifiant {v}", "login : {v}", "mon pseudo c'est {v}", "utilisateur {v}"],
    "IP_ADDRESS": ["l'ip est {v}", "IP : {v}", "ça affiche ip {v}", "adresse ip {v}"],
    "FR_NIR": ["numéro de sécu {v}", "mon NIR est {v}", "sécu : {v}", "n° sécurité sociale {v}"],
}
FILLER = ["c'est le {v}", "oui : {v}", "ok {v}", "oui c'est {v}", "{v} je crois", "euh {v}", "normalement {v}",
          "{v} 👍", "voila {v}", "ouais {v}", "{v} c'est ça", "bah {v}", "c'est {v}", "{v}!!", "d'accord, {v}",
          "ça devrait être {v}", "{v} mdr", "bon, {v}", "ouep {v}", "{v} si je me trompe pas"]
KEEP_ASK = {
    "order_number": ["Quel est le numéro de commande ?", "Pouvez-vous me donner le numéro de commande indiqué dans l'e-mail ?",
                     "Veuillez saisir votre numéro de commande.", "t'as le numéro de commande?"],
    "tracking_number": ["Quel est le numéro de suivi du colis ?", "Vous pouvez m'envoyer le numéro de suivi ?",
                        "Collez le code de suivi reçu par mail.", "num de suivi?"],
    "postal_code": ["Quel est le code postal ?", "Juste les trois premiers caractères du code postal, svp.",
                    "Pouvez-vous confirmer le code postal de livraison ?", "et le cp?"],
    "date": ["Quand le colis est-il arrivé ?", "À quelle date a eu lieu le prélèvement ?",
             "Quel jour vous arrangerait pour le technicien ?", "tu as commandé quand?"],
    "time": ["À quelle heure on vous rappelle ?", "Vers quelle heure c'est arrivé ?",
             "À quelle heure le livreur est passé ?", "une heure pour le rappel?"],
    "price": ["Combien vous a-t-on débité ?", "Quel montant apparaît sur votre relevé ?", "c'était combien?",
              "Quel était le total du ticket ?"],
    "quantity": ["Combien d'articles manquent ?", "Combien en avez-vous commandé ?", "combien de cartons sont arrivés?",
                 "Combien d'unités faut-il remplacer ?"],
    "product_model": ["C'est quel modèle ?", "Quelle référence est indiquée sur l'étiquette ?", "t'as quel modèle?",
                      "Pouvez-vous me donner le modèle du produit ?"],
    "invoice_number": ["Avez-vous le numéro de facture ?", "C'est quoi le n° de facture ?",
                       "Veuillez saisir le numéro de facture.", "c'est pour quelle facture?"],
    "ticket_reference": ["Avez-vous une référence de dossier ?", "Quel est votre numéro de ticket ?",
                         "Donnez-moi la référence de l'échange précédent.", "réf du dossier?"],
    "year": ["La voiture est de quelle année ?", "Vous l'avez acheté en quelle année ?", "le compte date de quand?",
             "Année de fabrication ?"],
    "flight_number": ["Quel est le numéro de vol ?", "Vous étiez sur quel vol ?", "Veuillez saisir votre numéro de vol.",
                      "n° de vol?"],
    "store_number": ["Dans quel magasin l'avez-vous acheté ? Le numéro est sur le ticket.", "Quel est le numéro du magasin ?",
                     "Veuillez saisir le numéro de magasin.", "n° de magasin?"],
    "version": ["Quelle version de l'appli avez-vous ?", "Quelle version du firmware s'affiche ?",
                "Pouvez-vous vérifier la version dans les réglages ?", "version?"],
}
KEEP_NAMED = {
    "order_number": ["commande {k}", "mon numéro de commande est {k}", "commande n° {k}", "c'est la commande {k}"],
    "tracking_number": ["le suivi c'est {k}", "suivi {k}", "numéro de suivi {k}", "tracking : {k}"],
    "postal_code": ["code postal {k}", "mon cp {k}", "le code postal c'est {k}", "CP : {k}"],
    "date": ["arrivé le {k}", "débité le {k}", "commandé le {k}", "depuis le {k}"],
    "time": ["à {k}", "vers {k}", "après {k} ça va", "il est passé à {k}"],
    "price": ["c'était {k}", "ils ont pris {k}", "débité de {k}", "total {k}"],
    "quantity": ["{k} articles", "il en manque {k}", "reçu seulement {k}", "{k} cartons"],
    "product_model": ["c'est le {k}", "modèle {k}", "j'ai un {k}", "le {k}"],
    "invoice_number": ["facture {k}", "facture n° {k}", "numéro de facture {k}", "la facture c'est {k}"],
    "ticket_reference": ["réf {k}", "dossier {k}", "ticket {k}", "référence {k}"],
    "year": ["elle est de {k}", "acheté en {k}", "depuis {k}", "année {k}"],
    "flight_number": ["vol {k}", "j'étais sur le {k}", "n° de vol {k}", "sur le {k}"],
    "store_number": ["magasin {k}", "magasin n° {k}", "c'était le magasin {k}", "boutique {k}"],
    "version": ["version {k}", "l'appli dit {k}", "je suis en {k}", "firmware {k}"],
}
QBACK = ["celui sur la carte?", "lequel", "le long?", "le nouveau ou l'ancien?", "devant ou derrière?",
         "celui de l'inscription?", "pourquoi vous en avez besoin", "c'est sécurisé d'envoyer ça ici?"]
CONFIRM = ["Oui, celui-là svp.", "Celui enregistré sur votre compte.", "Oui c'est bien ça.",
           "C'est seulement pour vérifier, il est masqué chez nous.", "Oui, l'actuel svp.", "Celui que nous avons au dossier."]
ONE_SEC = ["une sec", "je regarde", "attends je cherche", "deux secondes je prends mon portefeuille", "ok attendez",
           "un instant", "j'arrive", "bouge pas"]
REASK = ["Désolé, ça ne semble pas correct, pouvez-vous le renvoyer ?", "Hmm je ne le trouve pas, vous pouvez vérifier ?",
         "Il semble manquer un chiffre, vous pouvez le renvoyer ?", "Pardon, je n'ai pas bien lu, retapez-le svp.",
         "Ça ne correspond pas, on réessaie ?", "Pouvez-vous me le confirmer à nouveau ?"]
CORRECT = ["pardon je me suis trompé, c'est {v}", "oups non c'est l'ancien. {v}", "attendez, {v}", "ma faute c'est {v}",
           "dsl faute de frappe {v}", "non non c'est {v}"]
CHANGE = ["et mon colis il est où", "je l'ai pas sur moi", "pourquoi c'est si compliqué", "je veux parler à quelqu'un",
          "laissez tomber je veux juste être remboursé", "je chercherai plus tard", "c'est vraiment nécessaire?",
          "attendez mon fils pleure"]
ACK = ["Merci, c'est noté.", "Parfait, merci.", "Très bien, un instant je vérifie.", "Merci ! Je regarde.",
       "D'accord, merci.", "Super, je m'en occupe.", "Noté, merci.", "Merci, patientez un instant."]
TWO_ASK = ["Il me faut le numéro de carte et la date d'expiration, svp.", "Pouvez-vous me donner le numéro de carte et l'expiration ?",
           "Saisissez le numéro de carte puis la date d'expiration.", "num de carte et date d'exp stp"]
TWO_ANS = ["{a} exp {b}", "{a} expire {b}", "{a} et {b}", "{a}, {b}", "{a} jusqu'a {b}", "{a} {b}"]
LAST4_ASK = {
    "CREDIT_DEBIT_NUMBER": ["Quels sont les quatre derniers chiffres de la carte ?", "Pouvez-vous confirmer les quatre derniers chiffres de votre carte ?",
                            "Quelle carte ? Juste les quatre derniers chiffres.", "les quatre derniers de la carte stp"],
    "PHONE": ["Quels sont les derniers chiffres du numéro enregistré ?", "Juste les quatre derniers chiffres de votre numéro.",
              "Confirmez les quatre derniers chiffres de votre portable svp.", "les quatre derniers du tel?"],
}
LAST4_NAMED = ["finit par {v}", "se termine par {v}", "les quatre derniers {v}", "celle qui finit en {v}"]
CHAT = ["c'est la troisième fois que j'écris", "ok", "merci", "mdr ok", "ça me met une erreur", "l'appli plante",
        "je veux juste que ça marche", "il y a plus rapide?", "je vois", "d'accord", "pas de souci", "bizarre",
        "pff", "ok merci beaucoup", "ça marche", "entendu", "et ça prend combien de temps?", "hmm ok", "oui", "non",
        "parfait", "vous pouvez m'envoyer une copie par mail", "je suis au boulot désolé si je réponds lentement", "ok ok"]
UNPROMPTED = ["{v}", "tenez {v}", "{v} <- ça", "utilisez {v} svp", "{v} ??", "essayez {v}"]
CLOSE = ["merci pour votre aide", "ok bye", "super merci !", "bonne journée", "merci, bonne soirée", "c'est tout, merci"]
BYE = ["Avec plaisir ! Autre chose ?", "Ravi d'avoir pu aider. Bonne journée !", "Merci de nous avoir écrit. À bientôt !",
       "Tout est réglé. Au revoir !", "J'ai ajouté une note à votre dossier. Bonne journée !", "Au plaisir, au revoir."]
