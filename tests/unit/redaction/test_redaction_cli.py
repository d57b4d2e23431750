"""``python -m connect_privacy.redact`` as an operator runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args, stdin: str | bytes):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "functions")}
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "connect_privacy.redact", *args],
        input=data,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def lines(stdout: bytes):
    return [json.loads(line) for line in stdout.decode().splitlines()]


def test_each_input_line_gives_the_redacted_text_and_its_entities():
    stdin = (
        json.dumps({"text": "😀 card 4111 1111 1111 1111"}, ensure_ascii=False)
        + "\n\n"
        + json.dumps({"text": "order 12345 is late"})
        + "\n"
    )

    done = run_cli(stdin=stdin)

    assert done.returncode == 0, done.stderr
    assert lines(done.stdout) == [
        {
            "text": "😀 card [CREDIT_DEBIT_NUMBER]",
            "entities": [
                {
                    "type": "CREDIT_DEBIT_NUMBER",
                    "begin": 7,
                    "end": 26,
                    "score": 0.95,
                    "detector": "patterns",
                }
            ],
        },
        {"text": "order 12345 is late", "entities": []},
    ]


def test_pii_mask_and_custom_patterns_file(tmp_path):
    patterns = tmp_path / "patterns.json"
    patterns.write_text(json.dumps({"MEMBER_ID": r"\bMBR-\d{8}\b"}))

    done = run_cli(
        "--mask",
        "pii",
        "--custom-patterns",
        str(patterns),
        stdin='{"text": "MBR-12345678 ssn 123-45-6789"}\n',
    )

    assert done.returncode == 0, done.stderr
    assert lines(done.stdout)[0]["text"] == "[PII] ssn [PII]"


def test_engines_option_limits_the_detectors():
    done = run_cli("--engines", "custom", stdin='{"text": "ssn 123-45-6789"}\n')

    assert lines(done.stdout)[0]["text"] == "ssn 123-45-6789"


@pytest.mark.parametrize(
    "bad_line",
    [b"not json", b'{"text": 5}', b'["text"]', b'{"message": "hi"}', b'{"text": "\xff"}'],
)
def test_a_malformed_line_stops_with_its_line_number_and_without_its_content(bad_line):
    stdin = b'{"text": "fine"}\n{"text": "4111111111111111"}\n' + bad_line + b"\n"

    done = run_cli(stdin=stdin)

    assert done.returncode == 2
    assert "line 3" in done.stderr.decode()
    assert bad_line.decode(errors="replace") not in done.stderr.decode()
    assert len(lines(done.stdout)) == 2


def test_a_bad_custom_pattern_file_names_the_pattern(tmp_path):
    patterns = tmp_path / "patterns.json"
    patterns.write_text(json.dumps({"CLAIM": "CLM-(\\d+"}))

    done = run_cli("--custom-patterns", str(patterns), stdin="")

    assert done.returncode == 2
    assert "custom pattern CLAIM does not compile" in done.stderr.decode()


def test_unknown_engine_is_refused():
    done = run_cli("--engines", "patterns,magic", stdin="")

    assert done.returncode == 2
    assert "magic" in done.stderr.decode()
