"""French chat templates (France, and a few French speakers abroad)."""

# ruff: noqa: E501 - templates are chat prose: one message per line, typed dashes kept

from __future__ import annotations

from .builder import T

FR = "fr-FR"
ABROAD = "fr-ES fr-DE fr-PT"

TEMPLATES = [
    # ---- cartes ------------------------------------------------------------------------------------
    T(FR, "{w.hi}, le paiement ne passe pas avec ma {w.card} {CARD} {w.exp} {EXP} {w.cvv} {CVV}"),
    T(FR, "j'ai été débité deux fois pour la commande {order} !! carte {CARD}, elle expire {EXP}"),
    T(FR, "ma cb c'est {CARD:spelled} voilà"),
    T(FR, "carte {CARD:noise}\n{w.exp} {EXP}\ncrypto {CVV}"),
    T(FR, "pouvez-vous rembourser les {price} sur cette carte svp : {CARD:letters}"),
    T(
        FR,
        "numéro de carte {CARD:spaced} date d'expiration {EXP:spelled} et le cryptogramme {CVV:spelled}",
    ),
    T(FR, "{w.exp} {EXP:compact} {w.cvv} {CVV}, c'est la même carte que d'habitude"),
    T(
        FR,
        "bonjour j'ai payé le {date} à {time} avec la carte {CARD} et je vois {price} au lieu de {price} sur mon relevé",
    ),
    T(FR, "la nouvelle carte : {CARD} exp {EXP:compact}, l'ancienne a été volée"),
    T(
        FR,
        "Madame, Monsieur, je souhaite que le prélèvement se fasse sur la carte {CARD:spaced} valable jusqu'à fin {EXP}. Cordialement",
    ),
    # ---- code, mot de passe -----------------------------------------------------------------------
    T(FR, "mon {w.pin} est {PIN} et le distributeur me dit code faux"),
    T(FR, "{w.pin} {PIN:spelled}, carte bloquée depuis {date}"),
    T(FR, "impossible de me connecter, identifiant {EMAIL} {w.pwd} {PWD}"),
    T(FR, "j'ai changé le {w.pwd} en {PWD} mais l'appli version {version} le refuse"),
    T(FR, "vous pouvez réinitialiser ? l'ancien mdp c'était {PWD} je crois"),
    # ---- banque ---------------------------------------------------------------------------------------
    T(FR, "pour le remboursement voici mon {w.iban} {IBAN}"),
    T(FR, "mon rib :\n{IBAN:broken}\n{w.swift} {SWIFT}"),
    T(FR, "{w.acct} {ACCT} à la banque postale, code BIC {SWIFT}"),
    T(FR, "iban {IBAN:broken} merci de faire le virement avant le {date}"),
    T(ABROAD, "je vis à l'étranger maintenant, voici mon compte local : {w.iban} {IBAN}"),
    # ---- sécu, pièces d'identité ---------------------------------------------------------------------
    T(FR, "ma mutuelle demande mon {w.nir} : {NIR}"),
    T(FR, "{w.nir} {NIR:spaced} c'est pour le dossier {ticket}"),
    T(FR, "mon numéro de sécu est {NIR:spelled}"),
    T(FR, "le formulaire refuse mon n° de sécu {NIR:letters}, je l'ai recopié de la carte vitale"),
    T(FR, "{w.passport} {PASSPORT} pour l'enregistrement du vol {flight}"),
    T(FR, "{w.dl} {DL} obtenu en {year}, c'est pour la location du {date}"),
    T(
        FR,
        "on me demande une pièce d'identité, voici mon {w.passport} : {PASSPORT} et mon {w.nir} {NIR}",
    ),
    # ---- contact ---------------------------------------------------------------------------------------
    T(FR, "rappelez-moi au {PHONE} après {time} svp"),
    T(FR, "mon {w.phone} : {PHONE:spaced}"),
    T(FR, "nouveau numéro {PHONE}, l'ancien c'était {PHONE}"),
    T(FR, "mon adresse mail {EMAIL:emailsp} (le site refuse l'arobase 🙄)"),
    T(FR, "le lien {EMAILURL} ne marche pas"),
    T(FR, "j'ai cliqué sur {PHONEURL} et ça ouvre une autre conversation"),
    T(FR, "{w.email} {EMAIL} {w.phone} {PHONE:noise}"),
    T(FR, "mon portable c'est le {PHONE:spelled}"),
    T(FR, "tel {PHONE:letters} (je suis chez free)"),
    T("fr-ES", "j'habite en Espagne, mon {w.phone} ici c'est le {PHONE}"),
    # ---- technique --------------------------------------------------------------------------------------
    T(FR, "la box {model} se déconnecte, ip {IP} adresse mac {MAC}, firmware {version}"),
    T(
        FR,
        "voici le fichier de conf :\nAWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nBUCKET=factures",
    ),
    T(FR, "le module se connecte avec {URLCRED} et plus rien depuis la {version}"),
    T(FR, "dans le .env il y a\nMAIL_USER=boutique\nMAIL_PASSWORD={PWD:kv}\nc'est normal ?"),
    T(FR, "notre serveur {IP6} n'arrive plus à joindre votre API depuis le {date}"),
    # ---- longs ------------------------------------------------------------------------------------------
    T(
        FR,
        "Bonjour, je me permets de vous recontacter car ma commande {order} du {date} n'est toujours pas arrivée. J'ai commandé {qty} articles ({model}) pour un total de {price}, le suivi La Poste {tracking} indique « en cours d'acheminement » depuis plus d'une semaine. J'habite au {postal}, le livreur n'a laissé aucun avis de passage. J'ai déjà appelé le service client à {time} et on m'a dit de vous écrire ici. Pour le remboursement, mon {w.iban} est {IBAN} et mon téléphone {PHONE}. La facture {invoice} mentionne une adresse erronée, pouvez-vous la corriger ? Merci d'avance pour votre retour rapide, cordialement.",
    ),
    T(
        FR,
        "salut alors voila j'ai un gros souci, j'ai acheté le {model} en magasin (magasin {store}) le {date} et payé avec ma cb {CARD} qui expire {EXP}, mais le ticket dit {price} alors que l'étiquette disait {price}. en plus j'ai reçu un mail bizarre qui me demandait mon {w.nir} et mon mdp, j'ai rien envoyé. vous pouvez me rappeler au {PHONE} ou m'écrire à {EMAIL} ? merci",
    ),
    # ---- plusieurs messages ---------------------------------------------------------------------------
    T(FR, "ma carte {CARD~1/2}", "{CARD~2/2}"),
    T(
        FR,
        "je vous donne la carte en plusieurs fois {CARD~1/3}",
        "{CARD~2/3}",
        "{CARD~3/3} exp {EXP:compact}",
    ),
    T(FR, "iban {IBAN~1/2}", "{IBAN~2/2} oups parti trop vite"),
    T(FR, "mon numéro de sécu {NIR~1/2}", "{NIR~2/2}"),
    T(FR, "portable {PHONE~1/2}", "{PHONE~2/2}"),
    T(FR, "compte {ACCT~1/2}", "{ACCT~2/2} merci"),
    T(FR, "c'est {CARD~1/2} attendez", "{CARD~2/2} voilà, commande {order}"),
    # ---- sans données personnelles --------------------------------------------------------------------
    T(FR, "où en est ma commande {order} ? suivi {tracking} passée le {date}"),
    T(FR, "commande n° {fake}, toujours pas expédiée"),
    T(FR, "le {model} reçu est cassé, facture {invoice}, payé {price}"),
    T(FR, "le magasin {store} est ouvert le {date} ? je voudrais passer vers {time}"),
    T(FR, "frais de port pour le {postal} ? j'ai {qty} colis"),
    T(FR, "l'appli plante depuis la mise à jour {version} sur mon {model}"),
    T(
        FR,
        "mon vol {flight} a été décalé à {time}, ma valise est restée à l'aéroport, dossier {ticket}",
    ),
    T(FR, "{w.thanks} c'est réglé 👍"),
    T(FR, "référence client {fakeref}, on m'avait promis un avoir de {price}"),
    T(FR, "la facture {fakeinv} indique {price} au lieu de {price}"),
    T(FR, "Colissimo {tracking} bloqué au centre de tri depuis le {date}"),
    T(FR, "est-ce que le chargeur du {model} marche avec le {model} de {year} ?"),
    T(FR, "commande {order16} en préparation depuis le {date}, c'est normal ?"),
    T(FR, "j'ai renvoyé {qty} articles le {date}, toujours pas remboursée des {price}"),
    T(FR, "bon ben j'attends jusqu'au {date} alors, {w.thanks}"),
    T(
        FR,
        "Bonjour, je reviens vers vous concernant la commande {order} passée le {date} à {time}. Le colis devait arriver le {date} mais le transporteur ({tracking}) indique une livraison au {postal} alors que j'habite ailleurs. Le montant de {price} a bien été débité. Pouvez-vous vérifier et me tenir au courant ? Merci",
    ),
    # ---- ajouts : slots rares, entrées en matière, négatifs ---------------------------------------
    T(FR, "le webhook pointait vers {URLCRED} et maintenant erreur {version}"),
    T(FR, "la caméra affiche ip {IP} et mac {MAC} mais refuse de s'appairer"),
    T(FR, "pour la location : {w.dl} {DL} et {w.passport} {PASSPORT}"),
    T(FR, "virement : {w.iban} {IBAN} {w.swift} {SWIFT}"),
    T(
        FR,
        "je voudrais changer la carte de mon abonnement",
        "{CARD:spaced} {w.exp} {EXP}",
        "{w.cvv} {CVV}",
    ),
    T(FR, "voici les clés d'accès que le presta nous a données : {AKEY} / {SKEY}"),
    T(FR, "mon adresse : {EMAIL:emailsp}, vous pouvez m'envoyer la facture {invoice} ?"),
    T(FR, "il y a quelqu'un ?", "j'attends depuis {time}"),
    T(
        FR,
        "est-ce possible de décaler la livraison de la commande {order} au {date} après {time} ?",
    ),
    T(
        FR,
        "le prélèvement de {price} du {date} c'est l'abonnement annuel ou mensuel ? commande {order16}",
    ),
    T(FR, "j'ai vu le {model} à {price} ailleurs, vous alignez le prix ?"),
    T(FR, "sur la facture il y a une référence {fake}, c'est mon numéro client ?"),
    T(FR, "le colis {tracking} est parti au {postal} au lieu de chez moi, commandé le {date}"),
    T(
        FR,
        "Bonjour, je vous écris pour la quatrième fois, j'espère que quelqu'un lira ce message jusqu'au bout. Le {date}, j'ai passé la commande {fake} (c'est le numéro du mail de confirmation, différent de la facture {invoice}) pour {qty} exemplaires du {model}, total {price}. J'ai payé avec ma carte {CARD} {w.exp} {EXP}, et j'ai été débitée deux fois, le {date} puis le {date}. Le suivi {tracking} indique « livré » à {time} au {postal}, or ce n'est pas mon code postal. Le service client m'a ouvert le dossier {ticket} et promis un remboursement sous cinq jours ouvrés, toujours rien. Pour éviter tout malentendu : mon {w.iban} est {IBAN}, mon portable {PHONE}, mon adresse mail {EMAIL}. J'ai aussi reçu un SMS bizarre me demandant mon {w.pwd} et mon {w.nir}, je n'ai évidemment pas répondu. L'appli (version {version}) affiche toujours la commande comme « en préparation ». Cliente depuis {year}, je n'avais jamais eu de souci. Merci de me répondre rapidement, le cadeau était pour le {date}. Cordialement",
    ),
    T(FR, "la commande c'est {fake} et ma carte {CARD}, ne mélangez pas les deux svp"),
]
