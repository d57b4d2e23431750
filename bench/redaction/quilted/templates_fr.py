"""French customer chats (France, Canada, Belgium, Switzerland), written by hand."""

LOCALES = ["fr-FR", "fr-FR", "fr-FR", "fr-CA", "fr-BE", "fr-CH"]

DEV = [
    [
        "bonjour, paiement refusé pour la commande {#order_number}",
        "ma carte {CREDIT_DEBIT_NUMBER:plain|spaced_or_dashed|letter_substitution} exp {CREDIT_DEBIT_EXPIRY:compact_expiry|plain} crypto {CREDIT_DEBIT_CVV:plain|spelled_out}",
    ],
    [
        "je vous envoie le numéro en deux fois {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "voilà, et le cryptogramme {CREDIT_DEBIT_CVV:plain|context_only}",
    ],
    [
        "pour le prélèvement mon IBAN : {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken|spaced_or_dashed|split_by_noise} BIC {SWIFT_CODE:plain|spaced_or_dashed}"
    ],
    [
        "mon mail c'est {EMAIL:email_spelled|plain|percent_encoded}",
        "et mon portable {PHONE:plain|spelled_out|split_by_noise}",
    ],
    [
        "j'ai reçu ce lien bizarre https://compte.boutique-example.fr/confirm?mail={EMAIL:percent_encoded}",
        "c'est du phishing ? mon identifiant c'est {USERNAME:plain}",
    ],
    [
        "numéro de sécu {FR_NIR:plain|spaced_or_dashed|letter_substitution}",
        "pour le dossier {#ticket_number}, mail {EMAIL:plain}",
    ],
    [
        "mdp oublié... l'ancien c'était {PASSWORD:context_only|plain}",
        "identifiant {USERNAME:context_only|plain}",
    ],
    [
        "dans notre fichier de config:\naws_access_key_id={AWS_ACCESS_KEY:key_value_secret}\naws_secret_access_key={AWS_SECRET_KEY:key_value_secret}"
    ],
    [
        "la box {#product_model} plante, ip {IP_ADDRESS:plain} adresse mac {MAC_ADDRESS:plain}",
        "le nas est sur smb://{USERNAME:plain}:{PASSWORD:url_credentials}@nas.maison.example",
    ],
    [
        "compte {BANK_ACCOUNT_NUMBER:plain|context_only|split_by_noise} code guichet/transit {BANK_ROUTING:plain|spaced_or_dashed}",
        "merci d'avance, n° client {#account_digits_fake}",
    ],
    [
        "j'habite en espagne, DNI {ES_DNI|ES_NIE:plain|spaced_or_dashed}",
        "et au mexique j'avais CURP {MX_CURP:plain} RFC {MX_RFC:plain} CLABE {MX_CLABE:plain|letter_substitution}",
    ],
    [
        "j'ai travaillé aux USA, SSN {SSN|US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|spelled_out} et au UK NI {UK_NATIONAL_INSURANCE_NUMBER:plain|spaced_or_dashed}"
    ],
    [
        "CPF brésilien {BR_CPF|BR_CNPJ:plain|split_by_noise}, Steuer-ID {DE_TAX_ID:plain|letter_substitution}, NIF portugais {PT_NIF:plain|spaced_or_dashed}"
    ],
    [
        "vol {#flight_number} réservation {#booking_reference}, tél {PHONE:spaced_or_dashed|plain}",
        "passeport {PASSPORT_NUMBER:plain|context_only} permis {DRIVER_ID:plain|context_only}",
    ],
    [
        "code PIN {PIN:plain|spelled_out|context_only}",
        "oups fallait pas l'écrire ici je crois 😅 n° adhérent {#account_digits_fake}",
    ],
    ["mon numéro : {PHONE:multi_message:g1}", "{PHONE:multi_message:g1}"],
    ["allô ?", "toujours personne..."],
]

