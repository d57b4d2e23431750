# Inputs are validated by the calling module (contact_lens_lockdown); this module only
# renders documents, so tests can render them with the real provider and no AWS account.

variable "partition" {
  type        = string
  description = "AWS partition of the bucket and roles, e.g. \"aws\"."
}

variable "account_id" {
  type        = string
  description = "Account that owns the bucket and the key."
}

variable "region" {
  type        = string
  description = "Region of the bucket; the key is only used through s3.<region>.amazonaws.com."
}

variable "bucket_name" {
  type        = string
  description = "Name of the Amazon Connect bucket Contact Lens writes to."
}

variable "contact_lens_prefix" {
  type        = string
  description = "Key prefix in front of Contact Lens's Analysis/ folder: \"\" or ending in \"/\"."
}

variable "channels" {
  type        = list(string)
  description = "Contact Lens channels whose originals are locked: Voice, Chat, Email."
}

variable "extra_original_prefixes" {
  type        = list(string)
  description = "Other key prefixes that hold only un-redacted artifacts (call recordings, chat transcripts), each ending in \"/\"."
}

variable "compliance_role_arns" {
  type        = list(string)
  description = "IAM roles that may read originals."
}

variable "connect_service_role_arn" {
  type        = string
  description = "The instance's Amazon Connect service-linked role; it writes, plays back and deletes originals."
}

variable "relocation_role_arn" {
  type        = string
  description = "Execution role of the relocation function, which reads and deletes originals; null when there is none."
}

variable "redacted_reader_arns" {
  type        = list(string)
  description = "IAM roles that the key policy itself lets decrypt redacted artifacts (IAM policies can grant the same)."
}

variable "existing_policy_json" {
  type        = string
  description = "The bucket policy statements to keep, as JSON; null when the bucket has none."
}
