output "webhook_callback_url" {
  description = "Paste into the Meta app dashboard: Messenger > Settings > Webhooks > Callback URL."
  value       = module.relay.webhook_callback_url
}

output "messenger_secret_arn" {
  description = "ARN of the Secrets Manager secret for Meta's credentials; Terraform never holds its value."
  value       = module.relay.messenger_secret_arn
}

output "put_secret_command" {
  description = "The one command that stores Meta's credentials from messenger-secret.json (see README: Deploy)."
  value       = module.relay.put_secret_command
}

output "streaming_topic_arn" {
  description = "ARN of the SNS topic Amazon Connect streams chat events to."
  value       = module.relay.streaming_topic_arn
}

output "inbound_dlq_url" {
  description = "URL of the inbound dead-letter queue (Messenger messages that failed every retry)."
  value       = module.relay.inbound_dlq_url
}

output "outbound_dlq_url" {
  description = "URL of the outbound on-failure queue (agent messages that could not be delivered)."
  value       = module.relay.outbound_dlq_url
}

output "relay_function_names" {
  description = "Lambda function names: webhook, inbound, outbound."
  value       = module.relay.function_names
}

output "relay_dashboard_name" {
  description = "CloudWatch dashboard of the relay's own metrics."
  value       = module.relay.dashboard_name
}

output "name_prefix" {
  description = "Prefix of every resource name: <project>-<environment>."
  value       = local.name
}

output "tags" {
  description = "Tags applied to every resource through the provider's default_tags."
  value       = local.tags
}

output "account_id" {
  description = "ID of the AWS account the stack is deployed into."
  value       = data.aws_caller_identity.this.account_id
}

output "partition" {
  description = "AWS partition of the Region, for building ARNs (\"aws\", \"aws-us-gov\", ...)."
  value       = data.aws_partition.this.partition
}
