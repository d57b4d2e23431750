"""Round 29: after a card's ending, German says the next digits are the whole number with
"ganz" alone ("nee ganz 7437 ..."), not only with "ganze"/"ganzen" before a noun, and with
"vollständig" inflected ("die vollständige Nummer"). The digits still have to make a card
with the ending (13 to 19) and no reference word may lead them. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("ending", "then", "masked_then"),
    [
        ("die Karte endet auf 5555", "nee ganz 7021-3381-7705", f"nee ganz {CARD}"),
        ("Karte endet auf 40007468", "nein ganz 14701967", f"nein ganz {CARD}"),
        ("meine Karte endet mit 4242", "ok ganz: 9021 3381 7705", f"ok ganz: {CARD}"),
        ("die Karte endet auf 5555", "sorry ganze 1234 5678 9012", f"sorry ganze {CARD}"),
        ("Karte endet auf 4242", "die ganzen 1234 5678 9012", f"die ganzen {CARD}"),
        (
            "Karte endet auf 4242",
            "die vollständige 1234 5678 9012",
            f"die vollständige {CARD}",
        ),
        (
            "Karte endet auf 4242",
            "hier die vollstandigen 1234 5678 9012",
            f"hier die vollstandigen {CARD}",
        ),
    ],
)
def test_ganz_or_vollstaendig_after_a_cards_ending_leads_the_whole_card(
    ending: str, then: str, masked_then: str
) -> None:
    masked, _ = conversation(ending, then)
    assert CARD in masked[0]
    assert masked[1] == masked_then


@pytest.mark.parametrize(
    "then",
    [
        "ganz sicher, danke",  # no digits
        "nee ganz 12345",  # 4 + 5 digits: no card
        "ganz 1234 5678 9012 3456",  # 4 + 16 digits: past the longest card
        "ganz die Bestellung 1234 5678 9012",  # a reference word leads them
    ],
)
def test_ganz_after_a_cards_ending_leaves_what_makes_no_card(then: str) -> None:
    masked, _ = conversation("die Karte endet auf 5555", then)
    assert masked[1] == then
