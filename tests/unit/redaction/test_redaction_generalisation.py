"""Phrasings the corpora do not hold, written from how customers type PII (issue 14):
shorthands and misspellings of context words in five languages, the value before its
word, forms ("Card: ... / CVV: ..."), quotes, parentheses and emoji around values.
Synthetic values only. Each case names what it guards; hard negatives must stay."""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.telemetry import MemoryCounter

REDACTOR = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS})),
    comprehend_client=None,
    counter=MemoryCounter(),
)


@pytest.mark.parametrize(
    ("case", "text", "values"),
    [
        # password words: shorthands and misspellings
        ("pword", "can't log in, pword F!%oA4%Zx", ["F!%oA4%Zx"]),
        ("pword with a colon", "new pword: drag$530xyq .", ["drag$530xyq"]),
        ("p-word was", "p-word was wolke_dragon09 i think", ["wolke_dragon09"]),
        ("passowrd", "new passowrd: Luna$154yyz", ["Luna$154yyz"]),
        ("passwrd", "passwrd is Kiwi_2231", ["Kiwi_2231"]),
        (
            "Passwrt, value after 'auf'",
            "hab das Passwrt auf tigre-soleil33 geändert",
            ["tigre-soleil33"],
        ),
        ("Paswort", "mein Paswort ist Hund!7788", ["Hund!7788"]),
        ("contrasña", "cambie la contrasña a soleil_soleil90 ayer", ["soleil_soleil90"]),
        ("contrasenia", "contrasenia: perro.gato12", ["perro.gato12"]),
        ("mot de pass", "identifiant jo@example.com mot de pass 3YEkb-d4w5", ["3YEkb-d4w5"]),
        ("mot-de-passe", "mot-de-passe girasol_pepita20", ["girasol_pepita20"]),
        ("mdp c'était", "l'ancien mdp c'était mariposa-soleil31 je crois", ["mariposa-soleil31"]),
        (
            "mdp, c'était with a typographic apostrophe",
            "mon mdp c’était Boli@964qyq",
            ["Boli@964qyq"],
        ),
        (
            "German 'Pass' for password",
            "Login ist ana und Pass bacalhau_chou06",
            ["bacalhau_chou06"],
        ),
        ("Portuguese 'pass'", "login ines pass BT8sm3jYKT*uIn", ["BT8sm3jYKT*uIn"]),
        ("French 'pass'", "identifiant csantos pass tigre73.", ["tigre73"]),
        # the value first
        ("value before 'is my password'", "Sol#8812 is my new password", ["Sol#8812"]),
        ("value before 'c'est mon mdp'", "Nuage42! c'est mon mdp", ["Nuage42"]),
        ("value before 'era a senha'", "gato_azul77 era a senha antiga", ["gato_azul77"]),
        ("quoted value before the word", '"Kiwi_2231" is the password', ["Kiwi_2231"]),
        ("value before 'ist mein Passwort'", "Hund!7788 ist mein Passwort", ["Hund!7788"]),
        ("Spanglish", "mi password es Perro#2024 ok?", ["Perro#2024"]),
        ("value in parentheses", "my password (Tr0ub4dor&3) stopped working", ["Tr0ub4dor&3"]),
        # security codes and PINs: misspellings, umlauts written out
        ("codgio de seguridad", "vto 0831 codgio de seguridad 161", ["161"]),
        ("codigp", "codigp 552", ["552"]),
        ("Sicherheitscde", "Sicherheitscde 757 – gleiche Karte", ["757"]),
        ("Sicherheits-Code", "Sicherheits-Code: 318", ["318"]),
        ("Pruefziffer", "Pruefziffer 359", ["359"]),
        ("cryptograme", "cryptograme 2384", ["2384"]),
        ("senha as a PIN", "minha senha de quatro dígitos é 809278", ["809278"]),
        ("CVV in a form", "Card: 4111 1111 1111 1111 / CVV: 123", ["123"]),
        # passports and driving licences: travel-desk shorthands
        ("pp no", "checking in tomorrow, pp no A12478229, thanks", ["A12478229"]),
        ("pp#", "pp# 599412128", ["599412128"]),
        ("German passport of letters", "Pass-Nr. JXCLFFVTX bitte", ["JXCLFFVTX"]),
        ("lic #", "lic # Y2171214, passport C07892762", ["Y2171214", "C07892762"]),
        ("license #", "license # D1234567 (California)", ["D1234567"]),
        ("licencia alone", "me pidieron la licencia Q49900507", ["Q49900507"]),
        ("Portuguese 'carta'", "carta P-651864 6, passaporte N279921", ["651864", "N279921"]),
        # numbers split by noise words and emoji, followed by a parenthesis and an article
        ("CPF, emoji between groups", "CPF 830💳041💳997💳77 (o app corta)", ["830", "041", "77"]),
        (
            "CPF, 'depois' between groups",
            "CPF 777, depois 772, depois 612, depois 90 (o app)",
            ["777", "90"],
        ),
        ("CPF, pipes", "CPF 798|285|711|61 (o app corta os pontos)", ["798", "61"]),
        # national ids with their pieces set apart, spelled, or after a long context word
        ("NINO, dashes", "My nat ins no is HS - 76 - 79 - 59 - C, thanks", ["76", "59"]),
        ("NINO, middle dots", "NI# RW · 76 · 58 · 60 · C", ["76", "60"]),
        ("NINO, joining words", "NI number is CG then 53 then 07 then 62 then D", ["53", "62"]),
        ("NINO, spelled pairs", "My NI# is GG, seven zero, one nine, 87, A", ["87"]),
        ("NINO, across a line break", "NI no PN / 14 ; 19\n71 ... A", ["14", "71"]),
        ("DNI spelled with dashes", "es tres siete - seis seis seis - dos nueve dos - C", ["C"]),
        ("DNI, letter then 'y'", "dni 76982931 E y telefono 674 062 563", ["76982931"]),
        (
            "Steueridentifikationsnr",
            "Steueridentifikationsnr? die ist 32751707480",
            ["32751707480"],
        ),
        ("Steuer-Ident-Nr. dashed", "Steuer-Ident-Nr. 63-854-914-072", ["914"]),
        # look-alike letters in pairs, noise words of French
        ("NIR with 'lO' and 'O6'", "n° de sécu 2 60 lO O6 361 970 96, merci", ["361", "96"]),
        ("phone with 'lO'", "tel 06 39 lO 17 l7 (chez free)", ["39", "17"]),
        ("CPF ending in '-lO'", "meu cpf 53l.ll1.759-lO, copiei", ["759", "lO"]),
        ("card split by 'après'", "carte 5555, après 5565, après 1741, après 5898", ["5898"]),
        ("account split by 'après'", "no de compte 714 🔸 9334, après 2741 à la banque", ["2741"]),
        # the back of the card
        ("'el de atrás'", "el de atrás es 123", ["123"]),
        ("'los 3 números de atrás'", "los 3 números de atrás: 456", ["456"]),
        ("'no verso'", "os 3 números no verso do cartão: 456", ["456"]),
        ("'au dos'", "le code au dos 789", ["789"]),
        ("'Rückseite'", "Rückseite 123", ["123"]),
        ("'on the back'", "the 3 numbers on the back 456", ["456"]),
        # the value first, for short codes
        ("CVV before its word", "123 is the cvv", ["123"]),
        ("PIN before its word, Spanish", "1234 es mi pin", ["1234"]),
        ("PIN before its word, French", "4821 c'est mon code secret", ["4821"]),
        ("PIN before its word, German", "0987 ist die PIN", ["0987"]),
        ("'pass:' in a login line", "login: ana / pass: Sunny#2024", ["Sunny#2024"]),
        # an identifier's own word before a value of its shape whose check digit fails
        ("mistyped CPF", "CPF 123.456.789-00", ["789-00"]),
        ("mistyped CURP", "mi curp es GODE561231HDFRRN09", ["GODE561231HDFRRN09"]),
        ("mistyped NIR", "numéro de sécu 1 85 05 78 006 084 36", ["084 36"]),
        ("mistyped DNI letter", "DNI 12345678A", ["12345678A"]),
        ("mistyped NIF", "NIF 123456780", ["123456780"]),
        # identifiers typed before the words that name them
        ("licence named after", "R6819337 es el número de mi licencia", ["R6819337"]),
        ("licence, digits only", "43198229 es el numero de mi licencia", ["43198229"]),
        ("passport in parentheses", "455763o04 (passport) expires next year", ["455763o04"]),
        ("passport, 'that's my'", "A1234567 that's my passport", ["A1234567"]),
        ("German 'ist mein Pass'", "hf74lj9wf ist mein pass, läuft bald ab", ["hf74lj9wf"]),
        ("routing first", "085283444 is the routing and acct is 8281 5543 284", ["085283444"]),
        ("account first, French", "93469-444467 c'est le numéro de compte", ["444467"]),
        ("Steuer-ID first", "48 / 757 / 792 / 311 (steuer-id) wegen rechnung", ["757", "311"]),
        ("NIF first", "123456789 é o meu NIF", ["123456789"]),
        ("passport cut short", "vuelo el 27/10/25, pasap pab760192", ["pab760192"]),
        # expiries: glued, abbreviated, years as words
        ("glued expiry", "vence022030 cvv 898", ["022030", "898"]),
        ("exp0627", "exp0627 pls", ["0627"]),
        ("'expi'", "nouvelle carte expi 0126 cryptogramme 807", ["0126"]),
        ("English year words", "expires november twenty six i think", ["twenty six"]),
        ("Spanish year word", "caduca en enero veintiséis creo", ["veintiséis"]),
        ("French year words", "expire fin juin vingt-huit", ["vingt-huit"]),
        ("German year word", "gültig bis März sechsundzwanzig", ["sechsundzwanzig"]),
        ("Portuguese year words", "validade junho de vinte e sete", ["vinte e sete"]),
        # lower-case BICs after their word, second guesses of a PIN
        ("lower-case BIC", "iban de15 4781 9717 3467 7431 14 bic bschdeez", ["bschdeez"]),
        ("BIC in parentheses", "a mi cuenta (swift barcmxe9)", ["barcmxe9"]),
        ("a second PIN guess", "mon pin... c'était 3020 ou o56o ?", ["3020", "o56o"]),
        ("a second CVV guess", "cvv 123 or maybe 132", ["123", "132"]),
        # card words as typed in a hurry, 'n' between groups
        ("'crd'", "my crd 4111 1111 1111 1111", ["1111 1111"]),
        ("'carddd'", "carddd 4111111111111111", ["4111111111111111"]),
        ("'n then' between groups", "card '4111/3841 n then 6721 and 3772'", ["3841", "3772"]),
        ("spelled PIN first", "quatro seis um zero é o pin que botei no caixa", ["quatro seis"]),
        ("licence with a check digit apart", "L-086655 9 é o número da minha carteira", ["086655"]),
        ("CNH before 'carteira'", "41749764402 é o número da minha carteira", ["41749764402"]),
        ("passport with its digit last", "JColZMFC5 ist mein pass", ["JColZMFC5"]),
        # a longer context word read whole, however its short form would end ("pin" of
        # "pin-nummer"), and a second guess after it
        (
            "pin-nummer",
            "hab die pin-nummer vergessen... war das 4702 oder 0I6024?",
            ["4702", "0I6024"],
        ),
        ("security code on the card", "security code on the card is 123", ["123"]),
    ],
)
def test_values_are_masked(case: str, text: str, values: list[str]) -> None:
    masked = REDACTOR.redact(text).text
    assert not [v for v in values if v in masked], (case, masked)


