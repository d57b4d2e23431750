# ruff: noqa: E501
"""French (fr-FR) templates. SEALED is the sealed split: do not read while tuning."""

REPS = {"dev": 8, "sealed": 12}
CTX: dict[str, list[str]] = {
    "CARD": ["carte", "numéro de carte", "n° carte", "cb", "carte bancaire", "numero de cart"],
    "CVV": ["cryptogramme", "crypto", "cvv", "code de securite"],
    "EXP": ["expiration", "exp", "date d'expi", "valable jusqu'a", "fin de validité"],
    "PIN": ["code pin", "code confidentiel", "pin", "code secret"],
    "PWD": ["mot de passe", "mdp", "mot de pass", "password"],
    "USER": ["identifiant", "login", "nom d'utilisateur", "pseudo"],
    "EMAIL": ["mail", "email", "adresse mail", "courriel"],
    "PHONE": ["tel", "portable", "numéro", "téléphone", "tél"],
    "ACCT": ["numero de compte", "n° de compte", "compte"],
    "ROUT": ["code banque et guichet", "code guichet", "code banque"],
    "IBAN": ["IBAN", "iban", "RIB"],
    "SWIFT": ["BIC", "SWIFT", "code bic"],
    "SSN": ["SSN", "social security américain"],
    "ITIN": ["ITIN", "numéro ITIN"],
    "NINO": ["national insurance", "NI number"],
    "PASS": ["passeport", "n° passeport", "passport"],
    "DL": ["permis", "permis de conduire", "n° de permis"],
    "IP": ["IP", "adresse ip", "ip publique"],
    "MAC": ["MAC", "adresse mac", "mac"],
    "AKEY": ["access key", "clé d'accès aws"],
    "SKEY": ["secret key", "clé secrète"],
    "DNI": ["DNI espagnol", "DNI"],
    "NIE": ["NIE", "NIE espagnol"],
    "CURP": ["CURP", "curp mexicain"],
    "RFC": ["RFC", "rfc mexicain"],
    "CLABE": ["CLABE", "clabe"],
    "CPF": ["CPF", "cpf bresilien"],
    "CNPJ": ["CNPJ", "cnpj"],
    "NIR": ["numéro de sécu", "numero de securite sociale", "NIR", "n° sécu", "carte vitale"],
    "STID": ["Steuer-ID", "identifiant fiscal allemand"],
    "NIF": ["NIF portugais", "NIF"],
}

DEV: list[list[str]] = [
    [
        "bonjour je vous donne la carte {a=CARD/multi}",
        "{a}",
        "pardon ça a coupé, c'est pour la commande {#order}",
    ],
    [
        "pour le remboursement de {#amount} mon {c:a} est {a=IBAN|ACCT|CLABE|PHONE/multi}",
        "{a}",
        "{a}",
    ],
    ["paiement refusé !! exp {e=EXP/cexp} et {c:v} {v=CVV/pl|spell|sub}, essayé à {#time}"],
    [
        "impossible de me connecter, mon mail c'est {m=EMAIL/mail}",
        "le lien https://compte.example.com/reinit?mail={p=EMAIL|PHONE|PWD/pct} tourne dans le vide",
    ],
    [
        "depuis la {#version} la sauvegarde plante : sftp://{u=USER/url}:{w=PWD/url}@sauvegarde.example.net/jour",
        "et le fichier contient\n{k=AKEY|SKEY/kv}",
    ],
    [
        "ok vous voulez mon {c:a} pour verifier, le voici",
        "{a=NIR|PASS|DL|SSN|ITIN|NINO|DNI|NIE/ctx}",
    ],
    [
        "pour la facture {#invoice} le {c:a} est {a=NIR|CPF|CNPJ|RFC|STID|NIF|CURP|PHONE/noise|sd|sub|spell}"
    ],
    ["rendez moi la caution sur {i=IBAN/ib}\nBIC {s=SWIFT/pl} merci, appart {#room}"],
    ["la box {#model} se deconnecte sans arret. ip {x=IP/pl} mac {y=MAC/pl|sd}"],
    ["identifiant {u=USER/pl} mdp {p=PWD/pl} et le {c:n} {n=PIN/pl|spell|sub} svp c'est urgent"],
    [
        "pour le virement du salaire : {c:r} {r=ROUT/pl|sd}, {c:a} {a=ACCT/pl|noise} a partir du {#date}"
    ],
    [
        "vous pouvez me rappeler au {p=PHONE/pl|sd|noise|spell} apres {#time} ? prélevé {#count} fois"
    ],
]

SEALED: list[list[str]] = [
    [
        "bonsoir on m'a debité deux fois {#amount} le {#date}",
        "la carte {a=CARD/pl|sd|noise} expire {e=EXP/pl}",
        "crypto {v=CVV/pl}",
    ],
    ["payez plutot avec celle ci {a=CARD/multi}", "{a}"],
    ["cb {a=CARD/multi}", "{a}", "{a}", "exp{e=EXP/cexp}"],
    ["nouvelle carte : {a=CARD/sub|spell} valable {e=EXP/cexp} cryptogramme {v=CVV/spell|pl}"],
    ["vous voulez quoi, le {c:a} ?", "{a=CARD|IBAN|NIR|PHONE|EMAIL|PASS|DL|NIF/ctx}"],
    ["pour la mutuelle mon {c:n} est {n=NIR/pl|sd|noise|sub|spell}, dossier {#contract}"],
    ["mon {c:n}", "{n=NIR/multi}", "{n}"],
    ["le proprio veut le loyer sur {i=IBAN/ib} avant le {#date}, bic {s=SWIFT/pl}"],
    ["l'iban {i=IBAN/multi}", "{i}", "{i}"],
    ["reservation {#booking} vol {#flight}, {c:p} {p=PASS/pl|sd} et {c:d} {d=DL/pl}"],
    ["pour la location de voiture ils veulent le {c:d}", "{d=DL|PASS/ctx}"],
    [
        "j'ai bossé au mexique : {c:c} {c=CURP/pl|sd} {c:r} {r=RFC/pl|noise} {c:l} {l=CLABE/pl|sd|sub}"
    ],
    [
        "au bresil {c:c} {c=CPF/pl|sd|spell} societe {c:n} {n=CNPJ/pl|noise|sub}",
        "et en allemagne {c:t} {t=STID/pl|noise|sub}",
    ],
    [
        "à madrid {c:d} {d=DNI|NIE/pl|sd}; aux usa {c:s} {s=SSN|ITIN/pl|sd}",
        "et à londres {c:k} {k=NINO/pl|noise}, au portugal {c:f} {f=NIF/pl|spell}",
    ],
    ["j'ai changé de mail : {m=EMAIL/pl|mail}", "oups erreur, c'est {n=EMAIL/mail}"],
    [
        "le lien d'invitation https://app.example.org/rejoindre?user={p=EMAIL/pct}&equipe={#count} a expiré"
    ],
    [
        "j'ai reçu un sms https://sms.example.com/verif?tel={p=PHONE/pct} c'est une arnaque ? commande {#order}"
    ],
    ["mon {c:p} {p=PHONE/pl} ou celui de ma femme {q=PHONE/sd|noise}, avant {#time}"],
    ["nouveau numéro", "{p=PHONE/multi}", "{p}"],
    ["envoyez moi un sms au {p=PHONE/spell|sub} svp"],
    [
        "le depot est configuré https://{u=USER/url}:{w=PWD/url}@git.example.com/boutique.git c'est ça le souci ?"
    ],
    ["voici la conf :\n{k=AKEY/kv}\n{s=SKEY/kv}\nversion {#version}"],
    ["j'ai collé la {c:s} {s=SKEY|AKEY/pl} dans le ticket {#ticket}, supprimez svp"],
    ["j'ai oublié le {c:p}, l'ancien c'etait {p=PWD/pl|kv} et l'{c:u} {u=USER/pl}"],
    ["le distributeur a avalé ma carte, {c:n} {n=PIN/pl|sub|spell} et elle finit par {l=CARD/pl}"],
    ["appareil {#model} bloqué, {c:m} {m=MAC/pl|sd}, {c:i} {i=IP/pl}"],
    [
        "colis {#tracking} jamais arrivé au {#street} rue des Lilas {#zip}, appelez {p=PHONE/pl|sd} ou {m=EMAIL/mail|pl}"
    ],
    ["prélèvement : {c:r} {r=ROUT/pl|noise} {c:a} {a=ACCT/pl|sd|spell|sub}"],
]
