"""chested: an independent PII corpus of customer chat turns in five languages.

WARNING: the templates (``templates_*.py``) and the generator ARE the sealed split. Anyone
tuning detectors must not open the ``SEALED`` lists, ``sealed.jsonl.gz`` or this generator's
value drawing code; read ``dev.jsonl`` only.
"""
