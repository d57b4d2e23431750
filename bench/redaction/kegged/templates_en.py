"""English customer turns. Slots: {TYPE}, {TYPE:family}, {TYPE@group} (one value over messages), {#negative}."""

DEV = [
    (
        "hiya, need to update payment on my acct",
        "card is {CARD} exp {EXP:cx} and the cvc on the back {CVV}",
        "billing zip {#zip4} if that matters",
    ),
    "Name: J. Okafor\nEmail: {EMAIL}\nPhone: {PHONE}\nSSN: {SSN}\nDOB: {#date}\nDriver lic: {DL}\nPassport no: {PASSPORT}",
    (
        "my wire keeps bouncing, invoice {#invoice} for {#amount}",
        "IBAN {IBAN:br}",
        "and the swift/bic is {SWIFT}",
    ),
    ("ok so the card number is {CARD@a}", "{CARD@a}", "sorry phone died lol. thats all of it"),
    "can you reset the login for {USER} pls, I keep getting error {#error} on version {#version}",
    (
        "the installer logs say it tried sftp://{USER:url}:{PWD:url}@files.example.net and hung",
        "is that my password showing up in there?? its been {#duration}",
    ),
    "my .env got pasted to a public gist omg\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSEC:kv}\nREGION=eu-west-one",
    "for the tax forms: ITIN {ITIN}, NI number from when I lived in leeds {NINO}. Routing {ROUTING} acct {ACCT}",
    (
        "Mexican client here but my spanish is rusty. CURP {CURP}, RFC {RFC}",
        "clabe for the refund: {CLABE}",
    ),
    (
        "the brazilian branch needs my cpf {CPF} and the company cnpj {CNPJ}",
        "also french social security {NIR} from the paris job",
    ),
    "hr wants my german steuer id {IDNR}, portuguese contribuinte {NIF}, spanish dni {DNI} and my wife's nie {NIE}",
    (
        "router model {#model} keeps dropping, {#count} devices on it",
        "WAN ip is {IP} and the mac on the sticker says {MAC}",
    ),
    (
        "The reset link you sent opens https://id.example.com/verify?mail={EMAIL:pct}&t=abc",
        "but I never asked for it. my pin is still {PIN} right? ive not changed it",
    ),
    (
        "thanks for the help earlier",
        "so order {#order} shipped on {#date}, tracking {#tracking}, paid {#price}, qty {#quantity}. where is it",
    ),
    ("agent asked me to type the numbers at the bottom of a check", "{ROUTING:ctx}  {ACCT:ctx}"),
]

