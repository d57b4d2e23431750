output "vault_bucket_name" {
  description = "Name of the vault bucket."
  value       = aws_s3_bucket.vault.id
}

output "vault_bucket_arn" {
  description = "ARN of the vault bucket."
  value       = aws_s3_bucket.vault.arn
}

output "vault_kms_key_arn" {
  description = "ARN of the vault key; every write to the vault must name it."
  value       = aws_kms_key.vault.arn
}

output "trail_arn" {
  description = "ARN of the CloudTrail trail recording the vault's data events."
  value       = aws_cloudtrail.vault.arn
}

output "trail_log_bucket_name" {
  description = "Bucket holding the trail's log files."
  value       = aws_s3_bucket.trail_logs.id
}

output "relocation_role_arn" {
  description = "Execution role of the relocation function (contact_lens_lockdown exempts it)."
  value       = module.relocate.role_arn
}

output "relocation_function" {
  description = "What contact_lens_lockdown wires events to: the relocation function and its failure queue."
  value = {
    function_arn          = module.relocate.target_arn
    function_name         = module.relocate.function_name
    dead_letter_queue_arn = aws_sqs_queue.failures["relocate"].arn
  }
}

output "publish_function" {
  description = "The publish function and its failure queue, or null when publishing is off."
  value = var.publish.enabled ? {
    function_arn          = module.publish[0].target_arn
    function_name         = module.publish[0].function_name
    dead_letter_queue_arn = aws_sqs_queue.failures["publish"].arn
  } : null
}

output "failure_queue_urls" {
  description = "URL of each function's failure queue, for inspecting and redriving failed events."
  value       = { for key, queue in aws_sqs_queue.failures : key => queue.url }
}

output "relocation_environment" {
  description = "Environment of the relocation function; tests compare it with tests/env/relocate.json."
  value       = module.relocate.environment
}

output "publish_environment" {
  description = "Environment of the publish function, or null when publishing is off."
  value       = var.publish.enabled ? module.publish[0].environment : null
}

output "policies" {
  description = "Every policy document of the vault as JSON (vault bucket and key, functions key, log bucket, function roles)."
  value = {
    vault_bucket  = module.policies.vault_bucket_policy_json
    vault_key     = module.policies.vault_key_policy_json
    functions_key = module.policies.functions_key_policy_json
    log_bucket    = module.policies.log_bucket_policy_json
    relocation    = module.policies.relocation_role_policy_json
    publish       = module.policies.publish_role_policy_json
  }
}
