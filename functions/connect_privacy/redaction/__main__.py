"""``python -m connect_privacy.redaction``: the same CLI as ``connect_privacy.redact``."""

from connect_privacy.redaction.cli import main

raise SystemExit(main())
