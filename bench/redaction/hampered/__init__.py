"""hampered: independent multilingual chat corpus with labelled PII (issue 14). Reading the templates reveals the sealed split."""
