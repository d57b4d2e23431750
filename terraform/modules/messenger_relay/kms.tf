# One customer-managed key for everything of the relay that holds customer data or its
# metadata: the inbound queue carries unredacted text until the worker redacts it.

data "aws_iam_policy_document" "key" {
  #checkov:skip=CKV_AWS_111:A key policy's resource "*" means this key only; the account statement delegates to IAM, as AWS's default key policy does.
  #checkov:skip=CKV_AWS_356:A key policy's resource "*" means this key only; it cannot name the key's own ARN before the key exists.
  #checkov:skip=CKV_AWS_109:Delegating key administration to the account's IAM policies is AWS's default key policy; without it the key becomes unmanageable.
  statement {
    # Without it no IAM policy in the account could grant use of the key.
    sid       = "AccountManagesKeyThroughIam"
    effect    = "Allow"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  statement {
    sid       = "CloudWatchLogsEncryptsRelayLogGroups"
    effect    = "Allow"
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["logs.${local.region}.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values = [
        "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:${local.names.function_log_groups}",
        "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:${local.names.api_access_logs}",
      ]
    }
  }

  statement {
    # Connect publishes chat streaming to the encrypted topic; SNS names the topic in the
    # encryption context, so the grant covers this one topic only.
    sid       = "ConnectPublishesToStreamingTopic"
    effect    = "Allow"
    actions   = ["kms:GenerateDataKey*", "kms:Decrypt"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["connect.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:EncryptionContext:aws:sns:topicArn"
      values   = [local.streaming_topic_arn]
    }
  }

  statement {
    sid       = "CloudWatchAlarmsPublishToAlarmTopic"
    effect    = "Allow"
    actions   = ["kms:GenerateDataKey*", "kms:Decrypt"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:EncryptionContext:aws:sns:topicArn"
      values   = [local.alarm_topic_arn]
    }
  }
}

resource "aws_kms_key" "this" {
  description             = "Connect Privacy Relay ${var.name_prefix}: queue, tables, topics, secret and logs."
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.key.json
  tags                    = var.tags
}

resource "aws_kms_alias" "this" {
  name          = local.names.key
  target_key_id = aws_kms_key.this.key_id
}
