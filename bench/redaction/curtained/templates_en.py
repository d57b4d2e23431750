"""English customer messages (US, UK, Ireland, Canada, Australia, India, New Zealand).

SEALED MATERIAL: these templates are the sealed split. Do not read them while tuning a detector.
"""

# ruff: noqa: E501 (one conversation per line, whatever its length)
from .tpl import expand

US = r"""
hi, my card got declined at checkout for order {k:order_number}. card is {CARD} exp {EXP}
ok its {CVV}
card number {CARD.sp} and the code on the back is {CVV}
can u charge it to my visa? {CARD.nz}
sorry typo its {CARD.sub} not the one i sent before
ok here goes: {CARD.mm1} || {CARD.mm2}
hold on || {SSN.mm1} || {SSN.mm2} || {SSN.mm3}
{CARD.mm1} || wait || {CARD.mm2} || thats the whole thing
the number is {CARD.sw}
expiration {EXP.ce} security code {CVV}
exp {EXP.ce}
yeah the exp date is {EXP} and i was charged {k:price} twice on {k:date}
it says the pin is wrong but i know its {PIN}
my debit pin?? {PIN.sw}
my SSN is {SSN} if you need to verify
social is {SSN.sp}
last time i gave you guys my social {SSN.sub} and nobody called back, ticket {k:ticket_number}
ssn: {SSN.mm1} || {SSN.mm2}
its {SSN.sw}
i dont have a social, i file with my ITIN {ITIN}
ITIN {ITIN.sp} (the one from the IRS letter dated {k:date})
routing {ROUT} account {ACCT}
direct deposit form says routing number {ROUT.cx}, acct {ACCT.cx}
checking acct is {ACCT.mm1} || {ACCT.mm2}
ok the account number from my checks: {ACCT.nz}
my email is {EMAIL}, order {k:order_number}
send the receipt to {EMAIL.es} pls
you can reach me at {PHONE} after {k:time}
call me back on {PHONE.sp}
cell {PHONE.nz} (work phone doesnt take texts)
new number is {PHONE.mm1} || {PHONE.mm2}
{PHONE.sw} thats my cell
drivers license {DL} state of CA, expires {k:year}
DL# {DL} but i just moved so my zip is {k:postal_code} now
passport number {PASS}, flight {k:flight_number} on {k:date}
my passport is {PASS} , booking ref {k:booking_reference}
the portal link you sent is broken: https://portal.example.com/verify?email={EMAIL.pct}&step={k:count}
my router ip is {IP} and it keeps dropping since firmware {k:version}
mac address of the device is {MAC}, model {k:product_model}
heres the config they told me to paste\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASEC.kv}
i accidentally pushed aws_secret_access_key = {ASEC.kv} to the repo, can you rotate it
access key {AKID} is that mine or the old one??
password is {PWD} i think
my login pw {PWD.cx} doesnt work since the update to {k:version}
the sync url is ftp://jmiller:{PWD.uc}@files.example.com/backup is that right
still waiting on my refund of {k:price} from {k:date}, order {k:order_number}
tracking says {k:tracking_number} was delivered but nothing here
hey there, how long does a replacement card take?
i ordered {k:quantity} of the {k:product_model} but only got one
the app shows error {k:error_code} when i try to pay
ok thanks, have a good one
"""

GB = r"""
hiya, ni number is {NINO} for the form
my national insurance no. {NINO.sp}
NI: {NINO.mm1} || {NINO.mm2}
sort code {ROUT} acc no {ACCT}
sort code is {ROUT.cx} and the account number's {ACCT.cx}
could you pay it into {IBAN} please, reference {k:invoice_number}
IBAN {IBAN.ib}
bank's swift is {BIC}, iban to follow
my mobile's {PHONE}, ring after {k:time}
mobile: {PHONE.sw}
driving licence number {DL}, the photocard expires {k:year}
passport {PASS} expires {k:date}
card ending... actually here is the full long number {CARD} expiry {EXP}
the three digits on the back? {CVV}
cheers, email is {EMAIL}
postcode is {k:postal_code}, flat above the shop
the parcel {k:tracking_number} still says in transit since {k:date}
"""

IE = r"""
my IBAN is {IBAN}, bank of ireland
iban: {IBAN.ib} and bic {BIC}
mobile {PHONE.sp}, cheers
the bic is {BIC}
irish passport {PASS}, flying out {k:date}
eircode {k:postal_code}, the house with the red door
ring me on {PHONE.mm1} || {PHONE.mm2} thanks a mil
"""

CA = r"""
transit and institution {ROUT}, account {ACCT}
my ontario licence is {DL}
passport {PASS}, canadian, expiring {k:year}
cell {PHONE}
postal code {k:postal_code} for the delivery
sorry wrong one lol. its {CARD.sp} not what i typed
"""

