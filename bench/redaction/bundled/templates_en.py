"""English customer turns (en-US, en-GB). Placeholders are described in render.py."""

LOCALES = ("en-US", "en-GB")

DEV = [
    (
        "hiya, my card got declined at the till twice today??",
        "its {CARD} exp {EXP:compact} and the cvc is {CVV}. bought {!quantity} items for {!price} nothing crazy",
    ),
    (
        "hey so i tried to log in from a new laptop",
        "username {USER} and i reset the pw to {PWD} last nite but it still says error {!error_code}",
    ),
    ("Refund for order {!order} should go to {IBAN:iban}, bic {SWIFT}",),
    ("my number changed, new one is {PHONE:spell}. the old one you can delete",),
    (
        "ok so the number on my card starts {CARD:m1}",
        "{CARD:m2}",
        "sorry wifi dropped. thats it, exp {EXP}",
    ),
    ("Name: J. Carter\nSSN: {SSN:sd}\nDOB: {!date}\nZIP: {!zip4}\nITIN (spouse): {ITIN}",),
    (
        "the router {!model} on firmware {!version} keeps dropping. wan ip shows {IP} and the mac on the sticker is {MAC}",
    ),
    ("can u send the statement to {EMAIL:espell} instead, thanks",),
    (
        "our build leaked this in the ticket {!ticket} pls scrub:\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}",
    ),
    ("hi, NI no {NINO} and passport {PASSPORT} for the visa check. booking ref {!booking}",),
    ("Please wire to routing {ROUTING:sub} acct {ACCT}. amount {!amount}",),
    ("ok my mobile, first bit {PHONE:m1}", "{PHONE:m2}", "got cut off, rest is {PHONE:m3}"),
    ("you asked what's on the back... {CVV:ctx}", "and the atm one is {PIN:sub}, dont judge"),
    (
        "the link in the email was weird: https://secure.example.com/verify?contact={EMAIL:pct}&ref=abc",
        "also my friend set up {URL} for our shared files, is that safe?",
    ),
    (
        "hola, im texting for my mum, she only speaks spanish. her dni is {DNI} and nie of my dad {NIE:sd}",
        "and my cousin in cdmx needs his curp {CURP} rfc {RFC} clabe {CLABE:noise} checked lol",
    ),
    (
        "we have staff in brazil, cpf {CPF} and company cnpj {CNPJ}. also a french guy, nir {NIR:sd}",
        "plus german steuer id {IDNR} and portuguese nif {NIF}. driving licence of the driver {DL}",
    ),
    (
        "the guy at store {!store} said my {!data_size} plan is {!percent} off till {!year}?? put it on card {CARD:sd}",
    ),
    ("Flight {!flight}, seat {!seat}, tracking for the lost bag {!tracking}. Reach me on {PHONE}",),
    (
        "meter says {!meter}, room {!room} in the annex, policy {!policy}, ref {!customer_ref}. {!count} complaints now",
    ),
    (
        "clicked the whatsapp button on your site and it opened https://wa.example.com/send?phone={PHONE:pct}&text=hi which is MY number not yours lol",
    ),
    (
        "gym membership keeps charging me {!price} a month even tho i cancelled in {!year}",
        "card on file is {CARD:noise}",
    ),
    (
        "renewing my car insurance, policy {!policy}. licence {DL:sd}, reg {!plate}, {!count} named drivers",
    ),
    (
        "Helpdesk: our SSO is broken. user {USER}, tried from {IP}? no wait that's the gateway, mine is {IP}",
    ),
    ("the tax office letter says to quote my ITIN {ITIN:spell} and the reference {!customer_ref}",),
    ("swapping banks. old sort code {ROUTING:sd}, new IBAN {IBAN:iban}",),
    ("got locked out after {!count} tries", "what do you need", "fine. {PWD:ctx}"),
    (
        "hotel said room {!room} for {!duration} nights but charged {!amount}. email on the booking {EMAIL:espell}",
    ),
    ("uk passport {PASSPORT:sd}, ni {NINO:noise}, moving to spain on {!date}",),
    ("new account for the kids allowance", "acct {ACCT:m1}", "{ACCT:m2}"),
]

