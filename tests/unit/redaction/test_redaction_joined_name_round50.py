"""Round 50: a user name made of a person's names run together ("KevinLopez") after a word
for the user name or a sign-in "as" ("her username is ...", "logged in as ...", "entro como
..."): a name of capitals and small letters was read as prose. Also the word asked back
before the answer ("my login?? its x"), Portuguese's possessive after the noun ("o usuário
dela é x") and "logado como". Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

USER = "[USERNAME]"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("writing from my son's account, his username is MarkOlsen", "MarkOlsen"),
        ("escribo desde la cuenta de mi hijo, su usuario es PabloRuiz", "PabloRuiz"),
        ("j'écris depuis le compte de mon fils, son pseudo c'est LucPetit", "LucPetit"),
        ("ich schreibe vom Account meines Sohnes, sein Benutzername ist TimBerger", "TimBerger"),
        ("estou usando a conta do meu filho, o usuário dele é RuiTavares", "RuiTavares"),
        ("o usuário dela é SaraMonteiro", "SaraMonteiro"),
    ],
)  # fmt: skip
def test_a_joined_name_after_a_user_name_word_is_masked(text: str, value: str) -> None:
    masked = text.replace(value, USER)
    assert redact(text) == masked
    assert redact(masked) == masked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the app crashes on my laptop with version 4.2.1, logged in as MarkOlsen", "MarkOlsen"),
        ("la app se cierra con la versión 3.1, entro como PabloRuiz", "PabloRuiz"),
        ("l'appli plante, connecté en tant que LucPetit", "LucPetit"),
        ("die App stürzt ab, eingeloggt als TimBerger", "TimBerger"),
        ("o app fecha sozinho, logado como RuiTavares", "RuiTavares"),
        ("o app fecha sozinho, logado como rui.tav71", "rui.tav71"),
    ],
)  # fmt: skip
def test_a_joined_name_signed_in_as_is_masked(text: str, value: str) -> None:
    masked = text.replace(value, USER)
    assert redact(text) == masked
    assert redact(masked) == masked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my login?? its mk.olsen7", "mk.olsen7"),
        ("usuario?? es pab_ruiz08", "pab_ruiz08"),
        ("mon login ?? c'est lucpet55", "lucpet55"),
        ("Benutzername?? ist tim_berg12", "tim_berg12"),
        ("usuário?? é ruitav90", "ruitav90"),
    ],
)  # fmt: skip
def test_a_user_name_after_the_word_asked_back_is_masked(text: str, value: str) -> None:
    masked = text.replace(value, USER)
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # a brand after an account's word, an app signed in with: not the customer's name
        "my PayPal account is blocked",
        "la cuenta PayPal no funciona",
        "je me suis connecté avec FaceTime",
        # short parts: a product's name, not a person's
        "my username is iPhone",
        "logged in as GoPro",
        # how, not who
        "logged in as usual",
        "my login?? it keeps failing",
        "o login dele é bloqueado",
        # a name of one capitalised word is prose's too
        "her username is Blocked",
    ],
)  # fmt: skip
def test_brands_products_and_states_stay(text: str) -> None:
    assert redact(text) == text
