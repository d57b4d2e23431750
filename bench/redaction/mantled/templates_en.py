"""English customer messages, written by hand. Placeholders: see render.py docstring."""

LANG = "en"
LOCALES = ["en-US", "en-GB", "en-US", "en-CA", "en-IE"]

# Context phrases for the generic slot {*}: index 0 is dev, the others sealed.
CTX = {
    "CARD": [
        "my card number is {v}",
        "card no. {v} (the visa one)",
        "its the one ending... actually full number {v}",
    ],
    "CVV": ["cvv {v}", "the three numbers on the back are {v}", "security code: {v}"],
    "EXP": ["expiry {v}", "exp date is {v}", "valid thru {v} i think"],
    "PIN": ["my pin is {v}", "pin number {v} dont tell anyone lol", "the pin code i set was {v}"],
    "ACCT": ["account number {v}", "acct # {v}", "my checking acct is {v}"],
    "ROUT": ["routing {v}", "routing no is {v}", "sort code {v}"],
    "IBAN": ["iban {v}", "my IBAN is {v}", "pls send it to {v}"],
    "SWIFT": ["swift {v}", "BIC/SWIFT: {v}", "the swift code of my bank is {v}"],
    "EMAIL": ["email {v}", "you can reach me at {v}", "my login email is {v}"],
    "PHONE": ["call me on {v}", "my number is {v}", "cell {v}"],
    "SSN": ["ssn {v}", "social is {v}", "my social security number {v}"],
    "ITIN": ["ITIN {v}", "my itin number is {v}", "tax id (itin) {v}"],
    "NINO": ["NI number {v}", "national insurance no {v}", "my NINO is {v}"],
    "PASSPORT": ["passport {v}", "passport no {v}", "my passport number is {v}"],
    "DL": ["drivers license {v}", "DL# {v}", "driving licence number {v}"],
    "PWD": ["password is {v}", "pw: {v}", "i changed the password to {v}"],
    "USER": ["username {v}", "my user name is {v}", "login: {v}"],
    "IP": ["my ip is {v}", "ip address {v}", "router shows wan ip {v}"],
    "MAC": ["mac {v}", "mac address {v}", "the device MAC is {v}"],
    "AKID": ["access key id {v}", "aws key {v}", "the key that leaked is {v}"],
    "SKEY": ["secret key {v}", "aws secret {v}", "secret access key was {v}"],
    "DNI": ["spanish DNI {v}", "my dni is {v}", "DNI number {v}"],
    "NIE": ["NIE {v}", "my NIE (foreigner id in spain) {v}", "nie number {v}"],
    "CURP": ["CURP {v}", "my mexican curp is {v}", "curp: {v}"],
    "RFC": ["RFC {v}", "mexican tax id rfc {v}", "rfc is {v}"],
    "CLABE": ["CLABE {v}", "clabe interbancaria {v}", "my clabe account {v}"],
    "CPF": ["CPF {v}", "my brazilian cpf {v}", "cpf number {v}"],
    "CNPJ": ["CNPJ {v}", "company cnpj {v}", "our cnpj is {v}"],
    "NIR": ["french social security number {v}", "numero de secu {v}", "NIR {v}"],
    "STID": ["german tax id {v}", "steuer id {v}", "my Steuer-IdNr is {v}"],
    "NIF": ["portuguese NIF {v}", "nif {v}", "contribuinte number {v}"],
}

DEV = [
    ["hi there {*}", "{*} can u check why my payment failed for order {#order_number}"],
    ["card {CARD} exp {EXP} cvv {CVV}", "ok it went through, thanks!! also {*}"],
    ["Hello, I was charged {#price} twice on {#date}. {*}"],
    ["my card is {CARD@g1}", "{CARD@g1}", "thats the full number"],
    ["can you update my email to {EMAIL} and phone {PHONE}? zip is {#postal_code}"],
    ["{*}", "{*}", "ticket {#ticket_number} btw"],
    ["locked out of my account again 🙄 username {USER} and i tried {PWD} like {#count} times"],
    ["Wire didn't arrive. IBAN {IBAN}, SWIFT {SWIFT}, amount {#price}"],
    ["tracking {#tracking_number} says delivered at {#time} but nothing here", "{*}"],
    ["pls call me back {PHONE@g2}", "{PHONE@g2}"],
    ["router keeps dropping, model {#product_model} firmware {#version}, {*}"],
    ["my SSN is {SSN} and my DL is {DL}, need it for the loan application", "thanks"],
    ["got error {#error_code} when logging in. {*}"],
]

SEALED = [
    ["hey, {*}", "so i need to change the direct deposit, {*}", "routing {ROUT} account {ACCT}"],
    ["{CARD} {EXP} {CVV}", "thats for the renewal, {*}"],
    [
        "Good morning. My flight {#flight_number} on {#date} was cancelled and I paid with card ending... ugh here is the full one {CARD}"
    ],
    ["acct number is {ACCT@g3}", "{ACCT@g3}", "sorry phone died. {*}"],
    ["its {EMAIL}", "not the old one, and backup is {EMAIL}"],
    ["i rebooked to room {#room_number}, booking ref {#booking_reference}", "{*}"],
    ["Dear support, regarding invoice {#invoice_number} for {#price}: {*}. Kind regards"],
    ["PIN {PIN} isnt working at the atm on main st, store {#store_number}"],
    ["why is my bill {#price} this month?? used {#data_size} only", "ok", "{*}"],
    ["[{IBAN}] <- thats my iban, copied it from the app"],
    ["phone: {PHONE}", "email: {EMAIL}", "address zip {#postal_code}, {*}"],
    [
        "the deploy broke, here is the env:\n{AKID:key_value_secret}\n{SKEY:key_value_secret}",
        "yes i know i should rotate them. my console user is {USER}",
    ],
    ["policy {#policy_number}, my social {SSN}, DOB not giving that"],
    ["login fails from {IP}, mac {MAC}, error {#error_code}"],
    ["{*} and {*}", "is that enough to verify? if not {*}"],
    ["the link you sent is broken: {EMAIL:percent_encoded}"],
    ["our staging db is at {PWD:url_credentials} can the tech look"],
    ["Hello! Contract {#contract_number}, meter reading {#meter_reading} on {#date}. {*}"],
    ["card ending in... no wait let me give you all of it", "{CARD@g4}", "{CARD@g4}", "{CARD@g4}"],
    [
        "need to verify for the tax form: ITIN {ITIN}",
        "and my NI number from when i lived in london {NINO}",
    ],
    ["passport {PASSPORT}, flight {#flight_number}, seat {#seat_number}"],
    ["{EMAIL:email_spelled} is my mail", "no spaces. or text {PHONE}"],
    ["my car plate is {#plate_number}, the parking fine was {#price}, {*}"],
    ["ok thanks for the help 😊"],
    ["u there?", "{*}"],
    ["I ordered {#quantity} of them on {#date}, order {#order_number}, still waiting", "also {*}"],
    ["phone number {PHONE@g5}", "{PHONE@g5}", "{PHONE@g5}"],
    ["my brazilian CPF is {CPF} and the company CNPJ {CNPJ}, for the invoice"],
    ["mexico account: CLABE {CLABE}, RFC {RFC}, CURP {CURP}"],
    ["spanish docs: DNI {DNI} / NIE of my wife {NIE}", "{*}"],
    [
        "French NIR {NIR}, German tax ID {STID}, Portuguese NIF {NIF} - we have accounts everywhere lol"
    ],
    ["discount of {#percentage} didnt apply, version {#version} of the app, year {#year}"],
]
