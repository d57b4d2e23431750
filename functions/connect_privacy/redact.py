"""``python -m connect_privacy.redact``: redact JSON Lines on stdin (see ``redaction.cli``)."""

from connect_privacy.redaction.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
