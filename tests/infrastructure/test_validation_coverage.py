"""Every Terraform variable is typed and described, and each validation rule is exercised.

Issue 10 asks for one ``expect_failures`` run per validation rule, so that a rule that
can never fail (a typo in its condition, a ``try`` that swallows everything) is caught.
This counts, for the root module and each module under ``terraform/modules``, the
``validation`` blocks of every variable and the runs in its ``tests/*.tftest.hcl`` that
expect that variable to fail; a variable needs at least as many runs as rules. (The
example under ``terraform/examples`` has the root's variables and relies on its tests.)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import hcl2
import pytest

TERRAFORM = Path(__file__).resolve().parents[2] / "terraform"
CONFIGURATIONS = [TERRAFORM, *sorted(p for p in (TERRAFORM / "modules").iterdir() if p.is_dir())]


def variables(configuration: Path) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in configuration.glob("*.tf"):
        for entry in hcl2.loads(path.read_text()).get("variable", []):
            found.update(entry)
    return found


def validation_rules(configuration: Path) -> dict[str, int]:
    return {
        name: len(body.get("validation", [])) for name, body in variables(configuration).items()
    }


def expected_failures(configuration: Path, variable: str) -> int:
    pattern = re.compile(rf"expect_failures\s*=\s*\[[^\]]*\bvar\.{re.escape(variable)}\b")
    return sum(
        len(pattern.findall(test.read_text())) for test in configuration.glob("tests/*.tftest.hcl")
    )


@pytest.mark.parametrize("configuration", CONFIGURATIONS, ids=lambda p: p.name)
def test_every_validation_rule_has_a_run_that_expects_it_to_fail(configuration: Path) -> None:
    rules = validation_rules(configuration)
    assert rules, "no variables parsed"
    missing = {
        name: f"{count} rules, {runs} expect_failures runs"
        for name, count in sorted(rules.items())
        if (runs := expected_failures(configuration, name)) < count
    }
    assert missing == {}


@pytest.mark.parametrize(
    "configuration", [*CONFIGURATIONS, TERRAFORM / "examples" / "complete"], ids=lambda p: p.name
)
def test_every_variable_is_typed_and_described(configuration: Path) -> None:
    found = variables(configuration)
    assert found, "no variables parsed"
    untyped = sorted(name for name, body in found.items() if "type" not in body)
    undescribed = sorted(
        name for name, body in found.items() if not str(body.get("description", [""])[0]).strip()
    )
    assert (untyped, undescribed) == ([], [])
