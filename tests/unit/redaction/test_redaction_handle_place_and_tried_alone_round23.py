"""Round 23: a handle named with where it is used between its word and it ("my handle here
is jdoe_77", "usuario de la app jdoe.sp4"), "alias", "pseudo" and "usuario" naming a handle;
one password tried right beside its verb in a message wondering about its capitals ("probé
Sol#8812 y nada, capaz las mayúsculas"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my handle here is jdoe_77", "my handle here is [USERNAME]"),
        ("mi alias acá es jd_sp4", "mi alias acá es [USERNAME]"),
        ("mon pseudo ici jdoe77", "mon pseudo ici [USERNAME]"),
        ("usuario de la app jdoe.sp4", "usuario de la app [USERNAME]"),
        ("mein handle in der app ist jdoe.m12", "mein handle in der app ist [USERNAME]"),
        ("my handle on the forum: jdoe_77", "my handle on the forum: [USERNAME]"),
    ],
)
def test_a_handle_named_where_it_is_used(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "my handle here is jdoe",  # letters alone: a word as likely
        "mi alias es Juan",  # a name, not a handle's shape
        "my handle over there is jdoe_77",  # no place word the rule knows
    ],
)
def test_a_place_does_not_make_a_word_a_handle(text: str) -> None:
    assert "[USERNAME]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("probé Sol#8812 y nada, capaz las mayúsculas", "probé [PASSWORD] y nada"),
        ("hab Hund_24$ probiert, vielleicht Großbuchstaben", "hab [PASSWORD] probiert,"),
        ("j'ai essayé Soleil#42, peut-être les majuscules", "j'ai essayé [PASSWORD],"),
        ("tentei Gato!99, talvez as maiúsculas", "tentei [PASSWORD],"),
        ("tried Sol#8812, maybe caps lock", "tried [PASSWORD],"),
        ("tried Galaxy22! maybe it's case sensitive", "tried [PASSWORD]! maybe"),
    ],
)
def test_one_password_tried_beside_its_verb_with_its_capitals_wondered_about(
    text: str, masked: str
) -> None:
    assert redact(text).startswith(masked)


@pytest.mark.parametrize(
    "text",
    [
        "hab Sol#8812 probiert",  # nothing says a password: a single guess stays
        "tried Galaxy22 with caps",  # a name with its model number
        "tried Galaxy22? caps",  # a question, not the password's "!"
        "probé Bonjour14. y nada, mayúsculas",  # a full stop ends the clause
        "no problem Sol#8812 in caps",  # "prob" in a word is no verb
        "tried then Sol#8812, caps",  # not right beside the verb
        "tried Sol#8812, maybe capsule",  # a word that only starts like one
    ],
)
def test_one_tried_value_needs_its_shape_its_verb_and_its_capitals(text: str) -> None:
    assert "[PASSWORD]" not in redact(text)
