"""Numbers split across messages: the mutants of continuation.py that outlived round 7.

Each case is a conversation through ``redact_in_conversation`` (or a call of the public
``start_pending``) and asserts what the agent would see, or the marker left for the next
message. Written against the 138 mutants ``make mutation`` left alive at df1355c (issue 17,
item 4); the mutant names are mutmut's, ``x_<function>__mutmut_<n>``.

Equivalent mutants, left alive (no input tells them apart from the code):
- ``continue_pending`` 80: ``_card_end`` given ``None`` for the marker, which it never reads;
- ``continue_pending`` 86 and 131, ``_NOT_CONTINUATION`` 6 and 7 (since removed): see
  ``test_redaction_continuation_edges.py`` (``begin``/``end`` always set before use; the
  lead-in's character class already excludes both brackets);
- ``start_pending`` 42, 52, ``_card_head`` 22, 53, ``_iban_head`` 14, 40, ``_nino_head`` 31:
  ``Carried(None, None)`` for ``Carried((), None)`` when nothing is found: start_pending
  reads only whether ``spans`` is empty there, and ``None`` and ``()`` are both false;
- ``_card_head`` 12 and 20: searching from the message's start, not 80 characters from its
  end: a match runs to the end, and its longest (a 25-character value and 52 characters of
  words after it) is shorter than 80, so none starts before the reach;
- ``_nino_head`` 4: (df1355c) the last two characters, not the last one, must be digits:
  the pattern ends with two digits and non-word characters, so a match needs both anyway.
  Its survivor 7 showed that this pre-check missed a head followed by a full stop (a leak);
  main now searches the last characters instead, and
  ``test_redaction_after_veiled_opening.py`` holds the case;
- ``_nino_head`` 22: a reference word searched to the end, not to the match: after the
  match come at most four non-word characters;
- ``_phone_digits`` 15: country codes of 1, 2 and 4 digits tried, not 3: the one 3-digit
  code listed (351) has the default length (12), and no code has 4 digits;
- ``_card_start`` 10: ``digits[0] in "XX23456XX"``: one digit is in either string alike;
- ``_card_issuer`` 38: ``head // 10 <= 650``: 650 starts with 65, accepted already;
- ``start_pending`` 279: ``("+", "XX0XX")``: no card issuer's range starts with 0, so a
  phone starting with 0 never turns into a card either way;
- ``start_pending`` 355 and 357: the NIE-letter window from ``max(1, begin - 3)`` or
  ``begin - 4``: the letter and its separator sit right before the value, after a DNI word
  of three letters or more, and the look-behind reads past the window's start anyway;
- ``_dated_year`` 14: ``max(1, begin - 16)``: the dating word comes after the context
  word, so it never starts at offset 0;
- ``_calendar_date`` 17, 18, 30 and 31 (df1355c; main now calls
  ``calendar_day_and_month``): a day of 1 in one order, or a month of 1 in the other, is
  a date through the other order too.

Import-time only, so no test can kill them under mutmut (its forked runner imports the
module before it turns a mutant on): ``_tail`` 1 and ``_head`` 1 (``re.compile(None)``
raises at import: the relay would not start, nothing leaks).

Not equivalent, left alive because they only ever mask more, never less:
- ``_iban_head`` 12 and ``_phone_head`` 12: searching from the message's start finds an
  IBAN's or a phone's start whose value and words after it run past 80 characters;
- ``_named_card_rest`` (now ``_named_rest``) 20, 38 and 40: taking digits past
  punctuation, a card word past 24 characters, or more than three words before it, when
  naming a bare start's rest;
- ``start_pending`` 47 (an IBAN's start looked for in a message that continued a number:
  masked too, its marker then taking the place of the continued one's, as an NI number's
  or a phone's start already does),
  156 (a spelled message's wide gaps for typed digits), 237 (a currency sign at offset 0
  glued to a context word);
- ``_id_check_letter`` 3: a group whose first character is a digit and last a letter
  ("1st") taken as a check letter when it fits.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.continuation import (
    PendingNumber,
    redact_in_conversation,
    start_pending,
)
from connect_privacy.redaction.redactor import RedactionResult
from connect_privacy.telemetry import MemoryCounter
from tests.support.redaction import OFFLINE, conversation

CARD = "[CREDIT_DEBIT_NUMBER]"
IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"
NINO = "[UK_NATIONAL_INSURANCE_NUMBER]"
DNI = "[ES_DNI]"
# Patterns only, and only SSNs allowed: what is masked in these conversations is masked
# because the continuation's spans are kept whatever the allow-list says.
SSN_ONLY = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS}), entity_types=frozenset({"SSN"})),
    comprehend_client=None,
    counter=MemoryCounter(),
)


def _results(*texts: str) -> list[RedactionResult]:
    pending: PendingNumber | None = None
    results = []
    for i, text in enumerate(texts):
        result, pending = redact_in_conversation(OFFLINE, text, pending, 1000.0 + 5 * i)
        results.append(result)
    return results


# --- A card's first groups without a context word ---------------------------------------


def test_a_card_start_without_a_context_word_is_masked_as_a_card_and_followed():
    out, _ = conversation("c'est 4012 8888", "8888 1881")

    assert out == ["c'est " + CARD, CARD]


def test_a_card_start_is_found_by_start_pending_called_without_options():
    carried = start_pending("c'est 4012 8888", 0.0)

    assert [(s.begin, s.end, s.entity_type) for s in carried.spans] == [
        (6, 15, "CREDIT_DEBIT_NUMBER")
    ]
    assert carried.pending is not None and carried.pending.seen == 8


def test_words_about_the_last_digits_after_a_card_start_do_not_stop_it():
    # "last four" is an ending word before a value ("ending in 1111"), not after one
    out, _ = conversation("4111 1111 and last four", "1111 1111")

    assert out == [CARD + " and last four", CARD]


@pytest.mark.parametrize(
    "texts",
    [
        ("3782 822463", "10005", "7"),
        ("3434 343434", "34343", "7"),
        ("my amex card is 3782 822463", "10005", "7"),
        ("my card is 3434 343434", "34343", "7"),
    ],
)
def test_an_amex_start_is_complete_at_fifteen_digits(texts):
    out, markers = conversation(*texts)

    assert out[1] == CARD and out[2] == "7"
    assert markers[1] is None


@pytest.mark.parametrize(
    "texts",
    [("4111 1111", "1111 1111", "253"), ("c'est 4012 8888", "8888 1881", "253")],
)
def test_a_visa_start_without_a_context_word_runs_to_nineteen_digits(texts):
    out, _ = conversation(*texts)

    assert out[1:] == [CARD, CARD]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("4111 1111, next part coming", "1111 1111"), [CARD + ", next part coming", CARD]),
        (("DE89 3704, next part coming", "0044 0532"), [IBAN + ", next part coming", IBAN]),
        (
            ("my card is 4111 1111, next part coming", "1111 1111"),
            ["my card is " + CARD + ", next part coming", CARD],
        ),
    ],
)
def test_a_reference_word_after_a_first_part_does_not_stop_it(texts, expected):
    # "part" names a part number before digits; after them it is the rest to come
    out, _ = conversation(*texts)

    assert out == expected


# --- An IBAN's first groups without a context word --------------------------------------


def test_an_iban_start_without_a_context_word_is_followed_over_two_messages():
    out, _ = conversation("DE89 3704", "0044 0532", "0130 00")

    assert out == [IBAN, IBAN, IBAN]


def test_a_whole_iban_without_a_context_word_leaves_nothing_pending():
    out, markers = conversation("AT61 1904 3002 3457 3201", "1234 5678")

    assert out == [IBAN, "1234 5678"]
    assert markers == [None, None]


def test_an_iban_start_after_a_reference_word_starts_nothing():
    out, markers = conversation("ref DE89 3704", "0044 0532")

    assert out == ["ref DE89 3704", "0044 0532"]
    assert markers == [None, None]


def test_an_iban_of_a_country_outside_the_length_table_waits_for_the_shortest_iban():
    out, markers = conversation("iban XK05 1212", "1234 5678")

    assert out == ["iban " + IBAN, IBAN]
    assert markers[1] is None


# --- An NI number's start ---------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ("It's JN 33 82 06 ", "D"),
        ("It's JN 33 82 06", "wait", "D"),
        # the reference word is 25 characters before the letters: too far to name them
        ("ref was wrong, it is now JN 33 82 06", "D"),
    ],
)
def test_an_ni_number_start_without_a_context_word_is_followed(texts):
    out, _ = conversation(*texts)

    assert NINO in out[0]
    assert out[-1] == NINO


def test_an_ni_number_announced_then_sent_in_parts_is_masked_in_each():
    out, markers = conversation("my NI number", "JN 33 82 brb", "06 D")

    # letters begin the value; a word of three letters ends the part
    assert out == ["my NI number", NINO + " brb", NINO]
    assert markers[-1] is None


def test_an_ni_number_continued_two_digits_at_a_time_is_masked_in_each():
    out, _ = conversation("my NI number? GM", "87", "08 36 D")

    assert out == ["my NI number? " + NINO, NINO, NINO]


def test_digits_after_an_ni_word_with_a_year_but_no_letters_start_nothing():
    out, markers = conversation("my NI number changed in 2019", "2020 was better")

    assert out == ["my NI number changed in 2019", "2020 was better"]
    assert markers == [None, None]


# --- A phone's country code and first digits --------------------------------------------


def test_a_message_that_is_only_a_country_code_and_first_digits_starts_a_phone():
    out, _ = conversation("+44 7700", "900123")

    assert out == ["[PHONE]", "[PHONE]"]


def test_a_phone_dialled_with_00_and_an_unlisted_country_code_waits_for_its_digits():
    # +86 is not in the table: twelve digits after the "00" (not ten in all)
    out, _ = conversation("my phone is 0086", "139 1234", "5678")

    assert out == ["my phone is [PHONE]", "[PHONE]", "[PHONE]"]


# --- A card's start sent bare, named a card with its rest -------------------------------


@pytest.mark.parametrize(
    ("texts", "second"),
    [
        # thirteen digits in all, and nineteen: the shortest and the longest card
        (("4222", "222222222 is my card"), CARD + " is my card"),
        (("3528", "4598 1866 8283 123 is my card"), CARD + " is my card"),
        # three words between the digits and the card word
        (("3528", "4598-1866-8282 that is my card"), CARD + " that is my card"),
        # an ending word after the card word is about another card (whose ending is masked
        # on its own: ``test_redaction_card_ending``)
        (
            ("3528", "4598-1866-8282 is my card, not the one ending in 1234"),
            CARD + " is my card, not the one ending in " + CARD,
        ),
    ],
)
def test_the_rest_of_a_bare_card_start_named_a_card_is_masked(texts, second):
    out, _ = conversation(*texts)

    assert out[1] == second


def test_a_plea_to_wait_between_a_bare_card_start_and_its_named_rest_keeps_the_marker():
    out, _ = conversation("3528", "wait", "4598-1866-8282 is my card")

    assert out[1:] == ["wait", CARD + " is my card"]


def test_a_word_before_the_last_three_digits_of_a_long_card_is_not_the_card():
    out, markers = conversation("ma carte 6212-1877-2775-7466", "only 253 left")

    assert out == ["ma carte " + CARD, "only 253 left"]
    assert markers[-1] is None


# --- Spanish NIE, SSN and other kinds after a context word ------------------------------


@pytest.mark.parametrize(
    "texts",
    [("mi nie es Z", "4955334", "L"), ("mi nie es Z.495", "5334", "L")],
)
def test_a_nie_letter_then_digits_then_its_check_letter_are_masked_in_each(texts):
    out, markers = conversation(*texts)

    assert out == ["mi nie es " + DNI, DNI, DNI]
    assert markers[-1] is None


def test_an_ending_word_after_a_first_part_does_not_stop_it():
    out, _ = conversation("my card is 4111 1111, final bit next", "1111 1111")

    assert out == ["my card is " + CARD + ", final bit next", CARD]


def test_four_digits_followed_by_a_plea_are_a_first_part():
    out, _ = conversation("my card is 4111 wait", "1111 1111 1111")

    assert out == ["my card is " + CARD + " wait", CARD]


def test_a_currency_sign_four_characters_before_the_digits_does_not_make_an_amount():
    out, _ = conversation("my card € - 4111 1111", "1111 1111")

    assert out == ["my card € - " + CARD, CARD]


def test_a_capital_letter_before_a_cards_digits_is_not_counted_as_one_of_them():
    # only a NIE's X, Y or Z is part of its value; a card's 19 digits still reach "253"
    out, _ = conversation("my card is X 4111 1111", "1111 1111", "253")

    assert out == ["my card is X " + CARD, CARD, CARD]


def test_a_year_seventeen_characters_after_its_dating_word_is_not_dated_by_it():
    # "opened 2017" is a date; eleven spaces on, the word no longer dates the digits
    first = "joint account opened" + " " * 11 + "2017"

    out, _ = conversation(first, "5678 9012")

    assert out == [first.replace("2017", "[BANK_ACCOUNT_NUMBER]"), "[BANK_ACCOUNT_NUMBER]"]


def test_one_digit_after_a_phone_word_starts_no_phone():
    out, markers = conversation("call me in 5", "10 min tops")

    assert out == ["call me in 5", "10 min tops"]
    assert markers == [None, None]


def test_a_whole_ssn_in_one_message_leaves_nothing_pending():
    out, markers = conversation("my ssn is 123-45-6789", "thanks 2 more questions")

    assert out == ["my ssn is [SSN]", "thanks 2 more questions"]
    assert markers == [None, None]


def test_capitals_after_a_card_word_announce_the_card():
    out, _ = conversation("update my card ASAP", "5012 3456 7890")

    assert out == ["update my card ASAP", CARD]


@pytest.mark.parametrize(
    ("texts", "second"),
    [
        # six digits left: the run is taken up to fourteen, the group past it is not
        (("my cell is 07700", "900651 1234 5678 9012"), "[PHONE] 9012"),
        (("my account is 1234 5678", "9012 1111 2222 3"), "[BANK_ACCOUNT_NUMBER] 3"),
    ],
)
def test_a_run_is_taken_up_to_eight_characters_past_the_value_and_no_further(texts, second):
    out, markers = conversation(*texts)

    assert out[1] == second
    assert markers[1] is None


def test_a_date_after_a_space_is_not_the_value_announced():
    out, markers = conversation("my card", " 12/05 declined")

    assert out == ["my card", " 12/05 declined"]
    assert markers[1] is None


def test_a_check_letter_after_the_last_digits_of_an_ssn_is_masked():
    out, _ = conversation("my social is 5706005", "3A")

    assert out == ["my social is [SSN]", "[SSN]"]


def test_a_code_longer_than_the_rest_of_an_ssn_and_its_check_letter_is_not_taken():
    out, _ = conversation("my social is 57060", "05366A")

    assert out == ["my social is [SSN]", "05366A"]


def test_two_context_words_on_one_span_take_the_first_listed_kind():
    # "cuenta" is both a CLABE word and an account word: the CLABE, listed first, wins
    out, _ = conversation("mi cuenta es 0021 8000", "1234 5678")

    assert out == ["mi cuenta es [MX_CLABE]", "[MX_CLABE]"]


# --- Dictated digits, pleas and announced values ----------------------------------------


def test_a_ready_question_of_forty_characters_starts_dictation():
    ready = "okay, are you ready" + "?" * 21
    assert len(ready) == 40

    out, _ = conversation(ready, "613-2558")

    assert out == [ready, "[PII]"]


def test_sixteen_dictated_digits_end_the_dictation():
    out, markers = conversation("ready?", "1234 5678 9012 3456", "7")

    assert out[2] == "7"
    assert markers[1] is None


def test_a_plea_of_sixty_characters_keeps_the_marker():
    plea = "wait!!!!!!omgomgomgomg!!!!!!hahahahahaha......ahhhhhhhhhhh!!"
    assert len(plea) == 60

    out, _ = conversation("my card is 4111 1111", plea, "1111 1111")

    assert out == ["my card is " + CARD, plea, CARD]


def test_a_message_longer_than_a_short_plea_ends_the_number():
    # a word asking to wait, but six words: the customer moved on
    out, markers = conversation("my card is 4111 1111", "sorry my kid took it lol brb", "5012 3456")

    assert out[1:] == ["sorry my kid took it lol brb", "5012 3456"]
    assert markers[1:] == [None, None]


def test_a_name_with_a_capital_x_before_an_announced_value_does_not_stop_it():
    out, _ = conversation("my card", "Xavi here 5012 3456")

    assert out == ["my card", "Xavi here " + CARD]


@pytest.mark.parametrize(
    "first",
    [
        # a reference word or an ending word far (or 25 characters) before the card word
        "my order never arrived, and i also need to change my card",
        "it keeps ending the call, so here is my card",
        "ref was wrong, so now my card",
        "ending was awful, now my card",
    ],
)
def test_a_word_far_before_an_announcing_card_word_does_not_cancel_it(first):
    out, _ = conversation(first, "5012 3456 7890")

    assert out == [first, CARD]


@pytest.mark.parametrize("first", ["ref card", "final: my card"])
def test_a_reference_or_ending_word_opening_the_message_cancels_the_announcement(first):
    out, markers = conversation(first, "5012 3456 7890")

    assert out == [first, "5012 3456 7890"]
    assert markers == [None, None]


# --- What every continuation span carries ----------------------------------------------

_CONVERSATIONS = [
    ("c'est 4012 8888", "8888 1881"),
    ("DE89 3704", "0044 0532"),
    ("It's JN 33 82 06", "D"),
    ("3528", "4598-1866-8282 is my card"),
    ("mi nie es Z", "4955334L"),
    ("ready?", "83756786", "D"),
]


@pytest.mark.parametrize("texts", _CONVERSATIONS)
def test_every_masked_span_of_a_conversation_carries_a_score(texts):
    for result in _results(*texts):
        assert all(isinstance(s.score, float) and 0 < s.score <= 1 for s in result.entities)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("c'est 4012 8888",), ["c'est " + CARD]),
        (("DE89 3704",), [IBAN]),
        (("It's JN 33 82 06",), ["It's " + NINO]),
        (("3528", "4598-1866-8282 is my card"), ["3528", CARD + " is my card"]),
        (("mi nie es Z",), ["mi nie es " + DNI]),
    ],
)
def test_starts_and_rests_are_masked_whatever_the_entity_type_allow_list_says(texts, expected):
    out, _ = conversation(*texts, redactor=SSN_ONLY)

    assert out == expected
