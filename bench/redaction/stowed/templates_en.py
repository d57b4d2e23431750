"""English customer chat templates (sealed material: do not tune detectors on this file)."""

LOCALES = ["en-US", "en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"]

TEMPLATES = r"""
hi my card got declined twice at checkout
its {CARD}

card is {CARD:sd} exp {EXP} cvv {CVV}

hey so the payment for order {@order} failed, card ending is fine tho. full number {CARD}

{CARD:nz}

ok number is {CARD:mm1}
{CARD:mm2}

i'll send it in bits
{CARD:mm1}
{CARD:mm2}
{CARD:mm3}

the long number on the front? {CARD:ls}

four digit at the back is {CVV} and it expires {EXP}

exp {EXP:cx} cvc {CVV}

expiry {EXP:cx}

security code on back says {CVV:sp}

it's {CARD:sp}

Card: {CARD}{NL}Exp: {EXP}{NL}CVV: {CVV}

I was charged {@price} twice on {@date}!! card {CARD:sd}

yeah the card that ends... nah here is the whole thing {CARD:nz}

what do u need from me
card no {CARD:ls} exp {EXP:cx}

pin is {PIN} if that helps lol

my pin {PIN:sp} dont worry i'll change it after

ATM ate my card at store {@store}, the pin i used was {PIN}

hi
my account number is {ACCT}

acc no {ACCT:sd} sort code {ROUT}

@en-GB
sort code {ROUT} and account {ACCT}

@en-GB en-IE
refund to my account please, sort code {ROUT:sd} acc {ACCT:ctx}

@en-US
routing {ROUT} account {ACCT}

@en-US
the routing number is {ROUT:sp}

@en-US
Routing# {ROUT:ls}{NL}Acct# {ACCT:ls}

account {ACCT:ctx}

its {ACCT:mm1}
{ACCT:mm2}

direct deposit keeps bouncing, acct {ACCT:nz}

IBAN {IBAN}

my iban is {IBAN:ib}

pls refund the {@price} to {IBAN:ib}

IBAN:{NL}{IBAN:ib}{NL}BIC {SWIFT}

swift code {SWIFT} for the wire

bank transfer details: {IBAN:sd} / {SWIFT}

{IBAN:mm1}
{IBAN:mm2}

the iban again sorry {IBAN:ls}

email is {EMAIL}

can you send the invoice {@invoice} to {EMAIL} instead

my email {EMAIL:em}

{EMAIL:em}

reset link goes to https://account.example.com/reset?user={EMAIL:pe} and it just errors {@error}

tried this https://help.example.org/login?email={EMAIL:pe}&step=verify

new email pls: {EMAIL}
old one was {EMAIL}

call me on {PHONE}

my number {PHONE:sd} after {@time} is best

cell is {PHONE:nz}

{PHONE}

reach me at {PHONE:sp}

number is {PHONE:mm1}
{PHONE:mm2}

phone {PHONE:ls}

they texted a code to {PHONE} but i never got it

https://track.example.net/sms?to={PHONE:pe}

@en-US
ssn {SSN}

@en-US
my social is {SSN:sd}

@en-US
SSN: {SSN:sp}

@en-US
last one i promise, social security number {SSN:nz}

@en-US
{SSN:mm1}
{SSN:mm2}

@en-US
for the tax form my ITIN is {ITIN}

@en-US
itin {ITIN:sd} and the zip is {@zip}

@en-US
ITIN {ITIN:ls}

@en-GB
NI number {NINO}

@en-GB
national insurance no is {NINO:sd}

@en-GB
my NI is {NINO:nz}

@en-GB
nino {NINO:ls}

passport {PASS}

my passport no. {PASS:sd} expires {@date}

booking {@booking} passport number {PASS}

passport number is {PASS:ls}

drivers license {DL}

license # {DL:sd}

DL {DL} issued {@year}

driving licence number {DL:ls}

password is {PWD}

pw {PWD} dont judge me

login: {USER}{NL}password: {PWD}

username {USER}

user name is {USER} i think

the username is {USER} and password was {PWD}

https://admin:{PWD:url}@router.example.net

i typed ftp://mike:{PWD:url}@files.example.com into the app and nothing

AWS_ACCESS_KEY_ID={AKID:kv}{NL}AWS_SECRET_ACCESS_KEY={AKS:kv}

aws_secret_access_key = {AKS:kv}

access key {AKID} secret {AKS}

DB_PASSWORD={PWD:kv}

here's my .env{NL}API_USER=ops{NL}API_PASSWORD={PWD:kv}

my ip is {IP}

router ip {IP} mac {MAC}

mac address of the box is {MAC}

the device MAC {MAC} keeps getting blocked

ip {IP} port forwarding not working since update {@version}

hi there

thanks!

order {@order} hasn't arrived, tracking {@track} says delivered

i ordered {@qty} of the {@model} and got one

thx, ticket {@ticket}

flight {@flight} on {@date} got cancelled, i want a refund of {@price}

room {@room}, checking in at {@time}

its been {@days} days!!!

version {@version} keeps crashing with {@error}

my plan is {@data} but i used it all

you charged me {@percent} more than last month

can i speak to a human

invoice {@invoice} from {@date} is wrong

policy {@policy} renewal

contract {@contract} cancel pls

hello? anyone

ok
card {CARD:mm1}
{CARD:mm2}

sorry hit enter too soon
{CARD:mm1}
{CARD:mm2}

whats the last bit again
{PHONE:mm1}
{PHONE:mm2}
thats my mobile

@en-US
so the social
{SSN:mm1}
{SSN:mm2}
{SSN:mm3}

{ACCT:mm1} {NL}
{ACCT:mm2}

hey! card {CARD:ls}, cvv {CVV:ls}

exp date is {EXP}

the expiry is {EXP} security code {CVV}

new card
{CARD:sd}
exp {EXP:cx}

hi, i placed order {@order} for {@price} and used card {CARD}

zip {@zip} card {CARD:sd} cvv {CVV}

@en-US
billing zip is {@zip}, card {CARD:nz}

@en-GB
postcode {@zip} and my mobile {PHONE}

@en-AU
my mobile is {PHONE:sd} and postcode {@zip}

@en-IN
pls call {PHONE} asap, order {@order}

@en-IN
IFSC {ROUT} a/c {ACCT}

@en-AU
BSB {ROUT} acct {ACCT:ctx}

@en-CA
transit and institution {ROUT}, account {ACCT}

u need my email? its {EMAIL:em}

email me at {EMAIL} or call {PHONE}

im locked out. email {EMAIL}, username {USER}

@en-US
card {CARD}
oh and my zip is {@zip}

thanks, and the pin i set was {PIN:sd}

its {PIN:ls}

pin {PIN:nz}

i already gave my card number {CARD:sp} why do u need it again

card {CARD:sd} bought {@qty} items for {@price}

ok so the IBAN is{NL}{IBAN:ib}

IBAN -> {IBAN:nz}

paid {@price} to {IBAN} on {@date}, reference {@invoice}

swift {SWIFT:sd}

bic {SWIFT}

pls update phone to {PHONE:sd}

new phone {PHONE:nz} old one {PHONE}

password reset didn't work, temp password was {PWD}

my pass {PWD} has a symbol is that the issue

@en-US
licence {DL:nz}

passport {PASS:nz} for the booking {@booking}

passport {PASS:sp}

the mac is {MAC:sd}

ip addr {IP:nz}

{EMAIL:em} thats my email

hello i need help with my account, acc number {ACCT:sp}

yes
{ACCT}

yeah {CVV}

{EXP}

{PHONE}

{EMAIL}

{IBAN:ib}

@en-US
{SSN}

card {CARD:mm1}
{CARD:mm2}
sorry, that's it

mobile no {PHONE:mm1}
{PHONE:mm2}
{PHONE:mm3}

IBAN {IBAN:mm1}
{IBAN:mm2}
{IBAN:mm3}

hey dude the aws key leaked in ticket {@ticket}: {AKID}

secret key {AKS} pls rotate

{CARD} exp {EXP:cx} code {CVV}
"""

TEMPLATES += r"""
hiya, quick one
my direct debit failed and now theres a fee
acct {ACCT:ctx} if u need it

ugh been on hold for ages
fine. card number {CARD}
and no i'm not giving the cvv over chat

@en-GB
hiya, moved house, new postcode {@zip}
mobile's still {PHONE}
cheers

@en-AU
g'day, parcel {@track} still says in transit
can u ring me, {PHONE:sd}

@en-IN
sir my payment of {@price} is deducted but order {@order} shows failed
kindly check
my registered mobile {PHONE}

@en-ZA
howzit, my card got skimmed at a garage
card {CARD:nz}
pls block it now now

@en-IE
grand so its {IBAN:ib}
thanks a mill

@en-US
ok so the agent before u asked for my social
{SSN}
is that still needed??

mmm which email do you have on file
try {EMAIL:em}
or the work one {EMAIL}

wait
is this chat secure?
ok whatever, pin {PIN:ctx}

lemme check my wallet
ok got it
{CARD:sd}
exp {EXP:cx}

@en-US
hola, sorry english is fine. card {CARD} expira {EXP}

@en-CA
eh my transit number is {ROUT:sd} and the account {ACCT}
merci / thanks

still waiting on ticket {@ticket}...
its been {@days} days
"""

TEMPLATES += r"""
acct no {ACCT:mm1}
{ACCT:mm2}
{ACCT:mm3}

visa {CARD:mm1}
{CARD:mm2}
{CARD:mm3}
exp {EXP}

@en-GB
call me back on {PHONE:mm1}
{PHONE:mm2}

@en-US
routing is {ROUT:mm1}
{ROUT:mm2}
"""

TEMPLATES += r"""
@en-US
billing address zip {@zip} card {CARD} exp {EXP} order {@order}

i have {@count} unread msgs from u guys and none fix it. card {CARD:sd} ticket {@ticket}

order {@order} {CARD:sd} {@price}

@en-US
ssn {SSN} dob {@date} zip {@zip}

{@count} attempts and still locked, username {USER} since {@time}
"""
