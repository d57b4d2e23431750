# The transcript vault: a locked bucket for Contact Lens originals, its key, an audit trail
# of every object-level call on it, and the two functions that feed it (relocate moves
# originals in; publish re-redacts redacted analysis files for wider use).

data "aws_caller_identity" "this" {}

data "aws_partition" "this" {}

data "aws_region" "this" {}

locals {
  partition  = data.aws_partition.this.partition
  account_id = data.aws_caller_identity.this.account_id
  region     = data.aws_region.this.region

  names = {
    vault_bucket      = "${var.name_prefix}-vault-${local.account_id}"
    log_bucket        = "${var.name_prefix}-vault-trail-${local.account_id}"
    trail             = "${var.name_prefix}-vault-data-events"
    vault_key         = "alias/${var.name_prefix}-vault"
    functions_key     = "alias/${var.name_prefix}-vault-functions"
    relocate_function = "${var.name_prefix}-relocate"
    publish_function  = "${var.name_prefix}-publish"
    event_rules       = "${var.name_prefix}-contact-lens-*"
  }

  publish_bucket       = coalesce(var.publish.bucket_name, var.source_bucket.name)
  publish_kms_key_arns = var.publish.kms_key_arns != null ? var.publish.kms_key_arns : var.source_bucket.kms_key_arns

  # Function key => function name; publish only when enabled.
  functions = {
    for key, name in { relocate = local.names.relocate_function, publish = local.names.publish_function } :
    key => name if key == "relocate" || var.publish.enabled
  }
}

module "policies" {
  source = "./policies"

  partition                = local.partition
  account_id               = local.account_id
  region                   = local.region
  vault_bucket_name        = local.names.vault_bucket
  vault_key_arn            = aws_kms_key.vault.arn
  log_bucket_name          = local.names.log_bucket
  trail_name               = local.names.trail
  function_log_group_names = [for name in values(local.functions) : "/aws/lambda/${name}"]
  compliance_role_arns     = var.compliance_role_arns
  relocation_role_arn      = module.relocate.role_arn
  read_mfa = {
    required              = var.read_mfa.required
    exempt_principal_arns = var.read_mfa.exempt_principal_arns
  }
  source_bucket = {
    name                 = var.source_bucket.name
    original_object_arns = var.source_bucket.original_object_arns
    redacted_object_arns = var.source_bucket.redacted_object_arns
    kms_key_arns         = var.source_bucket.kms_key_arns
  }
  publish = var.publish.enabled ? {
    bucket_name  = local.publish_bucket
    prefix       = var.publish.prefix
    kms_key_arns = local.publish_kms_key_arns
  } : null
  failure_queue_arns     = { for key, queue in aws_sqs_queue.failures : key => queue.arn }
  event_rule_arn_pattern = "arn:${local.partition}:events:${local.region}:${local.account_id}:rule/${local.names.event_rules}"
}

# --- keys --------------------------------------------------------------------------------

resource "aws_kms_key" "vault" {
  description             = "Contact Lens originals in ${local.names.vault_bucket} and its trail's log files"
  enable_key_rotation     = true
  deletion_window_in_days = var.kms_deletion_window_in_days
  policy                  = module.policies.vault_key_policy_json
  tags                    = var.tags
}

resource "aws_kms_alias" "vault" {
  name          = local.names.vault_key
  target_key_id = aws_kms_key.vault.key_id
}

# The functions' logs and environment get their own key, so that no function role needs
# any right on the vault key beyond what its code does.
resource "aws_kms_key" "functions" {
  description             = "Logs and environment of the ${var.name_prefix} vault functions"
  enable_key_rotation     = true
  deletion_window_in_days = var.kms_deletion_window_in_days
  policy                  = module.policies.functions_key_policy_json
  tags                    = var.tags
}

resource "aws_kms_alias" "functions" {
  name          = local.names.functions_key
  target_key_id = aws_kms_key.functions.key_id
}

# --- vault bucket --------------------------------------------------------------------------

resource "aws_s3_bucket" "vault" {
  #checkov:skip=CKV_AWS_18:Every object-level call on the vault is recorded by its CloudTrail trail (data events), which server access logs would duplicate
  #checkov:skip=CKV_AWS_144:Cross-region replication would copy originals to a second Region; the vault keeps customer data in the Region the operator chose
  #checkov:skip=CKV2_AWS_62:Nothing reacts to vault writes; the trail records them
  bucket              = local.names.vault_bucket
  object_lock_enabled = var.object_lock.enabled
  tags                = var.tags
}

