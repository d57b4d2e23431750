"""French (fr-FR) customer turns. Part of the sealed split: do not read while tuning."""

CTX: dict[str, list[str]] = {
    "CARD": ["carte", "numéro de carte", "num de carte", "cb", "carte bancaire", "n° carte"],
    "CVV": ["cryptogramme", "crypto", "code de sécurité", "cvv", "les trois chiffres au dos"],
    "EXP": ["date d'expiration", "expiration", "exp", "date de validité", "valable jusqu'à"],
    "PIN": ["code pin", "code secret", "PIN", "code confidentiel"],
    "PWD": ["mot de passe", "mdp", "mot de pass", "password"],
    "USER": ["identifiant", "nom d'utilisateur", "login", "pseudo"],
    "EMAIL": ["mail", "adresse mail", "email", "courriel", "adresse e-mail"],
    "PHONE": ["tel", "téléphone", "portable", "numéro", "num de tel", "mobile"],
    "ACCT": ["numéro de compte", "n° de compte", "compte", "num compte"],
    "ROUTING": ["code banque", "code guichet", "guichet", "code établissement"],
    "IBAN": ["IBAN", "iban", "RIB (IBAN)"],
    "SWIFT": ["BIC", "code swift", "bic/swift"],
    "SSN": ["SSN", "numéro de sécurité sociale américain", "social security"],
    "ITIN": ["ITIN", "numéro ITIN", "identifiant fiscal américain"],
    "NINO": ["national insurance number", "NI number", "numéro d'assurance britannique"],
    "PASSPORT": ["passeport", "numéro de passeport", "n° passeport", "passport"],
    "DL": ["permis de conduire", "permis", "n° de permis"],
    "IP": ["IP", "adresse IP", "l'ip"],
    "MAC": ["adresse MAC", "mac", "MAC de la box"],
    "AKID": ["access key", "clé d'accès AWS", "key id"],
    "ASK": ["clé secrète", "secret key", "secret aws"],
    "DNI": ["DNI", "carte d'identité espagnole"],
    "NIE": ["NIE", "numéro NIE"],
    "CURP": ["CURP", "curp mexicain"],
    "RFC": ["RFC", "rfc mexicain"],
    "CLABE": ["CLABE", "compte clabe"],
    "CPF": ["CPF", "cpf brésilien"],
    "CNPJ": ["CNPJ", "cnpj de la boîte"],
    "NIR": ["numéro de sécu", "numéro de sécurité sociale", "NIR", "n° sécu", "num secu"],
    "STEUER": ["numéro fiscal allemand", "Steuer-ID", "steuer id"],
    "NIF": ["NIF portugais", "nif", "contribuinte"],
}

DEV: list[tuple[str, ...]] = [
    ("bonjour, mon {X.ctx} c'est {X.plain} merci de mettre à jour",),
    ("je vous envoie le {X.ctx} dans le msg suivant", "{X.context_only}"),
    ("{X.ctx} {X.spaced_or_dashed} et la commande {k.order} toujours pas livrée",),
    ("dsl j'écris du tel.. {X.ctx} {X.split_by_noise}",),
    ("le {X.ctx} sur le courrier c'est {X.letter_substitution}",),
    ("je dicte au micro, {X.ctx} {X.spelled_out}",),
    ("j'arrive pas à taper l'arobase, mon mail c'est {EMAIL.email_spelled}",),
    (
        "j'ai reçu ce lien https://compte.example.com/mdp?mail={EMAIL.percent_encoded}"
        "&tel={PHONE.percent_encoded} à {k.time} c'est normal ?",
    ),
    (
        "la synchro utilise"
        " sftp://{USER.url_credentials}:{PWD.url_credentials}@fichiers.example.net",
        "et dans le .env\nAWS_ACCESS_KEY_ID={AKID.key_value_secret}\n"
        "AWS_SECRET_ACCESS_KEY={ASK.key_value_secret}",
    ),
    (
        "nouvelle carte reçue, exp{EXP.compact_expiry} crypto {CVV.plain},"
        " relancez le paiement de {k.amount}",
    ),
    ("voici mon IBAN\n{IBAN.iban_broken}\npour le remboursement facture {k.invoice}",),
    ("ma carte c'est {CARD.multi_message}", "{CARD.multi_message}", "expire {EXP.plain}"),
    ("le {X.ctx} est {X.multi_message}", "{X.multi_message}"),
]

