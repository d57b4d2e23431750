"""The vault functions' Terraform environments name exactly the documented settings.

``tests/env/relocate.json`` and ``tests/env/publish.json`` document every variable the
relocate and publish settings classes read (their own tests check the code against them).
Here the environment maps Terraform deploys (``modules/transcript_vault/main.tf``, plus the
``REDACTION_*`` the root module passes in ``contact_lens.tf``) must have the same keys, so a
setting renamed on one side fails ``make test`` instead of a cold start.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import hcl2
import pytest

from tests.conftest import ENV_DIR, read_function_env

REPO = Path(__file__).resolve().parents[2]
VAULT_MODULE = REPO / "terraform" / "modules" / "transcript_vault" / "main.tf"
ROOT_WIRING = REPO / "terraform" / "contact_lens.tf"
# What modules/lambda_function adds from var.powertools.
POWERTOOLS_VARIABLES = {
    "POWERTOOLS_SERVICE_NAME",
    "POWERTOOLS_METRICS_NAMESPACE",
    "POWERTOOLS_LOG_LEVEL",
}


def module_block(path: Path, name: str) -> dict[str, Any]:
    document = hcl2.load(path.open())
    [block] = [body for entry in document["module"] for key, body in entry.items() if key == name]
    return block


def environment_keys(expression: Any) -> set[str]:
    """Keys of an HCL object literal, also inside merge(...) (hcl2 keeps that as a string)."""
    if isinstance(expression, list):
        expression = expression[0]
    if isinstance(expression, dict):
        return set(expression)
    return set(re.findall(r"'([A-Z][A-Z0-9_]*)':", expression))


def documented_keys(function: str) -> set[str]:
    if not (ENV_DIR / f"{function}.json").is_file():
        pytest.skip(
            f"tests/env/{function}.json is not on this branch yet (written with the function)"
        )
    return set(read_function_env(function)) - POWERTOOLS_VARIABLES


def test_the_relocate_environment_matches_tests_env() -> None:
    documented = documented_keys("relocate")
    deployed = environment_keys(module_block(VAULT_MODULE, "relocate")["environment"])

    assert deployed == documented


def test_the_publish_environment_matches_tests_env() -> None:
    documented = documented_keys("publish")
    deployed = environment_keys(module_block(VAULT_MODULE, "publish")["environment"])
    [root_locals] = hcl2.load(ROOT_WIRING.open())["locals"]
    redaction = environment_keys(root_locals["publish_redaction_environment"])

    assert deployed | redaction == documented
