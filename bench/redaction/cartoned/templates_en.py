"""English customer turns. DEV and SEALED are disjoint; see render.py for the syntax."""

LANG = "en"

WORDS = {
    "CREDIT_DEBIT_NUMBER": [
        "card number",
        "card no",
        "card #",
        "debit card",
        "credit card",
        "cc num",
        "visa",
        "card",
    ],
    "CREDIT_DEBIT_CVV": [
        "cvv",
        "CVV",
        "security code",
        "cvc",
        "the three digits on the back",
        "sec code",
    ],
    "CREDIT_DEBIT_EXPIRY": ["expiry", "exp date", "expiration", "valid thru", "exp"],
    "PIN": ["pin", "PIN", "pin code", "pin number", "atm pin"],
    "PASSWORD": ["password", "pwd", "pass", "passwrod", "login password"],
    "USERNAME": ["username", "user name", "login", "user id", "handle"],
    "EMAIL": ["email", "e-mail", "mail", "email address", "emial"],
    "PHONE": ["phone", "cell", "mobile", "phone number", "number", "ph", "tel"],
    "BANK_ACCOUNT_NUMBER": [
        "account number",
        "acct no",
        "acct #",
        "checking account",
        "savings acct",
        "account",
    ],
    "BANK_ROUTING": ["routing number", "routing #", "ABA", "sort code", "routing no", "rtn"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "IBAN",
        "iban",
        "international account number",
        "IBAN no",
    ],
    "SWIFT_CODE": ["SWIFT", "swift code", "BIC", "bic code", "SWIFT/BIC"],
    "SSN": ["SSN", "social", "social security number", "soc sec #", "ssn"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [
        "ITIN",
        "itin",
        "individual taxpayer id",
        "tax id (ITIN)",
    ],
    "UK_NATIONAL_INSURANCE_NUMBER": [
        "NI number",
        "national insurance number",
        "NINO",
        "NI no",
        "nat insurance",
    ],
    "PASSPORT_NUMBER": ["passport number", "passport no", "passport #", "passport", "pasport"],
    "DRIVER_ID": [
        "driver's license",
        "drivers licence",
        "DL number",
        "DL#",
        "driving licence number",
        "license no",
    ],
    "IP_ADDRESS": ["IP", "ip address", "IP addr", "public ip"],
    "MAC_ADDRESS": ["MAC", "mac address", "MAC addr", "hardware address"],
    "AWS_ACCESS_KEY": ["access key", "AWS access key id", "access key id", "aws key"],
    "AWS_SECRET_KEY": ["secret key", "aws secret", "secret access key", "secret"],
    "ES_DNI": ["DNI", "spanish ID", "dni", "DNI number"],
    "ES_NIE": ["NIE", "nie", "foreigner id number (NIE)", "NIE number"],
    "MX_CURP": ["CURP", "curp", "mexican CURP"],
    "MX_RFC": ["RFC", "rfc", "mexican tax id (RFC)"],
    "MX_CLABE": ["CLABE", "clabe", "CLABE interbancaria", "clabe number"],
    "BR_CPF": ["CPF", "cpf", "brazilian CPF"],
    "BR_CNPJ": ["CNPJ", "cnpj", "company CNPJ"],
    "FR_NIR": ["NIR", "french social security number", "numero de secu", "INSEE number"],
    "DE_TAX_ID": ["Steuer-ID", "german tax id", "Steuer ID", "IdNr", "tax ID"],
    "PT_NIF": ["NIF", "portuguese NIF", "contribuinte number", "nif"],
}

DEV = [
    "hey so I need to update my {X.w}, the new one is {X} thanks",
    "can u check my {X.w} is right on file? {X} its for the order {#order}",
    "card {CREDIT_DEBIT_NUMBER} exp {CREDIT_DEBIT_EXPIRY} cvv {CREDIT_DEBIT_CVV}, charge the {#price} pls",
    ["my card is {CREDIT_DEBIT_NUMBER:mm1}", "{CREDIT_DEBIT_NUMBER:mm2}", "sorry wifi dropped"],
    ["the number you can reach me on is {PHONE:mm1}", "{PHONE:mm2} (after {#time} is best)"],
    [
        "wire details: acct {BANK_ACCOUNT_NUMBER:mm1}",
        "{BANK_ACCOUNT_NUMBER:mm2} and routing {BANK_ROUTING}",
    ],
    "[[pls|please]] send the confirmation to {EMAIL}, not the old one, it bounced on {#date}",
    "link u sent me is broken: https://help.example.com/reset?email={EMAIL:percent_encoded}&ticket={#ticket}",
    "tried logging in with https://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@portal.example.net but it says expired",
    [
        "this is what's in my config, is it leaking??",
        "AWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}",
    ],
    ["what do you need from me", "{SSN:context_only}", "that's the one on my tax form"],
    "ok. my router {#product_model} shows {IP_ADDRESS} and the box mac is {MAC_ADDRESS}, firmware {#version}",
    "refund {#amount} to IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER}, swift {SWIFT_CODE} pls, invoice {#invoice}",
    "@en-US the parcel {#tracking} was supposed to arrive at zip {#zip4} on {#date}, it's been {#duration}",
    "expiry is {CREDIT_DEBIT_EXPIRY:compact_expiry} btw and the pin i set was {PIN}",
]

SEALED = [
    "yo quick one, {X.w}: {X}",
    ["Regarding ticket {#ticket}, you asked for my {X.w} - it's {X}. Anything else?"],
    "Could you please change the {X.w} on my account to {X}? The old one was wrong since {#year}",
    "pasting from my notes:\n{X.w}: {X}\nstore: {#store}\nqty: {#quantity}",
    "i think i typed my {X.w} wrong on the form. correct is {X}",
    "Good morning, I was charged {#price} twice on card ending... actually here is the full number {CREDIT_DEBIT_NUMBER}",
    [
        "ok here goes",
        "{CREDIT_DEBIT_NUMBER}",
        "valid till {CREDIT_DEBIT_EXPIRY}",
        "back code {CREDIT_DEBIT_CVV}",
    ],
    "visa {CREDIT_DEBIT_NUMBER:spaced_or_dashed}, exp{CREDIT_DEBIT_EXPIRY:compact_expiry}, cvc {CREDIT_DEBIT_CVV:spelled_out}",
    [
        "I'll send the card in bits for safety lol",
        "{CREDIT_DEBIT_NUMBER:mm1}",
        "{CREDIT_DEBIT_NUMBER:mm2}..",
        "{CREDIT_DEBIT_NUMBER:mm3} done",
    ],
    ["call me back on {PHONE:mm1}", "{PHONE:mm2}", "{PHONE:mm3} i'm free till {#time}"],
    [
        "IBAN for the refund {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2}",
    ],
    ["social is {SSN:mm1}", "{SSN:mm2}"],
    ["my clabe, since the transfer is to mexico: {MX_CLABE:mm1}", "rest: {MX_CLABE:mm2}"],
    "phone {PHONE}, sorry no, it's {PHONE.2} - the first one is my old work line",
    "email me at {EMAIL:email_spelled} (the bot keeps eating my at sign)",
    "Hi, I'm locked out of account {#customer_ref}. Username {USERNAME}, password I last used was {PASSWORD}",
    "the app crashes with {#error_code} on version {#version} when I enter my {PIN.w} {PIN}",
    "@en-GB my meter says {#meter_reading} today, account {BANK_ACCOUNT_NUMBER} for the direct debit, sort code {BANK_ROUTING}",
    "@en-US Can I pay the {#amount} bill from {BANK_ACCOUNT_NUMBER}? routing {BANK_ROUTING}",
    "flight {#flight} seat {#seat}, passport {PASSPORT_NUMBER}, booking ref {#booking}",
    "for the rental pickup: DL {DRIVER_ID}, plate {#plate} was the car last time",
    "@en-US gov portal asked for ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER} and SSN of my spouse {SSN}, is that safe??",
    "@en-GB National Insurance no. {UK_NATIONAL_INSURANCE_NUMBER}, postcode {#postal_code}",
    "im renting in madrid so the form wants my NIE {ES_NIE} and my wife's DNI {ES_DNI}",
    "mexican docs: CURP {MX_CURP}, RFC {MX_RFC}",
    "brazil branch invoice needs CNPJ {BR_CNPJ} and my CPF {BR_CPF}, total {#price}",
    "french insurer wants numero de secu {FR_NIR} and the {#percentage} discount applied",
    "moving to berlin, tax id is {DE_TAX_ID}, contract {#contract}",
    "portuguese NIF {PT_NIF}, order {#order} of {#quantity} units",
    "IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}\nBIC {SWIFT_CODE}",
    "unsubscribe link: https://mail.example.org/unsub?u={EMAIL:percent_encoded}&tel={PHONE:percent_encoded}",
    "webhook is set to sftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@files.example.com/upload, still failing with {#error_code}",
    "deploy log printed this, please rotate:\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}\nREGION=eu-west-one",
    "DB_PASSWORD={PASSWORD:key_value_secret} is what the installer wrote into .env, is that right",
    ["you asked which one", "{PHONE:context_only}", "landline doesn't work"],
    ["where do I send it", "to {EMAIL:context_only} please"],
    ["what's the last thing you need", "{BR_CPF:context_only}"],
    "my ip {IP_ADDRESS} got blocked after {#count} tries, MAC {MAC_ADDRESS}",
    "access key {AWS_ACCESS_KEY} leaked in a public repo, secret {AWS_SECRET_KEY}, pls help",
    "used {#data_size} of my plan already and it's only {#date}??",
    "my internet is down since {#time}, router {#product_model}, ticket {#ticket}",
    [
        "Hi",
        "I ordered {#quantity} items on {#date}, order {#order}",
        "still nothing, tracking says {#tracking}",
    ],
    "room {#room} for {#count} nights, booking {#booking}, total {#price}",
    "policy {#policy} renewal went up {#percentage}, why",
    "thx!! all sorted",
]

DEV += [
    [
        "ok so you want the account the refund goes to?",
        "yeah that one, {BANK_ACCOUNT_NUMBER:context_only}",
    ],
    "Name: Dana Whitcombe\nEmail: {EMAIL}\nPhone: {PHONE}\nOrder: {#order}\nIssue: arrived broken",
    "lol my kid reset the tv pin to {PIN:spelled_out} and now nobody remembers it. model {#product_model}",
]

SEALED += [
    "- full name: Rory Pembleton\n- DOB: on file\n- {SSN.w}: {SSN}\n- {PHONE.w}: {PHONE}\n- ref {#customer_ref}",
    [
        "so the guy on the phone said to give u my NI",
        "{UK_NATIONAL_INSURANCE_NUMBER:context_only} there u go",
    ],
    "honestly been on hold {#duration}, just take the card already: {CREDIT_DEBIT_NUMBER} / {CREDIT_DEBIT_EXPIRY} / {CREDIT_DEBIT_CVV}",
    "The reset mail went to {EMAIL} but I don't have access anymore (old job). New: {EMAIL.2}",
    "wait the cvv is {CREDIT_DEBIT_CVV}, not what i said earlier, I misread a digit",
    "@en-US Routing {BANK_ROUTING:spaced_or_dashed} and checking {BANK_ACCOUNT_NUMBER:spaced_or_dashed}, direct deposit should start on {#date}",
    "my gf's cell {PHONE:spelled_out} in case I'm not picking up",
    "okay so the passport I travelled with is {PASSPORT_NUMBER} but I renewed it in {#year}, is that a problem for booking {#booking}?",
    ["the driver's license question", "it's {DRIVER_ID:context_only} - do you need the state too?"],
    "Teammate shared the admin creds as https://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@admin.example.org in slack, can you revoke?",
    "router admin page at {IP_ADDRESS} keeps timing out, my laptop's mac is {MAC_ADDRESS}, speed test says {#data_size}",
    ["my iban got cut off in the last message", "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}"],
    "still no refund of {#price} for order {#order}. placed {#date} at {#time}, paid {#percentage} deposit",
]

SEALED += [
    [
        "ok the routing is {BANK_ROUTING} and the account starts {BANK_ACCOUNT_NUMBER:mm1}",
        "ends {BANK_ACCOUNT_NUMBER:mm2}",
    ],
    [
        "passport reads {PASSPORT_NUMBER} and my mobile is {PHONE:mm1}",
        "{PHONE:mm2} sorry hit enter too soon",
    ],
    [
        "cpf for the brazilian invoice",
        "{BR_CPF:mm1}",
        "{BR_CPF:mm2}",
        "{BR_CPF:mm3} that's all of it",
    ],
]
DEV += [
    [
        "iban: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2} that's the rest",
    ],
]

DEV += [
    "quick list for the claim:\n* policy {#policy}\n* my {PHONE.w} {PHONE}\n* {PASSPORT_NUMBER.w} {PASSPORT_NUMBER}\n* damage approx {#price}",
    "pardon my spanish lol, mi correo es {EMAIL} and the clabe {MX_CLABE}",
    "is it normal that the meter jumped from {#meter_reading} to {#meter_reading} in {#duration}?",
]

DEV += [
    "flight {#flight}, seat {#seat}, {#count} bags, booking {#booking}. the pasport on it is {PASSPORT_NUMBER} - room {#room} at the airport hotel too",
    "customer {#customer_ref}, contract {#contract}, store {#store}: bought {#quantity} of them in {#year}, {#percentage} off, car {#plate}, DL {DRIVER_ID}, data {#data_size}",
]

SEALED += [
    "@en-US ugh the IRS letter says my ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:spaced_or_dashed} doesn't match?? I've used it since {#year}",
    [
        "@en-GB hiya, it's about the gas bill",
        "reading today {#meter_reading}",
        "oh and pay it from sort code {BANK_ROUTING} acc {BANK_ACCOUNT_NUMBER}",
    ],
    "if it helps my social ends in... actually whatever here's all of it {SSN:split_by_noise}",
    "Sent from my iPhone\n\n> card: {CREDIT_DEBIT_NUMBER:letter_substitution}\n> exp: {CREDIT_DEBIT_EXPIRY}",
    [
        "was it the phone or the email you needed",
        "both? ok",
        "{PHONE:context_only}",
        "{EMAIL:context_only}",
    ],
    "I work remote for a spanish company so payroll wants my NIE ({ES_NIE:spaced_or_dashed}) AND my national insurance {UK_NATIONAL_INSURANCE_NUMBER:split_by_noise}",
    "pin's {PIN:letter_substitution}. yes I know I shouldn't send it here, the app won't let me reset it",
    "so the SWIFT is {SWIFT_CODE} and IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:letter_substitution} - my landlord in lisbon needs {#price} by {#date}",
    "new number!! {PHONE:letter_substitution} save it, the old one got stolen on the {#flight} flight",
    "can't remember if I signed up as {USERNAME} or {USERNAME.2}, email would be {EMAIL}",
    "The CNPJ on the invoice {#invoice} is wrong, should be {BR_CNPJ:split_by_noise}",
    "mi amigo said u need the CURP. {MX_CURP}. he also said RFC? {MX_RFC:spaced_or_dashed}",
    "Hi team, order {#order} - error {#error_code} on checkout after typing card {CREDIT_DEBIT_NUMBER:spelled_out}",
]

DEV += [
    [
        "morning! quick q before my shift",
        "my direct debit bounced last month ({#price}), can you retry from {BANK_ACCOUNT_NUMBER:letter_substitution}?",
    ],
    ["sorry the last one had a typo", "{CREDIT_DEBIT_NUMBER:split_by_noise}"],
    ["thanks for waiting", "no rush, I'll be here till {#time}. btw {USERNAME.w} is {USERNAME}"],
]

DEV += [
    "{EMAIL} is the right email, the one ending in .net was a typo",
    "SOS!!! someone used my card {CREDIT_DEBIT_NUMBER} at store {#store} at {#time}, I'm in another city 😭",
    '"{PASSWORD}" <- that\'s literally what it auto-filled, still wrong password error {#error_code}',
]

SEALED += [
    "{PHONE} is my whatsapp, text don't call pls",
    "@en-US I'M SO DONE. THIRD TIME: MY ACCOUNT IS {BANK_ACCOUNT_NUMBER} AND ROUTING {BANK_ROUTING}",
    "cvv:{CREDIT_DEBIT_CVV} exp:{CREDIT_DEBIT_EXPIRY}",
    "so my mum (she's {#count} and not great with phones lol) set up the account with her email ({EMAIL:email_spelled}) and now she can't get in, her user is {USERNAME}",
    "@en-GB hi!! 🙂 moving house on {#date}, new postcode {#postal_code}, same mobile {PHONE:split_by_noise} 👍",
    "Passport: {PASSPORT_NUMBER:letter_substitution} (the O might be a zero, hard to read the photo)",
    "the bank's BIC is {SWIFT_CODE}? or is that the branch one. iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER}",
    "tax stuff for my au pair from madrid: DNI {ES_DNI:spelled_out} i think, she read it out to me",
]

SEALED += [
    [
        "account no. for the payout {BANK_ACCOUNT_NUMBER:mm1}",
        "ugh autocorrect",
        "{BANK_ACCOUNT_NUMBER:mm2}",
    ],
]
DEV += [
    ["ok ssn {SSN:mm1}", "{SSN:mm2} - please don't store it"],
]

DEV += [
    "@en-US DMV appointment {#date} at {#time}: they want my old license {DRIVER_ID} and the new address ZIP {#zip4}",
]
SEALED += [
    "benefits office said to message here - my NINO is {UK_NATIONAL_INSURANCE_NUMBER}, claim ref {#customer_ref}, I've been waiting {#duration}",
    "our workspace is stuck on plan {#product_model} after the upgrade, admin login {USERNAME}, the invoice {#invoice} shows {#price} and seats {#count}",
]
