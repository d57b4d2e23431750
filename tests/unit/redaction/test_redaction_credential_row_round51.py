"""Round 51: a user name and its password handed over with no word naming them: the pair as
typed into the app ("jdoe_77 / Sol#8812 - that's what i use on the app"), a row of a pasted
file ("credentials.csv line: jdoe_77,Sol#8812,1.6.2025") and a workspace's admin ("admin
jdoe_77, recovery mail ..."), in the five languages. A pair of words, a row of words and the
admin's panel stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "jdoe_77 / Sol#8812 - thats what i use on the app",
        "jdoe_77 / Sol#8812 i log in with that",
        "jdoe_77 / Sol#8812 eso pongo en la app",
        "jdoe_77 / Sol#8812 c'est ce que je mets dans l'appli",
        "jdoe_77 / Sol#8812 so logge ich mich in der app ein",
        "jdoe_77 / Sol#8812 é o que eu uso no app",
        "my app: jdoe_77 / Sol#8812 i type that",
    ],
)
def test_a_pair_typed_into_the_app_is_masked(text: str) -> None:
    masked = redact(text)

    assert "jdoe" not in masked
    assert "8812" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "credentials.csv line: jdoe_77,Sol#8812,1.6.2025",
        "linea del excel: jdoe.77;Sol#8812;7/10",
        "ligne du fichier : jdoe_77;Sol#8812;11/05/2024",
        "zeile aus der datei: jdoe.77;Sol#8812;16.2.2023",
        "linha da planilha: jdoe_77;Sol#8812;12.8.2024",
    ],
)
def test_a_pasted_row_is_masked(text: str) -> None:
    masked = redact(text)

    assert "jdoe" not in masked
    assert "8812" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "our workspace is locked. admin jdoe_77, recovery mail soon",
        "bloquearon nuestro espacio. usuario admin jdoe.77",
        "notre espace est bloqué. admin jdoe_77",
        "unser workspace ist gesperrt. admin jdoe77",
        "nosso workspace travou. admin jdoe.m77",
    ],
)
def test_the_workspace_admin_is_masked(text: str) -> None:
    assert "jdoe" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "read / write - thats what i use on the app",
        "the admin panel is down, rights for v2.3 / build5 i use daily",
        "line: name,email,date",
        "order line: SKU-4411,red shirt,3",
        "admin 2 approved it",
        "the admin panel is down",
        "jdoe_77 / Sol#8812 is the new model",
    ],
)
def test_pairs_and_rows_of_no_credential_stay(text: str) -> None:
    assert redact(text) == text
