"""French chats (France, Canada), written by hand. Placeholders as in templates_en.py."""

DEV = [
    (
        "direct",
        "fr-FR fr-CA",
        """
A: Bonjour ! À quel numéro peut-on vous joindre ?
C: c'est le {PHONE:a}
C: plutot le soir
A: Très bien. Et votre numéro de commande ?
C: {order_number}
""",
    ),
    (
        "polite",
        "fr-FR",
        """
A: Pourriez-vous me confirmer votre numéro de sécurité sociale, s'il vous plaît ?
C: oui
C: {FR_NIR:a}
A: Merci beaucoup.
C: de rien, c'est pour le remboursement de {price}
""",
    ),
    (
        "bot",
        "fr-FR fr-CA",
        """
A: Veuillez saisir votre code PIN à quatre chiffres.
C: {PIN:a}
A: Veuillez saisir votre code postal.
C: {postal_code}
A: Merci, un conseiller arrive.
C: ok merci
""",
    ),
    (
        "two_at_once",
        "fr-FR fr-CA",
        """
A: Il me faut le numéro de carte et la date d'expiration svp
C: {CREDIT_DEBIT_NUMBER:a}
C: {CREDIT_DEBIT_EXPIRY:a}
A: Et le cryptogramme au dos ?
C: {CREDIT_DEBIT_CVV:a}
""",
    ),
    (
        "partial",
        "fr-FR fr-CA",
        """
A: Pouvez-vous me donner les quatre derniers chiffres de votre carte ?
C: {CARD_LAST4:a}
A: Merci. Et juste le début de votre code postal ?
C: {postal_code}
C: ah pardon vous vouliez juste le début
""",
    ),
    (
        "verify",
        "fr-FR fr-CA",
        """
A: Pour vérifier votre identité, quel est le numéro de téléphone du compte ?
C: attendez
C: {PHONE:a:m}
C: {+}
A: Parfait, c'est bien ça.
C: super. livraison prévue le {date}
""",
    ),
    (
        "reask",
        "fr-FR",
        """
A: Quel est votre IBAN pour le remboursement ?
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a:n}
A: Désolé, il semble incomplet, pouvez-vous le renvoyer ?
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a}
C: voila
""",
    ),
    (
        "non_pii",
        "fr-FR fr-CA",
        """
A: Quel est le numéro de suivi du colis ?
C: {tracking_number}
A: Combien d'articles manquent ?
C: {quantity}
A: Et le modèle ?
C: {product_model}
""",
    ),
    (
        "no_answer",
        "fr-FR fr-CA",
        """
A: Pouvez-vous me donner votre adresse courriel ?
C: franchement j'en ai marre
C: ça fait trois fois que j'explique le probleme
A: Je comprends, je suis désolé. J'ai besoin de retrouver le compte.
C: cherchez avec mon nom alors
""",
    ),
    (
        "different",
        "fr-FR fr-CA",
        """
A: Quel est votre numéro de commande ?
C: {EMAIL:x}
C: tout est sur ce mail
A: Merci, je regarde.
""",
    ),
    (
        "correction",
        "fr-FR fr-CA",
        """
A: Votre adresse mail ?
C: {EMAIL:a}
C: non pardon c'est {EMAIL:n}
C: l'autre je l'utilise plus
A: C'est noté.
""",
    ),
    (
        "multi",
        "fr-FR fr-CA",
        """
A: Vous pouvez m'écrire le numéro de carte ?
C: {CREDIT_DEBIT_NUMBER:a:m}
C: {+}
C: {+}
A: Merci ! Date d'expiration ?
C: {CREDIT_DEBIT_EXPIRY:a}
""",
    ),
    (
        "question_back",
        "fr-FR fr-CA",
        """
A: Pouvez-vous confirmer le numéro de compte ?
C: celui de la banque ?
A: Oui, pour le virement.
C: ok c'est {BANK_ACCOUNT_NUMBER:a}
""",
    ),
    (
        "wait",
        "fr-FR fr-CA",
        """
A: Quel est votre identifiant sur l'appli ?
C: une seconde je regarde
C: {USERNAME:a}
A: Et le mot de passe que vous essayez ?
C: {PASSWORD:a}
C: il marche pas depuis la mise a jour {version}
""",
    ),
    (
        "named",
        "fr-FR fr-CA",
        """
C: bonjour mon vol {flight_number} a été annulé
C: mon numéro de tel est le {PHONE:n}
A: Désolé pour ce désagrément. Quelle était la date du vol ?
C: {date}
C: à {time}
""",
    ),
    (
        "verify",
        "fr-FR",
        """
A: J'ai besoin de votre numéro de sécu pour le dossier
C: c'est le {FR_NIR:a}
A: Merci. Et votre code postal ?
C: {postal_code}
""",
    ),
    (
        "named",
        "fr-FR fr-CA",
        """
C: bonsoir
C: j'ai changé de banque, mon nouvel IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:n}
C: BIC {SWIFT_CODE:n}
A: Merci, c'est mis à jour.
""",
    ),
    (
        "multi",
        "fr-FR fr-CA",
        """
A: Votre numéro de compte pour le virement ?
C: {BANK_ACCOUNT_NUMBER:a:m}
C: {+}
A: Merci, le virement de {price} part demain.
""",
    ),
]

