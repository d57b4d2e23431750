"""French chats (fr-FR, fr-CA). Hand-written; syntax as in templates_en.py."""

NAMES = {
    "NATID": {
        "SSN": "numéro de sécurité sociale",
        "PASSPORT_NUMBER": "numéro de passeport",
        "ES_DNI": "DNI",
        "ES_NIE": "NIE",
        "MX_CURP": "CURP",
        "MX_RFC": "RFC",
        "FR_NIR": "numéro de sécu",
        "DE_TAX_ID": "numéro fiscal",
        "BR_CPF": "CPF",
        "BR_CNPJ": "CNPJ",
        "PT_NIF": "NIF",
    },
    "IBAN": {
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": "IBAN",
        "BANK_ACCOUNT_NUMBER": "numéro de compte",
        "MX_CLABE": "CLABE",
    },
    "ROUTING": {"BANK_ROUTING": "numéro de transit", "SWIFT_CODE": "code BIC", "MX_CLABE": "CLABE"},
}

OPEN = {
    "dev": [
        "C: bonjour | C: y a quelqu'un ? | A: Bonjour, Claire à l'appareil. Que puis-je faire pour vous ?",
        "A: Bienvenue au service client ! Comment puis-je vous aider ? | C: slt jai pas recu ma commande",
        "C: allo, ya un souci avec mon compte | A: Je suis désolée, on va regarder ça ensemble.",
    ],
    "sealed": [
        "A: Bonjour et merci de nous contacter 🙂 Quelle est votre demande ? | C: bjr, prélèvement bizarre sur mon compte",
        "C: salut | C: besoin d'aide pr ma carte svp | A: Bien sûr, je dois d'abord vérifier votre identité.",
        "A: Bonsoir, ici Julien du support. | C: bonsoir julien, j'ai été débité deux fois 😡",
    ],
}

CLOSE = {
    "dev": [
        "A: Puis-je vous aider pour autre chose ? | C: non c bon merci | A: Bonne journée !",
        "C: super merci bcp | A: Avec plaisir, au revoir !",
    ],
    "sealed": [
        "A: Autre chose aujourd'hui ? | C: non merci t'es au top 👌",
        "C: merci infiniment !! | C: 🙏 | A: Je vous en prie, je clôture la conversation.",
    ],
}

