output "webhook_callback_url" {
  description = "Paste into the Meta app dashboard as the webhook Callback URL."
  value       = module.relay.webhook_callback_url
}

output "put_secret_command" {
  description = "Stores Meta's credentials from messenger-secret.json."
  value       = module.relay.put_secret_command
}

output "streaming_topic_arn" {
  description = "ARN of the chat streaming topic."
  value       = module.relay.streaming_topic_arn
}

output "inbound_dlq_url" {
  description = "URL of the inbound dead-letter queue."
  value       = module.relay.inbound_dlq_url
}

output "outbound_dlq_url" {
  description = "URL of the outbound on-failure queue."
  value       = module.relay.outbound_dlq_url
}
