"""Round 56: addresses typed with noise after the dots or colons they keep ("203. | 0. 👉 113.
| 219"), an IPv4 address with mixed joints or its dot said as a word ("ip 192 dot 168 dot 0
dot 12"), a MAC address's twelve hex digits regrouped in runs of one to five or named with
whose it is before them ("mac del portatil 02--0D--19--92--77--08"), and a new code named
right after the old one ("pin war 3428, neue 0865"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("logged in from 203. | 0. 👉 113. | 219?? weird", "logged in from [IP_ADDRESS]?? weird"),
        ("login from 198. uh 51. uh 100. 👉 45 at night", "login from [IP_ADDRESS] at night"),
        ("vu depuis 192.\n0.\n2./160 hier", "vu depuis [IP_ADDRESS] hier"),
        (
            "el router marca ip 2001: eh db8: y 1fb8:\n: ➡️ e277 hoy",
            "el router marca ip [IP_ADDRESS] hoy",
        ),
        ("router zeigt 2001: / db8:\na524: / : 🙂 c56c jetzt", "router zeigt [IP_ADDRESS] jetzt"),
    ],
)
def test_an_address_with_noise_after_its_separators_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "am 12. 5. 20. 4 um 10 uhr",  # spaces alone after the dots
        "items 1. | 2. | 3. | 4 done",  # single digits: a list
        "times 10: | 20: | 30: | 40 today",  # decimal groups: not an IPv6 address
    ],
)
def test_dotted_lists_and_times_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my ip is 192 dot 168 dot 0 dot 12", "my ip is [IP_ADDRESS]"),
        ("la ip es 192 punto 168 punto 0 punto 12", "la ip es [IP_ADDRESS]"),
        ("l'ip 192 point 168 point 0 point 12", "l'ip [IP_ADDRESS]"),
        ("die ip 192 Punkt 168 Punkt 0 Punkt 12", "die ip [IP_ADDRESS]"),
        ("o ip 203 traço 0💳113|242 caiu", "o ip [IP_ADDRESS] caiu"),
    ],
)
def test_an_ipv4_address_with_mixed_or_said_joints_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_times_after_the_ip_word_stay() -> None:
    assert redact("ip down 10:30 - 11:45") == "ip down 10:30 - 11:45"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("client mac 72 - CF9 - 5F04 - 74D", "client mac [MAC_ADDRESS]"),
        ("mac adresse 629B-404-1A824 gesperrt", "mac adresse [MAC_ADDRESS] gesperrt"),
        ("laptop mac 12- - F2- - 5B- - E5- - CA- - 27", "laptop mac [MAC_ADDRESS]"),
        (
            "mac del portatil 02--0D--19--92--77--08, se cae",
            "mac del portatil [MAC_ADDRESS], se cae",
        ),
        ("mac vom laptop 36-D D-C9 -C5- F5-5 E, vpn", "mac vom laptop [MAC_ADDRESS], vpn"),
        ("mac do note 4A-B 9-E6 -4D- 68-8 D, vpn", "mac do note [MAC_ADDRESS], vpn"),
    ],
)
def test_a_regrouped_or_owned_mac_address_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_small_letter_words_among_runs_are_no_mac() -> None:
    text = "mac de la oficina 1 de 2 de 3 de 45 da"
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("the pin was 7989, new one should be 1502", "the pin was [PIN], new one should be [PIN]"),
        ("el pin era 9469 y el nuevo 4o2783", "el pin era [PIN] y el nuevo [PIN]"),
        ("pin war 3428, neue o865", "pin war [PIN], neue [PIN]"),
        ("pin era 3879, o novo 63I438", "pin era [PIN], o novo [PIN]"),
        ("my PIN, old one was 0751 new one 795l", "my PIN, old one was [PIN] new one [PIN]"),
    ],
)
def test_a_new_code_named_after_the_old_one_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_date_then_a_time_stays() -> None:
    text = "zugestellt am 17.11. um 7.50 aber hier ist nix"
    assert redact(text) == text
