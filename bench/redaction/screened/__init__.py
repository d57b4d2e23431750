"""Corpus author 10's independent, labelled PII chat corpus (dev split + sealed split)."""
