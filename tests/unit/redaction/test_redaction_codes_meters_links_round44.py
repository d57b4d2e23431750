"""Round 44: an error code after its word is neither a password typed in chunks nor a PIN
("mot de passe et ça marche pas, erreur E81", "senha e deu erro ERR-6279"); a meter's reading
is no bank account though a bank's word follows it ("meter read 315653, acct no ..."); the
number a texting link sends to is a phone whatever its host's words ("/sms?to=...", "sms an
https://.../abo?nr=..."). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("j'ai mis Fleur*sunny29 comme mot de passe et ça marche pas, erreur E81", "erreur E81"),
        ("coloquei TQDo7pFy de senha e deu erro E35", "erro E35"),
        ("coloquei -oB8IRwb6dA de senha e deu erro ERR-6279", "erro ERR-6279"),
        ("I typed Kiwi!9l7x as password and got error E42", "error E42"),
        ("puse Sol#8812x de contraseña y sale error E17", "error E17"),
        ("ich habe Mond_95l als Passwort und es kommt Fehler E12", "Fehler E12"),
    ],
)  # fmt: skip
def test_error_code_after_a_password_is_kept(text, kept):
    out = redact(text)
    assert kept in out
    assert "[PASSWORD]" in out


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # the password typed in chunks still is one: no error's word before its mixed chunk
        ("mot de passe et ça E81x", "mot de passe [PASSWORD]"),
        ("pw Mond _95l 1nub", "pw [PASSWORD]"),
        # a PIN's word nearer than the error's: the PIN
        ("error en el cajero, mi pin es 4821", "error en el cajero, mi pin es [PIN]"),
        ("meine PIN ist 4821, Fehler E12", "meine PIN ist [PIN], Fehler E12"),
    ],
)  # fmt: skip
def test_password_and_pin_without_an_error_word_before_them_are_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "i paid the electric bill twice, meter read 315653, acct no 728820633",
        "lectura del contador 482133, cuenta 728820633",
        "relevé du compteur 482133, compte 728820633",
        "Zählerstand 183421, Konto 7288206331",
        "leitura do medidor 482133, conta 728820633",
    ],
)  # fmt: skip
def test_meter_reading_before_an_account_is_kept(text):
    out = redact(text)
    assert out.count("[BANK_ACCOUNT_NUMBER]") == 1
    assert any(reading in out for reading in ("315653", "482133", "183421"))


def test_number_before_account_word_without_a_meter_is_masked():
    assert "315653198" not in redact("it was 315653198, acct no")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("link was https://track.example/sms?to=01174960050", "01174960050"),
        ("sms an https://benachrichtigung.example/abo?nr=017602483723", "017602483723"),
        ("textos para https://avisos.example/alta?numero=912345678", "912345678"),
    ],
)  # fmt: skip
def test_number_a_texting_link_sends_to_is_masked(text, phone):
    out = redact(text)
    assert phone not in out
    assert "[PHONE]" in out


@pytest.mark.parametrize(
    "text",
    [
        "order https://shop.example/track?nr=017602483723",  # no text goes to the link
        "sms sent, see https://shop.example/order?id=017602483723",  # an id, not a number
    ],
)  # fmt: skip
def test_number_of_a_link_no_text_goes_to_is_kept(text):
    assert "017602483723" in redact(text)
