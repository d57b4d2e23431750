"""English customer messages, written by hand. Placeholders: {TYPE}, {TYPE:family}, {TYPE~group},
{A|B|C} (one of several types, rotated), {#kind} for a must_keep value. "@loc,loc" as first item
restricts the locale draw."""

DEV = [
    [
        "hi there, my card got declined at the checkout for order {#order}, the card is {CARD} exp {EXP}",
        "cvv is {CVV} if u need it",
    ],
    [
        "hello",
        "i need to update my phone on the account, new one is {PHONE}",
        "and the old one was {PHONE}. thx",
    ],
    [
        "@en-US",
        "Filing my taxes and the portal says my SSN {SSN} doesn't match?? i also have an ITIN from before: {ITIN}",
        "ticket {#ticket} btw, reach me on {PHONE}",
    ],
    [
        "@en-GB",
        "my NI number is {NINO} and the letter says ref {#ref}, why is my tax code wrong",
        "been on hold since {#time} honestly",
    ],
    [
        "can u send the refund to my IBAN instead? {IBAN} bic {SWIFT}",
        "it was {#price} for {#qty} items, sent from {EMAIL}",
    ],
    ["so my card number is {CARD~g1}", "{CARD~g1}", "sorry hit enter too early lol"],
    [
        "I'm living in spain now, my id number there is {DNI|NIE|NIF|NIR} for the contract {#contract}",
        "my email is {EMAIL}",
    ],
    [
        "cant log in!!! username {USER} password {PWD}",
        "error {#err} every single time on version {#ver}, tried the pin {PIN} too",
    ],
    [
        "the router admin link the tech gave me is {PWD:url_credentials} and it stopped working after {#date}"
    ],
    [
        "our dev pasted this in the ticket by mistake:\nAWS_REGION=eu-west-a\n{AKID:key_value_secret}\n{SECRET:key_value_secret}\nplease rotate",
        "ok thanks",
    ],
    [
        "the verification link looks like {EMAIL:percent_encoded} is that legit??",
        "it came at {#time} to {EMAIL}",
    ],
    [
        "pin for the new card is {PIN} right? the one from the letter",
        "the three digits on the back are {CVV:context_only}",
    ],
    [
        "my mexican ids if needed: curp {CURP} rfc {RFC} and clabe {CLABE}",
        "the brazilian company is cnpj {CNPJ}, my cpf {CPF}",
    ],
    ["device mac {MAC} ip {IP}, model {#model}, still no internet since {#date}"],
    [
        "bank details for the direct debit: account {ACCT} routing {ROUT}",
        "for {#pct} off right? swift is {SWIFT}",
    ],
    [
        "passport {PASS} and driving licence {DL}",
        "booking ref {#booking} flight {#flight}, reach me on {PHONE}",
    ],
    [
        "my german steuer id is {STID} for the payroll thing, is that ok to send here",
        "thank u so much",
    ],
    [
        "the username i picked is {USER:context_only} and the secret word i set was {PWD:context_only}",
        "great",
    ],
    [
        "{EMAIL} <- thats the email on the account, not the gmail one",
        "and the electric bill is for meter {#meter}",
    ],
    ["(card {CARD}) why was this charged {#price} twice, ticket {#ticket}"],
    ['"{PHONE}" is what i typed in the form and it keeps saying invalid number??'],
]

