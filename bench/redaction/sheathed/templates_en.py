"""English chat templates for corpus 22 (one template per line, messages split by ' || ')."""
# ruff: noqa: E501 - one chat template per line; wrapping would split messages

TEMPLATES = r"""
hi there || my order {order} still hasnt shipped, it was supposed to be here by {date} || card on file is {CARD} if u need to recharge it
hey, can u update my card? new one is {CARD:sp} exp {EXP} || cvv {CVV}
[en-US en-CA] ok the card number is {CARD:mm1} || {CARD:mm2} || sorry phone died lol
need to pay the {price} balance on invoice {inv}. card {CARD:noise} expiry {EXP:cexp}
the card ends up being {CARD:leet} i think, its the one i used for order {order}
ok typing it out so autocorrect doesnt mess it up: {CARD:words}
[en-GB en-IE] Hiya, card's {CARD} and the security code on the back is {CVV}, cheers
card: {CARD} || exp: {EXP} || code: {CVV}
can you just charge {price} to my visa {CARD:sp}? expires {EXP}, cvc {CVV}
my card number {CARD:mm1} || {CARD:mm2} || {CARD:mm3} || expiry {EXP:cexp}
why was i charged {price} twice?? i only ordered {qty} items
idk what happened but the payment failed with error {err} || tried card {CARD} exp {EXP:cexp} cvv {CVV}
sec code is {CVV}, sorry forgot that earlier
[en-AU en-NZ] G'day, reckon my card got declined. Number's {CARD:sp}, expiry {EXP}
the expiry date on it is {EXP} btw
ok so PIN for the card is {PIN}, the ATM at store {store} kept eating it
my pin is {PIN:words} and it isnt working at the till
Changed my PIN to {PIN:leet} yesterday and now the app says its wrong
is it safe to give u my pin?? || fine its {PIN}
[en-US] my SSN is {SSN} and my zip is {zip}
[en-US] social is {SSN:sp}, DOB not needed right?
[en-US] ss# {SSN:mm1} || {SSN:mm2}
[en-US] for the tax form: ITIN {ITIN}, i dont have a social
[en-US] its an ITIN not SSN, {ITIN:sp} || does that work for the {year} return?
[en-US] ssn {SSN:words}
[en-US] last year's W-two had my SSN as {SSN:leet}, is that why the refund is stuck?
[en-GB] My NI number is {NINO}
[en-GB] national insurance no. {NINO} , payslip from {date} attached
[en-GB] NINO {NINO:sp} || postcode {zip}
[en-GB] hi my national insurance number is {NINO:mm1} || {NINO:mm2}
passport number {PASSPORT}, flying {flight} on {date}
[en-GB en-IE] passport no {PASSPORT} , booking ref {booking}
the passport # is {PASSPORT}, expires in {year}
[en-IN] Sir my passport no is {PASSPORT} please update for booking {booking}
[en-US] drivers license {DL}
[en-US en-CA] DL# {DL} , plate doesnt matter right?
[en-GB] driving licence number is {DL}
[en-AU en-NZ en-ZA] licence no. {DL}
[en-IN] DL no {DL}, vehicle is {model}
my password is {PASSWORD} please dont tell anyone haha
pw: {PASSWORD}
tried resetting the password to {PASSWORD} but it says too weak??
ok username is {USER} and password {PASSWORD}
login: {USER} || pass: {PASSWORD}
my user name is {USER}
its {USER} || no caps
username {USER} , i signed up in {year}
[en-US en-GB] can u check my account? username {USER}, email {EMAIL}
email is {EMAIL}
my email address is {EMAIL} and mobile {PHONE}
send it to {EMAIL:esp} please
email: {EMAIL:esp} (no spaces)
its {EMAIL:esp}
the link i got was {EMAIL:pct} and it says expired
clicked {EMAIL:pct} from your email and nothing loads
ur email {EMAIL:mm1} || {EMAIL:mm2}
{EMAIL} || thats the one on the account
my number is {PHONE}
call me on {PHONE}, after {time} is best
[en-US en-CA] cell {PHONE:sp}
[en-GB en-IE] Best number is {PHONE:noise}
[en-IN] my mobile no {PHONE:noise} pls call
phone {PHONE:words}
its {PHONE:leet}
the otp link {PHONE:pct} didnt work
number is {PHONE:mm1} || {PHONE:mm2}
ph: {PHONE:mm1} || {PHONE:mm2} || {PHONE:mm3}
text me at {PHONE} instead, i'm at work till {time}
you can reach my wife on {PHONE} or me on {PHONE#2}
[en-GB] landline's {PHONE}, mobile's knackered
[en-US] account number {ACCT} routing {ROUTING}
[en-US] routing # is {ROUTING:sp} and acct {ACCT}
[en-US] direct deposit: routing {ROUTING} || account {ACCT:mm1} || {ACCT:mm2}
[en-GB] sort code {ROUTING}, account number {ACCT}
[en-GB en-IE] sort code's {ROUTING} and acc no {ACCT:sp}
[en-AU] BSB {ROUTING} acc {ACCT}
[en-CA] transit {ROUTING} account {ACCT}
[en-IN] IFSC {ROUTING} a/c no {ACCT}
[en-NZ] bank acct is {ACCT}
[en-ZA] branch code {ROUTING} acc {ACCT:noise}
account no. {ACCT:leet}
acc {ACCT:words}
my account is {ACCT} || the one ending in the refund of {price}
[en-IE en-GB] IBAN {IBAN}
iban: {IBAN:ibanb}
IBAN is\n{IBAN:ibanb}
iban {IBAN:mm1} || {IBAN:mm2}
[en-GB en-IE] refund to IBAN {IBAN:ibanb} BIC {SWIFT}
swift code is {SWIFT}
BIC {SWIFT} , IBAN {IBAN}
for the international transfer: swift {SWIFT}, iban {IBAN:ibanb}, amount {price}
iban {IBAN:leet}
I live in Madrid so they asked for my DNI, its {DNI}
my DNI number is {DNI:sp}
dni: {DNI:mm1} || {DNI:mm2}
i'm spanish, DNI {DNI:leet}
I have an NIE not a passport: {NIE}
NIE number {NIE} , moved here in {year}
NIE is {NIE:sp}
my CURP is {CURP}
CURP: {CURP} || RFC: {RFC}
our company RFC is {RFC} for the invoice {inv}
RFC {RFC:sp}
send the refund to my CLABE {CLABE}
clabe interbancaria {CLABE:sp}
CLABE {CLABE:mm1} || {CLABE:mm2}
clabe is {CLABE:words}
my brazilian CPF is {CPF}
CPF {CPF:sp} for the nota fiscal
cpf {CPF:leet}
CPF: {CPF:mm1} || {CPF:mm2}
business CNPJ {CNPJ}
the CNPJ of the shop is {CNPJ:noise}
my french social security number (NIR) is {NIR}
numéro de sécu, sorry, social security no {NIR:sp}
german tax ID (Steuer-ID) {STEUER}
tax id {STEUER:sp} , i work in Berlin
Steuer ID: {STEUER:leet}
portuguese NIF {NIF}
NIF is {NIF:words}
nif {NIF:sp}
[en-US] here's the access key {AWSKEY} and secret {AWSSECRET}, our dev left and we need to rotate
AWS_ACCESS_KEY_ID {AWSKEY}
pasted from our env file:\n{AWSKEY:kv}\n{AWSSECRET:kv}
{AWSSECRET:kv}
secret key is {AWSSECRET} , is that the one you need?
oops i think i posted our key in the ticket {ticket}: {AWSKEY}
config has {PASSWORD:kv} , can that be the issue?
here is the .env:\n{PASSWORD:kv}\nAPP_ENV=production
connection string is {PASSWORD:url}
we connect with {PASSWORD:url} and get error {err}
try {PASSWORD:url} , thats our test box
my router IP is {IP}
the device IP shows {IP} and MAC {MAC}
ip {IP} , version {ver}
MAC address {MAC}
mac is {MAC}, can u whitelist it? || the router is a {model}
it keeps saying {IP} is blocked
[en-US] Hi! Quick q about order {order}
Order {order} arrived damaged, the box was crushed. I paid {price}
Tracking {track} hasn't moved since {date}, driver can call {PHONE} if needed
i want to return the {model}, order {order}, its only been {n} days
How do I upgrade to the {size} plan? the current one is {price} a month
the app crashes on version {ver} every time i open it, acct email {EMAIL}
got error {err} when logging in || on a {model} || username {USER} if that helps
my booking {booking} for {date} at {time}, can i change to room {room}?
flight {flight} got cancelled, booking ref {booking}, passport {PASSPORT}
can i get {pct} off if i order {qty}? would pay with card {CARD} exp {EXP}
my policy number is {policy} and i need to claim for the {model}
contract {contract} renews on {date} and i want to cancel, account {ACCT}
is store {store} open at {time} tomorrow? my click and collect is under {PHONE}
ticket {ticket} has been open {n} days now, just call me {PHONE:sp}
invoice {inv} shows {price} but the quote said {price#2}, refund the difference to {IBAN:ibanb}
hello?? || anyone there || i need to change my email to {EMAIL}
[en-US] my zip is {zip} and phone {PHONE}
[en-US] billing zip {zip} , card {CARD:sp} , exp {EXP}
[en-GB] postcode {zip}, number {PHONE}
[en-CA] postal code {zip} , cell {PHONE}
[en-IN] pincode {zip} alternate number {PHONE}
[en-AU] postcode {zip} mob {PHONE:sp}
[en-ZA] cell no {PHONE}, postal code {zip}
[en-NZ] ph {PHONE}
[en-IE] my eircode is {zip} and number {PHONE}
wait wrong card || use {CARD} instead, exp {EXP:cexp}
visa debit {CARD:noise} || expires {EXP}
cc# {CARD:leet} exp {EXP}
ok here: {CARD:mm1} || {CARD:mm2} || exp {EXP} cvv {CVV}
mastercard ending... actually full num {CARD:sp}
[en-IN] card no {CARD} cvv {CVV} expiry {EXP} , paid {price} for order {order}
amex {CARD} , the security code is {CVV} (the four digit one)
security code {CVV} || exp {EXP:cexp}
can I pay in {inst} installments? card {CARD}
so the order {order} got split into {n} boxes and only one came
account holder email {EMAIL}, order {order}, tracking {track}
emailing from my work address {EMAIL} cos i cant access {EMAIL#2}
my old email was {EMAIL:esp} and new is {EMAIL}
reset link: {EMAIL:pct}
username is {USER} || password {PASSWORD:mm1} || {PASSWORD:mm2}
pass is {PASSWORD}, user {USER}
it says wrong password but im typing {PASSWORD} exactly
[en-US] spanish speaker here, mi correo es {EMAIL}, tengo problemas con el pedido {order}
[en-US] my tía's phone is {PHONE@MX}, she's in Mexico
call my mum in Dublin {PHONE@IE} or me here {PHONE}
I'm abroad, use my German number {PHONE@DE}
my cousin in Lisbon will pick it up, his number {PHONE@PT}
please update phone to {PHONE@FR} , I moved to Paris in {year}
[en-ZA] my bank account {ACCT} at branch {ROUTING}, ref {inv}
ok the account number is {ACCT:mm1} || {ACCT:mm2} || thats for the refund of {price}
what pin? the card one? || {PIN:mm1} || {PIN:mm2}
the one time passcode?? no wait thats my PIN {PIN}
[en-GB en-IE] card PIN is {PIN:sp} but dont worry i'll change it after
[en-US] for the {year} filing, ITIN {ITIN:mm1} || {ITIN:mm2} || hope that helps
[en-US] pretty sure my itin is {ITIN:leet}, copying from an old letter
[en-GB] NI no. {NINO:leet} (copied off my P-sixty sorry)
passport {PASSPORT:sp}, travelling on flight {flight}, seat doesn't matter
ok passport number is {PASSPORT:mm1} || {PASSPORT:mm2} || expires {year}
[en-AU en-NZ en-GB] licence number {DL:sp}, class C
the modem says ip {IP:noise} when i log in
MAC on the sticker is {MAC:sp}, model {model}
[en-US] my router mac {MAC:mm1} || {MAC:mm2} || it's the {model}
someone on our team pasted the key id {AWSKEY:sp} in slack, ticket {ticket}
access key {AWSKEY:mm1} || {AWSKEY:mm2} || ugh sorry, thats the full one
the bank told me swift/bic {SWIFT:sp} for transfers over {price}
swift is {SWIFT:mm1} || {SWIFT:mm2}
my supplier in Brazil sent their CNPJ {CNPJ:mm1} || {CNPJ:mm2} || for invoice {inv}
the brazilian company number (cnpj) on the invoice looks like {CNPJ:leet}
i'm french, my numéro de sécurité sociale is {NIR:mm1} || {NIR:mm2}
social security no (France) {NIR:words}
my German tax ID is {STEUER:mm1} || {STEUER:mm2} || the Steuer-IdNr not the Steuernummer
read it to me again? tax id {STEUER:words}
for the Portuguese invoice put my NIF {NIF:mm1} || {NIF:mm2}
nif number {NIF:leet} on receipt {inv} please
NIE {NIE:mm1} || {NIE:mm2} || its the green card from Spain
i'm mexican, CURP {CURP:mm1} || {CURP:mm2}
for the factura: rfc {RFC:mm1} || {RFC:mm2} || CP {zip}
my clabe is {CLABE:leet}, i copied it off the app
my brother's CPF {CPF:words}, he's in São Paulo
the cnpj is {CNPJ:words} i think, can't read the photo well
DNI is {DNI:noise}
my NIE {NIE:noise}, registered {year}
CURP {CURP:noise}, fecha de nacimiento not needed right
RFC for the invoice {inv}: {RFC:noise}
send the {price} to CLABE {CLABE:noise}
cpf {CPF:noise} (brazil)
my NIR (carte vitale) {NIR:noise}
Steuer-ID {STEUER:noise} for the tax receipt of {year}
portuguese NIF {NIF:noise}, postal code {zip}
IBAN {IBAN:noise}, ref {inv}
[en-US] SSN {SSN:noise}, its for the {year} tax return
[en-US] ITIN {ITIN:noise}
[en-GB] NI number {NINO:noise}, started job on {date}
[en-US en-CA en-AU] routing {ROUTING:noise}, acct {ACCT}
[en-US en-GB] sort code / routing {ROUTING:words}
[en-US en-AU en-CA] routing {ROUTING:mm1} || {ROUTING:mm2}
[en-US en-GB en-ZA] the routing i have is {ROUTING:leet}
pin {PIN:noise} pls dont share
reading it off the card: {CARD:words}
sorry what do u need? the code on the back? || {CVV}
expiry? || {EXP}
agent asked for the security code || {CVV}
[en-US] sure || {SSN}
[en-GB] yep || {NINO}
{EMAIL}
{PHONE}
ok || {CARD:sp}
hi || hello? is this the right place for billing || my card {CARD:sp} got charged {price} for nothing
hey, quick one || i moved house, new number {PHONE} || thats all, ty
good morning || i cant log in || user is {USER}
Hi, I was talking to someone yesterday and the chat closed || it was about a refund for order {order} || they said {n} to {n#2} business days
ok || and what about the {price} fee? it went on my card {CARD:sp}
[en-GB en-IE] cheers mate || sound, and the new mobile is {PHONE}
sorry one sec, looking for it || ok here {ACCT}
[en-US] yo || you guys charged me for the {size} plan but i'm on the basic one || email on the acct is {EMAIL}
[en-IN] Hello team || kindly check my complaint {ticket} || registered mobile {PHONE}
[en-AU] hey legends || parcel {track} says delivered but nothing here, mob {PHONE}
[en-ZA] Howzit || my order {order} is lost || cell {PHONE}
[en-CA] hi there, eh || the {model} i bought at store {store} won't turn on
can you call me instead? || {PHONE} || anytime after {time}
[en-US] hi i need to dispute a charge, it's {price} from {date}, never bought anything from that store || card is {CARD:sp} exp {EXP} || call me at {PHONE} if you need more info
[en-GB] Hello, I'm setting up the direct debit for contract {contract} || sort code {ROUTING} account {ACCT} || and my email for the confirmation is {EMAIL}
[en-US] the tax portal keeps rejecting my ITIN {ITIN} with error {err} || i'm on version {ver} of the app || username {USER}
[en-IN] Good evening sir, my refund of {price} for order {order} not received || account number {ACCT} IFSC {ROUTING} || mobile {PHONE}
[en-AU] hey, the tech asked me for the router details || IP is {IP} and the mac is {MAC} || it's a {model}, firmware {ver}
[en-CA] i changed my number last week, old one was {PHONE} || new one is {PHONE#2}, can you update the account? || email's still {EMAIL}
[en-IE] Hi, I'm renting the car from the {date}, booking {booking} || licence {DL} || passport {PASSPORT} in case
[en-ZA] morning, I need the debit order on policy {policy} moved to my new account || acc no {ACCT:sp} branch code {ROUTING}
[en-NZ] kia ora, paid {price} twice for order {order} || card {CARD:mm1} || {CARD:mm2} || expiry {EXP:cexp}
[en-US] So my son used my account without asking, can you change the password? the old one was {PASSWORD} || username is {USER} || and please cancel the {size} add-on
[en-GB] my mum's trying to pay but she can't read me the card properly || she says its {CARD:words} || expires {EXP}
[en-US] yeah the number you have is wrong, it should be {PHONE:mm1} || {PHONE:mm2} || not the {zip} one lol that's my zip
i'm helping my dad with his account, he lives in Spain || his NIE is {NIE} and mobile {PHONE@ES} || his email {EMAIL:esp}
our dev accidentally committed the keys to the repo, ticket {ticket} || {AWSKEY:kv} || {AWSSECRET:kv}
[en-US en-CA] the wire needs to go to my account in Germany: IBAN {IBAN@DE} || BIC {SWIFT@DE} || amount {price}
[en-GB] I moved from Lisbon so invoice {inv} still shows my NIF {NIF} || can you swap it for my NI number {NINO}?
i'm brazilian living in dublin, for the nota fiscal they want my CPF {CPF:sp} || and the order is {order}
[en-US] my tio in Guadalajara needs the transfer || CLABE {CLABE:sp} || his RFC {RFC}, amount {price}
hi, flight {flight} on {date}, passport number {PASSPORT:mm1} || {PASSPORT:mm2} || sorry phone glitched
i got a text saying my account was locked, the link was {EMAIL:pct} || is that legit? my password is {PASSWORD} btw
[en-US] can you confirm what's on file? || SSN {SSN}, zip {zip}
[en-AU] howdy, the {model} i bought at store {store} is faulty, receipt {inv}, {price} || ring me on {PHONE:sp}
[en-IN] Sir please update my email to {EMAIL} || old email {EMAIL#2} not working, customer since {year}
ok the agent said to send the IBAN here || {IBAN:mm1} || {IBAN:mm2} || {IBAN:mm3}
the PIN reset letter came with {PIN} but it doesn't work at the ATM || card {CARD}, i'm in room {room} at the hotel if you need to send something
sorry my english not so good || mi tarjeta es {CARD:sp} y vence {EXP}
📞{PHONE} 📧{EMAIL}
(dni {DNI}) that's the spanish id they asked for
typo sorry!! its {CARD} not {CARD#2}
Email: {EMAIL}\nPhone: {PHONE}\nOrder: {order}
[en-US] SSN: {SSN}\nDOB year: {year}\nZIP: {zip}
MY PASSWORD IS {PASSWORD} AND IT STILL SAYS WRONG!!!
[en-CA] le code postal c'est {zip}, oops english: my cell is {PHONE}
[en-ZA] ja, account {ACCT}, branch {ROUTING}, ref {inv} 👍
card "{CARD}" exp "{EXP}"
[en-GB] it's {PHONE}!! not the one ending different, that's my old one {PHONE#2}
iban={IBAN} (copied from my banking app)
[en-US] i sent the {price} through Zelle to the wrong person, my Zelle is {EMAIL} || bank says call you, my number {PHONE}
[en-US] Venmo payment for order {order} didn't go through, my venmo is linked to {PHONE:sp}
[en-GB] Royal Mail says parcel {track} was left in a safe place, it wasn't || I'm on {PHONE:noise}
[en-IE] An Post have my parcel {track}, eircode {zip} is right || mobile {PHONE}
[en-AU] AusPost tracking {track} stuck for {n} days || ring me on {PHONE} or email {EMAIL:esp}
[en-GB] someone rang pretending to be my bank and i gave them my PIN {PIN} 😭 || card {CARD:sp}, please block it
[en-US] got a "verify your account" email and typed my password {PASSWORD} in 😬 || username {USER}
[en-GB] energy bill for meter {meter} is {price} which can't be right || direct debit from sort code {ROUTING} account {ACCT}
[en-IN] paid via card for order {order} but shows failed, amount {price} debited || card {CARD:noise}
[en-CA] Canada Post returned my package {track}, postal code {zip} is correct || cell {PHONE:mm1} || {PHONE:mm2}
"""
