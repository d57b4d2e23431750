"""French (fr-FR) templates. Part of the sealed split: do not read while tuning."""

Template = tuple[str, list[str]]

DEV: list[Template] = [
    (
        "fr-FR",
        [
            "bonjour ma carte {CARD.p} exp {EXP.cx} crypto {CVV.p} refusee pour la commande {mk.order}",
            "montant {mk.amount} €",
        ],
    ),
    (
        "fr-FR",
        [
            "code banque et guichet {ROUT.p} compte {ACCT.sd}",
            "et mon numero de secu c'est",
            "{NIR.ctx}",
        ],
    ),
    ("fr-FR", ["mon iban {IBAN.ib} bic {SWIFT.p}", "mail {EMAIL.at}"]),
    (
        "fr-FR",
        [
            "pour le Mexique CURP {CURP.p} RFC {RFC.p} CLABE {CLABE.sd}",
            "mon portable {PHONE.mm.a}",
            "{PHONE.mm.a} merci",
        ],
    ),
    ("fr-FR", ["passeport {PASS.p} permis {DL.p} code pin {PIN.sp} pour la location du {mk.date}"]),
    (
        "fr-FR",
        [
            "la box plante, ip {IP.p} mac {MAC.nz}",
            "acces admin http://{USER.cred}:{PWD.cred}@box.example.net",
        ],
    ),
    (
        "fr-FR",
        [
            "apres la maj {mk.version} on a ca dans les logs\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASK.kv}"
        ],
    ),
    (
        "fr-FR",
        [
            "SSN americain {SSN.p} ITIN {ITIN.sub} NINO {NINO.p}",
            "ma carte {CARD.mm.b}",
            "puis {CARD.mm.b}",
        ],
    ),
    ("fr-FR", ["DNI {DNI.p} NIE {NIE.p} CPF {CPF.p} CNPJ {CNPJ.p} Steuer-ID {STID.p} NIF {NIF.p}"]),
    ("fr-FR", ["le lien recu https://compte.example.com/verif?tel={PHONE.pct}&essai={mk.count}"]),
]

SEALED: list[Template] = [
    ("fr-FR", ["salut, carte {CARD.sd} expire {EXP.p} cryptogramme {CVV.p}"]),
    ("fr-FR", ["cb {CARD.nz} exp{EXP.cx} cvc {CVV.sp}"]),
    ("fr-FR", ["voila ma carte {CARD.sub} date d'expiration {EXP.sub}"]),
    ("fr-FR", ["vous voulez le numero de la carte ?", "{CARD.ctx}"]),
    ("fr-FR", ["ma carte c'est {CARD.mm.a}", "{CARD.mm.a}", "{CARD.mm.a} exp {EXP.p}"]),
    (
        "fr-FR",
        [
            "pardon erreur, la bonne carte {CARD.p} fin de validite {EXP.sp}, l'ancienne bloquee le {mk.date}"
        ],
    ),
    (
        "fr-FR",
        ["le distributeur a avale ma carte a {mk.time}, code {PIN.p}", "dossier {mk.ticket}"],
    ),
    ("fr-FR", ["code confidentiel {PIN.sub} et numero de compte {ACCT.p}"]),
    (
        "fr-FR",
        ["impossible de me connecter, identifiant {USER.p} mdp {PWD.p}, essaye {mk.count} fois"],
    ),
    ("fr-FR", ["ecrivez moi a {EMAIL.p} ou {EMAIL.at}", "commande {mk.order} toujours pas livree"]),
    (
        "fr-FR",
        ["le lien marche pas https://aide.example.com/reset?email={EMAIL.pct}&etape={mk.count}"],
    ),
    ("fr-FR", ["nouveau numero {PHONE.p}", "l'ancien {PHONE.sd}"]),
    ("fr-FR", ["rappelez moi au {PHONE.nz} apres {mk.time}"]),
    ("fr-FR", ["mon tel {PHONE.sp}"]),
    (
        "fr-FR",
        ["virement: banque/guichet {ROUT.sd} compte {ACCT.nz} swift {SWIFT.sd} de {mk.amount} €"],
    ),
    ("fr-FR", ["quel code guichet ?", "{ROUT.ctx}"]),
    ("fr-FR", ["numero de secu {NIR.p}, j'habite au {mk.street} rue de la Paix {mk.postcode}"]),
    ("fr-FR", ["secu {NIR.sd}", "celle de mon fils {NIR.nz}"]),
    ("fr-FR", ["nir {NIR.sp} pour le dossier {mk.contract}"]),
    ("fr-FR", ["iban\n{IBAN.ib}\nmerci bcp"]),
    ("fr-FR", ["versez sur {IBAN.mm.d}", "{IBAN.mm.d}", "{IBAN.mm.d}"]),
    ("fr-FR", ["IBAN {IBAN.p} BIC {SWIFT.p} facture {mk.invoice}"]),
    ("fr-FR", ["passeport {PASS.sd} vol {mk.flight} le {mk.date}", "permis de conduire {DL.sd}"]),
    ("fr-FR", ["permis {DL.nz} et passeport {PASS.sub}"]),
    ("fr-FR", ["serveur {IP.p} refuse, adresse mac {MAC.sd}", "modele {mk.model}"]),
    ("fr-FR", ["merci de revoquer: id {AKID.p} secret {ASK.p}"]),
    ("fr-FR", ["AWS_SECRET_ACCESS_KEY={ASK.kv}\nAWS_ACCESS_KEY_ID={AKID.kv}\nZONE=eu-west"]),
    ("fr-FR", ["MOT_DE_PASSE={PWD.kv}\nUTILISATEUR={USER.kv}"]),
    ("fr-FR", ["le sftp sftp://{USER.cred}:{PWD.cred}@fichiers.example.org/depot"]),
    ("fr-FR", ["je bosse aux US: SSN {SSN.sd} et ITIN {ITIN.p} pour {mk.year}"]),
    ("fr-FR", ["numero NI anglais {NINO.sd}", "et SSN {SSN.nz}"]),
    ("fr-FR", ["DNI espagnol {DNI.sd}, NIE {NIE.nz}"]),
    ("fr-FR", ["CURP {CURP.sd} RFC {RFC.nz} CLABE {CLABE.p}"]),
    ("fr-FR", ["CPF {CPF.sp} CNPJ {CNPJ.sd}"]),
    ("fr-FR", ["id fiscal allemand {STID.sd} et NIF portugais {NIF.sub}"]),
    ("fr-FR", ["adresse mail {EMAIL.at}", "tel {PHONE.sub}", "suivi colis {mk.tracking}"]),
    ("fr-FR", ["mon pseudo {USER.p} et mon mot de passe {PWD.p} svp aidez moi"]),
    ("fr-FR", ["le compte {ACCT.mm.c}", "{ACCT.mm.c} desole"]),
    ("fr-FR", ["chambre {mk.room}, carte {CARD.p} exp {EXP.p}"]),
    ("fr-FR", ["rib: banque {ROUT.sub} compte {ACCT.sub}"]),
    ("fr-FR", ["notez mon numero {PHONE.mm.e}", "{PHONE.mm.e} voila"]),
]
