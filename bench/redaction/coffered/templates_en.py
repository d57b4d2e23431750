"""English customer turns (en-US, en-GB). Part of the sealed material: do not read when tuning."""

# Templates are prose data; wrapping them would hurt reading more than long lines do.
# ruff: noqa: E501

DEV: list[tuple[str, ...]] = [
    (
        "@en-US",
        "hi my card got declined at checkout for order {keep:order}, its {CREDIT_DEBIT_NUMBER|plain} exp{CREDIT_DEBIT_EXPIRY|compact_expiry} cvv {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "ok so the card is {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "and call me back on {PHONE|plain} pls after {keep:time}",
    ),
    (
        "cant log in!! username {USERNAME|plain}, recovery email is {EMAIL|email_spelled}",
        "the reset link looks like https://help.example.com/reset?mail={EMAIL|percent_encoded}&tel={PHONE|percent_encoded} is that legit?",
    ),
    (
        "our integration broke after v{keep:version}. config has sftp://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@files.example.net and\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}",
        "server ip {IP_ADDRESS|plain}, router mac {MAC_ADDRESS|plain}",
    ),
    (
        "@en-GB",
        "need to set up a transfer of £{keep:amount} to my landlord, IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken} BIC {SWIFT_CODE|plain}",
        "my own acct is {BANK_ACCOUNT_NUMBER|spaced_or_dashed} sort code {BANK_ROUTING|plain}",
    ),
    (
        "@en-US",
        "for the tax form: ssn {SSN|letter_substitution}, my wifes itin is {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|spaced_or_dashed}",
    ),
    (
        "@en-GB",
        "my NI number is {UK_NATIONAL_INSURANCE_NUMBER|plain} and the claim was filed {keep:date}",
        "what do u need for the ID check?",
        "passport no. ok one sec",
        "{PASSPORT_NUMBER|context_only}",
    ),
    (
        "passport no. {PASSPORT_NUMBER|plain}, and here's the driving licence",
        "{DRIVER_ID|context_only}",
    ),
    (
        "moved from Madrid, my old DNI was {ES_DNI|split_by_noise} and the NIE {ES_NIE|plain}. my husband is mexican: CURP {MX_CURP|plain} RFC {MX_RFC|plain}, clabe {MX_CLABE|split_by_noise}",
    ),
    (
        "expat paperwork again 😩 CPF {BR_CPF|spelled_out}, company CNPJ {BR_CNPJ|plain}, french social security {FR_NIR|plain}",
        "german steuer id {DE_TAX_ID|spaced_or_dashed} and portuguese NIF {PT_NIF|plain}, we have {keep:count} employees",
    ),
    (
        "@en-US",
        "the ATM ate my card, pin is {PIN|spelled_out} if that helps",
        "also my password is {PASSWORD|plain} no wait thats the old one",
    ),
    (
        "@en-GB",
        "my new number is {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "{PHONE|multi_message|a} sorry phone kept sending",
    ),
]

SEALED: list[tuple[str, ...]] = [
    (
        "@en-US",
        "Hello, I was double charged ${keep:price} on {keep:date}. Card ending... actually here's the full one {CREDIT_DEBIT_NUMBER|spaced_or_dashed}",
    ),
    (
        "@en-US",
        "hey so i want to update my billing. new card {CREDIT_DEBIT_NUMBER|letter_substitution} expires {CREDIT_DEBIT_EXPIRY|plain} security code {CREDIT_DEBIT_CVV|spelled_out}",
    ),
    (
        "@en-GB",
        "card number is {CREDIT_DEBIT_NUMBER|split_by_noise}",
        "expiry {CREDIT_DEBIT_EXPIRY|plain}, the three digits on the back are {CREDIT_DEBIT_CVV|spaced_or_dashed}",
    ),
    (
        "@en-US",
        "what info do you need to refund booking {keep:booking}?",
        "ok the card",
        "{CREDIT_DEBIT_NUMBER|context_only}",
        "exp {CREDIT_DEBIT_EXPIRY|compact_expiry} cvc {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "visa {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a} exp {CREDIT_DEBIT_EXPIRY|plain}",
    ),
    (
        "@en-US",
        "Im trying to pay invoice {keep:invoice} but it keeps failing. Card: {CREDIT_DEBIT_NUMBER|spelled_out}. Expiration date{CREDIT_DEBIT_EXPIRY|compact_expiry}",
    ),
    (
        "@en-GB",
        "Hiya, my debit card {CREDIT_DEBIT_NUMBER|plain} was swallowed at the cashpoint on {keep:street} High St, can u send a new one. PIN was {PIN|plain}",
    ),
    (
        "@en-US",
        "reset my pin to {PIN|letter_substitution} please",
        "and the online banking password to {PASSWORD|plain}",
    ),
    (
        "@en-US",
        "Login: {USERNAME|plain}\nPassword: {PASSWORD|plain}\nplease check why it says account locked, i tried like {keep:count} times",
    ),
    (
        "my email is {EMAIL|plain} not the one on file, and phone {PHONE|plain}",
        "oh and the old email {EMAIL|email_spelled} can be deleted",
    ),
    (
        "@en-US",
        "pls text me at {PHONE|spaced_or_dashed} when the tech is coming, im home after {keep:time}",
        "or my wife {PHONE|letter_substitution}",
    ),
    (
        "@en-GB",
        "ring me on {PHONE|split_by_noise} about the boiler, flat {keep:room}",
    ),
    (
        "@en-US",
        "my cell is {PHONE|spelled_out} lol autocorrect wont let me type numbers",
    ),
    ("whats ur number? mine is {PHONE|multi_message|a}", "{PHONE|multi_message|a}"),
    (
        "@en-US",
        "the tracking link https://track.example.com/u?email={EMAIL|percent_encoded} shows nothing for {keep:tracking}",
    ),
    (
        "@en-US",
        "I need to set up direct deposit. routing {BANK_ROUTING|plain} account {BANK_ACCOUNT_NUMBER|plain}",
        "it's a checking account opened in {keep:year}",
    ),
    (
        "@en-US",
        "wire info: ABA {BANK_ROUTING|spaced_or_dashed}, acct no {BANK_ACCOUNT_NUMBER|letter_substitution}, swift {SWIFT_CODE|plain} for the international part",
    ),
    (
        "@en-GB",
        "sort code {BANK_ROUTING|split_by_noise} account {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
    ),
    (
        "@en-GB",
        "Please refund to my IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|plain}, amount was £{keep:amount}",
    ),
    (
        "@en-GB",
        "iban is\n{INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken}\nbic {SWIFT_CODE|spaced_or_dashed}",
    ),
    (
        "@en-US",
        "my SSN is {SSN|plain} and dob is on the form from {keep:date}",
    ),
    ("@en-US", "Social: {SSN|spelled_out}", "sorry typo, it is {SSN|split_by_noise}"),
    (
        "@en-US",
        "I dont have a social, I file with an ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|plain}, zip {keep:zipplus}",
    ),
    (
        "@en-US",
        "what do you need from me for the lease application at unit {keep:room}?",
        "ok, last four wont work? fine. ssn",
        "{SSN|context_only}",
    ),
    (
        "@en-GB",
        "national insurance no {UK_NATIONAL_INSURANCE_NUMBER|spaced_or_dashed} for the payroll, started on {keep:date}",
    ),
    (
        "@en-GB",
        "NINO {UK_NATIONAL_INSURANCE_NUMBER|split_by_noise} postcode {keep:zip}",
    ),
    (
        "Flight {keep:flight} tomorrow, my passport number is {PASSPORT_NUMBER|spaced_or_dashed}, seat change please",
        "also add my kids, we are {keep:count} in total",
    ),
    (
        "@en-US",
        "renting a car, drivers lic {DRIVER_ID|plain}, pickup {keep:time}",
    ),
    (
        "@en-GB",
        "driving licence number {DRIVER_ID|split_by_noise} and passport {PASSPORT_NUMBER|plain}",
    ),
    (
        "router keeps dropping, model {keep:model}, its IP {IP_ADDRESS|plain}, mac {MAC_ADDRESS|spaced_or_dashed}",
        "firmware {keep:version}",
    ),
    (
        "here is my .env, support asked for it:\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}\nDB_PASSWORD={PASSWORD|key_value_secret}",
    ),
    (
        "the webhook posts to https://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@hooks.example.org/in and our access key is {AWS_ACCESS_KEY|plain}",
    ),
    (
        "secret key {AWS_SECRET_KEY|plain} — i know i shouldnt paste it lol",
        "device MAC {MAC_ADDRESS|plain} ip {IP_ADDRESS|plain}",
    ),
    (
        "@en-US",
        "I am a Spanish citizen living here, DNI {ES_DNI|spaced_or_dashed}, NIE {ES_NIE|split_by_noise}",
        "and my Mexican CURP {MX_CURP|spaced_or_dashed}",
    ),
    (
        "@en-US",
        "sending money home, CLABE {MX_CLABE|plain} for {keep:amount} USD, my RFC {MX_RFC|spaced_or_dashed}",
    ),
    (
        "@en-GB",
        "my brazilian CPF is {BR_CPF|plain} and CNPJ {BR_CNPJ|letter_substitution}",
    ),
    (
        "@en-GB",
        "French NIR {FR_NIR|spaced_or_dashed}, German tax ID {DE_TAX_ID|plain}",
        "Portuguese NIF {PT_NIF|spelled_out}",
    ),
    (
        "for the hotel booking {keep:booking}: CPF {BR_CPF|split_by_noise}, NIF {PT_NIF|letter_substitution}",
    ),
    (
        "what is the clabe for?",
        "{MX_CLABE|context_only}",
        "and german steuer ID {DE_TAX_ID|letter_substitution}, NIR {FR_NIR|split_by_noise}",
    ),
    (
        "@en-US",
        "Hi, the card you have is old. New card {CREDIT_DEBIT_NUMBER|plain} exp {CREDIT_DEBIT_EXPIRY|spaced_or_dashed}. Also my ip {IP_ADDRESS|plain} is blocked from your site",
        "and email {EMAIL|email_spelled} for receipts thx",
    ),
    (
        "@en-US",
        "acct number for the refund {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
        "thats checking, routing {BANK_ROUTING|plain}",
    ),
    (
        "@en-GB",
        "Could you ring me back? {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "before {keep:time} ideally, ta",
    ),
]
