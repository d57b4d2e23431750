"""English chat templates, written by hand. Lines are split on newlines; the generator
gives even-numbered lines to dev and odd-numbered lines to sealed, per list."""

LANG = "en"
LOCALES = ["en-US", "en-GB"]
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NOISE = [" ", "-", " | ", " / ", " 🙂 ", " then ", " ... ", "\n", " 👉 ", ", "]
AT = [" at ", " (at) ", " [at] "]
DOT = [" dot ", " (dot) ", " . "]
MONTHS = ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]

GREET = """Hi, thanks for contacting us! My name is Dana, how can I help today?
Hello and welcome to support. I'm Sam, what can I do for you?
Thanks for waiting. You're chatting with Priya.
Hey there, Marcus here from the billing team 👋
Welcome! Please tell us briefly what your question is about.
Good afternoon, you're through to customer care."""

OPEN = """hi my card got declined again and i dont know why
hello i need help with my account pls
hey so my package never arrived
hi there, i was charged twice??
i cant log in to the app since yesterday
my direct debit bounced and now theres a fee, not happy
hi, want to update my details
yo someone changed my password i think"""

CHAT = """ok
ok thanks
sure
hmm ok
lol ok
yeah
k
alright 👍
wait what
omg this is taking forever
no worries
great thanks a lot
ty
ok cool"""

ASK = {
    "CREDIT_DEBIT_NUMBER": """Could you please confirm the long number on the front of the card?
Please enter your sixteen-digit card number.
what card did you pay with? I need the full number
Can you type the card number for me so I can look up the charge?""",
    "CREDIT_DEBIT_CVV": """And the three digits on the back, please?
Please enter the security code (CVV) shown on the back of your card.
I'll also need the CVC to verify the card.
What's the security code?""",
    "CREDIT_DEBIT_EXPIRY": """When does the card expire?
Please enter the expiry date as MM/YY.
could you confirm the expiration date on that card
And the valid-thru date?""",
    "PIN": """For security, please enter your four-digit PIN.
Can you confirm the PIN you set for phone banking?
What's the passcode on the account?
Please key in your PIN now.""",
    "BANK_ACCOUNT_NUMBER": """Which account should the refund go to? Just the account number please.
Please enter your eight-digit account number.
Could you confirm the account number the debit comes from?
what's the acct no on your statement""",
    "BANK_ROUTING": """And the routing number?
Could you provide the sort code for that account?
What's the bank code, please?
Please enter the nine-digit routing number printed at the bottom left of your check.""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """Could you send the IBAN you want us to pay into?
Please enter your IBAN.
what's the IBAN for the transfer
I just need the international account number (IBAN) and we're done.""",
    "SWIFT_CODE": """And the BIC / SWIFT of the bank?
Please provide the SWIFT code of your bank.
Do you have the bank's SWIFT?
What's the BIC?""",
    "EMAIL": """What email address is on the account?
Could you please confirm your email so I can send the receipt?
Please enter the email address you registered with.
whats the best email to reach you?""",
    "PHONE": """What number should we call you on?
Could you confirm the mobile number on file?
Please enter your phone number including the area code.
What's a good callback number?""",
    "SSN": """To verify your identity I'll need your Social Security number.
Please enter the last... sorry, the full SSN for the credit check.
Can you confirm your social?
What's the SSN on the application?""",
    "PASSPORT_NUMBER": """Could you give me the passport number you booked with?
Please enter your passport number exactly as printed.
What's the passport no.?
And the document number from your passport?""",
    "DRIVER_ID": """Can you confirm your driver's license number?
Please enter the number on your driving licence.
What's the licence number for the rental?
I need the DL number to add you as a driver.""",
    "PASSWORD": """What password are you trying to use? I can check if it meets the rules.
Please type the temporary password you received.
which password did you set last time?
Can you send me the password you tried?""",
    "USERNAME": """What's your username?
Please enter the user ID you log in with.
Which login name is on the account?
could you tell me your handle on the app""",
    "IP_ADDRESS": """Can you tell me the IP address shown on the diagnostics screen?
Please enter the IP address of your router.
what IP is the camera on?
What's the IP in the error message?""",
}

KEEP_ASK = {
    "order_number": """What's the order number?
Can you give me the order number from the confirmation?
Please enter your order number.
which order is this about? (order #)""",
    "tracking_number": """Do you have the tracking number?
Please share the tracking number from the shipping email.
what tracking no. did the courier give you?""",
    "zip_code": """What's the ZIP code on the billing address?
Please enter your five-digit ZIP.
and your zip?""",
    "postal_code": """Could you give me just the first part of your postcode?
What's the postcode for delivery?
just the first three letters of your postcode please""",
    "date": """What date was it delivered?
When did you place the order?
What day did the charge show up?""",
    "time": """Around what time did you try to pay?
What time would suit you for a callback?
When did the error appear, roughly what time?""",
    "price": """How much were you charged?
What amount did you see on the statement?
How much was the item?""",
    "quantity": """How many items were missing?
How many did you order?
how many boxes arrived?""",
    "product_model": """Which model do you have?
Could you tell me the model number on the sticker?
What's the model of the router?""",
    "ticket_reference": """Do you have the case reference from last time?
What's the ticket number?
please enter your case reference""",
    "store_number": """Which store did you buy it in? The store number is on the receipt.
What's the store number?""",
    "flight_number": """Which flight are you on?
Can you give me the flight number?""",
    "invoice_number": """What's the invoice number?
Could you share the invoice no. at the top right?""",
}

