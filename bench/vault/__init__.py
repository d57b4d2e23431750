"""Vault relocation throughput and S3 requests per object (`make bench-vault`)."""
