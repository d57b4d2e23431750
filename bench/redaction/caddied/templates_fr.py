"""French customer turns (fr-FR). Each template: (locale or "", message, ...)."""
# ruff: noqa: E501  -- template data: one customer message per string, unsplit on purpose.

from __future__ import annotations

Template = tuple[str, ...]

DEV: list[Template] = [
    (
        "",
        "bonjour, ma carte {CARD:sd} expire {EXP:cexp}, cryptogramme {CVV:sub}, commande {#order}",
    ),
    ("", "je vous donne la carte {CARD:mmA}", "{CARD:mmB}", "desole ca a coupé"),
    ("", "mon numero de secu {NIR:spell} et mon RIB code banque {ROUTING} compte {ACCT:noise}"),
    ("", "mon IBAN pour le remboursement", "{IBAN:ib}"),
    ("", "le code pin demandé plus haut", "{PIN:ctx}"),
    (
        "",
        "le lien de reinit pointe vers https://compte.example.fr.example.com/reset?mail={EMAIL:pct} c'est pas moi",
        "moi c'est {EMAIL:es}",
    ),
    (
        "",
        "identifiant {USER} mot de passe {PW}, et en ftp ftp://{USER:urlc}:{PW:urlc}@depot.example.net",
    ),
    (
        "",
        "voila le fichier de conf:\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
        "box {#model}, ip {IP}, mac {MAC}",
    ),
    ("", "passeport {PASSPORT}, permis de conduire {DL}, vol {#flight} le {#date}"),
    ("", "j'ai bossé aux US: SSN {SSN} et ITIN de ma femme {ITIN}, au UK mon NI {NINO}"),
    ("", "pour les filiales: DNI {DNI}, NIE {NIE}, CURP {CURP}, RFC {RFC}, CLABE {CLABE}"),
    ("", "et aussi CPF {CPF}, CNPJ {CNPJ}, Steuer-ID {IDNR}, NIF {NIF}, BIC {SWIFT}"),
    ("", "rappelez moi au {PHONE:mmA}", "{PHONE:mmB}", "{PHONE:mmC} apres {#time} svp"),
]

SEALED: list[Template] = [
    (
        "",
        "Bonjour, j'ai été débité deux fois de {#amount} sur ma carte {CARD} (exp {EXP}) pour la commande {#order}",
    ),
    ("", "num carte {CARD:noise} date d'expi {EXP:cexp} et le code au dos {CVV:spell}"),
    ("", "carte bleue {CARD:sub} expire fin {EXP}"),
    ("", "ma cb {CARD:spell}"),
    ("", "voici la carte {CARD:mmA}", "{CARD:mmB} suite", "{CARD:mmC} fin"),
    ("", "code secret {PIN:spell}... je sais je sais"),
    ("", "mon code pin c'est {PIN:noise} il marche plus depuis le {#date}"),
    ("", "le cryptogramme?", "{CVV:ctx}"),
    ("", "n° de securite sociale {NIR}, né en {#year}"),
    ("", "NIR {NIR:sd} pour la mutuelle, dossier {#contract}"),
    ("", "secu {NIR:noise} svp corrigez"),
    ("", "mon tel {PHONE} ou le fixe {PHONE:sd}"),
    ("", "portable {PHONE:sub}"),
    ("", "mon numéro: {PHONE:spell}"),
    ("", "sur le site l'url est https://espace.example.org/profil?tel={PHONE:pct} et ça bug"),
    ("", "envoyez a {EMAIL} merci, code postal {#zip}"),
    ("", "mon mail {EMAIL:es} (tout en minuscule)"),
    ("", "la page https://boutique.example.com/connexion?login={USER:pct} me renvoie une erreur"),
    ("", "login {USER} / mdp {PW} bloqué depuis {#time}"),
    ("", "DB_PASSWORD={PW:kv}\nDB_USER={USER:kv}\nsur la version {#version}"),
    (
        "",
        "l'url de l'agenda partagé https://{USER:urlc}:{PW:urlc}@cal.example.com/dav c'est normal?",
    ),
    (
        "",
        "aws_secret_access_key={AKSECRET:kv}",
        "aws_access_key_id={AKID:kv} on les a publiées par erreur, ticket {#ticket}",
    ),
    ("", "les clés {AKID} et {AKSECRET} sont compromises"),
    ("", "adresse ip {IP} et adresse mac {MAC:sd}, chambre {#room}"),
    ("", "mac {MAC} derrière l'ip {IP}"),
    ("", "IBAN {IBAN} BIC {SWIFT}"),
    ("", "mon iban {IBAN:ib} au nom de ma femme"),
    ("", "iban en morceaux {IBAN:mmA}", "{IBAN:mmB} voila", "{IBAN:mmC} c'est tout"),
    ("", "code guichet/banque {ROUTING} num de compte {ACCT:sd}"),
    ("", "compte {ACCT:mmA}", "{ACCT:mmB} pardon"),
    ("", "numero de compte demandé", "{ACCT:sub}"),
    ("", "passeport n° {PASSPORT}, vol {#flight}, {#count} valises"),
    ("", "permis {DL:noise} et passeport {PASSPORT:sd}"),
    ("", "mon SSN americain {SSN:sd}, ITIN {ITIN:spell}, zip {#zip_plus_four}"),
    ("", "National Insurance {NINO:sd} quand j'étais à Londres"),
    ("", "papiers espagnols: DNI {DNI:sd}, NIE {NIE:noise}"),
    ("", "pour le Mexique: CURP {CURP}, RFC {RFC}, CLABE {CLABE:sd}"),
    ("", "fournisseur brésilien CPF {CPF:sub}, CNPJ {CNPJ:sd}"),
    ("", "mon Steuer-ID allemand {IDNR:sd} et NIF portugais {NIF:noise}"),
    ("", "colis {#tracking} commandé le {#date}, facture {#invoice}, {#amount} payés"),
    ("", "exp{EXP:cexp} crypto {CVV:sub}"),
    ("", "rappelez-moi {PHONE:mmA}", "{PHONE:mmB} merci"),
    ("", "la mise à jour {#version} a cassé la box {#model}, {#count} appareils"),
    ("", "le BIC c'est {SWIFT:spell}"),
]
