# Inputs are validated by the calling module (transcript_vault); this module only renders
# documents, so tests can render them with the real provider and no AWS account.

variable "partition" {
  type        = string
  description = "AWS partition, e.g. \"aws\"."
}

variable "account_id" {
  type        = string
  description = "Account that owns the vault."
}

variable "region" {
  type        = string
  description = "Region of the vault; its keys are used only through the services of this Region."
}

variable "vault_bucket_name" {
  type        = string
  description = "Name of the vault bucket."
}

variable "vault_key_arn" {
  type        = string
  description = "ARN of the vault's customer managed key; every object written to the vault must name it."
}

variable "log_bucket_name" {
  type        = string
  description = "Name of the bucket the vault's CloudTrail trail writes to."
}

variable "trail_name" {
  type        = string
  description = "Name of the CloudTrail trail recording the vault's data events."
}

variable "function_log_group_names" {
  type        = list(string)
  description = "Log groups of the vault's functions, which CloudWatch Logs encrypts with the functions key."
}

variable "compliance_role_arns" {
  type        = list(string)
  description = "IAM roles that may read (and delete) vault objects."
}

variable "relocation_role_arn" {
  type        = string
  description = "Execution role of the relocation function."
}

variable "read_mfa" {
  type = object({
    required              = bool
    exempt_principal_arns = list(string)
  })
  description = "Whether vault reads need MFA (aws:MultiFactorAuthPresent), and the role ARN patterns exempt from it."
}

variable "source_bucket" {
  type = object({
    name                 = string
    original_object_arns = list(string)
    redacted_object_arns = list(string)
    kms_key_arns         = list(string)
  })
  description = "The Contact Lens bucket: originals the relocation function moves, redacted files the publish function reads, keys they are encrypted with."
}

variable "publish" {
  type = object({
    bucket_name  = string
    prefix       = string
    kms_key_arns = list(string)
  })
  description = "Where the publish function writes re-redacted analysis files, and the keys that bucket encrypts with; null without a publish function."
}

variable "failure_queue_arns" {
  type        = map(string)
  description = "The functions' on-failure queues by function, which the Contact Lens EventBridge rules may also use as dead-letter queues."
}

variable "event_rule_arn_pattern" {
  type        = string
  description = "ARN pattern of the EventBridge rules allowed to send dead letters to the failure queues."
}