SEALED: list[tuple[str, ...]] = [
    ("re bonjour vous pouvez confirmer que vous avez bien {X.ctx} {X.plain} ?",),
    ("vous m'avez demandé le {X.ctx}, le voilà", "{X.context_only}"),
    ("pardon c'était l'ancien {X.ctx}, le bon c'est", "{X.context_only}"),
    ("{X.ctx} : {X.spaced_or_dashed}, j'ai déjà appelé le {k.date}",),
    ("notez {X.ctx} {X.split_by_noise} pour le ticket {k.ticket}",),
    ("sur le formulaire c'est écrit {X.ctx} {X.letter_substitution} je crois",),
    ("{X.ctx} {X.spelled_out} voilà j'espère que c'est lisible",),
    ("Bonjour je veux résilier. Carte {CARD.plain} exp {EXP.plain} crypto {CVV.plain}. Merci",),
    ("débité deux fois {k.amount} le {k.date} !!! ma cb {CARD.spaced_or_dashed}",),
    ("mon code pin {PIN.plain} et mon mdp appli {PWD.plain} vous pouvez réinitialiser ?",),
    ("identifiant {USER.plain} mdp {PWD.plain} marche plus depuis la maj {k.version}",),
    ("écrivez moi sur {EMAIL.plain} ou appelez le {PHONE.plain} après {k.time}",),
    ("mon nouveau portable {PHONE.split_by_noise} l'ancien est résilié",),
    ("pour le prélèvement: code banque {ROUTING.plain} compte {ACCT.plain}",),
    ("guichet {ROUTING@b.plain} n° compte {ACCT@b.plain}, agence du {k.zip}",),
    ("virement sur IBAN {IBAN.plain} BIC {SWIFT.plain} montant {k.amount}",),
    ("iban\n{IBAN.iban_broken}\nbic {SWIFT.plain}",),
    ("j'ai vécu aux US, SSN {SSN.plain}, né le {k.date}",),
    ("pour l'IRS mon ITIN {ITIN.spaced_or_dashed}",),
    ("j'ai bossé à Londres, NI number {NINO.plain}",),
    ("passeport {PASSPORT.plain} vol {k.flight} le {k.date}",),
    ("permis {DL.plain} obtenu en {k.year}, ça passe pour la location ?",),
    ("la box affiche IP {IP.plain} et MAC {MAC.plain}, modèle {k.model}",),
    ("connexion depuis {IP.plain} à {k.time} c'est pas moi !!",),
    (
        "j'ai collé nos clés par erreur:\nAWS_ACCESS_KEY_ID={AKID.key_value_secret}\n"
        "AWS_SECRET_ACCESS_KEY={ASK.key_value_secret}\nsupprimez svp",
    ),
    ("DB_PASSWORD={PWD.key_value_secret}\nc'est celui que l'installeur demande",),
    (
        "le webhook c'est"
        " https://{USER.url_credentials}:{PWD.url_credentials}@hooks.example.org/recu",
    ),
    ("carte {CARD.plain} exp {EXP.compact_expiry} cvv {CVV.plain}",),
    ("expire{EXP.compact_expiry} j'avais oublié",),
    ("mon mail {EMAIL.email_spelled} pas l'ancien",),
    (
        "lien bizarre"
        " https://paiement.example.com/verif?email={EMAIL.percent_encoded}&etape={k.count}",
    ),
    ("je suis espagnol, DNI {DNI.plain}, ma femme NIE {NIE.plain}",),
    ("dossier mexicain: CURP {CURP.plain} RFC {RFC.plain}",),
    ("remboursez sur la CLABE {CLABE.split_by_noise}",),
    ("CPF {CPF.plain} et CNPJ {CNPJ.plain} pour la filiale brésilienne",),
    ("mon n° de sécu {NIR.plain} pour le rdv de {k.time} à la clinique",),
    ("numéro de sécu {NIR@b.spaced_or_dashed} et carte vitale perdue",),
    ("Steuer-ID {STEUER.plain} de mon ancien job en Allemagne",),
    ("NIF portugais {NIF.plain} pour la facture {k.invoice}",),
    ("cb {CARD.multi_message}", "{CARD.multi_message}", "{CARD.multi_message}"),
    ("rappelez moi au {PHONE.multi_message}", "{PHONE.multi_message} merci"),
    ("sécu {NIR.multi_message}", "{NIR.multi_message}"),
    ("{X.ctx} {X.multi_message} et", "{X.multi_message}"),
    ("j'ai {k.count} colis, suivi {k.tracking}, livrés au {k.street} rue des Lilas",),
]
