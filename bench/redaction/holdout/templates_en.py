"""English chat templates (US, UK, and a few expats). Written for the hold-out corpus only."""

# ruff: noqa: E501, RUF001 - templates are chat prose: one message per line, typed dashes kept

from __future__ import annotations

from .builder import T

US = "en-US"
GB = "en-GB"
ANY = "en-US en-GB"
EXPAT = "en-ES en-DE en-FR"

TEMPLATES = [
    # ---- cards -----------------------------------------------------------------------------
    T(ANY, "{w.hi} my payment keeps failing?? {w.card} {CARD} {w.exp} {EXP} {w.cvv} {CVV}"),
    T(
        US,
        "so i tried to pay for order #{order} with {CARD} and it says declined, billing zip is {zip4} if that matters",
    ),
    T(ANY, "can u charge the remaining {price} to this one instead: {CARD}, it expires {EXP}"),
    T(
        ANY,
        "ok here goes\n{w.card}: {CARD}\n{w.exp}: {EXP}\n{w.cvv}: {CVV}\nplease dont keep it on file",
    ),
    T(
        GB,
        "Hiya, the {w.card} ending bit got cut off last time so again: {CARD}. {w.exp} {EXP:compact} and the {w.cvv} is {CVV}. Postcode {postal}",
    ),
    T(ANY, "new card came in the post today, its {CARD:spelled} (sorry typing one handed lol)"),
    T(US, "yeah the visa is {CARD:noise} exp {EXP:compact} cvc {CVV}"),
    T(ANY, "my {w.card} is {CARD:letters}, I ordered the {model} on {date} and got charged twice"),
    T(US, "please refund to card {CARD} not to the gift card. amount was {price}, store #{store}"),
    T(ANY, "{w.exp} {EXP} and {w.cvv} {CVV:spelled}"),
    T(
        US,
        "the replacement card number is {CARD:spaced} good thru {EXP:spaced} my zip {zip} security code {CVV}",
    ),
    # ---- pins, passwords -------------------------------------------------------------------
    T(ANY, "my debit {w.pin} is {PIN} do i need to change it after the fraud thing"),
    T(ANY, "{w.pin} {PIN:spelled} but it got blocked at the ATM at {time}"),
    T(ANY, "can't log in. user is my email {EMAIL} and {w.pwd} {PWD}"),
    T(ANY, "i reset it, new {w.pwd}: {PWD} . still says invalid on app version {version}"),
    T(ANY, "{w.hi}!! locked out again 🙄 {w.pwd} was {PWD} i think, or maybe with a capital"),
    # ---- bank -------------------------------------------------------------------------------
    T(US, "for the direct deposit: {w.routing} {ROUTING} {w.acct} {ACCT}"),
    T(
        US,
        "routing {ROUTING:spaced} and checking acct {ACCT:noise} pls send the refund of {price} there",
    ),
    T(GB, "Refund to my bank please, {w.sort} {ROUTING} {w.acct} {ACCT}, ref {ticket}"),
    T(GB, "{w.iban} {IBAN} {w.swift} {SWIFT} – it's a Monzo one if that helps"),
    T(
        EXPAT,
        "I moved to Europe last year so please use my local account, {w.iban} {IBAN}, {w.swift} {SWIFT}",
    ),
    T(ANY, "iban for the refund is\n{IBAN:broken}\nthanks"),
    # ---- national ids --------------------------------------------------------------------------
    T(US, "they asked for my {w.ssn} on the credit application, it's {SSN}"),
    T(US, "{w.ssn} {SSN:spelled} dob is on file"),
    T(
        US,
        "I don't have a social, I file with my {w.itin} {ITIN}. is that ok for the {year} tax form",
    ),
    T(US, "i typed {SSN:letters} in the form and it said invalid format?? order {order}"),
    T(GB, "My {w.nino} is {NINO}, the employer portal wants it for the payroll change"),
    T(GB, "NI {NINO:spaced}, moved house to {postal} on {date}"),
    T(
        EXPAT,
        "I'm a resident here, my NIE is {NIE}, do you need the passport too? {w.passport} {PASSPORT}",
    ),
    # ---- passport, licence ------------------------------------------------------------------
    T(
        ANY,
        "checking in for {flight} tomorrow, {w.passport} {PASSPORT}, the app crashes at the last step",
    ),
    T(US, "{w.dl} {DL} issued {date}, needed for the rental pick up at {time}"),
    T(GB, "{w.dl} {DL} and my {w.phone} {PHONE} if you need to call"),
    # ---- contact --------------------------------------------------------------------------------
    T(ANY, "call me back on {PHONE} after {time} pls"),
    T(US, "my number changed, new one is {PHONE}, old one was {PHONE}"),
    T(ANY, "you can reach me at {EMAIL} or {w.phone} {PHONE}"),
    T(ANY, "send the invoice {invoice} to {EMAIL:emailsp} (not the work one)"),
    T(ANY, "the link you sent me was {EMAILURL} and it says expired"),
    T(ANY, "I clicked {PHONEURL} from your ad but it opens a chat with someone else?"),
    T(ANY, "my mail is {EMAIL:emailsp} ... typed it like that because the bot kept eating it"),
    T(GB, "mob {PHONE:spaced}, landline is dead since {date}"),
    # ---- tech support ------------------------------------------------------------------------
    T(ANY, "router {model} keeps dropping, WAN ip {IP} and the mac is {MAC}, firmware {version}"),
    T(ANY, "our device at {IP6} can't reach your API since {date} {time}, MAC {MAC}"),
    T(
        ANY,
        "here's our config, maybe something's wrong:\nREGION=eu-west\nAWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nRETRIES=three",
    ),
    T(ANY, "the integration uses {URLCRED} and it stopped syncing orders after {version}"),
    T(
        ANY,
        "pasting the .env (is this safe??)\nDB_HOST=db.internal\nDB_USER=shop\nDB_PASSWORD={PWD:kv}",
    ),
    T(ANY, "access key {AKEY} secret {SKEY} — please rotate them, a contractor had them"),
    # ---- combos, long ------------------------------------------------------------------------
    T(
        US,
        "hi so this is kind of a long story but bear with me. i placed order {order} on {date} for {qty} of the {model} and paid {price} with my visa {CARD}, exp {EXP}. two days later the tracking {tracking} said delivered but nothing was at my door, my zip is {zip4} and the building has a locker so it should have gone there. then i got an email from someone claiming to be you asking for my {w.ssn} and i stupidly replied with {SSN}, so now im worried. can you check if that email was really from you and also cancel the card on file? my phone is {PHONE} and email {EMAIL}. i already called the bank at {time} and they said to contact the merchant first. ticket from last time was {ticket}. thanks, sorry for the wall of text",
    ),
    T(
        GB,
        "Right, third time writing this. Order {order} (the {model}, {price}) never arrived, the courier tracking {tracking} just says 'exception' since {date}. I've been a customer since {year}. You asked for bank details for a refund so: {w.sort} {ROUTING}, {w.acct} {ACCT}. My mobile is {PHONE} and I'm free after {time}. Please do not send another voucher, I want the money back to the account above. Also the delivery address postcode is {postal} not the one on the invoice {invoice}, no idea how that happened. Cheers",
    ),
    T(
        EXPAT,
        "hola sorry my spanish is bad so english ok? I live in Madrid now, my {w.phone} is {PHONE} and the {w.card} {CARD} was charged {price} twice on {date}",
    ),
    T(
        ANY,
        "{w.card} {CARD} {w.exp} {EXP} {w.cvv} {CVV} {w.pin} {PIN} — wait, you don't need the pin do you? 😬",
    ),
    # ---- multi-message -----------------------------------------------------------------------
    T(ANY, "my card is {CARD~1/2}", "{CARD~2/2}"),
    T(ANY, "ok card number {CARD~1/3}", "{CARD~2/3}", "{CARD~3/3} exp {EXP:compact}"),
    T(ANY, "phone: {PHONE~1/2}", "{PHONE~2/2} sorry hit enter"),
    T(US, "acct {ACCT~1/2}", "{ACCT~2/2} and routing {ROUTING}"),
    T(GB, "IBAN {IBAN~1/3}", "{IBAN~2/3}", "{IBAN~3/3}"),
    T(US, "ssn {SSN~1/2}", "{SSN~2/2}"),
    T(ANY, "the number is {CARD~1/2} oops", "{CARD~2/2} that's the rest. order {order}"),
    # ---- no PII -------------------------------------------------------------------------------
    T(US, "where is my package?? tracking {tracking}, ordered {date}, zip {zip4}"),
    T(ANY, "order {order16} still shows processing, placed {date} at {time}"),
    T(ANY, "the {model} I got is the wrong color, invoice {invoice}, paid {price}"),
    T(ANY, "{w.hi}, is store #{store} open on {date}? need to return {qty} items"),
    T(US, "my flight {flight} got moved to {time}, can I still pick up at the store {store}"),
    T(ANY, "app crashes on version {version} since the update on {date}, ticket {ticket}"),
    T(GB, "delivery to {postal} was meant to be {date} between {time} and {time}, order {order}"),
    T(ANY, "customer ref {fakeref} — can someone look at the refund of {price}"),
    T(US, "returned {qty} boxes via UPS {tracking}, refund of {price} not showing. order {fake}"),
    T(ANY, "lol ok {w.thanks}"),
    T(ANY, "is the {model} compatible with the {model}? bought in {year}"),
    T(ANY, "invoice {fakeinv} shows {price} but the cart said {price}"),
    T(US, "hi, store {store} in {zip} told me to message here. receipt {order} from {date}"),
    T(GB, "{w.thanks}, the replacement arrived on {date}, all sorted. ref {ticket}"),
    T(ANY, "order number {order16} — that's the long one from the confirmation email, right?"),
    T(
        ANY,
        "so the promo ended {date} at {time}? I ordered at {time}, total {price} for {qty} units",
    ),
    T(
        US,
        "Hi there — quick question about order {order}. It was supposed to ship on {date}, and the confirmation said two to three business days, but the tracking number {tracking} hasn't updated since it left the facility. I paid {price} for expedited shipping so I'd really like that refunded if it doesn't arrive by {date}. The delivery zip is {zip4}. Also, the app (version {version}) shows a different order total than the email ({price} vs {price}); not sure which one is right. I'm not in a huge rush, just want to know what's going on. Thanks in advance!",
    ),
    # ---- added: second helpings of rare slots, lead-ins, more negatives -----------------------
    T(ANY, "webhook stopped working, the url we gave you was {URLCRED} if that helps debugging"),
    T(ANY, "the smart plug shows ip {IP} / mac {MAC} in the app but won't pair"),
    T(US, "for the car rental: {w.dl} {DL}, {w.passport} {PASSPORT}"),
    T(GB, "wire details: {w.iban} {IBAN:broken} / BIC {SWIFT}"),
    T(
        ANY,
        "I need to update the card on my subscription",
        "{CARD:spaced} {w.exp} {EXP}",
        "{w.cvv} {CVV}",
    ),
    T(US, "hey quick one", "what's the best number to call you back on? mine's {PHONE}"),
    T(ANY, "can you change the delivery slot for order {order} to {date} after {time}?"),
    T(
        US,
        "the charge of {price} on {date} — is that the annual plan or the monthly? order {order16}",
    ),
    T(GB, "my parcel {tracking} went to {postal} instead of my flat, ordered {date}"),
    T(ANY, "do you price match? saw the {model} for {price} at another shop"),
    T(ANY, "hello?? anyone there", "been waiting since {time}"),
    T(US, "Reference {fake} on the invoice — what is that number, is it my account?"),
    T(US, "filing with an {w.itin} — it's {ITIN:spaced}, is that accepted for the seller account?"),
    T(
        "en-ES",
        "The courier in Valencia wants my {w.dl} or NIE, NIE is {NIE:spaced}, phone {PHONE}",
    ),
    T(
        US,
        "ok so I've been going back and forth with your team for two weeks now and I'm honestly at my wits end. Timeline: on {date} I ordered {qty} of the {model} (order {order16}, the long number from the email), paid {price} with my mastercard {CARD:spaced}, {w.exp} {EXP}. On {date} I got a text saying the package was delayed, fine. Then UPS tracking {tracking} showed it delivered at {time} to an address in {zip4}, which is NOT my zip, mine is {zip}. I called and the person (very nice, not blaming her) opened ticket {ticket} and said a refund of {price} would be processed in five to seven business days. It's been ten. Meanwhile somebody called me from a number claiming to be your fraud department and asked me to confirm my {w.ssn}, which I did NOT give, but they already had my email {EMAIL} and my cell {PHONE}, so something leaked somewhere. Can you please (a) confirm the refund went out, (b) cancel the card on file, I'll add a new one later, and (c) tell me whether my account was accessed, the app is on version {version} if that matters. I've been a customer since {year} and never had an issue before this. Thanks.",
    ),
    T(
        ANY,
        "order {fake} and my card is {CARD}, zip {zip} — the first number is just the order btw",
    ),
]
