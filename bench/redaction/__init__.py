"""Redaction benchmark: our engine and Microsoft Presidio on one generated corpus.

``python -m bench.redaction`` (``make bench-redaction``) prints accuracy and
latency tables side by side; it asserts nothing.
"""
