"""toted: an independent PII corpus of customer chat turns in five languages.

WARNING: the templates and the generator ARE the sealed split. Do not read `templates_*.py`,
`sealed.jsonl.gz` or this package's rendering code while changing detectors, or the sealed
numbers stop measuring anything.
"""
