"""Round 55: a vehicle's plate in dashed groups before a licence's word that has a value of
its own ("véhicule KE-130-HM, mon permis 658346046835", "Fahrzeug B-MK-4721, mein
Führerschein ...") is the vehicle's, as a spaced plate already was ("car KHP 1947, DL ...").
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("accrochage avec le véhicule KE-130-HM, mon permis 658346046835", "KE-130-HM"),
        ("Unfall mit dem Fahrzeug B-MK-4721, mein Führerschein B072RRE2I55", "B-MK-4721"),
        ("choque con el vehículo 1234-BCD, mi licencia 12345678Z", "1234-BCD"),
        ("batida com o veículo ABC-1D23, minha CNH 02650306461", "ABC-1D23"),
        ("fender bender, car KHP-1947, DL 123456789", "KHP-1947"),
    ],
)  # fmt: skip
def test_a_dashed_plate_before_a_licence_with_its_own_value_is_kept(text: str, plate: str) -> None:
    masked = conversation(text)[0][0]
    assert plate in masked
    assert "[DRIVER_ID]" in masked
