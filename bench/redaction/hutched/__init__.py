"""Independent PII chat corpus `hutched` for the redaction benchmark (issue 14).

Warning: the templates (``templates_*.py``) and the generator (``values.py``,
``render.py``, ``generate.py``) ARE the sealed split. Reading them means having
seen ``sealed.jsonl.gz``. Tune detectors on ``dev.jsonl`` only.
"""
