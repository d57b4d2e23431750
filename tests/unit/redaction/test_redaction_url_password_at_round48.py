"""A password pasted into a link's credentials may hold an "@" of its own (issue 14, round 48).

The host starts after the authority's last "@"; before, the password ended at its first "@"
and what followed it ("25?") stayed visible. Synthetic values only.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "lo tengo asi: sftp://ana_ftp:Pollo@25?@archivos.example.com/subidas",
            "lo tengo asi: sftp://[USERNAME]:[PASSWORD]@archivos.example.com/subidas",
        ),
        (
            "in der config: ftp://nutzer7:Wolke@74?@dateien.example.de",
            "in der config: ftp://[USERNAME]:[PASSWORD]@dateien.example.de",
        ),
        (
            "tá assim ftp://joao.b:Blume@9763?@arquivos.example.com.br:21/envio ok",
            "tá assim ftp://[USERNAME]:[PASSWORD]@arquivos.example.com.br:21/envio ok",
        ),
    ],
)
def test_password_holding_an_at_sign_is_masked_whole(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The ordinary case is unchanged: the password ends at the host's "@".
        ("db://admin:S3cr3tP4ss@db.example.com/x", "db://[USERNAME]:[PASSWORD]@db.example.com/x"),
        # A second link's credentials are read on their own.
        (
            "ftp://ana:Pw0rdx@files.example.com/a and ftp://luis:Ks8q@backup.example.com/b",
            "ftp://[USERNAME]:[PASSWORD]@files.example.com/a and ftp://[USERNAME]:[PASSWORD]@backup.example.com/b",
        ),
    ],
)
def test_the_host_and_the_path_stay_visible(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_a_link_in_brackets_keeps_its_password_masked() -> None:
    text = "hier passwort [ftp://kunde:maison#83!@files.example.com]"

    assert redact(text) == "hier passwort [ftp://[USERNAME]:[PASSWORD]@files.example.com]"
