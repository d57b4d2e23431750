"""Families found leaking on the twenty-second author's opened split: a secret under an
environment name that starts with the secret's word ("SECRET_KEY=..."), a card's month cut
to three French letters ("exp aoû/28", "jui 27"), and a user name's label opening the last
clause of a message ("the app crashes, mi usuario jdoe")."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

# synthetic: forty characters of an AWS secret key's alphabet, no real key
_SECRET = "Zq7Rk2Lm9Xw4Tb8Nc1Vd6Hs3Jf0Gp5Ya+Ue/Oi2E"


@pytest.mark.parametrize(
    "text",
    [
        f"SECRET_KEY={_SECRET}",
        f"copied from the env file:\nsecret_access_key = '{_SECRET}'",
        f'SECRET_KEY = "{_SECRET}"',
    ],
)
def test_a_secret_key_of_forty_characters_under_its_bare_name_is_an_aws_secret(text):
    out = redact(text)

    assert "[AWS_SECRET_KEY]" in out
    assert _SECRET not in out


def test_a_shorter_secret_under_the_bare_name_is_a_password():
    # 39 characters: not an AWS secret key's length
    out = redact(f"SECRET_KEY={_SECRET[:-1]}")

    assert "[PASSWORD]" in out
    assert "[AWS_SECRET_KEY]" not in out


def test_a_bare_token_name_with_an_underscore_is_a_key():
    assert redact("TOKEN_VALUE: hq82kd0s") == "TOKEN_VALUE: [PASSWORD]"


@pytest.mark.parametrize(
    "text",
    [
        # the word alone is prose, with no underscore going on
        "token: expired",
        "secret: nobody knows",
        # an underscore and nothing after it names nothing
        "secret_: nobody",
    ],
)
def test_the_secret_word_alone_before_a_colon_is_no_key(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("expi : aoû/33", "aoû"),
        ("exp aou 27", "aou"),
        ("ma CB 4111 1111 1111 1111 exp jui/28", "jui"),
        ("exp juil. 29", "juil"),
    ],
)
def test_a_french_month_cut_to_three_letters_is_an_expiry(text, month):
    out = redact(text)

    assert "[CREDIT_DEBIT_EXPIRY]" in out
    assert month not in out


@pytest.mark.parametrize(
    "text",
    [
        # no expiry word: a month and a number of anything
        "on se voit en aoû 27 personnes",
        # letters that only start like the month
        "le caoutchouc 25 euros",
    ],
)
def test_a_cut_month_without_its_word_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "la app se cierra con la version 5.9, mi usuario jperez",
        "o app fecha na versão 9.1, usuário jsilva",
        "ça plante! mon identifiant mdupont",
        "esto falla; tu usuario jperez",
        "la app va bien. usuario jperez",
    ],
)
def test_a_label_opening_the_last_clause_hands_the_name_over(text):
    out = redact(text)

    assert "[USERNAME]" in out
    assert not any(name in out for name in ("jperez", "jsilva", "mdupont"))


@pytest.mark.parametrize(
    "text",
    [
        # no clause break before the label: a sentence goes on into it
        "la version 5.9 mi usuario jperez",
        "hola usuario jperez",
        # what the clause says of the account, not a name
        "no puedo entrar, usuario bloqueado",
        "gracias. mi usuario tampoco",
        "ça marche pas, mon identifiant aussi",
        "la app va bien. usuario nuevo",
        # a label that is a person, not the name's word
        "es raro, user jperez",
    ],
)
def test_a_clause_that_names_no_user_name_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "postal code 6543",
        "cell no 071 555 0134, postal code 6543",
        "my zip code is 9021",
        "post code 2000",
    ],
)
def test_a_postcode_after_its_english_word_is_no_card_code(text):
    assert "[CREDIT_DEBIT_CVV]" not in redact(text)
    assert "[PIN]" not in redact(text)


@pytest.mark.parametrize("text", ["code 482", "the code 482", "card code 482"])
def test_code_alone_before_digits_is_still_a_card_code(text):
    assert "482" not in redact(text)


def test_a_transfer_purpose_line_is_no_account():
    out = redact("Konto 12345678, Verwendungszweck 88812345")

    assert "88812345" in out
    assert "12345678" not in out
