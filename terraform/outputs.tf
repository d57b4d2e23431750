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
