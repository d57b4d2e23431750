"""English templates (en-US, en-GB). Sealed split: do not read for tuning."""

from __future__ import annotations

DEV: list[tuple[str, list[str]]] = [
    (
        "en-US",
        [
            "hey so my card got declined at checkout for order {~order}, its {CARD} exp {EXP|compact_expiry} cvv {CVV}",
            "total was {~amount} if that helps",
        ],
    ),
    (
        "en-GB",
        [
            "Hiya, moving my salary account over. Sort code {ROUTING}, account no {ACCT|spaced_or_dashed}",
            "and the IBAN they gave me is {IBAN|iban_broken}",
            "swift {SWIFT} if you need it for the international bit",
        ],
    ),
    (
        "en-US",
        [
            "my phone number changed, new one is {PHONE|multi_message} thx",
            "email is {EMAIL|email_spelled} (no caps)",
        ],
    ),
    (
        "en-US",
        [
            "filing question. my SSN is {SSN|spelled_out} and my wifes ITIN {ITIN|split_by_noise}",
            "we moved to zip {~zip} in {~date}",
        ],
    ),
    (
        "en-GB",
        [
            "NI number {NINO|spaced_or_dashed}, passport {PASSPORT}, driving licence {DL}",
            "booked on {~flight} seat {~seat}",
        ],
    ),
    (
        "en-US",
        [
            "the reset link goes to https://portal.example.com/reset?user={EMAIL|percent_encoded}&step={~count} and errors",
            "username {USER} btw",
        ],
    ),
    (
        "en-US",
        [
            "our deploy log printed this, pls rotate asap:",
            "aws_access_key_id={AKID|key_value_secret}\naws_secret_access_key={ASK|key_value_secret}",
            "the box is at {IP} mac {MAC}",
        ],
    ),
    (
        "en-US",
        [
            "the sync script uses https://{USER|url_credentials}:{PWD|url_credentials}@files.example.net/backup, is that why I got locked out?",
            "pin for the app is {PIN|letter_substitution}",
        ],
    ),
    (
        "en-GB",
        [
            "I'm over from Spain and Mexico for work, my DNI is {DNI} and the old NIE was {NIE|letter_substitution}",
            "CURP {CURP} and RFC {RFC}, my CLABE for the refund {CLABE|multi_message}",
        ],
    ),
    (
        "en-US",
        [
            "brazilian client here, CPF {CPF} company CNPJ {CNPJ|spaced_or_dashed}",
            "also have the french social security {NIR} and my german tax id {STEUERID}, portuguese NIF {NIF}",
        ],
    ),
    (
        "en-US",
        [
            "ok I'll send you the pin for the card",
            "{PIN|context_only}",
            "routing {ROUTING|spelled_out}",
        ],
    ),
    (
        "en-GB",
        [
            "right, card number coming in bits because the app keeps freezing",
            "{CARD|multi_message}",
            "and the mobile on the account {PHONE|multi_message}",
        ],
    ),
]

