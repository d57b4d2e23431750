locals {
  alarm_actions = var.alarm_topic_arn == null ? [] : [var.alarm_topic_arn]

  # Metrics the functions emit (Powertools, dimension "service" = the function name) that
  # need a person: connect_privacy.vault.relocation.ALARM_METRICS, plus every failed move
  # and every publish that failed or was blocked.
  vault_alarms = merge(
    {
      for metric, description in {
        RelocationFailed    = "An original could not be moved into the vault; it is still in the Connect bucket and the event goes to the relocate failure queue after Lambda's retries."
        VerificationFailed  = "A vault copy did not match its original (size, checksum or source); the original was kept."
        DestinationConflict = "The vault already holds a different object under an original's key; the original was kept."
        OriginalMissing     = "An original was neither in the Connect bucket nor in the vault: investigate before anything else is deleted."
      } : "relocate-${metric}" => { function = "relocate", metric = metric, description = description }
    },
    {
      for metric, description in {
        PublishFailed  = "A redacted analysis file could not be published; the event goes to the publish failure queue after Lambda's retries."
        PublishBlocked = "A redacted analysis file was withheld from publishing (see the function's logs)."
      } : "publish-${metric}" => { function = "publish", metric = metric, description = description }
      if var.publish.enabled
    },
  )
}

resource "aws_cloudwatch_metric_alarm" "failure_queue" {
  for_each = aws_sqs_queue.failures

  alarm_name          = "${each.value.name}-depth"
  alarm_description   = "Events the ${each.key} function failed on after all retries; redrive them once the cause is fixed."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = each.value.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "function_errors" {
  for_each = local.functions

  alarm_name          = "${each.value}-errors"
  alarm_description   = "The ${each.key} function failed; Lambda retries, then sends the event to its failure queue."
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = each.value }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags

  depends_on = [module.relocate, module.publish]
}

resource "aws_cloudwatch_metric_alarm" "vault" {
  for_each = local.vault_alarms

  alarm_name          = "${var.name_prefix}-${each.key}"
  alarm_description   = each.value.description
  namespace           = var.metrics_namespace
  metric_name         = each.value.metric
  dimensions          = { service = local.functions[each.value.function] }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}
