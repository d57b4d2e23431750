"""Outbound relay Lambda: Amazon Connect chat streaming (SNS) to Meta's Send API."""
