"""French customer messages (France, Canada, Belgium), hand-written."""

D, S = "dev", "sealed"
FR, CA, BE = "fr-FR", "fr-CA", "fr-BE"

TEMPLATES = [
    # ---------------------------------------------------------------- dev
    (
        D,
        None,
        [
            "bonjour j'ai été débité deux fois pour la commande {=order_number}, carte {CARD:?} exp {EXP:?} crypto {CVV:?}"
        ],
    ),
    (
        D,
        None,
        [
            "je vous donne le numéro de carte {CARD:multi_message#1}",
            "{CARD:multi_message#2}",
            "voilà c'est tout",
        ],
    ),
    (
        D,
        None,
        [
            "mon colis {=tracking_number} est bloqué depuis le {=date}",
            "mon mail {EMAIL:?} ou mon portable {PHONE:?}",
        ],
    ),
    (
        D,
        None,
        [
            "pour le prélèvement EDF voici mon IBAN {IBAN:?} et le BIC {SWIFT}",
            "facture {=invoice_number} de {=price}",
        ],
    ),
    (
        D,
        None,
        [
            "réservation {=booking_reference}, vol {=flight_number} le {=date}",
            "passeport {PASSPORT} et mon numéro d'identification {NATID:?}",
        ],
    ),
    (
        D,
        None,
        [
            "la box affiche erreur {=error_code}, j'ai essayé http://{USER}:{PW:url_credentials}@{IP}",
            "adresse mac {MAC}",
        ],
    ),
    (
        D,
        None,
        [
            "depuis la maj {=version} plus rien ne marche, voilà mon fichier\nAWS_ACCESS_KEY_ID={AKEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={SKEY:key_value_secret}"
        ],
    ),
    (
        D,
        None,
        [
            "le lien de désinscription plante https://boutique.example.fr/desabo?mail={EMAIL:percent_encoded}",
            "pareil avec ?tel={PHONE:percent_encoded}",
        ],
    ),
    (
        D,
        None,
        [
            "code confidentiel {PIN:context_only}",
            "compte {ACCT:?} et le routing {ROUTING} pour le virement US",
        ],
    ),
    (D, None, ["je suis au Mexique pour le boulot, ma clabe {CLABE:?}"]),
    (
        D,
        None,
        [
            "sinistre auto, contrat {=policy_number}, immat {=plate_number}",
            "mon permis de conduire {DL:?}",
        ],
    ),
    (
        D,
        None,
        [
            "rappelez moi au {PHONE:multi_message#1}",
            "{PHONE:multi_message#2}",
            "{PHONE:multi_message#3} après {=time} svp",
        ],
    ),
    (D, None, ["identifiant {USER:context_only} et mdp {PW:?} mais le compte est bloqué"]),
    (D, None, ["merci beaucoup, bonne journée 😊"]),
    (D, BE, ["mon compte {IBAN:multi_message#1}", "{IBAN:multi_message#2}"]),
    # ---------------------------------------------------------------- sealed
    (S, None, ["{CARD:?} c'est la carte, elle expire {EXP:?}"]),
    (S, None, ["j'ai payé {=price} alors que la promo était à {=percentage}, ma CB {CARD:?}"]),
    (D, None, ["le cryptogramme au dos c'est {CVV:?}", "date d'expiration {EXP:?}"]),
    (S, None, ["je dois changer le code de ma carte, l'ancien était {PIN:?}"]),
    (
        S,
        None,
        ["num de carte {CARD:multi_message#1}", "{CARD:multi_message#2}", "{CARD:multi_message#3}"],
    ),
    (S, FR, ["mon numéro de sécu {NIR:?}"]),
    (S, FR, ["n° de sécurité sociale : {NIR:multi_message#1}", "{NIR:multi_message#2}"]),
    (S, CA, ["mon cell {PHONE:?}, code postal {=postal_code}"]),
    (S, None, ["pour le remboursement prenez cet IBAN\n{IBAN:iban_broken}\nmerci"]),
    (S, None, ["code swift {SWIFT}, iban {IBAN:?}"]),
    (D, None, ["contrat {=contract_number}, merci de changer l'adresse mail pour {EMAIL:?}"]),
    (S, None, ["nouveau numéro {PHONE:?}, l'ancien est résilié"]),
    (S, None, ["numéro fiscal {NATID:?}"]),
    (
        S,
        None,
        ["passeport : {PASSPORT:context_only}, valable jusqu'au {=date}, on voyage à {=count}"],
    ),
    (
        S,
        None,
        [
            "on me dit que mon permis {DL} est suspendu ??",
            "j'ai réglé l'amende de {=price} le {=date}",
        ],
    ),
    (
        S,
        None,
        ["j'ai oublié mon identifiant je crois que c'était {USER:?}", "mail {EMAIL:email_spelled}"],
    ),
    (S, None, ["copié de mes notes : user={USER} pass={PW:key_value_secret}"]),
    (S, None, ["mon adresse ip {IP}, le vpn affiche l'erreur {=error_code}"]),
    (D, None, ["mac de l'appareil {MAC}, modèle {=product_model}, version {=version}"]),
    (S, None, ["j'ai poussé ça sur github par erreur, vous pouvez les révoquer ? {AKEY} {SKEY}"]),
    (
        S,
        None,
        ["le mot de passe de la banque en ligne c'est {PW:context_only} je sais c'est pas prudent"],
    ),
    (
        S,
        None,
        [
            "commandé {=quantity} {=product_model} le {=date}, commande {=order_number}, toujours en préparation"
        ],
    ),
    (S, None, ["ticket {=ticket_number} ouvert depuis le {=date} !!! personne ne répond"]),
    (S, None, ["chambre {=room_number}, départ à {=time}, on m'a compté {=price} de minibar"]),
    (S, None, ["siège {=seat_number} sur le {=flight_number} vendu deux fois"]),
    (S, None, ["relevé du compteur {=meter_reading}", "code postal {=postal_code}"]),
    (
        D,
        None,
        [
            "j'ai déjà consommé {=data_size} et on est le {=date} ?",
            "le magasin {=store_number} m'a dit de vous écrire",
        ],
    ),
    (S, None, ["d'accord", "et maintenant ?"]),
    (S, None, ["fixe {PHONE:spaced_or_dashed} ou portable {PHONE:?}"]),
    (S, None, ["(carte {CARD:spaced_or_dashed}) (exp {EXP:compact_expiry})"]),
    (S, None, ["« {EMAIL} » c'est mon identifiant", "et le code reçu ne marche pas"]),
    (
        S,
        None,
        ["sftp://{USER}:{PW:url_credentials}@fichiers.example.fr ne marche plus depuis le {=date}"],
    ),
    (S, None, ["DB_PASSWORD={PW:key_value_secret}\nDB_HOST=db.interne.example"]),
    (S, None, ["kilométrage {=mileage} km, plaque {=plate_number}, permis {DL:context_only}"]),
    (D, None, ["joignable au {PHONE:letter_substitution}", "ou par mail {EMAIL:?}"]),
    (
        S,
        None,
        ["carte qui finit par {CARD:split_by_noise} expiration {EXP} code {PIN:spelled_out}"],
    ),
    (S, None, ["mon identifiant national {NATID:?}, cp {=postal_code}"]),
    (S, None, ["j'écris depuis le compte de ma fille, son pseudo c'est {USER:context_only}"]),
    (S, None, ["regardez https://portail.example.com/verif?u={EMAIL:percent_encoded}"]),
    (S, None, ["mon iban : {IBAN:split_by_noise}"]),
    (S, None, ["compte bancaire {ACCT:context_only} et routing {ROUTING} (banque américaine)"]),
    (S, None, ["clabe de mon frère au mexique {CLABE:?}"]),
    (D, None, ["code pin {PIN:?} cvv {CVV:context_only}"]),
    (
        S,
        None,
        ["bonsoir, le {=date} j'ai acheté pour {=price} et rien reçu, mon tél {PHONE:spelled_out}"],
    ),
    (S, None, ["{NATID:spaced_or_dashed} c'est mon numéro"]),
    (
        S,
        CA,
        [
            "mon NAS je l'ai pas mais voici mon numéro de compte {ACCT:multi_message#1}",
            "{ACCT:multi_message#2}",
        ],
    ),
    (
        S,
        None,
        [
            "re bonjour 🙄 le virement vers {IBAN:?} a été rejeté, réf {=invoice_number}",
            "mon numéro au cas où {PHONE:?}",
        ],
    ),
    (S, FR, ["pour le dossier : sécu {NIR:spaced_or_dashed}, né en {=year}, cp {=postal_code}"]),
    (
        S,
        None,
        [
            "résiliez l'abonnement à {=price} svp, mail {EMAIL:?} et la carte de paiement {CARD:letter_substitution}"
        ],
    ),
    (
        S,
        None,
        [
            "coordonnées pour le salaire : routing {ROUTING:context_only}, compte {ACCT:spaced_or_dashed}, swift {SWIFT}"
        ],
    ),
    (D, None, ["{PW} <- c'est le code wifi que vous demandiez, la box c'est une {=product_model}"]),
    (
        D,
        CA,
        ["allo, mon numéro de compte {ACCT:?} transit {ROUTING}", "pis mon courriel {EMAIL:?}"],
    ),
    (
        D,
        None,
        ["j'ai reçu un sms du {PHONE:?} qui demande mon code, c'est vous ? j'ai pas répondu"],
    ),
    (
        S,
        None,
        [
            "le terminal de paiement {=product_model} (mac {MAC}) refuse, le client a tapé le cvc {CVV:?} trois fois"
        ],
    ),
    (
        S,
        None,
        [
            "l'iban {IBAN:multi_message#1}",
            "{IBAN:multi_message#2}",
            "{IBAN:multi_message#3} copié depuis l'appli",
        ],
    ),
    (S, None, ["mon tel {PHONE:multi_message#1}", "{PHONE:multi_message#2}"]),
    (
        D,
        None,
        [
            "URGENT on a utilisé ma carte {CARD:?} pour {=price} dans un magasin où j'ai jamais mis les pieds !!! bloquez-la"
        ],
    ),
    (
        D,
        FR,
        [
            "bonjour pour la CAF ils demandent mon numéro de sécurité sociale {NIR:?} et mon tél {PHONE:?}",
            "merci d'avance",
        ],
    ),
    (
        S,
        CA,
        [
            "je déménage le {=date}, nouveau code postal {=postal_code}, le courriel reste {EMAIL} mais le cell change pour {PHONE:?}"
        ],
    ),
    (S, None, ["pour la demande de visa : passeport [{PASSPORT}] et pièce d'identité [{NATID}]"]),
    (
        S,
        None,
        [
            "pourquoi ma facture est à {=price} ce mois-ci ??? d'habitude c'est {=price}. titulaire {EMAIL:email_spelled}"
        ],
    ),
    (
        S,
        BE,
        [
            "bonjour, je voudrais résilier la ligne, numéro {PHONE:?}, compte {IBAN:?}",
            "bien à vous",
        ],
    ),
    (
        S,
        None,
        [
            "l'appli plante sur {=product_model} en version {=version}, connecté avec {USER}",
            "réinstallée {=count} fois déjà",
        ],
    ),
    (
        S,
        None,
        [
            "je crois que je me suis fait arnaquer 😭 j'ai tapé mon mot de passe {PW:context_only} et mon code {PIN:?} sur un faux site"
        ],
    ),
]
