"""French customer messages (France, Canada, Belgium), hand-written. Grammar: see generate.py."""

LANG = "fr"
LOCALES = ["fr-FR", "fr-FR", "fr-CA", "fr-BE"]
FR = ["fr-FR"]

LABELS = {
    "CREDIT_DEBIT_NUMBER": [
        "carte",
        "ma carte",
        "numéro de carte",
        "n° carte bleue",
        "la CB",
        "carte bancaire",
    ],
    "CREDIT_DEBIT_CVV": ["cryptogramme", "cvv", "le code au dos", "crypto", "code de sécurité"],
    "CREDIT_DEBIT_EXPIRY": [
        "expire",
        "date d'expiration",
        "exp",
        "valable jusqu'au",
        "date de validité",
    ],
    "PIN": ["code pin", "mon code", "code confidentiel", "PIN"],
    "BANK_ACCOUNT_NUMBER": ["numéro de compte", "mon compte", "n° de compte", "cpte"],
    "BANK_ROUTING": ["code banque", "routing", "numéro de transit", "BLZ", "sort code"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN", "mon iban", "le RIB iban"],
    "SWIFT_CODE": ["BIC", "swift", "code BIC"],
    "EMAIL": ["mail", "courriel", "mon adresse mail", "email", "adresse électronique"],
    "PHONE": ["tél", "portable", "mon numéro", "rappelez moi au", "numéro de téléphone"],
    "SSN": ["SSN", "social security number américain"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "mon itin"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["national insurance", "NINO anglais"],
    "PASSPORT_NUMBER": ["passeport", "n° de passeport", "mon passeport"],
    "DRIVER_ID": ["permis de conduire", "n° de permis", "permis"],
    "PASSWORD": ["mot de passe", "mdp", "le mot de passe", "password"],
    "USERNAME": ["identifiant", "nom d'utilisateur", "mon login", "pseudo"],
    "IP_ADDRESS": ["ip", "adresse ip", "mon IP"],
    "MAC_ADDRESS": ["adresse mac", "mac de la box", "MAC"],
    "AWS_ACCESS_KEY": ["clé d'accès", "access key", "la clé aws"],
    "AWS_SECRET_KEY": ["clé secrète", "secret key", "le secret aws"],
    "ES_DNI": ["DNI espagnol", "mon dni"],
    "ES_NIE": ["NIE", "numéro NIE"],
    "MX_CURP": ["CURP", "curp mexicain"],
    "MX_RFC": ["RFC", "rfc mexicain"],
    "MX_CLABE": ["CLABE", "compte clabe"],
    "BR_CPF": ["CPF", "cpf brésilien"],
    "BR_CNPJ": ["CNPJ", "cnpj de la boîte"],
    "FR_NIR": [
        "numéro de sécu",
        "n° sécurité sociale",
        "NIR",
        "numéro de sécurité sociale",
        "secu",
    ],
    "DE_TAX_ID": ["Steuer-ID", "numéro fiscal allemand"],
    "PT_NIF": ["NIF portugais", "NIF"],
}

DEV = [
    [
        "bonjour, ma carte {card} a été refusée au magasin [store_number], pourtant elle expire {exp:compact_expiry}"
    ],
    (FR, ["pour la mutuelle ils veulent mon numéro de sécu {nir} et le contrat [contract_number]"]),
    ["ma carte {card~a}", "{card~b}", "voilà pardon"],
    ["mon mail c'est {email:email_spelled} merci de mettre à jour"],
    ["la box [product_model] redémarre toute seule, ip {ip} mac {mac}, firmware [version]"],
    [
        "colis [tracking_number] jamais reçu, commande [order_number] à [price]",
        "je suis joignable au {phone}",
    ],
    ["voici {any} et {any}", "c'est bon?"],
    ["code pin {pin:spelled_out} c'est bien ça?"],
    ["j'ai envoyé {any} par mail le [date], ticket [ticket_number]"],
    ["le prestataire a besoin de ça\n{akey:key_value_secret}\n{skey:key_value_secret}"],
    ["vol [flight_number] le [date], passeport {passport}, siège [seat_number] svp 🙏"],
    ["virement sepa sur l'iban {iban:iban_broken} bic {swift} de [price]"],
    ["le lien de réinitialisation bug: {email:percent_encoded}"],
    ["{any} comme demandé dans le formulaire, code postal [postal_code]"],
    ["mon compte {acct~a}", "{acct~b}", "{acct~c}"],
    ["mon identifiant {user} et mdp {pwd}", "ça marche plus depuis [date]"],
    ["l'accès ftp du site c'est {pwd:url_credentials} vous pouvez vérifier?"],
]

SEALED = [
    [
        "salut, j'ai été débité deux fois de [price] sur ma carte {card:spaced_or_dashed}, commande [order_number]"
    ],
    (
        FR,
        [
            "mon numéro de sécurité sociale est {nir:split_by_noise}",
            "c'est pour le remboursement de [price]",
        ],
    ),
    ["cryptogramme {cvv} date d'expiration {exp}"],
    ["quelqu'un a utilisé ma CB {card:split_by_noise} hier à [time] 😱"],
    ["vous pouvez me rappeler au {phone:spaced_or_dashed} entre [time] et [time] ?"],
    ["merci beaucoup bonne journée"],
    ["plus d'internet depuis le [date], erreur [error_code] sur la box"],
    ["mon compte {acct} pour le prélèvement, facture [invoice_number]"],
    ["mon portable {phone~a}", "{phone~b}"],
    ["IBAN {iban~a}", "{iban~b}", "{iban~c}"],
    ["ma carte c'est {card~a}", "{card~b} exp {exp:compact_expiry}"],
    ["courriel {email} svp, pas l'ancien"],
    ["j'ai collé la conf par erreur sur le forum: {pwd:url_credentials} 😬"],
    [
        "carte {card:letter_substitution} valable jusqu'au {exp:spaced_or_dashed} crypto {cvv:spelled_out}"
    ],
    ["l'appli plante en version [version] sur [product_model]"],
    ["mon adresse {email:email_spelled} et le portable {phone:letter_substitution}"],
    ["{any}", "et {any} voilà"],
    ["le code confidentiel {pin} ne marche pas, essayé [count] fois"],
    ["relevé du compteur: [meter_reading], compte client {acct:spaced_or_dashed}"],
    ["j'habite en espagne, dni {dni} et nie {nie}"],
    [
        "réservation [booking_reference] pour [count] personnes, passeport {passport:spaced_or_dashed}"
    ],
    ["la clé secrète {skey} et l'access key {akey} ont fuité sur github, révoquez les svp"],
    ["numéro de transit {routing} et compte {acct:letter_substitution}"],
    ["ok", "mon permis de conduire {dl}, plaque [plate_number]"],
    ["fournisseur mexicain: clabe {clabe:spaced_or_dashed} rfc {rfc} curp {curp}"],
    ["client brésilien, cpf {cpf} cnpj {cnpj}"],
    ["{any} ou {any}, je sais plus lequel vous faut"],
    ["pour le dossier allemand et portugais: {any} et {any}"],
    ["forfait [data_size] à [price], il reste [data_size] ?? pas normal"],
    ["l'ip {ip} est bloquée depuis [time], chambre [room_number]"],
    ["mon tél c'est le {phone:percent_encoded} (copié du lien)"],
    ["le mot de passe du compte {pwd} et l'identifiant {user:url_credentials}"],
    ["numéro sécu {nir:spaced_or_dashed} svp changez l'adresse au [postal_code]"],
    ["j'ai payé [price] soit [percentage] de plus que prévu, iban {iban}"],
    ["carte {card} exp {exp} cvv {cvv}", "c'est pour l'abonnement de [duration]"],
    ["mon ssn américain {ssn} et itin {itin} (je bosse à new york)"],
    ["NI number {nino} pour le dossier UK"],
    ["allo?", "le numéro de compte {acct~a}", "{acct~b}"],
    [
        "extrait du fichier .env du site (désolé c'est long)\n{skey:key_value_secret}\n{pwd:key_value_secret}"
    ],
]
