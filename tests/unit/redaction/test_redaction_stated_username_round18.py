"""A user name of small letters alone, stated by the customer: at the end of the message
after a word for it and a verb ("my user name is jdoex"), or right before the
password ("usuário jdoex senha ..."); and after a question and a hedge ("cuál es mi
usuario? creo que jdoex"). The account's state, the login act and the word's own letters
stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my user name is jdoex", "my user name is [USERNAME]"),
        ("mon identifiant c'est mlopez", "mon identifiant c'est [USERNAME]"),
        ("mein benutzername ist kmuell", "mein benutzername ist [USERNAME]"),
        ("meu usuário é rsilva", "meu usuário é [USERNAME]"),
        ("my username is abcd!", "my username is [USERNAME]!"),  # four letters: the least
        ("usuário rsilva senha Gato#123", "usuário [USERNAME] senha [PASSWORD]"),
        (
            "identifiant mlopez, mot de passe Nuage#42",
            "identifiant [USERNAME], mot de passe [PASSWORD]",
        ),
        ("cual es mi usuario? creo que mlopez", "cual es mi usuario? creo que [USERNAME]"),
        ("what is my username? i think jdoe_12", "what is my username? i think [USERNAME]"),
    ],
)
def test_a_stated_user_name_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "my username is abc",  # three letters: too short to tell from a word
        "my username is Jdoex",  # a capital: a word that starts a sentence
        "my username is wrong",
        "mein benutzername ist gesperrt",
        "my login is blocked",  # a participle's ending
        "mi usuario está bloqueado",
        "mon identifiant est bloqué",
        "my login is jdoex",  # "login" is the act too: "my login is slow"
        "benutzer kmuell",  # no verb: as likely a state ("benutzer gesperrt")
        "what is my username?",  # the word's own letters
        "my username is jdoex but it fails",  # neither the end nor the password next
        "usuário rsilva não funciona",
        "user name and password",
    ],
)
def test_a_state_an_act_or_a_word_stays(text: str) -> None:
    assert redact(text) == text
