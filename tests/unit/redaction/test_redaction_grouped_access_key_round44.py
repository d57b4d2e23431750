"""Round 44: an AWS access key ID typed in groups of any size, its prefix split too ("AKI AIF
K7B ...", "AS-IA-AV-...", "AK - IA - ...", "ASI.A7J...."), in any language's sentence. The
twenty characters the groups make, a documented prefix and a digit after it say it is one.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("my access key AKI AXT BQP CGF A4C IGI 2U", "my access key [AWS_ACCESS_KEY]"),
        ("mi clave de acceso AS-IA-AV-RM-7I-UC-PS-3X-A2-UJ", "mi clave de acceso [AWS_ACCESS_KEY]"),
        ("ma clé AK - IA - LH - F4 - AO - Y6 - 27 - 35 - PJ - DW", "ma clé [AWS_ACCESS_KEY]"),
        ("ASI.A7J.TDI.QMU.N3V.JJ5.2F ist mein Schlüssel", "[AWS_ACCESS_KEY] ist mein Schlüssel"),
        ("chave de acesso: AKI  AOS  GZ3  K5Z  HZI  6OH  23", "chave de acesso: [AWS_ACCESS_KEY]"),
    ],
)  # fmt: skip
def test_a_key_in_groups_of_any_size_is_masked(said, masked):
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "ASIA IS A BIG PLACE WITH MANY PEOPLE",  # capitals without a digit
        "AK IA PA 6U MY DC IX 4K P7",  # eighteen characters
        "AB 12 CD 34 EF 56 GH 78 IJ 90",  # twenty, no key's prefix
    ],
)
def test_groups_that_are_no_key_keep_their_characters(said):
    assert redact(said) == said


def test_groups_of_mixed_sizes_keep_their_characters():
    # twenty characters, but no fixed chunk size: not a key read out in groups
    assert redact("AKIA ABC DEFG1234 EFGH5") == "AKIA ABC DEFG1234 EFGH5"
