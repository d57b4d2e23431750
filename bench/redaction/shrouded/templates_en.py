# ruff: noqa: E501  (one template per line: a conversation reads best unwrapped)
"""English conversations (customer side only): US, GB, IE, CA, AU, IN and expats."""

TEMPLATES = r"""
US: hi there || my card got declined at checkout for order {=order} || card is {CARD} exp {EXP} || ok thanks
US: yeah its {CARD|sp}
US: so the number on the front is {CARD|noise} and it expires {EXP}
US: ok the card ending... actually here's the full thing {CARD|sub}
US: four one one one... lol ok let me just type it: {CARD|words}
US: card {CARD|multi:1} || {CARD|multi:2} || thats it
US: I'll split it up for safety haha {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3}
US: the {=qty:3} digits on the back are {CVV}
US: {CVV} || thats the security code
US: cvv {CVV|words}
US: back of card says {CVV|sub} i think, hard to read
US: expiry is {EXP|words}
US: exp{EXP|cexp} cvv {CVV}
US: expiration {EXP|cexp}
US: valid thru {EXP} if that helps
US: my debit pin is {PIN} and i think someone saw me enter it at the store {=store}
US: pin {PIN|words} - should I change it??
US: ya the new pin i set was {PIN|sub}
US: routing {ROUT} account {ACCT}
US: direct deposit isnt showing. acct# {ACCT|sp} rtn {ROUT}
US: its {ACCT|words}
US: account number {ACCT|multi:1} || {ACCT|multi:2} || routing is {ROUT}
US: my social is {SSN}
US: ssn {SSN|sp}
US: last {=qty:4}? the whole thing is {SSN|noise} idk
US: {SSN|words}
US: the ssn is {SSN|multi:1} || {SSN|multi:2}
US: I don't have a social, I file with my ITIN {ITIN}
US: itin: {ITIN|sp} (tax year {=year:2024})
US: ok so my itin... {ITIN|sub}
US: best number to reach me is {PHONE}
US: call me at {PHONE|sp} after {=time}
US: you can text {PHONE|noise}
US: my cell is {PHONE|words}
US: {PHONE|multi:1} || {PHONE|multi:2}
US: phone {PHONE|sub}
US: email on the account is {EMAIL}
US: its {EMAIL|mailw}
US: use {EMAIL} not the old one
US: the reset link was https://accounts.shop.example/reset?email={EMAIL|pct}&src=app and it says expired
US: https://crm.example.com/lookup?phone={PHONE|pct} shows the wrong person
US: password is {PWD} but it says invalid
US: i changed my pw to {PWD} yesterday and now im locked out
US: pushing to https://devuser:{PWD|urlpw}@git.example.com/team/app.git fails with {=code:403}
US: here's my env file⏎AWS_ACCESS_KEY_ID={AKID|kv}⏎AWS_SECRET_ACCESS_KEY={ASK|kv}⏎AWS_DEFAULT_OUTPUT=json
US: key id {AKID} secret {ASK} - pls rotate asap i accidentally pasted them in a public repo
US: DB_PASSWORD={PWD|kv}⏎DB_HOST=db.internal.example
US: the build on version {=version} keeps failing with my access key {AKID}
US: my router's mac is {MAC} and the ip is {IP}
US: ip address {IP} keeps getting blocked, error {=code}
US: device mac {MAC} model {=model}
US: passport number {PASS}, flight {=flight} on {=date}
US: my drivers license is {DL}
US: DL# {DL} state issued, exp {=year}
US: wire from abroad: iban {IBAN@DE} swift {SWIFT@DE}
US: the bic they gave me is {SWIFT}
US: sending to my sisters account in germany {IBAN@DE|ibx}
US: hey || {=qty:2} packages never arrived, tracking {=track} || can u check
US: order {=order} was charged {=price} twice
US: whats the status of ticket {=ticket}
US: zip is {=zip} and the store number is {=store}
US: I ordered {=qty:3} of the {=model} on {=date} and got {=count} lol
US: thanks so much!!
US: ok
US: no thats all, appreciate it
US: sorry wrong number, my phone is {PHONE#2} not {PHONE}
US: card is {CARD} sorry I meant {CARD#2}
US: ok its {CVV} || and exp {EXP|cexp}
US: the one ending... nvm full number {CARD} || cvv {CVV} || zip {=zip}
GB: hiya, my card was cloned, number {CARD|sp} expiry {EXP}
GB: sort code {ROUT} account no {ACCT}
GB: acc number is {ACCT|sp} and sort code {ROUT}
GB: NI number {NINO}
GB: national insurance: {NINO|sp}
GB: my nino is {NINO} for the tax rebate on invoice {=invoice}
GB: ring me on {PHONE}
GB: mobile {PHONE|noise} cheers
GB: it's {PHONE|words}
GB: mob no {PHONE|multi:1} || {PHONE|multi:2} || {PHONE|multi:3}
GB: iban {IBAN} bic {SWIFT}
GB: my IBAN is⏎{IBAN|ibx}
GB: driving licence number {DL}
GB: passport {PASS} expires {=date}
GB: postcode is {=postal} not sure if you need it
GB: parcel {=track} was meant to come {=date} between {=time} and {=time}
GB: lovely thanks
GB: my online banking passcode is {PIN} is that what you need?
GB: the password i use is {PWD} (yes i know)
GB: card number {CARD|noise}
GB: email me at {EMAIL|mailw}
GB: {EMAIL}
GB: ok the expiry on the card is {EXP|words}
GB: security number on the back {CVV|words}
IE: hi, my eircode is {=postal} and phone {PHONE}
IE: iban {IBAN|ibx}
IE: IBAN: {IBAN|multi:1} || {IBAN|multi:2}
IE: me PPS is... actually ye dont need that, here's my passport {PASS}
IE: email is {EMAIL} and mobile {PHONE|sp}
IE: card {CARD} exp{EXP|cexp} sec code {CVV}
IE: grand, thanks a million
IE: bic {SWIFT} and account {ACCT}
IE: licence no {DL}
CA: my transit and institution number is {ROUT} and account {ACCT}
CA: phone {PHONE}
CA: call {PHONE|words} please
CA: postal code {=postal}, apt {=room}
CA: passport {PASS}
CA: credit card {CARD|sp} expiry {EXP|cexp}
CA: driver's licence {DL}
CA: my sin... sorry can't give that, here's my email {EMAIL}
AU: BSB {ROUT} acct {ACCT}
AU: bsb is {ROUT} and the account number is {ACCT|sp}
AU: mobile {PHONE} mate
AU: licence number {DL} (NSW)
AU: card {CARD|sub} exp {EXP}
AU: it was {=price} on order {=order} and still not delivered
AU: cheers
AU: pw: {PWD}
IN: my account no is {ACCT} ifsc {ROUT}
IN: IFSC code {ROUT} and a/c {ACCT|sp}
IN: mobile no {PHONE} pls call
IN: sir my number is {PHONE|noise}
IN: passport no {PASS}
IN: DL no {DL}
IN: upi failed for {=price}, txn ref {=ticket}
IN: card {CARD} cvv {CVV} exp {EXP}
IN: otp not coming to {PHONE}
IN: mail id {EMAIL|mailw}
IN: ok sir
US: I'm in Spain rn, my NIE is {NIE@ES} and spanish mobile {PHONE@ES}
US: I moved to mexico, my CURP is {CURP@MX} and clabe {CLABE@MX}
GB: working in germany now, my steuer id is {STID@DE}
US: my brazilian wife's cpf is {CPF@BR} if that helps
GB: portuguese NIF {NIF@PT} for the invoice {=invoice}
CA: I live in france, numéro de sécu {NIR@FR}
US: my spanish DNI {DNI@ES|sp}
US: ip {IP} || mac is {MAC} || router model {=model}
US: access key {AKID} || secret {ASK}
US: my wifi password is {PWD} and router login admin
US: login at https://admin:{PWD|urlpw}@router.example.net not working since update {=version}
US: config:⏎[default]⏎aws_access_key_id = {AKID|kv}⏎aws_secret_access_key = {ASK|kv}
US: FTP_PASSWORD={PWD|kv}
GB: this is ridiculous, {=count} calls and nobody helps
GB: ref {=ticket}
US: um its {=qty:4}
US: the gift card number is printed under the scratch bit, order {=order}
US: I paid {=price} on {=date} at {=time}
AU: flight {=flight} got cancelled, booking for {=qty:2} adults
IN: sir please help, refund of {=price} pending since {=date}
US: ok here goes {SSN|multi:1} || {SSN|multi:2} || {SSN|multi:3}
US: acct {ACCT|multi:1} || {ACCT|multi:2}
GB: card {CARD|multi:1} || then {CARD|multi:2}
AU: {PHONE|multi:1} || {PHONE|multi:2} that's my mob
IN: a/c {ACCT|multi:1} || {ACCT|multi:2} || {ACCT|multi:3}
CA: {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || exp {EXP}
US: {ITIN|multi:1} || {ITIN|multi:2}
GB: iban is {IBAN@GB|multi:1} || {IBAN@GB|multi:2} || {IBAN@GB|multi:3}
US: new number: {PHONE|sub}
US: the one ending in... ugh fine {CARD|sp}
US: MY CARD NUMBER IS {CARD} AND I WANT A REFUND
US: cc {CARD}⏎exp {EXP}⏎cvc {CVV}
US: my cc# {CARD|sp}, exp. {EXP}, three digit code is {CVV}
GB: Card: {CARD|sp} | Exp: {EXP} | CVV: {CVV}
US: can you update my email from {EMAIL} to {EMAIL#2}
US: e-mail → {EMAIL|mailw}
IE: its me again, ticket {=ticket} || still no refund for {=price}
US: pin is the same as my bday lol {PIN}
US: verification: {PIN|words}
GB: first line of address is flat {=room}, postcode {=postal}
US: I tried {=count} times with password {PWD}
US: Is it safe to give my ssn here? ok fine {SSN}
US: DOB {=date}, SSN {SSN|sp}
CA: swift code for wire: {SWIFT}
AU: the bank swift is {SWIFT} and my account {ACCT}
US: apt {=room}, zip {=zip}
US: my license {DL} got suspended? why
US: {PASS} is my passport no, trip on {=date}
IN: my mac id {MAC} not getting internet, plan {=size}
US: server {IP} port {=port:8080} refuses ssh from {IP#2}
GB: yeah its {NINO}
GB: {NINO|sp} || thats my NI
GB: ok so NI no. is {NINO|noise}
GB: national insurance number - {NINO} - and my payroll no is {=ticket}
US: itin {ITIN}
US: {ITIN} is what i use for taxes
US: tax id (itin) {ITIN|words}
US: {SSN}
US: ok its {SSN|sub}
US: social security # {SSN} dob {=date}
US: {CARD}
US: ok {CARD|sp}
US: {EMAIL}
US: yes thats right, {PHONE}
US: its {ROUT} || and {ACCT}
US: {PIN}
US: {CVV} i think
US: exp {EXP} || cvv {CVV} || name on card is the same as the account
AU: yep {PHONE|sp}
IN: {ACCT} sir
GB: {IBAN}
US: {PASS}
US: ok here u go {DL}
US: same as before? no, new one is {PWD}
US: tried logging in on {=date} at {=time} from ip {IP} and got locked out
US: I have {=qty:2} accounts, the checking is {ACCT} and savings {ACCT#2}
GB: hiya || sorry to bother u || my bank card {CARD|sp} got swallowed by the atm at store {=store}
US: lol ok
US: hold on let me find it
US: my number is {PHONE|multi:1} || oops hit enter {PHONE|multi:2}
GB: acc no {ACCT|multi:1} || {ACCT|multi:2} and sort code {ROUT}
IN: card {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4}
US: hi, calling about my car insurance policy {=policy} || the claim form asks for my license so {DL}
US: utility bill for {=meter} seems wrong, account holder email {EMAIL}
US: I'm trying to renew my passport online and it says number {PASS} doesn't match
US: can't log in to the irs payment thing, they want my ssn {SSN|sp} and it keeps timing out
US: the dmv site says my DL {DL} has a hold on it??
US: autopay pulled {=price} from the wrong acct. should be {ACCT} not {ACCT#2}
US: need to dispute a charge of {=price} on {=date}. card {CARD|sp}
US: so i called yesterday at like {=time} and the guy told me to message here. my # is {PHONE}
US: kk new card came, {CARD} {EXP} {CVV}
US: {CARD|sp} {EXP|cexp} {CVV}
US: yeah no the one on file is old, use {CARD} exp {EXP}
US: bro i literally gave you my email {EMAIL} like {=count} times
US: im on the {=model} with ios {=version} and the app crashes when i enter pin {PIN}
US: our staging box {IP} leaked the key {AKID} in a log, can AWS support revoke it
US: `export AWS_SECRET_ACCESS_KEY={ASK|kv}` <- that was in the screenshot i sent, is that bad
US: curl -u deploy:{PWD|urlpw} ... sorry meant https://deploy:{PWD|urlpw}@ci.example.com/hook
GB: the council tax portal wants my NI number {NINO} and it says invalid
GB: pension transfer, NI no. {NINO|sp}, policy {=policy}
GB: gas meter reading is {=meter}, and my number {PHONE} if the engineer needs it
GB: can u ring me back on {PHONE|sp} after {=time} pls
IE: put it on the card ending... ok full thing {CARD|sp}
IE: the bank details for the refund: {IBAN} / {SWIFT}
CA: Hey, my Interac e-transfer to {EMAIL} bounced, amount {=price}
AU: my medicare... nah u dont need that. passport {PASS} for the visa thing
IN: sir pan card not needed na? passport is {PASS} and aadhaar linked mobile {PHONE}
IN: pls refund to a/c {ACCT} IFSC {ROUT} branch near store {=store}
US: ok so its like {PHONE|words} you got that?
US: sorry typo, it's {EMAIL#2} not {EMAIL}
US: one sec || {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4} || done
US: ugh || whatever || {PWD} is the password just fix it
"""
