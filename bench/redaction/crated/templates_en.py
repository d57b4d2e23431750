"""English customer messages, hand-written. Grammar: see generate.py."""

LANG = "en"
LOCALES = ["en-US", "en-US", "en-GB"]
US = ["en-US"]
GB = ["en-GB"]

LABELS = {
    "CREDIT_DEBIT_NUMBER": [
        "card number",
        "my card",
        "card no",
        "cc#",
        "the visa is",
        "debit card",
    ],
    "CREDIT_DEBIT_CVV": ["cvv", "security code", "the code on the back", "cvc", "sec code"],
    "CREDIT_DEBIT_EXPIRY": ["exp", "expiry", "expires", "valid thru", "exp date"],
    "PIN": ["pin", "my pin is", "PIN number", "the pin"],
    "BANK_ACCOUNT_NUMBER": ["account number", "acct", "acc no", "my checking acct"],
    "BANK_ROUTING": ["routing", "routing number", "sort code", "ABA", "BLZ"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN", "my iban is"],
    "SWIFT_CODE": ["swift", "BIC", "swift/bic"],
    "EMAIL": ["email", "e-mail", "my email is", "mail me at"],
    "PHONE": ["phone", "cell", "call me on", "mobile", "my number is", "tel"],
    "SSN": ["ssn", "social", "social security number", "SS#"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "my itin", "tax id (itin)"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI number", "national insurance", "NINO", "my NI no"],
    "PASSPORT_NUMBER": ["passport", "passport no", "passport number"],
    "DRIVER_ID": ["driver's license", "drivers licence", "DL#", "license number"],
    "PASSWORD": ["password", "pw", "pwd", "my password is", "passcode"],
    "USERNAME": ["username", "user name", "login", "my handle is", "user id"],
    "IP_ADDRESS": ["ip", "IP address", "my ip is"],
    "MAC_ADDRESS": ["mac", "MAC address", "router mac"],
    "AWS_ACCESS_KEY": ["access key", "aws key id", "access key id"],
    "AWS_SECRET_KEY": ["secret key", "aws secret", "the secret"],
    "ES_DNI": ["DNI", "spanish id", "my dni"],
    "ES_NIE": ["NIE", "my nie number"],
    "MX_CURP": ["CURP", "my curp"],
    "MX_RFC": ["RFC", "mexican tax id rfc"],
    "MX_CLABE": ["CLABE", "clabe interbancaria"],
    "BR_CPF": ["CPF", "my cpf"],
    "BR_CNPJ": ["CNPJ", "company cnpj"],
    "FR_NIR": ["french social security no", "NIR", "numero de secu"],
    "DE_TAX_ID": ["german tax id", "Steuer-ID", "steuerliche idnr"],
    "PT_NIF": ["NIF", "portuguese tax number"],
}

DEV = [
    [
        "hi my card got declined twice at the store [store_number] this morning, card is {card} exp {exp:compact_expiry}",
        "it was like [price] for groceries",
    ],
    [
        "hello?? ok so i need to update my email to {email:email_spelled} the old one doesnt work anymore"
    ],
    (US, ["can u confirm my ssn is on file?? its {ssn}", "also my zip is [postal_code]"]),
    ["my card is {card~a}", "{card~b}", "sorry hit enter too fast lol"],
    [
        "router keeps dropping, model [product_model] firmware [version]. mac {mac} and my public ip {ip}"
    ],
    [
        "Order [order_number] never arrived. tracking says [tracking_number]. you can text me at {phone}"
    ],
    ["pls reset my pw, username is {user} and the last one i remember was {pwd}"],
    ["the transfer goes to {acct~a}", "{acct~b} sorry", "{acct~c} is the end of it"],
    (
        GB,
        [
            "Hi, I need to change the account my direct debit comes out of. sort code {routing} account {acct}",
            "policy [policy_number] btw",
        ],
    ),
    ["for the refund: {any}", "and {any}"],
    ["quick q, is ticket [ticket_number] still open? i sent {any} last week"],
    [
        "here's the config the installer asked for\n{akey:key_value_secret}\n{skey:key_value_secret}\nregion is the default one"
    ],
    [
        "checking in for flight [flight_number] on [date], passport {passport}, seat [seat_number] if possible :)"
    ],
    ["wire transfer from abroad, iban {iban:iban_broken} swift {swift}", "amount [price]", "ok?"],
    ["link they gave me doesnt open: {email:percent_encoded}"],
    ["{any} thats what the form asked for. ref [customer_reference]"],
]

SEALED = [
    [
        "hey there, bought [quantity] chargers on [date] (order [order_number]), charged twice to my card ending in... actually whole number is {card:spaced_or_dashed}"
    ],
    ["Cancel my subscription please. Email on the account: {email}. Been a customer since [year]"],
    ["pin is {pin:spelled_out} right? the atm ate my card at [time]"],
    [
        "i think someone used my debit card {card:split_by_noise} yesterday at [time], i didnt buy anything for [price]!!!"
    ],
    ["security code {cvv} expiration {exp}", "is that enough to finish the payment"],
    [
        "Hello, I'm filling the irs form stuff, my ITIN is {itin} and my spouse's SSN is {ssn:spaced_or_dashed}"
    ],
    ["wifi down since [date]. error [error_code] on the box. outage in [postal_code]?"],
    [
        "Good morning. Our sort code is {routing}, account {acct:spaced_or_dashed}, invoice [invoice_number] is for [price]"
    ],
    ["plz call back on {phone:spaced_or_dashed} between [time] and [time]"],
    ["ok", "my account {acct~a}", "{acct~b}", "thats the one for the refund"],
    ["phone number is {phone~a}", "{phone~b}"],
    ["IBAN {iban~a}\n", "{iban~b}", "{iban~c}"],
    ["thank you so much for the help today 🙏"],
    ["my nat insurance no is {nino} for the benefits claim [customer_reference]"],
    ["the landlord portal login is {user:url_credentials} (yeah i know)", "room [room_number]"],
    [
        "i pasted this from my .env, is the support agent able to check the bucket?\n{akey:key_value_secret}\n{skey:key_value_secret}"
    ],
    ["drivers license {dl} — renewal form says it expires [date], car plate [plate_number]"],
    ["my card {card:letter_substitution} exp {exp:spaced_or_dashed} cvv {cvv:spelled_out}"],
    ["can't login. error [error_code]. the app is [version] on a [product_model]"],
    ["email is {email:email_spelled} and cell {phone:letter_substitution}"],
    ["sending from my work acc, real address {email}", "mobile {phone:percent_encoded}"],
    ["{any}", "{any} <- for the verification"],
    ["hiii so the pin they mailed me was {pin} and it doesn't work at all", "tried [count] times"],
    [
        "Meter reading today: [meter_reading]. Account {acct}. Please stop estimating my bill, last one was [price]"
    ],
    [
        "i live in spain now, my dni is {dni} and nie of my wife {nie}",
        "they want both for the contract [contract_number]",
    ],
    [
        "Booking [booking_reference], [count] guests, could you put my passport number {passport:spaced_or_dashed} on the reservation"
    ],
    ["PayPal-ish transfer: send to iban {iban} bic {swift}. ta"],
    ["the SECRET is {skey} and the key id {akey} please rotate them asap, leaked on github 😬"],
    ["Bank said routing {routing} and acct# {acct:letter_substitution}"],
    ["lol no", "my social is {ssn:split_by_noise}"],
    ["Paying the mexico supplier, clabe {clabe:spaced_or_dashed}, rfc {rfc}"],
    ["hey, brazilian customer here, cpf {cpf} and the company cnpj {cnpj}"],
    ["{any} / {any}", "does that work? we have [percentage] off today right"],
    ["for the french job they need {any} and for the german one {any}"],
    ["cc {card~a}", "{card~b}", "{card~c} exp {exp:compact_expiry}"],
    ["just upgraded to the [data_size] plan and it still says [data_size] left??"],
    ["ip {ip} keeps getting blocked, your firewall flagged it at [time]"],
]
