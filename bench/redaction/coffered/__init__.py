"""Coffered: an independent PII-redaction evaluation corpus for Messenger support chats.

WARNING: the templates (``templates_*.py``) and the generator ARE the sealed split. Whoever
tunes detectors must not read them, nor ``sealed.jsonl.gz``; only ``dev.jsonl`` is for looking.
"""
