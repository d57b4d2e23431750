# Amazon Connect streams chat events to this standard topic (Connect does not stream to
# FIFO); the outbound function subscribes with the filter policy its tests check.

resource "aws_sns_topic" "streaming" {
  name              = local.names.streaming_topic
  kms_master_key_id = aws_kms_key.this.arn
  tags              = var.tags
}

data "aws_iam_policy_document" "streaming_topic" {
  statement {
    # Both conditions: only this account's instance may publish (confused deputy).
    sid       = "ConnectInstancePublishesChatStreaming"
    effect    = "Allow"
    actions   = ["sns:Publish"]
    resources = [local.streaming_topic_arn]

    principals {
      type        = "Service"
      identifiers = ["connect.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [var.connect_instance_arn]
    }
  }
}

resource "aws_sns_topic_policy" "streaming" {
  arn    = aws_sns_topic.streaming.arn
  policy = data.aws_iam_policy_document.streaming_topic.json
}

resource "aws_sns_topic_subscription" "outbound" {
  topic_arn           = aws_sns_topic.streaming.arn
  protocol            = "lambda"
  endpoint            = module.outbound.target_arn
  filter_policy       = var.outbound_filter_policy
  filter_policy_scope = "MessageAttributes"
}

resource "aws_lambda_permission" "streaming_invokes_outbound" {
  statement_id   = "ChatStreamingTopicInvokes"
  action         = "lambda:InvokeFunction"
  function_name  = module.outbound.function_name
  qualifier      = module.outbound.qualifier
  principal      = "sns.amazonaws.com"
  source_arn     = aws_sns_topic.streaming.arn
  source_account = local.account_id
}
