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

# --- Contact Lens originals vault (contact_lens.tf) ----------------------------------------

output "contact_lens_kms_key_arn" {
  description = "Customer managed key for the Connect bucket: set it on the instance's storage configurations (README: Locking down Contact Lens originals). null without contact_lens."
  value       = one(module.contact_lens_lockdown[*].kms_key_arn)
}

output "contact_lens_exempt_principal_arns" {
  description = "The roles that may read Contact Lens originals. null without contact_lens."
  value       = one(module.contact_lens_lockdown[*].exempt_principal_arns)
}

output "vault_bucket_name" {
  description = "The vault bucket the originals are moved into. null without contact_lens."
  value       = one(module.transcript_vault[*].vault_bucket_name)
}

output "vault_kms_key_arn" {
  description = "The vault's key. null without contact_lens."
  value       = one(module.transcript_vault[*].vault_kms_key_arn)
}

output "vault_trail_arn" {
  description = "CloudTrail trail of the vault's data events. null without contact_lens."
  value       = one(module.transcript_vault[*].trail_arn)
}

output "vault_failure_queue_urls" {
  description = "Failure queues of the relocate and publish functions. null without contact_lens."
  value       = one(module.transcript_vault[*].failure_queue_urls)
}

output "relay_stateful_resources" {
  description = "Names and key attributes of the relay's queues, tables, topic, secret and key (see modules/messenger_relay); demo/stack.json must describe the same."
  value       = module.relay.stateful_resources
}
