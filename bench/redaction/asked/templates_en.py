"""English chats (US, UK), written by hand. DEV feeds dev.jsonl; SEALED feeds the sealed split.

Placeholders: {TYPE:ctx:family} for PII (ctx a=asked, n=named, x=none; family m=multi_message,
p=plain, s=spaced_or_dashed, n=split_by_noise, l=letter_digits, w=spelled_out, e=email_obfuscated),
{+} for the next part of a multi-message value, {kind} for a must_keep value, {=kind} to repeat it.
"""

DEV = [
    (
        "direct",
        "en-US en-GB",
        """
A: Hi there, thanks for reaching out! What number should we call you on?
C: ya its {PHONE:a}
C: after {time} is best lol
A: Got it. And what's the order about?
C: {order_number}
C: the blender one
""",
    ),
    (
        "polite",
        "en-US en-GB",
        """
A: Could you please confirm the email address on your account?
C: sure {EMAIL:a}
A: Thanks! And would you mind sharing the order number too?
C: {order_number} i think
C: yeah thats it
""",
    ),
    (
        "bot",
        "en-US",
        """
A: Please enter your nine-digit Social Security number to continue.
C: {SSN:a}
A: Please enter the ZIP code of your billing address.
C: {zip_code}
A: Thank you. An agent will join shortly.
C: k
""",
    ),
    (
        "bot",
        "en-GB",
        """
A: Please enter your sort code.
C: {BANK_ROUTING:a}
A: Now please enter your eight-digit account number.
C: {BANK_ACCOUNT_NUMBER:a}
C: is this safe??
A: Yes, this is our secure flow.
""",
    ),
    (
        "two_at_once",
        "en-US en-GB",
        """
A: To update the payment I'll need your card number and the expiry, please.
C: {CREDIT_DEBIT_NUMBER:a}
C: {CREDIT_DEBIT_EXPIRY:a}
A: And the three digits on the back?
C: {CREDIT_DEBIT_CVV:a}
C: hope that works, was charged {price} twice
""",
    ),
    (
        "partial",
        "en-US en-GB",
        """
A: For security, can you give me the last four digits of the card you paid with?
C: {CARD_LAST4:a}
A: Thanks. And just the first part of your postcode, please?
C: {postal_code}
C: wait you only wanted the first bit sorry
""",
    ),
    (
        "verify",
        "en-US",
        """
A: Before I make changes I need to verify you. What's the phone number linked to the account?
C: one sec
C: its {PHONE:a:m}
C: {+}
A: Perfect, that matches what I have.
C: ok cool. delivery was supposed to be {date}
""",
    ),
    (
        "reask",
        "en-US en-GB",
        """
A: Can you send me the account number for the refund?
C: {BANK_ACCOUNT_NUMBER:a:m}
C: {+}
A: Hmm, that doesn't look right, could you send it again in one go?
C: {BANK_ACCOUNT_NUMBER:a}
C: sorry my phone is being weird
""",
    ),
    (
        "non_pii",
        "en-US en-GB",
        """
A: What's the tracking number on the shipping email?
C: {tracking_number}
A: Thanks. How many items were in the box?
C: {quantity}
A: And which model was it?
C: {product_model}
C: the black one
""",
    ),
    (
        "no_answer",
        "en-US en-GB",
        """
A: Can I get the email you used to sign up?
C: honestly i just want to cancel
C: this is the third time i'm asking
A: I understand. I do need to find the account first though.
C: ugh fine, it's the one ending in the store name lol
C: can't you look me up by name
""",
    ),
    (
        "different",
        "en-US en-GB",
        """
A: What's your order number?
C: {PHONE:x}
C: thats my number if you need to call
A: Thanks! I still need the order number to find it.
C: oh lol {order_number}
""",
    ),
    (
        "correction",
        "en-US en-GB",
        """
A: What's the email on the account?
C: {EMAIL:a}
C: no wait sorry wrong one, it's {EMAIL:n}
C: the work one
A: Got it, thank you.
""",
    ),
    (
        "multi",
        "en-US en-GB",
        """
A: Sure, I can help with that payment. Could you type the card number?
C: {CREDIT_DEBIT_NUMBER:a:m}
C: {+}
C: {+}
A: Thanks. Expiry date?
C: {CREDIT_DEBIT_EXPIRY:a}
""",
    ),
    (
        "question_back",
        "en-US en-GB",
        """
A: Can you confirm the number, please?
C: the one on the card?
A: Yes, the long card number.
C: ok {CREDIT_DEBIT_NUMBER:a}
C: its a debit card btw
""",
    ),
    (
        "wait",
        "en-US en-GB",
        """
A: What's your username on the app?
C: let me check
C: brb
C: {USERNAME:a}
A: And do you remember your password? You can reset it if not.
C: i think its {PASSWORD:a}
C: but it says wrong
""",
    ),
    (
        "named",
        "en-US en-GB",
        """
C: hi my flight {flight_number} got cancelled and i need the refund
C: my card is {CREDIT_DEBIT_NUMBER:n}
A: I'm sorry about that! Please don't share full card numbers here. Can you give me the booking email?
C: {EMAIL:a}
C: i paid {price}
""",
    ),
    (
        "verify",
        "en-US",
        """
A: I can help. What's your date of birth and the last four of your social?
C: {date} {year}
C: {SSN_LAST4:a}
A: Thanks, you're verified.
C: ok so about the charge of {price}
C: i never ordered that
""",
    ),
    (
        "named",
        "en-GB",
        """
C: hiya, i moved house and need to update my details
C: new postcode {postal_code}
C: and my sort code changed too its {BANK_ROUTING:n}
C: account no {BANK_ACCOUNT_NUMBER:n}
A: Thanks, I've updated that for you.
""",
    ),
    (
        "multi",
        "en-US en-GB",
        """
A: What's the IBAN for the refund?
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a:m}
C: {+}
C: {+}
A: Thanks! Refund of {price} is on the way.
C: how long does it take
A: Usually {quantity} working days.
""",
    ),
]

