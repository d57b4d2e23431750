"""Round 52: a second user name offered beside a found one ("registered as jdoe_77 or
jdoe.m12") in the five languages, and French's loose "inscrit en jdoe77". A word after
"or", an order number or a year stays. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("not sure if I registered as qzuser_41 or qz.user9, mail qz@example.com",
         ("qzuser_41", "qz.user9")),
        ("no sé si me registré como lia.qz7 o liaqz_08", ("lia.qz7", "liaqz_08")),
        ("je ne sais plus si je me suis inscrit en tomqz88 ou tom.qz", ("tomqz88", "tom.qz")),
        ("weiß nicht, ob ich mich als jqz_12 oder j.qz12 angemeldet hab", ("jqz_12", "j.qz12")),
        ("não sei se me cadastrei como anaqz_3 ou ana.qz3", ("anaqz_3", "ana.qz3")),
    ],
)  # fmt: skip
def test_both_handles_offered_are_masked(text: str, values: tuple[str, ...]) -> None:
    redacted = redact(text)
    for value in values:
        assert value in text
        assert value not in redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I registered as qzuser_41 or maybe with my email", "email"),
        ("me registré como lia.qz7 o eso creo, pedido 48213", "48213"),
        ("inscrit en 2019, commande 48213", "2019"),
        ("angemeldet als jqz_12 oder Passwort vergessen", "Passwort"),
    ],
)  # fmt: skip
def test_words_orders_and_years_after_a_handle_stay(text: str, kept: str) -> None:
    assert kept in redact(text)


def test_loose_french_sign_up_names_the_handle() -> None:
    assert "marie_l4" not in redact("je me suis inscrite comme marie_l4 l'an dernier")
