# ruff: noqa: E501
"""English (en-US, en-GB) templates. SEALED is the sealed split: do not read while tuning.

Slots: ``{v=TYPES/FAMILIES}`` draws a value (options cycle by rep), ``{v}`` continues a
multi-message value, ``{c:v}`` is a context word for v's type, ``{#kind}`` a hard negative,
a leading ``@locale`` fixes the locale.
"""

CTX: dict[str, list[str]] = {
    "CARD": ["card number", "card no", "crd #", "debit card", "visa", "cc number", "card"],
    "CVV": ["cvv", "cvc", "security code", "secuirty code", "CVV code"],
    "EXP": ["exp", "expiry", "expiration", "exp date", "expires", "valid thru"],
    "PIN": ["pin", "PIN", "pin number", "pin code"],
    "PWD": ["password", "pwd", "passwrd", "pass", "pw"],
    "USER": ["username", "user name", "login", "user id", "handle"],
    "EMAIL": ["email", "e-mail", "mail", "email addy"],
    "PHONE": ["phone", "cell", "mobile", "number", "ph", "tel"],
    "ACCT": ["account number", "acct no", "acct #", "account", "acount number"],
    "ACCT@en-GB": ["account number", "acc no", "account no", "acct"],
    "ROUT": ["routing number", "ABA", "routing #", "rtn", "routing"],
    "ROUT@en-GB": ["sort code", "sortcode", "sort cd", "s/c"],
    "IBAN": ["IBAN", "iban", "IBAN no", "international account number"],
    "SWIFT": ["SWIFT", "BIC", "swift code", "bic/swift"],
    "SSN": ["SSN", "social", "social security number", "soc sec #", "ssn"],
    "ITIN": ["ITIN", "itin", "taxpayer id", "individual tax id"],
    "NINO": ["NI number", "national insurance number", "NINO", "NI no", "nat insurance"],
    "PASS": ["passport", "passport number", "passport no", "pasport #"],
    "DL": ["driver's license", "drivers licence", "DL", "license number", "driving licence no"],
    "IP": ["IP", "ip address", "public IP", "IP addr"],
    "MAC": ["MAC", "mac address", "MAC addr", "hardware address"],
    "AKEY": ["access key", "AWS key id", "access key id"],
    "SKEY": ["secret key", "aws secret", "secret access key"],
    "DNI": ["Spanish DNI", "DNI", "spanish ID"],
    "NIE": ["NIE", "foreigner ID (NIE)", "nie number"],
    "CURP": ["CURP", "mexican CURP", "curp"],
    "RFC": ["RFC", "mexican tax id (RFC)", "rfc"],
    "CLABE": ["CLABE", "clabe", "mexican CLABE"],
    "CPF": ["CPF", "brazilian CPF", "cpf"],
    "CNPJ": ["CNPJ", "company CNPJ", "cnpj"],
    "NIR": ["French social security number", "NIR", "numero de secu"],
    "STID": ["German tax ID", "Steuer-ID", "steuer id", "tax id (Germany)"],
    "NIF": ["Portuguese NIF", "NIF", "nif"],
}

DEV: list[list[str]] = [
    ["hey so my card is {a=CARD/multi}", "{a}", "sorry phone died lol that was for order {#order}"],
    [
        "need to update payment details for the {#amount} refund. {c:a} is {a=IBAN|ACCT|CLABE|PHONE/multi}",
        "{a}",
        "{a}",
    ],
    ["it says declined?? exp {e=EXP/cexp} and {c:v} {v=CVV/pl|spell|sub}, I tried at {#time} too"],
    [
        "can't get into the app. my email is {m=EMAIL/mail}",
        "the reset link was https://account.example.com/reset?email={p=EMAIL|PHONE|PWD/pct} and it just spins",
    ],
    [
        "our deploy is broken since {#version}, the backup job uses sftp://{u=USER/url}:{w=PWD/url}@backup.example.net/daily",
        "and the env has\n{k=AKEY|SKEY/kv}",
    ],
    [
        "ok you asked for my {c:a} for the verification, here it is",
        "{a=SSN|ITIN|NINO|PASS|DL|DNI|NIE|CURP/ctx}",
    ],
    [
        "for the invoice {#invoice} the {c:a} is {a=RFC|CPF|CNPJ|NIR|STID|NIF|SSN|PHONE/noise|sd|sub|spell}"
    ],
    ["@en-GB", "pls send the deposit back to {i=IBAN/ib}\nBIC {s=SWIFT/pl} thanks, flat {#room}"],
    ["the router ({#model}) keeps dropping. ip {x=IP/pl} mac {y=MAC/pl|sd}"],
    ["login {u=USER/pl} pw {p=PWD/pl} and the card {c:n} is {n=PIN/pl|spell|sub} pls fix asap"],
    ["direct deposit form: {c:r} {r=ROUT/pl|sd}, {c:a} {a=ACCT/pl|noise} - start {#date}"],
    [
        "can someone call me back at {p=PHONE/pl|sd|noise|spell} after {#time}? got {#count} bills wrong"
    ],
]