SEALED: list[tuple[str, list[str]]] = [
    (
        "en-US",
        [
            "Hi there! I was charged twice for order {~order} ({~amount} each). The card I used is {CARD}",
            "it expires {EXP}",
        ],
    ),
    (
        "en-US",
        [
            "my card is {CARD|multi_message}",
            "did that come through? wifi is bad here",
        ],
    ),
    (
        "en-GB",
        [
            "Morning. Can you update my direct debit? Sort code is {ROUTING} and the account number {ACCT}. Cheers",
        ],
    ),
    (
        "en-US",
        [
            "So I called on {~date} and the guy said to message here instead which ok fine. My account # is {ACCT} and routing {ROUTING}, I need the deposit of {~amount} reversed because it went to the wrong place and my rent is due friday",
        ],
    ),
    (
        "en-US",
        [
            "card number {CARD|split_by_noise}",
            "exp {EXP|compact_expiry} and the code on the back {CVV}",
        ],
    ),
    (
        "en-US",
        [
            "sorry typo, its {CARD} not the one i sent",
            "cvv {CVV|spelled_out}",
        ],
    ),
    (
        "en-GB",
        [
            "I was told to give my national insurance number",
            "{NINO|context_only}",
        ],
    ),
    (
        "en-US",
        [
            "call me back at {PHONE} after {~time} pls, at work till then",
        ],
    ),
    (
        "en-US",
        [
            "new number is {PHONE|multi_message}",
            "thats a mobile",
        ],
    ),
    (
        "en-GB",
        [
            "ring me on {PHONE|spelled_out} or my wife on {PHONE}",
        ],
    ),
    (
        "en-US",
        [
            "email: {EMAIL|email_spelled}",
            "sorry, bot keeps deleting my emails if I type them normally lol",
        ],
    ),
    (
        "en-US",
        [
            "when i click the confirmation link it shows https://accounts.example.com/verify?email={EMAIL|percent_encoded}&code=expired and nothing happens",
        ],
    ),
    (
        "en-US",
        [
            "the sms link was https://pay.example.org/c?phone={PHONE|percent_encoded}&amt={~amount} is that legit or phishing??",
        ],
    ),
    (
        "en-US",
        [
            "Our integration broke after the {~version} update. Config has ftp://{USER|url_credentials}:{PWD|url_credentials}@sftp.example.com/inbound in it, do I need to change it",
        ],
    ),
    (
        "en-US",
        [
            "pasted from our .env by mistake in the other ticket {~ticket}:",
            "AWS_ACCESS_KEY_ID={AKID|key_value_secret}",
            "AWS_SECRET_ACCESS_KEY={ASK|key_value_secret}",
            "please delete it",
        ],
    ),
    (
        "en-US",
        [
            "db_password={PWD|key_value_secret}\nregion=us-east\nretries={~count}",
            "that's what support asked for, right?",
        ],
    ),
    (
        "en-GB",
        [
            "Hello, please send the refund to IBAN {IBAN|iban_broken}",
            "BIC {SWIFT}",
        ],
    ),
    (
        "en-GB",
        [
            "the IBAN is {IBAN|multi_message}",
            "ref invoice {~invoice}",
        ],
    ),
    (
        "en-US",
        [
            "i forgot my pin, i think it was {PIN} or {PIN|letter_substitution}? i tried both",
        ],
    ),
    (
        "en-US",
        [
            "login is {USER} password {PWD}",
            "dont judge the password lol",
        ],
    ),
    (
        "en-US",
        [
            "need to verify identity for the tax form. SSN {SSN}",
            "or should I use my ITIN {ITIN} instead? I got the ITIN back in {~year}",
        ],
    ),
    (
        "en-US",
        [
            "my ssn is",
            "{SSN|multi_message}",
            "pls keep that private",
        ],
    ),
    (
        "en-US",
        [
            "Renewing my passport before the trip on {~date}, number is {PASSPORT|letter_substitution}. Also my DL {DL}",
        ],
    ),
    (
        "en-GB",
        [
            "Driving licence number {DL|spaced_or_dashed}, postcode {~zip}, house number {~street}",
        ],
    ),
    (
        "en-US",
        [
            "router keeps dropping. model {~model}, firmware {~version}. mac address {MAC} and it gets ip {IP}",
        ],
    ),
    (
        "en-US",
        [
            "the admin panel shows logins from {IP} which isn't me!! I'm in zip {~zip}",
        ],
    ),
    (
        "en-GB",
        [
            "Hi, I'm a Spanish national living in Leeds. They want ID for the account: DNI {DNI|spaced_or_dashed}",
            "my husband only has the NIE {NIE}",
        ],
    ),
    (
        "en-US",
        [
            "payroll for our Mexico contractor: CURP {CURP}, RFC {RFC|letter_substitution}",
            "CLABE {CLABE}",
        ],
    ),
    (
        "en-US",
        [
            "the wire to Mexico bounced, clabe was {CLABE|split_by_noise}, amount {~amount}",
        ],
    ),
    (
        "en-US",
        [
            "for the Brazil shipment invoice {~invoice} the customs agent needs CPF {CPF|letter_substitution} and CNPJ {CNPJ}",
        ],
    ),
    (
        "en-GB",
        [
            "My employer in Lyon needs my numéro de sécu",
            "{NIR|spaced_or_dashed}",
            "is that the right one? it's on my carte vitale",
        ],
    ),
    (
        "en-US",
        [
            "German tax ID (Steuer-ID) is {STEUERID|spelled_out} and Portuguese NIF {NIF|split_by_noise}",
        ],
    ),
    (
        "en-GB",
        [
            "I've {~count} accounts with you, the one I mean ends in {ACCT}",
            "sorry I mean the full number is {ACCT|letter_substitution}",
        ],
    ),
    (
        "en-US",
        [
            "my daughter is reading it off the card: {CARD|spelled_out}",
            "expiration {EXP} security code {CVV}",
        ],
    ),
    (
        "en-US",
        [
            "Full form as requested:\nName: Sam Jones\nPhone: {PHONE|spaced_or_dashed}\nEmail: {EMAIL}\nSSN: {SSN|spaced_or_dashed}\nAddress: {~street} Elm St, {~zip}",
        ],
    ),
    (
        "en-GB",
        [
            "flight {~flight} was cancelled, booking under passport {PASSPORT}, please refund to card {CARD|letter_substitution}",
        ],
    ),
    (
        "en-US",
        [
            "ok heres the routing number",
            "{ROUTING|multi_message}",
            "and acct {ACCT|spelled_out}",
        ],
    ),
    (
        "en-GB",
        [
            "got an email from you asking to confirm my swift {SWIFT|spaced_or_dashed} and iban {IBAN} is it real?",
        ],
    ),
    (
        "en-US",
        [
            "Tech here for a client, key AKID is {AKID} and secret {ASK}, rotated already? they were in a public repo for {~count} hours",
        ],
    ),
    (
        "en-US",
        [
            "pin {PIN|spaced_or_dashed} isnt working at the atm",
            "tried {~count} times now, card is locked. this is the card",
            "{CARD|context_only}",
        ],
    ),
    (
        "en-US",
        [
            "I need to change my password, the old one is {PWD} and the new one I want is {PWD}",
        ],
    ),
    (
        "en-US",
        [
            "my phone {PHONE|letter_substitution}, call after {~time}",
        ],
    ),
    (
        "en-GB",
        [
            "card ending",
            "{CARD|multi_message} that's the whole number",
            "expiry {EXP|compact_expiry} cheers",
        ],
    ),
    (
        "en-US",
        [
            "driver's lic {DL|multi_message}",
            "it's a CA license",
        ],
    ),
]
