"""caddied: an independent PII corpus of customer chat turns in five languages.

WARNING: the templates and the generator in this package ARE the sealed split. Anyone tuning
detectors must not read ``templates_*.py``, ``render.py``, ``values.py`` or ``sealed.jsonl.gz``;
only aggregate scores on the sealed split may be looked at.
"""
