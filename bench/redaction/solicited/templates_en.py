"""English chats (en-US, en-GB). Hand-written; dev and sealed lists never share a line.

Message syntax: "A: ..." agent, "C: ..." customer, joined by " | ". {a:TYPE} value the agent asked for,
{n:TYPE} value the customer names, {x:TYPE} value nothing names, {k:kind} must-keep, /a /b parts of one
value sent in several messages, ~family forces a rendering. [NATID] [IBAN] [ROUTING] are names.
"""

NAMES = {
    "NATID": {
        "SSN": "social security number",
        "PASSPORT_NUMBER": "passport number",
        "ES_DNI": "DNI",
        "ES_NIE": "NIE",
        "MX_CURP": "CURP",
        "MX_RFC": "RFC",
        "FR_NIR": "social security number",
        "DE_TAX_ID": "tax ID",
        "BR_CPF": "CPF",
        "BR_CNPJ": "CNPJ",
        "PT_NIF": "NIF",
    },
    "IBAN": {
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": "IBAN",
        "BANK_ACCOUNT_NUMBER": "account number",
        "MX_CLABE": "CLABE",
    },
    "ROUTING": {
        "BANK_ROUTING": "routing number",
        "en-GB:BANK_ROUTING": "sort code",
        "SWIFT_CODE": "SWIFT code",
        "MX_CLABE": "CLABE",
    },
}

OPEN = {
    "dev": [
        "C: hi | C: anyone there?? | A: Hi, you're chatting with Dana. How can I help today?",
        "A: Hello! Thanks for contacting support, what can I do for you? | C: hey my delivery never showed up",
        "C: hello i have a problem with my account | A: Sorry to hear that! I'm happy to help you sort it out.",
    ],
    "sealed": [
        "A: Welcome to customer care 👋 What brings you here today? | C: hiya, billing question",
        "C: yo | C: need help w my card asap | A: Hi there, I can help with that. Let's get you verified first.",
        "A: Hi, this is Sam from the support team. | C: hi sam. got charged twice 😡",
    ],
}

CLOSE = {
    "dev": [
        "A: Is there anything else I can help with? | C: nope thats all thx | A: Have a great day!",
        "C: ok cool thanks a lot | A: You're welcome, take care!",
    ],
    "sealed": [
        "A: Anything else today? | C: no ur a star ⭐ bye",
        "C: thank u so much!! | C: 👍 | A: My pleasure. I'll close the chat now.",
    ],
}

