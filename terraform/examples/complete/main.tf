# The complete product in a configuration of your own: the Messenger relay, the Contact Lens
# lock-down and the originals vault. This configuration owns the provider (Region, default
# tags) and calls the capability modules exactly as the root module `terraform/` does, as a
# team embedding the product in its existing Terraform would; its variables and outputs are
# the root's, so one tfvars file serves both (tests/infrastructure/test_example_complete.py
# keeps the two in step).

locals {
  name = "${var.project}-${var.environment}"

  # The fixed tags come last so that var.tags cannot override them.
  tags = merge(var.tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  })

  # Read from the files the code's tests check, rather than re-typed here.
  entity_type_lists      = jsondecode(file("${path.module}/../../modules/messenger_relay/comprehend_entity_types.json"))
  known_entity_types     = local.entity_type_lists.known
  outbound_filter_policy = file("${path.module}/../../../functions/outbound/filter_policy.json")
  package_dir            = coalesce(var.package_dir, "${path.module}/../../../build/dist")

  contact_lens_enabled = var.contact_lens != null

  # As in the root (contact_lens.tf): publish runs the offline engines only, with the relay's
  # mask mode and operator patterns, and names the types they cannot detect as accepted.
  publish_entity_types = coalesce(var.redaction.entity_types, local.entity_type_lists.default)
  publish_redaction_environment = {
    REDACTION_ENGINES                = "patterns,custom"
    REDACTION_ENTITY_TYPES           = join(",", sort(local.publish_entity_types))
    REDACTION_MASK_MODE              = var.redaction.mask_mode
    REDACTION_CUSTOM_PATTERNS        = jsonencode(var.redaction.custom_patterns)
    REDACTION_PHONE_REGIONS          = join(",", var.redaction.phone_regions)
    REDACTION_ALLOW_UNDETECTED_TYPES = join(",", sort(setunion(var.redaction.allow_undetected_types, setsubtract(local.publish_entity_types, local.entity_type_lists.offline))))
  }
}

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = local.tags
  }
}

data "aws_caller_identity" "this" {}

data "aws_partition" "this" {}

# The Messenger -> Amazon Connect relay: webhook API, queues, tables, streaming topic,
# secret, the three functions, alarms and dashboard.
module "relay" {
  source = "../../modules/messenger_relay"

  name_prefix                 = local.name
  connect_instance_arn        = var.connect_instance_arn
  connect_contact_flow_id     = var.connect_contact_flow_id
  package_dir                 = local.package_dir
  outbound_filter_policy      = local.outbound_filter_policy
  lambda_architecture         = var.lambda_architecture
  log_retention_days          = var.log_retention_days
  log_level                   = var.log_level
  graph_api_version           = var.graph_api_version
  webhook_channels            = var.webhook_channels
  redaction                   = var.redaction
  chat                        = var.chat
  outbound_messages           = var.outbound_messages
  max_receive_count           = var.max_receive_count
  webhook_snapstart_enabled   = var.webhook_snapstart_enabled
  api_throttling              = var.api_throttling
  inbound_concurrency         = var.inbound_concurrency
  outbound_concurrency        = var.outbound_concurrency
  alarm_email                 = var.alarm_email
  alarm_topic_arn             = var.alarm_topic_arn
  deletion_protection_enabled = var.deletion_protection_enabled
}

check "connect_instance_is_in_the_deploying_account" {
  assert {
    condition     = split(":", var.connect_instance_arn)[4] == data.aws_caller_identity.this.account_id
    error_message = "The Connect instance belongs to another account than the credentials in use: the relay must be deployed into the instance's account."
  }
}

# The Contact Lens originals vault. READ the top-level README's "Locking down Contact Lens
# originals" first: the lock-down changes a bucket Terraform did not create, and its bucket
# policy, default encryption and notification configuration are each REPLACED as a whole.
# Off while var.contact_lens is null.
module "transcript_vault" {
  source = "../../modules/transcript_vault"
  count  = local.contact_lens_enabled ? 1 : 0

  name_prefix          = local.name
  compliance_role_arns = var.contact_lens.compliance_role_arns
  source_bucket = {
    name                   = var.contact_lens.bucket_name
    contact_lens_prefix    = var.contact_lens.contact_lens_prefix
    original_object_arns   = module.contact_lens_lockdown[0].relocatable_object_arns
    redacted_object_arns   = module.contact_lens_lockdown[0].redacted_object_arns
    call_recordings_prefix = module.contact_lens_lockdown[0].relocated_call_recordings_prefix
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
  source = "../../modules/contact_lens_lockdown"
  count  = local.contact_lens_enabled ? 1 : 0

  name_prefix             = local.name
  bucket_name             = var.contact_lens.bucket_name
  contact_lens_prefix     = var.contact_lens.contact_lens_prefix
  channels                = var.contact_lens.channels
  extra_original_prefixes = var.contact_lens.extra_original_prefixes
  # Recordings are moved only on request; otherwise they stay, locked in place.
  relocated_call_recordings_prefix = var.contact_lens.relocated_call_recordings_prefix
  compliance_role_arns             = var.contact_lens.compliance_role_arns
  connect_service_role_arn         = var.contact_lens.connect_service_role_arn
  redacted_reader_arns             = var.contact_lens.redacted_reader_arns
  existing_policy_json             = var.contact_lens.existing_policy_json
  event_delivery                   = var.contact_lens.event_delivery
  bucket_notification_managed      = var.contact_lens.bucket_notification_managed
  relocation_role_arn              = module.transcript_vault[0].relocation_role_arn
  relocation_function              = module.transcript_vault[0].relocation_function
  publish_function                 = module.transcript_vault[0].publish_function
}
