# ruff: noqa: E501 - each string is one customer turn; wrapping it would hide its wording.
"""French customer turns (fr-FR). Sealed: never tune a detector against SEALED."""

DEV = [
    (
        "fr-FR",
        [
            "bonjour ma carte c'est {CARD:plain} exp {EXP:cexp} crypto {CVV:plain}, commande {#order}"
        ],
    ),
    (
        "fr-FR",
        [
            "je veux changer le prelevement",
            "code banque/guichet {ROUTING:plain} compte {ACCT:sod}",
            "mon numero de secu {NIR:noise}",
        ],
    ),
    ("fr-FR", ["mon iban {IBAN:ibanb} et le bic {BIC:plain} merci"]),
    ("fr-FR", ["rappelez moi au {PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    (
        "fr-FR",
        [
            "identifiant {USER:plain} mdp {PW:plain}",
            "j'ai essayé https://{USER:urlcred}:{PW:urlcred}@espace.example.com depuis la version {#version}, rien",
        ],
    ),
    ("fr-FR", ["ecrivez moi a {EMAIL:emailsp} ou via https://aide.example.com/r?mail={EMAIL:pct}"]),
    (
        "fr-FR",
        [
            "je suis dev, j'ai collé ça dans le ticket par erreur :",
            "AWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
            "ip {IP:plain} adresse mac {MAC:plain}",
        ],
    ),
    (
        "fr-FR",
        [
            "passeport {PASSPORT:plain} et permis {DL:plain} pour la loc a {#time}",
            "le code pin ?",
            "{PIN:ctx}",
        ],
    ),
    (
        "fr-FR",
        [
            "DNI espagnol {DNI:plain}, NIE {NIE:sod}, curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:letters}"
        ],
    ),
    ("fr-FR", ["pour les US: ssn {SSN:plain}, itin {ITIN:sod}", "et mon NI anglais {NINO:plain}"]),
    (
        "fr-FR",
        [
            "cpf {CPF:plain} cnpj {CNPJ:sod}",
            "steuer-id {IDNR:spelled} et nif portugais {NIF:plain}",
        ],
    ),
    (
        "fr-FR",
        ["numero de carte {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga} desolee coupé"],
    ),
]

SEALED = [
    (
        "fr-FR",
        [
            "Bonjour, debité deux fois {#amount} € pour la commande {#order}. carte {CARD:sod} expire {EXP:plain}"
        ],
    ),
    ("fr-FR", ["ma cb {CARD:noise} et le cryptogramme {CVV:spelled}"]),
    ("fr-FR", ["n° carte {CARD:letters} date d'exp {EXP:letters} svp"]),
    ("fr-FR", ["allo ma carte bleue", "{CARD:ctx}", "exp{EXP:cexp} cvc {CVV:plain}"]),
    (
        "fr-FR",
        [
            "Carte {CARD:plain}, fin de validité {EXP:plain}, les trois chiffres au dos {CVV:sod}. Resa {#booking}"
        ],
    ),
    ("fr-FR", ["bloquez la carte {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga}"]),
    (
        "fr-FR",
        ["le distributeur a avalé ma carte a {#time}, code {PIN:plain}, le nouveau {PIN:letters}"],
    ),
    ("fr-FR", ["mon code secret c'est {PIN:spelled} chut"]),
    ("fr-FR", ["le cryptogramme ?", "{CVV:ctx}"]),
    ("fr-FR", ["mot de passe {PW:plain} identifiant {USER:plain}, bloqué depuis le {#date}"]),
    (
        "fr-FR",
        [
            "fichier .env du ticket {#ticket} :\nDB_PASSWORD={PW:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}"
        ],
    ),
    (
        "fr-FR",
        ["j'ai tenté sftp://{USER:urlcred}:{PW:urlcred}@fichiers.example.net erreur {#model}"],
    ),
    ("fr-FR", ["nouvel email {EMAIL:plain}, l'ancien {EMAIL:emailsp} (faute de frappe avant)"]),
    (
        "fr-FR",
        ["le lien de desinscription https://boutique.example.org/d?e={EMAIL:pct}&cmd={#order}"],
    ),
    ("fr-FR", ["appelez moi au {PHONE:plain} ou mon mari {PHONE:sod} apres {#time}"]),
    ("fr-FR", ["mon numero {PHONE:spelled}"]),
    ("fr-FR", ["fixe {PHONE:letters}, appart {#room}, code postal {#postcode}"]),
    ("fr-FR", ["le formulaire https://operateur.example.com/rappel?tel={PHONE:pct}"]),
    ("fr-FR", ["mon portable", "{PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    ("fr-FR", ["virement: code banque {ROUTING:sod}, compte {ACCT:plain}, montant {#amount} €"]),
    ("fr-FR", ["guichet {ROUTING:noise} numero de compte {ACCT:letters}"]),
    ("fr-FR", ["le compte pour le prelevement", "{ACCT:ctx}"]),
    ("fr-FR", ["cpte {ACCT:multi:ga}", "{ACCT:multi:ga} c'est le livret"]),
    ("fr-FR", ["remboursez sur IBAN {IBAN:plain} BIC {BIC:sod}"]),
    ("fr-FR", ["iban (copié de l'appli dsl)\n{IBAN:ibanb}"]),
    ("fr-FR", ["RIB: {IBAN:sod} code swift {BIC:plain}"]),
    ("fr-FR", ["numero de securite sociale {NIR:plain}, facture {#invoice}"]),
    ("fr-FR", ["ma secu {NIR:letters} habite au {#street} rue de la Paix"]),
    ("fr-FR", ["NIR {NIR:multi:ga}", "{NIR:multi:ga}"]),
    ("fr-FR", ["vol {#flight} demain, passeport {PASSPORT:sod}", "permis de conduire {DL:noise}"]),
    ("fr-FR", ["permis {DL:plain} passeport {PASSPORT:noise}"]),
    (
        "fr-FR",
        ["la box affiche ip {IP:noise} et mac {MAC:sod}, modele {#model} firmware {#version}"],
    ),
    ("fr-FR", ["cle d'acces {AKID:plain} secret {AKSECRET:plain} a revoquer"]),
    ("fr-FR", ["dni {DNI:sod} nie {NIE:noise} pour le bail {#contract}"]),
    ("fr-FR", ["curp {CURP:sod} rfc {RFC:noise} clabe {CLABE:plain}"]),
    (
        "fr-FR",
        [
            "ssn {SSN:noise} itin {ITIN:plain} pour la declaration {#year}",
            "NI britannique {NINO:sod}",
        ],
    ),
    ("fr-FR", ["cpf {CPF:sod} cnpj {CNPJ:noise}, {#count} colis"]),
    ("fr-FR", ["steuer-id {IDNR:plain} nif {NIF:sod}"]),
    (
        "fr-FR",
        ["Suivi {#tracking} marqué livré. carte {CARD:plain} exp{EXP:cexp} remboursement svp"],
    ),
    ("fr-FR", ["l'adresse IP", "{IP:ctx}"]),
    (
        "fr-FR",
        ["commande {#order} du {#date}, {#amount} €, toujours rien", "mon tel {PHONE:plain}"],
    ),
]
