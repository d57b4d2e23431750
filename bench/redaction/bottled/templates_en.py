"""English customer messages, hand-written. Slots: {TYPE[:family][#part]} for PII, {=kind} for must_keep."""

D, S = "dev", "sealed"

TEMPLATES = [
    # ---------------------------------------------------------------- dev
    (
        D,
        None,
        [
            "hi my card got charged twice for order {=order_number}, card is {CARD:?} exp {EXP:?} cvv {CVV:?}"
        ],
    ),
    (
        D,
        None,
        [
            "ok so the card number is {CARD:multi_message#1}",
            "{CARD:multi_message#2}",
            "sorry phone died lol. thats the whole number",
        ],
    ),
    (
        D,
        None,
        [
            "package {=tracking_number} never showed up",
            "you can email me at {EMAIL:?} or text {PHONE:?}",
        ],
    ),
    (
        D,
        None,
        [
            "need to update direct debit for the gas bill, new IBAN: {IBAN:?} and the bic is {SWIFT}",
            "invoice {=invoice_number} was for {=price}",
        ],
    ),
    (
        D,
        None,
        [
            "booking ref {=booking_reference} flight {=flight_number} on {=date}",
            "passport number {PASSPORT} and my ID number is {NATID:?}",
        ],
    ),
    (
        D,
        None,
        [
            "router keeps dropping (error {=error_code}). i tried http://{USER}:{PW:url_credentials}@{IP}/admin",
            "mac of the box is {MAC}",
        ],
    ),
    (
        D,
        None,
        [
            "deploy broke after upgrading to {=version}, here's my env\nAWS_ACCESS_KEY_ID={AKEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={SKEY:key_value_secret}"
        ],
    ),
    (
        D,
        None,
        [
            "the unsubscribe link doesnt work https://news.example.com/unsub?email={EMAIL:percent_encoded}&list=promo",
            "also tried this one ?phone={PHONE:percent_encoded}",
        ],
    ),
    (
        D,
        None,
        [
            "pin is {PIN:context_only}",
            "and acct {ACCT:?} routing {ROUTING}",
            "the mexican one is clabe {CLABE:?}",
        ],
    ),
    (D, None, ["hello? anyone there", "been waiting {=duration} minutes already"]),
    (
        D,
        None,
        [
            "car insurance claim, policy {=policy_number}, reg {=plate_number}",
            "my driving licence no. is {DL:?} if you need it",
        ],
    ),
    (
        D,
        None,
        [
            "call me back on {PHONE:multi_message#1}",
            "{PHONE:multi_message#2}",
            "{PHONE:multi_message#3} after {=time} pls",
        ],
    ),
    (D, None, ["thanks so much, you've been really helpful 🙏"]),
    (D, None, ["login: {USER:context_only} password {PW:?} — still says locked"]),
    # ---------------------------------------------------------------- sealed
    (S, None, ["{CARD:?} is the card, expires {EXP:?}"]),
    (
        S,
        None,
        [
            "Hi, I was charged {=price} but the promo said {=percentage} off. my visa ends in... actually here {CARD:?}"
        ],
    ),
    (D, None, ["security code on the back says {CVV:?}", "expiry date {EXP:?}"]),
    (S, None, ["i need to reset my debit card PIN. the old one was {PIN:?}"]),
    (
        S,
        None,
        [
            "my cards number: {CARD:multi_message#1}",
            "{CARD:multi_message#2}",
            "{CARD:multi_message#3}",
        ],
    ),
    (S, None, ["heres my acct no {ACCT:?}", "wait i typed that wrong?? no its right"]),
    (S, "en-US", ["ABA routing number {ROUTING} and checking acct {ACCT:context_only}"]),
    (S, None, ["Can you send the refund to this IBAN please:\n{IBAN:iban_broken}\nthank you"]),
    (S, None, ["swift/bic: {SWIFT} iban {IBAN:?}"]),
    (S, None, ["contract {=contract_number} - please update my email to {EMAIL:?}"]),
    (D, None, ["new phone number is {PHONE:?}, the old one is disconnected"]),
    (S, None, ["ssn {SSN:?}"]),
    (S, None, ["For the tax form they want my ITIN, it's {ITIN:?}. I don't have an SSN"]),
    (S, "en-GB", ["NI number {NINO:?} — can you check if my {=year} claim went through?"]),
    (S, None, ["Passport: {PASSPORT:context_only}, expires {=date}. Traveling with {=count} kids"]),
    (
        S,
        "en-US",
        ["the DMV says my license {DL} is suspended??", "i paid the fine of {=price} on {=date}"],
    ),
    (
        S,
        None,
        [
            "forgot my username, i think it was {USER:?}",
            "email on file should be {EMAIL:email_spelled}",
        ],
    ),
    (S, None, ["Pasting from my notes: user={USER} pass={PW:key_value_secret}"]),
    (D, None, ["my IP is {IP} and the vpn shows error {=error_code}"]),
    (S, None, ["device MAC {MAC}, model {=product_model}, firmware {=version}"]),
    (S, None, ["accidentally committed this to github, can you rotate it? {AKEY} / {SKEY}"]),
    (S, None, ["in spain my nie is {NIE:?} and my old dni was {DNI:?}"]),
    (
        S,
        None,
        [
            "i live in mexico, curp {CURP} rfc {RFC:?}",
            "deposit to clabe {CLABE:multi_message#1}",
            "{CLABE:multi_message#2}",
        ],
    ),
    (S, None, ["brazilian customer here, cpf {CPF:?}, company cnpj {CNPJ:?}"]),
    (S, None, ["my french social security no is {NIR:?} and my german steuer id {STEUER:?}"]),
    (S, None, ["portuguese NIF: {NIF:?}"]),
    (D, None, ["tax id: {NATID:?} (for the invoice {=invoice_number})"]),
    (
        S,
        None,
        [
            "ordered {=quantity} units of {=product_model} on {=date}, order {=order_number}, still says processing"
        ],
    ),
    (S, None, ["ticket {=ticket_number} has been open since {=date}!!! nobody replies"]),
    (
        S,
        None,
        [
            "hotel room {=room_number}, checked out at {=time}, the minibar charge of {=price} is wrong"
        ],
    ),
    (S, None, ["seat {=seat_number} on {=flight_number} was double booked"]),
    (S, None, ["meter reading today: {=meter_reading} (zip {=postal_code})"]),
    (
        S,
        None,
        [
            "used {=data_size} of my plan and it's only the {=date}?",
            "store {=store_number} said call you",
        ],
    ),
    (S, None, ["ok", "so what now"]),
    (
        D,
        None,
        [
            "my online banking password is {PW:context_only} i know i shouldnt share it but i'm desperate"
        ],
    ),
    (S, None, ["callback number {PHONE:spaced_or_dashed} or work {PHONE:?}"]),
    (S, None, ["(card {CARD:spaced_or_dashed}) ({EXP:compact_expiry})"]),
    (S, None, ['"{EMAIL}" is my login email', "and the code they sent is not working"]),
    (S, None, ["acct {ACCT:multi_message#1}", "{ACCT:multi_message#2}"]),
    (S, "en-GB", ["sort code {ROUTING} account {ACCT}"]),
    (S, None, ["ftp://{USER}:{PW:url_credentials}@files.example.net fails since {=date}"]),
    (S, None, ["DB_PASSWORD={PW:key_value_secret}\nDB_HOST=db.example.internal"]),
    (D, None, ["mileage {=mileage} miles, plate {=plate_number}, license no. {DL:context_only}"]),
    (S, None, ["u can reach me at {PHONE:letter_substitution}", "or mail {EMAIL:?}"]),
    (S, None, ["card ends {CARD:split_by_noise} exp {EXP} pin {PIN:spelled_out}"]),
    (S, None, ["my id is {NATID:?}, zip {=postal_code}"]),
    (S, None, ["sending from my wife's account, her username is {USER:context_only}"]),
    (S, None, ["check https://portal.example.com/verify?u={EMAIL:percent_encoded}"]),
    (S, None, ["iban {IBAN:split_by_noise}"]),
    (S, None, ["{SSN:spelled_out} is my social"]),
    (
        D,
        None,
        [
            "yo its me again lol. the transfer to {IBAN:?} bounced, ref {=invoice_number}",
            "my number if u need {PHONE:?}",
        ],
    ),
    (
        S,
        "en-US",
        ["Per your request: SSN {SSN:spaced_or_dashed}, DOB on file, zip+four {=postal_code}"],
    ),
    (
        S,
        None,
        [
            "plz cancel the {=price} subscription, billing email {EMAIL:?} last four digits of card dont matter here is full one {CARD:letter_substitution}"
        ],
    ),
    (
        S,
        None,
        [
            "bank details for payroll: routing {ROUTING:context_only}, account {ACCT:spaced_or_dashed}, swift {SWIFT}"
        ],
    ),
    (S, None, ["{PW} <- that's the wifi password you asked for, router model {=product_model}"]),
    (
        D,
        "en-GB",
        [
            "my account number is {ACCT:?} and the sort code {ROUTING:?}",
            "sorry i meant to say the *old* account",
        ],
    ),
    (D, None, ["i got a text from {PHONE:?} asking for my pin, is that you guys? i didnt reply"]),
    (
        S,
        None,
        [
            "someone logged in from {IP} and it wasnt me!!",
            "then i got a call asking for the cvv, i said {CVV:?} before i realised 😩",
        ],
    ),
    (
        S,
        None,
        [
            "iban is {IBAN:multi_message#1}",
            "{IBAN:multi_message#2}",
            "{IBAN:multi_message#3} (copied from the app, hope its right)",
        ],
    ),
    (S, "en-US", ["social security # {SSN:multi_message#1}", "{SSN:multi_message#2}"]),
    (
        D,
        None,
        [
            "URGENT!!! someone used my card {CARD:?} at a gas station, i never been there. pls block it, i'm at the airport flight {=flight_number} leaves at {=time}"
        ],
    ),
    (
        D,
        "en-GB",
        [
            "right so council tax direct debit failed again. acc {ACCT:context_only} sort {ROUTING}, ref {=customer_reference}",
            "cheers",
        ],
    ),
    (
        S,
        None,
        [
            "hiya, moving house on the {=date}, new postcode {=postal_code}. contact email stays {EMAIL} but phone is changing to {PHONE:?}"
        ],
    ),
    (
        S,
        None,
        [
            "Hi team. For the visa application you asked for: passport no. [{PASSPORT}], national id [{NATID}]."
        ],
    ),
    (
        S,
        None,
        [
            "why is my bill {=price} this month?? normally its like {=price}. account holder email {EMAIL:email_spelled}"
        ],
    ),
    (
        S,
        "en-US",
        [
            "i'm filing for unemployment and the form wants my social {SSN:?} plus my state ID / drivers license {DL:?}",
            "is this the right place lol",
        ],
    ),
    (
        S,
        None,
        [
            "the app crashes on {=product_model} with version {=version}, logged in as {USER}",
            "tried reinstalling {=count} times",
        ],
    ),
    (
        S,
        None,
        [
            "i think i was phished 😭 i typed my online banking pw {PW:context_only} and my card pin {PIN:?} into a fake site"
        ],
    ),
]
