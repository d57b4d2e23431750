"""English customer messages, hand-written. Slots: {TYPE} or {TYPE:family}; {TYPE~n} is part n of a
value typed over several messages; {@} and {?} are the label and value of a type the generator picks;
[kind] is a number that must stay visible. No digits in here."""

LOCALES = ["en-US", "en-GB", "en-US", "en-IE", "en-CA"]
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NOISE = [" | ", " / ", " 👉 ", " and then ", "\n", " 🙏 ", " .. "]
AT = [" at ", " (at) ", " [at] "]
DOT = [" dot ", " (dot) ", " [dot] "]

LABELS = {
    "CREDIT_DEBIT_NUMBER": ["my card number", "card no"],
    "CREDIT_DEBIT_CVV": ["the cvv", "security code on the back"],
    "CREDIT_DEBIT_EXPIRY": ["expiry", "exp date"],
    "PIN": ["my pin", "the pin i set"],
    "BANK_ACCOUNT_NUMBER": ["account number", "acct #"],
    "BANK_ROUTING": ["routing / sort code", "routing no"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["my iban", "IBAN"],
    "SWIFT_CODE": ["swift", "BIC/SWIFT"],
    "EMAIL": ["my email", "email on the account"],
    "PHONE": ["my cell", "phone number"],
    "SSN": ["social", "my SSN"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["my ITIN", "tax id (itin)"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI number", "national insurance no"],
    "PASSPORT_NUMBER": ["passport no", "my passport number"],
    "DRIVER_ID": ["drivers license", "DL number"],
    "PASSWORD": ["password", "the pw"],
    "USERNAME": ["username", "my login"],
    "IP_ADDRESS": ["my ip", "router ip"],
    "MAC_ADDRESS": ["mac address", "the MAC"],
    "AWS_ACCESS_KEY": ["access key id", "aws key"],
    "AWS_SECRET_KEY": ["secret key", "aws secret"],
    "ES_DNI": ["spanish DNI", "my DNI"],
    "ES_NIE": ["my NIE", "NIE number"],
    "MX_CURP": ["CURP", "my curp"],
    "MX_RFC": ["RFC", "my rfc"],
    "MX_CLABE": ["CLABE", "clabe acct"],
    "BR_CPF": ["CPF", "my cpf"],
    "BR_CNPJ": ["company CNPJ", "cnpj"],
    "FR_NIR": ["french social security no", "numero de secu"],
    "DE_TAX_ID": ["german tax id", "Steuer-ID"],
    "PT_NIF": ["NIF", "portuguese NIF"],
}

GENERIC = [
    ["hi there, {@}: {?}"],
    ["{@} is {?} if that helps"],
    ["ok so {@} = {?} pls fix this asap"],
    ["sorry one sec", "{@} {?} thx"],
    ["the app keeps asking for {@}, i typed {?} but it says error [error_code]"],
    ["{@}?? its {?}"],
    ["{@} -> {?} order [order_number] btw"],
    ["i'll send {@} in bits", "{?~1}", "{?~2}"],
    ["{@} starts {?~1}", "then {?~2}", "{?~3} done"],
    ["here's {@}:\n{?}\n(copied from my notes)"],
]

TEMPLATES = [
    ["hi, my card {CREDIT_DEBIT_NUMBER} got charged twice for order [order_number]"],
    [
        "card ending... actually full number {CREDIT_DEBIT_NUMBER:spaced_or_dashed} exp {CREDIT_DEBIT_EXPIRY} cvv {CREDIT_DEBIT_CVV}"
    ],
    [
        "yo",
        "card is {CREDIT_DEBIT_NUMBER~1}",
        "{CREDIT_DEBIT_NUMBER~2}",
        "exp {CREDIT_DEBIT_EXPIRY:compact_expiry}",
    ],
    [
        "{CREDIT_DEBIT_NUMBER:split_by_noise} that's the card, the [price] payment on [date] never went through"
    ],
    ["the code on the back is {CREDIT_DEBIT_CVV:spelled_out}"],
    ["pin is {PIN:context_only} i think, or maybe i changed it in [year]"],
    ["can't log in!!! username {USERNAME} password {PASSWORD}"],
    ["ok my login is {USERNAME:context_only} and pw {PASSWORD:context_only} dont judge lol"],
    ["tried this link and it failed: {PASSWORD:url_credentials} 😩"],
    [
        "our dev pasted this in the ticket [ticket_number] by mistake:\n{AWS_ACCESS_KEY:key_value_secret}\n{AWS_SECRET_KEY:key_value_secret}"
    ],
    ["email me at {EMAIL} not the old one pls"],
    ["my email is {EMAIL:email_spelled} (cant type the symbol on this keyboard)"],
    ["the reset link was {EMAIL:percent_encoded} and it says expired"],
    ["call me back on {PHONE} after [time]"],
    ["my number {PHONE:spaced_or_dashed}. no calls before [time] please, i work nights"],
    ["number is {PHONE~1}", "{PHONE~2}"],
    ["u can text {PHONE:letter_substitution} or just reply here"],
    ["phone {PHONE:spelled_out}"],
    [
        "wire came from {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken} swift {SWIFT_CODE}, amount [price]"
    ],
    ["refund to IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER} please, invoice [invoice_number]"],
    [
        "iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER~1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER~2}",
        "sorry phone cut it",
    ],
    ["direct deposit: routing {BANK_ROUTING} account {BANK_ACCOUNT_NUMBER}"],
    ["acct {BANK_ACCOUNT_NUMBER:letter_substitution} (the savings one)"],
    ["the account that ends... ok its {BANK_ACCOUNT_NUMBER:spaced_or_dashed}"],
    ["for the tax form: SSN {SSN} and zip [postal_code]"],
    ["ssn {SSN:spaced_or_dashed} dob is not needed right?"],
    ["i dont have ssn, my itin is {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER}"],
    ["NI no. {UK_NATIONAL_INSURANCE_NUMBER} for the claim, postcode on file is old"],
    ["passport {PASSPORT_NUMBER} booking [booking_reference] flight [flight_number]"],
    ["license # {DRIVER_ID} rental pickup at [time] store [store_number]"],
    [
        "router keeps dropping. ip {IP_ADDRESS} mac {MAC_ADDRESS} model [product_model] firmware [version]"
    ],
    ["ok thanks a lot, have a good one"],
    ["still waiting on package [tracking_number], it said [quantity] items but i got [count]"],
    ["why is my bill [price] this month?? meter says [meter_reading]"],
    ["room [room_number], checking out [date], invoice [invoice_number] pls"],
    ["lol ok ty"],
    ["policy [policy_number] covers [percentage] right? phone was a [product_model]"],
    ["data plan [data_size] ran out on day [count], ref [lookalike_number]"],
    ["customer no [lookalike_number] (not my account number)", "account is {BANK_ACCOUNT_NUMBER}"],
    ["CPF {BR_CPF:spaced_or_dashed} for the brazil order [order_number]"],
    ["they want my DNI {ES_DNI} and NIE of my wife {ES_NIE}?"],
    ["german steuer id {DE_TAX_ID:split_by_noise} for the invoice"],
    ["pay to clabe {MX_CLABE:spaced_or_dashed}"],
    ["({EMAIL}) <- thats the one on file, not gmail"],
    ['"{PHONE}" is what the form shows but its wrong'],
    [
        "{CREDIT_DEBIT_NUMBER:letter_substitution}",
        "^ card. expires [date]?? no wait thats the delivery date",
    ],
    [
        "gas meter [meter_reading], acct [lookalike_number], pay from iban ({INTERNATIONAL_BANK_ACCOUNT_NUMBER})"
    ],
    ["hey can u update my address, zip [postal_code], cell {PHONE} and email {EMAIL}"],
]
