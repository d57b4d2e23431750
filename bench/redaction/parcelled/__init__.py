"""An independent PII corpus for issue 14 (author `parcelled`); see README.md. Reading the templates or the generator means having seen the sealed split."""
