# ruff: noqa: E501
# Chat lines and word lists read better unwrapped.
"""English customer turns (en-US, en-GB). Part of the sealed split: do not read while tuning."""

# Each template: (locale, message, ...). {TYPE:family[:group]} is PII, {#kind} a hard negative.
DEV: list[tuple[str, ...]] = [
    (
        "en-US",
        "hi my card got charged twice for {#amount} on order {#order}, card is {CARD} exp {EXP} cvv {CVV}",
    ),
    (
        "en-US",
        "ok the card number is {CARD:mm:a}",
        "{CARD:mm:a}",
        "thats it, the order was {#order} 🙏",
    ),
    ("en-GB", "you can ring me on {PHONE:n} or email {EMAIL:e} , postcode is {#zip}"),
    (
        "en-GB",
        "refund should go to my iban\n{IBAN:ib}\nbic {SWIFT} sort code {ROUTING}",
        "acct no {ACCT:sd} if you need it",
    ),
    (
        "en-US",
        "the integration broke after v{#version}, our webhook is https://{USER:url}:{PWD:url}@hooks.example.com/in",
        "AWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nserver ip {IP} mac {MAC:sd}",
    ),
    ("en-US", "for the tax form, ssn {SSN:l} and my wife's itin {ITIN}. we moved on {#date}"),
    (
        "en-GB",
        "what do you need from me, the passport?",
        "{PASSPORT:ctx}",
        "and driving licence {DL}, NI number {NINO}",
    ),
    (
        "en-US",
        "im spanish living in ny, DNI {DNI} / NIE before that {NIE}",
        "mexican ids: curp {CURP} rfc {RFC} clabe {CLABE:sd}",
    ),
    (
        "en-GB",
        "paperwork from abroad: cpf {CPF}, company cnpj {CNPJ}, french nir {NIR}, german tax id {IDNR}, portuguese nif {NIF}",
    ),
    (
        "en-US",
        "new pin should be {PIN:w} right? card exp{EXP:cx}. tracking page https://track.example.com/?email={EMAIL:pct}",
    ),
    ("en-US", "my number is {PHONE:mm:a}", "{PHONE:mm:a}", "{PHONE:mm:a} call after {#time} pls"),
    (
        "en-GB",
        "account for the direct debit is {ACCT:mm:a}",
        "{ACCT:mm:a} sorry phone died lol, {#count} payments missed",
    ),
]

