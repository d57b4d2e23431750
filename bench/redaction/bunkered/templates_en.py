"""English chats (en-US, en-GB). Each template: locale, then the customer's messages."""
# ruff: noqa: E501  (chat messages are data; splitting them would hide what a customer typed)

DEV = [
    (
        "en-US",
        "hi, card got declined at checkout for order {=order}, total {=amount}",
        "it's {card.pl} exp {exp.ce} and the cvv is {cvv.pl}",
    ),
    (
        "en-GB",
        "Morning. Need to change where my salary goes, new sort code {routing.sd} acc {acct.pl}",
        "also my NI number changed on the form, it's {nino.sd}, ta",
    ),
    (
        "en-US",
        "my phone number is",
        "{phone.mm1/2}",
        "{phone.mm2/2} sorry fat fingers",
    ),
    (
        "en-US",
        "filing for my dad, his itin is {itin.pl} and mine is social {ssn.ls}",
        "we moved to zip {=zip}, can you update",
    ),
    (
        "en-GB",
        "the router keeps dropping, MAC {mac.pl} and it gets IP {ip.pl} from you guys",
        "firmware says v{=version}",
    ),
    (
        "en-US",
        "dev here, our CI leaked these, pls rotate:\nAWS_ACCESS_KEY_ID={akey.kv}\nAWS_SECRET_ACCESS_KEY={skey.kv}",
        "login for the dashboard was https://{user.uc}:{pwd.uc}@admin.example.com/",
    ),
    (
        "en-US",
        "I'm Mexican living in Texas, the form wants my CURP {curp.nz} and RFC {rfc.pl}",
        "and for the refund my CLABE is {clabe.so}",
    ),
    (
        "en-GB",
        "pay the deposit into my spanish account pls IBAN {iban.ib!ES} swift {swift.pl!ES}",
        "my DNI is {dni.pl}, NIE was {nie.sd} before",
    ),
    (
        "en-US",
        "for the Brazil shipment: CPF {cpf.pl}, company CNPJ {cnpj.sd}",
        "contact email {email.es}",
    ),
    (
        "en-GB",
        "French health card number (NIR) {nir.pl}, German tax ID {steuer.sd}, Portuguese NIF {nif.so}",
        "passport {passport.pl} and driving licence {dl.pl}",
    ),
    (
        "en-US",
        "reset link went to the wrong address, the url had ?email={email.pe}",
        "my ATM pin is {pin.so} if you need it to verify",
        "your account number?",
        "{acct.co}",
    ),
    (
        "en-GB",
        "new card arrived, number {card.mm1/2}",
        "{card.mm2/2} and the pin they posted is {pin.sd}",
    ),
    (
        "en-US",
        "paying rent abroad, the landlord's IBAN starts {iban.mm1/3!PT}",
        "{iban.mm2/3!PT}",
        "{iban.mm3/3!PT}",
    ),
]

