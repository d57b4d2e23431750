"""English chat templates (en-US, en-GB), written by hand.

Every list is split by position: even entries feed the dev split, odd entries the sealed split.
"""

OPEN = ["hi", "hello?? anyone there", "hey i need help with my account", "hi there, my order never showed up",
        "good morning", "yo my card got declined again", "hiya, quick question", "helo i cant log in",
        "hi need to change my details pls", "hey 👋", "um hello, i was charged twice??", "hi, someone told me to message here"]
GREET = ["Hi, thanks for reaching out! I'm Dana, how can I help today?",
         "Welcome to support. You're chatting with Sam. What can I do for you?",
         "Hello! Sorry to hear that, let's get it sorted.",
         "Thanks for contacting us. Before we start I'll need to verify a couple of things.",
         "Hi there 😊 happy to help with that.",
         "Good morning! Let me pull up your account, bear with me.",
         "Thank you for waiting. An agent has joined the chat.",
         "Hey! I can help with that, just need a few details first."]
ASK = {
    "CREDIT_DEBIT_NUMBER": ["What's the card number?", "Could you please confirm the long number on the front of your card?",
                            "Please enter your sixteen-digit card number.", "which card did you pay with? I need the full number",
                            "Can I get the card number you'd like us to charge?", "To issue the refund I need the card it went on."],
    "CREDIT_DEBIT_CVV": ["And the security code on the back?", "Please enter the three digits on the back of your card.",
                         "What's the CVV?", "Could you read me the CVC, please?"],
    "CREDIT_DEBIT_EXPIRY": ["When does the card expire?", "What's the expiry date on it?",
                            "Please enter the expiration date (MM/YY).", "and the exp date?"],
    "PIN": ["Please enter your PIN to continue.", "What PIN did you set up for phone banking?",
            "Can you confirm your four digit security PIN?", "I'll need the PIN for the account, please."],
    "BANK_ACCOUNT_NUMBER": ["What's your account number?", "Please enter your account number.",
                            "Which account should the refund go to? Just the account number.",
                            "Could you confirm the account number we have on file?"],
    "BANK_ROUTING": ["And the routing number?", "What's the sort code for that account?",
                     "Please provide your bank's routing number.", "Can you give me the sort code too?"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["What's your IBAN?", "Please send the IBAN for the transfer.",
                                          "Could you confirm the IBAN the payment should go to?", "iban please"],
    "SWIFT_CODE": ["And the SWIFT/BIC of your bank?", "What's the BIC code?", "Do you have the swift code handy?",
                   "Please enter your bank's SWIFT code."],
    "EMAIL": ["What's the email on the account?", "Could you please confirm your email address?",
              "Where should I send the confirmation?", "Please enter the email address you registered with.",
              "What email can we reach you at?", "which email did you sign up with?"],
    "PHONE": ["What number should we call you on?", "Can you confirm the phone number on the account?",
              "Please enter your mobile number, including area code.", "What's the best number to reach you?",
              "and a contact number?", "Which phone number is linked to your account?"],
    "SSN": ["For verification, what's your Social Security number?", "Please enter your SSN.",
            "Could you confirm your social?", "I'll need your social security number to open the claim."],
    "PASSPORT_NUMBER": ["What's your passport number?", "Please provide the passport number you booked with.",
                        "Could you send the passport no. as it appears on the document?", "passport number?"],
    "DRIVER_ID": ["Can you give me your driver's license number?", "Please enter your driving licence number.",
                  "What's the number on your license?", "we need the DL number for the rental"],
    "PASSWORD": ["What password did you try?", "Please type the temporary password you received.",
                 "what's the password you're using now?", "Can you confirm the old password so I can reset it?"],
    "USERNAME": ["What's your username?", "Which username do you log in with?", "Please enter your user ID.",
                 "what's the login name on the account?"],
    "IP_ADDRESS": ["What's the IP address of the router?", "Can you tell me the IP shown on the error page?",
                   "Please send the IP address you're connecting from.", "what ip does it show?"],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": ["my card is {v}", "card number {v}", "its the visa {v}", "card no: {v}", "the cc is {v}",
                            "debit card {v}"],
    "CREDIT_DEBIT_CVV": ["cvv {v}", "security code is {v}", "cvc: {v}", "the code on the back is {v}"],
    "CREDIT_DEBIT_EXPIRY": ["expires {v}", "exp {v}", "expiry date {v}", "valid thru {v}"],
    "PIN": ["pin is {v}", "my pin {v}", "PIN: {v}", "the pin i set was {v}"],
    "BANK_ACCOUNT_NUMBER": ["acct {v}", "account number is {v}", "my account no {v}", "account: {v}"],
    "BANK_ROUTING": ["routing {v}", "sort code {v}", "routing number is {v}", "sort code is {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "my iban is {v}", "iban: {v}", "the IBAN is {v}"],
    "SWIFT_CODE": ["swift {v}", "BIC: {v}", "bic is {v}", "swift code {v}"],
    "EMAIL": ["my email is {v}", "email: {v}", "its {v} thats my email", "e-mail {v}", "mail me at {v}"],
    "PHONE": ["my number is {v}", "call me on {v}", "cell {v}", "phone: {v}", "mobile is {v}", "text me at {v}"],
    "SSN": ["ssn {v}", "my social is {v}", "social security no. {v}", "SSN: {v}"],
    "PASSPORT_NUMBER": ["passport {v}", "my passport no is {v}", "passport number: {v}", "passport # {v}"],
    "DRIVER_ID": ["license {v}", "DL {v}", "my drivers licence is {v}", "driving licence no. {v}"],
    "PASSWORD": ["password is {v}", "pw: {v}", "i used {v} as the password", "pass was {v}"],
    "USERNAME": ["username {v}", "user: {v}", "login is {v}", "my handle is {v}"],
    "IP_ADDRESS": ["ip is {v}", "IP: {v}", "it says ip {v}", "ip address {v}"],
}
FILLER = ["ya its {v}", "sure: {v}", "ok {v}", "yes it's {v}", "{v} i think", "hmm {v}", "it should be {v}",
          "{v} 👍", "here u go {v}", "yep {v}", "{v} thats it", "uh {v}", "should be {v}", "{v}!!", "k. {v}",
          "its {v}", "{v} lol", "fine, {v}", "yeah {v}", "{v} if i remember right"]
KEEP_ASK = {
    "order_number": ["What's the order number?", "Could you share the order number from your confirmation?",
                     "Please enter your order number.", "do you have the order # handy?"],
    "tracking_number": ["What's the tracking number on the package?", "Can you send me the tracking number?",
                        "Please paste the tracking code from the email.", "tracking #?"],
    "zip_code": ["And the ZIP code?", "What zip is the delivery going to?", "Please enter your billing ZIP code.",
                 "what's the zip there?"],
    "postal_code": ["What's the postcode?", "Just the first three letters of your postcode, please.",
                    "Could you confirm the postcode for delivery?", "and the post code?"],
    "date": ["When did the delivery arrive?", "What date was the charge?", "Which day would suit for the engineer?",
             "when did you place it?"],
    "time": ["What time works for a callback?", "Around what time did this happen?",
             "What time did the driver come?", "when should we call?"],
    "price": ["How much were you charged?", "What amount shows on your statement?", "how much was it?",
              "What was the total on the receipt?"],
    "quantity": ["How many items were missing?", "How many did you order?", "how many boxes arrived?",
                 "How many units do you need replaced?"],
    "product_model": ["Which model is it?", "What's the model number on the sticker?", "what model do u have?",
                      "Could you tell me the product model?"],
    "invoice_number": ["Do you have the invoice number?", "What's the invoice no.?",
                       "Please enter the invoice number.", "which invoice is it about?"],
    "ticket_reference": ["Do you have a case reference from before?", "What's your ticket number?",
                         "Please give me the reference from the previous chat.", "case ref?"],
    "year": ["What year is the car?", "Which year did you buy it?", "what year was the account opened?",
             "Year of manufacture?"],
    "flight_number": ["What's the flight number?", "Which flight were you on?", "Please enter your flight number.",
                      "flight no.?"],
    "store_number": ["Which store did you buy it in? The store number is on the receipt.",
                     "What's the store number?", "Please enter the store number.", "store # on the receipt?"],
    "version": ["What version of the app are you on?", "Which firmware version does it show?",
                "Can you check the app version in settings?", "version?"],
}
KEEP_NAMED = {
    "order_number": ["order {k}", "my order number is {k}", "order # {k}", "its order {k} btw"],
    "tracking_number": ["tracking says {k}", "tracking no {k}", "the tracking is {k}", "tracking: {k}"],
    "zip_code": ["zip {k}", "my zip is {k}", "zip code {k}", "ZIP: {k}"],
    "postal_code": ["postcode {k}", "post code is {k}", "its {k} postcode", "postcode: {k}"],
    "date": ["it came on {k}", "charged on {k}", "i ordered on {k}", "since {k}"],
    "time": ["at {k}", "around {k}", "after {k} works", "they came at {k}"],
    "price": ["it was {k}", "they took {k}", "charged me {k}", "total {k}"],
    "quantity": ["{k} of them", "{k} items", "only got {k}", "{k} boxes"],
    "product_model": ["its the {k}", "model {k}", "i have a {k}", "the {k} one"],
    "invoice_number": ["invoice {k}", "inv no {k}", "invoice number {k}", "the invoice is {k}"],
    "ticket_reference": ["ref {k}", "case {k}", "ticket {k}", "reference {k}"],
    "year": ["its a {k}", "bought in {k}", "had it since {k}", "year {k}"],
    "flight_number": ["flight {k}", "i was on {k}", "flight no {k}", "on the {k}"],
    "store_number": ["store {k}", "store number {k}", "the store was {k}", "shop {k}"],
    "version": ["version {k}", "app says {k}", "on {k}", "firmware {k}"],
}
QBACK = ["the one on the card?", "wait which one", "the long one?", "you mean the new one or old one?",
         "on the front or back?", "the one i signed up with?", "why do u need that", "is that safe to send here?"]
CONFIRM = ["Yes, that one please.", "The one on your account, please.", "Yep, that's the one.",
           "It's only used to verify you, it's masked on our side.", "Yes please, the current one.",
           "The one we have on file, please."]
ONE_SEC = ["one sec", "let me check", "hang on gotta find it", "brb getting my wallet", "ok wait",
           "hold on lemme look", "sec", "gimme a min"]
REASK = ["Sorry, that doesn't look right, could you send it again?", "Hmm, I couldn't find that one. Can you double check?",
         "That seems to be missing a digit, can you re-send it?", "Sorry, I didn't catch that, please type it again.",
         "That didn't match, could you try once more?", "Can you check that again for me?"]
CORRECT = ["sorry wrong one, it's {v}", "oops no thats old. {v}", "wait, {v}", "my bad it's {v}",
           "sorry typo {v}", "no no its {v}"]
CHANGE = ["actually can u just tell me where my parcel is", "i dont have it on me", "why is this so complicated",
          "can i talk to a real person", "nvm that, i just want a refund", "i'll have to look for it later",
          "do i really need that?", "hold on my kid is screaming"]
ACK = ["Thanks, got it.", "Perfect, thank you.", "Great, one moment while I check.", "Thank you! Checking now.",
       "Ok, thanks for that.", "Lovely, let me look into it.", "Noted, thanks.", "Thanks, bear with me."]
TWO_ASK = ["I'll need your card number and the expiry, please.", "Can you give me the card number and expiry date?",
           "Please enter the card number followed by the expiration date.", "card number and exp please"]
TWO_ANS = ["{a} exp {b}", "{a} expires {b}", "{a} and {b}", "{a}, {b}", "{a} valid till {b}", "{a} {b}"]
LAST4_ASK = {
    "CREDIT_DEBIT_NUMBER": ["What are the last four digits of the card?", "Could you confirm the last four of your card?",
                            "Which card was it? Just the last four digits.", "last four of the card please"],
    "SSN": ["Can you confirm the last four of your SSN?", "Last four of your social, please.",
            "For security, the last four digits of your Social Security number?", "last four of ur ssn?"],
    "PHONE": ["What are the last digits of the phone number on file?", "Just the last four of your phone number.",
              "Confirm the last four digits of your mobile, please.", "last four of the phone?"],
}
LAST4_NAMED = ["ends in {v}", "ending {v}", "last four {v}", "the one ending in {v}"]
CHAT = ["this is the third time im contacting you", "ok", "thx", "lol ok", "it says something went wrong",
        "the app keeps crashing", "i just want this fixed honestly", "is there a faster way?", "i see",
        "alright", "no worries", "that's weird", "ugh", "okay thank you so much", "sure", "will do",
        "and how long will that take?", "hmm ok", "yes", "no", "perfect", "can you email me a copy",
        "i'm at work so a bit slow sorry", "cool cool"]
UNPROMPTED = ["{v}", "here {v}", "{v} <- that", "pls use {v}", "{v} ??", "try {v}"]
CLOSE = ["thanks for ur help", "ok bye", "great thanks!", "cheers", "thank you, have a good day", "that's all, thx"]
BYE = ["You're welcome! Anything else I can help with?", "Glad I could help. Have a great day!",
       "Thanks for chatting with us. Take care!", "All sorted. Bye for now!",
       "I've added a note to your account. Have a good one!", "Happy to help. Goodbye!"]
