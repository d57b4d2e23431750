"""``terraform/examples/complete`` stays the root module in a configuration of one's own.

The example owns its provider block and calls the three capability modules itself, so it
repeats the root's wiring. These checks keep the copy honest, so that one tfvars file serves
both and a module argument, variable, validation or output added to the root fails here
until the example has it too:

1. the example declares the root's variables (same types, defaults and validations) and
   outputs (same values);
2. it calls the same modules with the same arguments, and computes the same locals apart
   from the paths that leave the module directory;
3. ``terraform.tfvars.example`` sets every required variable and only declared ones, and
   the example's plan test (``tests/complete.tftest.hcl``) plans exactly those values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import hcl2

REPO = Path(__file__).resolve().parents[2]
ROOT = REPO / "terraform"
EXAMPLE = ROOT / "examples" / "complete"
# Locals whose file paths differ by the example's depth in the tree.
PATH_LOCALS = frozenset({"entity_type_lists", "outbound_filter_policy", "package_dir"})
# Only the example's own plan test sets this: stand-in zips instead of `make build`'s.
TEST_ONLY_VARIABLES = frozenset({"package_dir"})


def _parse(*files: Path) -> dict[str, list[Any]]:
    merged: dict[str, list[Any]] = {}
    for path in files:
        for key, value in hcl2.loads(path.read_text()).items():
            merged.setdefault(key, []).extend(value)
    return merged


def _configuration(directory: Path) -> dict[str, list[Any]]:
    return _parse(*sorted(directory.glob("*.tf")))


def _blocks(configuration: dict[str, list[Any]], kind: str) -> dict[str, dict[str, Any]]:
    """Labelled blocks of one kind (variable, output, module) without parser line numbers."""
    blocks: dict[str, dict[str, Any]] = {}
    for entry in configuration.get(kind, []):
        for name, body in entry.items():
            blocks[name] = {k: v for k, v in body.items() if not k.startswith("__")}
    return blocks


def _locals(configuration: dict[str, list[Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for entry in configuration.get("locals", []):
        merged.update({k: v for k, v in entry.items() if not k.startswith("__")})
    return merged


def _without(block: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in block.items() if k not in keys}


def _values(assignments: dict[str, list[Any]]) -> dict[str, Any]:
    return {name: value[0] for name, value in assignments.items() if not name.startswith("__")}


def test_the_example_declares_the_roots_variables() -> None:
    root = _blocks(_configuration(ROOT), "variable")
    example = _blocks(_configuration(EXAMPLE), "variable")

    assert sorted(example) == sorted(root)
    for name, block in root.items():
        assert _without(example[name], "description") == _without(block, "description"), name


def test_the_example_has_the_roots_outputs() -> None:
    assert _blocks(_configuration(EXAMPLE), "output") == _blocks(_configuration(ROOT), "output")


def test_the_example_calls_every_module_the_root_calls_with_the_same_arguments() -> None:
    root = _blocks(_configuration(ROOT), "module")
    example = _blocks(_configuration(EXAMPLE), "module")

    assert sorted(example) == sorted(root) == ["contact_lens_lockdown", "relay", "transcript_vault"]
    for name, block in root.items():
        # Same module directory, reached from the example's depth.
        assert example[name]["source"] == ["../../" + block["source"][0].removeprefix("./")]
        assert _without(example[name], "source") == _without(block, "source"), name


def test_the_example_computes_the_roots_locals() -> None:
    root = _locals(_configuration(ROOT))
    example = _locals(_configuration(EXAMPLE))

    assert sorted(example) == sorted(root)
    assert _without(example, *PATH_LOCALS) == _without(root, *PATH_LOCALS)


def test_the_tfvars_example_sets_every_required_variable_and_only_declared_ones() -> None:
    variables = _blocks(_configuration(EXAMPLE), "variable")
    required = {name for name, block in variables.items() if "default" not in block}
    tfvars = _values(hcl2.loads((EXAMPLE / "terraform.tfvars.example").read_text()))

    assert required == {
        "aws_region",
        "environment",
        "connect_instance_arn",
        "connect_contact_flow_id",
    }
    assert required <= set(tfvars)
    assert set(tfvars) <= set(variables)
    # The example is the complete product: the vault is on in it.
    assert tfvars["contact_lens"] is not None


def test_the_examples_plan_test_plans_the_tfvars_example() -> None:
    tfvars = _values(hcl2.loads((EXAMPLE / "terraform.tfvars.example").read_text()))
    plan_test = hcl2.loads((EXAMPLE / "tests" / "complete.tftest.hcl").read_text())
    (file_variables,) = plan_test["variables"]

    assert _without(_values(file_variables), *TEST_ONLY_VARIABLES) == tfvars
