"""Round 51: a user name after the verb of a guess ("my login would be jdoe_77", "mi usuario
sería jdoe_77", "mon pseudo ce serait jdoe_77", "mein Login wäre jdoe_77", "o login seria
jdoe_77", "deve ser", "lautet"), after a trailing-off hedge ("mi usuario... creo que es
jdoe77"), and after a "benutzer-id". A word after the same verbs stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "so my login would be jdoe_77 right?",
        "pues mi usuario seria jdoe_77 no?",
        "mi usuario... creo que es jdoe77",
        "donc mon pseudo ce serait jdoe.77 non ?",
        "also mein login wäre jdoe.77 oder?",
        "mein Benutzername lautet jdoe_77. Mit freundlichen Grüßen",
        "meine benutzer-id: jdoe77",
        "entao o login seria jdoe.77 ne?",
        "o nome de usuario deve ser jdoe.77 mas nao tenho certeza",
    ],
)
def test_a_guessed_user_name_is_masked(text: str) -> None:
    masked = redact(text)

    assert "jdoe" not in masked
    assert "[USERNAME]" in masked


@pytest.mark.parametrize(
    "text",
    [
        "my login would be broken without the app",
        "el usuario seria bloqueado",
        "mein login wäre gesperrt",
        "mon identifiant serait bloqué",
        "o login deve ser feito no app",
    ],
)
def test_a_word_after_the_verb_of_a_guess_stays(text: str) -> None:
    assert redact(text) == text
