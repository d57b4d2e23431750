output "bucket_policy_json" {
  description = "The whole bucket policy: the existing statements plus the lockdown statements."
  value       = data.aws_iam_policy_document.bucket.json
}

output "key_policy_json" {
  description = "Key policy of the Contact Lens bucket's customer managed key."
  value       = data.aws_iam_policy_document.key.json
}

output "original_object_arns" {
  description = "Object ARN patterns of the originals, as the bucket policy denies them."
  value       = local.original_object_arns
}

output "analysis_original_object_arns" {
  description = "Object ARN patterns of Contact Lens's own originals (<channel>/2*), what the relocation function moves."
  value       = local.analysis_original_object_arns
}

output "redacted_object_arns" {
  description = "Object ARN patterns of the redacted artifacts: everything under <channel>/Redacted/."
  value       = [for prefix in local.redacted_prefixes : "${local.bucket_arn}/${prefix}*"]
}

output "channel_prefixes" {
  description = "Key prefix of each channel's Analysis folder, e.g. \"Analysis/Voice/\"."
  value       = local.channel_prefixes
}

output "redacted_prefixes" {
  description = "Key prefix of each channel's redacted artifacts, e.g. \"Analysis/Voice/Redacted/\"."
  value       = local.redacted_prefixes
}

output "exempt_principal_arns" {
  description = "Roles both policies let read originals."
  value       = local.exempt_principal_arns
}