SEALED = [
    ("hello??", "is anyone there", "I want to cancel my subscription, contract {#contract}"),
    "im locked out. username is {USER} and I think the pass was {PWD} but it says wrong",
    ("Visa ending... actually heres the whole thing {CARD}", "expiry {EXP} security code {CVV}"),
    "charged twice {#price} on {#date} at store {#store}!!! card {CARD} pls refund",
    ("need to change my number on file", "old one {PHONE}", "new one is {PHONE}"),
    "you can text me at {PHONE} or email {EMAIL} whatever is faster, anytime after {#time}",
    ("my email is {EMAIL}", "wait no typo, its {EMAIL}"),
    "its {EMAIL:at} (had to write it like that the chat keeps eating it)",
    ("To confirm identity I was told to send SSN", "{SSN}"),
    "social is {SSN} and my daughters is {SSN}, both on policy {#policy}",
    (
        "Hi I'm filing as a non-resident and my ITIN {ITIN} keeps getting rejected",
        "the error says {#error}",
    ),
    "ni no {NINO}, started the job {#date}, payslip shows {#amount}",
    "National insurance: {NINO}\nTax year: {#year}\nEmployer ref: {#customer_ref}",
    (
        "can i pay by bank transfer",
        "ok sending from acct {ACCT} routing {ROUTING}, amount {#amount}",
    ),
    "Direct deposit form -> ABA {ROUTING} / Account # {ACCT} / type checking",
    ("refund should go to {IBAN}", "bic {SWIFT} i think, let me check", "yeah thats right"),
    ("iban below, copied from my banking app", "{IBAN:br}"),
    ("passport for the booking {#booking} is {PASSPORT}", "flight {#flight} seat {#seat}"),
    "my driving licence number {DL}, the car reg is {#plate}",
    "DL# {DL} exp {#date} (the licence not a card lol)",
    ("got the email that someone signed in from {IP}", "that wasnt me, im in {#postal}"),
    "server {IP} cant reach your api since {#time}, we're on sdk {#version}, mac {MAC}",
    (
        "new phone, the old one had wifi mac {MAC}",
        "please remove it from the trusted devices list, I have {#count} there",
    ),
    "dev here, accidentally committed this, can u rotate asap:\naws_access_key_id = {AKID}\naws_secret_access_key = {AKSEC}",
    ("my key {AKID}", "secret {AKSEC}", "was on the screenshot I sent in ticket {#ticket}"),
    "connection string was postgres://{USER:url}:{PWD:url}@db.example.org/billing is that bad",
    "DB_PASSWORD={PWD:kv}\nDB_USER={USER:kv}\nthose leaked in the logs for build {#version}",
    ("atm ate my card", "my pin is {PIN} if you need to verify", "card ends... full no is {CARD}"),
    "PIN {PIN:spell} lol i wrote it in words",
    ("call me on {PHONE:spell}", "after {#time} pls"),
    ("cc {CARD:noise}", "cvv {CVV:sub} exp {EXP:cx}"),
    ("the number is {CARD@b}", "{CARD@b}", "{CARD@b} and cvv {CVV}"),
    ("phone {PHONE@c}", "{PHONE@c}"),
    ("account no. {ACCT@d}", "{ACCT@d}", "checking not savings"),
    ("my mexican curp {CURP} and rfc for invoicing {RFC}", "CLABE {CLABE}"),
    "send the pesos to {CLABE} please, reference {#customer_ref}",
    ("I work for a brazilian company", "cnpj {CNPJ}, my cpf {CPF}"),
    "numero de securite sociale (french) {NIR}, need it on invoice {#invoice}",
    "Steuer-ID {IDNR} is what my german employer calls it. also portuguese NIF {NIF}",
    ("im spanish, DNI {DNI}", "sorry wrong one thats my old one, {DNI}"),
    "NIE {NIE} residence card, expiring {#date}",
    ("just to check", "how much is the {#size} plan", "and is it {#percent} off for students"),
    ("meter reading today {#meter}", "bill says {#price} which is way more than last month"),
    "room {#room} checkout at {#time} tomorrow, booking ref {#booking}, can I get late checkout",
    (
        "ok so I called yesterday",
        "the guy said to message here",
        "ticket {#ticket}, nothing happened since",
    ),
    ("heres everything", "{CARD:ctx}\n{EXP:ctx}\n{CVV:ctx}"),
    ("what do you need from me", "{SSN:ctx} is the one on my card, dob {#date}"),
    ("sent from my work laptop {MAC}", "its on the vpn so the ip will show as {IP}"),
    "hey can u update email from {EMAIL:at} to {EMAIL}",
    "link I got: https://pay.example.net/confirm?phone={PHONE:pct}&ref=abc pls confirm its legit",
]

DEV += [
    ("u asked for the acct again", "{ACCT@e}", "{ACCT@e}", "{ACCT@e} <- thats the last bit"),
    ("kk my cell is {PHONE@f}", "{PHONE@f} (area code first obviously)"),
    "yo whats up with my bill. account holder T. Nguyen, contact {EMAIL:at}, mobile {PHONE:noise}, last payment {#amount} on {#date}",
    "- card: {CARD:sub}\n- expires: {EXP}\n- cvv: {CVV:spell}\n- billing postcode: {#postal}",
    (
        "Re: travel insurance claim {#policy}",
        "my passport {PASSPORT:sp}, the licence {DL}, and my social just in case {SSN:spell}",
    ),
    "nvm found it. it's {IBAN:br} with BIC {SWIFT:sp}. transfer was {#amount}, ref {#invoice}",
]

