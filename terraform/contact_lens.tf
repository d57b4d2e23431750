# The Contact Lens originals vault, the second half of the product: the lockdown of the
# existing Amazon Connect bucket (bucket policy, key, event wiring) and the audited vault
# the relocation function moves originals into. Off until var.contact_lens is set.
#
# READ the README's "Locking down Contact Lens originals" first: this changes a bucket
# Terraform did not create, and its bucket policy, default encryption and notification
# configuration are each REPLACED as a whole.

locals {
  contact_lens_enabled = var.contact_lens != null

  # The publish function runs the offline engines only; mask mode and operator patterns
  # are the relay's, so published files are masked the way agents see chat messages.
  publish_redaction_environment = {
    REDACTION_ENGINES         = "patterns,custom"
    REDACTION_MASK_MODE       = var.redaction.mask_mode
    REDACTION_CUSTOM_PATTERNS = jsonencode(var.redaction.custom_patterns)
  }
}

module "transcript_vault" {
  source = "./modules/transcript_vault"
  count  = local.contact_lens_enabled ? 1 : 0

  name_prefix          = local.name
  compliance_role_arns = var.contact_lens.compliance_role_arns
  source_bucket = {
    name                 = var.contact_lens.bucket_name
    contact_lens_prefix  = var.contact_lens.contact_lens_prefix
    original_object_arns = module.contact_lens_lockdown[0].analysis_original_object_arns
    redacted_object_arns = module.contact_lens_lockdown[0].redacted_object_arns
    # Objects written before the switch to the new key keep their old one.
    kms_key_arns = concat([module.contact_lens_lockdown[0].kms_key_arn], var.contact_lens.previous_kms_key_arns)
  }
  object_lock                        = var.transcript_vault.object_lock
  noncurrent_version_expiration_days = var.transcript_vault.noncurrent_version_expiration_days
  read_mfa                           = var.transcript_vault.read_mfa
  trail_log_retention_days           = var.transcript_vault.trail_log_retention_days
  publish                            = var.transcript_vault.publish
  publish_environment                = local.publish_redaction_environment
  package_dir                        = local.package_dir
  lambda_architecture                = var.lambda_architecture
  log_retention_days                 = var.log_retention_days
  alarm_topic_arn                    = var.alarm_topic_arn
}

module "contact_lens_lockdown" {
  source = "./modules/contact_lens_lockdown"
  count  = local.contact_lens_enabled ? 1 : 0

  name_prefix                 = local.name
  bucket_name                 = var.contact_lens.bucket_name
  contact_lens_prefix         = var.contact_lens.contact_lens_prefix
  channels                    = var.contact_lens.channels
  extra_original_prefixes     = var.contact_lens.extra_original_prefixes
  compliance_role_arns        = var.contact_lens.compliance_role_arns
  connect_service_role_arn    = var.contact_lens.connect_service_role_arn
  redacted_reader_arns        = var.contact_lens.redacted_reader_arns
  existing_policy_json        = var.contact_lens.existing_policy_json
  event_delivery              = var.contact_lens.event_delivery
  bucket_notification_managed = var.contact_lens.bucket_notification_managed
  relocation_role_arn         = module.transcript_vault[0].relocation_role_arn
  relocation_function         = module.transcript_vault[0].relocation_function
  publish_function            = module.transcript_vault[0].publish_function
}
