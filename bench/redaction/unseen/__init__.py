"""Fourth independent redaction corpus (issue 14): unseen templates and a sealed split."""
