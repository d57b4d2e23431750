"""Independent PII evaluation corpus "lugged" for customer chat redaction.

WARNING: the templates and the generator in this package ARE the sealed split. Reading
``templates_*.py`` SEALED lists, ``sealed.jsonl.gz`` or running the generator with a view to
the output while changing detectors defeats the purpose of the sealed evaluation.
"""
