"""French customer chats (France, Canada, Belgium), written by hand. Slot syntax as in templates_en."""

LOCALES = ["fr-FR", "fr-FR", "fr-CA", "fr-BE", "fr-FR"]

TEMPLATES = [
    (
        "bonjour",
        "ma carte a été refusée au magasin {k:store_number} pour {k:price}, carte {CARD} exp {EXP}",
    ),
    (
        "je veux changer la carte du prélèvement svp",
        "nouvelle carte {CARD} crypto {CVV}",
        "merci bcp",
    ),
    (
        "slt ma commande {k:order_number} est marquée livrée mais rien reçu 😤 mon num {PHONE}",
        "mon mail c'est {EMAIL}",
    ),
    (
        "Bonjour, j'ai été débité deux fois pour la facture {k:invoice_number} ({k:price}) sur la carte {CARD}.",
        "{ANY}",
    ),
    ("mon numéro de carte {MM1:CARD}", "{MM2}", "{MM3}"),
    (
        "l'appli plante avec l'erreur {k:error_code} depuis la {k:version}, compte {EMAIL}",
        "identifiant {USER} mdp {PWD}",
    ),
    ("j'ai déménagé, code postal {k:postal_code}. mon portable {PHONE}", "et {ANY}"),
    ("pour le virement : IBAN {IBAN}, BIC {SWIFT}", "contrat n° {k:contract_number} et {ANY}"),
    ("pour les impôts : {ANY} et {ANY}", "dsl c'est le bazar"),
    (
        "sinistre sur le contrat {k:policy_number}, c'était le {k:date} vers {k:time}, rappelez-moi au {PHONE}",
        "mon numéro de sécu {NIR}",
        "{ANY}",
    ),
    (
        "la box {k:product_model} se déconnecte toutes les {k:count} min, titulaire {EMAIL}",
        "mac {MAC} ip {IP}",
        "j'ai {k:data_size} au lieu de la fibre promise",
    ),
    ("je me connecte avec {EMAIL}", "{ANY}", "ticket {k:ticket_number}"),
    (
        "vol {k:flight_number} le {k:date}, réservation {k:booking_reference}, payé avec {CARD}",
        "passeport {PASSPORT} et {ANY}",
    ),
    ("carte bloquée, le code pin c'était {PIN}", "ah non c'est bon ça remarche"),
    ("mon tel {MM1:PHONE}", "{MM2}"),
    ("voilà ce que le technicien m'a demandé de copier", "{SECRET}\n{AKID}"),
    ("Bonsoir, chambre {k:room_number}, {k:quantity} nuits, payé avec la carte {CARD}", "{ANY}"),
    (
        "pourquoi ma facture d'élec a pris {k:percentage} ?? compteur à {k:meter_reading}, {ANY}",
        "compte {ACCT}",
        "{ANY} si besoin",
    ),
    ("je fais les papiers de ma mère, {ANY}", "son {ANY}", "merci de votre patience"),
    ("iban {MM1:IBAN}", "{MM2}", "{MM3}"),
    (
        "le colis {k:tracking_number} bouge plus depuis le {k:date}, le livreur a mon {PHONE}",
        "c'est nul",
    ),
    ("{CARD} | {EXP} | {CVV}", "{ANY}"),
    ("amende pour la voiture {k:plate_number} de {k:year}, permis {DL}", "{ANY}"),
    (
        "la place {k:seat_number} était déjà prise, résa avec le passeport {PASSPORT}",
        "mail {EMAIL} et portable {PHONE}",
    ),
    ("bjr, facture {k:invoice_number} impayée ??", "pourtant prélevée sur {ANY}"),
    ("pour le remboursement mon compte c'est", "{MM1:ACCT}", "{MM2}"),
]

LEXICON = {
    "CREDIT_DEBIT_NUMBER": ["carte bancaire {v}", "ma CB {v}"],
    "CREDIT_DEBIT_CVV": ["le cryptogramme {v}", "code au dos {v}"],
    "CREDIT_DEBIT_EXPIRY": ["expire fin {v}", "date d'expiration {v}"],
    "PIN": ["code pin {v}", "mon code secret {v}"],
    "BANK_ACCOUNT_NUMBER": ["numéro de compte {v}", "mon compte {v}"],
    "BANK_ROUTING": ["code banque {v}", "numéro de transit {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "mon iban : {v}"],
    "SWIFT_CODE": ["code swift {v}", "BIC {v}"],
    "EMAIL": ["écrivez-moi à {v}", "courriel : {v}"],
    "PHONE": ["appelez-moi au {v}", "mon numéro {v}"],
    "SSN": ["mon SSN américain {v}", "social security {v}"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["mon ITIN {v}", "numéro ITIN {v}"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["national insurance anglais {v}", "NINO {v}"],
    "PASSPORT_NUMBER": ["passeport n° {v}", "numéro de passeport {v}"],
    "DRIVER_ID": ["permis de conduire {v}", "n° de permis {v}"],
    "PASSWORD": ["mot de passe {v}", "mdp : {v}"],
    "USERNAME": ["identifiant {v}", "mon login {v}"],
    "IP_ADDRESS": ["mon adresse ip {v}", "IP : {v}"],
    "MAC_ADDRESS": ["adresse MAC {v}", "mac du décodeur {v}"],
    "AWS_ACCESS_KEY": ["clé d'accès {v}", "access key {v}"],
    "AWS_SECRET_KEY": ["clé secrète {v}", "secret aws {v}"],
    "ES_DNI": ["mon DNI espagnol {v}", "DNI {v}"],
    "ES_NIE": ["NIE {v}", "mon NIE en Espagne {v}"],
    "MX_CURP": ["CURP mexicain {v}", "curp {v}"],
    "MX_RFC": ["RFC {v}", "mon RFC {v}"],
    "MX_CLABE": ["CLABE {v}", "compte CLABE {v}"],
    "BR_CPF": ["CPF brésilien {v}", "cpf {v}"],
    "BR_CNPJ": ["CNPJ de la boîte {v}", "cnpj {v}"],
    "FR_NIR": ["numéro de sécu {v}", "NIR {v}"],
    "DE_TAX_ID": ["identifiant fiscal allemand {v}", "Steuer-ID {v}"],
    "PT_NIF": ["NIF portugais {v}", "nif {v}"],
}
