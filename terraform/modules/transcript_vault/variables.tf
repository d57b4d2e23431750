variable "name_prefix" {
  type        = string
  description = "Prefix of every name this module creates, e.g. \"connect-privacy-prod\"."

  validation {
    # The longest name built from it, "<prefix>-vault-trail-<12-digit account>", must fit S3's 63 characters.
    condition     = can(regex("^[a-z][a-z0-9-]{1,36}[a-z0-9]$", var.name_prefix))
    error_message = "The name_prefix must be 3 to 38 lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "compliance_role_arns" {
  type        = list(string)
  description = "IAM roles that may read and delete vault objects (with MFA when read_mfa.required). Role ARNs, not session ARNs; they must exist (the key policy names them)."

  validation {
    condition     = length(var.compliance_role_arns) > 0
    error_message = "At least one compliance role is needed: without one nobody could read the vault."
  }

  validation {
    condition     = alltrue([for arn in var.compliance_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]+$", arn))])
    error_message = "Each compliance_role_arns entry must be an IAM role ARN (arn:aws:iam::123456789012:role/name), without wildcards."
  }
}

variable "source_bucket" {
  type = object({
    name                 = string
    contact_lens_prefix  = string
    original_object_arns = list(string)
    redacted_object_arns = list(string)
    kms_key_arns         = list(string)
  })
  description = "The Contact Lens bucket (outputs of contact_lens_lockdown): the originals the relocation function moves, the redacted files the publish function reads, and every key its objects are encrypted with (the lockdown key, plus the key used before the switch, so older originals can be moved)."

  validation {
    condition     = length(var.source_bucket.original_object_arns) > 0 && alltrue([for arn in var.source_bucket.original_object_arns : startswith(arn, "arn:") && strcontains(arn, ":s3:::${var.source_bucket.name}/")])
    error_message = "The source_bucket.original_object_arns must be object ARNs in source_bucket.name."
  }

  validation {
    condition     = length(var.source_bucket.kms_key_arns) > 0 && alltrue([for arn in var.source_bucket.kms_key_arns : can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", arn))])
    error_message = "The source_bucket.kms_key_arns must be key ARNs (arn:aws:kms:<region>:<account>:key/<id>), not aliases."
  }
}

variable "object_lock" {
  type = object({
    enabled        = bool
    mode           = optional(string, "GOVERNANCE")
    retention_days = optional(number, 365)
  })
  description = "S3 Object Lock with a default retention for every vault object. Once enabled it cannot be turned off; COMPLIANCE retention cannot be shortened by anyone, the root user included."
  default     = { enabled = false }

  validation {
    condition     = contains(["GOVERNANCE", "COMPLIANCE"], var.object_lock.mode)
    error_message = "The object_lock.mode must be GOVERNANCE or COMPLIANCE."
  }

  validation {
    condition     = var.object_lock.retention_days >= 1 && var.object_lock.retention_days <= 36500 && floor(var.object_lock.retention_days) == var.object_lock.retention_days
    error_message = "The object_lock.retention_days must be a whole number of days from 1 to 36500."
  }
}

variable "noncurrent_version_expiration_days" {
  type        = number
  description = "Days after which a replaced or deleted vault object's old version is removed for good."
  default     = 365

  validation {
    condition     = var.noncurrent_version_expiration_days >= 1 && floor(var.noncurrent_version_expiration_days) == var.noncurrent_version_expiration_days
    error_message = "The noncurrent_version_expiration_days must be a whole number of 1 or more."
  }
}

variable "read_mfa" {
  type = object({
    required              = optional(bool, true)
    exempt_principal_arns = optional(list(string), [])
  })
  description = "Vault reads need MFA (aws:MultiFactorAuthPresent, BoolIfExists). IAM Identity Center sessions never carry that key: list their roles (arn:aws:iam::<account>:role/aws-reserved/sso.amazonaws.com/<region>/AWSReservedSSO_<permission set>_*) as exempt and enforce MFA in Identity Center."
  default     = {}

  validation {
    condition     = alltrue([for arn in var.read_mfa.exempt_principal_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/", arn))])
    error_message = "Each read_mfa.exempt_principal_arns entry must be an IAM role ARN or ARN pattern (arn:aws:iam::<account>:role/...)."
  }
}

variable "trail_log_retention_days" {
  type        = number
  description = "Days the vault's CloudTrail log files are kept."
  default     = 2557

  validation {
    condition     = var.trail_log_retention_days >= 1 && floor(var.trail_log_retention_days) == var.trail_log_retention_days
    error_message = "The trail_log_retention_days must be a whole number of 1 or more."
  }
}

variable "publish" {
  type = object({
    enabled      = optional(bool, true)
    bucket_name  = optional(string)
    prefix       = optional(string, "Published/")
    kms_key_arns = optional(list(string))
  })
  description = "The publish function re-redacts each redacted analysis file into <bucket_name>/<prefix><key>. bucket_name defaults to the source bucket, kms_key_arns to its keys (the first one encrypts what is written)."
  default     = {}

  validation {
    condition     = can(regex("^[^/*?][^*?]*/$", var.publish.prefix))
    error_message = "The publish.prefix must end with \"/\", not start with \"/\", and hold no * or ?."
  }
}

variable "package_dir" {
  type        = string
  description = "Directory holding relocate.zip and publish.zip (`make build` writes build/dist/)."
}

variable "lambda_architecture" {
  type        = string
  description = "arm64 or x86_64; must match the zips (make build ARCH=...)."
  default     = "arm64"
}

variable "relocation_settings" {
  type = object({
    memory_size                    = optional(number, 512)
    timeout                        = optional(number, 120)
    reserved_concurrent_executions = optional(number, 10)
  })
  description = "Sizing of the relocation function; the reserved concurrency caps the S3 and KMS request rate a burst of contacts causes."
  default     = {}
}

variable "publish_environment" {
  type        = map(string)
  description = "REDACTION_* settings of the publish function (see the README's configuration table)."
  default     = {}

  validation {
    condition     = alltrue([for key in keys(var.publish_environment) : startswith(key, "REDACTION_")])
    error_message = "The publish_environment keys must be REDACTION_* settings."
  }
}

variable "async_invocation" {
  type = object({
    maximum_retry_attempts       = optional(number, 2)
    maximum_event_age_in_seconds = optional(number, 21600)
  })
  description = "Lambda's retries of a failed S3 or EventBridge event before it goes to the function's failure queue."
  default     = {}
}

variable "log_retention_days" {
  type        = number
  description = "Days CloudWatch Logs keeps the functions' logs."
  default     = 365
}

variable "metrics_namespace" {
  type        = string
  description = "CloudWatch namespace of the functions' Powertools metrics."
  default     = "ConnectPrivacyRelay"
}

variable "alarm_topic_arn" {
  type        = string
  description = "SNS topic the alarms notify; null for alarms without actions."
  default     = null

  validation {
    condition     = var.alarm_topic_arn == null || can(regex("^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]+$", var.alarm_topic_arn))
    error_message = "The alarm_topic_arn must be an SNS topic ARN."
  }
}

variable "kms_deletion_window_in_days" {
  type        = number
  description = "Waiting period before a key of this module is deleted after a destroy."
  default     = 30

  validation {
    condition     = var.kms_deletion_window_in_days >= 7 && var.kms_deletion_window_in_days <= 30
    error_message = "The kms_deletion_window_in_days must be between 7 and 30."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags for the resources this module creates (the provider's default_tags apply too)."
  default     = {}
}
