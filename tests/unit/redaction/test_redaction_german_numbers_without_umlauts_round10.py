"""Round 10: German numbers typed without their umlauts ("einundfunfzig", "funfzehn",
"zwolf") are read as numbers: a tax id spelled with them is masked. Synthetic value."""

from __future__ import annotations

from tests.support.redaction import redact


def test_a_tax_id_spelled_without_umlauts_is_masked():
    text = "steuer-idnr zwei neun vier sieben sechs drei drei null einundfunfzig zwei"

    assert redact(text) == "steuer-idnr [DE_TAX_ID]"
