"""Podded: an independent PII evaluation corpus for customer chat turns.

WARNING: the templates (``templates_*.py``) and the generator ARE the sealed split.
Reading ``templates_*.py``'s ``SEALED`` lists, ``sealed.jsonl.gz`` or the values they draw
while changing detectors spoils the split. Use ``dev.jsonl`` for tuning.
"""
