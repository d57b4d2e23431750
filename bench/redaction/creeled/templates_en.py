"""English chat templates (en-US, en-GB). Sealed split: do not tune detectors against SEALED."""

# ruff: noqa: E501  (chat messages are kept whole, one per string)

DEV = [
    (
        "en-US",
        [
            "hello, trying to pay my electric bill <<invoice>> with card {CARD} exp {EXP:cexp} sec code {CVV}"
        ],
    ),
    (
        "en-GB",
        [
            "Hi, new bank details for my pension pls: sort code {ROUTING}",
            "account {ACCT:multi#a}",
            "{ACCT:multi#a}",
        ],
    ),
    (
        "en-US",
        [
            "for the mortgage application they need my ssn {SSN:noise} and my wife's ITIN which is {ITIN}"
        ],
    ),
    (
        "en-GB",
        ["NI no {NINO:spell}, passport {PASSPORT:sub:GB}, that's everything on the form I think"],
    ),
    (
        "en-US",
        [
            "the confirmation page url has my email in it, is that normal?? https://hotel.example.com/booking?guest={EMAIL:pct}&room=<<room>>",
            "also front desk wants my license # {DL:sp}",
        ],
    ),
    (
        "en-US",
        [
            "IT here. laptop MAC {MAC}, static ip {IP}",
            "remote is https://{USER:url}:{PWD:url}@git.example.com/team/app.git",
        ],
    ),
    (
        "en-US",
        [
            "copied from the staging box .env\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}"
        ],
    ),
    (
        "en-GB",
        ["I'm registering as autonomo in Valencia. my NIE is {NIE} and my partner's DNI {DNI:sp}"],
    ),
    (
        "en-US",
        [
            "supplier in Guadalajara: RFC {RFC:noise}, CLABE {CLABE}",
            "they also want the owner's CURP, he just sent it:",
            "{CURP:ctx}",
        ],
    ),
    ("en-US", ["Brazil office details, CPF {CPF:spell}, CNPJ {CNPJ:multi#a}", "{CNPJ:multi#a}"]),
    (
        "en-GB",
        [
            "copying from my old payslips:\nFrench social security no. {NIR}\nGerman Steuer-ID {STEUER:sp}\nPortuguese NIF {NIF:sub}"
        ],
    ),
    (
        "en-GB",
        ["please wire the deposit to IBAN {IBAN:ib:FR} swift {SWIFT::FR}, the landlord is in Lyon"],
    ),
    ("en-US", ["app pin {PIN} username {USER} pwd {PWD}", "oh and my email is {EMAIL:mail}"]),
    ("en-US", ["call me at {PHONE:multi#b}", "{PHONE:multi#b}", "anytime after <<time>>"]),
    ("en-US", ["card number {CARD:multi#a}", "{CARD:multi#a}", "cvv {CVV:spell}"]),
]

