"""Each function's code and its Terraform configuration name the same settings.

The chain, so that a renamed or added setting fails ``make test`` rather than a deployment:

1. every variable a handler's settings classes read at cold start is in
   ``tests/env/<function>.json`` and nothing else is (apart from the Powertools variables);
2. Terraform's environment map for the function (``messenger_relay/functions.tf``) has
   exactly those keys; the module's plan tests (``messenger_relay.tftest.hcl``) then check
   that the deployed environment *equals* ``tests/env/<function>.json``, value for value;
3. the lists and defaults Terraform keeps (Comprehend entity types, ``max_receive_count``)
   equal the code's.

The settings classes are found from each handler's source (``<Class>.from_env(os.environ)``
calls), so a handler that starts reading another settings class is covered too.
"""

from __future__ import annotations

import ast
import importlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import hcl2
import pytest

from connect_privacy.redaction.entity_types import (
    COMPREHEND_ENTITY_TYPES,
    DEFAULT_ENTITY_TYPES,
    KNOWN_ENTITY_TYPES,
    PATTERN_ENTITY_TYPES,
)
from tests.support.events import read_function_env

REPO = Path(__file__).resolve().parents[2]
FUNCTIONS_DIR = REPO / "functions"
RELAY_MODULE = REPO / "terraform" / "modules" / "messenger_relay"
# Wired by messenger_relay; functions from other modules are checked by their own tests.
RELAY_FUNCTIONS = ("webhook", "inbound", "outbound")
# What modules/lambda_function adds to every function's environment from var.powertools.
POWERTOOLS_VARIABLES = frozenset(
    {"POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE", "POWERTOOLS_LOG_LEVEL"}
)


class RecordingEnv(Mapping[str, str]):
    """An environment that remembers every name looked up (get, [], in)."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self._values = dict(values)
        self.read: set[str] = set()

    def __getitem__(self, name: str) -> str:
        self.read.add(name)
        return self._values[name]

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            self.read.add(name)
        return name in self._values

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("settings must read named variables, not iterate the environment")

    def __len__(self) -> int:
        return len(self._values)


def settings_classes(function: str) -> list[Any]:
    """The classes whose ``from_env(os.environ)`` the handler calls at import time."""
    tree = ast.parse((FUNCTIONS_DIR / function / "handler.py").read_text())
    imported = {
        alias.asname or alias.name: node.module
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }
    classes = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "from_env"
            and isinstance(node.func.value, ast.Name)
            and ast.unparse(node.args[0]) == "os.environ"
        ):
            name = node.func.value.id
            classes.append(getattr(importlib.import_module(imported[name]), name))
    return classes


def variables_read(function: str) -> set[str]:
    env = RecordingEnv(read_function_env(function))
    for cls in settings_classes(function):
        cls.from_env(env)
    return env.read


def terraform_environment_keys(function: str) -> set[str]:
    parsed = hcl2.load((RELAY_MODULE / "functions.tf").open())
    environments = [
        local[f"{function}_environment"]
        for local in parsed["locals"]
        if f"{function}_environment" in local
    ]
    assert len(environments) == 1, f"no single local.{function}_environment in functions.tf"
    value = environments[0]
    mapping = value[0] if isinstance(value, list) else value
    assert isinstance(mapping, dict), f"local.{function}_environment must be a literal map"
    return set(mapping)


def terraform_default(variable: str) -> Any:
    parsed = hcl2.load((RELAY_MODULE / "variables.tf").open())
    for block in parsed["variable"]:
        if variable in block:
            default = block[variable]["default"]
            # This parser wraps attribute values in a one-element list.
            return default[0] if isinstance(default, list) else default
    raise AssertionError(f"variable {variable} not found")


@pytest.mark.parametrize("function", RELAY_FUNCTIONS)
def test_every_handler_reads_settings_at_cold_start(function: str) -> None:
    assert settings_classes(function), f"{function}/handler.py calls no <Settings>.from_env"


@pytest.mark.parametrize("function", RELAY_FUNCTIONS)
def test_tests_env_holds_exactly_what_the_settings_read(function: str) -> None:
    documented = set(read_function_env(function)) - POWERTOOLS_VARIABLES
    read = variables_read(function)
    assert read - documented == set(), f"read by {function} but not in tests/env/{function}.json"
    assert documented - read == set(), f"in tests/env/{function}.json but never read"


@pytest.mark.parametrize("function", RELAY_FUNCTIONS)
def test_tests_env_sets_the_powertools_variables_terraform_sets(function: str) -> None:
    documented = {k for k in read_function_env(function) if k.startswith("POWERTOOLS_")}
    assert documented == POWERTOOLS_VARIABLES


@pytest.mark.parametrize("function", RELAY_FUNCTIONS)
def test_terraform_sets_exactly_what_the_settings_read(function: str) -> None:
    assert terraform_environment_keys(function) == variables_read(function)


def test_a_renamed_setting_would_be_caught() -> None:
    """The recorder sees a variable the documented environment lacks (guards the guard)."""
    env = RecordingEnv({"SESSIONS_TABLE": "t"})
    env.get("SESSIONS_TABLE_NAME", "")
    assert "SESSIONS_TABLE_NAME" in env.read


def test_terraform_knows_comprehends_entity_types_and_the_default_list() -> None:
    data = json.loads((RELAY_MODULE / "comprehend_entity_types.json").read_text())
    assert set(data["comprehend"]) == COMPREHEND_ENTITY_TYPES
    assert set(data["known"]) == KNOWN_ENTITY_TYPES
    assert set(data["offline"]) == PATTERN_ENTITY_TYPES
    assert set(data["default"]) == DEFAULT_ENTITY_TYPES


def test_max_receive_count_default_is_the_same_in_terraform_and_code() -> None:
    from inbound.settings import InboundSettings

    env = {k: v for k, v in read_function_env("inbound").items() if k != "MAX_RECEIVE_COUNT"}
    assert InboundSettings.from_env(env).max_receive_count == terraform_default("max_receive_count")
