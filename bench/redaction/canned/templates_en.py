"""English customer messages, written by hand. Placeholders: see generate.py."""

T = [
    (
        "*",
        "hi my card got declined at checkout, its {CARD:*} exp {EXP:*}",
        "order {#order} btw, acct email {EMAIL:*}",
    ),
    (
        "*",
        "hello??",
        "i need to update my card for the subscription. new one is {CARD:sp} and the security code is {CVV:ctx}",
    ),
    ("en-US", "card number: {CARD:plain}\nexp: {EXP:cexp}\ncvv {CVV:*}"),
    ("*", "my card is {CARD:mm=g1}", "{CARD:mm=g1}", "sorry pressed enter too soon"),
    (
        "*",
        "ok so the number on the card {CARD:mm=g1}",
        "then {CARD:mm=g1}",
        "and {CARD:mm=g1} expires {EXP:*}",
    ),
    (
        "*",
        "someone tried to use my debit card ending... actually full number is {CARD:noise}. it was {#price} on {#date}",
    ),
    ("*", "forgot my pin lol. is it {PIN:*}? thats what i tried {#count} times and now its locked"),
    (
        "en-US",
        "pls change my direct deposit. routing {ROUT.US:*} account {ACCT.US:*}",
        "effective {#date} if possible",
    ),
    (
        "en-US",
        "wire details for the refund: acct # {ACCT:ctx} / aba {ROUT.US:plain}, amount {#price}",
    ),
    (
        "en-GB",
        "sort code {ROUT.GB:*} acc no {ACCT.GB:*} - can you check why the standing order of {#price} bounced",
    ),
    ("*", "iban is {IBAN:*} and the bic {SWIFT:plain}", "for invoice {#inv}"),
    ("*", "here's my iban from the app {IBAN:ibr}"),
    (
        "*",
        "I'm paying from my german account, IBAN {IBAN.DE:*} BLZ {ROUT.DE:plain}",
        "it's for the flat deposit of {#price}",
    ),
    ("*", "you can reach me on {PHONE:*} after {#time}", "or email {EMAIL:*}"),
    ("*", "my number changed, new one {PHONE:mm=g1}", "{PHONE:mm=g1}"),
    ("*", "text me at {PHONE:spell} plz, my data plan {#size} ran out"),
    (
        "*",
        "link from the reset page wont load: https://accounts.example.com/reset?email={EMAIL:pct}&step=verify",
    ),
    ("*", "they called from {PHONE:pct}?? the link said tel:{PHONE:pct} is that you guys"),
    ("*", "email is {EMAIL:esp}, please resend the receipt for order {#order}"),
    (
        "en-US",
        "for the tax form they want my ssn {SSN:*}",
        "and my wife only has an itin: {ITIN:*}",
    ),
    ("en-US", "SSN {SSN:mm=g1}", "{SSN:mm=g1} sorry"),
    ("en-GB", "updating my payroll details, NI number {NINO:*}, starting {#date}"),
    ("en-GB", "my national insurance no. is {NINO:plain} and mobile {PHONE.GB:*}"),
    ("*", "booking {#booking} flight {#flight} - passport number {PASSPORT:*} expires next year"),
    ("*", "car rental pickup at {#time}, drivers license {DL:*}, ref {#ref}"),
    (
        "*",
        "can't log in. username {USER:ctx} password {PWD:ctx}",
        "tried like {#count} times. recovery phone is {PHONE:*}",
    ),
    (
        "*",
        "i set it up like this in the app config: ftp://{USER:url}:{PWD:url}@files.example.com/uploads",
    ),
    (
        "*",
        "our dev pasted this in the ticket {#ticket} by mistake\nAWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}",
        "please delete it",
    ),
    ("*", "router keeps dropping. ip {IP:plain} mac {MAC:plain} model {#model} firmware {#ver}"),
    ("*", "my public ip shows {IP:*} and the error is {#err}", "thx"),
    (
        "*",
        "the key in the email was {AKEY:*} is that the access key you need?",
        "secret one starts with... ok its {SKEY:*}",
    ),
    ("*", "im spanish, my DNI {DNI:*} and NIE for my partner {NIE:*}", "we moved to {#zip}"),
    (
        "*",
        "for the mexico transfer: CLABE {CLABE:*}, RFC {RFC:*}",
        "and they asked for CURP too {CURP:*}",
    ),
    ("*", "brazilian customer here, cpf {CPF:*}, company cnpj {CNPJ:*}"),
    ("*", "french social security number {NIR:*} (carte vitale) for the insurance claim {#policy}"),
    ("*", "german tax id (steuer id) {STEUER:*} and portuguese NIF {NIF:*} - i work in both lol"),
    ("*", "thanks!! that's all 😊"),
    (
        "*",
        "package {#track} still says in transit, delivered to {#zip}?",
        "it was {#qty} items, {#price} total",
    ),
    ("*", "room {#room}, checking out {#date}, my card on file ends... full one {CARD:sub}"),
    ("*", "password for the wifi account is {PWD:*} and username {USER:*}, can u reset", "ok"),
    ("*", "ok here: {EMAIL:plain} / {PHONE:plain} / pin {PIN:spell}"),
    (
        "*",
        "Name: J. Doe\nEmail: {EMAIL:*}\nPhone: {PHONE:*}\nPassport: {PASSPORT:ctx}\nDL: {DL:ctx}\nDOB: {#date}",
    ),
    (
        "*",
        "bank said the swift is {SWIFT:*} and my account {ACCT:*}",
        "is that right for an intl transfer of {#price}?",
    ),
    ("*", "mortgage contract {#contract}, {#pct} rate, my iban {IBAN:mm=g1}", "{IBAN:mm=g1}"),
    (
        "*",
        "the mail app wants this? imaps://{USER:url}:{PWD:url}@mail.example.com it says auth failed {#err}",
    ),
    (
        "*",
        "copied from my .env sorry\nDB_USER={USER:kv}\nDB_PASSWORD={PWD:kv}",
        "is that what broke it",
    ),
    ("*", "tv box mac is {MAC:*}, registered to my ITIN {ITIN:plain} and my uk NI {NINO:sp}"),
    (
        "*",
        "my mexican details for the payroll: clabe {CLABE:sp}, rfc {RFC:plain}, curp {CURP:plain}",
        "salary {#price}",
    ),
    (
        "*",
        "documents on file: DNI {DNI:sp}, NIE {NIE:plain}, NIF {NIF:*}, NIR {NIR:plain}",
        "sent them on {#date}",
    ),
    (
        "*",
        "brazil office: CNPJ {CNPJ:plain}, my CPF {CPF:plain}, german steuer-id {STEUER:sp}, BLZ {ROUT.DE:sp}",
    ),
]
