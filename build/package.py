"""Build one reproducible Lambda zip per function.

Each zip holds the function's handler package (``functions/<name>/``), the shared
``connect_privacy`` package and, of the runtime dependencies from ``requirements.txt``
installed for the Lambda platform (not this machine's), only the distributions the
function imports: every import statement reachable from its handler (lazy ones too,
those under ``if TYPE_CHECKING:`` not) names top-level modules, each module belongs to
a distribution (its RECORD), and each distribution brings what the lock file says it
pulls in (``# via``). So the webhook ships without phonenumbers, python-stdnum, regex
and markdown-it-py; a handler that starts importing one gets it on the next build.

Two builds of the same commit give byte-identical zips: entries are sorted, timestamps
and permissions are fixed, and caches, bytecode, tests and scripts are left out.

Usage: python build/package.py [--arch arm64|x86_64] [--python-version 3.13]
                               [--out build/dist] [--function NAME ...]
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FUNCTIONS_DIR = REPO / "functions"
SHARED_PACKAGE = "connect_privacy"
LOCK_FILE = REPO / "requirements.txt"

# Lambda's python3.13 runtime is Amazon Linux 2023 (glibc 2.34): manylinux_2_28 wheels run
# there, and Pillow ships its aarch64 wheels only for that tag.
PLATFORMS = {
    "arm64": ("manylinux2014_aarch64", "manylinux_2_28_aarch64"),
    "x86_64": ("manylinux2014_x86_64", "manylinux_2_28_x86_64"),
}

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
    def pip_platforms(self) -> tuple[str, ...]:
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
    distributions: tuple[str, ...]


def discover_functions(functions_dir: Path = FUNCTIONS_DIR) -> list[str]:
    """Every folder of ``functions/`` with a ``handler.py`` is one Lambda function."""
    return sorted(p.parent.name for p in functions_dir.glob("*/handler.py"))


@dataclass(frozen=True)
class Distribution:
    """One installed distribution in the staging site: its files and top-level modules."""

    name: str
    files: frozenset[str] = field(repr=False)
    top_level: frozenset[str]


def normalize(name: str) -> str:
    """PEP 503 name normalisation, as the lock file and dist-info names differ in case."""
    return "-".join(name.replace("_", "-").replace(".", "-").lower().split("-")).strip("-")


def _module_path(module: str, functions_dir: Path) -> Path | None:
    base = functions_dir.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth, except those only type checkers see."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def third_party_imports(function: str, functions_dir: Path = FUNCTIONS_DIR) -> set[str]:
    """Top-level names of the non-stdlib, non-local modules the handler can import."""
    local = {SHARED_PACKAGE, function}
    found: set[str] = set()
    seen: set[str] = set()
    queue = [f"{function}.handler"]
    while queue:
        module = queue.pop()
        if module in seen:
            continue
        seen.add(module)
        # Importing a.b.c runs a/__init__.py and a/b/__init__.py first.
        parts = module.split(".")
        queue.extend(".".join(parts[:i]) for i in range(1, len(parts)))
        path = _module_path(module, functions_dir)
        if path is None:
            continue
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in _runtime_imports(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                # "from a import b" imports a, and a.b when b is a submodule.
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            for target in targets:
                top = target.split(".")[0]
                if top in local:
                    queue.append(target)
                elif top and top not in sys.stdlib_module_names and top != "__future__":
                    found.add(top)
    return found


def installed_distributions(site: Path) -> dict[str, Distribution]:
    """The distributions pip installed into ``site``, keyed by normalised name."""
    found = {}
    for record in sorted(site.glob("*.dist-info/RECORD")):
        dist_info = record.parent.name
        name = normalize(dist_info.removesuffix(".dist-info").rsplit("-", 1)[0])
        with record.open(newline="") as stream:
            files = frozenset(
                row[0] for row in csv.reader(stream) if row and not row[0].startswith("..")
            )
        top_level = frozenset(
            Path(f.split("/")[0]).stem if "/" not in f else f.split("/")[0]
            for f in files
            if not f.split("/")[0].endswith((".dist-info", ".data")) and f.split("/")[0] != "bin"
        )
        found[name] = Distribution(name, files, top_level)
    return found


def lock_parents(lock_file: Path = LOCK_FILE) -> dict[str, set[str]]:
    """Each locked distribution and what pulls it in, from pip-compile's ``# via`` notes."""
    parents: dict[str, set[str]] = {}
    current = None
    for line in lock_file.read_text().splitlines():
        if line and not line[0].isspace() and "==" in line and not line.startswith("#"):
            current = normalize(line.split("==")[0])
            parents[current] = set()
        elif current and line.strip().startswith("#"):
            note = line.strip().lstrip("#").strip().removeprefix("via").strip()
            if note and not note.startswith("-r"):
                parents[current].add(normalize(note))
    return parents


def required_distributions(
    function: str, dists: dict[str, Distribution], lock_file: Path = LOCK_FILE
) -> set[str]:
    """The distributions a function imports, with everything they depend on."""
    owner = {top: dist.name for dist in dists.values() for top in dist.top_level}
    imported = third_party_imports(function)
    unknown = sorted(imported - owner.keys())
    if unknown:
        raise SystemExit(
            f"{function} imports {', '.join(unknown)}, which no locked distribution provides"
        )
    required = {owner[name] for name in imported}
    parents = lock_parents(lock_file)
    while True:
        pulled = {dist for dist, via in parents.items() if via & required} - required
        if not pulled:
            return required
        required |= pulled


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
        *(option for tag in target.pip_platforms for option in ("--platform", tag)),
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


def collect_entries(
    function: str, site: Path, distributions: Iterable[Distribution]
) -> list[tuple[str, Path]]:
    """The files of one function's zip, sorted by archive name."""
    entries: dict[str, Path] = {}
    wanted = {name for dist in distributions for name in dist.files}
    sources: Iterable[tuple[str, Path]] = [
        *((name, path) for name, path in _walk(site, Path()) if name in wanted),
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
    dists = installed_distributions(site)
    built = []
    for function in functions:
        if not (FUNCTIONS_DIR / function / "handler.py").is_file():
            raise SystemExit(f"unknown function {function!r}: no functions/{function}/handler.py")
        names = sorted(required_distributions(function, dists))
        path = out_dir / f"{function}.zip"
        write_zip(path, collect_entries(function, site, [dists[n] for n in names]))
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        built.append(BuiltZip(function, path, len(data), digest, tuple(names)))
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
        print(
            f"{shown}  {item.size / 1_048_576:6.2f} MiB  "
            f"{len(item.distributions):2d} distributions  sha256:{item.sha256}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
