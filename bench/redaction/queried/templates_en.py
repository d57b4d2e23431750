"""English chats (US and UK). Hand-written; each block is one line per template.

Blocks are split line by line into the dev and the sealed lists by generate.py (even lines dev,
odd lines sealed), so every block needs at least two lines.
"""

LANG = "en"
LOCALES = {
    "en-US": [
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY",
        "PIN",
        "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "EMAIL",
        "PHONE",
        "SSN",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "PASSWORD",
        "USERNAME",
        "IP_ADDRESS",
        "SWIFT_CODE",
    ],
    "en-GB": [
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY",
        "PIN",
        "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "EMAIL",
        "PHONE",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "PASSWORD",
        "USERNAME",
        "SWIFT_CODE",
    ],
}

ASK = {
    "CREDIT_DEBIT_NUMBER": """
Could you give me the long number on the front of the card please?
Please enter your sixteen-digit card number.
whats the card number you paid with?
To process the refund I'll need the card number the order was charged to.
Can I grab the full card number, no spaces needed
Which card did you use? I need the number on it
""",
    "CREDIT_DEBIT_CVV": """
And the three digits on the back?
Please enter the security code (CVV) printed on the back of your card.
what's the cvc on it
Lastly, the security code on the signature strip, please.
""",
    "CREDIT_DEBIT_EXPIRY": """
When does the card expire?
Please enter the expiry date as MM/YY.
and the exp date?
What's the valid thru date on the card?
""",
    "PIN": """
For security, please enter your four digit PIN.
What PIN did you set up when you opened the account?
Can you type the temporary PIN we texted you?
I need the PIN to unlock the card, could you send it here?
""",
    "BANK_ACCOUNT_NUMBER": """
What account number should the refund go to?
Please enter your bank account number.
can u send me the acct number
Could you confirm the account number you'd like us to debit?
""",
    "BANK_ROUTING": """
And the routing number for that bank?
Could you also give me the sort code?
Please enter the nine-digit ABA routing number.
whats the sort code on that account
""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """
Could you send me your IBAN so we can wire it back?
Please provide the IBAN exactly as shown on your statement.
what's the iban
For an international transfer I need the full IBAN, please.
""",
    "SWIFT_CODE": """
And the SWIFT/BIC of your bank?
Please enter the bank's BIC code.
do u have the swift code handy?
We'll also need the SWIFT code for the receiving bank.
""",
    "EMAIL": """
What email is on the account?
Please confirm the email address you registered with.
whats the best email to send the receipt to?
Could you type the e-mail you used at checkout?
Where should I send the confirmation? Email please
To verify, which email address did you sign up with?
""",
    "PHONE": """
What number should we call you on?
Please enter the mobile number linked to your account.
Can I get a good callback number in case we get cut off?
whats ur phone number
Could you confirm the phone number on file for the delivery driver?
Which number did you register with?
""",
    "SSN": """
To verify your identity, please enter your Social Security number.
Could I have the last... actually the full SSN, it's needed for the credit check
what's your social?
I'll need your social security number to open the dispute.
""",
    "PASSPORT_NUMBER": """
For the booking we need your passport number.
Please enter the passport number exactly as printed.
whats the passport no?
Could you confirm the passport number for the traveller?
""",
    "DRIVER_ID": """
Can I have your driver's license number for the rental?
Please enter your driving licence number.
whats ur DL number
The rental desk needs the licence number, could you type it?
""",
    "PASSWORD": """
What password were you trying to log in with?
Please type the temporary password from the email so I can check it.
what did u set the password to?
Could you tell me the password you just tried?
""",
    "USERNAME": """
What's your username on the app?
Please enter your user ID.
whats the login name
Which username do you sign in with?
""",
    "IP_ADDRESS": """
Could you tell me the IP address shown on the router page?
Please send the IP address of the device that gets blocked.
whats ur ip?
What IP does the diagnostics screen show?
""",
}

# Customer answers that do NOT name the value (the agent's question explains it).
BARE = """
ya its {v}
it's {v}
sure {v}
{v} 👍
ok {v}
yes its {v}
here u go {v}
{v} thanks
hmm i think {v}
{v} i believe
yep {v}
{v} :)
k {v}
that would be {v}
{v} is it
should be {v}
{v}!
"""

PRE = """
one sec
let me check
hang on, grabbing my wallet
uhh hold on
gimme a minute, it's in the other room
wait
looking for it now
brb
"""

QBACK = """
the one on the card?
you mean the one i used today?
the new one or the old one?
is that the long one?
like the whole thing??
the one from the email?
"""

AGENT_YES = """
Yes, that one please.
yep exactly
Correct, the one you used for this order.
That's right!
yes please
The current one, thanks.
"""

REASK = """
Hmm, that doesn't look right, could you send it again?
Sorry, I think a digit is missing, can you retype it?
That didn't go through on my side, please enter it once more.
can u double check that one for me
The system rejected that, please try again.
I'm not sure I got that right, could you resend?
"""

CORRECT = """
sorry wrong one, it's {v}
oops no that was my old one. {v}
wait no, {v}
my bad, {v} is the right one
ugh typo. {v}
actually its {v} sorry
"""

NAME = {
    "CREDIT_DEBIT_NUMBER": ["card number", "card", "visa", "cc number", "debit card", "card no"],
    "CREDIT_DEBIT_CVV": ["cvv", "security code", "cvc", "code on the back"],
    "CREDIT_DEBIT_EXPIRY": ["expiry", "exp", "expiration date", "exp date"],
    "PIN": ["pin", "PIN", "pin number"],
    "BANK_ACCOUNT_NUMBER": ["account number", "acct no", "bank account", "account #"],
    "BANK_ROUTING": ["routing number", "sort code", "routing", "ABA"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban", "iban number"],
    "SWIFT_CODE": ["swift", "BIC", "swift code"],
    "EMAIL": ["email", "e-mail", "email address", "mail"],
    "PHONE": ["number", "phone", "cell", "mobile", "phone number"],
    "SSN": ["ssn", "social", "social security number", "SSN"],
    "PASSPORT_NUMBER": ["passport number", "passport", "passport no"],
    "DRIVER_ID": ["license number", "driving licence", "DL", "licence no"],
    "PASSWORD": ["password", "pw", "pass", "passcode for the app"],
    "USERNAME": ["username", "user name", "login", "handle"],
    "IP_ADDRESS": ["ip", "IP address", "ip addr"],
}

# Customer volunteers the value with a naming word ({n} comes from NAME).
NAMED = """
my {n} is {v}
{n}: {v}
{n} {v}
here's my {n} {v}
ok so the {n} is {v}
the {n} should be {v}
{n} -> {v}
btw my {n} is {v} if u need it
i think my {n} is {v}
{n} = {v}
"""

TWO = {
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY"): """
Your card number and the expiry, please.
Please enter the card number followed by the expiration date.
can u send the card # and exp
""",
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"): """
Now the expiry date and the three-digit code on the back.
exp and cvv pls
Please provide the expiration date and security code.
""",
    ("BANK_ACCOUNT_NUMBER", "BANK_ROUTING"): """
