# Locks down the originals Contact Lens writes to the existing Amazon Connect bucket.
#
# This module changes a bucket it does not own. Three of its resources REPLACE a whole
# configuration of that bucket: aws_s3_bucket_policy (the bucket policy),
# aws_s3_bucket_server_side_encryption_configuration (default encryption) and
# aws_s3_bucket_notification (event notifications). Read "Locking down Contact Lens
# originals" in the README before the first apply.

data "aws_caller_identity" "this" {}

data "aws_partition" "this" {}

data "aws_region" "this" {}

locals {
  partition  = data.aws_partition.this.partition
  account_id = data.aws_caller_identity.this.account_id
  bucket_arn = "arn:${local.partition}:s3:::${var.bucket_name}"

  # Notification and rule filters. "<channel>/2" (the year) never overlaps
  # "<channel>/Redacted/", so the relocation filter can sit next to a Redacted/ filter.
  relocation_prefixes = { for channel in var.channels : lower(channel) => "${var.contact_lens_prefix}Analysis/${channel}/2" }
  publish_prefixes    = { for channel in var.channels : lower(channel) => "${var.contact_lens_prefix}Analysis/${channel}/Redacted/" }

  functions = {
    for name, function in { relocation = var.relocation_function, publish = var.publish_function } :
    name => function if function != null
  }
  notification_filters = merge(
    {
      for channel, prefix in local.relocation_prefixes : "relocate-${channel}-originals" => {
        function = "relocation", prefix = prefix, suffix = null
      } if var.relocation_function != null
    },
    {
      for channel, prefix in local.publish_prefixes : "publish-${channel}-redacted-analysis" => {
        function = "publish", prefix = prefix, suffix = ".json"
      } if var.publish_function != null
    },
  )
}

module "policies" {
  source = "./policies"

  partition                = local.partition
  account_id               = local.account_id
  region                   = data.aws_region.this.region
  bucket_name              = var.bucket_name
  contact_lens_prefix      = var.contact_lens_prefix
  channels                 = var.channels
  extra_original_prefixes  = var.extra_original_prefixes
  compliance_role_arns     = var.compliance_role_arns
  connect_service_role_arn = var.connect_service_role_arn
  relocation_role_arn      = var.relocation_role_arn
  redacted_reader_arns     = var.redacted_reader_arns
  existing_policy_json     = var.existing_policy_json
}

# Amazon Connect cannot use a key policy we write on the AWS managed aws/connect key, so
# the bucket gets a customer managed key. Connect uses it through a grant its storage
# configuration creates (see the README).
resource "aws_kms_key" "this" {
  description             = "Amazon Connect artifacts in ${var.bucket_name}; originals decrypt only for exempt roles"
  enable_key_rotation     = true
  deletion_window_in_days = var.kms_deletion_window_in_days
  policy                  = module.policies.key_policy_json
  tags                    = var.tags
}

resource "aws_kms_alias" "this" {
  name          = "alias/${var.name_prefix}-contact-lens"
  target_key_id = aws_kms_key.this.key_id
}

# REPLACES the bucket's whole policy: existing statements come in through
# var.existing_policy_json.
resource "aws_s3_bucket_policy" "this" {
  bucket = var.bucket_name
  policy = module.policies.bucket_policy_json
}

# Bucket Keys stay off: with a Bucket Key the encryption context is the bucket ARN, and
# the key policy could no longer tell an original from a redacted file.
resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = var.bucket_name

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.this.arn
    }
    bucket_key_enabled = false
  }
}

# --- event wiring -------------------------------------------------------------

resource "aws_lambda_permission" "s3" {
  for_each = var.event_delivery == "s3_notification" ? local.functions : {}

  statement_id  = "AllowContactLensBucketNotifications"
  action        = "lambda:InvokeFunction"
  function_name = each.value.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = local.bucket_arn
  # A bucket ARN names no account, and a deleted bucket's name can be taken by another one.
  source_account = local.account_id
}

# REPLACES the bucket's whole notification configuration (also in eventbridge mode, where it
# only switches EventBridge on): keep other notifications in additional_lambda_notifications,
# or set bucket_notification_managed = false.
resource "aws_s3_bucket_notification" "this" {
  count = var.bucket_notification_managed && (length(local.functions) > 0 || length(var.additional_lambda_notifications) > 0) ? 1 : 0

  bucket      = var.bucket_name
  eventbridge = var.event_delivery == "eventbridge"

  dynamic "lambda_function" {
    for_each = var.event_delivery == "s3_notification" ? local.notification_filters : {}

    content {
      id                  = lambda_function.key
      lambda_function_arn = local.functions[lambda_function.value.function].function_arn
      events              = ["s3:ObjectCreated:*"]
      filter_prefix       = lambda_function.value.prefix
      filter_suffix       = lambda_function.value.suffix
    }
  }

  dynamic "lambda_function" {
    for_each = var.additional_lambda_notifications

    content {
      id                  = lambda_function.value.id
      lambda_function_arn = lambda_function.value.lambda_function_arn
      events              = lambda_function.value.events
      filter_prefix       = lambda_function.value.filter_prefix
      filter_suffix       = lambda_function.value.filter_suffix
    }
  }

  depends_on = [aws_lambda_permission.s3]
}

resource "aws_cloudwatch_event_rule" "this" {
  for_each = var.event_delivery == "eventbridge" ? local.functions : {}

  name        = "${var.name_prefix}-contact-lens-${each.key}"
  description = each.key == "relocation" ? "New Contact Lens originals in ${var.bucket_name}" : "New redacted Contact Lens analysis files in ${var.bucket_name}"
  event_pattern = jsonencode({
    source        = ["aws.s3"]
    "detail-type" = ["Object Created"]
    detail = {
      bucket = { name = [var.bucket_name] }
      object = {
        key = each.key == "relocation" ? [
          for prefix in values(local.relocation_prefixes) : { prefix = prefix }
          ] : [
          for prefix in values(local.publish_prefixes) : { wildcard = "${prefix}*.json" }
        ]
      }
    }
  })
  tags = var.tags
}

resource "aws_cloudwatch_event_target" "this" {
  for_each = aws_cloudwatch_event_rule.this

  rule = each.value.name
  arn  = local.functions[each.key].function_arn

  retry_policy {
    maximum_event_age_in_seconds = var.eventbridge_retry.maximum_event_age_in_seconds
    maximum_retry_attempts       = var.eventbridge_retry.maximum_retry_attempts
  }

  dead_letter_config {
    arn = local.functions[each.key].dead_letter_queue_arn
  }
}

resource "aws_lambda_permission" "eventbridge" {
  for_each = aws_cloudwatch_event_rule.this

  statement_id  = "AllowContactLensEventBridgeRule"
  action        = "lambda:InvokeFunction"
  function_name = local.functions[each.key].function_name
  principal     = "events.amazonaws.com"
  source_arn    = each.value.arn
}
