"""creeled: an independent PII evaluation corpus for the chat relay's redactor.

WARNING: the templates in templates_*.py (their SEALED lists) and the generator together ARE the
sealed split. Reading them is reading the sealed test set. Do not open them while tuning
detectors, do not copy their wording into tests, and evaluate against sealed.jsonl.gz only to
report a final number. Tune against dev.jsonl, which comes from different templates.
"""
