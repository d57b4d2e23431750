"""Round 39: the US routing number's names in Spanish, French, German and Portuguese, and
"ruta" alone before a code's digits. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("messages", "masked"),
    [
        (("ruta 021 243",), ["ruta [BANK_ROUTING]"]),
        (("ruta 117-577",), ["ruta [BANK_ROUTING]"]),
        (("Routingnummer 021000021",), ["Routingnummer [BANK_ROUTING]"]),
        # the first part with its word, the rest alone next
        (("ruta 021", "243 118"), ["ruta [BANK_ROUTING]", "[BANK_ROUTING]"]),
        (("rota 021 243",), ["rota [BANK_ROUTING]"]),
        (("número de ruta", "021 243 118"), ["número de ruta", "[BANK_ROUTING]"]),
    ],
)
def test_a_routing_number_after_its_name_is_masked(messages, masked):
    assert conversation(*messages)[0] == masked


@pytest.mark.parametrize(
    "messages",
    [
        # a road's number: fewer digits than a code's
        ("tomé la ruta 40 hasta el km 12",),
        ("la ruta 66 es famosa",),
        ("ruta 40",),
        ("ruta 12345 km",),
    ],
)
def test_a_road_stays(messages):
    assert conversation(*messages)[0] == list(messages)
