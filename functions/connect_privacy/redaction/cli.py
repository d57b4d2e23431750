"""Command line redaction for operators and evaluation.

Reads JSON Lines ``{"text": ...}`` on stdin and writes, per line,
``{"text": <redacted>, "entities": [{"type", "begin", "end", "score", "detector"}]}``.
A malformed line stops the run with exit status 2 and a message naming the line
number (never its content); a message that cannot be redacted (Comprehend down
with ``--failure-policy block``) stops it with exit status 3.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from connect_privacy import json_text
from connect_privacy.config import ConfigError
from connect_privacy.redaction.comprehend import COMPREHEND_CLIENT_CONFIG
from connect_privacy.redaction.custom import CustomPattern, parse_custom_patterns
from connect_privacy.redaction.masking import MaskMode
from connect_privacy.redaction.redactor import RedactionBlocked, build_redactor
from connect_privacy.redaction.settings import (
    FailurePolicy,
    Language,
    RedactionSettings,
    parse_engines,
)
from connect_privacy.telemetry import NullCounter

EXIT_MALFORMED = 2
EXIT_BLOCKED = 3
_MASKS = {"pii": MaskMode.PII, "entity-type": MaskMode.ENTITY_TYPE}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m connect_privacy.redact",
        description='Redact PII from JSON Lines {"text": ...} read on stdin.',
    )
    parser.add_argument(
        "--engines",
        default="patterns,custom",
        help="comma list of patterns, custom, comprehend (default: patterns,custom)",
    )
    parser.add_argument("--mask", choices=sorted(_MASKS), default="entity-type")
    parser.add_argument(
        "--custom-patterns", type=Path, help='JSON file {"NAME": "regular expression", ...}'
    )
    parser.add_argument("--language", choices=[m.value for m in Language], default="en")
    parser.add_argument(
        "--failure-policy",
        choices=[m.value for m in FailurePolicy],
        default=FailurePolicy.PATTERNS_ONLY.value,
    )
    return parser


def main(
    argv: Sequence[str] | None = None,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    args = _parser().parse_args(argv)
    stdin = stdin or sys.stdin.buffer
    if stdout is None:
        stdout = sys.stdout
        if isinstance(stdout, io.TextIOWrapper):
            # A lone surrogate (valid in JSON input) is written back as a JSON escape.
            stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    stderr = stderr or sys.stderr
    try:
        settings = _settings(args)
    except ConfigError as error:
        print(f"error: {error}", file=stderr)
        return EXIT_MALFORMED
    redactor = build_redactor(settings, comprehend_client=_comprehend, counter=NullCounter())
    for number, raw in enumerate(stdin, start=1):
        if not raw.strip():
            continue
        text = _text_of(raw)
        if text is None:
            print(f'error: line {number}: expected a JSON object {{"text": string}}', file=stderr)
            return EXIT_MALFORMED
        try:
            result = redactor.redact(text)
        except RedactionBlocked as blocked:
            print(f"error: line {number}: {blocked}", file=stderr)
            return EXIT_BLOCKED
        entities = [
            {
                "type": s.entity_type,
                "begin": s.begin,
                "end": s.end,
                "score": round(s.score, 4),
                "detector": s.detector,
            }
            for s in result.entities
        ]
        stdout.write(json.dumps({"text": result.text, "entities": entities}, ensure_ascii=False))
        stdout.write("\n")
    stdout.flush()
    return 0


def _settings(args: argparse.Namespace) -> RedactionSettings:
    custom: tuple[CustomPattern, ...] = ()
    if args.custom_patterns is not None:
        try:
            document = args.custom_patterns.read_text(encoding="utf-8")
        except OSError:
            raise ConfigError(f"cannot read {args.custom_patterns}") from None
        custom = parse_custom_patterns(document, source=str(args.custom_patterns))
    engine_names = tuple(n.strip() for n in args.engines.split(",") if n.strip())
    return RedactionSettings(
        engines=parse_engines(engine_names, "--engines"),
        mask_mode=_MASKS[args.mask],
        language=Language(args.language),
        failure_policy=FailurePolicy(args.failure_policy),
        custom_patterns=custom,
    )


def _text_of(raw: bytes) -> str | None:
    try:
        document: Any = json_text.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("text"), str):
        return None
    text: str = document["text"]
    return text


def _comprehend() -> Any:
    import boto3  # only when the comprehend engine is used

    return boto3.client("comprehend", config=COMPREHEND_CLIENT_CONFIG)