AU = r"""
bsb {ROUT} acc {ACCT}
BSB is {ROUT.cx}
mate my licence no. is {DL}
passport {PASS}, heading to bali on {k:date}
mob {PHONE}
mob is {PHONE.sub}
my card {CARD} got charged {k:price} twice
"""

IN = r"""
kindly update my account no {ACCT} ifsc {ROUT}
IFSC code {ROUT.cx}, account number {ACCT.nz}
my passport no is {PASS} kindly check
dl number {DL}
pls call on {PHONE} sir
mobile no {PHONE.sp} kindly revert
card no {CARD.nz} payment failed for order {k:order_number}
otp not coming, my registered email id {EMAIL}
email id is {EMAIL.es}
"""

NZ = r"""
passport number is {PASS}, flight {k:flight_number}
my number's {PHONE} cheers
"""

EXTRA = r"""
[en-NZ] kia ora, acct number {ACCT} for the refund thanks
[en-NZ] bank acc {ACCT.mm1} || {ACCT.mm2} sorry fat fingers
[en-NZ] passport {PASS} expires {k:date}, does that matter for the booking {k:booking_reference}
[en-NZ] ph {PHONE.sw}
[en-IE] card {CARD} exp {EXP} - the cvv is {CVV}
[en-IE] me licence number is {DL}
[en-CA] hey, chequing acct {ACCT} transit {ROUT}
[en-CA] cell is {PHONE.sw}, call anytime before {k:time}
[en-AU] yeah nah the number's {PHONE.nz}
[en-AU] card {CARD.sub} exp {EXP.ce}
[en-IN] Sir, my PAN is not required, account no. {ACCT.cx} kindly process refund of {k:price}
[en-IN] plz send otp on {PHONE.mm1} || {PHONE.mm2}
[en-GB] my mobile number is {PHONE.nz}, ta
[en-GB] licence no {DL} and NI {NINO}
my order {k:order_number} says delivered {k:date} at {k:time} but i was home all day
the {k:product_model} keeps showing {k:error_code} after the {k:version} update
can i get the {k:percentage} off on the {k:price} plan or not
[en-GB] parcel {k:tracking_number}, postcode {k:postal_code}, any update?
[en-AU] booked {k:booking_reference} for {k:count} people, can i add one more
which store is closest to {k:postal_code}? || the one on main st
i was billed {k:price} instead of {k:plan_amount}
no that's all, thank you so much for your patience!!
why do u need my SSN?? fine. {SSN}
[en-GB] NI no. is {NINO} and I've paid my stamp since {k:year}
u already have my email its {EMAIL} smh
CARD NUMBER {CARD} PLEASE HURRY IM AT THE REGISTER
[en-AU] g'day, direct debit from bsb {ROUT} acct {ACCT}, cheers
[en-IN] Respected sir, my passport no. {PASS} and mobile {PHONE}, kindly do needful
[en-CA] the licence on file ({DL}) is expired, new one is {DL#2}
[en-NZ] mobile {PHONE.sp}, text me instead of calling pls
👍 {PHONE}
is {EMAIL} the right address or should i use {EMAIL#2}?
first {k:count} digits of the card are... wait ill just give the whole thing {CARD.sp}
zip {k:postal_code} cvv {CVV} exp {EXP}
[en-GB] right, the card's {CARD}, expiry {EXP}, CVV {CVV}. ta
yeah so my bank is chase, routing {ROUT}
hi i called earlier ref {k:ticket_number} || they said to message my SSN here {SSN.sp}
security question answer is my pin lol {PIN}
[en-IE] sure look, it's {IBAN.ib}
the wifi password is {PWD} and the router ip {IP}
[en-AU] my licence number's {DL} and expiry's {k:date}
order {k:order_number} / card {CARD} / billed {k:price} on {k:date}
zip {k:postal_code} ssn {SSN} dob not needed i hope
invoice {k:invoice_number}, paid with {CARD.sp} exp {EXP} at {k:time}
tracking {k:tracking_number} phone on the label should be {PHONE} not the old one
flight {k:flight_number} {k:date}, passport {PASS}, seat doesnt matter
policy {k:policy_number} renewal {k:price}, pay from acct {ACCT} routing {ROUT}
error {k:error_code} on version {k:version} when i enter card {CARD} cvv {CVV}
[en-GB] ref {k:invoice_number}, sort code {ROUT} account {ACCT}, amount {k:price}
[en-IN] order {k:order_number} amount {k:price} upi failed, card {CARD.sp}
store {k:store_number} charged me {k:price} twice, card ends... full num is {CARD}
{CARD.mm1} || {CARD.mm2} || oops hit enter too soon || {CARD.mm3}
[en-GB] sort code {ROUT} || account {ACCT.mm1} || {ACCT.mm2}
[en-AU] my number is {PHONE.mm1} || {PHONE.mm2} || {PHONE.mm3}
routing {ROUT.mm1} || {ROUT.mm2}
[en-IE] iban {IBAN.mm1} || {IBAN.mm2} || {IBAN.mm3} || {IBAN.mm4}
{CARD} <- thats the one to use going forward
{EMAIL}
{PHONE} is the best number
yep {ACCT.cx}
sure, {SSN}
[en-GB] {NINO} is my NI
ok so it's {CVV} on the back
its on the back of the card... {CVV} i think
[en-IN] sir my account number is {ACCT.sp} and ifsc {ROUT}
[en-CA] my SIN isn't needed right? just the card {CARD.sp}
[en-AU] email {EMAIL.es}
can you change the email on file from {EMAIL} to {EMAIL#2}
[en-IE] swift/bic {BIC}, iban {IBAN}
i typed my card wrong on the site, it should be {CARD.sub}
thx. pin {PIN} btw, in case you need it for the reset
[en-GB] right so the long number is {CARD.mm1} || {CARD.mm2} || and expiry {EXP}
[en-AU] acct {ACCT.mm1} || {ACCT.mm2} bsb {ROUT}
[en-CA] ph {PHONE.mm1} || {PHONE.mm2}
yes thats me, DOB doesnt matter right? SSN {SSN}
correction: social is actually {SSN} i swapped two digits before
i was told to give my full card number here?? ok {CARD.sp}
[en-IE] pps no is on my payslip, but iban is {IBAN}
[en-NZ] card {CARD} expiry {EXP.ce}
[en-IN] pan card not needed na? account {ACCT} ifsc {ROUT.cx}
[en-GB] ni no {NINO}
i think my email was hacked, its {EMAIL} and my new pass is {PWD}
[en-AU] licence {DL} and mob {PHONE.sp}
my ITIN is {ITIN.sw}
the code they texted was for the pin, i set it to {PIN}
hi || i need to update my bank details for autopay || new iban is {IBAN.ib}
[en-GB] iban {IBAN.ib} sorry for the spacing, copied from the app
good morning, is the store {k:store_number} open on sundays?
how much is the {k:product_model} with the {k:data_size} plan
ive been on hold for {k:count} hours, this is ridiculous || ok fine || card is {CARD}
hello? || anyone there || i was charged {k:price} on {k:date} for something i never ordered
thanks, ticket {k:ticket_number} can be closed
lol no worries || the aws key is {AKID} and the secret {ASEC}
export AWS_SECRET_ACCESS_KEY={ASEC.kv} was in the screenshot i sent, should i worry
smb://mike:{PWD.uc}@nas.example.net/share
[en-AU] cheers for that, parcel {k:tracking_number} arrived today
[en-CA] my new address has postal code {k:postal_code}, everything else is the same
[en-IN] kindly note my booking {k:booking_reference} for {k:date}
this is my second time writing in. order {k:order_number} || the card you charged was {CARD.sp}, please refund {k:price}
omg i sent the wrong card!! ignore that, the right one is {CARD} exp {EXP.ce}
Card: {CARD}\nExp: {EXP}\nCVV: {CVV}
exp is {EXP} cvc {CVV} zip {k:postal_code}
cvv {CVV.sw}
uhh pin is {PIN} i think? or maybe {PIN#2}
itin {ITIN.mm1} || {ITIN.mm2}
wait is the routing {ROUT} or is that the wire one
the callback url has my info in it lol https://billing.example.com/update?phone={PHONE.pct}&plan={k:plan_amount}
https://app.example.com/reset?u={EMAIL.pct}&t={k:booking_reference} says expired
my public ip shows as {IP} on whatismyip
ip {IP} port forwarding isnt working
mac {MAC} is my xbox, please whitelist it
the printer's MAC is {MAC}, firmware {k:version}
webdav://admin:{PWD.uc}@nas.example.net stopped working after the outage
creds in the env file: DB_PASSWORD={PWD.kv} is that the problem?
temp password you gave me {PWD} has expired
its {EMAIL.es} no caps
{EMAIL} || thats my email. || order is {k:order_number}
i have {k:count} lines on my plan and the bill jumped to {k:price}
my data usage says {k:data_size} but i barely used it
room {k:room_number}, checking out {k:date}, card on file was {CARD.sp}
policy {k:policy_number}, claim for the {k:product_model} i dropped
meter reading today is {k:meter_reading}
contract {k:contract_number} ends in {k:year}, how do i cancel
ok lemme grab my card || {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
{ACCT.mm1} || {ACCT.mm2} || {ACCT.mm3} || sorry phone is glitchy, thats the acct #
my wifes number {PHONE} and mine {PHONE#2}
phone {PHONE.sub}
ssn {SSN.nz}
the pin for the card {PIN.sw}
i got a discount of {k:percentage} but its not showing
"""

TEMPLATES = expand(
    [
        ("en-US", US),
        ("en-GB", GB),
        ("en-IE", IE),
        ("en-CA", CA),
        ("en-AU", AU),
        ("en-IN", IN),
        ("en-NZ", NZ),
        ("en-US", EXTRA),
    ]
)
