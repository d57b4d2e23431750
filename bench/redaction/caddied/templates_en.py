"""English customer turns (en-US, en-GB). Each template: (locale or "", message, ...)."""
# ruff: noqa: E501  -- template data: one customer message per string, unsplit on purpose.

from __future__ import annotations

Template = tuple[str, ...]

DEV: list[Template] = [
    (
        "en-US",
        "hi, direct deposit bounced?? checking acct {ACCT} routing {ROUTING}, sender bank swift was {SWIFT} ref {#order}",
    ),
    ("", "card number {CARD:sd} exp {EXP:cexp} cvv {CVV} , the charge was {#amount} on {#date}"),
    ("", "ok the card is {CARD:mmA}", "{CARD:mmB}", "sorry my thumb hit send lol"),
    ("en-US", "for the tax form my SSN is {SSN:sub} and my wife only has an ITIN, {ITIN:spell}"),
    ("en-GB", "NI number {NINO}, passport {PASSPORT} and my driving licence is {DL:noise}"),
    (
        "",
        "router is a {#model}, public ip {IP} and mac {MAC}",
        "AWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
    ),
    (
        "",
        "the reset link you sent goes to https://portal.example.com/reset?email={EMAIL:pct} which isnt me",
        "mine is {EMAIL:es}",
        "username {USER} and i changed pw to {PW}",
    ),
    (
        "",
        "still cant upload, using ftp://{USER:urlc}:{PW:urlc}@files.example.net/in from room {#room}",
    ),
    (
        "en-GB",
        "you asked for the iban for the refund",
        "{IBAN:ib}",
        "and the pin you asked for is next",
    ),
    ("", "do you need the new pin or the old one? new one below", "{PIN:ctx}"),
    (
        "",
        "my mum in Madrid has DNI {DNI} and I'm on an NIE {NIE}",
        "for the mexico payout: CLABE {CLABE:sd} RFC {RFC} CURP {CURP}",
    ),
    (
        "",
        "supplier in Sao Paulo, CNPJ {CNPJ}, contact CPF {CPF}",
        "also the french guy NIR {NIR}, german Steuer-ID {IDNR}, portuguese NIF {NIF}",
    ),
    ("", "call me back on {PHONE:mmA}", "{PHONE:mmB}", "{PHONE:mmC} anytime after {#time}"),
]

SEALED: list[Template] = [
    (
        "en-US",
        "Hey there!! I got charged twice for order {#order}, card was {CARD} exp {EXP} (the {#amount} one)",
    ),
    (
        "en-GB",
        "Hiya, sort code {ROUTING} acc no {ACCT}, can u check why my standing order of {#amount} didn't go out on {#date}",
    ),
    ("", "my cc # is {CARD:noise} and security code {CVV:spell}"),
    ("", "card no. {CARD:sub} expiry {EXP:cexp}"),
    ("en-US", "social is {SSN:sd} dob is on file, zip {#zip_plus_four}"),
    ("en-US", "I filed with an ITIN not a social, its {ITIN}", "oh and my adress zip is {#zip}"),
    ("en-GB", "national insurance no {NINO:sd} , started job on {#date}"),
    ("", "passport {PASSPORT}, flight {#flight} on {#date} at {#time}, {#count} bags"),
    ("en-GB", "my licence number is {DL} , car reg doesnt matter right?"),
    ("en-US", "drivers lic {DL:sd} state of Ohio, case {#ticket}"),
    ("", "pls send confirmation to {EMAIL} not the old one"),
    ("", "email is {EMAIL:es} (no caps)"),
    ("", "text me at {PHONE} , or my work line {PHONE:sd}"),
    ("", "my # is {PHONE:sub} thx"),
    ("", "phone number {PHONE:spell}"),
    ("", "signup page keeps erroring: https://app.example.org/signup?phone={PHONE:pct}&plan=basic"),
    ("", "login {USER} / password {PW} , been locked out since {#date}"),
    (
        "",
        "DB_PASSWORD={PW:kv}\nDB_USER={USER:kv}\nthat's what the config has, app version {#version}",
    ),
    ("", "webhook is https://{USER:urlc}:{PW:urlc}@hooks.example.com/incoming, is that right?"),
    ("", "IBAN {IBAN} BIC {SWIFT}", "invoice {#invoice}"),
    ("en-GB", "here's my iban for the deposit return {IBAN:ib} , flat {#street}"),
    ("", "my account number? ok one sec", "{ACCT:ctx}"),
    ("en-US", "routing number {ROUTING:sub} account {ACCT:sd}"),
    ("", "atm ate my card, pin was {PIN:spell} if that helps"),
    ("", "PIN {PIN:noise} , never shared it before"),
    ("", "the security code on the back", "{CVV:ctx}"),
    ("", "new card {CARD:mmA}", "{CARD:mmB} and", "{CARD:mmC} last bit"),
    ("", "acct no {ACCT:mmA}", "{ACCT:mmB} sorry"),
    ("", "my cell is {PHONE:mmA}", "{PHONE:mmB} is the rest"),
    ("", "modem {#model} firmware {#version}, it shows wan ip {IP} and device mac {MAC:sd}"),
    ("", "mac address is {MAC} and it's on {IP}"),
    (
        "",
        "someone pushed our keys to a public repo: aws_access_key_id = {AKID} and aws_secret_access_key = {AKSECRET}",
    ),
    (
        "",
        "AWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
        "AWS_ACCESS_KEY_ID={AKID:kv} pls rotate asap, ticket {#ticket}",
    ),
    ("", "relocating from Spain, my DNI was {DNI:sd} and my partner's NIE {NIE:noise}"),
    ("", "mexican tax id RFC {RFC}, CURP {CURP}, bank CLABE {CLABE}"),
    ("", "brazil: CPF {CPF:sub} and the company CNPJ {CNPJ:sd}"),
    (
        "",
        "French social security number {NIR:sd}, German tax ID {IDNR:noise}, Portugal NIF {NIF:spell}",
    ),
    ("en-US", "expires {EXP} and the zip on the card is {#zip}"),
    ("", "exp{EXP:cexp} cvc{CVV}"),
    (
        "",
        "hello? my tracking {#tracking} says delivered but nothing, {#count} items, paid with {CARD}",
    ),
    ("", "order {#order} placed {#date} for {#amount}, nothing else to add"),
    ("en-US", "SWIFT code {SWIFT:spell}? no wait its {SWIFT}"),
    ("en-GB", "iban is {IBAN:mmA}", "{IBAN:mmB}", "{IBAN:mmC} thanks x"),
    ("en-US", "social security {SSN:mmA}", "{SSN:mmB} and the last part", "{SSN:mmC}"),
    ("", "wifi died after update {#version} again, {#count} devices offline since {#time}"),
]
