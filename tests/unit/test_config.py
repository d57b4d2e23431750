from __future__ import annotations

from enum import Enum

import pytest

from connect_privacy import config
from connect_privacy.config import ConfigError
from connect_privacy.pseudonym import pseudonymize


class Mode(Enum):
    FAST = "fast"
    SAFE = "safe"


def test_required_value_missing_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="QUEUE_URL"):
        config.require({}, "QUEUE_URL")


def test_integer_out_of_range_names_the_variable_and_bounds() -> None:
    with pytest.raises(ConfigError, match="CHAT_DURATION_MINUTES must be between 60 and 10080"):
        config.integer(
            {"CHAT_DURATION_MINUTES": "59"}, "CHAT_DURATION_MINUTES", 1500, low=60, high=10080
        )


def test_integer_not_a_number_does_not_echo_the_value() -> None:
    with pytest.raises(ConfigError) as raised:
        config.integer({"LIMIT": "s3cr3t"}, "LIMIT", 1, low=0, high=9)
    assert "s3cr3t" not in str(raised.value)


def test_defaults_apply_to_blank_values() -> None:
    env = {"A": " ", "B": ""}
    assert config.integer(env, "A", 7, low=0, high=9) == 7
    assert config.boolean(env, "B", True) is True
    assert config.choice(env, "A", Mode, Mode.SAFE) is Mode.SAFE
    assert config.csv(env, "A", ("x",)) == ("x",)
    assert config.number(env, "A", 0.5, low=0, high=1) == 0.5


def test_choice_is_case_insensitive_and_lists_allowed_values() -> None:
    assert config.choice({"M": "FAST"}, "M", Mode, Mode.SAFE) is Mode.FAST
    with pytest.raises(ConfigError, match="fast, safe"):
        config.choice({"M": "other"}, "M", Mode, Mode.SAFE)


def test_boolean_rejects_ambiguous_values() -> None:
    assert config.boolean({"F": "Yes"}, "F", False) is True
    assert config.boolean({"F": "off"}, "F", True) is False
    with pytest.raises(ConfigError, match="F must be true or false"):
        config.boolean({"F": "maybe"}, "F", True)


def test_csv_trims_and_drops_empty_items() -> None:
    assert config.csv({"L": " en, es ,,"}, "L", ()) == ("en", "es")


def test_pseudonym_is_stable_short_and_hides_the_value() -> None:
    label = pseudonymize("6901234567890123")
    assert label == pseudonymize("6901234567890123")
    assert label != pseudonymize("6901234567890124")
    assert label.startswith("psid:") and len(label) == len("psid:") + 12
    assert "6901234567890123" not in label
    assert pseudonymize("x", "contact") != pseudonymize("x", "psid")
