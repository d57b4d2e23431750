"""Round 51: user names the customer gives without "username" in full: after the misspelt
"usrname", after "account name" (and its Spanish, French, German and Portuguese forms),
after a form's label and before a comma ("usuario jdoe, la clave ..."), and after the
account's word and a preposition ("reset the login for ana.lopez"). A person's name, a
version, a code or a site stays; German "Nutzer jdoe" still needs a verb ("Nutzer
gesperrt" is as likely). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("usrname tomzzqa, pasword i tried was Rr!9921x", "tomzzqa"),
        ("the codes go to my old phone. account name lia-becker", "lia-becker"),
        ("acct name jdoe_77", "jdoe_77"),
        ("nombre de cuenta marta.ruiz7", "marta.ruiz7"),
        ("nom de compte jdoe.m12", "jdoe.m12"),
        ("bitte umstellen, Kontoname jdoe_77", "jdoe_77"),
        ("nome da conta ana_lopes9", "ana_lopes9"),
    ],
)  # fmt: skip
def test_a_name_after_a_misspelt_or_account_word_is_masked(text: str, value: str) -> None:
    assert value in text
    assert value not in redact(text)
    assert "[USERNAME]" in redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("usuario noahqqz, la clave que probé fue otra", "noahqqz"),
        ("identifiant jdoemx, le mot de passe ne marche pas", "jdoemx"),
        ("Benutzername jdoemx, das Passwort geht nicht", "jdoemx"),
        ("utilizador ruiqqz, a senha que tentei foi outra", "ruiqqz"),
    ],
)  # fmt: skip
def test_a_name_after_a_forms_label_is_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[USERNAME]", 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("can you reset the login for claire.qq pls, error ERR-6296 on v2.2.2", "claire.qq"),
        ("unlock the account of tom-beqq please", "tom-beqq"),
        ("restablecer la cuenta de jdoe_77 por favor", "jdoe_77"),
        ("réinitialiser le compte de lucasqq1513 svp", "lucasqq1513"),
        ("das Konto von jdoe77 bitte entsperren", "jdoe77"),
        ("resetar a senha do ana.lopes", "ana.lopes"),
    ],
)  # fmt: skip
def test_a_handle_after_the_accounts_word_is_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[USERNAME]")


@pytest.mark.parametrize(
    "text",
    [
        "account name John Smith",
        "my account name is wrong",
        "Nutzer gesperrt",
        "bitte umstellen, Nutzer kmuqq",
        "Nutzer unbekannt, bitte helfen",
        "usuario bloqueado, no puedo entrar",
        "usuario nuevo, quiero registrarme",
        "the account of my wife",
        "the account for v2.2.2 and ERR-6296",
        "the login for the app v12.1.2 fails with error 605",
        "la cuenta de ahorro 2024 sigue igual",
        "das Konto von Peter ist gesperrt",
    ],
)  # fmt: skip
def test_people_states_versions_and_codes_stay(text: str) -> None:
    assert redact(text) == text
