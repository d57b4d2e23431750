"""English customer messages, written by hand.

Slots: {*} any PII type with a context phrase from CTX; {ALIAS} a typed value (the template gives
the context); {ALIAS:family} a typed value in one family; {*~1} then {~2} / {~3} one value typed
across consecutive messages; {#kind} a hard negative. Templates hold no digits.
"""

LANG = "en"
LOCALES = ["en-US", "en-US", "en-GB", "en-IE", "en-US"]

CTX = {
    "CREDIT_DEBIT_NUMBER": [
        "my card number is §",
        "card: §",
        "the card ending... no wait full number §",
        "cc num §",
    ],
    "CREDIT_DEBIT_CVV": ["cvv is §", "the security code on the back is §", "cvc §"],
    "CREDIT_DEBIT_EXPIRY": ["expiry §", "exp date is §", "expires §", "valid thru §"],
    "PIN": ["my pin is §", "pin number §", "the PIN i set was §"],
    "BANK_ACCOUNT_NUMBER": ["account number §", "my acct no is §", "acc # §", "checking account §"],
    "BANK_ROUTING": ["routing number §", "sort code §", "the routing # is §", "bank code §"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban §", "my IBAN is §", "pay it to iban: §"],
    "SWIFT_CODE": ["swift §", "BIC code is §", "swift/bic: §"],
    "EMAIL": ["email is §", "my email §", "send it to §", "e-mail: §"],
    "PHONE": ["call me on §", "my number is §", "cell §", "phone: §", "text me at §"],
    "SSN": ["ssn §", "social is §", "my social security number is §"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["my ITIN is §", "itin: §", "taxpayer id (itin) §"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI number §", "national insurance no. §", "my NINO is §"],
    "PASSPORT_NUMBER": ["passport §", "passport number is §", "passport no: §"],
    "DRIVER_ID": ["driver's license §", "drivers licence number §", "DL# §"],
    "PASSWORD": ["password is §", "my pw §", "the password i used was §", "pass: §"],
    "USERNAME": ["username §", "my login is §", "user name: §", "handle is §"],
    "IP_ADDRESS": ["my ip is §", "ip address §", "it says my IP §"],
    "MAC_ADDRESS": ["mac address §", "the MAC on the sticker is §", "device mac §"],
    "AWS_ACCESS_KEY": ["access key id §", "my aws key §", "the key: §"],
    "AWS_SECRET_KEY": ["secret key §", "aws secret: §", "and the secret §"],
    "ES_DNI": ["my spanish DNI is §", "dni §", "ID (DNI) §"],
    "ES_NIE": ["NIE §", "my nie number is §", "foreigner id nie §"],
    "MX_CURP": ["CURP §", "my curp is §"],
    "MX_RFC": ["RFC §", "my rfc for the invoice is §", "tax id rfc §"],
    "MX_CLABE": ["clabe §", "my CLABE account §", "clabe interbancaria §"],
    "BR_CPF": ["cpf §", "my CPF is §", "brazilian cpf §"],
    "BR_CNPJ": ["company cnpj §", "CNPJ: §", "our cnpj is §"],
    "FR_NIR": ["french social security number §", "my NIR is §", "numero secu §"],
    "DE_TAX_ID": ["german tax id §", "Steuer-ID §", "my tax ID (Germany) is §"],
    "PT_NIF": ["NIF §", "portuguese tax number §", "my nif is §"],
}

DEV = [
    ("hi there, {*} and the order is {#order_number}",),
    ("hey", "i was charged twice for {#price} on {#date}", "{*} can u check"),
    ("need to update my details. {*}, also {*}",),
    ("card is {CARD}", "exp {EXP:compact_expiry} and cvv {CVV}"),
    ("my card is {CARD~1}", "{~2}", "that was the whole number sorry"),
    ("thanks!! ok", "tracking {#tracking_number} still says pending since {#date} 😡 {*}"),
    ("reset link keeps failing: {EMAIL:percent_encoded} error {#error_code}",),
    ("So here is the .env I pasted into the ticket {#ticket_number}\n{SECRET}\n{AKID}",),
    ("IBAN: {IBAN:iban_broken}\nplease refund the {#price}",),
    (
        "lost my wallet at the airport, flight {#flight_number} gate change at {#time}",
        "{*}. please block everything",
    ),
    ("(my email is {EMAIL:email_spelled})",),
    ("{*}", "{*}", "done? {*}"),
    ("routing {ROUTING} account {ACCT} for the direct deposit of {#price}",),
    ("{*~1} is the first part", "then {~2}", "{~3}"),
    ("cant log in. {USER} / {PASSWORD} tried like {#count} times",),
]

SEALED = [
    ("hello i want to cancel my contract {#contract_number}, {*}",),
    ("{*} << thats it",),
    (
        "ok so the tech came on {#date} and the router ({#product_model}) still drops every {#duration} minutes",
        "{*}",
    ),
    ("pls call back {PHONE} before {#time} im at work after",),
    ("why is my bill {#price} this month?? usual is {#price}. {*}",),
    ("Account holder: me. {*}. Zip {#postal_code}.",),
    ("the delivery to {#postal_code} never arrived, order {#order_number}", "{*}"),
    ("i typed the wrong digits before, correct {*}",),
    ("my daughter used my card, {CARD} - can you freeze it? last charge {#price}",),
    ("yo", "{*~1}", "{~2}"),
    ("sending my number in bits cause of the app {*~1}", "{~2}", "{~3} thx"),
    ("Room {#room_number}, checkout {#date}. For the deposit use {*}",),
    ("FTP from the setup guide: {PASSWORD:url_credentials} doesnt work, router fw {#version}",),
    ("its {EMAIL:email_spelled} not the old one",),
    ("{*} and {*} (both for the claim {#policy_number})",),
    ("seat {#seat_number} on {#flight_number}, booking {#booking_reference}. {*}",),
    ("social is {SSN}\nDOB i wont give lol",),
    ("verification sms never arrives 😩 {PHONE}",),
    ("mac {MAC} ip {IP} if that helps, speed only {#data_size} of {#data_size}",),
    ("i paid invoice {#invoice_number} already", "{*}", "why am i getting letters"),
    ("pin was {PIN} but it got blocked after {#count} tries",),
    ("can I pay with another card? {CARD} exp {EXP} cvc {CVV}",),
    ("meter reading today {#meter_reading}, {*}",),
    ("{*}!!!",),
    ("hi, moving house on {#date}, new postcode {#postal_code}. {*}",),
    ("the payment link is {EMAIL:percent_encoded} is that legit?",),
    ("config i was told to paste:\n{PASSWORD:key_value_secret}\nretries {#count}",),
    ("Pls remove {#percentage} fee, ive been a customer since {#year}", "{*}"),
    ("for the wire: {SWIFT} / {IBAN}",),
    (
        "{*~1}",
        "{~2} (cont)",
    ),
    ("Good morning, I'm writing about ticket {#ticket_number}. {*}. Kind regards",),
    ("ordered {#quantity} x {#product_model} and got only {#quantity}",),
    ("ok ty", "bye"),
    ("my NI is {NINO} and {*}",),
    ("passport {PASSPORT} expires {#date}, renewing, {*}",),
]