I'll need the account number and the routing number.
acct and sort code please
Please enter your account number, then the routing number.
""",
    ("EMAIL", "PHONE"): """
Could you confirm both your email and a phone number?
email + phone for the ticket pls
What email and mobile number should we use for updates?
""",
}

BARE2 = """
{v} {w}
{v} and {w}
{v}, {w}
{v}<br>{w}
ok {v} / {w}
{v} then {w}
"""

LAST4 = """
Can you confirm the last four digits of the card?
Just the last four of the card please, not the whole number.
whats the last four on the card you used
Please enter the last four digits of your card.
"""

SKIP = """
actually can we talk about the delivery first
i dont really want to give that out over chat tbh
why do you need that?
nvm, my real problem is the app keeps crashing
can i just do this in store instead
hold on my kid is yelling, what were we doing
is there no other way?
"""

MK_ASK = {
    "order_number": """
What's the order number?
Please enter your order number.
can i get the order # pls
Do you have the order number from the confirmation email?
Which order is this about? The number is on the receipt.
Could you share your order reference?
""",
    "tracking_number": """
Do you have the tracking number?
Please paste the tracking number from the shipping email.
whats the tracking no
""",
    "zip_code": """
What's the ZIP code for the delivery address?
Please enter your billing ZIP code.
and the zip?
""",
    "postal_code": """
