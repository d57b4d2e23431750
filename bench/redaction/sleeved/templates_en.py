"""English customer chat templates (hand-written; a block is a conversation, a line a message).

Slots: {TYPE} or {TYPE:family} for PII, {+} for the next part of a multi-message value, [kind] for a
must-keep number. A pilcrow stands for a line break inside a message. No digits in the text itself.
"""

TEMPLATES = """
hi i was charged twice for order #[order]
card is {CARD} exp {EXP}

my card {CARD:sd} got declined at checkout?? it's not expired, exp {EXP}

hey there
need to update my card on file
{CARD:sd}
cvv {CVV}

card number {CARD:noise} thx

ok so the number is {CARD:mm}
{+}
sorry phone died, that's the whole thing. expiry {EXP}

{CARD:mm}
{+}
{+}
that's the card, security code {CVV}

the card endng in {CARD4:ctx} isnt mine, never ordered [qty] pairs of shoes for [price]

can u refund to the visa ending {CARD4:ctx} instead

card: {CARD:sub}

its {CARD:spell}

cc exp {EXP:cexp} cvc {CVV}

exp {EXP:cexp}

expirey date {EXP} and the three digits on the back are {CVV}

sec code is {CVV:spell}

CVV {CVV:ctx}

{CVV}

my pin is {PIN} but the app keeps saying wrong pin

PIN {PIN:spell} pls dont tell anyone lol

new pin {PIN:ctx}. old one was {PIN:ctx}

@en-US es-US
acct {ACCT:ctx} routing {ROUTING}

@en-US
acount number {ACCT:ctx}¶routing number {ROUTING:ctx}¶amount [price]

@en-US
for the direct deposit: routing {ROUTING:spell}, account {ACCT:spell}

@en-GB
sort code {ROUTING}, acc no {ACCT:ctx}

@en-GB
sort code {ROUTING:ctx}
account {ACCT:mm}
{+}

@en-GB en-IE
hi, I need to change my bank details for the direct debit
acc {ACCT:sd}
sort {ROUTING}

my account is {ACCT:noise}

account no. {ACCT:sub} (savings)

@en-GB en-IE
IBAN {IBAN} BIC {SWIFT}

please refund to my IBAN {IBAN:ib}

@en-IE
iban is¶{IBAN:ib}

@en-GB en-IE en-ZA
ok here's the iban {IBAN:mm}
{+}
swift {SWIFT}

SWIFT/BIC: {SWIFT} if u need it for the international transfer of [price]

iban: {IBAN}

bank: {SWIFT:ctx}

email me at {EMAIL} thanks

my emial is {EMAIL:esp}

{EMAIL}

pls send the invoice [invoice] to {EMAIL}, not the old one

the reset link goes to https://account.example.com/reset?user={EMAIL:pct}&t=expired and it says expired

why does the unsubscribe link say https://mail.example.net/u?e={EMAIL:pct} , i never signed up

email {EMAIL:esp} (all lowercase)

call me on {PHONE} after [time]

my number {PHONE:sd}

cell is {PHONE:noise}

ph {PHONE:sub}

its {PHONE:spell}, definately that one

@en-US en-CA
text me {PHONE:mm}
{+}
{+}

number is {PHONE:mm}
{+}

the callback link was https://help.example.com/callback?phone={PHONE:pct}&slot=[time] is that legit

@en-US
ssn {SSN}

@en-US
my socail is {SSN:sd}

@en-US
they want the last part of my ssn? it's {SSN:ctx}. wait no the whole thing is {SSN}

@en-US
SSN: {SSN:spell}

@en-US
social security number {SSN:mm}
{+}

@en-US
ss# {SSN:sub}

@en-US
ITIN {ITIN}

@en-US
I don't have an SSN, I have an ITIN: {ITIN:sd}

@en-US
tax id (itin) {ITIN:ctx}

@en-GB
NI number {NINO}

@en-GB
my national insurance no is {NINO:sd}

@en-GB
nino {NINO:ctx} for the pension form

pasport no {PASSPORT}

passport {PASSPORT:ctx} exp [date]

my passport number is {PASSPORT} and the booking ref is [booking]

@en-US
drivers license {DRIVER}

@en-GB
driving licence number {DRIVER}

DL# {DRIVER:ctx} issued [year]

licence {DRIVER:ctx}

pasword is {PASSWORD}

pw: {PASSWORD} (I know, I'll change it)

my login is {USER} and password {PASSWORD}

username {USER}

user: {USER}¶pass: {PASSWORD}

the sync url i was given is https://backup:{PASSWORD:url}@files.example.net/share is that safe to post

ftp://admin:{PASSWORD:url}@ftp.example.org/uploads isn't working since [date]

DB_PASSWORD={PASSWORD:kv}

here's my .env, the deploy fails with [error]¶AWS_ACCESS_KEY_ID={AKID:kv}¶AWS_SECRET_ACCESS_KEY={ASK:kv}¶AWS_DEFAULT_OUTPUT=json

aws key {AKID} secret {ASK}

access key id: {AKID}

the secret key is {ASK}

export AWS_SECRET_ACCESS_KEY={ASK:kv}

my ip is {IP}

router ip {IP} and the mac of the box is {MAC}

device MAC {MAC} keeps dropping off wifi, firmware [version]

static ip {IP:ctx} not working after update [version]

i moved to spain last year, my NIE is {NIE}

@en-GB en-IE
my DNI is {DNI} (I have dual nationality)

DNI: {DNI:sd}

I'm sending money to my mum in mexico, her CLABE is {CLABE}

clabe {CLABE:sd}

CLABE {CLABE:mm}
{+}

@en-US
my curp is {CURP} and rfc {RFC}

RFC for the invoice: {RFC}

my brazilian CPF is {CPF}

CPF {CPF:ctx}

the company CNPJ is {CNPJ}

my french social security number is {NIR}

numero de securite sociale {NIR:sd}

@en-GB en-IE
German tax ID (Steuer-ID) is {STEUER}

steuer id {STEUER:sd}

NIF {NIF} (portugal, for the NHR paperwork)

my portuguese tax number {NIF:sd}

hello
is anyone there
my card {CARD:sd} got blocked

thanks so much!! have a good one

where is my parcel? tracking [tracking]

order [order] was supposed to arrive [date] and nothing yet

i paid [price] for [qty] items but only got [count]

the [model] i bought stopped working after [count] days

app version [version] crashes on login, error [error]

ticket [ticket] still open since [date]??

my flight [flight] on [date] got cancelled, booking ref [booking]

@en-US
the store #[store] on main st was closed at [time]

room [room], checked out [date], still got charged [price]

my policy [policy] renews [date], why is it [pct] more

contract [contract] ends in [year], can i cancel early

i only used [size] of data but got billed for [size]

delivery to [zip] please

@en-US
zip is [zip]

@en-GB
postcode [zip]

ok thanks
bye

that's fine
do you need anything else from me

hi my card {CARD} was charged [price] on [date] for order [order] but i cancelled

@en-US
zip [zip], card {CARD:sd}, exp {EXP:cexp}

cvv {CVV:ctx} / exp {EXP}

billing zip [zip] and the card {CARD4:ctx}

ok the number on the card is {CARD:noise}
and exp {EXP}

so sorry about the typo, i meant {CARD:sub}

card {CARD:mm}
{+}
exp {EXP:cexp}
cvv {CVV}

hey, my phone is {PHONE} and email {EMAIL}

u can reach me {PHONE:sd} or {EMAIL:esp}

contact: {PHONE} / {EMAIL}

send the code to {PHONE:noise}

@en-US
call back number {PHONE:spell}

my whatsapp is {PHONE}

ya its {PHONE:mm}
{+}

@en-AU en-NZ
mob {PHONE:sd}

@en-IN
my number is {PHONE} and alternate {PHONE:sd}

@en-ZA
cell {PHONE:noise} for the courier

@en-IE
ring me on {PHONE} before [time]

@en-CA
my account is {ACCT:ctx} transit {ROUTING}

@en-AU
bsb {ROUTING} acct {ACCT:ctx}

@en-IN
account no {ACCT:sd}, ifsc isn't needed right

@en-ZA
account {ACCT:spell} at branch [store]

thx, the ref number is [ticket]

i tried [count] times already
still getting error [error]

please escalate ticket [ticket]
it's been [count] weeks

login: {USER}
password: {PASSWORD}
can u check why i cant get in

i reset it to {PASSWORD} and it still says invalid

new pwd {PASSWORD:ctx}

mac address: {MAC}¶ip: {IP}¶fw: [version]

@en-US
hi
my acct is {ACCT:ctx}
routing is {ROUTING}

@en-US
routing {ROUTING:mm}
{+}
{+}

account {ACCT:mm}
{+}
{+}
that's checking, not savings

@en-GB
iban {IBAN:ib} and sort code {ROUTING}

the money needs to go to {IBAN:ib} ref [invoice]

my passport is {PASSPORT:ctx}, expires [date]

@en-US
license # {DRIVER:sd}

@en-GB
NI {NINO:mm}
{+}

@en-US
for the tax form, SSN {SSN} and my wife's ITIN {ITIN}

@en-US
social {SSN:noise}

pin code {PIN:sub}

new card pls, old one ({CARD4:ctx}) was stolen at the [model] atm

ok it's {CARD}

[qty] x [model] for [price] each — pay with card {CARD:sd}

@en-GB
card {CARD:sd} exp {EXP} cvc {CVV}, postcode [zip]

it's {CVV:ctx}

{PIN:ctx}

{PHONE}

{EMAIL:esp}

{ACCT:ctx}

{IBAN:ib}

sorry wrong one. it's {CARD:sd}

email is {EMAIL} and my order [order]

i signed up with {EMAIL} in [year] but now can't log in

my old email {EMAIL} doesnt exist anymore, use {EMAIL:esp}

the link https://shop.example.com/track?order=[order]&email={EMAIL:pct} says no order found

my ip {IP} got blocked after [count] failed logins

server {IP:ctx}

ssh admin@{IP} with password {PASSWORD}

mysql://app:{PASSWORD:url}@db.example.internal/prod is the connection string we use

SMTP_PASSWORD={PASSWORD:kv}¶SMTP_HOST=smtp.example.com

our key got leaked?? {AKID} / {ASK}

@en-US
ok so first three are {SSN:mm}
{+}
{+}

@en-US
ein? no i'm self employed, use my itin {ITIN}

@en-US
my ssn {SSN:sd} and DOB [date]

the order was [order] and i paid with {CARD4:ctx}

ok thanks for the help, rating [count] stars

what's the status of [invoice]
it says [price] overdue

pls cancel subscription, i've been charged [price] every month since [date]

my brazilian husband's CPF is {CPF:sd}

CPF: {CPF:sub}

the mexican account {CLABE:noise}

RFC {RFC:ctx}

curp {CURP:ctx}

it's spelled {EMAIL:esp}

my number: {PHONE:sub}

@en-GB
the number is {PHONE:spell}

@en-IE
eircode [zip], phone {PHONE:noise}

dni {DNI:ctx}

nie {NIE:sd}

@en-AU en-NZ
tax file no? no just use my passport {PASSPORT}

@en-US
license {DRIVER:ctx} state NY

for the boleto the CNPJ is {CNPJ:sd}

my card is {CARD:mm}
{+}
hang on
{+}

iban {IBAN:mm}
{+}
{+}

@en-US
acct # {ACCT:mm}
{+}
routing {ROUTING}

hi, trying to pay for order [order] and it keeps failing
tried [count] times
card's {CARD:mm}
{+}

@en-GB
morning
direct debit bounced again on [date]
sort code {ROUTING:mm}
{+}

@en-US
yeah so my husband's number is {PHONE:mm}
{+}
and mine is {PHONE}
either one is fine

can you read me back what you have on file? mine should be {EMAIL}
oh and the phone ends {PHONE:mm}
{+}

@en-US
they asked for my routing so {ROUTING:mm}
{+}
and the account {ACCT:ctx}
that's for the refund of [price]

@en-AU
g'day, charged [price] twice
card {CARD4:ctx}
order [order]
can u sort it

right the card
{CARD:mm}
{+}
{+}

@en-IN
sir my account no {ACCT:mm}
{+}
please check refund of [price] not received since [date]

@en-US
ok ssn is {SSN:mm}
{+}
dob [date]
anything else?

@en-ZA
hi there
my cell is {PHONE:mm}
{+}
please call after [time]

@en-GB
I've been on hold [min] mins
account {ACCT:mm}
{+}
sort {ROUTING}

the cvv?
{CVV:mm}
{+}

@en-US
hey so I'm locked out
username is {USER}
tried {PASSWORD} and {PASSWORD}
phone on the account is {PHONE}

@en-GB
hiya, card {CARD:sd} was used in [store] without me
that's not my transaction, [price] on [date]
my mobile {PHONE} if you need to call

@en-US
ok here goes
{CARD:mm}
{+}
exp {EXP}, cvv {CVV}, zip [zip]

@en-US
estoy trying to pay, card {CARD:sd}
se vence {EXP}
codigo {CVV:ctx}

address change: new email {EMAIL}
new phone {PHONE:sd}
old phone was {PHONE}

@en-IN
sir please update mobile {PHONE}
email also {EMAIL:esp}
pan card? no i only have passport {PASSPORT}

wait which one do u need
the card or the account
account's {ACCT:ctx}
card {CARD4:ctx}

@en-CA
hi, moving back to Canada from Germany
my Steuer-ID was {STEUER}
and the german IBAN {IBAN:ib}

the code on the back is {CVV:spell}
and the expiry {EXP:cexp}

@en-US
my wife's itin {ITIN}
mine's ssn {SSN:sd}
both for the [year] return

@en-GB
NI no {NINO:sd}
passport {PASSPORT:ctx}
mobile {PHONE:spell}

@en-NZ
kia ora, bank acct {ACCT:mm}
{+}
for the refund of [price]

so the server at {IP} can't reach {IP}
mac of the nic is {MAC}

git push failed, our ci has AWS_ACCESS_KEY_ID={AKID:kv}
AWS_SECRET_ACCESS_KEY={ASK:kv}
rotate pls

@en-GB
card {CARD:noise}
exp {EXP}
hang on cvv is {CVV}

@en-IE
the iban is {IBAN:mm}
{+}
{+}
bic {SWIFT}

@en-US
my routing {ROUTING:sub}
acct {ACCT:sub}

@en-US
call {PHONE:noise}
or email {EMAIL}
thx

@en-AU
pin's {PIN:ctx}
no wait thats my old one
new is {PIN:spell}

@en-US
shipping to [zip], my cell {PHONE} in case the driver cant find it

@en-US
order [order] / card {CARD4:ctx} / [price] / [date]

@en-GB
hiya sorry its me again
the refund of [price] was meant to go to {IBAN:ib}
not my old account {ACCT:ctx}

@en-AU
mate ive been charged [price] x [count]
card {CARD:sd}
pls fix

ok got it, my new number is {PHONE:sd} the old one {PHONE:sub} is disconnected

@en-US
hey its janet, SSN {SSN:sd}, policy [policy]
my callback is {PHONE:noise}

pw reset not working
email on file {EMAIL}
tried new password {PASSWORD} at [time]

@en-IN
kindly do the needful, account no {ACCT:noise} ifsc branch [store]
registered mobile {PHONE}

@en-US
ya so i put exp as {EXP:cexp} and it said invalid
card {CARD:sub}

my booking [booking], flight [flight] on [date]
passport {PASSPORT}
email {EMAIL:esp}

@en-CA
eh sorry my phone autocorrected
it's {PHONE:spell}

@en-GB
my CVV is {CVV:ctx} and the long number's {CARD:noise}

sent from my [model]
email {EMAIL} pw {PASSWORD}

@en-US
zip is [zip] wait no thats the old one, [zip]
card {CARD4:ctx}

the router at {IP} keeps rebooting, its a [model] on firmware [version]
mac {MAC}

@en-ZA
my account {ACCT:ctx} and my cell {PHONE:spell}

@en-GB
I'm an expat in Portugal, NIF {NIF:ctx}, and my UK NI {NINO:ctx}

@en-US
routing {ROUTING:spell} and checking {ACCT:ctx}, its for the [price] refund on [invoice]

"""  # noqa: E501 (each line is one verbatim chat message)
