"""English customer messages, written by hand. DEV and SEALED never share a template."""

LOCALES = ["en-US", "en-US", "en-GB", "en-CA"]

DEV = [
    (
        "hi, my card got declined at store {#store} for {#price}",
        "card is {CARD} exp {EXP:ce} cvv {CVV}",
    ),
    "ok so the number is {CARD:sp} and the code on the back {CVV:so}, order {#order} still says pending",
    (
        "can u update my direct deposit",
        "routing {ROUT} acct {ACCT:sp}, its for the {#date} payroll",
    ),
    (
        "wire from abroad keeps bouncing\nIBAN: {IBAN:ib}\nBIC {SWIFT}",
        "amount was {#price}, ref {#invoice}",
    ),
    "email me the receipt at {EMAIL:es} pls, invoice {#invoice}",
    ("my phone is {PHONE:mm:g1}", "{PHONE:mm:g1}", "sorry hit enter lol"),
    "filling the tax form... SSN {SSN:ls}, and my wife only has an ITIN: {ITIN}. zip {#postal}",
    "NI number {NINO:sp} – they said my claim {#ticket} was closed???",
    (
        "renewing my license for the rental",
        "license no {DL}, passport {PASSPORT} exp {#date}, pickup at {#time}",
    ),
    (
        "locked out of the app again (version {#version})",
        "user is {USER:co} and i reset pw to {PWD:co} but still error {#error}",
        "also the card pin {PIN} doesnt work at the atm",
    ),
    "our deploy broke, pasting env:\nAWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nREGION=us-east-one",
    "router {#model} keeps dropping, my ip is {IP} and mac {MAC}, speed is like {#size} a day",
    (
        "i'm a spanish citizen living in leeds, DNI {DNI}, NIE before that was {NIE}",
        "and my mexican husband: CURP {CURP} RFC {RFC}",
    ),
    ("transfer to mexico failed, CLABE {CLABE:nz}"),
    (
        "for the brazilian office: CPF {CPF:sp}, company CNPJ {CNPJ}",
        "french colleague's social security {NIR}, german one Steuer-ID {STID}, portuguese NIF {NIF:so}",
    ),
    "tracking link gives {#error}: https://track.example.com/?email={EMAIL:pe}&phone={PHONE:pe}",
    "try logging in to ftp://{USER:uc}:{PWD:uc}@files.example.com , room {#room} printer won't pick it up",
    ("card ending", "{CARD:mm:g2}", "{CARD:mm:g2}"),
]