Could you give me just the first part of your postcode?
What postcode is the parcel going to?
Please enter the postcode.
""",
    "date": """
When did you place the order?
What date was the delivery supposed to be?
Which day works for the engineer?
When was the charge on your statement?
""",
    "time": """
What time would suit you for a callback?
Roughly what time did the driver come?
what time is best
""",
    "price": """
How much were you charged?
What was the amount on the statement?
how much did it cost you
""",
    "quantity": """
How many items were missing?
How many of them arrived broken?
how many did u order
""",
    "product_model": """
What model is the device?
Which model do you have? It's on the sticker underneath.
whats the model
""",
    "version": """
Which app version are you on? It's under Settings > About.
what version does it say
""",
    "invoice_number": """
Can you give me the invoice number?
Please enter the invoice number shown top right.
""",
    "ticket_reference": """
Do you have a case reference from last time?
What was your previous ticket number?
""",
    "year": """
What year did you buy it?
Which year is the car?
""",
    "flight_number": """
What's your flight number?
Please enter the flight number from your booking.
""",
    "store_number": """
Which store did you buy it in? There's a store number on the receipt.
what store # was it
""",
}

MK_BARE = """
its {v}
{v} i think
ok {v}
the number is {v}
umm {v}
should be {v}
"""

MK_NAMED = {
    "order_number": [
        "order {v}",
        "my order number is {v}",
        "order #{v} hasn't shown up",
        "the order is {v}",
    ],
    "tracking_number": ["tracking says {v}", "tracking number {v}"],
    "zip_code": ["zip is {v}", "zip {v}"],
    "postal_code": ["postcode {v}", "my postcode is {v}"],
    "date": ["it was on {v}", "ordered it {v}", "supposed to come {v}"],
    "time": ["around {v}", "any time after {v}"],
    "price": ["they charged me {v}", "it was {v}"],
    "quantity": ["{v} of them", "only got {v}"],
    "product_model": ["it's the {v}", "model {v}"],
    "version": ["version {v}", "says {v}"],
    "invoice_number": ["invoice {v}", "inv no {v} from the email"],
    "ticket_reference": ["ref {v}", "case {v}"],
    "year": ["bought it in {v}", "back in {v}"],
    "flight_number": ["flight {v}", "im on {v}"],
    "store_number": ["store {v}", "the one at store {v}"],
}

OPEN = """
Hi, thanks for contacting us! My name is Dana, how can I help?
Hello! You're chatting with the virtual assistant. What can I do for you today?
hey there, this is Sam from support 👋
Good afternoon, thanks for waiting. How can I help today?
Hi! Before we start, I'll ask a few questions to verify your account.
Welcome to Customer Care. An agent will be with you shortly.
"""

CUST_OPEN = """
hi i have a problem with my order
hello?? anyone there
hey my card got charged twice
i need to change my delivery address
my parcel never arrived
hi, cant log in to my account
i want a refund pls
hiya, quick question about a bill
"""

CHAT = """
ok
thx
great thanks
is it going to take long
lol ok
alright
cool
sorry im on my phone
that's annoying tbh
perfect
ok thank you so much
no worries
"""

AGENT_ACK = """
Thanks, one moment while I look that up.
Got it, thank you!
Perfect, checking now.
ok ty, give me a sec
Thanks. Bear with me please.
Great, I've found it.
"""

CLOSE = """
Is there anything else I can help you with?
All sorted! Have a lovely day.
You'll get an email confirmation shortly. Bye for now!
Thanks for your patience, take care.
"""

CUST_CLOSE = """
no thats all thanks
bye
thanks a lot!
great cheers
"""

# Later parts of a value sent over several messages.
CONT = """
and {v}
{v} thats it
then {v}
{v}
..{v}
{v} sorry hit enter
"""
