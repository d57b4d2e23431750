"""French customer turns (fr-FR). Whole templates belong to one split."""

Template = tuple[str, tuple[str, ...]]

DEV: list[Template] = [
    (
        "fr-FR",
        (
            "bonjour, debite deux fois pour la commande {#order} ({#amount}), carte {CARD:plain} exp{EXP:compact} cryptogramme {CVV:spelled}",
            "et le code pin c'est {PIN:letters} au cas ou",
        ),
    ),
    (
        "fr-FR",
        (
            "vous pouvez me rappeler au",
            "{PHONE:multi}",
            "{PHONE:more} apres {#time} svp, ou par mail {EMAIL:at}",
        ),
    ),
    (
        "fr-FR",
        (
            "le vpn marche plus depuis la maj {#version} : {CRED:url} ip {IP:plain} mac {MAC:plain}",
            "{AKEY:kv}\n{SKEY:kv}",
            "le lien recu : {EMAIL:pct}",
        ),
    ),
    (
        "fr-FR",
        (
            "remboursement sur l'IBAN {IBAN:broken} BIC {SWIFT:plain}, compte {ACCT:noise} code banque guichet {ROUT:spaced}",
            "et la clabe de mon frere au mexique {CLABE:plain}, passeport {PASS:plain} permis de conduire {DL:plain}",
        ),
    ),
    (
        "fr-FR",
        (
            "pour le dossier : numero de secu {NIR:plain}, ssn americain {SSN:plain}, itin {ITIN:spaced}",
            "et mon NIE espagnol ?",
            "{NIE:ctx}",
            "dni {DNI:plain} curp {CURP:plain} rfc {RFC:plain} cpf {CPF:plain} cnpj {CNPJ:plain} steuer id {IDNR:plain} nif {NIF:plain} NI {NINO:plain}, identifiant {USER:plain} mdp {PW:plain}",
        ),
    ),
]

SEALED: list[Template] = [
    (
        "fr-FR",
        (
            "bon les derniers chiffres ca marche pas, le numero complet {CARD:spaced} expire {EXP:plain}",
            "code de securite {CVV:plain} et code postal {#zip}",
        ),
    ),
    (
        "fr-FR",
        (
            "ma carte c'est {CARD:multi}",
            "{CARD:more}",
            "pardon coupé, date exp {EXP:compact} crypto {CVV:letters}",
        ),
    ),
    (
        "fr-FR",
        (
            "nouveau tel 😅 c'est {PHONE:noise}, l'ancien {PHONE:spelled}",
            "reservation {#booking} vol {#flight} le {#date}",
        ),
    ),
    ("fr-FR", ("le code pin je crois c'est {PIN:spelled} ou {PIN:plain} ? essayé {#count} fois",)),
    (
        "fr-FR",
        (
            "service info : {CRED:url} ne repond plus depuis le {#date}",
            "dans le fichier env\n{AKEY:kv}\n{SKEY:kv}\n{PW:kv}",
        ),
    ),
    (
        "fr-FR",
        (
            "ecrivez moi sur {EMAIL:at} pas l'ancienne {EMAIL:plain}",
            "le lien que j'ai eu : {EMAIL:pct}",
        ),
    ),
    (
        "fr-FR",
        (
            "pour le virement : guichet {ROUT:plain} compte {ACCT:spaced}, swift {SWIFT:plain} iban {IBAN:plain}",
            "facture {#invoice} de {#amount}",
        ),
    ),
    (
        "fr-FR",
        ("code banque {ROUT:letters} no de compte {ACCT:plain} et celui en euros", "{IBAN:broken}"),
    ),
    (
        "fr-FR",
        (
            "quel ssn avez vous dans le dossier ? normalement {SSN:noise}",
            "et l'itin de ma mere",
            "{ITIN:ctx}",
        ),
    ),
    (
        "fr-FR",
        (
            "salut, mon national insurance anglais {NINO:spaced}, passeport {PASS:plain} expire le {#date}, permis {DL:plain}",
            "je suis chambre {#room}",
        ),
    ),
    (
        "fr-FR",
        (
            "la box {#model} affiche ip {IP:plain} et adresse mac {MAC:plain}, version {#version}",
            "login {USER:plain} mot de passe {PW:plain}",
        ),
    ),
    (
        "fr-FR",
        (
            "pour l'espagne dni {DNI:spaced} nie {NIE:plain} ; pour le mexique curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:noise}",
        ),
    ),
    (
        "fr-FR",
        (
            "filiale bresil cpf {CPF:spaced} cnpj {CNPJ:plain}, ma secu {NIR:plain}",
            "identifiant fiscal allemand {IDNR:spelled} et nif portugais {NIF:letters}",
        ),
    ),
    (
        "fr-FR",
        ("appelez moi au", "{PHONE:multi}", "{PHONE:more}", "{PHONE:more} merci, ticket {#ticket}"),
    ),
    ("fr-FR", ("virement sur le compte {ACCT:multi}", "{ACCT:more} merci, contrat {#contract}")),
    (
        "fr-FR",
        (
            "reinit mdp : utilisateur {USER:kv} nouveau mot de passe {PW:letters} ? colis {#tracking} bloqué depuis {#year}",
        ),
    ),
]