SEALED = [
    (
        "direct",
        "en-US en-GB",
        """
A: hey! whats the best contact number for you?
C: {PHONE:a}
C: mobile
A: And your postcode/zip?
C: {postal_code}
""",
    ),
    (
        "direct",
        "en-US",
        """
A: What's your passport number? It's needed for the visa letter.
C: its {PASSPORT_NUMBER:a}
A: And the flight?
C: {flight_number} on {date}
C: departs at {time}
""",
    ),
    (
        "polite",
        "en-US en-GB",
        """
A: Would you be able to share the IBAN you'd like the refund sent to?
C: yeah sure one moment
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a}
A: Lovely, and the SWIFT/BIC if you have it handy?
C: {SWIFT_CODE:a}
C: thanks for being so quick
""",
    ),
    (
        "bot",
        "en-US en-GB",
        """
A: Please enter your four-digit PIN.
C: {PIN:a}
A: Please enter your ticket reference, or type SKIP.
C: {ticket_reference}
A: Thanks, connecting you now.
C: 👍
""",
    ),
    (
        "bot",
        "en-US",
        """
A: Enter the routing number of your bank.
C: {BANK_ROUTING:a}
A: Enter your account number.
C: {BANK_ACCOUNT_NUMBER:a:m}
C: {+}
A: Thank you.
""",
    ),
    (
        "two_at_once",
        "en-US en-GB",
        """
A: I'll need the name on the card, the long number and the expiry date please
C: sam wells
C: {CREDIT_DEBIT_NUMBER:a}
C: exp {CREDIT_DEBIT_EXPIRY:n}
A: And the CVV?
C: {CREDIT_DEBIT_CVV:a}
""",
    ),
    (
        "partial",
        "en-US",
        """
A: Just the last four of your SSN please.
C: {SSN_LAST4:a}
A: Thanks! And the last four of the phone on file?
C: {PHONE_LAST4:a}
C: or it might be my old one idk
""",
    ),
    (
        "verify",
        "en-US en-GB",
        """
A: To verify it's you, what's the email on file?
C: {EMAIL:a:m}
C: {+}
A: Great. And your date of birth?
C: {date} {year}
C: why do you need that
""",
    ),
    (
        "verify",
        "en-GB",
        """
A: For security, what's your driving licence number?
C: hang on it's in my wallet
C: {DRIVER_ID:a}
A: Cheers, that matches.
C: brilliant. the parcel was {price}
""",
    ),
    (
        "reask",
        "en-US en-GB",
        """
A: What's the best phone number to reach you?
C: {PHONE:a:l}
A: Sorry, that doesn't look right to me, could you send it again?
C: {PHONE:a}
C: my keyboard does that sorry
""",
    ),
    (
        "non_pii",
        "en-US en-GB",
        """
A: Which store did you buy it from? The store number is on the receipt.
C: {store_number}
A: And the invoice number?
C: {invoice_number}
A: What day was that?
C: {date}
C: around {time}
""",
    ),
    (
        "non_pii",
        "en-US en-GB",
        """
A: What version of the app are you on?
C: {version}
A: And the phone model?
C: {product_model}
C: bought it in {year}
""",
    ),
    (
        "no_answer",
        "en-US en-GB",
        """
A: Could you share the card number you paid with so I can look it up?
C: no way im not giving my card over chat
C: just look at the order
A: No problem. What's the order number then?
C: {order_number}
""",
    ),
    (
        "different",
        "en-US en-GB",
        """
A: What's your phone number?
C: {EMAIL:x}
C: email is better for me
A: Sure, I'll email you then.
C: thx
""",
    ),
    (
        "correction",
        "en-US en-GB",
        """
A: Which account number should we refund?
C: {BANK_ACCOUNT_NUMBER:a}
C: sorry wrong one
C: it's {BANK_ACCOUNT_NUMBER:a}
A: Thanks for correcting that.
""",
    ),
    (
        "multi",
        "en-US en-GB",
        """
A: What number can the courier call you on?
C: ok its {PHONE:a:m}
C: {+}
A: Thank you! Delivery is booked for {date}.
C: what time
A: Between {time} and {time}.
C: ok
""",
    ),
    (
        "question_back",
        "en-US en-GB",
        """
A: Please confirm your account number.
C: the bank one or the one for your site?
A: The bank account, for the refund.
C: ahh ok
C: {BANK_ACCOUNT_NUMBER:a}
""",
    ),
    (
        "wait",
        "en-US en-GB",
        """
A: Can you tell me the IP address shown in the router page?
C: hold on let me find it
C: ok {IP_ADDRESS:a}
A: Thanks, and the router model?
C: {product_model}
""",
    ),
    (
        "named",
        "en-US en-GB",
        """
C: hello I got charged twice for order {order_number}
C: my email is {EMAIL:n}
C: and my phone number {PHONE:n}
A: Sorry to hear that! I'll check it now.
C: it was {price} each time
""",
    ),
    (
        "verify",
        "en-US",
        """
A: For verification, please type your full SSN.
C: {SSN:a:m}
C: {+}
A: Thank you. What's the billing ZIP?
C: {zip_code}
C: it used to be {zip_code} before i moved
""",
    ),
    (
        "named",
        "en-US en-GB",
        """
C: hey so the app keeps logging me out
C: user name {USERNAME:n}
C: on version {version}
A: Thanks! Which phone are you using?
C: {product_model}
""",
    ),
    (
        "multi",
        "en-US en-GB",
        """
A: Could I take a contact email?
C: {EMAIL:a:m}
C: {+}
A: Perfect thanks
C: also my order {order_number} never came
""",
    ),
]
