"""Round 19, values inside one message: an IP address typed without its separators or with
look-alike letters, a MAC address with mixed joints between its pairs, Brazilian chat's
"dps" between a number's groups, the "vcto" of a Brazilian bill, the new PIN after the old
one and the phone that is the addressee of a texting link. Each with the boundaries that
keep it from other numbers. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ip address 192168120 is blocked", "ip address [IP_ADDRESS] is blocked"),
        ("my ip 1921681", "my ip [IP_ADDRESS]"),  # seven digits: 1.92.168.1 and the like
        ("ip 192168100200", "ip [IP_ADDRESS]"),  # twelve
        ("die IP 100641251 ist gesperrt", "die IP [IP_ADDRESS] ist gesperrt"),
        ("ip 2001db8a", "ip [IP_ADDRESS]"),  # IPv6 without colons: eight hex digits
        ("ip fixe I72.I6.O.2l", "ip fixe [IP_ADDRESS]"),
        ("o ip 2OO.I5.O.7 tá bloqueado", "o ip [IP_ADDRESS] tá bloqueado"),
    ],
)
def test_an_ip_typed_without_separators_or_with_lookalikes_is_masked(
    text: str, masked: str
) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ip 192168",  # six digits
        "ip 10000000",  # no four parts without a leading zero
        "ip 999999999",  # no four parts to 255
        "ip 2001db8",  # seven hex digits
        "ip deadbeefcafe",  # hex letters only: a word
        "ip 3OO.1.l.1",  # a part above 255
        "ip for the office router 19216812",  # past the gap after the IP word
        "ip67 1921681",  # an ingress rating, not the IP word
        "policy IP-3268056",  # glued to the letters IP: a reference
        "ref 1921681",
    ],
)
def test_other_numbers_near_an_ip_word_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "mac 3C * 5A | 0B , 7F 👉 E2 / 19",
        "mac 6e/95\nCB\n3a|05 🙂 D1",
        "mac 4f / 2a | 91 / c3 / 07 / be",
    ],
)
def test_a_mac_with_mixed_joints_is_masked(text: str) -> None:
    assert redact(text) == "mac [MAC_ADDRESS]"


@pytest.mark.parametrize(
    "text",
    [
        "mac 00 * 10 | 20 , 30 / 40 / 50",  # no hex letter
        "mac 3C * 5A | 0B , 7F / E2 / 19 | 44",  # seven pairs
        "ref 3C * 5A | 0B , 7F 👉 E2 / 19",  # no MAC word
    ],
)
def test_pairs_that_are_no_mac_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("cartão 4111 dps 1111 dps 1111 dps 1111", "cartão [CREDIT_DEBIT_NUMBER]"),
        ("cpf 123 dps 456 dps 789 dps 09", "cpf [BR_CPF]"),
    ],
)
def test_dps_between_groups_joins_them(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_dps_inside_a_word_joins_nothing() -> None:
    text = "cpf 123 xdps 456 dps 789 dps 09"
    assert redact(text) == text


def test_vcto_names_an_expiry() -> None:
    assert redact("cartão vcto 0829") == "cartão vcto [CREDIT_DEBIT_EXPIRY]"
    assert redact("cartão ref 0829") == "cartão ref 0829"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pin ändern: alt 4821 neu 7390", "pin ändern: alt [PIN] neu [PIN]"),
        ("change pin old 4821 new: 7390", "change pin old [PIN] new: [PIN]"),
        ("cambiar pin viejo 4821 nuevo 7390", "cambiar pin viejo [PIN] nuevo [PIN]"),
        ("pin: ancien 4821 nouveau 7390", "pin: ancien [PIN] nouveau [PIN]"),
        ("pin antigo 4821 novo 7390", "pin antigo [PIN] novo [PIN]"),
        ("cvv 123 new 456", "cvv [CREDIT_DEBIT_CVV] new [CREDIT_DEBIT_CVV]"),
    ],
)
def test_the_new_value_after_the_old_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_word_that_starts_like_new_is_no_new_value() -> None:
    assert redact("pin 4821 news 7390 today") == "pin [PIN] news 7390 today"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("https://x.example.com/sms?to=2025550143", "https://x.example.com/sms?to=[PHONE]"),
        ("https://x.example.com/call?dest=2025550143", "https://x.example.com/call?dest=[PHONE]"),
        (
            "https://x.example.com/whatsapp/send?text=hi&to=2025550143",
            "https://x.example.com/whatsapp/send?text=hi&to=[PHONE]",
        ),
    ],
)
def test_the_addressee_of_a_texting_link_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "https://x.example.com/order?to=2025550143",  # no texting path
        "https://x.example.com/sms?ref=2025550143",  # no addressee key
        "https://x.example.com/sms?topic=2025550143",  # a key that only starts like "to"
    ],
)
def test_other_link_parameters_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("gamertag is rox_lane42, order 5512", "gamertag is [USERNAME], order 5512"),
        ("mon pseudo c'est quentinx8", "mon pseudo c'est [USERNAME]"),
        ("my nickname: dora.vex", "my nickname: [USERNAME]"),
    ],
)
def test_a_gamer_or_forum_name_word_names_a_user_name(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("please lock the account rox_lane42", "please lock the account [USERNAME]"),
        ("bloqueen la cuenta de dora.vex7", "bloqueen la cuenta de [USERNAME]"),
        ("le compte quentinx8 ne marche plus", "le compte [USERNAME] ne marche plus"),
        ("bitte konto rox.lane sperren", "bitte konto [USERNAME] sperren"),
        ("inscrit sous quentinx8 depuis 2019", "inscrit sous [USERNAME] depuis 2019"),
        ("angemeldet als rox_lane seit 2020", "angemeldet als [USERNAME] seit 2020"),
        ("cadastrei como dora.vex em 2021", "cadastrei como [USERNAME] em 2021"),
        ("registered as quentinx8 last year", "registered as [USERNAME] last year"),
        ("my account is rox.lane42", "my account is [USERNAME]"),
        ("account: rox.lane42", "account: [USERNAME]"),
    ],
)
def test_a_handle_after_its_account_or_sign_up_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "the account settings page",  # a word: no digit, dot or underscore
        "account x99",  # one letter first
        "account Rox_lane42",  # a capital first: a name or a reference, not read here
        "registered as premium",
        "account ab.",  # the sentence's full stop
        "my account rox_lane42.Old",  # a capital after the dot: not one handle
    ],
)
def test_other_words_after_account_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mi pin es doble cinco siete uno", "mi pin es [PIN]"),
        ("meu pin é duplo zero um dois", "meu pin é [PIN]"),
        ("pin doppel null eins zwei", "pin [PIN]"),
        ("vence cero nueve doble dos", "vence [CREDIT_DEBIT_EXPIRY]"),
        ("código tripla sete um", "código [CREDIT_DEBIT_CVV]"),
    ],
)
def test_repeat_words_of_every_language_repeat_the_next_digit(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "habitación doble 2 noches",  # a double room: no digit word follows
        "pedido 12 doble 34",  # alone between typed digits, as "double" is
    ],
)
def test_a_repeat_word_alone_is_no_digit(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("weiss nicht ob 7316 oder 482905", "weiss nicht ob [PIN] oder [PIN]"),
        ("no sé si 4821 o 7730", "no sé si [PIN] o [PIN]"),
        ("not sure if 4821 or 7730", "not sure if [PIN] or [PIN]"),
        ("não sei se 4821 ou 7730", "não sei se [PIN] ou [PIN]"),
        ("je sais plus si 4821 ou 7730", "je sais plus si [PIN] ou [PIN]"),
    ],
)
def test_two_guesses_after_a_hedge_without_its_verb_are_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "weiss nicht ob 2019 oder 2020",  # years
        "not sure if 1500 or 2000 euros",  # amounts
        "weiss nicht ob 48 oder 77",  # too short for a code
    ],
)
def test_other_numbers_after_a_hedge_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my sim pin is 2412 and puk is 8082", "my sim pin is [PIN] and puk is [PIN]"),
        ("el puk es 55667788", "el puk es [PIN]"),
    ],
)
def test_a_sim_puk_is_masked_as_its_pin(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_word_that_starts_like_puk_names_nothing() -> None:
    assert redact("puking 1234") == "puking 1234"


def test_brevete_names_a_driving_licence() -> None:
    assert redact("brevete Q512 🙂 7730 🙂 K") == "brevete [DRIVER_ID]"
    assert redact("brevetes 12345") == "brevetes 12345"  # another word