SEALED = [
    # ---- cards and payments
    "yo my debit card {CARD} got charged twice, {#price} on {#date}",
    ("hello?", "i need to dispute a charge", "card {CARD:sp}, expires {EXP}, security code {CVV}"),
    "number: {CARD:ls} exp {EXP:ce}",
    "the card is four one... jk here {CARD:nz} expiry {EXP} and the cvc {CVV:co}",
    ("my new card {CARD:mm:g1}", "{CARD:mm:g1}", "{CARD:mm:g1}", "exp {EXP:ce}"),
    "Pay with card ({CARD}) , {#qty} items, order #{#order}",
    "cvv is {CVV:so} and exp is {EXP}",
    ("forgot my pin", "i think it was {PIN:co} or something", "ticket {#ticket}"),
    "atm ate my card at {#time}, pin {PIN:so}, atm location store {#store}",
    "pin = {PIN:ls}",
    # ---- bank
    "direct deposit form: routing # {ROUT:sp}, checking {ACCT}",
    ("sort code {ROUT}", "account number {ACCT:mm:g3}", "{ACCT:mm:g3}"),
    'send it to "{IBAN}" swift {SWIFT} by {#date}',
    ("iban is", "{IBAN:mm:g1}", "{IBAN:mm:g1}"),
    "IBAN {IBAN:sp} please refund the {#price}",
    "my iban {IBAN:nz} thanks",
    "acct {ACCT:ls} routing {ROUT:so}",
    "the savings one is {ACCT:co}",
    # ---- contact
    "can you call me back on {PHONE}? after {#time} pls",
    "new number {PHONE:sp} old one stopped working in {#year}",
    "my cell {PHONE:so}",
    "whatsapp me {PHONE:ls} or mail {EMAIL}",
    "phone {PHONE:nz} !!",
    "my email changed to {EMAIL:es}, policy {#policy}",
    ("the reset email never arrives", "{EMAIL}", "checked spam already, {#count} times"),
    "unsubscribe link -> https://news.example.org/unsub?u={EMAIL:pe}&list={#ticket}",
    "sms code never came to https://verify.example.net/r?tel={PHONE:pe}",
    # ---- government / ids
    "social is {SSN} dob {#date}",
    "ssn {SSN:sp} for the {#year} return",
    ("my SSN", "{SSN:mm:g1}", "{SSN:mm:g1}"),
    "ITIN {ITIN:sp}, filing status single, {#count} dependents",
    "national insurance {NINO}, started the job {#date}",
    "passport number is {PASSPORT:co}, flight {#flight} seat {#seat}",
    "driver's licence {DL:co} – plate {#plate}",
    ("hi i'm brazilian", "meu CPF, sorry, my CPF is {CPF:ls}", "and the company CNPJ {CNPJ:sp}"),
    "my french social security number (numero de secu) {NIR:sp}",
    "german tax id {STID:sp}, invoice {#invoice}",
    "portuguese NIF {NIF}",
    "spanish NIE {NIE} and DNI {DNI}",
    "mexican CURP: {CURP}, RFC: {RFC}, CLABE {CLABE}",
    "CLABE {CLABE:so}",
    ("CPF", "{CPF:mm:g1}", "{CPF:mm:g1}"),
    ("tax id (steuer) {STID:mm:g2} ... wait", "{STID:mm:g2} sorry"),
    "CNPJ {CNPJ:nz} NIR {NIR:ls} NIF {NIF:sp}",
    "rfc {RFC} curp {CURP}, contract {#contract}",
    # ---- accounts and tech
    "username {USER} password {PWD}",
    "login: {USER:co} / {PWD:co}",
    "connect string postgres://{USER:uc}:{PWD:uc}@db.example.internal/orders keeps failing",
    "in the .env file:\nDB_USER={USER:kv}\nDB_PASSWORD={PWD:kv}",
    "aws keys leaked?? {AKEY:kv} and secret {SKEY:kv} rotate them",
    "AWS_SECRET_ACCESS_KEY={SKEY:kv}",
    "my access key id {AKEY}",
    "static ip {IP}, mac address {MAC}, firmware {#version}",
    "the camera's MAC is {MAC} and it shows {#error}",
    "i'm on {IP}, download stuck at {#pct}",
    ("hi", "ok", "is anyone there"),
    ("thanks for the help!!", "have a good one"),
    "meter reading {#meter}, bill {#invoice} says {#kwh} which is wrong",
    "package {#tracking} never arrived, zip {#postal}",
    "booked room {#room} on floor {#floor}, booking {#booking}",
    "{EMAIL} is my login, {PWD:co} is what i set",
    "fwd to {EMAIL:es}",
    "wire details: BIC/SWIFT {SWIFT} IBAN {IBAN:ib}",
    "pls charge {CARD:sp} {EXP:ce} {CVV:co}",
]

DEV += [
    "parcel {#tracking} stuck since {#date}, deliver to zip {#postal} instead? my number's {PHONE}",
    (
        "ordered {#qty} of the {#model} in {#year}",
        "warranty claim under email {EMAIL} and the card was {CARD:ls}",
    ),
    "flight {#flight} seat {#seat} got cancelled, refund to iban {IBAN} please!! booking {#booking}",
    "{ACCT:co} is the acct they debit every month, policy {#policy} up {#pct} this year",
    "my plan was {#size} and i got billed for {#count} lines, meter thing says {#meter}, acct holder pin {PIN:co}",
]
SEALED += [
    "hey it's me again lol, same issue as ticket {#ticket}. callback {PHONE:sp} between {#time} and {#time}",
    "i paid {#price} with my amex {CARD} but order {#order} shows {#qty} items not {#count}",
    "UPDATE: the tech came to unit {#house}, router mac {MAC}, serial on the box is {#model}",
    ("so my landlord wants my ssn", "is that legit?? its {SSN:so}"),
    "passport {PASSPORT} (renewed {#year}) + dl {DL} attached, contract {#contract}",
]
