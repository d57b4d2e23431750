"""The phone finder's cheap pre-check never rejects what ``phonenumbers`` would accept,
and it keeps the number of parses per character small on long runs of digit groups."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connect_privacy.redaction.patterns import contact

REGIONS = (*contact.DEFAULT_REGIONS, "CA", "IT", "NL", "AR", "JE")


@settings(max_examples=400, deadline=None)
@given(
    digits=st.text(alphabet="0123456789", min_size=7, max_size=17),
    region=st.sampled_from(REGIONS),
    lenient=st.booleans(),
)
def test_the_pre_check_rejects_only_what_phonenumbers_rejects(digits, region, lenient):
    if not contact._may_be_national(digits, region, lenient):
        assert not contact._valid.__wrapped__(digits, region, lenient)


# Brazil's plan strips "0" or "90" and a carrier code while parsing (a transform rule):
# digits led by those prefixes, so the draws reach every way of stripping them.
@settings(max_examples=400, deadline=None)
@given(
    head=st.sampled_from(["", "55", "0", "90", "021", "9015", "55021", "550", "021021", "0014"]),
    rest=st.text(alphabet="0123456789", min_size=6, max_size=13),
    lenient=st.booleans(),
)
def test_the_brazilian_pre_check_rejects_only_what_phonenumbers_rejects(head, rest, lenient):
    assert contact._national_plan("BR") is not None
    if not contact._may_be_national(head + rest, "BR", lenient):
        assert not contact._valid.__wrapped__(head + rest, "BR", lenient)


@pytest.mark.parametrize(
    ("number", "region"),
    [
        ("2025550143", "US"),  # NANPA
        ("12025550143", "US"),  # with the trunk 1
        ("4165550198", "US"),  # a Canadian number read as "US"
        ("01144 20 7946 0958", "US"),  # US international dialling prefix
        ("020 7946 0958", "GB"),
        ("612 345 678", "ES"),
        ("34 612 345 678", "ES"),  # country code without "+"
        ("06 12 34 56 78", "FR"),
        ("030 901820", "DE"),
        ("912 345 678", "PT"),
        ("55 1234 5678", "MX"),
        ("(11) 91234-5678", "BR"),
        ("0 21 11 91234 5678", "BR"),  # trunk 0 and a carrier code
        ("90 15 11 3456 7890", "BR"),  # collect call prefix and a carrier code
        ("55 11 91234 5678", "BR"),  # country code without "+"
    ],
)
def test_real_shapes_pass_the_pre_check(number, region):
    digits = "".join(c for c in number if c.isdigit())
    assert contact._valid.__wrapped__(number, region, True)
    assert contact._may_be_national(digits, region, lenient=True)
    if contact._valid.__wrapped__(number, region):
        assert contact._may_be_national(digits, region, lenient=False)


def test_long_runs_of_random_digit_groups_cost_few_parses(monkeypatch):
    rng = random.Random(3)
    runs = (
        "".join(f"{rng.randrange(10)}{rng.choice(' -./')}" for _ in range(rng.randrange(8, 30)))
        for _ in range(300)
    )
    text = " or ".join(runs)
    calls = 0
    parse = phonenumbers.parse

    def counting(*args, **kwargs):
        nonlocal calls
        calls += 1
        return parse(*args, **kwargs)

    monkeypatch.setattr(phonenumbers, "parse", counting)
    contact._valid.cache_clear()
    list(contact.find_phone(text))

    # Every cut point of every run was parsed in every region before: 5,418 parses for
    # these 12,432 characters. The pre-check leaves those that fit a numbering plan (667,
    # for 225 phones found).
    assert calls < len(text) / 10, calls