SEALED = [
    (
        "direct",
        "fr-FR fr-CA",
        """
A: salut ! ton mail stp ?
C: {EMAIL:a}
A: merci. et ton numéro de cell ?
C: {PHONE:a}
""",
    ),
    (
        "polite",
        "fr-FR",
        """
A: Auriez-vous l'amabilité de m'indiquer votre IBAN ainsi que le BIC ?
C: bien sûr
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a}
C: {SWIFT_CODE:a}
A: Merci infiniment.
""",
    ),
    (
        "polite",
        "fr-CA",
        """
A: Pourriez-vous me fournir votre numéro de passeport s'il vous plaît ?
C: oui un instant
C: {PASSPORT_NUMBER:a}
A: Merci ! Et le numéro du vol ?
C: {flight_number}
""",
    ),
    (
        "bot",
        "fr-FR fr-CA",
        """
A: Saisissez votre numéro de téléphone.
C: {PHONE:a:m}
C: {+}
A: Saisissez votre référence de dossier.
C: {ticket_reference}
""",
    ),
    (
        "bot",
        "fr-FR",
        """
A: Entrez votre numéro de sécurité sociale (quinze chiffres).
C: {FR_NIR:a:m}
C: {+}
A: Merci, un conseiller va vous répondre.
C: ok
""",
    ),
    (
        "two_at_once",
        "fr-FR fr-CA",
        """
A: Donnez-moi le numéro de la carte, l'expiration et le code de sécurité svp
C: {CREDIT_DEBIT_NUMBER:a}
C: exp {CREDIT_DEBIT_EXPIRY:n}
C: {CREDIT_DEBIT_CVV:a}
A: Paiement accepté 👍
""",
    ),
    (
        "partial",
        "fr-FR fr-CA",
        """
A: Juste les quatre derniers chiffres du téléphone pour vérifier
C: {PHONE_LAST4:a}
A: Parfait.
C: et pour le remboursement de {price} ?
""",
    ),
    (
        "verify",
        "fr-FR fr-CA",
        """
A: Pour des raisons de sécurité, quelle est l'adresse courriel associée ?
C: {EMAIL:a:m}
C: {+}
A: Merci. Et la date de naissance ?
C: {date} {year}
""",
    ),
    (
        "verify",
        "fr-CA",
        """
A: Pour valider, votre numéro de permis de conduire svp ?
C: attendez il est dans l'auto
C: {DRIVER_ID:a}
A: Merci, c'est validé.
""",
    ),
    (
        "reask",
        "fr-FR fr-CA",
        """
A: Quel est votre numéro de portable ?
C: {PHONE:a:l}
A: Désolé ça ne semble pas correct, vous pouvez le renvoyer ?
C: {PHONE:a}
C: dsl le correcteur
""",
    ),
    (
        "non_pii",
        "fr-FR fr-CA",
        """
A: Dans quel magasin avez-vous acheté l'article ? Le numéro est sur le ticket.
C: {store_number}
A: Et le numéro de facture ?
C: {invoice_number}
A: C'était quel jour ?
C: {date}
""",
    ),
    (
        "non_pii",
        "fr-FR fr-CA",
        """
A: C'est quelle version de l'application ?
C: {version}
A: Et quel téléphone ?
C: {product_model}
C: acheté en {year}
""",
    ),
    (
        "no_answer",
        "fr-FR fr-CA",
        """
A: Pouvez-vous me donner le numéro de la carte utilisée ?
C: non je donne pas ma carte par messenger
C: regardez la commande
A: Pas de souci, quel est le numéro de commande ?
C: {order_number}
""",
    ),
    (
        "different",
        "fr-FR fr-CA",
        """
A: Votre numéro de téléphone ?
C: {EMAIL:x}
C: je préfère par mail
A: D'accord, je vous écris.
""",
    ),
    (
        "correction",
        "fr-FR fr-CA",
        """
A: Sur quel compte faut-il rembourser ?
C: {BANK_ACCOUNT_NUMBER:a}
C: oups erreur
C: c'est {BANK_ACCOUNT_NUMBER:a}
A: Merci pour la correction.
""",
    ),
    (
        "multi",
        "fr-FR fr-CA",
        """
A: Le livreur peut vous appeler à quel numéro ?
C: alors {PHONE:a:m}
C: {+}
A: Merci, livraison prévue le {date}.
C: vers quelle heure
A: Entre {time} et {time}.
""",
    ),
    (
        "question_back",
        "fr-FR fr-CA",
        """
A: Pouvez-vous confirmer le numéro ?
C: celui de la carte ?
A: Oui le numéro complet.
C: ok {CREDIT_DEBIT_NUMBER:a}
""",
    ),
    (
        "wait",
        "fr-FR fr-CA",
        """
A: Quelle adresse IP voyez-vous sur la page du routeur ?
C: attendez je cherche
C: {IP_ADDRESS:a}
A: Merci, et le modèle du routeur ?
C: {product_model}
""",
    ),
    (
        "named",
        "fr-FR fr-CA",
        """
C: bonjour j'ai été débité deux fois pour la commande {order_number}
C: mon mail c'est {EMAIL:n}
C: et mon numéro {PHONE:n}
A: Désolé, je vérifie tout de suite.
C: {price} chaque fois
""",
    ),
    (
        "verify",
        "fr-FR",
        """
A: Merci de confirmer votre numéro de sécurité sociale
C: {FR_NIR:a:s}
A: C'est bon pour moi.
C: et mon dossier {ticket_reference} alors ?
""",
    ),
    (
        "named",
        "fr-FR fr-CA",
        """
C: allo
C: mon nom d'utilisateur c'est {USERNAME:n}
C: et le mdp {PASSWORD:n} marche plus
A: Je vous envoie un lien de réinitialisation.
""",
    ),
    (
        "multi",
        "fr-FR fr-CA",
        """
A: Je peux avoir votre courriel ?
C: {EMAIL:a:m}
C: {+}
A: Reçu, merci !
C: et la commande {order_number} ?
""",
    ),
]
