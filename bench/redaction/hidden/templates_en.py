"""English templates (en-US, en-GB, en-IE and expats in Germany and Spain)."""

# ruff: noqa: E501  (one conversation per line reads better than wrapped text)

TEMPLATES = """
hi, my card is {CARD} exp {EXP} and the code on the back is {CVV}
card number: {CARD.*} || expiry {EXP.*} || cvv {CVV}
{CARD.sd} that's the card I used for order {#order}
i paid with {CARD.nz} but it was charged twice ({#price} each)
Can you refund it to the same card? It's the one ending... actually full number is {CARD.ls}
ok so the card is {CARD.sp}
my visa {CARD} expires {EXP.ce} security code {CVV}
card {CARD.mm1} || {CARD.mm2}
the card number is {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || exp {EXP} cvc {CVV}
sorry typo, card is {CARD.*} not the one I sent before
"{CARD}" - copied straight from my banking app
Amex {CARD} / {EXP} / {CVV}
Card: {CARD.sd}⏎Exp: {EXP}⏎CVV: {CVV}⏎Zip: {#zip}
cc# {CARD} exp{EXP.ce} cvv{CVV}
uh the expiry date is {EXP.sp} and the three digit code {CVV.sp}
mastercard ending in... no wait here is the whole thing {CARD.nz}
Exp. date {EXP.ce}
[en-US] billing zip is {#zip}, card {CARD.*}, exp {EXP.*}
[en-GB,en-IE] my debit card {CARD.*}, expiry {EXP.*}, postcode {#postal}
new card arrived, number {CARD.*}. old one expired {#date}
i need to update my payment method: {CARD} valid thru {EXP} cvc {CVV}
Hi! Ordered on {#date} (order {#order}) and paid {#price} with card {CARD}. Still nothing
security code? it's {CVV} || and the card expires {EXP.ce}
[en-US] my pin is {PIN}, please reset it
I forgot my PIN. Old one was {PIN.sp}
pin {PIN} - the atm swallowed my card at {#time}
the password I use is {PWD} and it still says wrong password
pw: {PWD}
my login password ({PWD}) stopped working after the update to version {#ver}
i typed "{PWD}" like three times and now I'm locked out
password is {PWD} ... username is my email {EMAIL}
Temporary password they sent me: {PWD}. Can I change it?
[en-US] routing {ROUT} account {ACCT}
[en-US] direct deposit: routing number {ROUT}, checking acct {ACCT.*}
[en-US] ABA {ROUT} || acct no {ACCT.*}
[en-GB] sort code {ROUT.*} account number {ACCT}
[en-GB,en-IE] Acc {ACCT} / sort {ROUT}
refund to my savings account please, it's {ACCT.*}
[en-US] Bank: First Example Credit Union⏎Routing: {ROUT}⏎Account: {ACCT}⏎Amount: {#price}
acct {ACCT.mm1} || {ACCT.mm2}
IBAN {IBAN} BIC {SWIFT}
please send the refund to {IBAN.ib}
my iban: {IBAN.*}
iban is {IBAN.mm1} || {IBAN.mm2}
{IBAN.ib} (that's my IBAN, the bank is in Germany)
[en-DE] my German account, IBAN {IBAN}, SWIFT/BIC {SWIFT}
wire details: {IBAN.*} / swift {SWIFT}
[en-ES] spanish bank, iban {IBAN.ib}, bic {SWIFT}
BIC code {SWIFT} || and iban {IBAN.*}
[en-US] SSN {SSN}
[en-US] my social is {SSN.*}
[en-US] last time I gave you my social security number {SSN.sd}, why do you need it again
[en-US] ssn: {SSN.sp}
[en-US] social {SSN.mm1} || {SSN.mm2}
[en-US] it's {SSN.ls} (SSN) for the credit check
[en-US] I don't have an SSN, I have an ITIN: {ITIN}
[en-US] ITIN {ITIN.*} for the tax form
[en-US] tax id (itin) {ITIN.*}, filed in {#year}
[en-US] individual taxpayer identification number {ITIN.sd}
[en-GB] NI number {NINO}
[en-GB] my national insurance no. is {NINO.*}
[en-GB] NINO: {NINO.sd} and date of birth is not needed right?
[en-GB] national insurance {NINO.nz}
passport number {PASSPORT}
my passport no is {PASSPORT}, expires {#date}
Passport: {PASSPORT} (booking for flight {#flight})
[en-US] driver's license {DL}
[en-US] DL# {DL} state california
[en-GB] driving licence number {DL}
drivers licence {DL} || passport {PASSPORT}
id for the rental: licence {DL}, pick up at store {#store}
email me at {EMAIL}
my email is {EMAIL.es}
{EMAIL.es} is my email, send the invoice {#inv} there
reach me on {EMAIL} or {PHONE}
contact: {EMAIL} / {PHONE.*}
the link you sent says https://shop.example.com/account?email={EMAIL.pe}&ref={#ticket}
https://help.example.org/reset?user={EMAIL.pe}
call me on {PHONE}
my number is {PHONE.*}, after {#time} is best
{PHONE.sp}, that's my mobile
[en-GB] mob {PHONE.*}
[en-US] cell {PHONE.sd}
[en-US,en-GB] text me at {PHONE.mm1} || {PHONE.mm2}
phone {PHONE.ls}
whatsapp: {PHONE.nz}
https://wa.example.com/send?phone={PHONE.pe}&text=hi
[en-DE] I live in Germany now, my number is {PHONE}
[en-ES] spanish mobile {PHONE.*}
my router IP is {IP} and it keeps dropping
IP address {IP}, MAC {MAC}
the device MAC is {MAC.*} model {#model}
can't connect, ip {IP}, firmware {#ver}
mac addr: {MAC.sd}
AWS_ACCESS_KEY_ID={AKID.kv}⏎AWS_SECRET_ACCESS_KEY={ASK.kv}⏎AWS_DEFAULT_OUTPUT=json
here's my .env:⏎DB_HOST=db.example.internal⏎DB_USER=shop⏎DB_PASSWORD={PWD.kv}⏎DEBUG=false
credentials file:⏎[default]⏎aws_access_key_id = {AKID.kv}⏎aws_secret_access_key = {ASK.kv}
my access key is {AKID} and secret {ASK}, the api returns access denied
export AWS_SECRET_ACCESS_KEY={ASK.kv}
the webhook config: DATABASE_URL=postgres://shop:{PWD.uc}@db.example.com/orders
mongodb://admin:{PWD.uc}@cluster.example.net/app is what I put in the settings
ftp://upload:{PWD.uc}@files.example.org
SMTP_PASSWORD={PWD.kv}
where is my order {#order}?
ok thanks || bye
tracking says {#track} but nothing moved since {#date}
I ordered {#qty} units of {#model} for {#price}
hi is anyone there
what time do you close? the store {#store} said {#time}
my ticket is {#ticket}, opened on {#date}
invoice {#inv} shows {#price} but I paid less
is the {#model} compatible with version {#ver}?
flight {#flight} on {#date} got cancelled, need refund
ok || thank you so much!! || have a nice day
lol ok
can I pay in {#qty} installments? total is {#price}
The app is on {#ver} and it crashes when I add a card
I bought it in {#year}, still under warranty?
[en-US] ship to zip {#zip} please
[en-GB] delivery postcode {#postal}, order {#order}
hello || my card was declined || it's {CARD.*} exp {EXP.*}
hey || I need to change my bank details || new iban {IBAN.*} || thanks
order {#order} || paid with {CARD} || cvv was {CVV} if you need it
i want to return {#qty} items from order {#order} || refund to card {CARD.sd}
can you call me? || {PHONE.*} || any time after {#time}
so my email {EMAIL} doesnt work anymore, use {EMAIL.es}
sorry wrong number, it's {PHONE.*}
{CVV} is the cvv
{PIN} <- that's the pin I set last week
[en-US] {ACCT} is my account number and {ROUT} the routing, US bank
card {CARD} exp {EXP} cvv {CVV} name on card as on my account, order {#order} total {#price}
please verify me: passport {PASSPORT}, phone {PHONE}, email {EMAIL}
ssn, dob... you already have everything. ssn again: {SSN}
[en-US] hi my SSN is {SSN.sd} and my ITIN was {ITIN}, which do you need
Im on the phone with my bank, they say the card {CARD.ls} is fine
dictating this: my card number is {CARD.sp} expiry {EXP.sp}
voice msg: call me back at {PHONE.sp}
[en-DE] Steuer-ID? I don't know, my german tax id... nevermind, here's the IBAN: {IBAN.ib}
[en-US] cuenta... sorry, account {ACCT.sp}
password: "{PWD}"⏎pin: {PIN}
login {EMAIL} pass {PWD}
the wifi password is {PWD} if the technician needs it, appointment {#date} {#time}
username admin / password {PWD}
Bank details for refund:⏎Name: as on order⏎IBAN: {IBAN.*}⏎BIC: {SWIFT}⏎Ref: {#inv}
my exp is {EXP.ce}, cvc {CVV.sp}
card exp {EXP} (not {#date}, that's when I ordered)
{EXP.*} is the expiry date on the card
it's expiring next month, {EXP.*}
[en-US] Name / SSN / DOB⏎.. / {SSN} / ..
[en-GB] ni no. {NINO.*} || sort code {ROUT} acc {ACCT}
hey there || just checking on my order {#order} || it said {#date} || ok so I'll wait, thanks
good morning! quick question about returns || how many days do I have? bought it on {#date}
do you ship to the UK? || and how much is shipping for {#qty} items?
the parcel {#track} shows delivered but it's not here || my neighbour doesn't have it either
is there a discount code? my basket is {#price}
ugh the app logged me out again (version {#ver})
can I change the delivery to {#time} tomorrow? order {#order}
never mind, found it
Hi, I'd like to cancel order {#order} please. It was {#price}. || Also please don't charge the card again || the card is {CARD.*} just in case
{PHONE.*} - my number, sorry forgot to add it earlier
(card: {CARD}) (exp: {EXP}) (cvc: {CVV})
"{IBAN}" <- for the refund, not the old one
so... the numbers are: card {CARD.*}, exp {EXP.*}, and the three digits are {CVV}
I'll spell it: {EMAIL.es}
my info:⏎- email: {EMAIL}⏎- phone: {PHONE}⏎- order: {#order}
one more thing, the last four aren't enough? fine: {CARD.*}
it keeps asking for the card security code. I typed {CVV} || is that right? || the card expires {EXP.ce}
wait no, my phone is {PHONE.*}, the other one was my work number
[en-US] routing and account: {ROUT} / {ACCT} (checking)
[en-US] SSN last time was wrong, correct one: {SSN.*}
[en-US] fyi my tax id is an ITIN ({ITIN.*}), I file jointly
[en-GB] NI: {NINO.*}. DOB not relevant I hope
[en-GB] my NI number? {NINO.mm1} || {NINO.mm2}
[en-US] itin {ITIN.mm1} || {ITIN.mm2}
thx!! || 👍
where do I find my invoice? order {#order}
I was charged {#price} instead of {#price}
[en-GB] I'm at store {#store}, they say my order {#order} isn't there
is {#model} back in stock?
the confirmation email says flight {#flight}, departing {#time}
card {CARD} {#date} is when it was charged, tracking {#track}
order {#order} / card {CARD.*} / exp {EXP} / total {#price}
tracking {#track} and my card {CARD} (exp {EXP.ce})
[en-US] acct {ACCT} order {#order} zip {#zip}
phone {PHONE} order {#order} delivery {#date} {#time}
iban {IBAN.*} invoice {#inv} amount {#price}
ticket {#ticket} - my new pin is {PIN}, changed at {#time}
pw {PWD} since {#date}, app version {#ver}
passport {PASSPORT} flight {#flight} on {#date}, seat for {#qty}
crad nuber {CARD} exp {EXP}
my cc is {CARD.*} and cvc is {CVV} pls hurry
ok I'm going to give you the card number now, it's a visa debit from my bank and I've had it for a while so hopefully it still works: {CARD.*}. the expiry date should be on the front, it says {EXP}
{CARD} {EXP} {CVV}
{CARD}⏎{EXP}⏎{CVV}
Name on card: as above⏎Card no.: {CARD.sd}⏎Valid thru: {EXP}⏎Sec. code: {CVV}
So earlier I sent my old email by mistake. The right one is {EMAIL}. The old one (please delete it) was {EMAIL}.
I've got two cards, {CARD.*} and {CARD.*}, charge the second one
account number... one sec || ok found it || {ACCT} || routing is on the cheque, {ROUT}
[en-US] acct# {ACCT.ls} rtn {ROUT}
his phone {PHONE}, mine {PHONE.*}
my email? it's {EMAIL.es} (no caps)
I tried pin {PIN} and then {PIN} and both failed
the code is {CVV}... not sure if you need it
[en-GB] passport (UK) {PASSPORT}, issued {#year}
[en-US] passport # {PASSPORT} || DL # {DL}
[en-GB] NINO is {NINO} - I found it on my payslip
[en-US] SSN: {SSN.nz}
[en-US] social security # {SSN.sp}
heres the iban {IBAN.nz} thanks
account name doesn't matter. IBAN: {IBAN.ls}
the error log says: user={EMAIL} ip={IP} mac={MAC}
curl -u admin:{PWD} https://api.example.com/orders
AWS keys (please rotate them after): {AKID} / {ASK}
sorry, sending again in pieces: {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
my number {PHONE.mm1} || {PHONE.mm2} || call after {#time}
[en-US] hi um my social is like {SSN.sp} i think
nvm the card, use paypal: {EMAIL}
[en-DE] Hi, english ok? my IBAN is {IBAN.*} and the Steuer-ID is {STID}
[en-DE] german tax ID (Steueridentifikationsnummer) {STID.*}
hello? || is this the right chat for refunds?
my order {#order} arrived damaged || the box was crushed || what now?
can I pick it up at store {#store} instead? it's closer
how long does a refund take? it's been since {#date}
the {#model} I got is the wrong colour || can I swap it? || order {#order}
thanks for your help earlier! all sorted
is the price {#price} including VAT?
I need {#qty} more of the same, can you add them to order {#order}?
still waiting... ticket {#ticket}
your website is down again || since about {#time}
"""
