"""A password given in the message after one that named it without its value (round 38).

"the app keeps asking my password", then "which is Kiwi*74 btw": the first message names a
password and masks nothing, so the next may give it after a copula ("que es", "c'est",
"ist übrigens", "que é"), the only word of the short message that can be one. "senha",
"clave" name a PIN too: a value with letters is the password. Another lead before the
copula ("my order is ...") names another value.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "value"),
    [
        ("the app keeps asking for my password", "which is Kiwi*74x btw", "Kiwi*74x"),
        ("forgot my password again", "it's actually Mango_77", "Mango_77"),
        ("la app me pide la contraseña a cada rato", "que es nube_mar84 x si sirve", "nube_mar84"),
        ("l'appli me redemande le mot de passe", "c'est SOLEIL.4821 si ça aide", "SOLEIL.4821"),
        ("die app fragt ständig nach dem passwort", "ist übrigens Hund#5512", "Hund#5512"),
        ("o app fica pedindo a senha toda hora", "que é nuvem_mar04 se ajudar", "nuvem_mar04"),
    ],
)
def test_the_password_given_after_its_word_is_masked(first: str, second: str, value: str) -> None:
    masked, _ = conversation(first, second)
    assert masked[0] == first
    assert value not in masked[1] and "[PASSWORD]" in masked[1]


@pytest.mark.parametrize(
    "second",
    [
        # another value named before the copula
        "my order is ABC-1234x",
        "mi pedido es ABC-1234x",
        # a version or a plain word
        "it is v2.3.1 of the app",
        "which is really annoying",
        # two candidates: which is the password is not said
        "which is Kiwi*74x or Mango_77",
    ],
)
def test_other_follow_ups_stay(second: str) -> None:
    masked, _ = conversation("the app keeps asking for my password", second)
    assert masked[1] == second


def test_without_a_password_named_before_the_copula_gives_nothing() -> None:
    masked, _ = conversation("the app keeps crashing", "which is Kiwi*74x btw")
    assert masked[1] == "which is Kiwi*74x btw"


def test_a_pin_after_a_word_that_names_both_is_still_a_pin() -> None:
    masked, _ = conversation("mi clave", "4821")
    assert masked[1] == "[PIN]"
