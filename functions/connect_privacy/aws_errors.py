"""The error code of a botocore ``ClientError``, read in one place."""

from __future__ import annotations

from botocore.exceptions import ClientError


def error_code(error: ClientError, default: str = "") -> str:
    """``Error.Code`` of the response (e.g. ``ThrottlingException``), else ``default``."""
    return str(error.response.get("Error", {}).get("Code") or default)
