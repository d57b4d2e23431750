"""English (en-US, en-GB) templates. Part of the sealed split: do not read while tuning."""

Template = tuple[str, list[str]]

DEV: list[Template] = [
    (
        "en-US",
        [
            "hi my card got declined at checkout, its {CARD.p} exp {EXP.cx.x} cvv {CVV.p} order #{mk.order}",
            "also my zip is {mk.zip4} if that matters",
        ],
    ),
    (
        "en-US",
        [
            "need to update direct deposit. routing {ROUT.p} acct {ACCT.sd}",
            "and the new PIN they mailed me?? its like",
            "{PIN.ctx}",
        ],
    ),
    (
        "en-GB",
        [
            "hiya, sort code {ROUT.p} and IBAN {IBAN.ib} for the refund of £{mk.amount} pls",
            "swift is {SWIFT.p} i think",
        ],
    ),
    (
        "en-US",
        [
            "for the tax form: SSN {SSN.sd}, my wife only has ITIN {ITIN.p}",
            "email is {EMAIL.at} ty",
        ],
    ),
    (
        "en-GB",
        [
            "NI number {NINO.p}, passport {PASS.p}, driving licence {DL.p} - all for the mortgage app dated {mk.date}"
        ],
    ),
    (
        "en-US",
        [
            "router keeps dropping, ip {IP.p} mac {MAC.p} model {mk.model}",
            "login is https://{USER.cred}:{PWD.cred}@router.example.net btw",
        ],
    ),
    (
        "en-US",
        [
            "our deploy broke after v{mk.version}, here's the env\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASK.kv}"
        ],
    ),
    (
        "en-US",
        [
            "moving money from mexico, CLABE {CLABE.p} RFC {RFC.p} CURP {CURP.p}",
            "call me {PHONE.mm.a}",
            "{PHONE.mm.a} after {mk.time}",
        ],
    ),
    (
        "en-GB",
        [
            "for the spanish flat i have DNI {DNI.p} and my partner NIE {NIE.sp}",
            "my card number starts {CARD.mm.b}",
            "then {CARD.mm.b}",
        ],
    ),
    (
        "en-GB",
        [
            "employer docs from abroad: CPF {CPF.p} CNPJ {CNPJ.nz} NIR {NIR.sub} steuer id {STID.p} NIF {NIF.p}",
            "link they sent was https://portal.example.com/v?tel={PHONE.pct}&n={mk.count}",
        ],
    ),
]