resource "aws_s3_bucket_versioning" "vault" {
  bucket = aws_s3_bucket.vault.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "vault" {
  bucket                  = aws_s3_bucket.vault.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "vault" {
  bucket = aws_s3_bucket.vault.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# Bucket Keys off: each object's KMS call names the object in the encryption context, so
# the key policy can scope decryption to vault objects and CloudTrail logs each one.
resource "aws_s3_bucket_server_side_encryption_configuration" "vault" {
  bucket = aws_s3_bucket.vault.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.vault.arn
    }
    bucket_key_enabled = false
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "vault" {
  bucket = aws_s3_bucket.vault.id

  rule {
    id     = "expire-noncurrent-versions"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_expiration_days
    }

    expiration {
      expired_object_delete_marker = true
    }
  }

  rule {
    id     = "abort-incomplete-multipart-uploads"
    status = "Enabled"

    filter {}

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  depends_on = [aws_s3_bucket_versioning.vault]
}

resource "aws_s3_bucket_object_lock_configuration" "vault" {
  count = var.object_lock.enabled ? 1 : 0

  bucket = aws_s3_bucket.vault.id

  rule {
    default_retention {
      mode = var.object_lock.mode
      days = var.object_lock.retention_days
    }
  }

  depends_on = [aws_s3_bucket_versioning.vault]
}

resource "aws_s3_bucket_policy" "vault" {
  bucket = aws_s3_bucket.vault.id
  policy = module.policies.vault_bucket_policy_json

  depends_on = [aws_s3_bucket_public_access_block.vault]
}

# --- audit trail ---------------------------------------------------------------------------

resource "aws_s3_bucket" "trail_logs" {
  #checkov:skip=CKV_AWS_18:This bucket only receives CloudTrail log files; logging access to the access logs would recurse
  #checkov:skip=CKV_AWS_144:Cross-region replication would move audit data out of the operator's Region
  #checkov:skip=CKV2_AWS_62:Nothing reacts to new log files
  bucket = local.names.log_bucket
  tags   = var.tags
}

resource "aws_s3_bucket_versioning" "trail_logs" {
  bucket = aws_s3_bucket.trail_logs.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "trail_logs" {
  bucket                  = aws_s3_bucket.trail_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "trail_logs" {
  bucket = aws_s3_bucket.trail_logs.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "trail_logs" {
  bucket = aws_s3_bucket.trail_logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.vault.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "trail_logs" {
  bucket = aws_s3_bucket.trail_logs.id

  rule {
    id     = "expire-trail-logs"
    status = "Enabled"

    filter {}

    expiration {
      days = var.trail_log_retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  rule {
    id     = "abort-incomplete-multipart-uploads"
    status = "Enabled"

    filter {}

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  depends_on = [aws_s3_bucket_versioning.trail_logs]
}

resource "aws_s3_bucket_policy" "trail_logs" {
  bucket = aws_s3_bucket.trail_logs.id
  policy = module.policies.log_bucket_policy_json

  depends_on = [aws_s3_bucket_public_access_block.trail_logs]
}

resource "aws_cloudtrail" "vault" {
  #checkov:skip=CKV_AWS_67:The trail records data events of one bucket in one Region; the account's own trail covers all Regions
  #checkov:skip=CKV_AWS_252:Log delivery notifications are not needed; the alarms watch the functions and queues
  #checkov:skip=CKV2_AWS_10:Vault reads are reviewed from the log files (Athena); a CloudWatch Logs copy would widen who can see them
  name                          = local.names.trail
  s3_bucket_name                = aws_s3_bucket.trail_logs.id
  kms_key_id                    = aws_kms_key.vault.arn
  enable_log_file_validation    = true
  include_global_service_events = false
  is_multi_region_trail         = false
  tags                          = var.tags

  # Data events of the vault only: every GetObject, PutObject and DeleteObject on it.
  advanced_event_selector {
    name = "Object-level calls on the vault"

    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }

    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }

    # StartsWith with the trailing slash: every object of this bucket, and no other bucket
    # whose name merely starts the same way.
    field_selector {
      field       = "resources.ARN"
      starts_with = ["arn:${local.partition}:s3:::${local.names.vault_bucket}/"]
    }
  }

  depends_on = [aws_s3_bucket_policy.trail_logs]
}

# --- functions -----------------------------------------------------------------------------

# Events that still fail after Lambda's retries; also the dead-letter queues of the
# EventBridge rules that invoke the functions (eventbridge delivery).
resource "aws_sqs_queue" "failures" {
  for_each = local.functions

  name                      = "${each.value}-failures"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
  tags                      = var.tags
}

resource "aws_sqs_queue_policy" "failures" {
  for_each = aws_sqs_queue.failures

  queue_url = each.value.id
  policy    = module.policies.failure_queue_policy_jsons[each.key]
}

module "relocate" {
  source = "../lambda_function"

  name                           = local.names.relocate_function
  description                    = "Moves each new Contact Lens original into the vault and deletes it from the Connect bucket."
  filename                       = "${var.package_dir}/relocate.zip"
  handler                        = "relocate.handler.lambda_handler"
  architecture                   = var.lambda_architecture
  memory_size                    = var.relocation_settings.memory_size
  timeout                        = var.relocation_settings.timeout
  reserved_concurrent_executions = var.relocation_settings.reserved_concurrent_executions
  # The settings class (functions/relocate/settings.py) reads these; tests compare the
  # keys with tests/env/relocate.json.
  environment = {
    SOURCE_BUCKET       = var.source_bucket.name
    VAULT_BUCKET        = aws_s3_bucket.vault.id
    VAULT_KMS_KEY_ID    = aws_kms_key.vault.arn
    CONTACT_LENS_PREFIX = "${var.source_bucket.contact_lens_prefix}Analysis/"
    # CopyObject's own limit; larger objects are copied in parts of 512 MiB.
    MULTIPART_THRESHOLD_BYTES = tostring(5 * 1024 * 1024 * 1024)
    MULTIPART_PART_SIZE_BYTES = tostring(512 * 1024 * 1024)
    # Call recordings are locked down in place, not moved (see the README).
    CALL_RECORDINGS_ENABLED = "false"
    CALL_RECORDINGS_PREFIX  = ""
  }
  powertools = {
    service_name      = local.names.relocate_function
    metrics_namespace = var.metrics_namespace
  }
  log_retention_days = var.log_retention_days
  kms_key_arn        = aws_kms_key.functions.arn
  policy_json        = module.policies.relocation_role_policy_json
  async_invocation = {
    on_failure_destination_arn   = aws_sqs_queue.failures["relocate"].arn
    maximum_retry_attempts       = var.async_invocation.maximum_retry_attempts
    maximum_event_age_in_seconds = var.async_invocation.maximum_event_age_in_seconds
  }
  tags = var.tags
}

module "publish" {
  source = "../lambda_function"
  count  = var.publish.enabled ? 1 : 0

  name         = local.names.publish_function
  description  = "Re-redacts each redacted Contact Lens analysis file into the published prefix."
  filename     = "${var.package_dir}/publish.zip"
  handler      = "publish.handler.lambda_handler"
  architecture = var.lambda_architecture
  memory_size  = 512
  timeout      = 120
  # functions/publish/settings.py; tests compare the keys with tests/env/publish.json.
  environment = merge(var.publish_environment, {
    SOURCE_BUCKET        = var.source_bucket.name
    CONTACT_LENS_PREFIX  = "${var.source_bucket.contact_lens_prefix}Analysis/"
    PUBLISHED_BUCKET     = local.publish_bucket
    PUBLISHED_PREFIX     = var.publish.prefix
    PUBLISHED_KMS_KEY_ID = local.publish_kms_key_arns[0]
    MAX_OBJECT_BYTES     = tostring(50 * 1024 * 1024)
  })
  powertools = {
    service_name      = local.names.publish_function
    metrics_namespace = var.metrics_namespace
  }
  log_retention_days = var.log_retention_days
  kms_key_arn        = aws_kms_key.functions.arn
  policy_json        = module.policies.publish_role_policy_json
  async_invocation = {
    on_failure_destination_arn   = aws_sqs_queue.failures["publish"].arn
    maximum_retry_attempts       = var.async_invocation.maximum_retry_attempts
    maximum_event_age_in_seconds = var.async_invocation.maximum_event_age_in_seconds
  }
  tags = var.tags
}
