"""bunkered: an independent PII evaluation corpus for the redactor.

WARNING: the templates (``templates_*.py``) and this generator ARE the sealed split. Do not read
them, tune detectors against them, or copy their wording into tests or other corpora. Use
``dev.jsonl`` for development; score against ``sealed.jsonl.gz`` only to measure.
"""