SCENES = {
    "dev": {
        "contact": [
            "A: I'll need your email and a phone number, please. | C: {a:EMAIL} | C: and {a:PHONE}",
            "A: Is it still the same mobile as before? Please type the full number. | C: yh {a:PHONE~letter_digits}",
            "A: What number should we call you on? | C: ya its {a:PHONE/a} | C: {a:PHONE/b}",
            "A: Could you please confirm the email address on the account? | C: sure {a:EMAIL}",
            "A: What's the best phone number to reach you? | C: the one on the account? | A: Yes please. | C: {a:PHONE}",
            "A: Can I get an email for the receipt? | C: use {a:EMAIL~email_obfuscated} pls",
            "A: And a contact number? | C: my cell is {n:PHONE}",
            "A: Could I get a phone number in case we get cut off? | C: do you guys ship to alaska? | A: We do, yes. | C: cool",
        ],
        "card": [
            "A: Please enter the sixteen-digit card number. | C: {a:CARD}",
            "A: Your card number and the expiry, please. | C: {a:CARD} exp {n:EXP}",
            "A: Can you confirm the last four digits of the card? | C: {a:CARDEND}",
            "A: What's the security code on the back? | C: one sec | C: {a:CVV}",
            "A: For the refund I need the card number, could you send it again? That doesn't look right. | C: sorry wrong one, its {a:CARD}",
        ],
        "bank": [
            "A: What's your [IBAN]? | C: {a:IBAN/a} | C: {a:IBAN/b}",
            "A: Could you confirm the [ROUTING] for the transfer? | C: let me check | C: ok its {a:ROUTING}",
            "A: And the account number? | C: {a:ACCT}",
        ],
        "id": [
            "A: Last step: your [NATID], please type it with no spaces. | C: {a:NATID~plain}",
            "C: here's my passport no {n:PASSPORT} for the booking | A: Thanks, got it.",
            "A: To verify your identity, please provide your [NATID]. | C: {a:NATID}",
            "A: Can I have your driver's license number? | C: the one on the card? | A: That's right. | C: {a:DRIVER}",
            "A: Could you please confirm your [NATID]? | C: why do u need that | A: It's only to verify the account holder. | C: fine. {a:NATID}",
        ],
        "login": [
            "A: What's the username you log in with? | C: {a:USER}",
            "A: Please enter your four-digit PIN. | C: {a:PIN}",
            "A: Do you know the IP address shown in the alert email? | C: it says {a:IP}",
        ],
        "keep": [
            "A: Roughly what time did the driver come? | C: {k:time}ish",
            "A: Which flight was delayed? | C: it was {k:flight} on {k:date}",
            "A: What's the order number? | C: {k:order}",
            "A: Do you have the tracking number? | C: ya {k:tracking}",
            "A: Which postcode is the delivery going to? | C: {k:zip}",
            "A: How many units were missing? | C: {k:qty}",
            "A: What date did it arrive? | C: on {k:date} i think",
            "A: Can you give me the order number please? | C: let me look | C: {k:order} | A: Thanks, found it.",
            "C: also the price went up to {k:price} overnight?? | A: Let me check that for you.",
            "A: Which model is it? | C: its the {k:model}, bought in {k:year}",
            "A: What's the case reference from your last chat? | C: {k:ticket}",
        ],
    },
    "sealed": {
        "contact": [
            "A: Email and mobile so we can send the code? | C: {a:PHONE} | C: email {n:EMAIL}",
            "A: Sorry, that number bounced. Can you resend your mobile? | C: my bad {a:PHONE~spaced_or_dashed}",
            "A: What's a good callback number for you? | C: {a:PHONE~spelled_out}",
            "A: Could you confirm the mobile number linked to your profile? | C: {a:PHONE/a} | C: {a:PHONE/b} | C: {a:PHONE/c}",
            "A: Which email should the confirmation go to? | C: {a:EMAIL}",
            "A: Can you give me your email? | C: hmm my order hasnt moved in a week tho | A: I'll check that too, I just need the email first. | C: ok {a:EMAIL}",
            "A: Phone number on file please | C: i think it's {a:PHONE} but maybe i changed it",
        ],
        "card": [
            "A: Could you please type the long number on the front of your card? | C: {a:CARD~split_by_noise}",
            "A: What's the card number? | C: {a:CARD/a} | C: {a:CARD/b}",
            "A: I need the expiration date and the three digits on the back. | C: {a:EXP} and {a:CVV}",
            "A: Just the last four of the card you paid with. | C: ending in {n:CARDEND}",
            "A: Enter your card PIN to continue. | C: {a:PIN~spelled_out}",
        ],
        "bank": [
            "A: Please send the [IBAN] where you want the refund. | C: account: {n:IBAN}",
            "A: For the direct debit, I'll need the [ROUTING] and the account number. | C: {a:ROUTING} | C: {a:ACCT}",
            "A: Can you share the bank's SWIFT/BIC? | C: yep its {a:SWIFT}",
        ],
        "id": [
            "A: Type your [NATID] below to continue. | C: {a:NATID/a} | C: {a:NATID/b}",
            "C: do u need my license? its {n:DRIVER} | A: That works, thank you.",
            "A: What's your [NATID]? | C: hang on | C: {a:NATID/a} | C: {a:NATID/b}",
            "A: For security, please confirm your passport number. | C: {a:PASSPORT}",
            "A: Please provide your [NATID] so we can find the policy. | C: cant you use my order number instead? its {k:order} | A: I'm afraid I need the ID. | C: ugh ok {a:NATID}",
        ],
        "login": [
            "A: What is your account username? | C: i think {a:USER} or maybe with a dot",
            "A: Please don't share your password here. | C: oops i already typed it earlier, its {n:PASSWORD} 🙈",
            "A: Could you tell me the IP you were connecting from? | C: {a:IP}",
            "C: my router page shows {x:IP} is that bad | A: That alone isn't a problem, don't worry.",
        ],
        "keep": [
            "A: When should we deliver it? | C: {k:date} after {k:time} pls",
            "A: How many do you want to return? | C: {k:qty} of them",
            "A: Could you share your order reference? | C: {k:order}",
            "A: What's the zip code on the account? | C: {k:zip} 🏠",
            "A: What time was the delivery window? | C: around {k:time}",
            "A: Which store did you buy it from? The store number is on the receipt. | C: store {k:store}",
            "A: What's the invoice number? | C: {k:invoice}",
            "A: What flight are you on? | C: {k:flight} tomorrow",
            "A: Which version of the app do you have? | C: {k:version}",
            "A: How much were you charged? | C: {k:price} twice!!",
            "C: i ordered {k:qty} but only got one | A: So sorry about that. What's the order number? | C: {k:order}",
        ],
    },
}