SEALED = [
    [
        "Hey, I was charged twice for my subscription ({#price}). Card ends in... actually here's the full thing {CARD}",
        "expiry {EXP} security code {CVV}",
    ],
    [
        "my debit card {CARD} got swallowed by atm #{#store} on {#date}",
        "what do i do now, the pin was {PIN}",
    ],
    [
        "yo",
        "need to change delivery address, zip is {#zip}, call me at {PHONE}",
        "tracking {#track} and my email {EMAIL}",
    ],
    [
        "@en-US",
        "hi, the IRS letter mentions my social {SSN} and my wife's ITIN {ITIN}, we owe {#price}??",
    ],
    [
        "@en-US",
        "for identity verification: ssn {SSN}, DOB on file, zip {#zip}",
        "ok done, what's next",
    ],
    [
        "@en-GB",
        "Hiya, payroll says my national insurance is wrong, it's {NINO} not what's on my payslip",
        "payslip number {#ref}, employee login {USER}",
    ],
    ["@en-GB", "please update my bank: sort code {ROUT} account {ACCT}", "cheers"],
    ["can you confirm the transfer to {IBAN} went through? amount {#price} on {#date}"],
    ["IBAN: {IBAN}\nBIC: {SWIFT}\nname on the account is my husband's"],
    ["its {PHONE~g1}", "{PHONE~g1}", "thats my new mobile, please update it"],
    ["acct no {ACCT~g1}", "{ACCT~g1}", "{ACCT~g1}", "sorry my keyboard is acting up"],
    ["the clabe for my refund {CLABE~g2}", "{CLABE~g2}"],
    [
        "my email {EMAIL} never receives the OTP",
        "checked spam too, order {#order}, backup email {EMAIL}",
    ],
    ["please write to me at {EMAIL} and not the old one {EMAIL}", "ty"],
    [
        "Hello, I moved to France for work, my social security number there (NIR) is {NIR}",
        "the CPAM says its missing from my file",
    ],
    [
        "for the portuguese tax office they want my NIF {NIF} and an IBAN {IBAN}",
        "is {#date} the deadline? my phone is {PHONE}",
    ],
    [
        "I have an NIE {NIE} from when i lived in barcelona, can I use it instead of the passport {PASS}?"
    ],
    [
        "phone: {PHONE} | email: {EMAIL} | acct {ACCT}",
        "thats everything i think. oh and sort code {ROUT}",
    ],
    ["pin is {PIN} but it says incorrect pin after {#count} tries, now card {CARD} is blocked"],
    ["the code they sent is not my pin, my pin is {PIN:context_only} i think?? or maybe {PIN}"],
    ["wifi password on the box is {PWD} and the router is {#model}, firmware {#ver}"],
    [
        "it shows this when I open the config {PWD:key_value_secret} is that supposed to be visible??"
    ],
    ["our camera feed url {PWD:url_credentials} stopped working after the update to {#ver}"],
    ["got an email to reset password, link is {EMAIL:percent_encoded} but it expired after {#dur}"],
    ["whatsapp link they sent: {PHONE:percent_encoded}", "is this really your support"],
    [
        "I accidentally committed keys to a public repo: {AKID} and {SECRET}",
        "can you disable them asap",
    ],
    [
        "config from the old server, please check:\n{AKID:key_value_secret}\n{SECRET:key_value_secret}\nREGION=us-east"
    ],
    [
        "my login is {USER}, lost access after the {#size} upload",
        "last worked {#date}, from ip {IP}",
    ],
    ["my handle on the app is {USER:context_only} and i go by that everywhere", "lol"],
    [
        "tech support asked for my ip, its {IP} and the mac of the tv is {MAC}",
        "error {#err} on the box with mac {MAC}",
    ],
    ["passport no. {PASS}, expires {#year}, for booking {#booking} seat {#seat}"],
    [
        "here's my drivers license number for the rental: {DL}",
        "pickup at {#time} on {#date}, mobile {PHONE}",
    ],
    ["dl # {DL:context_only} and the car was plate {#plate}"],
    ["Registration for my Mexican supplier: RFC {RFC}, CURP of the owner {CURP}"],
    ["the brazilian store asks for CPF {CPF} to ship, and for the company one CNPJ {CNPJ}"],
    ["steuer-id for the german payroll: {STID}", "and my IBAN {IBAN}"],
    ["@en-US", "routing # {ROUT} and checking {ACCT} for the direct deposit pls"],
    [
        "the card expires {EXP:compact_expiry}, cvc on the back is {CVV}",
        "order {#order} total {#price}, receipt to {EMAIL}",
    ],
    ["my spanish dni is {DNI}", "and invoice {#inv}, my NIE {NIE}"],
    [
        "room {#room}, checked in {#date}, card on file {CARD}",
        "they charged {#price} extra, call me {PHONE}",
    ],
    ["hello??", "anyone there", "ok ill wait"],
    ["policy {#policy}, claim for my phone {#model}, my contact {PHONE}"],
    ["meter reading today {#meter}, account number {ACCT:context_only}", "thanks a lot"],
    ["how much is the {#size} plan? and can i pay with card {CARD} exp {EXP:compact_expiry}"],
    ["my number is {PHONE~g3}", "{PHONE~g3}", "sorry", "{PHONE~g3}"],
    ["card {CARD~g4}", "{CARD~g4}", "exp {EXP}"],
    [
        "hi its about my car insurance, policy {#policy}. my licence no. is {DL} and reg {#plate}",
        "renewal was {#date}",
    ],
    ["{IBAN}\nthats where the council should send the refund for the parking fine"],
    [
        "got a text saying my parcel {#track} is held, they asked for my card {CARD} and cvv {CVV}. scam??"
    ],
    ["gas account [{ACCT}] reading {#meter} taken {#date} at {#time}"],
    ["water bill went up {#pct}?? my acct number is {ACCT} and my mobile {PHONE}"],
    ["'{USER}' is my username and i forgot the password, the recovery mail is {EMAIL}"],
    ["visa application portal wants passport ({PASS}) and i entered it wrong as {PASS}", "fml"],
    ["refund to my iban pls {IBAN~g7}", "{IBAN~g7}", "{IBAN~g7} <- rest of it"],
]
