"""The ``trunked`` PII evaluation corpus.

Warning: the templates in ``templates_*.py`` and the generator are the sealed split. Do not
read them, tune detectors against them, or copy their wording into tests; ``sealed.jsonl.gz``
is meant to be scored, not inspected. Only ``dev.jsonl`` is for development.
"""