NAMES = {
    "CREDIT_DEBIT_NUMBER": ["card", "card number", "card no", "visa", "cc", "debit card"],
    "CREDIT_DEBIT_CVV": ["cvv", "security code", "cvc", "code on the back", "sec code"],
    "CREDIT_DEBIT_EXPIRY": ["expiry", "exp", "expiration", "exp date", "valid thru"],
    "PIN": ["pin", "PIN", "pin code", "passcode"],
    "BANK_ACCOUNT_NUMBER": ["account number", "acct", "acc no", "account no", "acount number"],
    "BANK_ROUTING": ["routing", "routing number", "sort code", "aba", "bank code"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN", "iban number"],
    "SWIFT_CODE": ["swift", "bic", "SWIFT code"],
    "EMAIL": ["email", "e-mail", "mail", "email address"],
    "PHONE": ["number", "phone", "cell", "mobile", "tel", "phone number"],
    "SSN": ["ssn", "social", "social security", "SSN"],
    "PASSPORT_NUMBER": ["passport", "passport number", "passport no"],
    "DRIVER_ID": ["license", "licence number", "drivers license", "DL"],
    "PASSWORD": ["password", "pw", "pass", "pwd"],
    "USERNAME": ["username", "user", "login", "user id"],
    "IP_ADDRESS": ["ip", "IP address", "ip addr"],
}

KEEP_NAMES = {
    "order_number": ["order", "order number", "order #", "order no"],
    "tracking_number": ["tracking", "tracking number"],
    "zip_code": ["zip", "zip code"],
    "postal_code": ["postcode", "post code"],
    "date": ["delivered on", "ordered on", "on"],
    "time": ["at", "around"],
    "price": ["charged", "it was", "paid"],
    "quantity": ["got", "missing", "ordered"],
    "product_model": ["model", "its the"],
    "ticket_reference": ["case", "ticket", "ref"],
    "store_number": ["store", "store no"],
    "flight_number": ["flight"],
    "invoice_number": ["invoice", "inv"],
}

NAMED = """my {n} is {v}
{n}: {v}
{n} {v}
ok here's the {n} {v}
the {n} should be {v}
{v} is my {n}
its {v} thats the {n}
{n} -> {v}"""

FILLER = """{v}
ya its {v}
sure {v}
it's {v}
ok {v}
um {v}
yes {v}
{v} i think
thats {v}
{v} 👍
here u go {v}"""

WAIT = """one sec
let me check
hold on its in my other bag
gimme a minute
hang on
wait let me find it"""

QBACK = """the one on the card?
which one, the old one or the new one?
you mean the one i signed up with?
do you need all of it?
the long one?"""

CONFIRM = """Yes, that one please.
Yep, the full one.
That's right.
Yes please."""

REASK = """Sorry, that doesn't look right, could you send it again?
Hmm, that didn't go through. Can you double check it?
I think a digit is missing there, could you retype it?
That one isn't matching our records, can you check again?"""

CORRECT = """sorry wrong one, it's {v}
oops my bad {v}
no wait its {v}
typo sorry: {v}
correct one is {v}"""

OFFTOPIC = """why do you need that tho
can i not just get a refund
i dont really want to give that out over chat
this is so annoying honestly
can i talk to a real person
actually nevermind that, is the store open sunday?"""

MULTI_MORE = """{v}
and {v}
then {v}
{v} sorry pressed enter
rest is {v}"""

TWO_ASK = """Could you send your card number and the expiry, please?
Please enter the card number followed by the expiration date.
I'll need the card number and when it expires."""

TWO_ANS = """{a} exp {b}
{a} and it expires {b}
card {a} expiry {b}
{a} {b}"""

LAST4_ASK = """Could you confirm the last four digits of the card?
What are the last four of the card you used?
Just the last four digits of the card please, not the whole thing."""

LAST4_ANS = """{v}
ends in {v}
last four are {v}
its {v}"""

CLOSE = """Thanks, that's all sorted now. Anything else?
Perfect, I've updated that for you.
Great, I've passed this to the team. Have a nice day!
Thanks for your patience, you'll get an email shortly."""

THANKS = """thanks bye
thank u!!
ok cheers
great ty 🙏
no thats all"""