SEALED += [
    (
        "honestly this is the third time im writing",
        "card {CARD@g}",
        "{CARD@g}",
        "{CARD@g} expires {EXP:cx}",
    ),
    ("routing num {ROUTING@h}", "{ROUTING@h} and acct {ACCT}"),
    ("gonna split it so the bots dont grab it lol", "{SSN@i}", "{SSN@i}"),
    ("whatsapp me instead: {PHONE@j}", "{PHONE@j}", "{PHONE@j} thx"),
    "Please find my details below.\nFull name: R. Kaur\nDate of birth: {#date}\nNational Insurance No.: {NINO:sp}\nTelephone: {PHONE:sp}\nE-mail address: {EMAIL}\nPolicy: {#policy}",
    "fwiw the kid's account uses {USER} and i set the password to {PWD} on the {#date} so that's probably why",
    (
        "im at the airport rn, gate changed, flight {#flight}",
        "booking {#booking}, passport number {PASSPORT:sub}",
    ),
    "ok heres the license {DL:sp} and the second driver is {DL}. both on contract {#contract}",
    ("the debit card is {CARD:spell}", "cvc {CVV}"),
    "plz dont call {PHONE:sub}, that's my work line. use {PHONE} or {EMAIL:at}",
    (
        "can u check why my card declined",
        "ends... ugh. full one {CARD:sp}, exp {EXP:spell}",
        "tried {#count} times at store {#store}",
    ),
    "ITIN {ITIN:noise} (its for my tax return for {#year})",
    (
        "quick q",
        "does the {#size} plan include roaming",
        "and is the price {#price} per month or per year",
    ),
    "sort code and acct for the refund: acct {ACCT:sp}, or IBAN {IBAN}",
    ("support told me to dm the swift", "{SWIFT}", "bank is in dublin if that helps"),
    ("my new number -> {PHONE:spell}", "old one {PHONE} is gone"),
    "wait wrong cvv, its {CVV} not {CVV}",
    ("yes that's me", "the pin i set at the branch was {PIN:sp}"),
    "Mexican coworker asked me to pass this on: CURP {CURP:sp}, RFC {RFC:sub}",
    "brazil contractor: CPF {CPF:spell}, company CNPJ {CNPJ:sp}",
    "french NIR {NIR:sub}, german tax id {IDNR:sp}, PT NIF {NIF:noise}",
    ("spain paperwork", "DNI {DNI:sub}", "NIE {NIE:sp}"),
    "clabe {CLABE:noise} pls double check before sending {#amount}",
]

DEV += [
    (
        "hi!! so my partner set up autopay with the wrong card",
        "should be {CARD:sp} not {CARD}",
        "the right one expires {EXP:sub}",
    ),
    "pasting from my notes app:\nbank: routing {ROUTING:noise}\nacct {ACCT:sub}\nswift if intl {SWIFT}",
    (
        "lol the form keeps saying invalid",
        "I put {SSN:sp} in the ssn box and {ITIN} in the other one. is it the dashes??",
    ),
    (
        "moved from madrid last yr so I still have a NIE",
        "{NIE:noise}",
        "and the brazilian cpf from the sao paulo office, {CPF:sub}",
    ),
    "the login codes go to {PHONE:sub} which i lost. can u switch to {EMAIL:at}? account name {USER}",
]

SEALED += [
    ("tbh i dont trust this chat", "but fine. passport {PASSPORT}", "exp {#date}, issued {#year}"),
    "lmk if u need anything else: {DNI:sp} (dni) {CURP} (curp) {IDNR:noise} (steuer)",
    ("my router admin is at http://{IP}/admin", "login {USER} / {PWD}", "firmware {#version}"),
]

SEALED += [
    "so my landlord (long story, he's a nightmare) needs proof of the deposit refund, can you send it to {EMAIL} and cc {EMAIL:at}? the amount was {#amount}",
    ("ugh autocorrect", "{CARD:sub}", "^ that's the card, the O's are zeros"),
    "cancel the old sim ending whatever, the number was {PHONE:noise}, new sim on order {#order}",
    (
        "I'm the account holder, my mum is the one messaging from this phone",
        "her social {SSN}, mine is {SSN:noise}, same address, zip {#zip4}",
    ),
    "uk customer here - NI {NINO:sub}, sort of urgent, my universal credit payment of {#price} bounced on {#date}",
    (
        "logging in from the office",
        "our egress is {IP} and the laptop mac is {MAC:sp} if you need to whitelist",
    ),
    "Card: {CARD}  Exp: {EXP}  CVV code: {CVV}  Name on card: same as account",
    (
        "do you guys take clabe transfers",
        "mine is {CLABE:sp}",
        "amount {#amount}, for invoice {#invoice}",
    ),
]

DEV += [
    (
        "gift for my sister, order {#order}, {#quantity} items",
        "pay with {CARD:noise} please, cvv {CVV:sub}",
        "and send the receipt to {EMAIL:at}",
    ),
    "hey i think my account got hacked, someone changed the email to {EMAIL} and the phone to {PHONE:sp}. the real ones are {EMAIL:at} and {PHONE}",
    (
        "follow-up on ticket {#ticket}",
        "the insurer needs my driving licence {DL:sub}, passport {PASSPORT}, and ssn {SSN:noise}",
    ),
    ("Portuguese nif for the invoice: {NIF:sp}", "company in brazil is {CNPJ:noise} if they ask"),
]

