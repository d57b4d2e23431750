"""English customer chats, written by hand. `{TYPE:family}` is a PII slot (`A|B` alternatives cycle over
instances), `{TYPE:multi_message:gN}` a value typed across messages, `{#kind}` a hard negative."""

LOCALES = ["en-US", "en-US", "en-GB", "en-CA", "en-IE"]

DEV = [
    [
        "hi my card got declined at the store {#store_number} lol",
        "card is {CREDIT_DEBIT_NUMBER:plain|spaced_or_dashed|letter_substitution} exp {CREDIT_DEBIT_EXPIRY:compact_expiry|plain} cvv {CREDIT_DEBIT_CVV:plain|spelled_out}",
    ],
    [
        "ok so i want to pay the remaining {#price} on order #{#order_number}",
        "my card is {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "sorry chat cut me off, customer no {#account_digits_fake} if u need it",
    ],
    [
        "wire didnt arrive!! IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken|spaced_or_dashed|split_by_noise} swift {SWIFT_CODE:plain}, sent {#date}"
    ],
    [
        "pls update my direct deposit: routing {BANK_ROUTING:plain|spaced_or_dashed} acct {BANK_ACCOUNT_NUMBER:plain|split_by_noise|context_only}",
        "thx, acct holder login {USERNAME:plain}",
    ],
    [
        "email me the invoice {#invoice_number} at {EMAIL:email_spelled|plain|percent_encoded}",
        "or text {PHONE:plain|spaced_or_dashed|spelled_out}",
    ],
    [
        "the unsubscribe link is broken https://news.shop-example.com/u?e={EMAIL:percent_encoded}&src=mail",
        "error {#error_code} every time, im signed in as {USERNAME:context_only|plain}",
    ],
    [
        "need to verify for the tax form, ssn {SSN|US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|spaced_or_dashed|letter_substitution}",
        "(the itin one if thats what u need) email is {EMAIL:plain}",
    ],
    [
        "im british living in spain, NI number {UK_NATIONAL_INSURANCE_NUMBER:plain} and my NIE is {ES_NIE|ES_DNI:plain|spaced_or_dashed}",
        "residency card expires {#year}",
    ],
    [
        "booking {#booking_reference} flight {#flight_number} - passport no {PASSPORT_NUMBER:plain|context_only}",
        "seat {#seat_number} if possible, reach me on {PHONE:plain|spaced_or_dashed}",
    ],
    [
        "rental car desk asked for my driving licence number: {DRIVER_ID:plain|spaced_or_dashed}",
        "pickup {#date} at {#time}, cell {PHONE:spaced_or_dashed|plain}",
    ],
    [
        "forgot my password, old one was {PASSWORD:context_only|plain} and username {USERNAME:plain|context_only}",
        "it says account locked for {#duration} minutes, recovery mail {EMAIL:email_spelled|plain}",
    ],
    [
        "our ci leaked this, pls rotate:\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}"
    ],
    [
        "router {#product_model} on firmware {#version}",
        "lan ip {IP_ADDRESS:plain} mac {MAC_ADDRESS:plain}",
        "the ftp backup uses ftp://{USERNAME:plain}:{PASSWORD:url_credentials}@nas.home.example",
    ],
    [
        "working in mexico now, payroll wants my CURP {MX_CURP:plain} and RFC {MX_RFC:plain}",
        "and clabe {MX_CLABE:plain|spaced_or_dashed|split_by_noise}",
    ],
    [
        "my brazilian supplier gave cpf {BR_CPF|BR_CNPJ:plain|spaced_or_dashed}",
        "also french social security no {FR_NIR:plain|spaced_or_dashed} german tax id {DE_TAX_ID:plain|spelled_out} portuguese NIF {PT_NIF:plain|letter_substitution}",
    ],
    [
        "card pin is {PIN:spelled_out|plain|context_only} i think",
        "no wait thats for the old card, new one is {PIN:plain|context_only}",
    ],
    ["hey", "is anyone there? been waiting {#duration} min"],
]

SEALED = [
    [
        "Hello, I was charged twice ({#price}) for order {#order_number}.",
        "Card ending... actually here's the full number {CREDIT_DEBIT_NUMBER:plain|split_by_noise|spelled_out}",
        "expires {CREDIT_DEBIT_EXPIRY:plain|spaced_or_dashed}",
    ],
    [
        "can u change my billing? new card {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "exp {CREDIT_DEBIT_EXPIRY:compact_expiry} and the three digits on the back {CREDIT_DEBIT_CVV:context_only|plain}",
    ],
    ["my phone number changed its now {PHONE:multi_message:g1}", "{PHONE:multi_message:g1}"],
    [
        "Please refund to {INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
    ],
    ['"{EMAIL:plain|email_spelled}" is my login email, the app ({#version}) won\'t let me in'],
    [
        "PACKAGE {#tracking_number} says delivered but nothing here?? zip {#postal_code}",
        "call me {PHONE:plain|letter_substitution|split_by_noise}",
    ],
    ["{PHONE:plain|spaced_or_dashed} <- thats my cell, the one on file is wrong"],
    [
        "hi there, moving from the {#data_size} plan to unlimited, acct holder email {EMAIL:email_spelled}"
    ],
    [
        "i paid the electric bill twice, meter read {#meter_reading}, acct no {BANK_ACCOUNT_NUMBER:plain|spaced_or_dashed} routing {BANK_ROUTING:plain|context_only}"
    ],
    [
        "sort code {BANK_ROUTING:plain} account {BANK_ACCOUNT_NUMBER:multi_message:g1}",
        "{BANK_ACCOUNT_NUMBER:multi_message:g1}",
    ],
    [
        "the bank says SWIFT/BIC {SWIFT_CODE:plain|spaced_or_dashed} and IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:plain|iban_broken}",
        "is that right for a transfer of {#price}?",
    ],
    [
        "social: {SSN:plain|spelled_out|split_by_noise}",
        "dob is on the form already, member id {#account_digits_fake}",
    ],
    [
        "my ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|spaced_or_dashed} was rejected on the {#year} return"
    ],
    [
        "National Insurance no. {UK_NATIONAL_INSURANCE_NUMBER:spaced_or_dashed|plain} for the pension transfer, policy {#policy_number}"
    ],
    [
        "passport {PASSPORT_NUMBER:plain} expires soon, does that matter for flight {#flight_number} on {#date}?"
    ],
    [
        "ok",
        "the number on my passport is {PASSPORT_NUMBER:context_only}",
        "thanks!! 🙏 my email {EMAIL:email_spelled|plain} for the confirmation",
    ],
    [
        "DL# {DRIVER_ID:plain|context_only} - plate {#plate_number}, claim for the accident on {#date}"
    ],
    [
        "pw={PASSWORD:key_value_secret}\nuser={USERNAME:plain}",
        "copied that from my notes sorry, reference {#account_digits_fake}",
    ],
    ["I use {USERNAME:plain} to sign in, and the password i set was {PASSWORD:plain|context_only}"],
    [
        "vpn config has https://{USERNAME:plain}:{PASSWORD:url_credentials}@vpn.corp-example.net/login in it is that bad"
    ],
    [
        "leaked key in a public repo!!! access key {AWS_ACCESS_KEY:plain} secret {AWS_SECRET_KEY:plain}"
    ],
    [
        "export AWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}",
        "^ that was in my terminal history, is my account ok",
    ],
    [
        "device blocked: MAC {MAC_ADDRESS:plain}, public ip {IP_ADDRESS:plain}, ticket {#ticket_number}"
    ],
    [
        "my spanish DNI is {ES_DNI:plain|spaced_or_dashed}",
        "or the NIE {ES_NIE:plain} not sure which the form wants",
    ],
    [
        "CURP: {MX_CURP:plain|spaced_or_dashed}",
        "RFC: {MX_RFC:plain|spaced_or_dashed}",
        "CLABE {MX_CLABE:multi_message:g1}",
        "{MX_CLABE:multi_message:g1}",
    ],
    [
        "company CNPJ {BR_CNPJ:plain|spaced_or_dashed|letter_substitution} and my CPF {BR_CPF:plain|split_by_noise|spelled_out}"
    ],
    [
        "numero de securite sociale (french) {FR_NIR:plain|split_by_noise|letter_substitution}",
        "invoice {#invoice_number}",
    ],
    [
        "Steuer ID {DE_TAX_ID:plain|spaced_or_dashed|split_by_noise} for the german payslip, and NIF {PT_NIF:plain|spaced_or_dashed|spelled_out} for portugal"
    ],
    ["whats the PIN reset process, current pin {PIN:plain|letter_substitution|spaced_or_dashed}"],
    [
        "room {#room_number} checkout {#time}. charge to card {CREDIT_DEBIT_NUMBER:plain|spaced_or_dashed} cvc {CREDIT_DEBIT_CVV:plain|letter_substitution}"
    ],
    ["thanks for the help, have a good one", "ticket {#ticket_number} can be closed"],
    [
        "insurance claim, policy {#policy_number}, contract {#contract_number}",
        "my email {EMAIL:plain|email_spelled} phone {PHONE:plain|spelled_out}",
    ],
    [
        "got {#quantity} items but paid for {#count}, {#percentage} off code didnt apply",
        "refund to card pls {CREDIT_DEBIT_NUMBER:plain|letter_substitution}",
    ],
    [
        "🙂 hey quick one",
        "text updates to {PHONE:percent_encoded|plain} pls, link was https://track.example/sms?to={PHONE:percent_encoded}",
    ],
    [
        "account: {BANK_ACCOUNT_NUMBER:letter_substitution|plain}",
        "routing: {BANK_ROUTING:spelled_out|plain}",
    ],
    [
        "UK licence {DRIVER_ID:spaced_or_dashed|plain} and passport {PASSPORT_NUMBER:context_only|plain}, needed for the visa appt at {#time}"
    ],
]
