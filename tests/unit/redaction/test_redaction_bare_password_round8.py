"""Round 8: a message that is one password-shaped word, maybe after a word of assent or
"here" ("ok maracuja*0114", "voilà Dragon_264", "TigreTigre89_"), is the answer to the
agent's question for the password. Plain words with a final mark, references, times,
versions, addresses and a link's parameters stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

PW = "[PASSWORD]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ok maracuja*0114", f"ok {PW}"),
        ("ok TigreTigre89_", f"ok {PW}"),
        ("ok l_vdRNQuhz", f"ok {PW}"),
        ("voilà Dragon_264", f"voilà {PW}"),
        ("claro: pinguino*139", f"claro: {PW}"),
        ("ja, KaeseHund37-", f"ja, {PW}"),
        ("sim bacalhau~97", f"sim {PW}"),
        ("Baguette!76", PW),
        ("ok papillonSunflower51.", f"ok {PW}."),
        ("it's Dragon_264", f"it's {PW}"),
        ("c'est TigreTigre89_", f"c'est {PW}"),
        ("Dragon_264 voilà", f"{PW} voilà"),
        ("Baguette!76 aquí tienes", f"{PW} aquí tienes"),
    ],
)
def test_a_password_alone_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks!",
        "merci beaucoup!!",
        "ok 12:30pm",
        "ok john_doe",
        "ok abc123",
        "ok ORD-12345",
        "ok #order123",
        # a reference's word before its number: "Ticket#4411" has the shape of a password
        "Ticket#4411",
        "ok Bestellung#9981",
        "pedido-8812X",
        "ok iPhone",
        "ok v2.3.1",
        "ok &id=6C88902928419",
        "Kontonummer_alt:",  # a key's name: one capital, first
        "it's 10:30am",
        "thanks! voilà",
        "c'est Paris-Nord",
        "ok maracuja*0114 is the name of my cat and a few more words to say so",
    ],
)
def test_words_that_are_no_password_stay(text):
    assert redact(text) == text
