"""Round 17: a MAC or an IP address read out with one joint repeated between its groups
(a sign, an emoji, a connective, a line break), after its word or before a word saying
the address is blocked. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mac ist 4f / 2a / 91 / c3 / 07 / be glaub ich", "4f / 2a / 91 / c3 / 07 / be"),
        ("my mac is 4f ... 2a ... 91 ... c3 ... 07 ... be", "4f ... 2a ... 91"),
        ("mac 4F || 2A || 91 || C3 || 07 || BE", "4F || 2A"),
        ("mac ist 4f\n2a\n91\nc3\n07\nbe glaub ich", "4f\n2a\n91"),
        ("mac 4f 🙂 2a 🙂 91 🙂 c3 🙂 07 🙂 be", "2a 🙂 91"),
        ("mac es 4f y 2a y 91 y c3 y 07 y be", "4f y 2a y 91"),
    ],
)
def test_a_mac_with_one_joint_between_its_pairs_is_masked(text: str, value: str) -> None:
    out = redact(text)
    assert "[MAC_ADDRESS]" in out
    assert value not in out


@pytest.mark.parametrize(
    "text",
    [
        # no MAC word before the pairs
        "codes 4f / 2a / 91 / c3 / 07 / be",
        # the MAC word too far before them
        "mac problem since yesterday 4f / 2a / 91 / c3 / 07 / be",
        # two joints and no hex letter: a list, not one address (with a hex letter, round 19
        # reads mixed joints: see test_redaction_single_message_shapes_round19)
        "mac 40 / 20 | 91 / 30 / 07 / 85",
        # five pairs, or seven
        "mac 4f / 2a / 91 / c3 / 07",
        "mac 4f / 2a / 91 / c3 / 07 / be / 11",
    ],
)
def test_pairs_that_are_not_one_mac_stay(text: str) -> None:
    assert "[MAC_ADDRESS]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ip 2001 | db8 | 7a1 |  | 9c2", "2001 | db8 | 7a1 |  | 9c2"),
        ("ip 2001 👉 db8 👉 7a1 👉  👉 9c2", "7a1"),
        ("ip 2001 und db8 und 7a1 und  und 9c2", "7a1"),
        # an empty group and no hex letter
        ("ip 2001 | 4860 |  | 8888", "4860"),
        # eight groups: no empty one needed
        ("ip 2001 - db8 - 1 - 2 - 3 - 4 - 5 - 6", "2001 - db8"),
    ],
)
def test_an_ipv6_address_with_one_joint_after_an_ip_word_is_masked(text: str, value: str) -> None:
    out = redact(text)
    assert out.startswith("ip [IP_ADDRESS]")
    assert value not in out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it says 198 51 100 7 is blocked", "198 51 100 7"),
        ("it says 198  51  100  7 is now blocked", "198  51  100  7"),
        ("da steht 10 0 16 54 ist gesperrt", "10 0 16 54"),
        # one part of two digits is enough
        ("it says 10 0 0 1 is blocked", "10 0 0 1"),
        ("meine 10 0 16 54 wurde gesperrt", "10 0 16 54"),
        ("diz que 203-0-113-9 ta bloqueado", "203-0-113-9"),
        ("la 203.0.113.9 fue bloqueada", "203.0.113.9"),
        ("mon adresse 192 0 2 14 est bloquée", "192 0 2 14"),
        ("diz que 2001.db8.5c1..e4 ta bloqueado", "2001.db8.5c1..e4"),
        ("diz que 2001 db8 1c7  af0 foi bloqueado", "2001 db8 1c7  af0"),
        ("2001:db8:4::9 has been banned", "2001:db8:4::9"),
    ],
)
def test_an_address_before_a_word_saying_it_is_blocked_is_masked(text: str, value: str) -> None:
    out = redact(text)
    assert "[IP_ADDRESS]" in out
    assert value not in out


@pytest.mark.parametrize(
    "text",
    [
        # a part above 255
        "it says 198 51 300 7 is blocked",
        # four single digits: a card's last digits read out
        "my card ending 4 5 6 7 is blocked",
        # three numbers
        "it says 198 51 100 is blocked",
        # eight numbers without a hex letter or an empty group: a list
        "it says 1 2 3 4 5 6 7 8 is blocked",
        # four groups with a hex letter but no empty group: no IPv6 address
        "it says 2001 db8 1c7 af0 is blocked",
        # two joints
        "it says 198 51-100 7 is blocked",
        # nothing blocked
        "it says 198 51 100 7 is fine",
        # a year among them
        "since 12 5 2024 3 is blocked",
    ],
)
def test_numbers_that_are_no_blocked_address_stay(text: str) -> None:
    assert "[IP_ADDRESS]" not in redact(text)


def test_an_ipv6_address_of_four_groups_without_an_empty_one_stays_after_an_ip_word() -> None:
    assert "[IP_ADDRESS]" not in redact("ip 2001 | db8 | 7a1 | 9c2")
