"""Which locked distributions a function's zip carries (build/package.py), without building."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_package_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("package", REPO / "build" / "package.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up in sys.modules while the class is created.
    sys.modules["package"] = module
    spec.loader.exec_module(module)
    return module


package = load_package_script()


def write(root: Path, relative: str, source: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source))


@pytest.fixture
def functions_dir(tmp_path: Path) -> Path:
    write(tmp_path, "connect_privacy/__init__.py", "")
    write(
        tmp_path,
        "connect_privacy/tools.py",
        """
        from __future__ import annotations
        import json
        from typing import TYPE_CHECKING
        import boto3
        if TYPE_CHECKING:
            from mypy_boto3_sqs import SQSClient
        else:
            import urllib3

        def lazily():
            import regex
            return regex
        """,
    )
    write(tmp_path, "connect_privacy/unused.py", "import phonenumbers\n")
    write(tmp_path, "fn/__init__.py", "")
    write(tmp_path, "fn/helpers.py", "from .deep import thing\n")
    write(tmp_path, "fn/deep.py", "import markdown_it\nthing = 1\n")
    write(
        tmp_path,
        "fn/handler.py",
        "from connect_privacy import tools\nfrom fn.helpers import thing\n",
    )
    return tmp_path


def test_follows_local_imports_lazy_ones_and_relative_ones(functions_dir: Path) -> None:
    assert package.third_party_imports("fn", functions_dir) == {
        "boto3",
        "urllib3",
        "regex",
        "markdown_it",
    }


def test_skips_modules_the_handler_never_reaches(functions_dir: Path) -> None:
    assert "phonenumbers" not in package.third_party_imports("fn", functions_dir)


def test_lock_notes_give_what_pulls_each_distribution_in(tmp_path: Path) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text(
        textwrap.dedent(
            """\
            boto3==1.0 \\
                --hash=sha256:00
                # via -r requirements.in
            botocore==1.0 \\
                --hash=sha256:00
                # via
                #   -r requirements.in
                #   boto3
            python-dateutil==2.9 \\
                --hash=sha256:00
                # via botocore
            """
        )
    )
    assert package.lock_parents(lock) == {
        "boto3": set(),
        "botocore": {"boto3"},
        "python-dateutil": {"botocore"},
    }


def test_required_distributions_close_over_the_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    dist = package.Distribution
    dists = {
        "boto3": dist("boto3", frozenset(), frozenset({"boto3"})),
        "botocore": dist("botocore", frozenset(), frozenset({"botocore"})),
        "python-dateutil": dist("python-dateutil", frozenset(), frozenset({"dateutil"})),
        "regex": dist("regex", frozenset(), frozenset({"regex"})),
    }
    monkeypatch.setattr(package, "third_party_imports", lambda function: {"boto3"})
    monkeypatch.setattr(
        package,
        "lock_parents",
        lambda lock_file: {
            "boto3": set(),
            "botocore": {"boto3"},
            "python-dateutil": {"botocore"},
            "regex": set(),
        },
    )
    assert package.required_distributions("fn", dists) == {"boto3", "botocore", "python-dateutil"}


def test_an_import_no_locked_distribution_provides_fails_the_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(package, "third_party_imports", lambda function: {"requests"})
    with pytest.raises(SystemExit, match="requests"):
        package.required_distributions("fn", {})


def test_the_webhook_imports_none_of_the_redaction_or_markdown_libraries() -> None:
    imported = package.third_party_imports("webhook")
    assert imported.isdisjoint({"phonenumbers", "stdnum", "regex", "markdown_it"}), imported
