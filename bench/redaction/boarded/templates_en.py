"""English support-chat templates, hand-written."""
# ruff: noqa: E501  (one template per line, kept whole on purpose)

TEMPLATES = """
hi my card got declined at checkout for order [order], card is {CARD}
@en-US card number {CARD:sd} exp {EXP} cvv {CVV}
ok here it is {CARD:sd} || expiry {EXP:cx}
its {CARD:noise} sorry typing on my phone
@en-GB the card ending... actually full number is {CARD:sub} lol my keyboard is weird
my card number is {CARD:mm} || {CARD:mm+} || thats it
{CARD:mm} || {CARD:mm+}
card: {CARD:sp}
hey, charged twice [price] on [date]. visa {CARD} pls refund one
@en-AU g'day, card {CARD:sd} was charged [price] for [qty] items but i only got one
the long number on the front is {CARD:noise}
sec code {CVV} exp {EXP:cx}
cvv is {CVV:sp}
back of card says {CVV} || expires {EXP}
exp {EXP:cx} cvc {CVV}
expiry date {EXP} || the security code is {CVV:ctx}
@en-IN sir my ATM pin is {PIN} pls block card urgently
i forgot my pin, was it {PIN:sp}?? or something like that
new pin {PIN:ctx} doesnt work at store [store]
pin: {PIN:noise}
@en-GB account no {ACCT:ctx} sort code {ROUT}
@en-GB sort code {ROUT:sd} || acc {ACCT}
@en-US routing {ROUT} account {ACCT:sd}
@en-US aba routing number is {ROUT:ctx} and checking acct {ACCT:mm} || {ACCT:mm+}
@en-US direct deposit isnt showing. routing {ROUT:sd} acct ending... no full one {ACCT:noise}
account number {ACCT:sub}
pls send the refund to my account {ACCT:ctx}, it was invoice [invoice]
@en-IE my IBAN is {IBAN}
@en-GB iban {IBAN:ib}
IBAN: ¶ {IBAN:ib} ¶ thanks
{IBAN:mm} || {IBAN:mm+}
refund to {IBAN} please, swift {SWIFT}
@en-GB bic {SWIFT} || iban {IBAN:sd}
bank swift code is {SWIFT:ctx}
my email is {EMAIL}
email: {EMAIL:em}
its {EMAIL:em} no caps
reset link goes to https://account.example.com/reset?user={EMAIL:pct} but never arrives
send it to {EMAIL} pls || or actually my work one {EMAIL:em}
can u update my email to {EMAIL}? order [order]
@en-US call me at {PHONE}
@en-US my number is {PHONE:sd} anytime after [time]
@en-GB mobile {PHONE:noise}
@en-GB text me on {PHONE:sp}
@en-AU ph {PHONE:sub}
@en-US {PHONE:mm} || {PHONE:mm+}
@en-GB my phone is {PHONE:mm} || {PHONE:mm+} || {PHONE:mm+}
@en-IN whatsapp {PHONE}
@en-ZA contact number {PHONE:sd}
@en-NZ best number is {PHONE} || ok cheers
@en-CA callback pls {PHONE:sd}
@en-IE ring me {PHONE}
https://support.example.com/callback?phone={PHONE:pct}&slot=morning
@en-US ssn {SSN}
@en-US last thing they asked for was my social {SSN:sd}
@en-US social security number: {SSN:sp}
@en-US my ssn is {SSN:mm} || {SSN:mm+}
@en-US SSN {SSN:ctx} for the credit check
@en-US ssn {SSN:noise}
@en-US my ITIN is {ITIN}
@en-US itin {ITIN:sd} for the tax form, i dont have ssn
@en-US i use my ITIN {ITIN:ctx} instead of social
@en-GB NI number {NINO}
@en-GB national insurance no. {NINO:sd}
@en-GB my NI is {NINO:ctx} || is that enough?
@en-US passport {PASS:ctx}
@en-GB passport number is {PASS:ctx}, expires [date]
@en-IN passport no {PASS} for the booking [booking]
@en-CA my passport # {PASS:ctx} || flight [flight]
@en-US drivers license {DL:ctx}
@en-GB driving licence number {DL:ctx}
@en-US DL# {DL} state NY
@en-AU licence no {DL:ctx} || thx
password is {PWD}
my pw: {PWD} (pls dont judge)
temp password {PWD} didnt work
ftp://dave:{PWD:url}@files.example.com/upload
login with https://admin:{PWD:url}@router.example.net and check
DB_PASSWORD={PWD:kv}
username {USER} password {PWD}
my username is {USER} || pw {PWD}
user: {USER}
its under the username {USER} || since [year]
gamertag is {USER}, purchase [order] never showed
AWS_ACCESS_KEY_ID={AKID:kv} ¶ AWS_SECRET_ACCESS_KEY={ASEC:kv}
aws_access_key_id = {AKID:kv}
our access key is {AKID} and secret {ASEC} pls help api is failing with [error]
the key {AKID:ctx} got rotated?
aws_secret_access_key={ASEC:kv}
secret: {ASEC}
my ip is {IP} and im getting [error]
server at {IP} keeps timing out since v[version]
router ip {IP}, mac {MAC}
device mac address {MAC}
mac {MAC:sd} || model [model]
the MAC on the sticker says {MAC}
my laptop {IP:ctx} cant reach the printer
@en-US routing no {ROUT:noise}
hiii
hello? anyone there
ok thanks || bye
still waiting on order [order] from [date] || any update??
tracking says [tracking] but nothing came
i ordered [qty] of [model] on [date] and only got one
the app crashes on version [version] with [error]
storage says [size] used but its empty
ok [count] times ive tried now
refund of [price] was promised by [date] || nothing yet
delivery to [zip] is that covered?
@en-US zip is [zip] if that helps || card {CARD:sd}
@en-US my zip [zip] and phone {PHONE}
@en-GB postcode [zip] || mobile {PHONE:sd}
hotel room [room] at [time], booking [booking]
my flight [flight] on [date] got cancelled || booking ref [booking] || email {EMAIL}
insurance policy [policy] || claim for [price]
contract [contract] says [pct] discount
ticket [ticket] still open
why did my bill go up [pct]
lol ok
can i talk to a real person
card {CARD:ctx} exp {EXP} cvv {CVV}
yes || {CARD:mm} || {CARD:mm+}
i'll send the card in two msgs || {CARD:mm} || {CARD:mm+}
first part {ACCT:mm} || second part {ACCT:mm+}
ok || {PHONE:mm} || {PHONE:mm+}
email {EMAIL:em} || phone {PHONE:sp}
@en-US hi there! i need to update my billing. new card {CARD:noise} || exp {EXP:cx} || cvv {CVV:sp}
@en-US my account got hacked. username {USER}, email {EMAIL}, recovery phone {PHONE:sd}
@en-GB the payment of [price] went to iban {IBAN:ib} instead of mine
@en-GB bank details: sort {ROUT:sd} ¶ acc {ACCT:ctx}
it was {CVV:sub} on the back
code {CVV} || no wait {CVV}
@en-US the card exp is {EXP:sp}
it expires {EXP} not [date]
exp date {EXP:cx} on the new one
PIN {PIN:sub} right?
pin {PIN:mm} || {PIN:mm+}
@en-US acct {ACCT:sp}
@en-IE IBAN is {IBAN:noise}
@en-GB swift/bic {SWIFT:sd}
{EMAIL:em} || thats my email
my email {EMAIL:sd} with no spaces obviously
@en-US my number {PHONE:ctx} is wrong on the account || ticket [ticket]
@en-GB tel {PHONE:ctx}
@en-US social is {SSN:sub}
@en-US itin {ITIN:noise}
@en-GB NINO {NINO:noise}
@en-GB ni {NINO:mm} || {NINO:mm+}
@en-US passport {PASS:sd}
@en-GB licence {DL:sd} exp [date]
git clone https://jen:{PWD:url}@git.example.org/shop.git fails with [error]
PASSWORD={PWD:kv} ¶ PORT=[store]
the password has a capital letter: {PWD:ctx}
user {USER:ctx} cant log in since the [version] update
AKID {AKID:sd}
secret key {ASEC:ctx} leaked? pls rotate
AWS_SECRET_ACCESS_KEY = {ASEC:kv}
ip address {IP:sd}
static ip {IP:sub}
mac addr {MAC:ctx}
MAC {MAC:noise}
@en-GB debit card {CARD:sub} for the [price] charge
@en-ZA card nr {CARD} cvv {CVV:ctx}
@en-CA card # {CARD:sd} || exp {EXP} || security code {CVV:noise}
@en-US I need to change the card on file, its {CARD:sp}
@en-NZ my bank acct {ACCT:sd}
@en-AU bsb {ROUT:sd} acct {ACCT:ctx}
@en-IN IFSC? no, my a/c no is {ACCT:ctx} || sent [price] on [date]
i paid [price] for [qty] x [model] || still nothing
where is my stuff?? order [order]
@en-US pls call {PHONE:noise} after [time]
@en-GB ta, my email is {EMAIL:pct} from the link
@en-US tax id? my itin {ITIN:mm} || {ITIN:mm+}
@en-US my social {SSN:ctx} my zip [zip]
@en-US number is {PHONE:mm} || oops {PHONE:mm+}
@en-GB card {CARD:mm} || {CARD:mm+} || {CARD:mm+}
@en-US yo so i moved and need to update everything. new cell {PHONE:sd} || and my email changed to {EMAIL} || thx!!
@en-GB hiya, been on hold for ages 😩 just need the refund of [price] back to sort code {ROUT:sd} acc {ACCT:ctx}
@en-IN kindly do the needful, my a/c {ACCT:ctx} debited [price] twice on [date]
@en-AU mate i typed my card in wrong, its {CARD:sd} not the one ending [store]
@en-US agent asked for last four of social but here's the full thing {SSN} || is that safe lol
@en-ZA howzit, my cell {PHONE} and the order [order] says delivered but nothing
@en-IE ye sent me a code to the wrong number, mine is {PHONE:noise}
@en-US wait do you need the cvv? its {CVV} || and zip [zip]
@en-CA eh sorry double charge [price] on card {CARD:ctx}, could u reverse
@en-NZ kia ora, can you change the email to {EMAIL:em} please
@en-US hi im from mexico, for the invoice my CURP is {CURP} || and RFC {RFC}
@en-US my mexican tax id (RFC) {RFC:sd} and curp {CURP:ctx}
@en-GB spanish customer here, DNI {DNI} for the rental
@en-GB my NIE is {NIE} i live in valencia || phone {PHONE}
@en-IE moved from madrid, my dni {DNI:sd} is on the old account
@en-GB nie {NIE:sd} || thats my spanish id
@en-US ok so the charge is from [date], it was on my visa {CARD:sd} || exp {EXP} zip [zip]
@en-GB right so.. {PHONE} || thats the mobile, landline is {PHONE:sd}
@en-US {EMAIL} || {PHONE:sd} || {CARD:ctx}
@en-AU yep {ACCT:ctx} || bsb {ROUT:sd} ta
@en-US the cvv?? {CVV} sorry, took a min to find it
@en-IN sir i already gave my number {PHONE} yesterday also, ticket [ticket] pls check
@en-US omg finally someone. card got skimmed at a gas station. {CARD:noise} || new pin i want is {PIN}
@en-GB its {EMAIL:em} no wait thats my old one || {EMAIL}
@en-US password reset keeps failing?? tried {PWD} and {PWD} || username {USER}
@en-CA i put my SIN? no its my passport {PASS:ctx} and the booking [booking] for [date]
@en-US here u go ¶ name on card: same ¶ card: {CARD:sd} ¶ exp: {EXP} ¶ cvv: {CVV}
@en-ZA my bank acc {ACCT:sp} branch [store]
@en-US login from {IP} wasnt me!! || my ip is {IP} || pls lock the account {USER}
@en-US the ssn on file is wrong, should be {SSN:sd} || last digits are {SSN:mm} || {SSN:mm+}
@en-US so my mom set up the account, her email is {EMAIL} || and her cell {PHONE:noise} || she's [count] so pls be patient w her lol
@en-GB tried ringing from {PHONE:sd} but got cut off || ref [ticket]
@en-US its literally {CARD:sub} i checked [count] times
@en-US hello?? || ok so the acct is {ACCT:ctx} and routing {ROUT:sp}
@en-AU sorry fat fingers, email is {EMAIL} not the one i wrote before
@en-US can u send the [price] refund to paypal? its {EMAIL:em}
@en-IN my registered mobile {PHONE:sp} || OTP not coming since [date]
@en-US new card came, {CARD:sd} || same cvv? no its {CVV} now || exp {EXP:cx}
@en-GB reset my router, now mac shows {MAC} and the app is on [version]
@en-US pls dont call {PHONE:ctx}, thats my work line. use {PHONE:sd}
@en-US our dev pasted the creds in slack: AWS_ACCESS_KEY_ID={AKID:kv} || secret was {ASEC} || how do we revoke
@en-US itin {ITIN} || no ssn sorry || for the [year] tax form
"""
