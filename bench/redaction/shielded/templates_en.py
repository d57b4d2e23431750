"""English customer chats, written by hand. Slots: {CARD} etc. (a PII type, family drawn),
{CARD:spelled_out} (family fixed), {ANY} (a context phrase from LEXICON and a value of the type the
generator still needs), {MM1:CARD}/{MM2}/{MM3} (one value typed across messages), {k:kind} (must_keep)."""

LOCALES = ["en-US", "en-US", "en-GB", "en-GB", "en-US"]

TEMPLATES = [
    (
        "hi there",
        "my card got declined at store {k:store_number} trying to pay {k:price}, card is {CARD} exp {EXP}",
    ),
    ("need to update my billing info pls", "new card {CARD} cvv {CVV}", "thx"),
    (
        "yo can u check order {k:order_number}?? it says delivered but nothing here, my # is {PHONE}",
        "my email on the account is {EMAIL}",
    ),
    (
        "Hello, I was charged twice for invoice {k:invoice_number} ({k:price} each) on the card ending {CARD}.",
        "{ANY}",
    ),
    ("my card number is {MM1:CARD}", "{MM2}", "{MM3}"),
    (
        "the app keeps throwing {k:error_code} after updating to {k:version} on {EMAIL}",
        "login is {USER} and pw {PWD} if u need it",
    ),
    ("hey i moved to zip {k:postal_code}, pls update. phone {PHONE}", "also {ANY}"),
    (
        "Good morning. For the direct debit: routing {ROUTING}, account {ACCT}.",
        "Contract {k:contract_number} if that helps, {ANY}",
    ),
    ("ok so my tax thing: {ANY} and {ANY}", "lol sorry for the mess"),
    (
        "im calling abt my claim on policy {k:policy_number}, accident was on {k:date} around {k:time}. reach me at {PHONE}",
        "my SSN is {SSN}",
        "and DL {DL}",
    ),
    ("wire transfer from abroad, they asked for IBAN {IBAN} and swift {SWIFT}, correct??",),
    (
        "router model {k:product_model} drops every {k:count} mins, account holder email {EMAIL}",
        "mac {MAC} ip {IP}",
        "speed test says {k:data_size}",
    ),
    ("ok here is the config i pasted from the console", "{SECRET}\n{AKID}", "pls rotate asap"),
    (
        "flight {k:flight_number} on {k:date}, booking {k:booking_reference}, paid w/ {CARD}",
        "passport no. {PASSPORT} and {ANY}",
    ),
    ("can you reset my pin? the old one was {PIN}", "never mind i remember it now"),
    ("phone number for the account: {MM1:PHONE}", "{MM2}"),
    ("{EMAIL} is my login btw", "{ANY}", "ticket {k:ticket_number}"),
    (
        "Hi, hotel room {k:room_number}, {k:quantity} nights, i paid with card ending {CARD}",
        "{ANY}",
    ),
    ("my NI number {NINO} - needed for the pension form?", "and {ANY}"),
    (
        "why is my bill {k:percentage} higher this month?? meter says {k:meter_reading} (acct holder {EMAIL})",
        "account {ACCT}",
    ),
    ("sorting out my dad's stuff, {ANY}", "his {ANY}", "thanks for being patient"),
    ("iban is {MM1:IBAN}", "{MM2}"),
    ("tracking {k:tracking_number} hasn't moved since {k:date}, they have my cell {PHONE}", "ugh"),
    ("card {CARD} / {EXP} / {CVV}", "{ANY}"),
    ("my car reg is {k:plate_number}, parking fine from {k:year}, DL {DL}", "{ANY}"),
    (
        "seat {k:seat_number} was double booked on my passport {PASSPORT}",
        "my email {EMAIL} and mobile {PHONE}",
    ),
    ("sending the account no for the refund", "{MM1:ACCT}", "{MM2} sorry hit enter too early"),
]

LEXICON = {
    "CREDIT_DEBIT_NUMBER": ["card no {v}", "my debit card is {v}"],
    "CREDIT_DEBIT_CVV": ["the code on the back is {v}", "cvc {v}"],
    "CREDIT_DEBIT_EXPIRY": ["expires {v}", "exp date {v}"],
    "PIN": ["pin {v}", "my pin number is {v}"],
    "BANK_ACCOUNT_NUMBER": ["acct # {v}", "checking account {v}"],
    "BANK_ROUTING": ["routing {v}", "sort code {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "my iban: {v}"],
    "SWIFT_CODE": ["swift/bic {v}", "bic code {v}"],
    "EMAIL": ["email me at {v}", "e-mail: {v}"],
    "PHONE": ["call me on {v}", "my cell is {v}"],
    "SSN": ["social {v}", "ssn {v}"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["my ITIN is {v}", "itin {v}"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI no {v}", "national insurance {v}"],
    "PASSPORT_NUMBER": ["passport {v}", "passport number is {v}"],
    "DRIVER_ID": ["drivers license {v}", "licence number {v}"],
    "PASSWORD": ["password is {v}", "pwd {v}"],
    "USERNAME": ["username {v}", "my user is {v}"],
    "IP_ADDRESS": ["my ip shows {v}", "IP: {v}"],
    "MAC_ADDRESS": ["mac address {v}", "device MAC {v}"],
    "AWS_ACCESS_KEY": ["access key id {v}", "the key {v}"],
    "AWS_SECRET_KEY": ["secret key {v}", "aws secret {v}"],
    "ES_DNI": ["my spanish DNI {v}", "DNI {v}"],
    "ES_NIE": ["my NIE from spain is {v}", "NIE {v}"],
    "MX_CURP": ["my mexican CURP {v}", "curp {v}"],
    "MX_RFC": ["RFC {v}", "my RFC (mexico tax) {v}"],
    "MX_CLABE": ["CLABE {v}", "the clabe for the transfer {v}"],
    "BR_CPF": ["my CPF {v}", "cpf: {v}"],
    "BR_CNPJ": ["company CNPJ {v}", "cnpj {v}"],
    "FR_NIR": ["french social security no {v}", "NIR {v}"],
    "DE_TAX_ID": ["german tax id {v}", "Steuer-ID {v}"],
    "PT_NIF": ["portuguese NIF {v}", "nif {v}"],
}