SEALED = [
    [
        "Bonjour, colis {#tracking_number} bloqué depuis le {#date}, code postal {#postal_code}",
        "rappelez-moi au {PHONE:plain|spaced_or_dashed|letter_substitution}",
    ],
    [
        "prélevé {#price} deux fois !! carte n° {CREDIT_DEBIT_NUMBER:plain|split_by_noise|spelled_out}"
    ],
    [
        "carte bleue {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "date d'expiration {CREDIT_DEBIT_EXPIRY:plain|spaced_or_dashed}",
    ],
    [
        "cryptogramme {CREDIT_DEBIT_CVV:context_only|plain|letter_substitution}, expire fin {CREDIT_DEBIT_EXPIRY:compact_expiry}"
    ],
    [
        "IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
    ],
    [
        "virement de {#price} vers {INTERNATIONAL_BANK_ACCOUNT_NUMBER:plain|iban_broken}, code swift {SWIFT_CODE:plain|context_only}"
    ],
    [
        "adresse courriel : {EMAIL:email_spelled|plain}",
        "facture {#invoice_number} svp, tel {PHONE:plain}",
    ],
    ["«{EMAIL:plain|percent_encoded}» c'est la bonne adresse"],
    ["la fibre est à {#speed} au lieu de {#speed}, tel {PHONE:plain|split_by_noise|spelled_out}"],
    [
        "no de compte {BANK_ACCOUNT_NUMBER:plain|spaced_or_dashed|letter_substitution}",
        "numéro de transit {BANK_ROUTING:plain|context_only}",
    ],
    ["compte {BANK_ACCOUNT_NUMBER:multi_message:g1}", "{BANK_ACCOUNT_NUMBER:multi_message:g1}"],
    ["NIR : {FR_NIR:plain|split_by_noise|spelled_out}, mutuelle contrat {#contract_number}"],
    ["carte vitale {FR_NIR:spaced_or_dashed|plain}", "et mon nouveau médecin depuis le {#date}"],
    ["numero d'assurance sociale américain {SSN:plain|letter_substitution|split_by_noise}"],
    [
        "ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|spaced_or_dashed} pour la déclaration {#year}"
    ],
    [
        "National Insurance {UK_NATIONAL_INSURANCE_NUMBER:plain|spaced_or_dashed}",
        "police {#policy_number}",
    ],
    ["NIE {ES_NIE:plain|spaced_or_dashed} ou DNI {ES_DNI:plain|letter_substitution}"],
    [
        "CURP {MX_CURP:plain|spaced_or_dashed} RFC {MX_RFC:plain|spaced_or_dashed}",
        "clabe {MX_CLABE:multi_message:g1}",
        "{MX_CLABE:multi_message:g1}",
    ],
    ["la CLABE {MX_CLABE:plain|spaced_or_dashed|split_by_noise|spelled_out}"],
    ["CNPJ {BR_CNPJ:plain|spaced_or_dashed|letter_substitution}, CPF {BR_CPF:plain|spelled_out}"],
    ["identifiant fiscal allemand {DE_TAX_ID:plain|spaced_or_dashed|split_by_noise|spelled_out}"],
    [
        "NIF {PT_NIF:plain|letter_substitution|split_by_noise}",
        "pour la facture au portugal, courriel {EMAIL:plain|email_spelled}",
    ],
    [
        "passeport n° {PASSPORT_NUMBER:plain|spaced_or_dashed}, vol {#flight_number} le {#date} à {#time}"
    ],
    [
        "le numéro de mon permis de conduire c'est {DRIVER_ID:context_only|plain}",
        "immatriculation {#plate_number}",
    ],
    [
        "login: {USERNAME:plain}\nmot de passe: {PASSWORD:plain|context_only}",
        "version de l'appli {#version}",
    ],
    ["j'ai mis {PASSWORD:context_only} comme mot de passe et ça marche pas, erreur {#error_code}"],
    [
        "https://{USERNAME:plain}:{PASSWORD:url_credentials}@intranet.societe-example.fr c'est le lien qu'on m'a donné"
    ],
    [
        "PASSWORD={PASSWORD:key_value_secret}",
        "c'est dans le .env, c'est grave ? user {USERNAME:plain}",
    ],
    [
        "clé {AWS_ACCESS_KEY:plain|key_value_secret} et secret {AWS_SECRET_KEY:plain|key_value_secret} publiés par erreur"
    ],
    ["mac {MAC_ADDRESS:plain}, ip publique {IP_ADDRESS:plain}, ticket {#ticket_number}"],
    [
        "code pin {PIN:plain|spaced_or_dashed|letter_substitution}",
        "ou alors c'est l'autre : {PIN:plain|spelled_out}",
    ],
    ["merci beaucoup, bonne journée !", "dossier {#ticket_number} clos pour moi"],
    ["{#quantity} articles commandés, {#count} reçus, remise de {#percentage} pas appliquée"],
    [
        "chambre {#room_number}, départ {#time}",
        "débitez la carte {CREDIT_DEBIT_NUMBER:spaced_or_dashed|letter_substitution}",
    ],
    [
        "sms ici https://notif.example/abonner?tel={PHONE:percent_encoded}",
        "ou au {PHONE:plain|spelled_out}",
    ],
    ["relevé compteur {#meter_reading} au {#date}, contrat {#contract_number}"],
]
