"""English (US, UK) chat templates, hand-written. Even-indexed entries feed dev, odd ones sealed."""

LANG = "en"
LOCALES = ["en-US", "en-US", "en-GB"]

GREET_A = [
    "Hi, thanks for contacting us! My name is Dana, how can I help today?",
    "Hello 👋 you're chatting with Sam from the support team. What can I do for you?",
    "Welcome to customer care. An agent will be with you shortly.",
    "hey there, this is Chris. what's going on with your account?",
    "Good afternoon, you're through to billing. How may I assist?",
    "Thanks for waiting! I'm Priya and I'll be looking after you today.",
]
GREET_C = [
    "hi i need help with my card",
    "hello?? been waiting ages",
    "hey so my payment didnt go through",
    "hi, someone charged me twice i think",
    "yo i cant log into the app",
    "Hello, I want to update my details please",
    "hii my package never came 😩",
    "good morning, question about a refund",
]
CLOSE_A = [
    "Is there anything else I can help with today?",
    "All done on my side. Have a lovely day!",
    "Thanks for your patience, this is now sorted.",
    "I've updated that for you. Anything else?",
    "Perfect, you'll get an email confirmation shortly.",
    "Great, that's everything. Take care!",
]
CLOSE_C = [
    "no thats all thx",
    "thank you so much!!",
    "cool ty 👍",
    "ok great, bye",
    "nope all good",
    "appreciate it",
    "thanks, have a good one",
    "perfect thanks a lot",
]
CHAT = [
    "honestly this is the third time im writing",
    "ok",
    "wait what",
    "sorry my wifi is bad",
    "can you hurry a bit im at work",
    "i already told the other guy all this",
    "lol ok",
    "is this a bot or a real person",
    "the app keeps crashing when i open it",
    "fine",
    "hmm not sure",
    "my husband usually deals with this stuff",
]
OTHER_Q = [
    "Can you tell me a bit more about what happened?",
    "Is this about your personal or business account?",
    "Did you receive any error message?",
    "Are you still there?",
    "Which device are you using, phone or computer?",
    "And when did you first notice the issue?",
]

ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "What's the long number on the front of the card?",
        "Could you please confirm the card number?",
        "Please enter your card number.",
        "which card did you pay with? I need the full number",
        "To look up the charge I'll need the card number, please.",
        "Can you type the number of the card that was declined?",
    ],
    "CREDIT_DEBIT_CVV": [
        "And the three digits on the back?",
        "Please provide the security code.",
        "what's the CVV on it?",
        "Could you confirm the code on the signature strip?",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "When does the card expire?",
        "Please enter the expiration date (MM/YY).",
        "and the expiry date?",
        "What's the valid thru date on the card?",
    ],
    "PIN": [
        "For verification, please enter your PIN.",
        "What's the PIN you set up for phone banking?",
        "Can you confirm your security PIN?",
        "please type the pin code you chose when you signed up",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "Please enter your account number.",
        "What's the account number you'd like the refund sent to?",
        "Could you confirm the checking account number?",
        "which account should we debit? the number please",
    ],
    "BANK_ROUTING": [
        "And the routing number for that bank?",
        "Please provide the bank's routing / sort code.",
        "what's the sort code on the account?",
        "Could you also give me the bank code?",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "What's the IBAN for the transfer?",
        "Please share the IBAN of the receiving account.",
        "could you send your international account number (IBAN)?",
        "To send the refund abroad I need the IBAN.",
    ],
    "SWIFT_CODE": [
        "And the SWIFT / BIC code of the bank?",
        "Please provide the BIC.",
        "what's the swift code?",
        "Do you have the bank identifier code handy?",
    ],
    "EMAIL": [
        "What email address is on the account?",
        "Could you please confirm your email?",
        "where should we send the receipt? email pls",
        "Please enter the email you registered with.",
        "What's the best email to reach you at?",
    ],
    "PHONE": [
        "What number should we call you on?",
        "Could you confirm the phone number linked to the account?",
        "Please enter your mobile number.",
        "whats a good number to text you the code?",
        "Can I get a contact number in case we get cut off?",
        "Which phone number did you sign up with?",
    ],
    "SSN": [
        "For identity verification, please provide your Social Security number.",
        "Could you confirm your SSN?",
        "what are the digits of your social?",
        "I'll need your social security number to open the claim.",
    ],
    "PASSPORT_NUMBER": [
        "What's the passport number on the booking?",
        "Please provide the passport number of the traveller.",
        "could you send the number from your passport?",
        "For check-in I need the passport number, please.",
    ],
    "DRIVER_ID": [
        "Could you give me your driver's license number?",
        "Please enter the number on your driving licence.",
        "what's the licence number?",
        "I need the DL number for the rental.",
    ],
    "PASSWORD": [
        "What password did you try to use?",
        "Please type the temporary password you received.",
        "which password are you putting in?",
        "Could you tell me the password you set last time so I can check the format?",
    ],
    "USERNAME": [
        "What's your username?",
        "Which login name do you use?",
        "can you send me your user id for the app?",
        "Please confirm the username on the account.",
    ],
    "IP_ADDRESS": [
        "Could you tell me the IP address shown on the error page?",
        "What IP is your router showing?",
        "please check whatismyip and send me what it says",
        "Which IP address were you connecting from?",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": [
        "my card number is {v}",
        "card: {v}",
        "its the visa, {v}",
        "the card no. is {v}",
        "debit card {v}",
        "cc num {v}",
    ],
    "CREDIT_DEBIT_CVV": [
        "cvv is {v}",
        "security code {v}",
        "the code on the back is {v}",
        "cvc {v}",
    ],
    "CREDIT_DEBIT_EXPIRY": ["expires {v}", "exp {v}", "expiry date is {v}", "valid thru {v}"],
    "PIN": ["my pin is {v}", "pin: {v}", "the pin code is {v}", "PIN {v} i think"],
    "BANK_ACCOUNT_NUMBER": [
        "account number {v}",
        "acct # is {v}",
        "my checking acct is {v}",
        "account no {v}",
    ],
    "BANK_ROUTING": [
        "routing number is {v}",
        "sort code {v}",
        "the routing # {v}",
        "sortcode is {v}",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "IBAN: {v}",
        "my iban is {v}",
        "iban {v}",
        "here's the IBAN {v}",
    ],
    "SWIFT_CODE": ["swift {v}", "BIC is {v}", "swift code: {v}", "the bic {v}"],
    "EMAIL": [
        "my email is {v}",
        "email: {v}",
        "you can reach me at {v}",
        "its registered under {v}",
    ],
    "PHONE": [
        "my number is {v}",
        "phone {v}",
        "cell is {v}",
        "call me on {v}",
        "mobile: {v}",
        "my phone number's {v}",
    ],
    "SSN": ["ssn {v}", "my social is {v}", "social security number {v}", "SSN: {v}"],
    "PASSPORT_NUMBER": [
        "passport no {v}",
        "my passport number is {v}",
        "passport: {v}",
        "pp number {v}",
    ],
    "DRIVER_ID": ["license number {v}", "DL {v}", "my driving licence is {v}", "drivers lic {v}"],
    "PASSWORD": ["password is {v}", "pw: {v}", "my password {v}", "i typed {v} as the password"],
    "USERNAME": ["username {v}", "my login is {v}", "user: {v}", "handle is {v}"],
    "IP_ADDRESS": ["my ip is {v}", "IP: {v}", "ip address {v}", "it says ip {v}"],
}
FILLER = [
    "{v}",
    "ya its {v}",
    "sure {v}",
    "ok {v}",
    "it's {v}",
    "{v} 🙂",
    "umm {v}",
    "here you go: {v}",
    "yes that's {v}",
    "{v} i believe",
    "{v}!",
    "sure thing - {v}",
    "think its {v}",
    "yep {v}",
    "{v} thx",
    "there: {v}",
]
MULTI_CONT = [
    "{v}",
    "and {v}",
    "{v} thats it",
    "...{v}",
    "{v} sorry",
    "then {v}",
    "last bit {v}",
    "{v} done",
]
MULTI_LEAD = ["its long hang on", "ok sending in parts", "", "wait", "lemme type it"]
BACK_Q = [
    "the one on the card?",
    "which one, the old or the new one?",
    "you mean the full thing?",
    "like all of it?",
    "wait the one on my statement?",
    "do you need the one from the app?",
]
BACK_YES = ["Yes, that one please.", "Yep, the full one.", "That's right.", "Exactly, thanks!"]
WAIT = [
    "one sec",
    "let me check",
    "hold on gotta find it",
    "brb getting my wallet",
    "give me a min",
    "looking",
]
DODGE = [
    "actually can you just tell me why it was declined",
    "hold on why do you need that",
    "i'd rather not share that here",
    "can we do this another way",
    "nvm that, is my refund coming or not",
    "i dont have it on me right now",
]
REASK = [
    "Sorry, that doesn't look right, could you send it again?",
    "Hmm, I couldn't read that. Could you type it again please?",
    "that seems to be missing something, can you resend?",
    "Could you double check and send it once more?",
]
WRONG = [
    "sorry wrong one, it's {v}",
    "no wait {v}",
    "oops that was the old one. {v}",
    "correction: {v}",
    "my bad, use {v}",
    "ugh typo, {v}",
]
PARTIAL_ASK = [
    "Could you confirm the last four digits of the card?",
    "What are the last four of the card you used?",
    "just the last four digits of the card please",
    "Which card ends in what? Last four please.",
]
PAIR_ASK = [
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY", "Your card number and the expiry, please."),
    (
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
        "can you send the card number plus when it expires",
    ),
    (
        "CREDIT_DEBIT_EXPIRY",
        "CREDIT_DEBIT_CVV",
        "Please provide the expiration date and the security code.",
    ),
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV", "and the expiry + cvv?"),
    (
        "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "I need the account number and routing number, please.",
    ),
    ("BANK_ACCOUNT_NUMBER", "BANK_ROUTING", "What are the account and sort code?"),
]
PAIR_BARE = ["{v} {w}", "{v} / {w}", "{v}, {w}", "ok {v} and {w}", "{v}\n{w}", "sure {v} - {w}"]
NONE_LINES = [
    "can u check this one {v}",
    "{v} <- is this right",
    "copy pasted: {v}",
    "what about {v}?",
    "this is what i have {v}",
]
DIFF_PREFIX = ["i dont know that but ", "not sure, ", "no idea sorry. ", "can't find it, "]

