"""Round 56: a count typed after a whole identifier ("cnpj 11.222.333/0001-81, 22 caixas",
"CPF 111.444.777-35, 3 pedidos", "cnpj 11/222 et 333 / 0001|81, 4 colis") is not read as
more of its digits: the identifier as typed keeps its check digits and is masked, the count
stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("cnpj da loja 11.222.333/0001-81, 37 caixas", "cnpj da loja [BR_CNPJ], 37 caixas"),
        ("cnpj da loja 11222333000181, 37 caixas", "cnpj da loja [BR_CNPJ], 37 caixas"),
        ("CPF 111.444.777-35, 3 pedidos", "CPF [BR_CPF], 3 pedidos"),
        # in groups split by noise, which the count's comma would have joined too
        ("cnpj 11/222 et 333 / 0001|81, 4 colis", "cnpj [BR_CNPJ], 4 colis"),
    ],
)
def test_an_identifier_before_a_count_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked
