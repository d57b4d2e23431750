"""English chats (US, UK). Hand-written. Lists alternate dev / sealed by position (even = dev)."""

LOCALES = {
    "en-US": {"phone": "US", "iban": "GB", "swift": "US", "ids": ["SSN"]},
    "en-GB": {"phone": "GB", "iban": "GB", "swift": "GB", "ids": []},
}

GREET = [
    "Hi there, thanks for reaching out! How can I help today?",
    "hey! you're chatting with Dana from support",
    "Welcome to Support. An agent will be with you shortly.",
    "Good afternoon, my name is Priya, what can I do for you?",
    "Hello 👋 I'm Sam. What's going on?",
    "Thanks for waiting. I'm Marcus, I'll be looking after you.",
]
OPEN = [
    "hi",
    "hello i need help with my account",
    "hey so my payment got declined??",
    "my package never arrived",
    "hi there, cant log in to the app",
    "Good morning, I'd like to update my details please",
    "yo anyone there",
    "i was charged twice wtf",
    "Hello, I have a question about a refund.",
    "need to change my card on file",
]
CHAT = [
    "ok",
    "sure",
    "one sec",
    "thanks",
    "lol ok",
    "alright",
    "k",
    "got it",
    "cool cool",
    "ugh fine",
    "sorry my wifi is bad",
    "is this a bot?",
    "hang on im at work",
    "ok thank u so much",
    "perfect",
    "yep",
]
CLOSE_AGENT = [
    "Is there anything else I can help with?",
    "All sorted! Have a lovely day.",
    "Great, that's updated for you.",
    "Thanks for your patience, you're all set.",
    "Done ✅ anything else?",
    "I've passed this on to the team, you'll get an email soon.",
]
CLOSE_CUST = [
    "no thats all thanks",
    "thank you!!",
    "nope all good",
    "cheers",
    "ty",
    "great thanks bye",
]
WAIT = [
    "one sec",
    "let me check",
    "hold on grabbing my wallet",
    "gimme a min",
    "hang on",
    "lemme find it",
    "brb checking",
]
DODGE = [
    "actually can i just change my delivery address instead",
    "why do you need that?",
    "i dont have it on me rn",
    "can you not just look it up",
    "nvm, when will my refund come through?",
    "hmm i'd rather not share that here",
    "wait what was the question",
    "i'll call instead",
]
QBACK = [
    ("the one on the card?", "Yes, that one please."),
    ("which one, the old or new?", "The one currently on the account."),
    ("like the whole thing?", "Yep, the full one please."),
    ("do u mean the one on my profile?", "That's right."),
    ("mobile or home?", "Whichever one is on file."),
]
REASK = [
    "Hmm, that doesn't look right, could you send it again?",
    "Sorry, I think a digit is missing there. Can you double check?",
    "That one isn't matching on my end, can you retype it?",
    "I'm afraid that didn't go through. Please re-enter it.",
]
CORRECT = [
    "sorry wrong one, it's {v}",
    "oops my bad. {v}",
    "no wait its {v}",
    "ah typo, should be {v}",
]
FILLER = [
    "ya its {v}",
    "{v} 👍",
    "sure, {v}",
    "it should be {v}",
    "ok {v}",
    "uhh {v} i think",
    "{v} thx",
    "yeah {v}",
    "here u go {v}",
    "{v}.",
]
CONT = ["{v}", "{v} sorry hit enter", "and {v}", "{v}!", "...{v}", "then {v}"]
AND = "and"

ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "Could you please confirm the long number on the front of your card?",
        "what's the card number?",
        "Please enter your 16-digit card number.",
        "Can I get the card number you'd like to use, please?",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "And the expiry date?",
        "When does the card expire?",
        "Please enter the expiration date (MM/YY).",
        "what's the exp on it",
    ],
    "CREDIT_DEBIT_CVV": [
        "And the 3 digits on the back please",
        "Could you give me the security code?",
        "Please enter your CVV.",
        "What's the CVC on the card?",
    ],
    "PIN": [
        "Please enter your PIN to continue.",
        "For verification, what's your account PIN?",
        "can you type your pin",
        "What is the 4-digit PIN you set up?",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "What's the account number the refund should go to?",
        "Please enter your account number.",
        "could you confirm your bank account number?",
        "Which account number should we debit?",
    ],
    "BANK_ROUTING": [
        "And the routing number?",
        "Please provide the sort code.",
        "what's the routing/sort code for that bank?",
        "I'll also need the bank's routing number.",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "Could you share your IBAN?",
        "what's the iban for the transfer",
        "Please enter the IBAN of the receiving account.",
        "I'll need the full IBAN, please.",
    ],
    "SWIFT_CODE": [
        "And the SWIFT/BIC?",
        "What's the bank's BIC code?",
        "Please provide the SWIFT code.",
        "do you have the swift for that bank?",
    ],
    "EMAIL": [
        "What email address is on the account?",
        "Can you confirm your email please?",
        "Please enter your email address.",
        "what's the best email to send the receipt to?",
    ],
    "PHONE": [
        "What number should we call you on?",
        "Could you confirm the phone number on file?",
        "Please enter your mobile number.",
        "what's a good callback number?",
    ],
    "SSN": [
        "For identity verification, please provide your Social Security number.",
        "Can you confirm the last... sorry, the full SSN on the account?",
        "What's your social?",
        "Please enter your SSN.",
    ],
    "PASSPORT_NUMBER": [
        "What's your passport number?",
        "Please provide the passport number used at booking.",
        "Could you confirm the passport no. for the traveller?",
        "passport number pls",
    ],
    "DRIVER_ID": [
        "What's your driver's license number?",
        "Please enter your driving licence number.",
        "Can I have the licence number for the rental?",
        "dl number?",
    ],
    "PASSWORD": [
        "What password did you try?",
        "Please type the temporary password you received.",
        "what's the password you set on the new account?",
        "Can you tell me the passcode for the account?",
    ],
    "USERNAME": [
        "What's your username?",
        "Please enter the user ID you log in with.",
        "what name do you log in as?",
        "Can you confirm your login?",
    ],
    "IP_ADDRESS": [
        "Could you tell me your IP address? You can find it on whatismyip.",
        "what IP does the router show?",
        "Please send the IP address from the error page.",
        "Which IP are you connecting from?",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": [
        "my card number is {v}",
        "card: {v}",
        "its visa {v}",
        "the card ends up being {v}",
    ],
    "CREDIT_DEBIT_EXPIRY": ["exp {v}", "expires {v}", "expiry is {v}", "valid thru {v}"],
    "CREDIT_DEBIT_CVV": [
        "cvv {v}",
        "security code is {v}",
        "cvc: {v}",
        "the code on the back is {v}",
    ],
    "PIN": ["pin is {v}", "my pin {v}", "PIN: {v}", "the pin number is {v}"],
    "BANK_ACCOUNT_NUMBER": [
        "account number {v}",
        "acct no {v}",
        "my account # is {v}",
        "account: {v}",
    ],
    "BANK_ROUTING": ["routing {v}", "sort code {v}", "routing number is {v}", "sort code: {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "iban - {v}",
        "my IBAN is {v}",
        "IBAN: {v}",
        "the iban's {v}",
    ],
    "SWIFT_CODE": ["swift {v}", "BIC: {v}", "the bic is {v}", "swift code {v}"],
    "EMAIL": ["my email is {v}", "email: {v}", "its {v} my email", "e-mail {v}"],
    "PHONE": ["my number is {v}", "phone: {v}", "cell is {v}", "call me on {v}"],
    "SSN": ["ssn {v}", "my social is {v}", "SSN: {v}", "social security no {v}"],
    "PASSPORT_NUMBER": [
        "passport {v}",
        "passport no. {v}",
        "my passport number is {v}",
        "passport: {v}",
    ],
    "DRIVER_ID": [
        "license {v}",
        "my DL is {v}",
        "driving licence number {v}",
        "drivers license: {v}",
    ],
    "PASSWORD": ["password is {v}", "pw: {v}", "i used {v} as the password", "passcode {v}"],
    "USERNAME": ["username {v}", "my user is {v}", "login: {v}", "handle is {v}"],
    "IP_ADDRESS": ["ip is {v}", "my IP: {v}", "ip address {v}", "it says IP {v}"],
}
PAIR_ASK = [
    (
        "Could you give me the card number and the expiry, please?",
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
    ),
    ("Please provide the expiration date and CVV.", "CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"),
    ("i need the sort code and account number", "BANK_ROUTING", "BANK_ACCOUNT_NUMBER"),
    ("What's the IBAN and BIC for the refund?", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"),
    ("username + password you tried?", "USERNAME", "PASSWORD"),
    ("Email and phone on the account please", "EMAIL", "PHONE"),
]
PAIR_ANS = [
    "{a} {b}",
    "{a} and {b}",
    "{a}\n{b}",
    "{a}, {b}",
    "{a} / {b}",
    "first one {a} second {b}",
]
PARTIAL_ASK = [
    "Can you confirm the last four digits of the card?",
    "What are the last 4 of the card you used?",
    "just the last four digits of the card please",
    "Which card was it? The last 4 digits are fine.",
]
POSTCODE_PART = [
    "Just the first 3 characters of your postcode, please.",
    "what's the first half of your postcode?",
    "Could you tell me the first part of your ZIP?",
    "the first three of your postal code is enough",
]

KEEP_ASK = {
    "order_number": [
        "What's the order number?",
        "Could you share your order number please?",
        "order # ?",
        "Please enter your order number.",
        "Which order is this about?",
        "do you have the order reference handy?",
    ],
    "tracking_number": [
        "What's the tracking number?",
        "Can you send me the tracking code from the email?",
        "tracking no. please",
    ],
    "ticket_reference": [
        "Do you have a case reference?",
        "What's the ticket number from your last chat?",
        "case ref?",
    ],
    "zip_code": ["What's your ZIP code?", "and the zip?", "Please enter the billing ZIP code."],
    "postal_code": [
        "What's your postcode?",
        "Could you confirm the postcode for delivery?",
        "postcode pls",
    ],
    "quantity": [
        "How many did you order?",
        "how many items were missing?",
        "How many units would you like?",
    ],
    "date": [
        "What date was it delivered?",
        "When did you place the order?",
        "which day did the charge show up?",
    ],
    "time": [
        "What time would suit you for a callback?",
        "roughly what time did it happen?",
        "When's best to reach you?",
    ],
    "price": [
        "How much were you charged?",
        "what amount did you see on the statement?",
        "What was the total?",
    ],
    "product_model": [
        "Which model do you have?",
        "what's the model of the device?",
        "Could you tell me the product model?",
    ],
    "store_number": [
        "Which store did you visit? The store number is on the receipt.",
        "store number?",
        "What's the store no. on the receipt?",
    ],
    "flight_number": [
        "What's your flight number?",
        "which flight are you on?",
        "Could you confirm the flight number?",
    ],
    "invoice_number": [
        "What's the invoice number?",
        "which invoice is it?",
        "Invoice number please.",
    ],
    "year": [
        "What year did you buy it?",
        "which year was the account opened?",
        "What year is the car?",
    ],
    "version": [
        "What app version are you on?",
        "which version of the app is installed?",
        "Can you check the version in Settings > About?",
    ],
}
KEEP_NAMED = [
    "order {v}",
    "its #{v}",
    "the number is {v}",
    "{v} i think",
    "ref {v}",
    "should be {v}",
    "here: {v}",
]
