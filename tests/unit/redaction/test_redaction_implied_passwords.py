"""Round 7: passwords the message never names: quoted after a failed login, or "the old
one" / "the new one" said after the password was named. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "I tried logging in with (Sol#8812x) but it says invalid",
            "I tried logging in with ([PASSWORD]) but it says invalid",
        ),
        (
            'i typed "nube7781Gato" twice and now I\'m locked out',
            'i typed "[PASSWORD]" twice and now I\'m locked out',
        ),
        (
            'puse "Marip835.chat" dos veces y me bloquearon la cuenta',
            'puse "[PASSWORD]" dos veces y me bloquearon la cuenta',
        ),
        (
            "j'ai tapé « rocket.73 » et mon compte est bloqué",
            "j'ai tapé « [PASSWORD] » et mon compte est bloqué",
        ),
        (
            "hab „Pollito$05“ eingegeben, Konto gesperrt",
            "hab „[PASSWORD]“ eingegeben, Konto gesperrt",
        ),
        ("l'ancien kiwi3334RIO", "l'ancien [PASSWORD]"),
        ("la vieja Rionube66$", "la vieja [PASSWORD]"),
        ("a antiga Hauscafe239_", "a antiga [PASSWORD]"),
        ("the old one was Nuage42!", "the old one was [PASSWORD]"),
        ("die alte: Falke769?blau", "die alte: [PASSWORD]"),
    ],
)
def test_an_implied_password_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # a reference or a promotion's code in quotes stays
        'I tried logging in with order "ORD-123456" but it says invalid',
        'typed the promo "summer2024" but it says invalid',
        # no login in sight: a quoted word is a quote
        'the box says "Model7x2" on it',
        # the old one without a password's shape: a reference, a name, a date
        "the old one was AB123456",
        "la vieja dirección era Calle Mayor 12",
        "l'ancien 12/05/2024",
        "das alte Handy",
    ],
)
def test_a_quoted_or_old_value_without_a_passwords_shape_stays(text):
    assert redact(text) == text
