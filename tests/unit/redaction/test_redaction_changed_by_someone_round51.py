"""Round 51: the password someone else set, the customer reporting what it was changed to
("someone changed it to Sol#8812", "alguien la cambió a Sol#8812", "quelqu'un a mis Sol#8812
à la place", "jemand hat es auf Sol#8812 geändert", "alguém trocou pra Sol#8812"), and the
passive ("it was changed to ...", "wurde auf ... geändert"). Only a password's shape: a plan's
speed, a version, a word or an address stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "i think someone changed it to Sol#8812 i never picked that",
        "somebody changed my password to xK2vQ9pLm4",
        "alguien la cambio a sol.mar.8812 yo nunca puse eso",
        "alguien puso Sol#8812 yo no fui",
        "quelqu'un a mis Sol#8812 a la place, c'est pas moi",
        "on l'a changé en Sol#8812",
        "jemand hat es auf Sol#8812 geändert, war ich nicht",
        "alguem trocou pra Sol#8812 nao fui eu",
        "it was changed to Sol#8812 last night",
        "das passwort wurde auf Sol#8812 geändert",
    ],
)
def test_the_password_someone_set_is_masked(text: str) -> None:
    masked = redact(text)

    assert "8812" not in masked
    assert "xK2vQ9pLm4" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "someone changed the plan to 500Mbps",
        "they changed it to v2.3.1 yesterday",
        "someone changed it to Premium",
        "someone changed my address to Calle 5",
        "jemand hat es auf 10GB erhöht",
        "they set it to 1500MB",
        "on a mis 3 jours à livrer",
    ],
)
def test_what_is_no_password_after_the_change_stays(text: str) -> None:
    assert redact(text) == text
