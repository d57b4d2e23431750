output "kms_key_arn" {
  description = "ARN of the bucket's customer managed key: set it on the Connect instance's storage configurations (see the README)."
  value       = aws_kms_key.this.arn
}

output "kms_key_alias" {
  description = "Alias of the bucket's key."
  value       = aws_kms_alias.this.name
}

output "bucket_policy_json" {
  description = "The bucket policy as applied: the existing statements plus the lockdown statements."
  value       = module.policies.bucket_policy_json
}

output "key_policy_json" {
  description = "The key policy as applied."
  value       = module.policies.key_policy_json
}

output "original_object_arns" {
  description = "Object ARN patterns of everything locked down: Contact Lens originals and the extra prefixes."
  value       = module.policies.original_object_arns
}

output "analysis_original_object_arns" {
  description = "Object ARN patterns of Contact Lens's originals (<channel>/2*): what the relocation role may read and delete."
  value       = module.policies.analysis_original_object_arns
}

output "redacted_object_arns" {
  description = "Object ARN patterns of the redacted artifacts (what the publish function reads)."
  value       = module.policies.redacted_object_arns
}

output "exempt_principal_arns" {
  description = "The roles that may read originals: compliance roles, Connect's service-linked role, the relocation role."
  value       = module.policies.exempt_principal_arns
}

output "notification_filters" {
  description = "The notification filters this module wants (function, prefix, suffix), for a notification configuration managed elsewhere."
  value       = local.notification_filters
}