DEV += [
    "new card came in the mail today, {CARD:sp} valid thru {EXP:cx}, can u swap it on the {#size} plan",
    "read it off the back for you: {CVV:ctx}. and the front says {CARD:ctx}",
]

SEALED += [
    "ok debit card {CARD:noise} expiring {EXP:cx}, charge the {#price} on that one",
    "as requested, {ACCT:ctx} under my name, branch in {#postal}",
]

DEV += [
    "flight {#flight} on {#date} at {#time}, seat {#seat}, booking {#booking}, customer ref {#customer_ref} - can I add a bag? it was {#percent} off in the app",
    (
        "hotel wifi blocks me, room {#room}",
        "my ip shows {IP}, adapter {MAC}, checkout {#time}, store {#store} gave me the voucher in {#year}",
    ),
    "meter says {#meter} and the zip is {#zip4}, parcel {#tracking} still not here after {#duration}",
]

SEALED += [
    "package {#tracking} says delivered {#date} but I got {#quantity} of {#count}, sent to {#zip4}, been waiting {#duration}",
    (
        "the {#model} wont pair, error {#error}",
        "its on firmware {#version}, my email for the rma is {EMAIL}, billing zip {#zip4}",
    ),
    (
        "hi my login is {USER}",
        "I moved to {#zip4} and now the app shows error {#error} on my {#model}",
    ),
]

DEV += [
    (
        "quick one before my shift",
        "pharmacy app wants id. using the passport {PASSPORT:sp}",
        "if that fails try my state license {DL}",
    ),
    "govt portal rejected me twice. entered itin {ITIN:sp}, then someone told me to use the ssn {SSN:sub} instead??? which is it",
    (
        "ur bot asked me for the routing",
        "{ROUTING:ctx}",
        "and before u ask, checking acct ends in ... here the whole thing {ACCT:noise}",
    ),
    "Help!! sister in law in lisbon needs the NIF for the rental: {NIF}, and her brazilian husband's CPF {CPF:sp}. deposit {#amount}",
]

SEALED += [
    (
        "ok so funny story",
        "my cat walked on the keyboard while I was typing my password into your site",
        "and now it's {PWD} apparently?? can u reset, username {USER:plain}",
    ),
    "Im writing for my grandpa, he doesnt do computers. his medicare stuff: SSN {SSN:spell}, phone {PHONE}, he's at the home in {#zip4}",
    ("i'll do it in two, the app crops long msgs", "{IBAN@k}", "{IBAN@k}"),
    "honestly idc about the {#price} fee, I just want the card {CARD:sp} unblocked before my trip on {#date}",
    ("the lady at the branch wrote my new pin on a sticky note", "{PIN}", "is that normal lmao"),
    "tax guy needs: ITIN {ITIN}, my old UK NI {NINO:noise}, and the german steuer-id {IDNR:spell} from when i was in munich",
    ("yes correct address", "and my phone is {PHONE:noise} not the {PHONE:sp} you have"),
    "pls send the statement to {EMAIL:at} - NOT the work one {EMAIL}, that goes to my boss lol",
    ("sorry", "typo in the card: {CARD:sp}", "exp should be {EXP:cx} too"),
    "devops pls: our staging box {IP} leaked creds in the error page -> SECRET_TOKEN={PWD:kv} and AWS_KEY_ID={AKID:kv}",
]

DEV += [
    "credt crd {CARD:sp} expirey {EXP} secuirty code {CVV} - pls dont judge my typing im on the bus",
    (
        "acount locked again",
        "usrname {USER}, pasword i tried was {PWD} and then {PWD}",
        "nothing works",
    ),
]

SEALED += [
    "debit card ends in... never mind here: {CARD:noise}, exp. {EXP}, and the pin if the machine asks {PIN:sub}",
    ("socail security # is {SSN:sp}", "sorry socIAL lol"),
    "my lisence # {DL:sub}, pasport {PASSPORT}, both renewed in {#year}",
    ("reply to the agent who asked: it's the second one", "{EMAIL:ctx}"),
    "acct# {ACCT} / rtg# {ROUTING:sp} - for the {#amount} direct deposit starting {#date}",
    ("text me the code at {PHONE:sp}", "nvm wrong num, its {PHONE:noise}"),
]

DEV += [
    (
        "iban for the landlord refund, it's long so bear with me",
        "{IBAN@m}",
        "{IBAN@m}",
        "{IBAN@m} done",
    )
]
