"""Blind corpus 5: chat messages with synthetic PII, written without reading the detectors."""
