"""English customer turns (en-US, en-GB). Whole templates belong to one split."""

Template = tuple[str, tuple[str, ...]]

DEV: list[Template] = [
    (
        "en-US",
        (
            "hi, charged twice for order {#order} ({#amount}). card is {CARD:plain} exp{EXP:compact} cvv {CVV:spelled}",
            "oh and the app asks a pin, its {PIN:letters} lol",
        ),
    ),
    (
        "en-GB",
        (
            "can u ring me back on",
            "{PHONE:multi}",
            "{PHONE:more} after {#time} pls, or email {EMAIL:at}",
        ),
    ),
    (
        "en-US",
        (
            "our vpn broke after update {#version}: {CRED:url} ip {IP:plain} mac {MAC:plain}",
            "{AKEY:kv}\n{SKEY:kv}",
            "reset link was {EMAIL:pct} fyi",
        ),
    ),
    (
        "en-GB",
        (
            "refund to IBAN {IBAN:broken} BIC {SWIFT:plain}, acct {ACCT:noise} sort code {ROUT:spaced}",
            "also mexican account clabe {CLABE:plain} for my brother, passport {PASS:plain} driving licence {DL:plain}",
        ),
    ),
    (
        "en-US",
        (
            "tax forms: ssn {SSN:plain}, spouse itin {ITIN:spaced}, uk NI no {NINO:plain}, dni {DNI:plain}",
            "and my NIE?",
            "{NIE:ctx}",
            "curp {CURP:plain} rfc {RFC:plain} cpf {CPF:plain} cnpj {CNPJ:plain} nir {NIR:plain} steuer id {IDNR:plain} nif {NIF:plain}, login {USER:plain} pw {PW:plain}",
        ),
    ),
]

SEALED: list[Template] = [
    (
        "en-US",
        (
            "yeah so the card ending thing didnt work, full number {CARD:spaced} expires {EXP:plain}",
            "security code {CVV:plain} and zip {#zip}",
        ),
    ),
    (
        "en-GB",
        (
            "my card is {CARD:multi}",
            "{CARD:more}",
            "sorry got cut off, exp {EXP:compact} cvc {CVV:letters}",
        ),
    ),
    (
        "en-US",
        (
            "new phone who dis 😅 jk its me, number changed to {PHONE:noise}, old one {PHONE:spelled}",
            "booking {#booking} flight {#flight} on {#date}",
        ),
    ),
    (
        "en-GB",
        ("pin for the card reader is {PIN:spelled} i think, or {PIN:plain}? tried {#count} times",),
    ),
    (
        "en-US",
        (
            "IT here: {CRED:url} stopped working since {#date}",
            "env file has\n{AKEY:kv}\n{SKEY:kv}\n{PW:kv}",
        ),
    ),
    ("en-GB", ("email me at {EMAIL:at} not the old {EMAIL:plain}", "link i got: {EMAIL:pct}")),
    (
        "en-US",
        (
            "wire instructions: routing {ROUT:letters} account {ACCT:spaced}, swift {SWIFT:plain} iban {IBAN:plain}",
            "invoice {#invoice} for {#amount}",
        ),
    ),
    ("en-GB", ("sort code {ROUT:plain} acc no {ACCT:plain} and for the euro one", "{IBAN:broken}")),
    (
        "en-US",
        (
            "what is my ssn again on file? should be {SSN:noise}",
            "and the itin for my mom",
            "{ITIN:ctx}",
        ),
    ),
    (
        "en-GB",
        (
            "hiya, NI number {NINO:spaced}, passport {PASS:plain} exp {#date}, licence {DL:plain}",
            "room {#room} at the hotel btw",
        ),
    ),
    (
        "en-US",
        (
            "router {#model} shows ip {IP:plain} and mac {MAC:plain}, fw {#version}",
            "user {USER:plain} pass {PW:plain}",
        ),
    ),
    (
        "en-US",
        (
            "for the spanish branch: dni {DNI:spaced} nie {NIE:plain}; mexico curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:noise}",
        ),
    ),
    (
        "en-GB",
        (
            "brazil office cpf {CPF:spaced} cnpj {CNPJ:plain}, france nir {NIR:plain}",
            "german tax id {IDNR:spelled} and portugal nif {NIF:letters}",
        ),
    ),
    (
        "en-US",
        ("call me at", "{PHONE:multi}", "{PHONE:more}", "{PHONE:more} thx, ticket {#ticket}"),
    ),
    ("en-GB", ("transfer to account {ACCT:multi}", "{ACCT:more} cheers, ref {#contract}")),
    (
        "en-US",
        (
            "pwd reset: user {USER:kv} new pass {PW:letters}? tracking {#tracking} still stuck since {#year}",
        ),
    ),
]
