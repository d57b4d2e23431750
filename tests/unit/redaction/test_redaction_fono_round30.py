"""Round 30: "fono", Chilean Spanish for a phone, names one as "celu" and "fone" do: "mi
fono 229" starts a phone across messages, and a whole one after it is masked. Synthetic
values."""

from __future__ import annotations

from tests.support.redaction import conversation


def test_a_fono_starts_a_phone_across_messages() -> None:
    out, markers = conversation("mi fono 229", "555 0101")

    assert not any(c.isdigit() for c in "".join(out)), out
    assert markers[0] is not None and markers[0].entity_type == "PHONE"


def test_a_whole_number_after_fono_is_a_phone() -> None:
    out, _ = conversation("fono: 229 555 0101")

    assert out == ["fono: [PHONE]"]


def test_a_longer_word_opening_with_fono_names_no_phone() -> None:
    _, markers = conversation("mi fonografo 229")

    assert markers[0] is None or markers[0].entity_type != "PHONE"
