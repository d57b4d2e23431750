"""Lambda function: publishes re-redacted Contact Lens transcripts for analytics."""