@pytest.mark.parametrize(
    ("case", "text", "kept"),
    [
        (
            "a word in parentheses after a password word",
            "palavra-passe do app (versão 16.5.22)",
            ["(versão", "16.5.22"],
        ),
        ("an elided French word", "le mdp c'était faux", ["c'était faux"]),
        ("a passport after German 'Pass'", "Pass C01X00T47 abgelaufen", ["abgelaufen"]),
        ("a version before a password word", "v2.3.1 is the password manager version", ["v2.3.1"]),
        (
            "an e-mail before a password word",
            "ana@example.com is my login, password later",
            ["[EMAIL]"],
        ),
        ("a pass without a value", "season pass is expired", ["expired"]),
        ("a version after senha", "minha senha do app (versão 14.1.6)", ["14.1.6"]),
        ("a Portuguese post parcel", "CTT 4414222074 parado desde 2024-01-27", ["4414222074"]),
        ("a UPS parcel", "UPS 1Z999AA10123456784 delayed", ["1Z999AA10123456784"]),
        ("a postal code", "código postal 28001", ["28001"]),
        ("a letter, not a licence", "carta registrada RR123456789BR", ["RR123456789BR"]),
        ("capitals after a passport word", "passport number PLEASE HELP", ["PLEASE HELP"]),
        ("an article after a number", "tenho 77 (o app diz)", ["77 (o app"]),
        ("a version before a PIN word", "1.2.3 is the pin pad firmware", ["1.2.3"]),
        ("an order number after a CPF word", "CPF ok, pedido 12345678900", ["12345678900"]),
        ("a German passport after 'Pass:'", "Pass: C01X00T47", ["[PASSPORT_NUMBER]"]),
        ("a count before 'atrás'", "hace 3 días atrás pedí 2 cosas", ["3 días", "2 cosas"]),
        ("a date before a passport word", "el 2026-07-09, pasaporte PAA807680", ["2026-07-09"]),
        ("a reference before a passport word", "order 12345678 (passport fee)", ["12345678"]),
        ("an order named after", "12345678 is the order, my account is fine", ["12345678"]),
        (
            "a receipt number after a card word",
            "the long number on my receipt is 652926846936851479, is that the order?",
            ["652926846936851479"],
        ),
        ("a lower-case word after 'swift'", "swift transfer please", ["transfer please"]),
        ("a time word after an expiry word", "expires in twenty minutes", ["twenty minutes"]),
        ("a date after a PIN word", "o pin que botei no caixa em 2027-02-28", ["2027-02-28"]),
        ("an amount after an account", "account 94146737 - refund of £1884.00 pls", ["1884.00"]),
        ("a number after 'réf'", "payé à 10:15, réf 82972303878", ["82972303878"]),
        ("a shipping label", "label 0377 8839 5331 9023 4155 56", ["0377 8839 5331 9023 4155 56"]),
        ("a time after 'après'", "rappelez au 06 12 34 56 78 après 9h30", ["9h30"]),
        ("'ni' as a word", "ni 12 ni 34 ni 56 ni A", ["12", "56"]),
        ("a CEP before an accented word", "entregue no cep 53321-559, só que não", ["53321-559"]),
    ],
)
def test_hard_negatives_stay(case: str, text: str, kept: list[str]) -> None:
    masked = REDACTOR.redact(text).text
    assert all(k in masked for k in kept), (case, masked)
