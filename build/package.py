"""Build one reproducible Lambda zip per function.

Each zip holds the function's handler package (``functions/<name>/``), the shared
``connect_privacy`` package and the runtime dependencies from ``requirements.txt``
installed for the Lambda platform (not this machine's). Two builds of the same
commit give byte-identical zips: entries are sorted, timestamps and permissions
are fixed, and caches, tests and scripts are left out.

Usage: python build/package.py [--arch arm64|x86_64] [--python-version 3.13]
                               [--out build/dist] [--function NAME ...]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FUNCTIONS_DIR = REPO / "functions"
SHARED_PACKAGE = "connect_privacy"
LOCK_FILE = REPO / "requirements.txt"

PLATFORMS = {"arm64": "manylinux2014_aarch64", "x86_64": "manylinux2014_x86_64"}

# 1980-01-01 is the earliest time a zip entry can carry; any fixed value works.
FIXED_DATE_TIME = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o644
EXCLUDED_DIRS = frozenset({"__pycache__", "tests", "test", "bin", ".mypy_cache", ".pytest_cache"})
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".pyi")


@dataclass(frozen=True)
class Target:
    """The Lambda platform a build is for."""

    arch: str
    python_version: str

    @property
    def pip_platform(self) -> str:
        return PLATFORMS[self.arch]

    @property
    def key(self) -> str:
        return f"{self.arch}-py{self.python_version}"


@dataclass(frozen=True)
class BuiltZip:
    function: str
    path: Path
    size: int
    sha256: str


def discover_functions(functions_dir: Path = FUNCTIONS_DIR) -> list[str]:
    """Every folder of ``functions/`` with a ``handler.py`` is one Lambda function."""
    return sorted(p.parent.name for p in functions_dir.glob("*/handler.py"))


def install_dependencies(target: Target, staging_root: Path, lock_file: Path = LOCK_FILE) -> Path:
    """Install the locked runtime dependencies for ``target`` once per lock-file content."""
    lock_digest = hashlib.sha256(lock_file.read_bytes()).hexdigest()[:16]
    site = staging_root / f"{target.key}-{lock_digest}"
    if (site / ".complete").exists():
        return site
    if site.exists():
        shutil.rmtree(site)
    site.mkdir(parents=True)
    command = [
        sys.executable, "-m", "pip", "install",
        "--quiet", "--disable-pip-version-check", "--no-compile", "--no-deps",
        "--require-hashes", "--requirement", str(lock_file),
        "--platform", target.pip_platform,
        "--implementation", "cp",
        "--python-version", target.python_version,
        "--only-binary=:all:",
        "--target", str(site),
    ]  # fmt: skip
    subprocess.run(command, check=True)  # noqa: S603 - fixed argv, no shell
    (site / ".complete").touch()
    return site


def _included(relative: Path) -> bool:
    if any(part in EXCLUDED_DIRS for part in relative.parts[:-1]):
        return False
    if relative.name.startswith(".") or relative.suffix in EXCLUDED_SUFFIXES:
        return False
    return relative.name != "py.typed" or relative.parts[0] == SHARED_PACKAGE


def _walk(root: Path, prefix: Path) -> Iterator[tuple[str, Path]]:
    """Yield ``(archive name, source file)`` for every file under ``root``."""
    for source in root.rglob("*"):
        if not source.is_file() or source.is_symlink():
            continue
        relative = prefix / source.relative_to(root)
        if _included(relative):
            yield relative.as_posix(), source


def collect_entries(function: str, site: Path) -> list[tuple[str, Path]]:
    """The files of one function's zip, sorted by archive name."""
    entries: dict[str, Path] = {}
    sources: Iterable[tuple[str, Path]] = [
        *_walk(site, Path()),
        *_walk(FUNCTIONS_DIR / SHARED_PACKAGE, Path(SHARED_PACKAGE)),
        *_walk(FUNCTIONS_DIR / function, Path(function)),
    ]
    for name, source in sources:
        if name in entries:
            raise SystemExit(f"{function}: {name} would be packaged twice")
        entries[name] = source
    return sorted(entries.items())


def write_zip(destination: Path, entries: list[tuple[str, Path]]) -> None:
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, source in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE_TIME)
            info.external_attr = (0o100000 | FILE_MODE) << 16  # regular file, rw-r--r--
            info.create_system = 3  # Unix, so the mode above is honoured
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, source.read_bytes(), compresslevel=9)
    os.replace(partial, destination)


def build(
    functions: list[str], target: Target, out_dir: Path, staging_root: Path
) -> list[BuiltZip]:
    site = install_dependencies(target, staging_root)
    built = []
    for function in functions:
        if not (FUNCTIONS_DIR / function / "handler.py").is_file():
            raise SystemExit(f"unknown function {function!r}: no functions/{function}/handler.py")
        path = out_dir / f"{function}.zip"
        write_zip(path, collect_entries(function, site))
        data = path.read_bytes()
        built.append(BuiltZip(function, path, len(data), hashlib.sha256(data).hexdigest()))
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arch", choices=sorted(PLATFORMS), default="arm64")
    parser.add_argument("--python-version", default="3.13")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "dist")
    parser.add_argument("--staging", type=Path, default=REPO / "build" / ".staging")
    parser.add_argument("--function", action="append", dest="functions")
    args = parser.parse_args(argv)

    functions = args.functions or discover_functions()
    if not functions:
        print("no functions/<name>/handler.py found: nothing to build", file=sys.stderr)
        return 1
    target = Target(args.arch, args.python_version)
    for item in build(functions, target, args.out, args.staging):
        shown = item.path.relative_to(REPO) if item.path.is_relative_to(REPO) else item.path
        print(f"{shown}  {item.size / 1_048_576:6.2f} MiB  sha256:{item.sha256}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
