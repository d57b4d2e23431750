"""The demo runs each function with Terraform's timeout, so time budgets (the inbound
worker's) behave locally as they do when deployed: ``demo/stack.json`` must say the same."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import hcl2

ROOT = Path(__file__).resolve().parents[2]
MODULES = ROOT / "terraform" / "modules"


def _modules(path: Path) -> dict[str, dict[str, Any]]:
    with path.open() as handle:
        parsed = hcl2.load(handle)
    return {name: body for block in parsed.get("module", []) for name, body in block.items()}


def _resolve(value: Any) -> int:
    """A literal, the relay's local timeout or the vault's optional() default."""
    value = value[0] if isinstance(value, list) else value
    if isinstance(value, int):
        return value
    if value == "${local.inbound_timeout_seconds}":
        queues = (MODULES / "messenger_relay" / "queues.tf").read_text()
        return int(re.search(r"inbound_timeout_seconds\s*=\s*(\d+)", queues).group(1))  # type: ignore[union-attr]
    if value == "${var.relocation_settings.timeout}":
        variables = (MODULES / "transcript_vault" / "variables.tf").read_text()
        return int(re.search(r"\btimeout\s*=\s*optional\(number,\s*(\d+)\)", variables).group(1))  # type: ignore[union-attr]
    raise AssertionError(f"a timeout this test cannot resolve: {value!r}")


def test_the_demo_gives_every_function_terraforms_timeout() -> None:
    declared = {
        **_modules(MODULES / "messenger_relay" / "functions.tf"),
        **_modules(MODULES / "transcript_vault" / "main.tf"),
    }
    stack = json.loads((ROOT / "demo" / "stack.json").read_text())
    for short, spec in stack["functions"].items():
        assert spec["timeout_seconds"] == _resolve(declared[short]["timeout"]), short
