"""Rules written after the shrouded corpus's sealed split was opened (it is a development
split since; the closing note says so): a bare reply with the copula that hands the value
over ("ok its 405"), a dictation announced with its first digits ("ok here goes 23"), and
"I'll split it up" (and its siblings) announcing a number in parts, and Canada's transit and
institution numbers said together, a bare code followed by a hedge ("561 i think"). Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ok its 405", "ok its [CREDIT_DEBIT_CVV]"),
        ("it's 4410", "it's [PIN]"),
        ("c'est 8812", "c'est [PIN]"),
    ],
)
def test_a_bare_code_handed_over_with_a_copula_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    ["its 2019", "it's 15 items", "ok its 300 dollars", "es 12"],
)
def test_a_year_a_count_or_an_amount_after_a_copula_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "texts",
    [
        ("ok here goes 23", "09", "135 95", "01"),
        ("ahí va 51", "442", "8812"),
        ("lá vai 90", "12 345"),
        ("los geht's 12", "3456"),
    ],
)
def test_a_dictation_announced_with_its_first_digits_is_masked_to_its_end(texts):
    out, markers = conversation(*texts)

    assert all(c not in "".join(out) for c in "0123456789")
    assert markers[0] is not None and markers[0].entity_type == "PII"


def test_here_goes_before_a_sentence_starts_nothing():
    out, markers = conversation("ok here goes 10 items in the basket", "23")

    assert out == ["ok here goes 10 items in the basket", "23"]
    assert markers[0] is None


@pytest.mark.parametrize(
    "texts",
    [
        ("I'll split it up for safety haha 5555", "12162703", "1234"),
        ("lo divido por seguridad 4111", "1111 1111", "1111"),
        ("ich teile sie auf: 4000", "0012 3456", "7899"),
    ],
)
def test_a_card_announced_in_parts_is_masked_in_every_part(texts):
    out, _ = conversation(*texts)

    assert all(part.endswith("[CREDIT_DEBIT_NUMBER]") for part in out)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "my transit and institution number is 71037-588 and account 9821498",
            "my transit and institution number is [BANK_ROUTING] and account [BANK_ACCOUNT_NUMBER]",
        ),
        (
            "transit/institution 04377-175, account 2686640, order 5521",
            "transit/institution [BANK_ROUTING], account [BANK_ACCOUNT_NUMBER], order 5521",
        ),
    ],
)
def test_a_canadian_transit_and_institution_number_said_together_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("561 i think", "[CREDIT_DEBIT_CVV] i think"),
        ("328 creo", "[CREDIT_DEBIT_CVV] creo"),
        ("4410 glaub ich", "[PIN] glaub ich"),
    ],
)
def test_a_bare_code_followed_by_a_hedge_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize("text", ["2019 i think", "12 i think so", "561 i think its right"])
def test_a_year_or_a_sentence_after_a_hedge_stays(text):
    assert redact(text) == text
