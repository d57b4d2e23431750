"""Stable, non-reversible labels for identifiers that must not appear in logs.

A PSID identifies a person. Logs and metrics carry ``pseudonymize(psid)``
instead: the same person always gets the same label, so an operator can follow
one conversation across log lines without the identifier itself being stored.
"""

from __future__ import annotations

import hashlib


def pseudonymize(value: str, kind: str = "psid") -> str:
    """A short label such as ``psid:3f9a0c1d2e4b``; ``kind`` keeps namespaces apart."""
    digest = hashlib.sha256(f"connect-privacy:{kind}:{value}".encode()).hexdigest()
    return f"{kind}:{digest[:12]}"
