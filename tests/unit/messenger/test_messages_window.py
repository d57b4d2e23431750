"""Messenger's messaging window: RESPONSE for 24 hours, the HUMAN_AGENT tag up to 7 days."""

from __future__ import annotations

import pytest

from connect_privacy.messenger.messages import (
    HUMAN_AGENT,
    RESPONSE,
    MessagingMode,
    messaging_mode_for,
)

HOUR = 3600
DAY = 24 * HOUR
NOW = 1_764_115_200


@pytest.mark.parametrize(
    ("age", "tag_enabled", "expected"),
    [
        (0, False, RESPONSE),
        (DAY - 1, False, RESPONSE),
        (DAY - 1, True, RESPONSE),
        (DAY, False, None),
        (DAY, True, HUMAN_AGENT),
        (7 * DAY - 1, True, HUMAN_AGENT),
        (7 * DAY, True, None),
        (30 * DAY, True, None),
        (-60, False, RESPONSE),  # clock skew: a customer message "in the future" is recent
    ],
)
def test_delivery_depends_on_the_customers_last_message(
    age: int, tag_enabled: bool, expected: MessagingMode | None
) -> None:
    assert messaging_mode_for(NOW - age, NOW, human_agent_tag=tag_enabled) == expected


def test_human_agent_is_a_message_tag() -> None:
    assert HUMAN_AGENT.messaging_type == "MESSAGE_TAG"
    assert HUMAN_AGENT.tag == "HUMAN_AGENT"
    assert RESPONSE.messaging_type == "RESPONSE"
    assert RESPONSE.tag is None
