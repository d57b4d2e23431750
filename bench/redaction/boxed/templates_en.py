"""English customer messages, written by hand. Slots: see render.py (`{CARD}`, `{ID}`/`{ID.w}`,
`{CARD:mm1}`/`{mm2}`, `{#kind}` for a number that must stay visible)."""

LANG = "en"
LOCALES = ["en-US", "en-US", "en-GB", "en-IE", "en-CA"]

# The words a customer puts before a value of each type (used by the generic `{ID}` slots).
LEX = {
    "CARD": [
        "my card number",
        "card no",
        "the debit card",
        "my visa",
        "cc number",
        "the card i used",
    ],
    "CVV": ["the cvv", "security code", "the three digits on the back", "cvc"],
    "EXP": ["expiry", "exp date", "the card expires", "expiration"],
    "PIN": ["my pin", "the pin", "card PIN", "pin number"],
    "ACCT": ["my account number", "acct #", "checking account", "savings acct no"],
    "ROUT": ["routing number", "sort code", "the routing no", "ABA"],
    "IBAN": ["my iban", "IBAN", "the iban for the refund"],
    "SWIFT": ["swift code", "BIC", "the swift/bic"],
    "EMAIL": ["my email", "email address", "the e-mail on the account", "my gmail"],
    "PHONE": ["my phone", "my cell", "mobile number", "call me back on", "my number"],
    "SSN": ["my ssn", "social security number", "SSN", "my social"],
    "ITIN": ["my itin", "ITIN", "individual taxpayer id"],
    "NINO": ["my NI number", "national insurance no", "NINO"],
    "PASSPORT": ["passport number", "my passport no", "passport #"],
    "DL": ["driver's license", "drivers licence no", "DL number", "my license #"],
    "PWD": ["my password", "the pw", "passwd", "the password i set"],
    "USER": ["my username", "user name", "login", "my handle"],
    "IP": ["my ip", "IP address", "the router ip", "public ip"],
    "MAC": ["mac address", "the MAC", "device mac"],
    "AKID": ["the access key id", "aws access key", "key id"],
    "SKEY": ["the secret key", "aws secret", "secret access key"],
    "DNI": ["my spanish DNI", "DNI", "my dni number"],
    "NIE": ["my NIE", "NIE number", "foreigner id (NIE)"],
    "CURP": ["my CURP", "CURP", "the curp"],
    "RFC": ["my RFC", "RFC (mexican tax id)", "rfc"],
    "CLABE": ["my CLABE", "clabe account", "CLABE interbancaria"],
    "CPF": ["my CPF", "CPF", "brazilian cpf"],
    "CNPJ": ["the company CNPJ", "CNPJ", "our cnpj"],
    "NIR": ["my french social security number", "numero de secu", "NIR"],
    "STID": ["my german tax id", "Steuer-ID", "tax ID (germany)"],
    "NIF": ["my portuguese NIF", "NIF", "contribuinte number"],
}

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_ALT = {"oh": "0", "o": "0"}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
AT = [" at ", " (at) ", " [at] ", " AT "]
DOT = [" dot ", " (dot) ", " [dot] ", " DOT ", "."]
NOISE_WORDS = ["then", "and", "next"]

DEV = [
    ("hi, my card got declined at the store twice today", "card is {CARD} exp {EXP} if that helps"),
    (
        "i need to update my address, new one is apt {#room_number} zip {#postal_code}",
        "and my phone changed too: {PHONE}",
    ),
    ("hey so {ID.w} is {ID} can u check why the payment failed??",),
    ("my card number is {CARD:mm1}", "{mm2}", "sorry hit enter too soon"),
    (
        "order {#order_number} never arrived 😤 tracking says {#tracking_number}",
        "email me at {EMAIL} pls",
    ),
    ("for the refund: IBAN {IBAN} swift {SWIFT}",),
    ("cant log in, user {USER} password {PWD:co} and it keeps saying error {#error_code}",),
    (
        "reset link goes to https://account.example.com/reset?u={EMAIL:pe}&src=msgr which is my old email",
    ),
    (
        "pasting from my notes:\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\ndid i leak this??",
    ),
    ("thanks so much!! 🙏", "have a good one"),
    ("the pin they mailed me, {PIN}, doesnt work at the atm on {#date}",),
    (
        "Flight {#flight_number} on {#date}, booking ref {#booking_reference}. passport {PASSPORT}",
        "seat {#seat_number} if possible",
    ),
    ("{ID}  <- thats {ID.w}, and {ID2.w}: {ID2}",),
    (
        "camera app shows rtsp://{USER}:{PWD:uc}@cam.example.net/live and stopped at {#time}, is my pw exposed?",
    ),
    ("charged {#price} twice for invoice {#invoice_number}, account {ACCT} routing {ROUT}",),
]

