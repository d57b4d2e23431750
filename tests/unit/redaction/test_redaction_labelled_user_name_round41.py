"""Round 41: a user name of small letters after a form's label and its colon, its clause
closed by a comma, with more said after it ("user name: jdoe, also my cell"). Without the
colon, the comma, or with a word said of the name or the login act's word, it stays.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("need to update my details. user name: zedqux, also my cell",
         "need to update my details. user name: [USERNAME], also my cell"),
        ("usuario: pepalopez, y el correo", "usuario: [USERNAME], y el correo"),
        ("identifiant : leacosta, et mon adresse", "identifiant : [USERNAME], et mon adresse"),
        ("Benutzername: timoberg; und die Adresse", "Benutzername: [USERNAME]; und die Adresse"),
        ("usuário: ruymota, e o email", "usuário: [USERNAME], e o email"),
    ],
)  # fmt: skip
def test_a_labelled_name_closed_by_a_comma_is_masked(said: str, masked: str) -> None:
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "user name: zedqux and more",  # no comma: the name's clause goes on
        # (round 47: "user name zedqux, also my cell", no colon, is masked too: the name's
        # own noun names the value as a label does; test_redaction_user_name_comma_round47)
        "username: forgotten, help",
        "usuario: bloqueado, ayuda",
        "login: broken, help",  # the act's word, not the name's
    ],
)
def test_a_word_after_the_label_is_kept(said: str) -> None:
    assert redact(said) == said
