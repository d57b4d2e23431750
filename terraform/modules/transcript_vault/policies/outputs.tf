output "vault_bucket_policy_json" {
  description = "Policy of the vault bucket."
  value       = data.aws_iam_policy_document.vault_bucket.json
}

output "vault_key_policy_json" {
  description = "Key policy of the vault key."
  value       = data.aws_iam_policy_document.vault_key.json
}

output "functions_key_policy_json" {
  description = "Key policy of the key for the functions' logs and environment."
  value       = data.aws_iam_policy_document.functions_key.json
}

output "log_bucket_policy_json" {
  description = "Policy of the trail's log bucket."
  value       = data.aws_iam_policy_document.log_bucket.json
}

output "relocation_role_policy_json" {
  description = "What the relocation function's code may do."
  value       = data.aws_iam_policy_document.relocation.json
}

output "publish_role_policy_json" {
  description = "What the publish function's code may do; null without a publish function."
  value       = var.publish == null ? null : data.aws_iam_policy_document.publish[0].json
}

output "failure_queue_policy_jsons" {
  description = "Policy of each on-failure queue: the Contact Lens EventBridge rules may send dead letters."
  value       = { for key, document in data.aws_iam_policy_document.failure_queue : key => document.json }
}

output "trail_arn" {
  description = "ARN the trail will have; the key and log bucket policies admit CloudTrail for it only."
  value       = local.trail_arn
}