KEEP_ASK = {
    "order_number": [
        "What's the order number?",
        "Could you give me the order reference?",
        "which order is it? the number pls",
        "Please enter your order number.",
    ],
    "tracking_number": [
        "Do you have the tracking number?",
        "what tracking code did you get?",
        "Please share the tracking number from the email.",
    ],
    "zip_code": [
        "What's the ZIP code for the delivery?",
        "Could you confirm your zip?",
        "zip code on the billing address?",
    ],
    "postal_code": [
        "Just the first half of your postcode please.",
        "What postcode is it going to?",
        "postcode?",
    ],
    "date": [
        "What date was the delivery supposed to be?",
        "When did you place the order?",
        "what day was the charge?",
    ],
    "time": [
        "What time works for a callback?",
        "Roughly what time did it happen?",
        "when should the driver come?",
    ],
    "price": [
        "How much were you charged?",
        "What was the amount on the statement?",
        "how much was it?",
    ],
    "quantity": [
        "How many items were missing?",
        "How many did you order?",
        "how many boxes arrived?",
    ],
    "product_model": [
        "Which model do you have?",
        "What's the model on the label?",
        "which model is it",
    ],
    "version": ["Which app version are you on?", "What version does the settings page show?"],
    "invoice_number": ["What's the invoice number?", "Could you read me the invoice reference?"],
    "ticket_reference": [
        "Do you have a case reference from before?",
        "what's the ticket number you got?",
    ],
    "year": ["What year did you open the account?", "Which year is the car from?"],
    "flight_number": ["What's the flight number?", "which flight are you on?"],
    "store_number": [
        "Which store did you buy it in? The store number is on the receipt.",
        "whats the store number?",
    ],
}
KEEP_BARE = [
    "{k}",
    "its {k}",
    "{k} i think",
    "um {k}",
    "yeah {k}",
    "{k}!",
    "should be {k}",
    "{k} on the email",
]
KEEP_FREE = [
    "i ordered {quantity} of them on {date} and only got one",
    "order {order_number} still says processing",
    "they charged me {price} instead of the discount price",
    "tracking {tracking_number} hasnt moved in a week",
    "my old ticket was {ticket_reference} if that helps",
    "the delivery was meant to be {date} between {time} and noon",
    "im on version {version} of the app",
    "its the {product_model}, bought it in {year}",
    "i'm flying out on {flight_number} tomorrow",
    "invoice {invoice_number} has the wrong address",
    "i bought it at store {store_number}",
    "paid {price} for order {order_number}",
]