SEALED = [
    (
        "yo",
        "need to cancel a card asap, lost my wallet at the game",
        "the card is {CARD:sd} i think. no wait thats my old one, new one is {CARD}",
    ),
    (
        "Hello, I was charged {!price} twice for invoice {!invoice}. Card used: {CARD:noise}, expires {EXP}",
    ),
    (
        "gonna paste the form since the site crashed:\nFull name: Dana Whitfield\nEmail: {EMAIL}\nPhone: {PHONE:sd}\nPostcode: {!postal_code}\nDate of birth: {!date}",
    ),
    ("my phone is {PHONE:m1}", "{PHONE:m2}", "call after {!time} pls, or email {EMAIL:espell}"),
    ("acct {ACCT:m1}", "{ACCT:m2}", "{ACCT:m3}", "sorry fat fingers, thats the checking one"),
    ("so the amex I have is {CARD:m1}", "{CARD:m2}", "security number {CVV} on the front"),
    ("Account number ends... ugh you need all of it right? {ACCT:sd}",),
    (
        "I've been a customer since {!year} and I've never been treated like this. My contract {!contract} says {!percent} discount",
    ),
    (
        "Tracking {!tracking} says delivered but nothing here. Flat {!room}, the doorman saw nothing",
    ),
    (
        "The meter read {!meter} this morning, your bill estimates way more. Account holder email {EMAIL:espell}",
    ),
    (
        "pin is {PIN} (i know i shouldnt send it here lol) and the card ends in... actually its {CARD:sub}",
    ),
    ("routing {ROUTING}\naccount {ACCT:noise}\nfor the direct deposit, starting {!date}",),
    ("Whats your swift, mine is {SWIFT:sd} and the iban is\n{IBAN:iban}",),
    ("pls update my IBAN to {IBAN} effective next cycle. thx",),
    ("is this legit?? got a text saying my social {SSN:spell} was suspended and to call back",),
    ("my tax id number is an ITIN not an SSN: {ITIN:sd}. the form keeps rejecting it",),
    ("My national insurance is {NINO:sd}, sorry it's {NINO} I mixed up a letter",),
    (
        "flight {!flight} on {!date}, seat {!seat}. passport number is {PASSPORT:sd}, expires {!year}",
    ),
    ("for the car rental they want the driving licence {DL:sd}, plate of my own car is {!plate}",),
    (
        "the device that keeps getting kicked off has {MAC:sd}. other one is {MAC}. plan is the {!data_size} one",
    ),
    ("Our server at {IP} can't reach your API since {!time}, error {!error_code}. any outage?",),
    (
        "dev here, found these in a public repo tied to our account:\n{AKID}\n{SECRET}\nplease rotate",
    ),
    ("config we used:\nDB_USER={USER:kv}\nDB_PASS={PWD:kv}\nREGION=eu-west\nthat right?",),
    ("login: {USER} / {PWD}. just get me back in, I have a deadline in {!duration}",),
    ("backup job points at {URL} and fails every night at {!time}",),
    (
        "just got back from spain. there they asked my dni {DNI:sub} and my nie {NIE}. whats that for?",
    ),
    ("for the mexico payroll: CURP {CURP:sd} / RFC {RFC:sd}, pay into clabe {CLABE}",),
    ("brazilian client, cpf {CPF:sub}, cnpj of the shop {CNPJ:sd}, order {!order}",),
    (
        "French numero de securite sociale: {NIR}, German TIN {IDNR:noise}, Portuguese contribuinte {NIF:sd}",
    ),
    (
        "hi",
        "is the store {!store} open sunday?",
        "ok thx",
    ),
    ("the price went up {!percent} since {!year}?? im paying {!price} for {!data_size}",),
    (
        "hey its me again. same issue as ticket {!ticket}",
        "you asked for a callback number",
        "{PHONE:ctx}",
    ),
    (
        "unsubscribe link sent me to https://mail.example.net/unsub?u={EMAIL:pct}&list=promo which shows an error {!error_code}",
    ),
    ("exp date is {EXP:sd}. sorry meant {EXP}", "cvv {CVV:spell}"),
    ("Routing number (ABA): {ROUTING:noise}\nAccount: {ACCT}\nType: checking",),
    (
        "Sending my details for the claim on policy {!policy}: SSN {SSN}, phone {PHONE}, email {EMAIL}, mailing zip {!zip4}",
    ),
    ("my iban starts {IBAN:m1}", "then {IBAN:m2}", "{IBAN:m3}"),
    ("cant remember if my pin was {PIN:spell} or the other one",),
    (
        "got a new card in the post, {CARD:spell}, valid thru {EXP:compact}. do i need to activate it?",
    ),
    ("I'm on the {!count} person family plan and we used {!data_size} this month. how?",),
    ("thank you so much, you've been a star. have a good one!",),
    (
        "hey quick q, account email is {EMAIL}",
        "your app asked me to verify my identity and then froze on step {!count}",
        "tried again, same thing. do you need my driver's license? it's {DL}",
        "hello?? my number if easier: {PHONE:sd}",
    ),
    (
        "For the direct debit:\n- sort code {ROUTING:sd}\n- account {ACCT}\n- name on account: R. Patel\n- start {!date}",
    ),
    (
        "sorry wrong chat lol",
        "ok so i did want you guys. the payment of {!amount} bounced, card {CARD:sd}",
        "cvv {CVV:ctx} if you need it",
    ),
    ("u need the last bit again? {ACCT:ctx}",),
    ("I've got two numbers, home {PHONE} and work {PHONE:noise}. prefer the first before {!time}",),
    (
        "my email got hacked!! it was {EMAIL}, they changed the password to something, I set it back to {PWD}",
        "and yes I know, I'll change it again",
    ),
    (
        "okay so, in order:\na) card {CARD}\nb) exp {EXP}\nc) the three digits {CVV}\nplease just take the {!price} already",
    ),
    (
        "the card ending... nvm, full thing {CARD:m1}",
        "{CARD:m2}",
        "{CARD:m3}",
        "done, sorry for the spam. exp {EXP:compact}",
    ),
    ("Is it normal that the portal URL has my address in it? ...?uid={EMAIL:pct}&session=xyz",),
    (
        "mi espanol es malo, sorry. my DNI is {DNI}, I live in Madrid since {!year}. and my wife's NIE {NIE:sub}",
    ),
    ("btw the wifi mac of the tv is {MAC:noise}", "ip {IP}"),
    ("you want the security answer or the PIN? PIN is {PIN:sd}",),
    (
        "nope, still waiting on the refund from {!date}. it's been {!duration}. refund was meant to go to {CARD:sd}",
    ),
    ("sending the card number in bits cause im paranoid", "{CARD:m1}", "{CARD:m2}", "{CARD:m3}"),
    (
        "hi team",
        "the electricity bill for {!date} is {!price}?? we were away {!duration}",
        "meter id is on the bill, reading was {!meter}",
    ),
    (
        "trying to port my number {PHONE:sd} to you, the old provider gave me the code... hold on",
        "its on the letter somewhere, meanwhile my email {EMAIL:espell}",
    ),
    (
        "Dear support, please remove my data. Registered email: {EMAIL}. Alternate: {EMAIL:espell}. Thank you.",
    ),
    ("my daughter used my card {CARD:sd} to buy {!quantity} game skins, can i get that back?",),
    (
        "the insurer wants my social to process claim {!policy}... {SSN:sub}",
        "is that normal over chat? my email is {EMAIL} if you'd rather",
    ),
    ("wrong number on file! it should be {PHONE:noise} not whatever you have",),
    ("VPN drops every {!duration}. client {!version}, my laptop mac {MAC}, office ip {IP}",),
    ("paying rent from my us account, routing {ROUTING}, acct {ACCT:spell}",),
    ("hey, before I forget", "the code they texted me for the app... no wait thats the pin: {PIN}"),
    ("Tracking {!tracking}, order {!order}, {!quantity} boxes, one missing. Call {PHONE}",),
    ("upgrading to the {!data_size} plan, direct debit from {IBAN:sd}",),
    ("i typed the wrong acct earlier, correct is {ACCT:sd}",),
    ("Attaching nothing, just typing it: passport {PASSPORT}, expiry {!date}, ni number {NINO}",),
    (
        "our intern pushed a .env:\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}\nAWS_REGION=us-east",
    ),
    ("is {!percent} interest right?? on a {!amount} loan",),
    ("my login name is {USER} if that helps find the account",),
    ("the driver's license number is {DL}, state of california",),
    ("cvv {CVV:sub} exp {EXP:sd}", "and the card, {CARD:sd}"),
    ("hows it going. just wanted to say the new app version {!version} is so much better",),
    ("Please confirm you got my W-form update: ITIN {ITIN:noise}",),
    ("need the swift for an incoming transfer? mine is {SWIFT}",),
    ("card number again since the chat cut: {CARD:m1}", "{CARD:m2}"),
    ("Also can you update the mobile on the account, {PHONE:m1}", "{PHONE:m2}", "{PHONE:m3}"),
]
