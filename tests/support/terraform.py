"""Render Terraform outputs with the project's toolchain, offline, for tests to inspect.

The toolchain is the one ``make tools`` builds (build/toolchain/common.sh): OpenTofu in
``<cache>/bin/tofu`` and the AWS provider in the filesystem mirror ``<cache>/providers``,
where ``<cache>`` is ``$CONNECT_PRIVACY_CACHE`` or ``${XDG_CACHE_HOME:-~/.cache}/connect-privacy``.
``TF=terraform`` selects a ``terraform`` from PATH instead, as ``make validate`` does.

Like build/toolchain/validate.sh, a render works on a scratch copy of ``terraform/`` and of
the fixture, so no ``.terraform/`` or lock file lands in the work tree, and the provider is
installed from the mirror only. When the toolchain is missing the tests that need it are
skipped with a message saying so, unless ``CONNECT_PRIVACY_REQUIRE_TOOLCHAIN=1`` (set by
``make test``, which builds the toolchain first): then they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
REQUIRE_ENV = "CONNECT_PRIVACY_REQUIRE_TOOLCHAIN"


def _cache_dir() -> Path:
    if "CONNECT_PRIVACY_CACHE" in os.environ:
        return Path(os.environ["CONNECT_PRIVACY_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "connect-privacy"


def _toolchain() -> tuple[Path, Path] | str:
    """(binary, provider mirror), or why they are missing."""
    cache = _cache_dir()
    mirror = cache / "providers"
    tf_name = os.environ.get("TF", "tofu")
    if tf_name == "tofu":
        binary: Path | None = cache / "bin" / "tofu"
        if not binary.is_file():
            return f"{binary} is missing (run `make tools`)"
    else:
        found = shutil.which(tf_name)
        if found is None:
            return f"TF={tf_name} is not on PATH"
        binary = Path(found)
    if not any(mirror.glob("*/hashicorp/aws/*/*/terraform-provider-aws_v*")):
        return f"no AWS provider in {mirror} (run `make tools`)"
    return binary, mirror


def require_toolchain() -> tuple[Path, Path]:
    """The toolchain, or a loud skip (a failure under CONNECT_PRIVACY_REQUIRE_TOOLCHAIN=1)."""
    found = _toolchain()
    if isinstance(found, str):
        message = f"Terraform toolchain not available: {found}; policy documents not rendered"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found


def render_outputs(fixture: Path, variables: dict[str, Any]) -> dict[str, Any]:
    """Plan ``fixture`` (a directory under tests/) with ``variables``; its output values."""
    binary, mirror = require_toolchain()
    with tempfile.TemporaryDirectory(prefix="policy-render-") as scratch:
        work = Path(scratch)
        ignore = shutil.ignore_patterns(".terraform", ".terraform.lock.hcl", "*.tfstate*")
        shutil.copytree(REPO_ROOT / "terraform", work / "terraform", ignore=ignore)
        config = work / fixture.relative_to(REPO_ROOT)
        shutil.copytree(fixture, config, ignore=ignore)
        (config / "terraform.tfvars.json").write_text(json.dumps(variables))
        cli_config = work / "cli.tfrc"
        cli_config.write_text(
            "disable_checkpoint = true\n"
            f'provider_installation {{\n  filesystem_mirror {{\n    path = "{mirror}"\n  }}\n}}\n'
        )
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TF_", "AWS_")) or key == "TF"
        }
        env |= {
            "TF_CLI_CONFIG_FILE": str(cli_config),
            "TF_IN_AUTOMATION": "1",
            "TF_INPUT": "0",
            "CHECKPOINT_DISABLE": "1",
            # Belt and braces: the plan reads only local data sources.
            "AWS_EC2_METADATA_DISABLED": "true",
        }

        def run(*args: str) -> str:
            completed = subprocess.run(
                [str(binary), f"-chdir={config}", *args, "-no-color"],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if completed.returncode != 0:
                raise AssertionError(
                    f"{binary.name} {args[0]} failed:\n{completed.stdout}\n{completed.stderr}"
                )
            return completed.stdout

        run("init", "-backend=false", "-input=false")
        run("plan", "-input=false", "-out=render.tfplan")
        plan = json.loads(run("show", "-json", "render.tfplan"))
    outputs: dict[str, Any] = {
        name: output["value"] for name, output in plan["planned_values"]["outputs"].items()
    }
    return outputs
