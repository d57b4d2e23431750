"""Round 44: four families of phrasing from customer-only chat.

- An account typed over several messages after naming only the transfer ("the transfer goes
  to 0673", then "2211", then "635 is the end of it"), in the five languages; amounts, times
  and single digits after a transfer's words stay.
- The password the customer remembers ("the last one i remember was X"), however far after
  the password word; without a password word, or with a plain word, nothing.
- An IPv6 address's network half (four hex groups) after an IP word; four numbers alone
  stay.
- A valid BIC alone on its line in pasted bank details, under a mistyped IBAN; a word in
  capitals on its line stays.

Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact

ACCOUNT = "[BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "messages",
    [
        ("the transfer goes to 0673", "2211 sorry", "635 is the end of it"),
        ("the wire should go to 592 375", "558", "237"),
        ("el depósito va a 4411", "2233 88"),
        ("el ingreso tiene que ir a 4411", "2233"),
        ("le virement va sur 4411", "2233 88"),
        ("die Überweisung geht an 4411", "2233 99"),
        ("a transferência vai para 4411", "2233"),
    ],
)  # fmt: skip
def test_an_account_typed_after_the_transfer_is_masked_in_every_message(messages):
    out, _ = conversation(*messages)
    assert all(ACCOUNT in text for text in out)
    assert not any(c.isdigit() for text in out for c in text)


@pytest.mark.parametrize(
    "messages",
    [
        ("the transfer goes to 12", "people"),  # two digits: no account's first part
        ("the deposit takes up to 331",),  # a time
        ("transfer limit raised to 5000",),  # an amount
        ("payout postponed to 2027",),
        ("payout to 12.50",),  # a decimal amount
        ("the transfer goes to 331 today",),  # digits not ending the message
        ("send the parcel to 331", "4455"),  # no transfer's word
    ],
)  # fmt: skip
def test_digits_that_are_no_account_after_a_transfer_stay(messages):
    out, _ = conversation(*messages)
    assert out[0] == messages[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pls reset my pw, username is ana_b and the last one i remember was rouge*92", "rouge*92"),
        ("reset my password, my email is on file and the one i used was pizza.1159", "pizza.1159"),
        ("olvidé la contraseña, usuario juan, la última que recuerdo era Sol#8812", "Sol#8812"),
        ("mot de passe oublié, identifiant marie, le dernier dont je me souviens c'était kiwi3334",
         "kiwi3334"),
        ("Passwort vergessen, Nutzer jan, das letzte, an das ich mich erinnere, war Nuage42!",
         "Nuage42!"),
        ("esqueci a senha, usuário ana, a última que eu lembro era sol.8812", "sol.8812"),
    ],
)  # fmt: skip
def test_the_password_remembered_is_masked(text, value):
    out = redact(text)
    assert value not in out
    assert "[PASSWORD]" in out


@pytest.mark.parametrize(
    "text",
    [
        "the last one i remember was flor*3404",  # no password word
        "reset my pw, the last one i remember was the blue one",  # a word, no value
        "reset pw, the last one i used was in 2019",
    ],
)  # fmt: skip
def test_no_password_word_or_no_value_keeps_the_text(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "my public ip 2001:db8:f18d:b9d1",
        "el router tiene ip 2001:db8:23:b35d y nada",
        "o roteador cai toda hora, ip 2001:db8:93f9:df7",
    ],
)  # fmt: skip
def test_an_ipv6_network_half_after_an_ip_word_is_masked(text):
    assert "[IP_ADDRESS]" in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "the ip 2001:db8:23 ok",  # three groups
        "meeting at 10:20:30:aa",  # no IP word
    ],
)  # fmt: skip
def test_fewer_groups_or_no_ip_word_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("coordonnées bancaires (copié de l'appli) :\nFR79755453669661o69473669o0\nMLIIFRRL",
         "MLIIFRRL"),
        ("bank details:\nBE92O0568O972223\nUWAVBEZEXXX", "UWAVBEZEXXX"),
        ("datos bancarios\nES9l 0049 0418 4502 0005 1332\nBSCHESMM", "BSCHESMM"),
        ("Bankverbindung:\nDE89 37O4 0044 0532 0130 00\nCOBADEFFXXX", "COBADEFFXXX"),
        ("dados bancários\nPT50 OOO2 0123 1234 5678 9015 4\nCGDIPTPL", "CGDIPTPL"),
    ],
)  # fmt: skip
def test_a_bic_alone_on_its_line_in_bank_details_is_masked(text, code):
    out = redact(text)
    assert code not in out
    assert "[SWIFT_CODE]" in out


@pytest.mark.parametrize(
    "text",
    [
        "my bank\nDEUTSCHE",  # a bank's name, a word in capitals
        "hello\nMLIIFRRL\nthanks",  # no bank details named
        "bank details: MLIIFRRL later",  # one line: the other BIC finders' to judge
    ],
)  # fmt: skip
def test_no_details_or_a_word_on_its_line_stays(text):
    assert redact(text) == text