SEALED: list[tuple[str, ...]] = [
    (
        "en-US",
        "Hi!! I was charged {#amount} for something I never ordered. card ending... actually full num {CARD:sd}",
    ),
    ("en-US", "cc number {CARD:n} expiry {EXP} security code {CVV:w}"),
    ("en-US", "card {CARD:l} exp {EXP:sd} cvc {CVV}", "sorry wrong exp, its {EXP}"),
    ("en-GB", "the card they took {#amount} from is {CARD:w}"),
    ("en-US", "Which card? The visa", "{CARD:ctx}", "exp {EXP:cx} and the cvv {CVV}"),
    ("en-US", "my card {CARD:mm:a}", "{CARD:mm:a}", "{CARD:mm:a} exp {EXP:n}"),
    ("en-GB", "long number on the front: {CARD:mm:a}", "{CARD:mm:a} expires {EXP} thx"),
    ("en-US", "expiration date is exp{EXP:cx} cvv{CVV} zip {#zipplus}"),
    (
        "en-US",
        "booking {#booking} for {#count} ppl on flight {#flight}, paid w card {CARD} valid thru {EXP:w}",
    ),
    ("en-US", "reset my PIN please, old one was {PIN} new one {PIN:l}"),
    ("en-GB", "atm swallowed my card at {#time} 😡 pin is {PIN:n} if that helps"),
    ("en-US", "whats my pin again? i think its {PIN:sd} or maybe the other one", "{PIN:ctx}"),
    ("en-US", "login: {USER} password {PWD} it says invalid since update {#version}"),
    ("en-US", "username {USER} and pasword is below", "{PWD:ctx}", "wait pw is actually {PWD}"),
    (
        "en-GB",
        "FTP creds that got leaked: ftp://{USER:url}:{PWD:url}@files.example.org",
        "please rotate before {#date}",
    ),
    ("en-US", "here's the config that has it\nDB_PASSWORD={PWD:kv}\nDB_USER={USER:kv}"),
    ("en-US", "email me at {EMAIL} not {EMAIL:e}"),
    (
        "en-GB",
        "my email is {EMAIL:e} cheers",
        "order {#order} still not here, tracking {#tracking}",
    ),
    (
        "en-US",
        "click this, it has my email: https://shop.example.net/unsub?u={EMAIL:pct}&list={#count}",
    ),
    ("en-US", "call back {PHONE} or my cell {PHONE:sd}"),
    ("en-GB", "mobile is {PHONE:l} ta", "landline {PHONE:w}"),
    ("en-US", "text me at https://sms.example.com/send?to={PHONE:pct} after {#time}"),
    ("en-US", "whats the best number to reach you?", "{PHONE:ctx}"),
    ("en-GB", "new number {PHONE:mm:a}", "{PHONE:mm:a}"),
    (
        "en-US",
        "direct deposit: routing {ROUTING} account {ACCT}",
        "routing again {ROUTING:n} sorry",
    ),
    ("en-US", "acct# {ACCT:l} rtn {ROUTING:sd} pls move {#amount} to savings"),
    ("en-GB", "sort code {ROUTING:sd} account number {ACCT:w}"),
    ("en-GB", "send to IBAN {IBAN} BIC {SWIFT} ref invoice {#invoice}"),
    ("en-GB", "iban (copied from app)\n{IBAN:ib}"),
    (
        "en-US",
        "wire from germany, their iban {IBAN:sd} swift code {SWIFT}",
        "{IBAN:mm:a}",
        "{IBAN:mm:a}",
    ),
    ("en-US", "for the w-nine stuff: social {SSN} , also {SSN:n} is my sons", "born {#year}"),
    ("en-US", "ssn {SSN:w}", "no itin {ITIN:sd}"),
    ("en-US", "what id do you want", "{SSN:ctx}"),
    (
        "en-GB",
        "NI no. {NINO:sd} and my other half's {NINO}",
        "we live at {#street} high st, {#zip}",
    ),
    ("en-US", "passport no {PASSPORT}, renewing before trip on {#date} flight {#flight}"),
    (
        "en-GB",
        "driving licence number {DL} and passport {PASSPORT}",
        "room {#room} at the hotel btw",
    ),
    ("en-US", "drivers lic next", "{DL:ctx}", "sorry, that's my DL. you asked for license so yeah"),
    ("en-US", "router keeps dropping, ip {IP} mac {MAC} model {#model} firmware {#version}"),
    ("en-GB", "device MAC {MAC:sd} and it gets ip {IP:n}"),
    ("en-US", "we pushed a key to github by mistake 😬 {AKEY} secret {SKEY}"),
    ("en-US", "export AWS_ACCESS_KEY_ID={AKEY:kv}", "export AWS_SECRET_ACCESS_KEY={SKEY:kv}"),
    ("en-GB", "my spanish DNI is {DNI:sd} and nie {NIE:n} from when i was a student"),
    (
        "en-US",
        "mexico payroll: CURP {CURP} RFC {RFC}",
        "CLABE for deposit {CLABE}",
        "{CLABE:mm:a}",
        "{CLABE:mm:a}",
    ),
    ("en-US", "clabe {CLABE:w} thanks"),
    ("en-GB", "brazil branch needs cpf {CPF:sd} and cnpj {CNPJ:n}", "cpf again {CPF:w}"),
    ("en-GB", "French social security nr {NIR:sd}, German Steuer ID {IDNR:l}, nif {NIF:w}"),
    ("en-US", "my cpf is {CPF:mm:a}", "{CPF:mm:a}", "contract {#contract}"),
    ("en-GB", "tax id {IDNR} and nif {NIF:sd}", "ticket {#ticket}"),
    ("en-US", "{#count} items, total {#amount}, ship to zip {#zipplus} - ticket {#ticket}"),
    ("en-GB", "flight {#flight} on {#date} at {#time}, seat for {#count}, invoice {#invoice}"),
]

# Situations away from banking: clinics, landlords, utilities, insurers, public offices, telcos.
DEV += [
    (
        "en-US",
        "clinic portal wont let me in, appt {#date} {#time}. user {USER} pw {PWD:sd} and my phone on file {PHONE:l}",
    ),
    (
        "en-GB",
        "hi, new tenant at flat {#room}, the landlord wants my NI number",
        "{NINO:ctx}",
        "and rent is {#amount} from acct {ACCT:n}",
    ),
    ("en-US", "insurance claim {#contract}: my mail is {EMAIL} oh and cell {PHONE:w}"),
]
SEALED += [
    (
        "en-US",
        "power bill is {#amount} for {#count} days?? account holder email {EMAIL:e}, meter model {#model}",
    ),
    (
        "en-GB",
        "got a letter from HMRC ref {#ticket}, they quote NI {NINO:n} and my sort code {ROUTING:l}",
    ),
    (
        "en-US",
        "dentist said billing needs my ssn {SSN:sd}... is that normal?",
        "also my email is {EMAIL:pct} lol copy pasted from the url",
    ),
    (
        "en-US",
        "switching carriers, port my number {PHONE:n} pls. account pin {PIN:w}",
        "the new sim came in box {#tracking}",
    ),
    (
        "en-GB",
        "hi hi!! 🙂 saas login broken. workspace admin {USER} password was {PWD} then i reset to {PWD}",
    ),
    (
        "en-US",
        "landlord wants rent via ach: routing {ROUTING:w} acct {ACCT:n}",
        "{#amount} due on {#date}",
    ),
    (
        "en-GB",
        "passport renewal, old passport was {PASSPORT:sd}",
        "appointment at {#time} on {#date} for {#count} of us",
    ),
    ("en-US", "travel insurance: card on file {CARD} exp{EXP:cx} cvv {CVV:l}, flight {#flight}"),
]