SEALED: list[list[str]] = [
    [
        "Hi!! I was charged twice for {#amount} on {#date}",
        "the card is {a=CARD/pl|sd|noise}, expires {e=EXP/pl}",
        "and the CVV {v=CVV/pl}",
    ],
    ["pay with this one instead {a=CARD/multi}", "{a}"],
    ["card {a=CARD/multi}", "{a}", "{a}", "exp {e=EXP/cexp}"],
    ["my new card: {a=CARD/sub|spell} exp{e=EXP/cexp} cvc {v=CVV/spell|pl}"],
    ["what do you need? {c:a}?", "{a=CARD|IBAN|ACCT|PHONE|EMAIL|PASS|SSN|NINO/ctx}"],
    [
        "@en-US",
        "filing for my mom, her {c:s} is {s=SSN/pl|sd|noise|sub} and mine is {t=ITIN/pl|sd|spell}",
    ],
    [
        "@en-US",
        "wire from the {#invoice} client failed. my {c:r} is {r=ROUT/pl|noise|sub} and {c:a} {a=ACCT/pl|sd|spell}",
    ],
    [
        "@en-GB",
        "setting up the standing order: {c:r} {r=ROUT/pl|sd} acc {a=ACCT/pl|noise|sub}, ref {#contract}",
    ],
    ["@en-GB", "HMRC letter says my {c:n} is wrong, it's {n=NINO/pl|sd|noise} not what you have"],
    ["@en-GB", "the landlord wants rent to {i=IBAN/ib} by {#date}, BIC {s=SWIFT/pl}"],
    ["iban is {i=IBAN/multi}", "{i}", "{i}"],
    ["received {#amount} from {i=IBAN/pl|sd} swift {s=SWIFT/pl} but my balance shows nothing"],
    [
        "i booked {#booking} flight {#flight} and need to add my {c:p} {p=PASS/pl|sd} and {c:d} {d=DL/pl}"
    ],
    ["for the car rental they want a {c:d}", "{d=DL|PASS/ctx}"],
    ["hi i moved to madrid in {#year}, my {c:n} is {n=NIE|DNI/pl|sd|noise} and postcode {#zip}"],
    ["work visa stuff: {c:c} {c=CURP/pl|sd} and {c:r} {r=RFC/pl|noise}"],
    ["my brazilian {c:c} {c=CPF/pl|sd|sub|spell}, company {c:n} {n=CNPJ/pl|noise}"],
    ["the french office needs my {c:n}: {n=NIR/pl|sd|spell|sub}"],
    [
        "tax office in Berlin asked for the {c:t}, {t=STID/pl|sd|noise|spell} and my {c:n} from Lisbon {n=NIF/pl|sub}"
    ],
    ["transfer to mexico, {c:c}", "{c=CLABE/multi}", "{c}"],
    ["the mexican {c:c} is {c=CLABE/pl|sd|noise|sub}, amount {#amount}"],
    ["hey my email changed to {m=EMAIL/pl|mail}", "sorry typo, its {n=EMAIL/mail}"],
    ["the invite link https://app.example.org/join?user={p=EMAIL/pct}&team={#count} says expired"],
    ["click to call didnt work: tel:{p=PHONE/pct}"],
    [
        "I got a text from https://sms.example.com/verify?to={p=PHONE/pct} is it legit? also the code was for order {#order}"
    ],
    ["my number {p=PHONE/pl} or my wife's {q=PHONE/sd|noise}, both fine before {#time}"],
    ["new number!", "{p=PHONE/multi}", "{p}"],
    ["text me at {p=PHONE/spell|sub} pls"],
    ["@en-US", "the auto-pay uses {c:r} {r=ROUT/multi}", "{r}"],
    [
        "our repo is configured as https://{u=USER/url}:{w=PWD/url}@git.example.com/shop.git - is that why it leaks?"
    ],
    [
        "support asked for the config, here:\n{k=AKEY/kv}\n{s=SKEY/kv}\nregion eu-west and {#version}"
    ],
    ["oops I pasted {c:s} {s=SKEY|AKEY/pl} in the ticket {#ticket}, can you delete it"],
    ["config.env:\n{p=PWD/kv}\n{u=USER/kv}\nport {#count}"],
    ["forgot my {c:p}. old one was {p=PWD/pl} and username {u=USER/pl}, version {#version}"],
    ["your {c:p}?", "{p=PWD|PIN|USER/ctx}"],
    ["the atm ate my card, {c:n} {n=PIN/pl|sub|spell} and card ending in {l=CARD/pl}"],
    ["device {#model} blocked, {c:m} {m=MAC/pl|sd}, {c:i} {i=IP/pl}", "and at home {j=IP/pl}"],
    ["hotel room {#room} wifi won't let me in, my laptop {c:m} is {m=MAC/pl}"],
    [
        "package {#tracking} never came to {#street} Elm St {#zip}. reach me {p=PHONE/pl|sd} or {m=EMAIL/pl|mail}"
    ],
    [
        "Insurance claim {#contract}: policyholder {c:s} {s=SSN|NINO/pl|spell}, phone {p=PHONE/noise|pl}"
    ],
    ["i paid {#amount} with card {a=CARD/pl|noise} at {#time} and it went through {#count} times"],
    ["clinic portal: login {u=USER/pl}, pw {p=PWD/pl}, DOB irrelevant, just reset it pls"],
]
