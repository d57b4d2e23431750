"""Round 52: a login's pair straight after the access word, with no verb or colon ("login
jdoe_77 / Sol#8812"), in the five languages; without the verb only a password with a symbol
beside its letters and digits is taken. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("login tmarsh / Gato#71nube", "login [USERNAME] / [PASSWORD]"),
        ("acceso lvidal / Perro.81!", "acceso [USERNAME] / [PASSWORD]"),
        ("identifiants nadia280 / Lune$12mer", "identifiants [USERNAME] / [PASSWORD]"),
        ("Zugang jdoe_77 / Haus+47sonne", "Zugang [USERNAME] / [PASSWORD]"),
        ("acesso joao.p / Casa#55azul", "acesso [USERNAME] / [PASSWORD]"),
    ],
)  # fmt: skip
def test_a_pair_after_a_bare_access_word_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # no symbol in the second field: a page's or a setting's name
        "login page / Settings2",
        "acceso web / app",
        "Zugang Haupteingang / Seiteneingang",
        # no letter in the first field
        "access 24/7 for order 55120",
        "acesso 10 / 20 no plano de 39,90",
    ],
)  # fmt: skip
def test_a_label_without_a_password_stays(text):
    assert redact(text) == text
