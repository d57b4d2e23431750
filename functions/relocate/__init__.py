"""Lambda function: moves Contact Lens originals into the locked vault bucket."""