SEALED: list[Template] = [
    (
        "en-US",
        [
            "Hi! trying to pay invoice {mk.invoice} for ${mk.amount} but card {CARD.sd} keeps failing",
            "expiry {EXP.p} and security code {CVV.p}",
        ],
    ),
    ("en-US", ["card # {CARD.nz} exp{EXP.cx} cvc {CVV.sp}"]),
    (
        "en-US",
        [
            "what do you need to verify me",
            "my card ends in... nvm heres the whole thing {CARD.sub}",
            "secuirty code {CVV.sub}",
        ],
    ),
    ("en-US", ["ok what's the cvv again you asked for?", "{CVV.ctx}"]),
    ("en-US", ["my card is {CARD.mm.a}", "{CARD.mm.a}", "{CARD.mm.a} exp {EXP.p}"]),
    (
        "en-US",
        [
            "sry wrong one, the new card is {CARD.p} good thru {EXP.p}, old one was cancelled {mk.date}"
        ],
    ),
    (
        "en-US",
        ["atm ate my card at {mk.time}, pin was {PIN.p} should i change it", "ticket {mk.ticket}"],
    ),
    ("en-US", ["pin {PIN.sp} right? and acct num {ACCT.p}"]),
    (
        "en-US",
        ["pw reset not working!! username {USER.p} tried password {PWD.p} like {mk.count} times"],
    ),
    ("en-US", ["email me at {EMAIL.p} or {EMAIL.at} whichever", "order {mk.order} still not here"]),
    (
        "en-US",
        [
            "the reset link is broken https://help.example.com/reset?user={EMAIL.pct}&step={mk.count}"
        ],
    ),
    ("en-US", ["my number changed, new cell {PHONE.p}", "old was {PHONE.sd}"]),
    ("en-US", ["text me at {PHONE.nz} after {mk.time} pls"]),
    ("en-US", ["call back number {PHONE.sp} thx"]),
    (
        "en-US",
        ["wire details: routing {ROUT.sd} account {ACCT.nz} swift {SWIFT.p}, amount ${mk.amount}"],
    ),
    ("en-US", ["whats the account you want the refund to?", "{ACCT.ctx}"]),
    ("en-US", ["account number is {ACCT.mm.b}", "{ACCT.mm.b} sorry hit enter"]),
    ("en-US", ["aba {ROUT.sub} acct {ACCT.sub}"]),
    ("en-US", ["ssn {SSN.p} dob i can send after, and my address is {mk.street} Oak St {mk.zip}"]),
    ("en-US", ["social is {SSN.sp}", "and for my son {SSN.nz}"]),
    ("en-US", ["last four of social? i'll just give the whole thing", "{SSN.ctx}"]),
    ("en-US", ["ITIN {ITIN.sd} for the {mk.year} return, refund was ${mk.amount}"]),
    ("en-US", ["passport no. {PASS.p} flight {mk.flight} on {mk.date}", "drivers lic {DL.p}"]),
    ("en-US", ["DL# {DL.sd} and passport {PASS.sub} for the rental"]),
    (
        "en-US",
        ["server at {IP.p} keeps rejecting, client mac {MAC.sd}", "running version {mk.version}"],
    ),
    ("en-US", ["found these in our repo, please rotate! key id {AKID.p} secret {ASK.p}"]),
    ("en-US", ["AWS_SECRET_ACCESS_KEY={ASK.kv}\nAWS_ACCESS_KEY_ID={AKID.kv}\nREGION=us-east"]),
    ("en-US", ["DB_PASSWORD={PWD.kv}\nDB_USER={USER.kv}"]),
    ("en-US", ["the sftp link: sftp://{USER.cred}:{PWD.cred}@files.example.org/uploads"]),
    ("en-US", ["SWIFT {SWIFT.sd} and IBAN {IBAN.p} for the intl transfer of ${mk.amount}"]),
    ("en-GB", ["Hello, sort code {ROUT.nz} account {ACCT.p}, standing order on the {mk.count}th"]),
    ("en-GB", ["my NI no is {NINO.sd}", "sorry typo, {NINO.p}"]),
    ("en-GB", ["national insurance {NINO.sp} for the claim ref {mk.contract}"]),
    ("en-GB", ["ring me on {PHONE.p} or mobile {PHONE.mm.c}", "{PHONE.mm.c}"]),
    ("en-GB", ["iban is\n{IBAN.ib}\nthanks"]),
    ("en-GB", ["driving licence number {DL.nz}, postcode {mk.postcode}"]),
    ("en-GB", ["flat {mk.room} at {mk.street} High St, my passport {PASS.sd} exp {mk.date}"]),
    ("en-GB", ["card {CARD.p} expires {EXP.sp} cvv {CVV.p}"]),
    ("en-GB", ["please pay into {IBAN.mm.d}", "{IBAN.mm.d}", "{IBAN.mm.d}"]),
    (
        "en-GB",
        ["email: {EMAIL.at}", "phone: {PHONE.sub}", "tracking {mk.tracking} says delivered?!"],
    ),
    ("en-US", ["for the mexico branch: CURP {CURP.sd} RFC {RFC.nz} CLABE {CLABE.sd}"]),
    ("en-US", ["my brazilian CPF {CPF.sp} company CNPJ {CNPJ.p}"]),
    (
        "en-GB",
        ["french social security {NIR.p}, german tax id {STID.sd}, portuguese nif {NIF.sub}"],
    ),
    ("en-GB", ["spanish ids: DNI {DNI.sd} and NIE {NIE.p}"]),
    ("en-US", ["what was my username? i think {USER.p} or maybe {USER.sp}"]),
]
