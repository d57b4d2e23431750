"""The Lambda zips: self-contained, reproducible, and free of caches and tests."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.support.events import read_function_env
from tests.support.lambda_context import REGION

REPO = Path(__file__).resolve().parents[2]
PACKAGE_SCRIPT = REPO / "build" / "package.py"
FUNCTIONS = sorted(p.parent.name for p in (REPO / "functions").glob("*/handler.py"))
HOST_ARCH = "x86_64" if os.uname().machine == "x86_64" else "arm64"
HOST_PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"

pytestmark = pytest.mark.packaging


def run_build(out: Path, staging: Path, *, arch: str, python_version: str) -> str:
    result = subprocess.run(
        [sys.executable, str(PACKAGE_SCRIPT), "--arch", arch, "--python-version", python_version,
         "--out", str(out), "--staging", str(staging)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return result.stdout


@pytest.fixture(scope="session")
def host_zips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Zips built for this machine's platform, so their binary wheels can be imported here."""
    root = tmp_path_factory.mktemp("host-build")
    run_build(root / "dist", root / "staging", arch=HOST_ARCH, python_version=HOST_PYTHON)
    return root / "dist"


@pytest.fixture(scope="session")
def lambda_zips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Zips built for the default Lambda platform (arm64, Python 3.13)."""
    root = tmp_path_factory.mktemp("lambda-build")
    run_build(root / "dist", root / "staging", arch="arm64", python_version="3.13")
    return root / "dist"


def test_every_function_has_an_environment_for_its_tests() -> None:
    for function in FUNCTIONS:
        assert read_function_env(function), f"tests/env/{function}.json is empty"


@pytest.mark.parametrize("function", FUNCTIONS)
def test_handler_imports_from_its_zip_alone(function: str, host_zips: Path, tmp_path: Path) -> None:
    target = tmp_path / "unzipped"
    target.mkdir()
    with zipfile.ZipFile(host_zips / f"{function}.zip") as zf:
        zf.extractall(target)
    # -I: ignore PYTHONPATH and user site; -S: no site-packages. Only the stdlib and the zip.
    probe = (
        "import sys, importlib; sys.path.insert(0, sys.argv[1]);"
        "assert not any('site-packages' in p for p in sys.path), sys.path;"
        f"handler = importlib.import_module('{function}.handler');"
        "assert callable(handler.lambda_handler);"
        "assert handler.__file__.startswith(sys.argv[1]), handler.__file__"
    )
    env = {
        "PATH": os.environ["PATH"],
        "AWS_REGION": REGION,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "POWERTOOLS_TRACE_DISABLED": "true",
        **read_function_env(function),
    }
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", probe, str(target)],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]


def test_two_builds_of_one_commit_are_byte_identical(lambda_zips: Path, tmp_path: Path) -> None:
    run_build(tmp_path / "dist", tmp_path / "staging", arch="arm64", python_version="3.13")
    first = {p.name: p.read_bytes() for p in lambda_zips.glob("*.zip")}
    second = {p.name: p.read_bytes() for p in (tmp_path / "dist").glob("*.zip")}
    assert sorted(first) == [f"{f}.zip" for f in FUNCTIONS]
    assert first.keys() == second.keys()
    for name in first:
        assert hashlib.sha256(first[name]).digest() == hashlib.sha256(second[name]).digest(), name


def test_zips_hold_no_caches_tests_or_scripts(lambda_zips: Path) -> None:
    for path in lambda_zips.glob("*.zip"):
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
        assert names == sorted(names), f"{path.name}: entries are not sorted"
        for name in names:
            parts = name.split("/")
            assert "__pycache__" not in parts, name
            assert not name.endswith((".pyc", ".pyo")), name
            assert "tests" not in parts[:-1] and "test" not in parts[:-1], name
            assert parts[0] != "bin", name


def test_zip_entries_carry_fixed_timestamps_and_modes(lambda_zips: Path) -> None:
    for path in lambda_zips.glob("*.zip"):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                assert info.date_time == (1980, 1, 1, 0, 0, 0), info.filename
                assert (info.external_attr >> 16) & 0o777 == 0o644, info.filename


def test_each_zip_has_its_handler_the_shared_package_and_arm64_wheels(lambda_zips: Path) -> None:
    for function in FUNCTIONS:
        with zipfile.ZipFile(lambda_zips / f"{function}.zip") as zf:
            names = set(zf.namelist())
            wheels = [n for n in names if n.endswith(".dist-info/WHEEL")]
            tags = "\n".join(zf.read(n).decode() for n in wheels)
        assert f"{function}/handler.py" in names
        assert "connect_privacy/__init__.py" in names
        assert "boto3/__init__.py" in names
        assert "aws_lambda_powertools/__init__.py" in names
        assert "x86_64" not in tags, "an x86_64 wheel landed in an arm64 build"
        other = {f for f in FUNCTIONS if f != function}
        assert not any(n.split("/")[0] in other for n in names), "another function's handler"


def top_level_names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as zf:
        return {name.split("/")[0].removesuffix(".py") for name in zf.namelist()}


def test_each_zip_carries_only_the_distributions_its_handler_imports(lambda_zips: Path) -> None:
    webhook = top_level_names(lambda_zips / "webhook.zip")
    inbound = top_level_names(lambda_zips / "inbound.zip")
    outbound = top_level_names(lambda_zips / "outbound.zip")
    assert webhook.isdisjoint({"phonenumbers", "stdnum", "regex", "markdown_it", "mdurl"})
    assert {"phonenumbers", "stdnum", "regex"} <= inbound
    assert "markdown_it" not in inbound
    assert {"markdown_it", "mdurl"} <= outbound
    # The outbound function reads the agent's questions with the redaction engine's context
    # words (``redaction.agent_question``, imported lazily): it carries what the engine imports.
    assert {"phonenumbers", "stdnum", "regex"} <= outbound
    # Screening customer images is the inbound worker's alone (its manylinux_2_28 wheel).
    assert {"PIL", "pypdfium2", "pypdfium2_raw"} <= inbound
    assert webhook.isdisjoint({"PIL", "pypdfium2", "pypdfium2_raw"})
    assert outbound.isdisjoint({"PIL", "pypdfium2", "pypdfium2_raw"})
    # What the lock says boto3 and Powertools pull in comes along.
    pulled_in = {"botocore", "s3transfer", "dateutil", "six", "jmespath", "aws_xray_sdk", "wrapt"}
    assert pulled_in <= webhook


def test_build_prints_size_and_sha256_per_zip(tmp_path: Path) -> None:
    if not FUNCTIONS:
        pytest.skip("no function has landed yet")
    out = run_build(tmp_path / "dist", tmp_path / "staging", arch="arm64", python_version="3.13")
    lines = out.strip().splitlines()
    assert len(lines) == len(FUNCTIONS)
    for line, function in zip(lines, FUNCTIONS, strict=True):
        digest = hashlib.sha256((tmp_path / "dist" / f"{function}.zip").read_bytes()).hexdigest()
        assert line.startswith(str(tmp_path / "dist" / f"{function}.zip")), line
        assert line.endswith(f"sha256:{digest}"), line


def test_function_env_files_are_valid_json_objects() -> None:
    for path in (REPO / "tests" / "env").glob("*.json"):
        assert isinstance(json.loads(path.read_text()), dict), path
