"""Round 48c: a model named by its device's noun and verb ("router ist eine SM-A536B", "la
box c'est une FRITZ!Box 7590") after a Wi-Fi password's word is the device, not the
password. A password owned by the device ("the password of the router is ...") is still
masked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "Qx#72mnbv <- that's the wifi password, the router is a XR-500AX2",
            "[PASSWORD] <- that's the wifi password, the router is a XR-500AX2",
        ),
        (
            "Qx#72mnbv <- esa es la clave del wifi, el router es un XR-500AX2",
            "[PASSWORD] <- esa es la clave del wifi, el router es un XR-500AX2",
        ),
        (
            "Qx#72mnbv <- c'est le code wifi, la box c'est une XR-500AX2",
            "[PASSWORD] <- c'est le code wifi, la box c'est une XR-500AX2",
        ),
        (
            "Qx#72mnbv <- das ist das wlan passwort, router ist eine XR-500AX2",
            "[PASSWORD] <- das ist das wlan passwort, router ist eine XR-500AX2",
        ),
        (
            "Qx#72mnbv <- a senha do wifi, o roteador é XR-500AX2",
            "[PASSWORD] <- a senha do wifi, o roteador é XR-500AX2",
        ),
    ],
)
def test_a_model_named_by_its_device_stays(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "the wifi password of the router is Qx72mnbv",
            "the wifi password of the router is [PASSWORD]",
        ),
        ("la contraseña del router es Qx72mnbv", "la contraseña del router es [PASSWORD]"),
        ("das passwort vom router ist Qx72mnbv", "das passwort vom router ist [PASSWORD]"),
        ("a senha do roteador é Qx72mnbv", "a senha do roteador é [PASSWORD]"),
    ],
)
def test_a_password_the_device_owns_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked
