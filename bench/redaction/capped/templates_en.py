"""English customer messages, written by hand. D = dev split, S = sealed split.

Slots: {TYPE[/TYPE...][:family[/family...]]} is a PII value, {+} continues the multi_message value
of the conversation, {=kind[/kind...]} is a must_keep value. Aliases are resolved in generate.py.
"""

from .tpl import D, S

TEMPLATES = [
    D("hi my card got declined at the store", "its {CARD} exp {EXP:cexp} and the cvv is {CVV}"),
    D(
        "can u check order {=order_number} pls it says delivered but nothing here, zip {=postal_code}"
    ),
    D("{CARD:mm}", "{+}", "sorry sent it in bits lol"),
    D("hey, locked out of my account. username {USER:ctx} and email {EMAIL:espell}"),
    D("my ssn is {SSN/ITIN} and my phone {PHONE}, call after {=time} pls"),
    D("wire is stuck!! IBAN {IBAN:ibanb} swift {SWIFT}", "amount was {=price} on {=date}"),
    D("routing {ROUTING} account {ACCT}", "thx"),
    D(
        "ok so the app keeps crashing with error {=error_code} on version {=version}",
        "my login is {EMAIL} and pw is {PASSWORD:ctx}",
    ),
    D(
        "Passport no. {PASSPORT} , flight {=flight_number} tomorrow, booking ref {=booking_reference}"
    ),
    D("need to update my driving licence number on the policy {=policy_number}: {DL}"),
    D(
        "pasting from the console: {AKEY:kv}\n{SKEY:kv}",
        "pretty sure someone used them, bill went up {=percentage}",
    ),
    D("NI number {NINO} (for the refund)", "my CPF too if u need it {CPF} and company CNPJ {CNPJ}"),
    D("login failed from {IP} and the router mac is {MAC}"),
    D(
        "for the mexican account: CURP {CURP}, RFC {RFC}, clabe {CLABE}",
        "and my DNI from spain {DNI} / NIE {NIE}",
    ),
    D("french social security {NIR}, german steuer id {STEUER}, portuguese NIF {NIF}"),
    D("pin is {PIN:spell/ctx}", "dont tell anyone haha"),
    S("hello?? anyone there", "ive been waiting {=count} minutes"),
    S("card ending in {CARD} was charged twice for {=price} at store {=store_number}"),
    S("{CARD:sp/noise/sub}  exp {EXP}  code {CVV:spell/sub}"),
    S("my number is {PHONE:mm}", "{+}"),
    S("my number is {PHONE:spell/sub/noise} text me pls"),
    S("reset link goes to {EMAIL:pct}"),
    S(
        "Hi, I'd like to cancel contract {=contract_number}. Email on file: {EMAIL}. Phone: {PHONE:sp}"
    ),
    S(
        "so the sftp thing is sftp://{USER}:{PASSWORD:url}@files.example.com/upload and it still fails"
    ),
    S("DB_PASSWORD={PASSWORD:kv}", "that's the one from the env file, i know i shouldnt share it"),
    S("my bank acct {ACCT:mm}", "{+}", "{+}"),
    S("acct no {ACCT:sp/noise} sort code {ROUTING}", "reference {=invoice_number}"),
    S("IBAN:\n{IBAN:ibanb/sp}\nBIC: {SWIFT}"),
    S(
        "tracking says {=tracking_number} but the parcel is at the depot since {=date}, delivery phone {PHONE:sp}"
    ),
    S(
        "Room {=room_number}, check-in {=date}. The card on the reservation is {CARD:sp}, cvv {CVV:ctx}"
    ),
    S("tax id (ITIN) {ITIN:sp} for the irs paperwork, not my ssn"),
    S("SSN {SSN:spell/sub/noise}"),
    S("new passport {PASSPORT:ctx} issued {=year}", "old one expired"),
    S("license # {DL} plate {=plate_number}, accident on {=date} at {=time}"),
    S("my pin {PIN:sub/ctx} isnt working at the atm on the corner, tried {=count} times"),
    S("expiry {EXP:cexp/pl} and security code {CVV}", "does that help"),
    S("username: {USER}\npassword: {PASSWORD}"),
    S(
        "my internet is slow, paying for {=data_size} but getting way less. modem {=product_model}, public ip {IP}"
    ),
    S("can you whitelist this MAC {MAC} pls"),
    S("wrong IBAN on invoice {=invoice_number}!! should be {IBAN}"),
    S("AWS_ACCESS_KEY_ID={AKEY:kv}", "{SKEY:kv}", "those got leaked on github, how do i rotate"),
    S("CURP {CURP:sp} y RFC {RFC} sorry my english", "clabe interbancaria {CLABE:mm}", "{+}"),
    S("Hey, my brazilian docs: CPF {CPF:sp/sub} CNPJ {CNPJ:sp}"),
    S("the french form wants my NIR {NIR:sp}, is that the same as the social security number?"),
    S("Steuer-ID {STEUER:sp} (germany) and NIF {NIF:sp/spell} for portugal"),
    S("DNI {DNI:sp} NIE {NIE}", "ticket {=ticket_number}"),
    S("seat {=seat_number} on flight {=flight_number} pls, passport {PASSPORT}"),
    S("electricity meter reading {=meter_reading} today, account email {EMAIL:espell/pct}"),
    S("thanks a lot, have a good one"),
    S(
        "{=quantity} items arrived broken out of the order, order {=order_number}",
        "please refund to card {CARD:noise/sp}",
    ),
    S("the routing # is {ROUTING:sp} and checking account {ACCT:ctx/sub}"),
    S("phone: {PHONE:pct}"),
    D(
        "gave the courier my number {PHONE:sub/noise} and he never called",
        "parcel {=tracking_number}",
    ),
    D("why does the unsubscribe link have {EMAIL:pct} in it?? i never signed up"),
    D("the nas login is https://{USER}:{PASSWORD:url}@nas.example.net/ pls dont judge"),
    D("acc {ACCT:noise/sub} pls put the refund there"),
    D("ok card number coming {CARD:mm}", "{+}", "{+}"),
    S("my NI no is {NINO:sp} and I started the job on {=date}"),
    S("NINO {NINO}", "payslip shows {=price} for {=year}"),
    S("iban part one {IBAN:mm}", "{+}"),
    S("calling from abroad, reach me at {PHONE:mm}", "{+}", "whatsapp is fine"),
    S(
        "omg the app charged me {=price} for a {=data_size} add on i never asked for, on my card {CARD:sp}"
    ),
    D(
        "contract {=contract_number}, invoice {=invoice_number}, meter at {=meter_reading} and u still want my acct {ACCT}?",
        "{=count} calls already. cell {PHONE}",
    ),
    D(
        "bought {=quantity} x {=product_model} at store {=store_number} in {=year}, card was {CARD:sp}",
        "room {=room_number} seat {=seat_number} ticket {=ticket_number} whatever, just fix it. email {EMAIL}",
    ),
    S(
        "error {=error_code} after updating to {=version}, support said send my email {EMAIL} and phone {PHONE}"
    ),
    S(
        "booking {=booking_reference} for {=date}, zip code {=postal_code}, the passport on it is {PASSPORT}"
    ),
]
