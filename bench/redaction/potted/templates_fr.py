"""French customer messages (France, Canada, Belgium), hand-written. Same slot syntax as templates_en."""

LOCALES = ["fr-FR", "fr-CA", "fr-BE", "fr-FR", "fr-CH"]
DIGITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
NOISE = [" | ", " / ", " 👉 ", " puis ", "\n", " 🙏 ", " ... "]
AT = [" arobase ", " (at) ", " a commercial "]
DOT = [" point ", " (point) ", " [dot] "]

LABELS = {
    "CREDIT_DEBIT_NUMBER": ["ma carte", "numéro de CB"],
    "CREDIT_DEBIT_CVV": ["le cryptogramme", "le code au dos"],
    "CREDIT_DEBIT_EXPIRY": ["date d'expiration", "exp"],
    "PIN": ["mon code pin", "le code secret"],
    "BANK_ACCOUNT_NUMBER": ["numéro de compte", "mon compte"],
    "BANK_ROUTING": ["code banque", "numéro de routage"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["mon IBAN", "l'iban"],
    "SWIFT_CODE": ["le BIC", "code swift"],
    "EMAIL": ["mon mail", "mon courriel"],
    "PHONE": ["mon portable", "mon numéro"],
    "SSN": ["mon SSN américain", "social security"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["mon ITIN", "ITIN"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI anglais", "national insurance"],
    "PASSPORT_NUMBER": ["passeport", "n° de passeport"],
    "DRIVER_ID": ["permis de conduire", "n° permis"],
    "PASSWORD": ["mot de passe", "le mdp"],
    "USERNAME": ["identifiant", "mon login"],
    "IP_ADDRESS": ["l'adresse ip", "mon IP"],
    "MAC_ADDRESS": ["adresse MAC", "la mac"],
    "AWS_ACCESS_KEY": ["clé d'accès", "access key"],
    "AWS_SECRET_KEY": ["clé secrète", "secret key"],
    "ES_DNI": ["DNI espagnol", "mon dni"],
    "ES_NIE": ["NIE", "mon nie"],
    "MX_CURP": ["CURP", "le curp"],
    "MX_RFC": ["RFC", "le rfc mexicain"],
    "MX_CLABE": ["CLABE", "la clabe"],
    "BR_CPF": ["CPF", "mon cpf"],
    "BR_CNPJ": ["CNPJ", "le cnpj"],
    "FR_NIR": ["numéro de sécu", "mon NIR"],
    "DE_TAX_ID": ["Steuer-ID", "n° fiscal allemand"],
    "PT_NIF": ["NIF portugais", "le nif"],
}

GENERIC = [
    ["bonjour, {@} : {?}"],
    ["{@} c'est {?} si ça aide"],
    ["bon alors {@} = {?} svp réglez ça vite"],
    ["pardon une seconde", "{@} {?} merci"],
    ["l'appli demande {@}, j'ai mis {?} et ça affiche erreur [error_code]"],
    ["{@} ?? c'est {?}"],
    ["{@} -> {?}, commande [order_number] au fait"],
    ["je vous envoie {@} en morceaux", "{?~1}", "{?~2}"],
    ["{@} commence par {?~1}", "ensuite {?~2}", "{?~3} voilà"],
    ["voici {@} :\n{?}\n(copié de mes notes)"],
]

TEMPLATES = [
    [
        "bonjour j'ai été débité deux fois sur ma carte {CREDIT_DEBIT_NUMBER} pour la commande [order_number]"
    ],
    [
        "carte {CREDIT_DEBIT_NUMBER:spaced_or_dashed} exp {CREDIT_DEBIT_EXPIRY} crypto {CREDIT_DEBIT_CVV}"
    ],
    [
        "allo",
        "la carte c'est {CREDIT_DEBIT_NUMBER~1}",
        "{CREDIT_DEBIT_NUMBER~2}",
        "exp {CREDIT_DEBIT_EXPIRY:compact_expiry}",
    ],
    [
        "{CREDIT_DEBIT_NUMBER:split_by_noise} voilà la carte, le paiement de [price] du [date] n'est pas passé"
    ],
    ["le code au dos c'est {CREDIT_DEBIT_CVV:spelled_out}"],
    ["le code c'est {PIN:context_only} je crois, ou je l'ai changé en [year]"],
    ["impossible de me connecter !!! identifiant {USERNAME} mdp {PASSWORD}"],
    ["mon login c'est {USERNAME:context_only} et le mdp {PASSWORD:context_only} mdr"],
    ["j'ai essayé ce lien et ça plante : {PASSWORD:url_credentials} 😩"],
    [
        "le stagiaire a collé ça dans le ticket [ticket_number] par erreur :\n{AWS_ACCESS_KEY:key_value_secret}\n{AWS_SECRET_KEY:key_value_secret}"
    ],
    ["écrivez moi sur {EMAIL} pas l'ancienne adresse svp"],
    ["mon mail c'est {EMAIL:email_spelled} (pas d'arobase sur ce clavier)"],
    ["le lien de réinitialisation était {EMAIL:percent_encoded} et il dit expiré"],
    ["rappelez moi au {PHONE} après [time]"],
    ["mon numéro {PHONE:spaced_or_dashed}. pas d'appel avant [time] je bosse de nuit"],
    ["le numéro c'est {PHONE~1}", "{PHONE~2}"],
    ["vous pouvez m'écrire au {PHONE:letter_substitution} ou ici"],
    ["tél {PHONE:spelled_out}"],
    [
        "le virement vient de {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken} bic {SWIFT_CODE}, montant [price]"
    ],
    ["remboursez sur l'IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER} svp, facture [invoice_number]"],
    [
        "iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER~1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER~2}",
        "désolé ça a coupé",
    ],
    ["pour le dépôt : transit {BANK_ROUTING} compte {BANK_ACCOUNT_NUMBER}"],
    ["compte {BANK_ACCOUNT_NUMBER:letter_substitution} (le livret)"],
    ["le compte qui finit par... bon c'est {BANK_ACCOUNT_NUMBER:spaced_or_dashed}"],
    ["pour la mutuelle : n° de sécu {FR_NIR} code postal [postal_code]"],
    ["secu {FR_NIR:spaced_or_dashed} c bon ?"],
    ["ma carte vitale {FR_NIR:split_by_noise}"],
    ["passeport {PASSPORT_NUMBER} réservation [booking_reference] vol [flight_number]"],
    ["permis {DRIVER_ID} je récupère la voiture à [time] agence [store_number]"],
    [
        "la box coupe sans arrêt. ip {IP_ADDRESS} mac {MAC_ADDRESS} modèle [product_model] version [version]"
    ],
    ["ok merci beaucoup, bonne journée"],
    [
        "toujours pas reçu le colis [tracking_number], il y avait [quantity] articles et j'en ai [count]"
    ],
    ["pourquoi ma facture fait [price] ce mois ci ?? compteur à [meter_reading]"],
    ["chambre [room_number], départ le [date], facture [invoice_number] svp"],
    ["lol ok merci"],
    ["le contrat [policy_number] rembourse [percentage] non ? c'était un [product_model]"],
    ["plus de data, forfait [data_size] fini au jour [count], réf [lookalike_number]"],
    ["n° client [lookalike_number] (pas le compte)", "le compte c'est {BANK_ACCOUNT_NUMBER}"],
    ["mon NIF portugais {PT_NIF} pour la facture"],
    ["au Québec on me demande mon numéro {PHONE} et mon courriel {EMAIL}"],
    ["le PIN {PIN:spelled_out} ne marche plus"],
    ["SSN {SSN:spaced_or_dashed} pour le formulaire américain"],
    ["({EMAIL}) <- c'est celle du dossier, pas le gmail"],
    ["« {PHONE} » c'est ce que montre le formulaire mais c'est faux"],
    [
        "{CREDIT_DEBIT_NUMBER:letter_substitution}",
        "^ la carte. expire le [date] ?? non attendez c'est la livraison",
    ],
    [
        "relevé gaz [meter_reading], réf client [lookalike_number], prélèvement sur ({INTERNATIONAL_BANK_ACCOUNT_NUMBER})"
    ],
    ["vous pouvez changer mon adresse ? cp [postal_code], portable {PHONE} et mail {EMAIL}"],
]
