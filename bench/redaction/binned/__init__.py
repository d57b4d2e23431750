"""Binned: an independent PII evaluation corpus of customer chat turns in five languages.

WARNING: the templates (``templates_*.py``) and the generator ARE the sealed split. Reading
``SEALED`` lists, ``sealed.jsonl.gz`` or rendering them while changing detectors defeats the
purpose of this corpus. Use ``dev.jsonl`` for development; score on sealed only at the end.
"""
