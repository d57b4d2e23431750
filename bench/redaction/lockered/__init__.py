"""lockered: an independent PII evaluation corpus of customer chat turns in five languages.

WARNING: the templates (``templates_*.py``) and this generator ARE the sealed split. Reading
them, or ``sealed.jsonl.gz``, while changing detectors spoils the evaluation. Only ``dev.jsonl``
may be looked at.
"""
