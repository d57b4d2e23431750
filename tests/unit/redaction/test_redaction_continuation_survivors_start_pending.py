"""Numbers split across messages: the last ``start_pending`` mutants, triaged.

The mutation run at 6510030 left ten mutants of ``start_pending`` and ``_asks_to_wait``
untriaged (see ``test_redaction_continuation_survivors_round13.py``). Each was run against
every message of the readable corpora, and every prefix of them ending at a space, next
to the code as it is; where some text tells them apart, a case below pins it. Names are
mutmut's, numbered as in that run.

Killed here (each would mask less):
- ``start_pending`` 388: the address words before a "number" word looked for past it too,
  so "numero da carta: AV-011092" (a Portuguese licence, "AV" read as "avenida") would
  start nothing and its last digit, sent next, would stay visible;
- ``start_pending`` 462: four digits and then words refused like three ("my account
  number starts 5882 and then");
- ``start_pending`` 464: a wait word after a comma no longer found ("account 588, hang
  on");
- ``start_pending`` 582: any nine digits that pass the ABA check read as a routing
  number, so a card's first nine would start an account with nothing masked;
- ``_asks_to_wait`` 3: a wait message of exactly sixty characters read as none.

Left alive, and why:
- ``start_pending`` 340 (the wide gaps of digits said as words used for typed digits
  too): the tail is anchored at the first digit after the context word and at the
  message's end, so wherever the narrow gap matches, the wide one matches the same
  characters; it only matches more often, where the code starts nothing ("cb : 4413 et
  puis 3101 ..."), so it only ever masks more;
- ``start_pending`` 439 (the currency sign looked for from the second character, not the
  first): a narrower window refuses less, so it only ever masks more;
- ``start_pending`` 485 (a value starting with "0" may be re-read as a card): no card
  issuer starts with a 0, so neither test that re-reads a phone as a card can pass for
  it. Equivalent; the "0" was then taken out of the code, so the mutant is gone;
- ``start_pending`` 521 and 523 (the IBAN country looked for from the second character,
  or from four characters before the value, not three): the pattern is a country code
  and at most one separator ending at the value, so no match starts more than three
  characters before it, and a country within the message's first three characters leaves
  no room for the account word that must come before it. Equivalent.
"""

from __future__ import annotations

from connect_privacy.redaction.continuation import WINDOW_SECONDS, PendingNumber
from tests.support.redaction import conversation

CARD = "CREDIT_DEBIT_NUMBER"
ACCOUNT = "BANK_ACCOUNT_NUMBER"
DICTATED = "PII"


def _expires(started_at_message: int) -> float:
    """When a marker left by that message (1-based) lapses: ``conversation`` starts at
    1000 s and sends a message every 5 s."""
    return 1000.0 + 5.0 * started_at_message + WINDOW_SECONDS


def test_a_number_word_then_a_licence_with_an_address_like_prefix_still_starts_a_value() -> None:
    # "AV" reads as "avenida" only when it stands before the word, as in "av. Paulista
    # numero 35"; after it, it is the value's own prefix, and its check digit follows
    (_, last), (first_marker, _) = conversation("numero da carta: AV-011092", "9")

    assert first_marker is not None
    assert last == "[PHONE]"


def test_an_address_before_the_number_word_still_makes_it_a_house_number() -> None:
    texts, markers = conversation("calle Mayor numero 12")

    assert (texts, markers) == (["calle Mayor numero 12"], [None])


def test_four_digits_and_then_words_start_an_account_and_three_do_not() -> None:
    (_, rest), (four, _) = conversation("my account number starts 5882 and then", "0451 3301")
    _, (three,) = conversation("my account number starts 588 and then")

    assert four == PendingNumber(ACCOUNT, 4, 12, 0, _expires(1))
    assert rest == f"[{ACCOUNT}]"
    assert three is None


def test_a_wait_after_a_comma_keeps_a_short_start_going() -> None:
    (first, rest), (marker, _) = conversation("account 588, hang on", "1234 5678")

    assert first == f"account [{ACCOUNT}], hang on"
    assert marker == PendingNumber(ACCOUNT, 3, 12, 0, _expires(1))
    assert rest == f"[{ACCOUNT}]"


def test_a_card_s_first_nine_digits_that_pass_the_aba_check_are_still_a_card() -> None:
    # 411111119 is a valid ABA routing number; after "card" it is a card's start
    (text,), (marker,) = conversation("my card is 4111 1111 9")

    assert text == f"my card is [{CARD}]"
    assert marker == PendingNumber(CARD, 9, 16, 0, _expires(1))


def test_a_wait_message_of_sixty_characters_waits_and_one_of_sixty_one_does_not() -> None:
    sixty = "🙏🙏 wait!!!!! leeeeeemme!!!!! graaaab!!!!! it!!!!! pleeeeease"
    assert len(sixty) == 60

    (_, rest), (waiting, _) = conversation(sixty, "4111 1111")
    _, (not_waiting,) = conversation(sixty + "!")

    assert waiting == PendingNumber(DICTATED, 0, 16, 0, _expires(1))
    assert rest == f"[{DICTATED}]"
    assert not_waiting is None
