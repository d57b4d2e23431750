"""Round 51: a user name or a password handed over after a remark on it, not right after
its word ("my username is right on file? X", "the new one is X", "por este: X", "le nouveau
c'est X", "die neue ist X", "o novo e X", Portuguese's unaccented "e" for "é"). A handle or
a password's shape is masked; a plain word, an address, a domain, a reference and another
field's value stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("can you check my username is right on file? kbrow77 its for the order 5521", "kbrow77"),
        ("I need to update my login, the new one is ana.ruiz thanks", "ana.ruiz"),
        ("my user name is right? tomas_k81", "tomas_k81"),
        ("necesito cambiar mi login por este: ana.ruiz gracias", "ana.ruiz"),
        ("por cierto mi usuaria es marta_g92", "marta_g92"),
        ("je voudrais modifier mon id, le nouveau c'est jdupont44 merci", "jdupont44"),
        ("au fait mon id c'est jean.dupont", "jean.dupont"),
        ("ich möchte mein Kundenlogin ändern, die neue ist lena.kraus danke", "lena.kraus"),
        ("habt ihr meinen Benutzernamen richtig hinterlegt? lkraus302, Bestellung 44", "lkraus302"),
        ("preciso atualizar meu nome de usuario, o novo e rsilva50 obrigado", "rsilva50"),
        ("vcs tem meu usuario certo? e joao.silva, pedido 1234", "joao.silva"),
        ("alias meu utilizador e ines1476", "ines1476"),
    ],
)
def test_a_handle_after_a_remark_on_its_word_is_masked(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("is my password right on file? 7rDv&j5t-Jf its for the order", "7rDv&j5t-Jf"),
        ("¿tenéis bien mi contraseña? es Sol#8812, pedido 4471", "Sol#8812"),
        ("vous avez bien mon mot de passe ? c'est Nuage42! pour la commande", "Nuage42!"),
        ("habt ihr mein Passwort richtig hinterlegt? Falke&19, Bestellung 5521", "Falke&19"),
        ("vcs tem minha senha certa? e Rio*1825, pedido 4471", "Rio*1825"),
    ],
)
def test_a_password_after_a_remark_on_its_word_is_masked(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a plain word, a version and a domain are no handle
        ("my username is right? yes it is", "yes"),
        ("my login page, the new one is v2.3 now", "v2.3"),
        ("my login, the new one is example.com", "example.com"),
        # a reference named in the remark hands over its own value
        ("my user id is abc and ticket: ab12345", "ab12345"),
        ("mi usuario no funciona, pedido: ab12345", "ab12345"),
        # another field named in the remark: its value is not the user name
        ("meu usuario e o e-mail: maria77", "maria77"),
        # a password word with an error code after the remark
        ("mi contraseña no va? error: E404", "E404"),
        # a price, a date and a count after a remark
        ("my password expired? since 10:30 today, 3 tries", "10:30"),
        ("meu login e 3 vezes bloqueado", "3 vezes"),
    ],
)
def test_a_remark_hands_over_no_plain_word_reference_or_other_field(text: str, kept: str) -> None:
    assert kept in redact(text)
