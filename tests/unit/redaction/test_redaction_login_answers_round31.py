"""Answers of letters and digits to an agent's question, as another author's agents and
customers write them (round 32, ``asked_answer`` and ``continuation``).

The user name and the password asked for together come back together; a value is thanked
for after it, read out in groups, typed again after "wait" or "not that one"; a user name is
names run together, a password capitals scattered in letters, a licence digits alone. A
request names the name one logs in with, a licence's "número da carta", and asks with
"pfv".
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.patterns.asked_answer import (
    answered_login,
    answered_value,
    corrects,
)
from connect_privacy.telemetry import MemoryCounter
from tests.support.redaction import answers_to as converse

NOW = 1_764_115_200.0


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    settings = RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}))
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


def value_of(text: str, entity: str, *, retyped: bool = False) -> str | None:
    span = answered_value(text, entity, retyped=retyped)
    return text[span[0] : span[1]] if span else None


# The user name and the password together


@pytest.mark.parametrize(
    ("question", "answer", "user", "password"),
    [
        ("username + password you tried?", "lena_k41 / Zorro#77x", "lena_k41", "Zorro#77x"),
        ("usuario y contraseña que usaste?", "PaulWeiss  vTRbqLmoXe", "PaulWeiss", "vTRbqLmoXe"),
        ("identifiant + mot de passe ?", "lu.silva9 -- Kiwi2024!", "lu.silva9", "Kiwi2024!"),
        ("benutzername + passwort?", "kai.b77 | #Mond55rot", "kai.b77", "#Mond55rot"),
        ("usuário e senha que tentou?", "ana_m3\nPraia#808", "ana_m3", "Praia#808"),
        ("username and password please", "ok tomv_88 Sol4ris! thx", "tomv_88", "Sol4ris!"),
    ],
)  # fmt: skip
def test_the_user_name_and_password_answered_together_are_both_masked(
    redactor, question: str, answer: str, user: str, password: str
) -> None:
    (seen,) = converse(redactor, question, [answer])
    assert user not in seen and password not in seen


def test_a_password_keeps_its_opening_marks() -> None:
    pair = answered_login("!Zorro77x lena_k41", "PASSWORD")
    assert pair and pair[0].begin == 0


def test_the_pair_is_named_in_the_order_the_question_asked() -> None:
    user_first = answered_login("lena_k41 Zorro#77x", "USERNAME")
    password_first = answered_login("Zorro#77x lena_k41", "PASSWORD")
    assert user_first and [s.entity_type for s in user_first] == ["USERNAME", "PASSWORD"]
    assert password_first and [s.entity_type for s in password_first] == ["PASSWORD", "USERNAME"]


@pytest.mark.parametrize(
    "answer",
    [
        "rafa_m72 thanks",  # a word of letters alone after the name: a reply
        "hello Zorro#77x",  # a greeting first: no user name's shape
        "lena_k41 Zorro#77x and then some more words here",  # prose
        "ok thanks",
    ],
)
def test_no_pair_without_two_credentials(answer: str) -> None:
    assert answered_login(answer, "USERNAME") is None


def test_a_pair_is_read_for_a_login_question_only() -> None:
    assert answered_login("K7MX2291 Q9912345", "DRIVER_ID") is None


# Thanks after the value


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Q9912345 thx", "DRIVER_ID", "Q9912345"),
        ("Kiwi#2207? danke", "PASSWORD", "Kiwi#2207?"),
        ("!Nube404oro gracias", "PASSWORD", "!Nube404oro"),
        ("lu.silva9 merci", "USERNAME", "lu.silva9"),
        ("é o TRX55012 obrigado", "PASSPORT_NUMBER", "TRX55012"),
    ],
)
def test_a_value_thanked_for_after_it_is_the_answer(text: str, entity: str, value: str) -> None:
    assert value_of(text, entity) == value


@pytest.mark.parametrize("text", ["Q9912345 tomorrow", "Q9912345 thx for asking twice"])
def test_other_words_after_the_value_are_no_answer(text: str) -> None:
    assert value_of(text, "DRIVER_ID") is None


# A value typed again after "wait" or "not that one"


@pytest.mark.parametrize(
    "text",
    [
        "no espera es el Gato-luna55",
        "nee warte, Gato-luna55",
        "pardon c'est pas le bon, c'est Gato-luna55",
        "desculpa era outro, é Gato-luna55",
        "sorry not that one, Gato-luna55",
        "das war der falsche: Gato-luna55",
    ],
)
def test_a_value_typed_again_after_owning_up_to_the_first_corrects_it(text: str) -> None:
    assert corrects(text)


@pytest.mark.parametrize("text", ["es el Gato-luna55", "c'est Gato-luna55", "that one Gato-luna55"])
def test_a_value_without_owning_up_corrects_nothing(text: str) -> None:
    assert not corrects(text)


def test_a_licence_typed_again_after_not_that_one_is_masked(redactor) -> None:
    seen = converse(
        redactor,
        "votre permis svp ?",
        ["voilà 7301AB12", "pardon c'est pas le bon, c'est 48201139576"],
    )
    assert "48201139576" not in seen[1]


# Names run together, scattered capitals, a licence of digits


@pytest.mark.parametrize(
    "text", ["AnnaKovacs", "oui c'est le AnnaKovacs", "ja das ist LucaBianchiRossi"]
)
def test_names_run_together_answer_a_question_for_a_user_name(text: str) -> None:
    assert value_of(text, "USERNAME") in ("AnnaKovacs", "LucaBianchiRossi")


@pytest.mark.parametrize("text", ["Thanks", "Hello", "Anna", "AnnaK", "LiWu"])
def test_one_capitalised_word_or_a_short_one_is_no_user_name(text: str) -> None:
    assert value_of(text, "USERNAME") is None


def test_names_run_together_typed_again_need_an_apology() -> None:
    assert value_of("AnnaKovacs", "USERNAME", retyped=True) is None
    assert value_of("sorry AnnaKovacs", "USERNAME", retyped=True) == "AnnaKovacs"


@pytest.mark.parametrize("text", ["qTzWmPlkRe", "ok bXwQpLzaTr"])
def test_capitals_scattered_in_letters_are_a_password(text: str) -> None:
    assert value_of(text, "PASSWORD") == text.split()[-1]


@pytest.mark.parametrize(
    "text",
    [
        "iPhone",  # seven letters or fewer: a word
        "iPhoneX",
        "Kathleen",  # one capital, first
        "McDonald",  # names run together
        "absolutely",
    ],
)
def test_words_are_no_scattered_password(text: str) -> None:
    assert value_of(text, "PASSWORD") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("c'est 4820113957", "4820113957"),
        ("1234567", "1234567"),  # seven: the fewest
        ("1234567890123", "1234567890123"),  # thirteen: the most
    ],
)
def test_digits_alone_answer_a_question_for_a_licence(text: str, value: str) -> None:
    assert value_of(text, "DRIVER_ID") == value


@pytest.mark.parametrize("text", ["123456", "12345678901234", "c'est 2024"])
def test_too_few_or_too_many_digits_are_no_licence(text: str) -> None:
    assert value_of(text, "DRIVER_ID") is None


# A value read out in groups


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("hier K7MX.2291.Q", "PASSPORT_NUMBER", "K7MX.2291.Q"),
        ("ok TRE 5X9 44P", "PASSPORT_NUMBER", "TRE 5X9 44P"),
        ("segue RT55 \U0001f449 8120", "PASSPORT_NUMBER", "RT55 \U0001f449 8120"),
        ("hier PLM QRT VXZ", "PASSPORT_NUMBER", "PLM QRT VXZ"),  # capitals in three groups
        ("sorry, it's WALK E561 203J C8RN", "DRIVER_ID", "WALK E561 203J C8RN"),
        ("B718 - 3305 - 2", "DRIVER_ID", "B718 - 3305 - 2"),
        ("bien sûr, 148 552 903 117", "DRIVER_ID", "148 552 903 117"),
        ("es COBA DE FF XXX", "SWIFT_CODE", "COBA DE FF XXX"),
    ],
)
def test_a_value_read_out_in_groups_is_the_answer(text: str, entity: str, value: str) -> None:
    assert value_of(text, entity) == value


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("hier PLM QRT", "PASSPORT_NUMBER"),  # capitals in two groups only
        ("no tengo ahora", "PASSPORT_NUMBER"),  # words
        ("ok see you", "DRIVER_ID"),
        ("PLM QRT VXZ", "SWIFT_CODE"),  # no country: letters alone are no BIC
        ("12 34", "DRIVER_ID"),  # too few digits
    ],
)
def test_words_or_short_groups_are_no_value(text: str, entity: str) -> None:
    assert value_of(text, entity) is None


def test_groups_are_read_for_printed_codes_only() -> None:
    assert value_of("lena k41", "USERNAME") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("jo.silva9", "jo.silva9"), ("o.lima77", "o.lima77"), ("ok. jo.silva9", "jo.silva9")],
)
def test_a_handle_opening_with_a_fillers_letters_is_whole(text: str, value: str) -> None:
    assert value_of(text, "USERNAME") == value


@pytest.mark.parametrize(("text", "value"), [("ok - lima77", "lima77"), ("ja...lima77", "lima77")])
def test_a_filler_and_marks_before_the_value_are_no_part_of_it(text: str, value: str) -> None:
    assert value_of(text, "USERNAME") == value


# What the agent's request names


@pytest.mark.parametrize(
    "question",
    [
        "What name do you sign in with?",
        "¿Con qué nombre inicias sesión?",
        "Avec quel nom vous connectez-vous ?",
        "mit welchem Namen loggst du dich ein?",
        "Com que nome você entra no app?",
    ],
)
def test_the_name_one_logs_in_with_is_a_user_name(question: str) -> None:
    asked = asked_for(question, NOW)
    assert asked is not None and asked.entity_type == "USERNAME"


@pytest.mark.parametrize(
    "question",
    ["What name is on the card?", "Wie ist Ihr Name?", "¿A nombre de quién está la cuenta?"],
)
def test_a_name_without_logging_in_is_no_user_name(question: str) -> None:
    asked = asked_for(question, NOW)
    assert asked is None or asked.entity_type != "USERNAME"


def test_a_values_own_naming_wins_over_its_number_word() -> None:
    licence = asked_for("manda o número da carta?", NOW)
    phone = asked_for("manda o número?", NOW)
    assert licence is not None and licence.entity_type == "DRIVER_ID"
    assert phone is not None and phone.entity_type == "PHONE"


def test_pfv_asks() -> None:
    asked = asked_for("nº do passaporte pfv", NOW)
    assert asked is not None and asked.entity_type == "PASSPORT_NUMBER"
    assert asked_for("nº do passaporte", NOW) is None


# A BIC typed again with or without its branch


def test_a_bic_typed_again_without_its_branch_is_masked(redactor) -> None:
    seen = converse(redactor, "hast du den bic zur hand?", ["QWERDEMMXXX", "na QWERDEMM"])
    assert "QWERDEMM" not in seen[1]


def test_a_passport_three_characters_shorter_is_another_value(redactor) -> None:
    seen = converse(redactor, "Could you send me your passport number?", ["XY1234567", "ok Z98765"])
    assert "Z98765" in seen[1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("username + password you tried?", "lena_k41 / Zorro#77x"),
        ("What's your driver's license number?", "ok WALK E561 203J C8RN thx"),
    ],
)
def test_masking_the_answer_again_changes_nothing(redactor, question: str, answer: str) -> None:
    (once,) = converse(redactor, question, [answer])
    (twice,) = converse(redactor, question, [once])
    assert once != answer and twice == once
