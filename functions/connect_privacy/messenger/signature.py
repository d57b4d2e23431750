"""Meta's ``X-Hub-Signature-256``: an HMAC-SHA256 of the exact raw body, keyed with the app secret.

Meta signs the bytes it sends (JSON with non-ASCII text escaped as ``\\u00e4``), so the
digest is always computed over the received bytes, never over re-serialised JSON.
"""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_HEADER = "x-hub-signature-256"
_PREFIX = "sha256="


def sign(body: bytes, app_secret: str) -> str:
    """The header value Meta would send for ``body``."""
    digest = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return f"{_PREFIX}{digest}"


def signature_is_valid(body: bytes, header: str | None, app_secret: str) -> bool:
    """Constant-time check of the header against the body; a missing header is invalid."""
    if not header:
        return False
    # Bytes, because compare_digest refuses non-ASCII str and a forged header may hold any.
    received = header.strip().lower().encode("utf-8", errors="replace")
    return hmac.compare_digest(received, sign(body, app_secret).encode())
