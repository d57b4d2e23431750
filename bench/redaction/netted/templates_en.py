"""English customer turns (US and UK). Part of the sealed split: do not read to tune."""

LOCALES = {"us": "en-US", "gb": "en-GB"}

LABELS = {
    "CREDIT_DEBIT_NUMBER": ["card number", "card no", "cc", "card #", "debit card", "credit crd"],
    "CREDIT_DEBIT_CVV": ["cvv", "security code", "the code on the back", "cvc", "sec code"],
    "CREDIT_DEBIT_EXPIRY": ["expiry", "exp date", "expiration", "expires", "valid thru"],
    "PIN": ["pin", "PIN", "pin code", "atm pin"],
    "PASSWORD": ["password", "pw", "passwd", "pass", "pwd"],
    "USERNAME": ["username", "user name", "login", "user id", "handle"],
    "EMAIL": ["email", "e-mail", "mail", "email addr"],
    "PHONE": ["phone", "number", "cell", "mobile", "ph", "tel"],
    "BANK_ACCOUNT_NUMBER": ["account number", "acct", "acct no", "account #", "checking acct"],
    "BANK_ROUTING": ["routing number", "routing", "ABA", "sort code", "routing #"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN", "iban no"],
    "SWIFT_CODE": ["swift", "SWIFT code", "bic", "swift/bic"],
    "SSN": ["ssn", "social", "social security number", "SS#", "social sec"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["itin", "ITIN", "tax id", "taxpayer id"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI number", "national insurance", "NINO", "ni no"],
    "PASSPORT_NUMBER": ["passport", "passport no", "passport number", "pp number"],
    "DRIVER_ID": ["driver's license", "drivers licence", "DL", "license number", "licence no"],
    "IP_ADDRESS": ["ip", "IP address", "my ip", "ip addr"],
    "MAC_ADDRESS": ["mac", "MAC address", "mac addr", "device mac"],
    "AWS_ACCESS_KEY": ["access key", "aws key", "key id", "access key id"],
    "AWS_SECRET_KEY": ["secret key", "aws secret", "secret"],
    "ES_DNI": ["DNI", "spanish id", "dni"],
    "ES_NIE": ["NIE", "nie number", "foreigner id"],
    "MX_CURP": ["CURP", "curp"],
    "MX_RFC": ["RFC", "rfc"],
    "MX_CLABE": ["CLABE", "clabe"],
    "BR_CPF": ["CPF", "cpf"],
    "BR_CNPJ": ["CNPJ", "cnpj", "company tax no"],
    "FR_NIR": ["french social security number", "NIR", "numero de secu"],
    "DE_TAX_ID": ["german tax id", "Steuer-ID", "steuer id"],
    "PT_NIF": ["NIF", "portuguese tax number", "nif"],
}

DEV = [
    (
        "us",
        "hey my card {CREDIT_DEBIT_NUMBER} keeps getting declined at store {#store}?? tried like {#count} times",
    ),
    (
        "us",
        [
            "hi so the charge of {#amount} on {#date} isnt mine",
            "card ending... actually here's the full one {CREDIT_DEBIT_NUMBER:spaced_or_dashed}",
            "cvv {CREDIT_DEBIT_CVV}",
        ],
    ),
    (
        "gb",
        [
            "Morning, trying to update my direct debit",
            "sort code {BANK_ROUTING} acc {BANK_ACCOUNT_NUMBER}",
        ],
    ),
    ("us", ["ok heres my number for the callback", "{PHONE:context_only}"]),
    (
        "us",
        [
            "my card number is {CREDIT_DEBIT_NUMBER~1}",
            "{CREDIT_DEBIT_NUMBER~2}",
            "sorry phone died lol. order {#order}",
        ],
    ),
    ("gb", ["can u ring me back pls its {PHONE~1}", "{PHONE~2} after {#time} is best"]),
    (
        "us",
        "the app wont let me in, tried resetting. user is {USERNAME} and pw {PASSWORD} 🙄 version {#version}",
    ),
    (
        "us",
        "our backup job connects with {PASSWORD:url_credentials} and it started failing with {#error_code} since {#date}",
    ),
    (
        "us",
        [
            "pasted from our .env, sorry if thats bad",
            "{AWS_ACCESS_KEY:key_value_secret}\n{AWS_SECRET_KEY:key_value_secret}",
        ],
    ),
    ("us", "card {CREDIT_DEBIT_NUMBER} {CREDIT_DEBIT_EXPIRY:compact_expiry} for the {#price} plan"),
    (
        "gb",
        "refund to my iban pls {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken} , ref {#invoice}",
    ),
    ("us", "reset link never came, i typed it as {EMAIL:email_spelled} maybe thats why"),
    ("us", "the link you sent me looks like {EMAIL:percent_encoded} is that normal??"),
    ("*", "{?label} {?}"),
    ("*", "ok so {?label}: {?} , thats it"),
    ("*", "need help w/ my account, {?label} {?} 🙏"),
    ("*", ["need to verify, you asked for my {?label} right", "{?:context_only}"]),
    ("*", ["{?label} {?~1}", "{?~2}"]),
    ("us", "ssn is {SSN:letter_substitution} and zip {#zip4}"),
    ("gb", "my NI number is {UK_NATIONAL_INSURANCE_NUMBER} i moved to {#postal_code} last {#year}"),
]

SEALED = [
    (
        "us",
        "yo my debit card got eaten by the atm at store {#store}, number was {CREDIT_DEBIT_NUMBER}",
    ),
    (
        "us",
        [
            "i need to dispute {#amount} from {#date}",
            "its on card {CREDIT_DEBIT_NUMBER:split_by_noise}",
            "exp {CREDIT_DEBIT_EXPIRY} cvc {CREDIT_DEBIT_CVV}",
        ],
    ),
    ("us", "card: {CREDIT_DEBIT_NUMBER:letter_substitution} (the one w/ {#percentage} cashback)"),
    (
        "us",
        [
            "pls cancel order {#order}",
            "paid with {CREDIT_DEBIT_NUMBER:spelled_out} if that helps, typing with one hand sry",
        ],
    ),
    (
        "us",
        "{CREDIT_DEBIT_NUMBER} {CREDIT_DEBIT_EXPIRY:compact_expiry} code {CREDIT_DEBIT_CVV:spaced_or_dashed} — total was {#price}",
    ),
    (
        "gb",
        "hiya, new card arrived, {CREDIT_DEBIT_NUMBER} valid till {CREDIT_DEBIT_EXPIRY}, can you swap it on my account {#customer_ref}",
    ),
    (
        "us",
        [
            "first half {CREDIT_DEBIT_NUMBER~1}",
            "second half {CREDIT_DEBIT_NUMBER~2}",
            "dont want to send it in one go lol",
        ],
    ),
    ("us", ["card {CREDIT_DEBIT_NUMBER~1}", "{CREDIT_DEBIT_NUMBER~2}", "{CREDIT_DEBIT_NUMBER~3}"]),
    (
        "us",
        ["what's the security code you need", "oh the back one", "{CREDIT_DEBIT_CVV:context_only}"],
    ),
    ("us", "changed my pin to {PIN} yesterday and now atm says wrong pin, {#count} tries left"),
    ("us", "pin {PIN:spelled_out} i think? or was it the old one"),
    ("gb", "forgot my PIN, old one was {PIN:letter_substitution} if it matters. branch {#store}"),
    (
        "us",
        [
            "locked out after {#count} attempts",
            "login {USERNAME} / {PASSWORD}",
            "on {#product_model} if relevant",
        ],
    ),
    ("gb", ["can't log in to the portal", "username: {USERNAME}", "password: {PASSWORD}"]),
    ("us", ["the password you asked for", "{PASSWORD:context_only}"]),
    (
        "us",
        "our sftp drop is {USERNAME:url_credentials} and it times out after {#duration} minutes",
    ),
    ("us", "DB string from the ticket {#ticket}: {PASSWORD:url_credentials}"),
    ("us", ["here's the config you wanted", "{PASSWORD:key_value_secret}\nDB_HOST=db.example.com"]),
    (
        "us",
        "{AWS_ACCESS_KEY:key_value_secret} and {AWS_SECRET_KEY:key_value_secret} got leaked in a public repo, can you rotate? we're on plan {#contract}",
    ),
    ("us", ["key id {AWS_ACCESS_KEY}", "secret {AWS_SECRET_KEY}", "region doesnt matter right"]),
    ("us", "email me the receipt at {EMAIL} pls, order {#order}"),
    ("gb", "contact email is {EMAIL:email_spelled} (not the old one)"),
    ("us", ["update my email", "{EMAIL:context_only}"]),
    ("us", "clicked unsubscribe and got sent to {EMAIL:percent_encoded} , still getting mail tho"),
    ("us", "call me at {PHONE} between {#time} and {#time}"),
    ("us", "my cell is {PHONE:spelled_out}"),
    ("us", "text verify page {PHONE:percent_encoded} keeps saying invalid"),
    ("gb", "new mobile number {PHONE:spaced_or_dashed} pls update, account {#customer_ref}"),
    (
        "gb",
        [
            "sorry wrong number earlier",
            "it's {PHONE:letter_substitution} not the one ending in the other digits",
        ],
    ),
    ("us", ["phone {PHONE~1}", "{PHONE~2}"]),
    (
        "us",
        "routing {BANK_ROUTING} acct {BANK_ACCOUNT_NUMBER} for the direct deposit, starts {#date}",
    ),
    (
        "us",
        [
            "need to set up autopay",
            "{BANK_ACCOUNT_NUMBER:spaced_or_dashed} is my checking and routing {BANK_ROUTING:split_by_noise}",
        ],
    ),
    ("us", ["acct {BANK_ACCOUNT_NUMBER~1}", "{BANK_ACCOUNT_NUMBER~2} thats checking"]),
    ("gb", "sort code {BANK_ROUTING:spaced_or_dashed} account {BANK_ACCOUNT_NUMBER:spelled_out}"),
    (
        "gb",
        "iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER} swift {SWIFT_CODE} for the refund of {#amount}",
    ),
    ("gb", ["here's the iban", "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}"]),
    (
        "gb",
        [
            "iban part one {INTERNATIONAL_BANK_ACCOUNT_NUMBER~1}",
            "{INTERNATIONAL_BANK_ACCOUNT_NUMBER~2}",
        ],
    ),
    ("us", "for the wire they need swift {SWIFT_CODE:spaced_or_dashed}, invoice {#invoice}"),
    ("us", "social {SSN} dob doesnt matter right? its for policy {#policy}"),
    ("us", ["ssn {SSN~1}", "{SSN~2}"]),
    ("us", "my SS# is {SSN:split_by_noise} and my zip is {#zip4}"),
    (
        "us",
        "I don't have a social, I file with ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER} since {#year}",
    ),
    ("us", "itin {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:spelled_out}"),
    (
        "gb",
        "national insurance {UK_NATIONAL_INSURANCE_NUMBER:spaced_or_dashed} for the claim {#policy}",
    ),
    ("gb", ["NI?", "{UK_NATIONAL_INSURANCE_NUMBER:context_only}"]),
    ("gb", "passport {PASSPORT_NUMBER} flying {#flight} on {#date}, seat {#seat}"),
    ("us", "booking {#booking} — passport no. {PASSPORT_NUMBER:spaced_or_dashed}"),
    ("us", "DL {DRIVER_ID} for the rental pick up at {#time}"),
    ("gb", "driving licence {DRIVER_ID} plate {#plate}"),
    ("us", "router ip is {IP_ADDRESS} and mac {MAC_ADDRESS}, firmware {#version}"),
    (
        "us",
        ["modem reset didnt help", "{MAC_ADDRESS} is the device, getting {#data_size} down max"],
    ),
    ("us", "whitelist {IP_ADDRESS} pls, ticket {#ticket}"),
    ("gb", "room {#room}, wifi blocks my laptop, mac addr {MAC_ADDRESS}"),
    ("us", "i live in spain now, my DNI is {ES_DNI} and NIE was {ES_NIE}"),
    ("us", "for the mexico transfer: CLABE {MX_CLABE} RFC {MX_RFC} CURP {MX_CURP}"),
    ("us", "my brazilian CPF {BR_CPF} and the company CNPJ {BR_CNPJ}"),
    ("gb", "french secu number {FR_NIR:spaced_or_dashed} and german steuer id {DE_TAX_ID}"),
    ("gb", "portuguese NIF {PT_NIF} for the invoice {#invoice} pls"),
    ("*", "{?label} is {?}"),
    ("*", "{?} <- {?label}"),
    ("*", "hi!! {?label} {?} thx"),
    ("*", "{?label} = {?} , order {#order}"),
    ("*", "sorry forgot, {?label}  {?}"),
    ("*", ["{?label}?", "{?:context_only}"]),
    ("*", ["ok my {?label}", "{?:context_only}"]),
    ("*", ["{?label} {?~1}", "{?~2}", "{?~3}"]),
    ("*", ["{?label} starts {?~1}", "then {?~2}"]),
    ("*", ["here u go {?label} {?~1}", "{?~2}"]),
]
