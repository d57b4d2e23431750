"""Round 50: the customer's user name given after its word, the reason it is given and a
colon, ending the message ("my username again because the ticket has a typo: jdoe_77"), in
the five languages. Only a handle's shape is masked: an error's code in capitals, a number
alone or a word stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "my username again because the ticket has a typo: jdoe_77",
        "mi usuario porque en el caso está mal escrito: jdoe.77",
        "je vous redonne mon identifiant parce qu'il y a une faute dans le dossier : jdoe77",
        "mon identifiant car le dossier est faux : j.doe",
        "nochmal mein Benutzername weil im Ticket ein Tippfehler ist: jdoe77",
        "meu usuário porque no chamado está errado: jdoe-77",
    ],
)
def test_a_user_name_after_the_reason_and_a_colon_is_masked(text: str) -> None:
    masked = redact(text)

    assert masked.endswith("[USERNAME]")
    assert "jdoe" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "my username is not working because the app says: ERR-404",
        "my login fails because of the order: 4821",
        "mi usuario no funciona porque dice: bloqueado",
        "mein Benutzername geht nicht weil: gesperrt",
        "the username fails because the ticket says: jdoe77 is wrong",
    ],
)
def test_what_is_no_handle_after_the_reason_stays(text: str) -> None:
    assert redact(text) == text
