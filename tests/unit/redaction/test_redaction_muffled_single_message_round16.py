"""Round 16: values inside one message that an earlier round missed. The lockout said as a
failed login ("can't log in. tried Sol#8812 and Nuage42!", "j'arrive pas à me connecter") is
the login the tried values were typed at. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "lockout",
    [
        "can't log in",
        "can\u2019t log in",
        "cant login",
        "can't sign in",
        "cannot log in",
        "cannot sign-in",
        "j'arrive pas à me connecter",
        "j\u2019arrive plus à entrer",
    ],
)
def test_tried_values_after_a_failed_login(lockout):
    out = redact(f"{lockout}. tried Hund2024! und Katze#77 probiert")

    assert out.count("[PASSWORD]") == 2, out


@pytest.mark.parametrize(
    "text",
    [
        "can't log in on my iPhone15",  # a device's name
        "can log in. tried Sol#8812",  # no lockout
        "j'arrive à me connecter, essayé Sol#8812",  # no negation
        "can't log in, tried order#99812",  # a reference's word
    ],
)
def test_no_tried_password_without_a_failed_login_and_attempt(text):
    assert "[PASSWORD]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "temp password you sent me didnt work, i set it to Sol#8812",
        "the password you mailed failed twice so yesterday i changed it to Sol#8812.",
        "password expired, support reset it to 'Sol#8812'",
        "la contraseña que me mandaron no iba, así que la cambié a Sol#8812",
        "la clave temporal no funcionaba y al final la puse en Sol#8812",
        "le mdp provisoire marchait pas du coup je l'ai changé en Sol#8812",
        "a senha provisória não funcionava, então mudei para Sol#8812",
        "a senha nao dava e no fim troquei pra Sol#8812",
        "password kept failing so i updated it to Sol#8812",
        "password kept failing so i switched it to Sol#8812",
        "el password no iba, lo cambié por Sol#8812",
        "le mot de passe ne passait pas, je l\u2019ai mis à Sol#8812",
        "a senha do app falhou, alterei-a para Sol#8812",
    ],
)
def test_the_value_a_named_password_was_set_to(text):
    out = redact(text)

    assert "Sol#8812" not in out and "[PASSWORD]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "i set it to Sol#8812 and the password still fails",  # named after, not before
        "my address was wrong so i changed it to Flat#12B",  # no password word
        # past the few words read after the password word: a plain word, a reference, a version
        "the password you sent me didnt work for a week, then i set it to sunday",
        "the password you sent me didnt work for a week, then i set it to order#99812",
        "the password you sent me didnt work for a week, then i set it to v2.3.1",
    ],
)
def test_set_to_needs_a_password_named_before_and_a_password_shape(text):
    assert "[PASSWORD]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "can you refund to 6082 - 2925 - 0020 please, it's with a local bank",
        "refund it to 0858  5620 please",
        "please refund me into 11815962 thanks",
        "reimburse the money onto 11815962",
        "send the money back to my 11815962",
        "me lo reembolsan en 1181 5962 por favor",
        "devuélvanlo a 11815962",
        "remboursez sur 11815962 svp",
        "bitte das Geld zurück auf 11815962",
        "Erstattung auf 11815962 bitte",
        "pode fazer o estorno para 11815962",
        "devolvam na minha 11815962",
        "reembolso pra 11815962",
    ],
)
def test_a_long_number_a_refund_is_sent_to_is_an_account(text):
    out = redact(text)

    assert "[BANK_ACCOUNT_NUMBER]" in out and "5962" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "refund to 1181596",  # seven digits: a reference's length
        "refund to order 11815962",  # a reference's word
        "refund of 11815962",  # no destination
        "refund to 12/05/2025",  # a date
        "I want a refund, my phone is fine, 11815962 is the parcel",  # not right before it
    ],
)
def test_no_account_where_no_refund_is_sent_to_the_number(text):
    assert "[BANK_ACCOUNT_NUMBER]" not in redact(text)


def test_a_refund_destination_is_read_within_forty_characters_of_the_number():
    # "refunds", "refunded", "refundable": any word the verb starts; 40 characters back at most
    near = "refund" + "s" * 30 + " to 11815962"
    far = "refund" + "s" * 31 + " to 11815962"

    assert "[BANK_ACCOUNT_NUMBER]" in redact(near)
    assert "[BANK_ACCOUNT_NUMBER]" not in redact(far)


@pytest.mark.parametrize(
    "text",
    [
        "i changed my pin at the atm in store 772 to 9645",
        "reset pin at branch 772 to 9645",
        "set the pin in shop 772 to nine six four five",
        "updated my card pin at store 772 to 9645 yesterday",
        "cambié el pin en el cajero de la sucursal 772 a 9645",
        "puse el pin del cajero 772 en 9645",
        "j'ai changé mon pin à l'agence 772 en 9645",
        "modifié mon pin agence 772 en 9645",
        "mudei a senha no caixa da agência 772 para 9645",
        "troquei a senha na loja 772 pra 9645",
        "alterei minha senha no caixa 772 para 9645",
        "hab die pin am automaten in filiale 772 auf 9645 geändert",
        "hab die pin in filiale 772 auf neun sechs vier fünf gesetzt",
        "die PIN am Automaten 772 auf fünfundneunzig, fünfzehn umgestellt",
    ],
)
def test_the_value_a_pin_was_changed_to_past_a_place_number(text):
    out = redact(text)

    assert "[PIN]" in out and "772" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "the pin at store 772 to 9645",  # no change's verb
        "changed my pin at store 772 to 12/05/2025",  # a date
        "hab die pin in filiale 772 auf 9645 gelassen",  # not a change's participle
        "changed my pin at store 772. go to 9645",  # another sentence
        "i changed the old bank card pin at store 772 to 9645",  # three words before it
    ],
)
def test_no_pin_changed_to_without_the_change(text):
    assert "[PIN]" not in redact(text)


def test_the_change_reaches_48_characters_past_the_pin_word():
    near = "i changed my pin in store 77" + "x" * 36 + " to 9645"
    far = "i changed my pin in store 77" + "x" * 37 + " to 9645"

    assert "[PIN]" in redact(near)
    assert "[PIN]" not in redact(far)


@pytest.mark.parametrize(
    "text",
    [
        "security code is 437 and it runs out 0128",
        "the card runs out 01/28",
        "my cards run out 022029",
        "the old card ran out 09/26",
    ],
)
def test_a_card_that_runs_out_names_its_expiry(text):
    out = redact(text)

    assert "[CREDIT_DEBIT_EXPIRY]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "my subscription runs out 01/28",  # a bill's date
        "the offer runs out 31/12",  # a day and a month
        "the battery runs out in 2 hours",
        "my data ran out 3 days ago",  # a count, not a month and a year
    ],
)
def test_other_things_that_run_out_keep_their_dates(text):
    assert "[CREDIT_DEBIT_EXPIRY]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "acc no. 0720 9979, sortcode 95/97/57",
        "sort code: 20/00/00",
        "sort-code 20/00/00 thanks",
        "s/c 20/00/00",
        "sort code is now 20/00/00",  # eight characters between
    ],
)
def test_a_sort_code_in_slashed_pairs_after_its_word(text):
    out = redact(text)

    assert "[BANK_ROUTING]" in out and "20/00" not in out and "97/57" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "sort code is now: 20/00/00",  # nine characters between
        "sort code changed on 12/05/24",
        "sort code 20/00/2000",  # a year's four digits
        "sort code 20/00/00/11",  # a fourth pair
        "parcel 20/00/00",  # no sort code word
    ],
)
def test_slashed_pairs_not_right_after_a_sort_code_word_stay(text):
    assert "[BANK_ROUTING]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("la ip 203/0/113/248 y la mac", "203/0/113/248"),
        ("my ip is 198/51/100/23", "198/51/100/23"),
        ("IP-Adresse: 10/0/0/1.", "10/0/0/1"),
    ],
)
def test_an_ip_address_in_slashed_parts_after_its_word(text, address):
    out = redact(text)

    assert out == text.replace(address, "[IP_ADDRESS]"), out


@pytest.mark.parametrize(
    "text",
    [
        "ip 256/0/113/248",  # a part above 255
        "ip 203/0/113/248/7",  # a fifth part
        "the ip changed on 12/05/2024",  # a date
        "parcel 203/0/113/248",  # no IP word
    ],
)
def test_slashed_numbers_that_are_no_ip_address_stay(text):
    assert "[IP_ADDRESS]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "four digits right? 6908",
        "6 digits yeah? 690857",
        "son cuatro cifras no? 7485",
        "seis dígitos? 748512",
        "quatre chiffres c'est ça ? 786152",
        "six chiffres ? 786152",
        "vier Stellen oder? 9041",
        "sechs Ziffern? 904112",
        "são quatro números né? 1234",
    ],
)
def test_a_code_after_its_length_is_asked_back(text):
    out = redact(text)

    # four digits alone may be read as the security code: masked either way
    assert out.endswith(("[PIN]", "[CREDIT_DEBIT_CVV]")), out


@pytest.mark.parametrize(
    "text",
    [
        # a card's or an account's last digits
        "the last six digits? 690857 i think",
        "los últimos seis dígitos? 748512",
        "les derniers six chiffres ? 786152",
        "die letzten sechs Ziffern? 904112",
        "four digits right 6908",  # no question
        "four digits right? 690",  # three digits
        "six digits right? 6908571",  # seven digits
        "six digits right? 2024-05-01",  # a date
        "four digits. right? 6908",  # another sentence
        "four digits " + "x" * 23 + " ? 690857",  # past 24 characters
    ],
)
def test_no_code_without_its_length_asked_just_before(text):
    assert "[PIN]" not in redact(text)


def test_the_question_closes_within_24_characters():
    assert redact("four digits " + "x" * 22 + " ? 690857").endswith("[PIN]")
