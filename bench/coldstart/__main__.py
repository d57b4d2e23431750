"""Cold-start import time of each function's zip, printed, never asserted.

For each function, the zip is built for this machine (``build/package.py``, the same
dependency selection as the Lambda build, wheels for this platform and Python), unpacked,
and its handler imported in fresh interpreters with ``PYTHONDONTWRITEBYTECODE=1``: Lambda's
code directory is read-only and the zips carry no bytecode, so every cold start compiles
every module it imports, as here. The same import with bytecode compiled beforehand is shown
for comparison (what a warm filesystem cache of .pyc files would give), and ``-X importtime``
names the top-level packages that cost the most in the no-bytecode import.

The environment is the function's ``tests/env/<function>.json`` plus what Lambda sets
(``LAMBDA_TASK_ROOT``, ``AWS_LAMBDA_FUNCTION_NAME``, a Region, dummy credentials), so
Powertools' Tracer and the X-Ray SDK take their Lambda path: tracing on, libraries patched,
the Lambda sampler. Without ``LAMBDA_TASK_ROOT`` they take a path Lambda never runs (tracing
off, and an X-Ray recorder that builds two botocore clients for centralised sampling).

Usage: python -m bench.coldstart [--runs 5] [--function NAME ...]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "build"))
sys.path.insert(0, str(REPO))

import package  # noqa: E402 - build/package.py, not an installed module
from tests.support.events import read_function_env  # noqa: E402

# Wall time, and the interpreter's CPU time, which other jobs on a shared machine disturb
# far less (on an idle machine the difference is mostly reading files).
PROBE = (
    "import sys, time, importlib;"
    "sys.path.insert(0, sys.argv[1]);"
    "start, cpu = time.perf_counter(), time.process_time();"
    "importlib.import_module(sys.argv[2] + '.handler');"
    "print(time.perf_counter() - start, time.process_time() - cpu)"
)


def lambda_like_env(function: str, code_dir: Path, *, bytecode: bool) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LAMBDA_TASK_ROOT": str(code_dir),
        "AWS_REGION": "eu-west-2",
        "AWS_DEFAULT_REGION": "eu-west-2",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_LAMBDA_FUNCTION_NAME": f"connect-privacy-{function}",
        **read_function_env(function),
    }
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def import_seconds(code_dir: Path, function: str, *, bytecode: bool, extra: list[str]) -> str:
    # -S -s: no site-packages, only the stdlib and the unpacked zip, as in Lambda.
    result = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [sys.executable, "-S", "-s", *extra, "-c", PROBE, str(code_dir), function],
        capture_output=True, text=True, env=lambda_like_env(function, code_dir, bytecode=bytecode),
        cwd=code_dir, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"{function}: import failed\n{result.stderr[-2000:]}")
    return result.stdout.strip() + "\n" + result.stderr


def heaviest_packages(importtime_log: str, top: int) -> list[tuple[str, float]]:
    """Self time of every imported module, summed per top-level package (seconds)."""
    totals: Counter[str] = Counter()
    for line in importtime_log.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = (part.strip() for part in line[12:].split("|"))
        totals[name.strip().split(".")[0]] += int(self_us) / 1e6
    return totals.most_common(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--function", action="append", dest="functions")
    args = parser.parse_args(argv)
    functions = args.functions or package.discover_functions()

    arch = "x86_64" if os.uname().machine == "x86_64" else "arm64"
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    with tempfile.TemporaryDirectory(prefix="coldstart-") as tmp:
        root = Path(tmp)
        built = package.build(
            functions, package.Target(arch, python), root / "dist", REPO / "build" / ".staging"
        )
        print(f"Cold-start import of each handler: Python {python}, {arch}, {os.cpu_count()} CPUs,")
        print(f"{args.runs} fresh interpreters each; seconds (median, min-max); CPU: median")
        print("CPU seconds of the no-bytecode import.\n")
        header = ("function", "zip MiB", "dists", "no bytecode", "CPU", "with bytecode")
        print("{:<10} {:>8} {:>6}  {:>22} {:>5}  {:>22}".format(*header))
        reports = []
        for item in built:
            code = root / item.function
            with zipfile.ZipFile(item.path) as zf:
                zf.extractall(code)
            cold_runs = [
                import_seconds(code, item.function, bytecode=False, extra=[]).split()[:2]
                for _ in range(args.runs)
            ]
            cold = [float(wall) for wall, _cpu in cold_runs]
            cold_cpu = statistics.median(float(cpu) for _wall, cpu in cold_runs)
            assert not list(code.rglob("__pycache__")), "bytecode was written"
            log = import_seconds(code, item.function, bytecode=False, extra=["-X", "importtime"])
            compiled = root / f"{item.function}-pyc"
            shutil.copytree(code, compiled)
            compileall.compile_dir(compiled, quiet=2, workers=1)
            warm = [
                float(import_seconds(compiled, item.function, bytecode=True, extra=[]).split()[0])
                for _ in range(args.runs)
            ]
            print(
                f"{item.function:<10} {item.size / 1_048_576:8.2f} {len(item.distributions):6d}  "
                f"{_summary(cold):>22} {cold_cpu:5.2f}  {_summary(warm):>22}"
            )
            reports.append((item.function, heaviest_packages(log, 6)))
        print("\nSelf time by top-level package, no bytecode (one -X importtime run):")
        for function, heaviest in reports:
            shown = ", ".join(f"{name} {seconds:.2f}" for name, seconds in heaviest)
            print(f"  {function:<10} {shown}")
    return 0


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


if __name__ == "__main__":
    sys.exit(main())
