"""Round 34: a number's parts labelled its start and its end, as customers type them in two
messages ("début 5105 1084", then "fin 8776 0526"; "start", "inicio", "Anfang", "início";
"end", "fin", "Ende", "final", "fim"): the start starts a dictation, the end is its rest. A
year after "Anfang" or "début" is the start of that year. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("start", "lead", "end", "end_lead"),
    [
        ("start 4111 1111", "start", "end 1111 1111", "end"),
        ("the beginning 411111111111", "the beginning", "the end 1111", "the end"),
        ("inicio 4111 1111", "inicio", "final 1111 1111", "final"),
        ("el inicio 4111", "el inicio", "el final 1111", "el final"),
        ("début 510510848776", "début", "fin 0526", "fin"),
        ("le début 2223", "le début", "la fin 000038235344", "la fin"),
        ("Anfang 6011 1112", "Anfang", "Ende 3269 2123", "Ende"),
        ("der Anfang: 6011", "der Anfang:", "das Ende 3269", "das Ende"),
        ("início 4000 0012", "início", "fim 3456 7890", "fim"),
        ("começo 4000", "começo", "o final 3456", "o final"),
    ],
)
def test_a_labelled_start_and_end_are_masked(
    start: str, lead: str, end: str, end_lead: str
) -> None:
    out, markers = conversation(start, end)

    # printed card groups are masked as a card's ("start 4111 1111"), other digits as a
    # number of no named kind
    assert out[0].startswith(f"{lead} [") and not any(c.isdigit() for c in out[0]), out
    assert markers[0] is not None
    assert out[1].startswith(f"{end_lead} [") and not any(c.isdigit() for c in out[1]), out


@pytest.mark.parametrize(
    "said",
    [
        "Anfang 2025",  # the start of a year
        "début 2024",
        "inicio 2026",
        "start 10.30",  # fewer than four digits in its first group
        "début 12",
        "start 4111 please",  # words after the digits
    ],
)
def test_a_start_that_is_no_number_starts_nothing(said: str) -> None:
    out, markers = conversation(said)

    assert out[0] == said
    assert markers[0] is None


def test_an_end_alone_is_no_rest() -> None:
    out, markers = conversation("fin 0526")

    assert out == ["fin 0526"]
    assert markers[0] is None
