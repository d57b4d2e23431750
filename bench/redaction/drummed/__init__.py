"""An independent PII corpus for issue 14 (author `drummed`); see README.md. Reading the templates or the generator means having seen the sealed split."""
