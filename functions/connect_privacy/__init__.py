"""Shared library of the Connect Privacy Relay Lambda functions.

Plain, typed domain code and small AWS/HTTP adapters; no handler code lives here.
Sub-packages: ``redaction`` (PII detection and masking), ``messenger`` (Meta's
webhook and Send API), ``connect_chat`` (Amazon Connect chat sessions).
"""