SEALED = [
    (
        "en-US",
        [
            "hi my card got declined twice at checkout, order <<order>>",
            "card is {CARD:sp} exp {EXP:cexp} cvv {CVV}",
        ],
    ),
    (
        "en-US",
        [
            "need to update my direct deposit. routing {ROUTING} acct {ACCT}",
            "its a checking account, the one I opened on <<date>>",
        ],
    ),
    (
        "en-GB",
        [
            "Hiya, can't log in to the app since the update (version <<version>>). my username is {USER} and I reset the password to {PWD} but it still says invalid"
        ],
    ),
    (
        "en-GB",
        ["sort code {ROUTING:sp} account no {ACCT}", "sorry thats for the refund of <<amount>>"],
    ),
    (
        "en-US",
        [
            "my card number is {CARD:multi#a}",
            "{CARD:multi#a}",
            "thats the whole thing. billing zip is <<zip>>",
        ],
    ),
    (
        "en-US",
        ["can you call me back instead? {PHONE}", "after <<time>> is best, I'm at work until then"],
    ),
    (
        "en-US",
        [
            "payroll read my SSN wrong on the <<form=W-2>>, the correct one is {SSN:sp|plain}",
            "it's for tax year <<year>>",
        ],
    ),
    ("en-US", ["I don't have a social, I file with my ITIN", "{ITIN:ctx}"]),
    (
        "en-GB",
        [
            "for the payroll form they want my NI number",
            "its {NINO:sp}... wait no sorry thats my brother's, mine is {NINO}",
        ],
    ),
    (
        "en-GB",
        [
            "flying to Lisbon on <<date>>, flight <<flight>>. need to add my passport to the booking",
            "passport no. {PASSPORT::GB}, it runs out in <<year>> so should be fine",
        ],
    ),
    (
        "en-US",
        [
            "renting a car for <<days>> days and the counter guy asked for my drivers lic number",
            "{DL:ctx}",
        ],
    ),
    (
        "en-US",
        [
            "the router keeps dropping every night. MAC is {MAC} and the public IP shows {IP}",
            "model <<model=Nighthawk R7000>>",
        ],
    ),
    (
        "en-US",
        [
            "so I accidentally pasted our keys in the support form earlier lol",
            "AWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}",
            "can you delete that ticket <<ticket>>??",
        ],
    ),
    ("en-US", ["email me the receipt pls {EMAIL:mail}", "the <<amount>> one from yesterday"]),
    ("en-GB", ["my email is {EMAIL} now not the hotmail one, I changed it on <<date>>"]),
    (
        "en-US",
        [
            "the reset link you sent is broken: https://help.example.com/reset?email={EMAIL:pct}&lang=en",
            "says expired",
        ],
    ),
    (
        "en-US",
        [
            "support told me to paste the sftp url so here: sftp://{USER:url}:{PWD:url}@files.example.com/uploads"
        ],
    ),
    ("en-US", ["pin for the debit card is {PIN:spell}", "wait, should I not have sent that here?"]),
    ("en-US", ["hey the card {CARD:sub} keeps saying invalid, I typed it exactly like that"]),
    (
        "en-US",
        [
            "I'm moving to Madrid for work and the bank there asked for my NIE",
            "{NIE:sp|plain} is what's on my TIE card",
        ],
    ),
    (
        "en-GB",
        [
            "adding my wife as second driver on policy <<policy>>. her Spanish DNI is {DNI} and she's had a licence since <<year>>"
        ],
    ),
    (
        "en-US",
        [
            "I'm paying a supplier in Monterrey, they sent CLABE {CLABE:sp}",
            "and their RFC {RFC} for invoice <<invoice>>",
        ],
    ),
    ("en-US", ["for my Mexican residency renewal... CURP {CURP:noise}"]),
    ("en-US", ["my brazilian CPF is {CPF:multi#a}", "{CPF:multi#a}"]),
    (
        "en-GB",
        [
            "the Brazilian subsidiary's CNPJ is {CNPJ}",
            "it should be on invoice <<invoice>> but its not",
        ],
    ),
    (
        "en-GB",
        [
            "I worked in France for a few years, my numero de secu is {NIR:sp}, do you need the carte vitale too?"
        ],
    ),
    ("en-US", ["German tax ID (Steuer-ID) for the refund: {STEUER:spell}"]),
    (
        "en-GB",
        [
            "Portuguese NIF {NIF}, I need it on the invoice for <<amount>> please, it's for my accountant"
        ],
    ),
    ("en-GB", ["transfer to my account in Berlin failed. IBAN {IBAN:ib:DE} BIC {SWIFT::DE}"]),
    (
        "en-US",
        ["sending money to my sister in Porto", "IBAN {IBAN:ib:PT}", "swift code {SWIFT:noise:PT}"],
    ),
    ("en-US", ["phone on the account is {PHONE:multi#a}", "{PHONE:multi#a}", "{PHONE:multi#a}"]),
    ("en-GB", ["ring me on {PHONE:noise} whenever, I'm in from <<time>>"]),
    (
        "en-US",
        [
            "Account locked after <<qty>> tries. this is what I have saved:\nusername: {USER}\npassword={PWD:kv}"
        ],
    ),
    (
        "en-US",
        [
            "reading this off my husband's card since he's driving: {CARD:spell}",
            "expiry {EXP:spell|plain}, code on the back {CVV:spell}",
        ],
    ),
    ("en-GB", ["debit card {CARD:noise}", "expires {EXP:sp}", "cvc {CVV:sub}"]),
    (
        "en-US",
        [
            "hi! i was charged <<amount>> twice for order <<order>>",
            "the card was the visa... actually here's the full number {CARD:multi#a}",
            "{CARD:multi#a}",
        ],
    ),
    ("en-US", ["Ok so bank acct is {ACCT:multi#a}", "{ACCT:multi#a}", "and routing {ROUTING:sub}"]),
    ("en-GB", ["here's the IBAN for the refund, copied from my banking app", "{IBAN:ctx:GB}"]),
    (
        "en-US",
        [
            "need to re-register my tablet for the guest wifi. MAC {MAC:sp}, it keeps getting {IP:sub}"
        ],
    ),
    (
        "en-US",
        ["tax season 😩 my spouse has an ITIN {ITIN:sp} and I have a regular SSN {SSN:spell}"],
    ),
    (
        "en-US",
        [
            "the agent before you asked for my passport, it's a US one",
            "{PASSPORT:multi:US#a}",
            "{PASSPORT:multi:US#a}",
        ],
    ),
    ("en-GB", ["driving licence number {DL:noise}, postcode <<zip>>, house number <<street>>"]),
    (
        "en-US",
        [
            "our CI log leaked this, pls rotate: aws_access_key_id = {AKID}",
            "secret {SECRET:multi#a}",
            "{SECRET:multi#a}",
        ],
    ),
    (
        "en-US",
        [
            "I clicked this link from a text https://pay.example.com/verify?phone={PHONE:pct}&src=sms is it legit?"
        ],
    ),
    (
        "en-GB",
        [
            "my NI number is {NINO:multi#a}",
            "{NINO:multi#a}",
            "and my date of birth is <<date>> if you need it",
        ],
    ),
    (
        "en-US",
        ["the CLABE for the rent deposit is {CLABE:multi#a}", "{CLABE:multi#a}", "{CLABE:multi#a}"],
    ),
    (
        "en-GB",
        [
            "hello, locked out of online banking. memorable word is fine but the passcode {PIN:sub} doesn't work"
        ],
    ),
    (
        "en-US",
        [
            "my dad is reading me his info for the claim, ssn {SSN:noise}",
            "and his email {EMAIL:mail|plain}, he's not great with computers lol",
        ],
    ),
]
