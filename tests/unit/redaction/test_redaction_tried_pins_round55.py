"""Round 55: after a PIN was named ("forgot my pin"), the codes tried, listed in one message
("tried 1 234 and also 5678", "probé 12 34 56 y también 7890", "j'ai essayé 12.34 et 5 6 78",
"hab 12.34 und 5I78 probiert", "tentei 12 34 e 5678"), are all masked; so is a PIN recalled
after asking about it ("what pin should i use", then "oh nvm i remember its 4821"). Without
the PIN named first, the digits stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("named", "tried", "masked"),
    [
        ("forgot my pin", "tried 1 234 and also 5678", "tried [PIN]"),
        ("forgot my pin", "tried 12.34.56 and also 789012", "tried [PIN]"),
        ("se me olvido el nip", "probe 1 - 2 - 3 - 4 - 56 y tambien 7o89", "probe [PIN]"),
        ("j'ai oublie mon code pin", "j'ai essaye 12.34 et 5 6 78", "j'ai essaye [PIN]"),
        ("hab die geheimzahl vergessen", "hab 12.34 und 5I78 probiert", "hab [PIN] probiert"),
    ],
)
def test_the_codes_tried_after_a_forgotten_pin_are_masked(
    named: str, tried: str, masked: str
) -> None:
    seen, _ = conversation(named, tried)
    assert seen == [named, masked]


def test_codes_tried_without_a_pin_named_stay() -> None:
    seen, _ = conversation("my parcel is late", "tried 1 234 and also 5678")
    assert seen[1] == "tried 1 234 and also 5678"


@pytest.mark.parametrize(
    ("asked", "recalled"),
    [
        ("what pin should i use", "oh nvm i remember its {}"),
        ("que nip pongo?", "ah ya me acorde, es {}"),
        ("quel code pin je mets ?", "ah je m'en souviens c'est {}"),
        ("welche PIN nehme ich?", "ah jetzt weiß ich's wieder, ist {}"),
        ("qual pin eu uso?", "ah lembrei, é {}"),
    ],
)
def test_a_pin_recalled_after_asking_is_masked(asked: str, recalled: str) -> None:
    seen, _ = conversation(asked, recalled.format("482l"))
    assert seen == [asked, recalled.format("[PIN]")]


def test_a_recalled_number_without_a_pin_named_stays() -> None:
    seen, _ = conversation("where is my order", "oh nvm i remember its 4821")
    assert seen[1] == "oh nvm i remember its 4821"
