"""Lambda function: Meta's Messenger webhook behind an API Gateway HTTP API."""