SCENES = {
    "dev": {
        "contact": [
            "A: J'ai besoin de votre mail et d'un numéro de téléphone. | C: {a:EMAIL} | C: et {a:PHONE}",
            "A: Le numéro a été coupé, pouvez-vous le retaper en entier ? | C: ok {a:PHONE~letter_digits}",
            "A: À quel numéro pouvons-nous vous rappeler ? | C: c'est le {a:PHONE/a} | C: {a:PHONE/b}",
            "A: Pourriez-vous me confirmer l'adresse mail du compte ? | C: oui {a:EMAIL}",
            "A: Un numéro où vous joindre ? | C: celui du compte ? | A: Oui, celui-là. | C: {a:PHONE}",
            "A: Je vous envoie le justificatif à quelle adresse ? | C: {a:EMAIL~email_obfuscated} merci",
            "C: au fait mon tel a changé, le nouveau c'est {n:PHONE} | A: Merci, je le mets à jour.",
        ],
        "card": [
            "A: Veuillez saisir le numéro de votre carte bancaire. | C: {a:CARD}",
            "A: Le numéro de carte et la date d'expiration, svp. | C: {a:CARD} expire {n:EXP}",
            "A: Pouvez-vous me donner les quatre derniers chiffres de la carte ? | C: {a:CARDEND}",
            "A: Et le cryptogramme au dos ? | C: attends je regarde | C: {a:CVV}",
            "A: Ce numéro ne semble pas valide, pouvez-vous le renvoyer ? | C: dsl mauvaise carte, c'est {a:CARD}",
        ],
        "bank": [
            "A: Quel est votre [IBAN] ? | C: {a:IBAN/a} | C: {a:IBAN/b}",
            "A: Pouvez-vous confirmer le [ROUTING] de votre banque ? | C: deux sec | C: voilà {a:ROUTING}",
            "A: Et le numéro de compte ? | C: {a:ACCT}",
        ],
        "id": [
            "A: Dernière étape : votre [NATID], sans espaces svp. | C: {a:NATID~plain}",
            "C: voici mon passeport {n:PASSPORT} pour la résa | A: Merci, c'est noté.",
            "A: Pour vérifier votre identité, merci d'indiquer votre [NATID]. | C: {a:NATID}",
            "A: Quel est votre numéro de permis de conduire ? | C: celui sur la carte rose ? | A: Exactement. | C: {a:DRIVER}",
            "A: Pourriez-vous me confirmer votre [NATID] ? | C: pourquoi vous en avez besoin | A: C'est uniquement pour vérifier le titulaire. | C: bon. {a:NATID}",
        ],
        "login": [
            "A: Quel identifiant utilisez-vous pour vous connecter ? | C: {a:USER}",
            "A: Saisissez votre code PIN à quatre chiffres. | C: {a:PIN}",
            "A: Quelle adresse IP est indiquée dans l'alerte ? | C: ça dit {a:IP}",
            "C: ma box affiche {x:IP} c normal ? | A: Oui, aucune inquiétude.",
        ],
        "keep": [
            "A: Vers quelle heure le livreur est-il passé ? | C: genre {k:time}",
            "A: Quel vol a été retardé ? | C: le {k:flight} du {k:date}",
            "A: Quel est le numéro de commande ? | C: {k:order}",
            "A: Avez-vous le numéro de suivi du colis ? | C: ouais {k:tracking}",
            "A: Quel est le code postal de livraison ? | C: {k:zip}",
            "A: Combien d'articles manquaient ? | C: {k:qty}",
            "A: Quand avez-vous reçu le colis ? | C: le {k:date} je crois",
            "A: Votre numéro de commande svp ? | C: je cherche | C: {k:order} | A: Merci, je l'ai trouvée.",
            "C: et le prix est passé à {k:price} du jour au lendemain ?? | A: Je vérifie ça.",
            "A: C'est quel modèle ? | C: le {k:model}, acheté en {k:year}",
            "A: Avez-vous la référence du dossier précédent ? | C: {k:ticket}",
        ],
    },
    "sealed": {
        "contact": [
            "A: Mail et portable pour vous envoyer le code ? | C: {a:PHONE} | C: mail {n:EMAIL}",
            "A: Ce numéro ne passe pas, vous pouvez le renvoyer ? | C: ah pardon {a:PHONE~spaced_or_dashed}",
            "A: Quel numéro pour le rappel ? | C: {a:PHONE~spelled_out}",
            "A: Pourriez-vous confirmer le portable lié à votre profil ? | C: {a:PHONE/a} | C: {a:PHONE/b} | C: {a:PHONE/c}",
            "A: À quelle adresse courriel envoie-t-on la confirmation ? | C: {a:EMAIL}",
            "A: Ton adresse mail ? | C: sinon mon colis bouge plus depuis une semaine | A: Je regarde ça aussi, d'abord le mail. | C: ok {a:EMAIL}",
            "A: Le téléphone enregistré, s'il vous plaît. | C: je pense {a:PHONE} mais pas sûr",
            "A: Un numéro de téléphone au cas où ça coupe ? | C: vous livrez en corse au fait ? | A: Oui, partout en France.",
        ],
        "card": [
            "A: Tapez le numéro inscrit sur le devant de la carte. | C: {a:CARD~split_by_noise}",
            "A: C'est quoi le numéro de la carte ? | C: {a:CARD/a} | C: {a:CARD/b}",
            "A: J'ai besoin de la date d'expiration et des trois chiffres au dos. | C: {a:EXP} et {a:CVV}",
            "A: Juste les quatre derniers de la carte utilisée. | C: elle finit par {n:CARDEND}",
            "A: Entrez le code de votre carte pour continuer. | C: {a:PIN~spelled_out}",
        ],
        "bank": [
            "A: Envoyez-moi le [IBAN] pour le remboursement. | C: mon compte : {n:IBAN}",
            "A: Pour le prélèvement il me faut le [ROUTING] et le numéro de compte. | C: {a:ROUTING} | C: {a:ACCT}",
            "A: Vous avez le code SWIFT de la banque ? | C: euh oui {a:SWIFT}",
        ],
        "id": [
            "A: Tapez votre [NATID] ci-dessous pour continuer. | C: {a:NATID/a} | C: {a:NATID/b}",
            "C: mon permis ça va ? c'est {n:DRIVER} | A: Oui, parfait.",
            "A: Votre [NATID] ? | C: attendez | C: {a:NATID/a} | C: {a:NATID/b}",
            "A: Par sécurité, confirmez votre numéro de passeport. | C: {a:PASSPORT}",
            "A: Donnez-moi votre [NATID] pour retrouver le contrat. | C: le num de commande suffit pas ? c'est {k:order} | A: Désolé, il me faut la pièce. | C: pfff ok {a:NATID}",
        ],
        "login": [
            "A: Quel est votre nom d'utilisateur ? | C: je crois {a:USER} ou avec un point",
            "A: Ne partagez jamais votre mot de passe ici. | C: oups déjà envoyé, mdp {n:PASSWORD} 🙈",
            "A: Depuis quelle IP étiez-vous connecté ? | C: {a:IP}",
        ],
        "keep": [
            "A: Quel jour pour la livraison ? | C: le {k:date} après {k:time}",
            "A: Combien voulez-vous en retourner ? | C: {k:qty} seulement",
            "A: Pourriez-vous me donner la référence de commande ? | C: {k:order}",
            "A: Quel code postal sur le compte ? | C: {k:zip} 🏠",
            "A: À quelle heure était le créneau ? | C: vers {k:time}",
            "A: Dans quel magasin ? Le numéro est sur le ticket. | C: magasin {k:store}",
            "A: Le numéro de facture ? | C: {k:invoice}",
            "A: Quel est votre numéro de vol ? | C: {k:flight} demain",
            "A: Quelle version de l'appli avez-vous ? | C: {k:version}",
            "A: Combien avez-vous été prélevé ? | C: {k:price} deux fois !!",
            "C: j'en ai commandé {k:qty} et reçu un seul | A: Désolé. Quel est le numéro de commande ? | C: {k:order}",
        ],
    },
}
