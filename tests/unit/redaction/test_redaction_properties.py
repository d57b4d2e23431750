"""Properties of the redactor over hostile input (hypothesis)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from stdnum import luhn

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.patterns.normalize import fold
from connect_privacy.telemetry import MemoryCounter

REDACTOR = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM})),
    comprehend_client=None,
    counter=MemoryCounter(),
)
# Separators: whitespace, dashes, dots and slashes, after folding Unicode digits,
# spaces, zero-width characters and look-alike punctuation to ASCII.
DIGIT_RUN = re.compile(r"[0-9](?:[\s\-./]*[0-9])*", re.ASCII)
# The calendar dates the engine reads inside a run (README, "What gets redacted"), standing
# alone as it requires: not the tail of a longer chain of joined digits ("5-5-5-4-4-4411" is
# one number), nor followed by another joined group. Day and month (either order) and a
# four-digit year joined by one repeated dot, slash or dash ("11/1/2137"), or a two-digit
# year after slashes or dots ("7/5/11"), or ISO year-month-day.
WHOLE_DATE = re.compile(
    r"(?<![0-9./\-])"
    r"(?:(?P<d>[0-9]{1,2})(?P<j>[./\-])(?P<m>[0-9]{1,2})(?P=j)[0-9]{4}"
    r"|(?P<d2>[0-9]{1,2})(?P<j2>[./])(?P<m2>[0-9]{1,2})(?P=j2)[0-9]{2}"
    r"|[0-9]{4}(?P<j3>[./\-])(?P<m3>[0-9]{1,2})(?P=j3)(?P<d3>[0-9]{1,2}))"
    r"(?![0-9]|[./\-][0-9])",
    re.ASCII,
)
# Three to five capitals glued to one unbroken run of digits and naming no card ("JJD5281...",
# a parcel's code): the run is the code's tail (README, "What gets redacted").
CODE_PREFIX = re.compile(r"(?<![A-Za-z])[A-Z]{3,5}\Z")
CARD_NAMES = {"VISA", "AMEX", "JCB", "ELO", "CARD", "CARTE", "KARTE", "PAN", "CCN", "NUM", "DEBIT"}


def code_tail(text: str, run: re.Match[str]) -> bool:
    prefix = CODE_PREFIX.search(text, 0, run.start())
    return prefix is not None and prefix.group() not in CARD_NAMES and run.group().isdigit()


# A day and month without a year ending a run after a blank ("... 0792 10/7").
TRAILING_DAY_MONTH = re.compile(r"\s(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})\Z", re.ASCII)


def _day_and_month(day: str, month: str) -> bool:
    first, second = sorted((int(day), int(month)))
    return 1 <= first <= 12 and second <= 31


def _calendar(date: re.Match[str]) -> bool:
    if date.group("d3") is not None:
        return 1 <= int(date.group("m3")) <= 12 and 1 <= int(date.group("d3")) <= 31
    if date.group("d2") is not None:
        return _day_and_month(date.group("d2"), date.group("m2"))
    return _day_and_month(date.group("d"), date.group("m"))


def dates_cut(run: str) -> list[str]:
    """``run`` in the pieces its calendar dates leave: each is a run of its own."""
    trailing = TRAILING_DAY_MONTH.search(run)
    if trailing is not None and _day_and_month(trailing.group("d"), trailing.group("m")):
        run = run[: trailing.start()]
    pieces, cursor = [], 0
    for date in WHOLE_DATE.finditer(run):
        if _calendar(date):
            pieces.append(run[cursor : date.start()])
            cursor = date.end()
    return [*pieces, run[cursor:]]


LUHN_CARDS = ["4111111111111111", "5555555555554444", "2221000000000009", "378282246310005"]
SEPARATORS = [" ", "-", ".", "/", "\u00a0", "\u200b", "\u2013", "  ", ""]
FRAGMENTS = [
    "card",
    "my pin is",
    "ssn",
    "password is",
    "cvv",
    "exp",
    "order",
    "call",
    "[PII]",
    "[CREDIT_DEBIT_NUMBER]",
    "[",
    "]",
    "😀",
    "👋🏽",
    "four",
    "one",
    "double",
    "@",
    "example.com",
    "+44",
    "123-45-6789",
    "(201) 555-0123",
    "AKIAIOSFODNN7EXAMPLE",
    "GB82 WEST 1234 5698 7654 32",
    "00:1A:2B:3C:4D:5E",
]


@st.composite
def spaced_card(draw):
    number = draw(st.sampled_from(LUHN_CARDS) | st.from_regex(r"[0-9]{13,19}", fullmatch=True))
    sep = draw(st.sampled_from(SEPARATORS))
    size = draw(st.integers(min_value=1, max_value=5))
    digits = [number[i : i + size] for i in range(0, len(number), size)]
    text = sep.join(digits)
    if draw(st.booleans()):
        text = text.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    return text


hostile_text = st.lists(
    st.text(max_size=12)
    | st.sampled_from(FRAGMENTS)
    | spaced_card()
    | st.from_regex(r"[0-9 \-./]{1,24}", fullmatch=True),
    max_size=10,
).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))

PROPERTY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(hostile_text)
def test_redaction_never_raises_and_spans_lie_inside_the_text(text):
    result = REDACTOR.redact(text)

    for span in result.entities:
        assert 0 <= span.begin < span.end <= len(text)
    assert [s.begin for s in result.entities] == sorted(s.begin for s in result.entities)


@PROPERTY
@given(hostile_text)
# Cases hypothesis found during development (each fixed in the engine).
@example("GB82 WEST 1234 5698 7654 32 GB82 WEST 1234 5698 7654 32")
@example("  1 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2012000000")
@example("0 0 0 0 5 8 9 0 0 0 0 0 0 0 0 0 2 2 3(201) 555-0123")
@example("4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1/5002000000")
@example("986/419/521/201/200/000/0")
@example("2/1 02000000/5 002000000")
@example("PASSWORD IS : 0")
@example("PASSWORD IS:0")
def test_masking_is_idempotent(text):
    once = REDACTOR.redact(text).text

    assert REDACTOR.redact(once).text == once


@PROPERTY
@given(hostile_text)
@example("6002000222 100 000 000 000 9")
@example("013474 11/1/2137")  # six digits, then a date: no card
@example("5-5-5-5-5-5-5-5-5-5-5-5-4-4-4-4411 111 111 111 111 1")  # no date: one dashed chain
@example("32248328020 7/1")  # a day and month end it: eleven digits, then a date
@example("32124131020 7/5/11")  # a date with a two-digit year
def test_no_luhn_valid_13_to_19_digit_run_survives(text):
    redacted = fold(REDACTOR.redact(text).text)

    for run in DIGIT_RUN.finditer(redacted):
        if code_tail(redacted, run):
            continue  # a code's tail, by design (README, "What gets redacted")
        # A calendar date inside a run cuts it, by design (README, "What gets redacted"): a
        # date is never read as part of a card, so each side of it is a run of its own.
        for piece in dates_cut(run.group()):
            digits = re.sub(r"[^0-9]", "", piece)
            assert not (13 <= len(digits) <= 19 and luhn.is_valid(digits)), run.group()