SEALED = [
    (
        "en-US",
        "Hello I was charged twice for my gym membership {=amount} on {=date}. Card ending... actually here's the whole thing {card.sd}",
        "expires {exp.pl}",
    ),
    (
        "en-US",
        "ok so my card number is {card.mm1/2}",
        "{card.mm2/2}",
        "exp {exp.ce} cvc {cvv.pl}",
    ),
    (
        "en-GB",
        "hiya, my card is {card.mm1/3}",
        "{card.mm2/3}",
        "{card.mm3/3}",
    ),
    (
        "en-US",
        "my wife is reading it to me: {card.so} and the security code on the back is {cvv.so}",
    ),
    (
        "en-US",
        "card {card.ls} exp date {exp.pl} sec code {cvv.pl}. Need the {=qty} tickets for the {=time} show",
    ),
    (
        "en-GB",
        "Hi there I'm trying to pay my council tax bill {=invoice} but the website keeps rejecting my debit card {card.nz}",
        "expiry {exp.pl} if that matters",
    ),
    (
        "en-US",
        "what is the card? -> {card.pl} / expy {exp.ce} / ccv {cvv.pl}",
    ),
    (
        "en-US",
        "sorry typo, the last block is wrong. correct one is {card.pl#b}",
    ),
    (
        "en-US",
        "Locked out of the app after the update ({=version}). username {user.pl} password {pwd.pl}",
        "yes i know i shouldn't send the pw here lol",
    ),
    (
        "en-GB",
        "my online banking login is {user.pl}",
        "and the passcode is {pin.pl}, please don't judge",
    ),
    (
        "en-US",
        "I'll give you my PIN",
        "{pin.co}",
    ),
    (
        "en-US",
        "the shared drive link is smb://{user.uc}:{pwd.uc}@files.example.net/scans can you check the permissions",
    ),
    (
        "en-US",
        "Copying from our .env since support asked:\nDB_USER={user.kv}\nDB_PASSWORD={pwd.kv}\nAWS_ACCESS_KEY_ID={akey.kv}",
        "region is us-east, bucket has {=qty} objects",
    ),
    (
        "en-US",
        "our intern pasted the secret key in slack: {skey.pl} please tell me how to kill it",
        "access key id {akey.sd}",
    ),
    (
        "en-US",
        "aws_secret_access_key = {skey.kv}",
    ),
    (
        "en-US",
        "email on file is old. new one: {email.pl}",
        "or if that bounces try {email.es#b}",
    ),
    (
        "en-GB",
        "the unsubscribe link is https://news.example.org/u?addr={email.pe}&list=weekly and it does nothing",
    ),
    (
        "en-US",
        "call me back on {phone.pl}, I'm free after {=time}",
    ),
    (
        "en-GB",
        "you can ring me on {phone.sd} or my husband's mobile {phone.so#b}",
    ),
    (
        "en-US",
        "text updates to {phone.ls} pls, flight {=flight} seat {=seat}",
    ),
    (
        "en-US",
        "my number got cut off lol it's {phone.mm1/2}",
        "{phone.mm2/2}",
    ),
    (
        "en-US",
        "the callback form sent me to https://help.example.com/cb?tel={phone.pe} but nobody called",
    ),
    (
        "en-US",
        "Direct deposit didn't land. Routing {routing.pl} account {acct.sd}",
        "it was supposed to be {=amount} on {=date}",
    ),
    (
        "en-US",
        "my checking acct # is {acct.mm1/2}",
        "{acct.mm2/2}",
        "routing is {routing.nz}",
    ),
    (
        "en-GB",
        "Refund to sort code {routing.pl} account number {acct.ls} please, reference {=ticket}",
    ),
    (
        "en-GB",
        "I'm paying a supplier in Germany, their IBAN is {iban.ib!DE}",
        "BIC {swift.sd!DE}",
    ),
    (
        "en-GB",
        "my IBAN: {iban.mm1/2}",
        "{iban.mm2/2}",
    ),
    (
        "en-US",
        "for the wire: iban {iban.pl!FR} swift code {swift.pl!FR}, amount {=amount}",
    ),
    (
        "en-US",
        "Yes I can verify. SSN {ssn.pl}, DOB {=date}, zip {=zip}",
    ),
    (
        "en-US",
        "my social is {ssn.mm1/2}",
        "{ssn.mm2/2}",
    ),
    (
        "en-US",
        "here's the last four of my social... actually whole thing {ssn.so}",
    ),
    (
        "en-US",
        "I don't have an SSN, I file with an ITIN: {itin.sd}",
        "apartment {=street}, zip {=zip}",
    ),
    (
        "en-GB",
        "HMRC letter says NI no. {nino.pl} but I think they've got the wrong one, mine ends differently",
        "correct one {nino.nz#b}",
    ),
    (
        "en-GB",
        "Renewing my passport before my trip on {=date}, number {passport.pl}",
        "DVLA licence number is {dl.sd}",
    ),
    (
        "en-US",
        "To rent the car they need my driver's license {dl.pl} and passport no {passport.ls}",
        "pickup at {=time}, {=qty} days",
    ),
    (
        "en-US",
        "drivers lic #",
        "{dl.co}",
    ),
    (
        "en-US",
        "The VPN won't connect from home. My public IP is {ip.pl} and the laptop MAC is {mac.sd}",
        "client version {=version}",
    ),
    (
        "en-GB",
        "it's blocking me, the error page shows {ip.ls} and device id {mac.pl}",
    ),
    (
        "en-US",
        "Hola! I switch to english, my spanish DNI is {dni.sd} and the NIE of my husband is {nie.pl}",
        "la dirección is number {=street}",
    ),
    (
        "en-US",
        "the Mexican consulate asked for my CURP",
        "{curp.co}",
        "and RFC {rfc.sd}",
    ),
    (
        "en-US",
        "send the pesos to CLABE {clabe.pl}, it's my Banorte account",
        "or my RFC if you need it: {rfc.ls}",
    ),
    (
        "en-US",
        "brazilian client here. my cpf is {cpf.nz}",
        "and the empresa's CNPJ {cnpj.pl}",
    ),
    (
        "en-GB",
        "I worked in Lyon for {=duration} months, my numéro de sécu is {nir.sd}",
        "and in Berlin my Steuer ID was {steuer.pl}",
    ),
    (
        "en-GB",
        "I'm moving to Lisbon, the landlord wants my NIF {nif.pl} and my cpf for some reason {cpf.so}",
    ),
    (
        "en-US",
        "Tax form for my German employer, Steuer-IdNr {steuer.mm1/2}",
        "{steuer.mm2/2}",
    ),
    (
        "en-US",
        "portuguese NIF {nif.sd} and spanish NIE {nie.ls}",
        "policy {=policy}",
    ),
    (
        "en-GB",
        "they rang me pretending to be you and asked for my PIN {pin.nz} and my card's three digits {cvv.pl}. Was that you??",
    ),
    (
        "en-US",
        "Ordered {=qty} chairs, invoice {=invoice}, tracking {=tracking}, want to pay the rest with another card {card.pl#c} exp {exp.so}",
    ),
    (
        "en-GB",
        "the CURP {curp.pl} belongs to my nanny, and her CLABE is {clabe.mm1/2}",
        "{clabe.mm2/2}",
    ),
    (
        "en-US",
        "ok let me start over because I've talked to three people already: on {=date} I got charged {=amount} that wasn't me, they told me to cancel card {card.sd}, I did, and now my policy {=policy} says lapsed???",
        "email is {email.pl}",
    ),
    (
        "en-GB",
        "Name: Harris\nNI: {nino.pl}\nPhone: {phone.pl}\nIBAN: {iban.pl}\nPostcode: {=zip}",
        "pasted from the form since it won't submit",
    ),
    (
        "en-US",
        "my abuela is reading it out, she switches to spanish halfway: {phone.so:mix}",
    ),
    (
        "en-US",
        "here's the card again",
        "{card.co}",
        "the visa, not the amex",
    ),
]