SEALED = [
    ("hello", "i want to cancel my plan, it's {#price} a month now and was {#price} last year"),
    ("Can you call me? {PHONE}", "after {#time} is best"),
    ("ok so {ID.w} {ID}", "and {ID2.w} {ID2}"),
    ("why was i charged {#price}?? card ending in {CARD} exp {EXP:ce} cvv {CVV}",),
    ("my ssn is {SSN} and my wife's itin is {ITIN}, we file jointly for {#year}",),
    ("ftp://{USER}:{PWD:uc}@files.example.net/backup stopped syncing since v{#version}",),
    ("my phone # is {PHONE:mm1}", "{mm2}", "{mm3}"),
    ("bank details ->\nsort code {ROUT}\nacct {ACCT}\nname on account: same as profile",),
    ("uk customer, NI no. {NINO}, calling about universal credit claim ref {#reference_number}",),
    (
        "router model {#product_model} keeps dropping, mac {MAC} ip {IP}",
        "speed test says {#data_size} down lol",
    ),
    ("Hi! I moved to Madrid, my NIE is {NIE} and my bank wants an IBAN: {IBAN:ib}",),
    ("package {#tracking_number} stuck in customs", "they want my CPF: {CPF}"),
    ("my mexican RFC {RFC} and CURP {CURP} for the invoice pls, order {#order_number}",),
    ("transfer to CLABE {CLABE:mm1}", "{mm2}"),
    ("What's the status of ticket {#ticket_number}? It's been {#count} days",),
    ("Policy {#policy_number}. Driver's licence {DL}, the accident was on {#date} at {#time}",),
    ("email is {EMAIL:es}", "(spam filter eats normal emails lol)"),
    ("the code on the back says {CVV:co}", "and the pin is {PIN:co}"),
    (
        "i got a letter about my french social security number {NIR}, is that related to contract {#contract_number}?",
    ),
    ("german tax id {STID}, company CNPJ {CNPJ} — sorry, i do business in both countries",),
    ("NIF {NIF} please add it to the invoice {#invoice_number}",),
    ("login: {USER}\npw: {PWD}\nstill locked out after {#count} tries",),
    ("my card {CARD:sn} 😭 please block it, lost it at store {#store_number}",),
    ("im in room {#room_number}, the wifi login wants {ID.w} and i typed {ID}",),
    ("meter reading today {#meter_reading}, account ref {#reference_number}, phone {PHONE}",),
    ("got it, thank u", "👍"),
    (
        "hi there, {#quantity} items missing from order {#order_number}",
        "total was {#price}, {#percentage} off coupon applied",
    ),
    ("dL {DL:co} state CA, plate {#plate_number}",),
    ("acct number is {ACCT:mm1}", "{mm2}", "that's the full thing"),
    ("iban again bc the app cut it: {IBAN:sd}",),
    ("{EMAIL}",),
    ("unsubscribe link is https://news.example.com/unsub?e={EMAIL:pe} and it gives {#error_code}",),
    ("the error says {#error_code} when i enter my card {CARD:sd} 🙄",),
    (
        "my passport {PASSPORT:co} expires {#date}, do i need a new one for flight {#flight_number}?",
    ),
    ("pls send the code to {PHONE:sd} not my email",),
    ("{ID.w} = {ID}", "and the {ID2.w} = {ID2}", "is that enough to verify?"),
    (
        "the app version is {#version} and my phone is a {#product_model}",
        "it crashes on the payment screen",
        "when i type {ID.w} {ID}",
    ),
    ("i wrote my pin as {PIN:so} on the form by mistake lol",),
    ("DB_PASSWORD={PWD:kv}\nthat's what the installer printed, is it safe to share here",),
    ("my card expires {EXP} and the new one hasn't come, its been {#count} weeks",),
    ("swift/bic {SWIFT} iban {IBAN} for the wire of {#price}",),
    ("AWS key id {AKID} (i already rotated the secret {SKEY:co})",),
    ("Hi, my son's SSN {SSN:sd} was used on an account i dont recognise, opened {#date}",),
]
