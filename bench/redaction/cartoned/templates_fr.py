"""French customer turns. DEV and SEALED are disjoint."""

LANG = "fr"

WORDS = {
    "CREDIT_DEBIT_NUMBER": [
        "numero de carte",
        "carte",
        "n° de carte",
        "carte bleue",
        "CB",
        "num carte",
    ],
    "CREDIT_DEBIT_CVV": [
        "cryptogramme",
        "crypto",
        "cvv",
        "code de securite",
        "les trois chiffres au dos",
    ],
    "CREDIT_DEBIT_EXPIRY": ["date d'expiration", "expire", "date d'exp", "validite", "exp"],
    "PIN": ["code pin", "code secret", "pin", "code confidentiel", "code"],
    "PASSWORD": ["mot de passe", "mdp", "MDP", "password", "mot de pass"],
    "USERNAME": ["identifiant", "nom d'utilisateur", "login", "pseudo", "id"],
    "EMAIL": ["mail", "email", "adresse mail", "courriel", "e-mail", "adresse email"],
    "PHONE": ["tel", "portable", "numero", "telephone", "num de tel", "fixe", "tél"],
    "BANK_ACCOUNT_NUMBER": [
        "numero de compte",
        "compte",
        "n° de compte",
        "compte bancaire",
        "num compte",
    ],
    "BANK_ROUTING": ["routing number", "code ABA", "numero de routage", "routing"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban", "RIB / IBAN", "mon iban"],
    "SWIFT_CODE": ["BIC", "code BIC", "SWIFT", "code swift"],
    "SSN": ["SSN", "social security number americain", "numero de securite sociale US", "ssn"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "numero ITIN", "itin"],
    "UK_NATIONAL_INSURANCE_NUMBER": [
        "NI number",
        "national insurance",
        "numero d'assurance britannique",
        "NINO",
    ],
    "PASSPORT_NUMBER": ["passeport", "numero de passeport", "n° passeport", "passport"],
    "DRIVER_ID": ["permis de conduire", "numero de permis", "permis", "n° de permis"],
    "IP_ADDRESS": ["IP", "adresse ip", "adresse IP publique", "ip"],
    "MAC_ADDRESS": ["MAC", "adresse MAC", "mac", "adresse physique"],
    "AWS_ACCESS_KEY": ["access key", "cle d'acces", "cle AWS", "access key id"],
    "AWS_SECRET_KEY": ["secret key", "cle secrete", "secret AWS", "cle secrete aws"],
    "ES_DNI": ["DNI", "DNI espagnol", "carte d'identite espagnole"],
    "ES_NIE": ["NIE", "numero NIE", "nie espagnol"],
    "MX_CURP": ["CURP", "curp", "CURP mexicain"],
    "MX_RFC": ["RFC", "rfc", "RFC mexicain"],
    "MX_CLABE": ["CLABE", "clabe", "compte CLABE"],
    "BR_CPF": ["CPF", "cpf", "CPF bresilien"],
    "BR_CNPJ": ["CNPJ", "cnpj", "CNPJ de la boite"],
    "FR_NIR": [
        "numero de secu",
        "n° de securite sociale",
        "NIR",
        "numero de securite sociale",
        "num secu",
    ],
    "DE_TAX_ID": ["Steuer-ID", "numero fiscal allemand", "IdNr", "identifiant fiscal allemand"],
    "PT_NIF": ["NIF", "NIF portugais", "numero fiscal portugais", "nif"],
}

DEV = [
    "bonjour je voudrais modifier mon {X.w}, le nouveau c'est {X} merci",
    "vous avez bien mon {X.w} ? c'est {X} pour la commande {#order}",
    "carte {CREDIT_DEBIT_NUMBER} expire {CREDIT_DEBIT_EXPIRY} crypto {CREDIT_DEBIT_CVV}, debitez les {#price} svp",
    ["ma carte c'est {CREDIT_DEBIT_NUMBER:mm1}", "{CREDIT_DEBIT_NUMBER:mm2}", "dsl ca a coupé"],
    ["rappelez moi au {PHONE:mm1}", "{PHONE:mm2} apres {#time}"],
    [
        "mon iban pour le rembourssement {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2}",
    ],
    "envoyez la facture {#invoice} a {EMAIL:email_spelled} svp",
    "le lien marche pas: https://aide.example.com/reinit?mail={EMAIL:percent_encoded}&dossier={#ticket}",
    "je me connecte via ftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@fichiers.example.net et ca plante {#error_code}",
    [
        "j'ai trouvé ca dans mon fichier de conf, c'est grave ?",
        "AWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}",
    ],
    ["il vous manque quoi ?", "{FR_NIR:context_only}", "c'est celui sur ma carte vitale"],
    "ma box {#product_model} a l'ip {IP_ADDRESS} et la mac {MAC_ADDRESS}, firmware {#version}",
    "remboursement de {#amount} sur IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER} BIC {SWIFT_CODE}",
    "le colis {#tracking} devait arriver au {#postal_code} le {#date}, ca fait {#duration}",
    "exp {CREDIT_DEBIT_EXPIRY:compact_expiry} et mon nouveau code pin {PIN}",
]

SEALED = [
    "coucou, alors mon {X.w} c'est {X}",
    "Bonsoir, pour le dossier {#ticket} on me demande le {X.w} : {X}",
    "je me suis trompé de {X.w}, le bon c'est {X}, desolé",
    "je colle le formulaire:\n{X.w} : {X}\nmagasin : {#store}\nquantite : {#quantity}",
    "pas sur que ce soit ce qu'il faut mais voila mon {X.w} {X}",
    "on m'a prélevé {#price} deux fois sur la carte {CREDIT_DEBIT_NUMBER}, c'est quoi ce bordel",
    [
        "alors",
        "{CREDIT_DEBIT_NUMBER}",
        "valable jusqu'a {CREDIT_DEBIT_EXPIRY}",
        "cryptogramme {CREDIT_DEBIT_CVV}",
    ],
    "CB {CREDIT_DEBIT_NUMBER:spaced_or_dashed} exp{CREDIT_DEBIT_EXPIRY:compact_expiry} cvv {CREDIT_DEBIT_CVV:spelled_out}",
    [
        "je l'envoie en morceaux par securité",
        "{CREDIT_DEBIT_NUMBER:mm1}",
        "{CREDIT_DEBIT_NUMBER:mm2} puis",
        "{CREDIT_DEBIT_NUMBER:mm3} voila",
    ],
    ["mon portable {PHONE:mm1}", "{PHONE:mm2}", "{PHONE:mm3} c'est le bon"],
    ["mon numero de compte {BANK_ACCOUNT_NUMBER:mm1}", "suite {BANK_ACCOUNT_NUMBER:mm2}"],
    ["num secu {FR_NIR:mm1}", "{FR_NIR:mm2} voila"],
    [
        "le RIB: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2} fin",
        "ah et le BIC {SWIFT_CODE}",
    ],
    "mon tel {PHONE}, ah non pardon c'est {PHONE.2}, l'autre c'est le boulot",
    "ecrivez moi sur {EMAIL:email_spelled} plutot",
    "bloqué sur le compte client {#customer_ref}, identifiant {USERNAME} et mdp {PASSWORD}",
    "l'appli plante ({#error_code}) en version {#version} quand je tape mon {PIN.w} {PIN}",
    "releve compteur {#meter_reading}, prelevement sur le compte {BANK_ACCOUNT_NUMBER}",
    "je bosse a new york, routing {BANK_ROUTING} compte {BANK_ACCOUNT_NUMBER}",
    "vol {#flight} siege {#seat}, passeport {PASSPORT_NUMBER}, reservation {#booking}",
    "pour la location de voiture : permis {DRIVER_ID}, immat {#plate}",
    "l'administration US veut mon ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER} et le SSN de mon mari {SSN}",
    "j'ai bossé a londres, NI number {UK_NATIONAL_INSURANCE_NUMBER}",
    "j'habite a valence, mon NIE {ES_NIE} et le DNI de ma coloc {ES_DNI}",
    "papiers mexicains : CURP {MX_CURP}, RFC {MX_RFC}",
    "virement au mexique, clabe {MX_CLABE} svp",
    "fournisseur bresilien CNPJ {BR_CNPJ}, CPF du gerant {BR_CPF}",
    "mutation a francfort, Steuer-ID {DE_TAX_ID}, contrat {#contract}",
    "facture au NIF portugais {PT_NIF}, commande {#order}, {#quantity} articles",
    "IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}\nBIC {SWIFT_CODE}",
    "desinscription: https://lettre.example.org/stop?adresse={EMAIL:percent_encoded}&tel={PHONE:percent_encoded}",
    "le depot sftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@depot.example.com refuse toujours",
    "dans les logs:\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}\nfaut la changer ?",
    "ADMIN_PASSWORD={PASSWORD:key_value_secret} dans le .env, normal ?",
    ["lequel ?", "{PHONE:context_only}", "le fixe marche plus"],
    ["je vous l'envoie ou ?", "sur {EMAIL:context_only} merci"],
    ["derniere chose que vous vouliez", "{DE_TAX_ID:context_only}"],
    "mon ip {IP_ADDRESS} est bannie apres {#count} essais, mac {MAC_ADDRESS}",
    "j'ai poussé ma access key {AWS_ACCESS_KEY} avec la secret {AWS_SECRET_KEY} sur un repo public",
    "deja {#data_size} consommés et on est le {#date} ?!",
    "plus de connexion depuis {#time}, box {#product_model}, ticket {#ticket}",
    [
        "J'ai commandé {#quantity} trucs le {#date}, commande {#order}",
        "toujours rien, suivi {#tracking}",
    ],
    "chambre {#room} pour {#count} nuits, resa {#booking}, total {#price}",
    "le contrat {#policy} a pris {#percentage}, pourquoi ?",
    "ok merci c'est reglé",
]

DEV += [
    [
        "donc le remboursement on le fait sur quel compte ?",
        "celui la {BANK_ACCOUNT_NUMBER:context_only}",
    ],
    "Nom : Aurelie Vantrin\nMail : {EMAIL}\nTel : {PHONE}\nCommande : {#order}\nProbleme : colis abimé",
    "mon fils a changé le code de la tele en {PIN:spelled_out} mdr et il s'en souvient plus, modele {#product_model}",
]

SEALED += [
    "- nom : Gaspard Lemoisne\n- {FR_NIR.w} : {FR_NIR}\n- {PHONE.w} : {PHONE}\n- ref client {#customer_ref}",
    ["le conseiller m'a dit de vous donner mon numero de secu", "{FR_NIR:context_only} voila"],
    "ca fait {#duration} que j'attends, prenez la carte: {CREDIT_DEBIT_NUMBER} / {CREDIT_DEBIT_EXPIRY} / {CREDIT_DEBIT_CVV}",
    "le mail de reinitialisation est parti sur {EMAIL} mais j'y ai plus acces, le nouveau c'est {EMAIL.2}",
    "pardon le cryptogramme c'est {CREDIT_DEBIT_CVV}, j'ai mal lu",
    "mon RIB : IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken} a la banque postale, virement de {#price}",
    "le portable de ma femme {PHONE:spelled_out} si je reponds pas",
    "alors mon passeport c'est {PASSPORT_NUMBER}, renouvelé en {#year}, ca pose probleme pour la resa {#booking} ?",
    ["pour le permis", "c'est {DRIVER_ID:context_only}, il vous faut la date aussi ?"],
    "un collegue a mis les acces https://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@admin.example.org sur teams, vous pouvez revoquer ?",
    "l'interface de la box sur {IP_ADDRESS} repond plus, mac du pc {MAC_ADDRESS}, debit {#data_size}",
    ["mon numero de tel a été coupé", "{PHONE:split_by_noise}"],
    "toujours pas remboursé des {#amount} de la commande {#order}, passée le {#date} a {#time}",
]

SEALED += [
    [
        "routing {BANK_ROUTING} et le compte commence par {BANK_ACCOUNT_NUMBER:mm1}",
        "et finit par {BANK_ACCOUNT_NUMBER:mm2}",
    ],
    [
        "passeport {PASSPORT_NUMBER} et mon portable {PHONE:mm1}",
        "{PHONE:mm2} oups envoyé trop vite",
    ],
    [
        "la carte",
        "{CREDIT_DEBIT_NUMBER:mm1}",
        "{CREDIT_DEBIT_NUMBER:mm2} exp {CREDIT_DEBIT_EXPIRY}",
    ],
]
DEV += [
    ["numero de secu {FR_NIR:mm1}", "{FR_NIR:mm2} c'est tout"],
]

DEV += [
    "recap pour le sinistre :\n* contrat {#policy}\n* {PHONE.w} {PHONE}\n* {PASSPORT_NUMBER.w} {PASSPORT_NUMBER}\n* degats environ {#price}",
    "sorry for my english, my mail is {EMAIL} et le SSN {SSN}",
    "c'est normal que le compteur passe de {#meter_reading} a {#meter_reading} en {#duration} ?",
]

DEV += [
    "vol {#flight}, place {#seat}, {#count} valises, resa {#booking}, passeport {PASSPORT_NUMBER}, chambre {#room} a l'hotel de l'aeroport",
    "client {#customer_ref}, contrat {#contract}, magasin {#store} : j'en ai pris {#quantity} en {#year} avec {#percentage} de remise, plaque {#plate}, permis {DRIVER_ID}, forfait {#data_size}",
]

SEALED += [
    "les impots disent que mon numero de secu {FR_NIR:spaced_or_dashed} correspond pas, je l'utilise depuis {#year} pourtant",
    [
        "salut, c'est pour la facture d'electricité",
        "index du jour {#meter_reading}",
        "et prelevez sur {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}",
    ],
    "ma carte finit par... bon je vous la donne en entier {CREDIT_DEBIT_NUMBER:split_by_noise}",
    "Envoyé de mon iPhone\n\n> carte : {CREDIT_DEBIT_NUMBER:letter_substitution}\n> exp : {CREDIT_DEBIT_EXPIRY}",
    [
        "vous vouliez le tel ou le mail ?",
        "les deux ? ok",
        "{PHONE:context_only}",
        "{EMAIL:context_only}",
    ],
    "je bosse pour une boite espagnole et ils veulent mon NIE ({ES_NIE:spaced_or_dashed}) et mon DNI {ES_DNI:split_by_noise}",
    "le code c'est {PIN:letter_substitution}. oui je sais faut pas l'envoyer ici mais l'appli veut pas le changer",
    "BIC {SWIFT_CODE} et IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:letter_substitution}, le proprio a lisbonne veut {#price} avant le {#date}",
    "nouveau numero !! {PHONE:letter_substitution} enregistrez le, l'ancien s'est fait voler sur le vol {#flight}",
    "je sais plus si je me suis inscrit en {USERNAME} ou {USERNAME.2}, le mail ce serait {EMAIL}",
    "le CNPJ sur la facture {#invoice} est faux, c'est {BR_CNPJ:split_by_noise}",
    "mon collegue dit qu'il vous faut la Steuer-ID: {DE_TAX_ID:spaced_or_dashed}, et le NIF portugais {PT_NIF}",
    "bonjour, commande {#order} - erreur {#error_code} au paiement apres avoir tapé la carte {CREDIT_DEBIT_NUMBER:spelled_out}",
]

DEV += [
    [
        "hello ! petite question avant le boulot",
        "le prelevement a été rejeté le mois dernier ({#price}), vous pouvez repasser sur {BANK_ACCOUNT_NUMBER:letter_substitution} ?",
    ],
    ["pardon le precedent avait une faute", "{CREDIT_DEBIT_NUMBER:split_by_noise}"],
    [
        "merci de patienter",
        "pas de souci, je suis la jusqu'a {#time}. au fait mon {USERNAME.w} c'est {USERNAME}",
    ],
]

DEV += [
    "{EMAIL} c'est le bon mail, celui en .net c'etait une faute de frappe",
    "AU SECOURS !!! quelqu'un a utilisé ma carte {CREDIT_DEBIT_NUMBER} au magasin {#store} a {#time}, je suis pas en ville 😭",
    '"{PASSWORD}" <- c\'est ce que le navigateur remplit tout seul, toujours erreur {#error_code}',
]

SEALED += [
    "{PHONE} c'est mon whatsapp, ecrivez pas d'appel svp",
    "J'EN AI MARRE. TROISIEME FOIS : COMPTE {BANK_ACCOUNT_NUMBER} IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER}",
    "crypto:{CREDIT_DEBIT_CVV} exp:{CREDIT_DEBIT_EXPIRY}",
    "ma mere (elle a {#count} ans et le portable c'est pas son truc) a créé le compte avec son mail ({EMAIL:email_spelled}), son identifiant c'est {USERNAME}",
    "coucou 🙂 je demenage le {#date}, nouveau code postal {#postal_code}, meme portable {PHONE:split_by_noise} 👍",
    "Passeport : {PASSPORT_NUMBER:letter_substitution} (je sais pas si c'est un O ou un zero sur la photo)",
    "le BIC c'est {SWIFT_CODE} ? ou c'est celui de l'agence. iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER}",
    "pour les impots de la jeune fille au pair : numero de secu {FR_NIR:spelled_out} je crois, elle me l'a dicté",
]

SEALED += [
    [
        "compte pour le versement {BANK_ACCOUNT_NUMBER:mm1}",
        "pfff le correcteur",
        "{BANK_ACCOUNT_NUMBER:mm2}",
    ],
]
DEV += [
    ["ok mon tel {PHONE:mm1}", "{PHONE:mm2} gardez le pas svp"],
]

DEV += [
    "rdv a la prefecture le {#date} a {#time}, ils veulent l'ancien permis {DRIVER_ID} et le code postal {#postal_code}",
]
SEALED += [
    "la CAF m'a dit d'ecrire ici, num secu {FR_NIR}, dossier {#customer_ref}, j'attends depuis {#duration}",
    "notre espace est bloqué sur l'offre {#product_model} apres la mise a jour, admin {USERNAME}, la facture {#invoice} affiche {#price} pour {#count} postes",
]
