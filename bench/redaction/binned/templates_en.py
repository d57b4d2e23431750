# ruff: noqa: E501 - each string is one customer turn; wrapping it would hide its wording.
"""English customer turns (en-US, en-GB). Sealed: never tune a detector against SEALED."""

DEV = [
    (
        "en-US",
        [
            "hi my card is {CARD:plain} exp {EXP:cexp} cvv {CVV:plain}, order #{#order} never shipped"
        ],
    ),
    (
        "en-US",
        [
            "need to update direct deposit",
            "routing {ROUTING:plain} acct {ACCT:sod}",
            "ssn is {SSN:noise} and my itin {ITIN:plain}, form due {#date}",
        ],
    ),
    (
        "en-GB",
        [
            "NI number {NINO:plain}, sort code {ROUTING:sod}",
            "iban is {IBAN:ibanb} and bic {BIC:plain} cheers",
        ],
    ),
    ("en-US", ["call me back on {PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    (
        "en-US",
        [
            "username {USER:plain} password {PW:plain}",
            "also tried https://{USER:urlcred}:{PW:urlcred}@portal.example.com on app v{#version}, no luck",
        ],
    ),
    (
        "en-US",
        [
            "email me at {EMAIL:emailsp} or use the link https://help.example.com/reset?email={EMAIL:pct}"
        ],
    ),
    (
        "en-US",
        [
            "dev here, leaked this in a ticket:",
            "AWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
            "box ip {IP:plain} mac {MAC:plain}",
        ],
    ),
    (
        "en-US",
        [
            "passport # {PASSPORT:plain} and drivers lic {DL:plain} for the rental at {#time}",
            "ok what do u need",
            "pin?",
        ],
    ),
    ("en-GB", ["which pin do you want lol", "{PIN:ctx}"]),
    ("en-GB", ["my spanish dni {DNI:plain}, wifes NIE {NIE:plain}, we moved in {#year}"]),
    ("en-US", ["mexican paperwork: curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:letters}"]),
    (
        "en-US",
        [
            "brazil cpf {CPF:plain} company cnpj {CNPJ:sod}",
            "french secu {NIR:spelled}",
            "german tax id {IDNR:plain} + portuguese nif {NIF:plain}",
        ],
    ),
    (
        "en-GB",
        ["card number {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga} sorry phone died"],
    ),
]

SEALED = [
    (
        "en-US",
        [
            "Hey, got charged twice ${#amount} for order {#order}. card ending whatever, full number {CARD:sod} exp {EXP:plain}"
        ],
    ),
    ("en-US", ["my visa {CARD:noise} and the security code is {CVV:spelled}"]),
    ("en-US", ["cc# {CARD:letters} expiry {EXP:letters} thx"]),
    ("en-US", ["hello?? my debit card", "{CARD:ctx}", "exp{EXP:cexp} and cvc {CVV:plain}"]),
    (
        "en-GB",
        [
            "Card no {CARD:plain}, expires {EXP:plain}, the three digits on the back are {CVV:sod}. Booking ref {#booking}"
        ],
    ),
    ("en-US", ["pls block card {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga}"]),
    (
        "en-US",
        ["ATM ate my card at {#time}, the pin was {PIN:plain}, new one should be {PIN:letters}"],
    ),
    ("en-US", ["my pin number is {PIN:spelled} dont tell anyone haha"]),
    ("en-GB", ["security number for the card?", "{CVV:ctx}"]),
    ("en-US", ["pw is {PW:plain} and user name {USER:plain}, locked out since {#date}"]),
    (
        "en-US",
        [
            "here is the env file from the ticket {#ticket}:\nDB_PASSWORD={PW:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}"
        ],
    ),
    (
        "en-US",
        ["tried ftp://{USER:urlcred}:{PW:urlcred}@files.example.net and it says error {#model}"],
    ),
    ("en-GB", ["new email is {EMAIL:plain}, old one {EMAIL:emailsp} (sorry typo before)"]),
    ("en-US", ["the unsubscribe link was https://shop.example.org/u?e={EMAIL:pct}&id={#order}"]),
    ("en-US", ["text me at {PHONE:plain} or my husband {PHONE:sod} after {#time}"]),
    ("en-US", ["my number is {PHONE:spelled}"]),
    ("en-GB", ["ring me on {PHONE:plain} pls, flat {#room}, postcode {#postcode}"]),
    ("en-GB", ["landline {PHONE:letters} mobile is dead"]),
    ("en-US", ["callback form url was https://telco.example.com/cb?phone={PHONE:pct}"]),
    ("en-US", ["my cell number", "{PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    ("en-US", ["wire details: routing {ROUTING:sod}, account {ACCT:plain}, amount ${#amount}"]),
    ("en-US", ["ABA# {ROUTING:noise} checking acct {ACCT:letters}"]),
    ("en-US", ["account number for autopay", "{ACCT:ctx}"]),
    ("en-US", ["acct {ACCT:multi:ga}", "{ACCT:multi:ga} thats the savings one"]),
    ("en-GB", ["sort code {ROUTING:plain} and acc no {ACCT:spelled}, invoice {#invoice}"]),
    ("en-GB", ["pay the refund to IBAN {IBAN:plain} BIC {BIC:plain} pls"]),
    ("en-GB", ["iban (copied from the app sorry for the mess)\n{IBAN:ibanb}"]),
    ("en-GB", ["International transfer: {IBAN:sod}, swift code {BIC:sod}"]),
    ("en-US", ["social is {SSN:plain}, zip {#zip4}"]),
    ("en-US", ["ss# {SSN:spelled} and my wifes {SSN:letters}"]),
    ("en-US", ["my ITIN {ITIN:sod} for the {#year} return", "itin again", "{ITIN:ctx}"]),
    ("en-GB", ["nat insurance no. {NINO:sod} moving to {#street} High St"]),
    ("en-GB", ["National Insurance: {NINO:noise}"]),
    ("en-US", ["flight {#flight} tomorrow, passport no {PASSPORT:sod}", "and my DL is {DL:noise}"]),
    ("en-GB", ["driving licence number {DL:plain}, passport {PASSPORT:noise}"]),
    (
        "en-US",
        ["router shows ip {IP:plain} and device mac {MAC:sod}, model {#model} firmware {#version}"],
    ),
    ("en-US", ["someone logged in from {IP:noise}?? my mac addr is {MAC:plain}"]),
    ("en-US", ["key id {AKID:plain} secret {AKSECRET:plain} please rotate"]),
    ("en-US", ["AWS_ACCESS_KEY_ID={AKID:kv}", "the secret", "{AKSECRET:ctx}"]),
    ("en-GB", ["Spanish DNI {DNI:sod}, NIE {NIE:noise} for the flat contract {#contract}"]),
    ("en-US", ["CURP {CURP:sod} RFC {RFC:noise} and CLABE {CLABE:plain} for payroll"]),
    ("en-US", ["clabe interbancaria {CLABE:spelled}"]),
    ("en-US", ["CPF {CPF:letters} and cnpj {CNPJ:plain} of my shop, {#count} items"]),
    ("en-GB", ["french social security number {NIR:plain}, german steuer-id {IDNR:sod}"]),
    ("en-GB", ["NIF {NIF:sod} for the invoice pls, {#amount} EUR"]),
    ("en-US", ["tax id {IDNR:multi:ga}", "{IDNR:multi:ga}"]),
    ("en-GB", ["cpf {CPF:multi:ga}", "{CPF:multi:ga}", "{CPF:multi:ga}"]),
    ("en-US", ["Tracking {#tracking} says delivered. card {CARD:plain} exp {EXP:cexp} refund pls"]),
    (
        "en-US",
        [
            "order {#order} placed {#date} for ${#amount}, still nothing. zip {#zip4}",
            "u can reach me at {PHONE:plain}",
        ],
    ),
]
