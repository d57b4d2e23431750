# Alarms for what needs a person: messages parked in a dead-letter queue, a backlog, function
# errors and throttles, and redaction running degraded (fallback) or withholding messages.

locals {
  alarm_actions = compact([
    one(aws_sns_topic.alarms[*].arn),
    var.alarm_topic_arn,
  ])

  queue_alarms = {
    inbound-dlq-not-empty = {
      description = "Inbound messages failed ${var.max_receive_count} times and wait in the dead-letter queue: inspect, fix, then redrive them."
      metric      = "ApproximateNumberOfMessagesVisible"
      queue       = aws_sqs_queue.inbound_dlq.name
      threshold   = 0
    }
    outbound-dlq-not-empty = {
      description = "Agent messages could not be delivered to Messenger after Lambda's retries and wait in the dead-letter queue."
      metric      = "ApproximateNumberOfMessagesVisible"
      queue       = aws_sqs_queue.outbound_dlq.name
      threshold   = 0
    }
    inbound-queue-backlog = {
      description = "The oldest inbound message has waited over 5 minutes: customers' messages are delayed."
      metric      = "ApproximateAgeOfOldestMessage"
      queue       = aws_sqs_queue.inbound.name
      threshold   = 300
    }
  }

  function_names = {
    webhook  = module.webhook.function_name
    inbound  = module.inbound.function_name
    outbound = module.outbound.function_name
  }

  function_alarms = merge(
    { for f, name in local.function_names : "${f}-errors" => { function = name, metric = "Errors", description = "The ${f} function failed invocations." } },
    { for f, name in local.function_names : "${f}-throttles" => { function = name, metric = "Throttles", description = "The ${f} function was throttled (reserved or account concurrency)." } },
  )

  relay_alarms = {
    redaction-comprehend-fallback = {
      description = "Comprehend failed and messages were redacted by the offline detectors only (REDACTION_FAILURE_POLICY=patterns_only)."
      metric      = "RedactionComprehendFallback"
      service     = local.service_names.inbound
    }
    messages-withheld = {
      description = "Customer messages were withheld from the agent because they could not be redacted safely."
      metric      = "MessagesWithheld"
      service     = local.service_names.inbound
    }
    webhook-enqueue-failed = {
      description = "The webhook could not enqueue Meta's notifications and answered 500 (Meta retries, then disables the webhook after an hour)."
      metric      = "EnqueueFailed"
      service     = local.service_names.webhook
    }
  }
}

resource "aws_sns_topic" "alarms" {
  count = var.alarm_email == null ? 0 : 1

  name              = local.names.alarm_topic
  kms_master_key_id = aws_kms_key.this.arn
  tags              = var.tags
}

resource "aws_sns_topic_subscription" "alarm_email" {
  count = var.alarm_email == null ? 0 : 1

  topic_arn = aws_sns_topic.alarms[0].arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

resource "aws_cloudwatch_metric_alarm" "queue" {
  for_each = local.queue_alarms

  alarm_name          = "${var.name_prefix}-${each.key}"
  alarm_description   = each.value.description
  namespace           = "AWS/SQS"
  metric_name         = each.value.metric
  dimensions          = { QueueName = each.value.queue }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "function" {
  for_each = local.function_alarms

  alarm_name          = "${var.name_prefix}-${each.key}"
  alarm_description   = each.value.description
  namespace           = "AWS/Lambda"
  metric_name         = each.value.metric
  dimensions          = { FunctionName = each.value.function }
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

resource "aws_cloudwatch_metric_alarm" "relay" {
  for_each = local.relay_alarms

  alarm_name        = "${var.name_prefix}-${each.key}"
  alarm_description = each.value.description
  namespace         = local.metrics_namespace
  metric_name       = each.value.metric
  # Powertools Metrics adds the service dimension (POWERTOOLS_SERVICE_NAME) to every metric.
  dimensions          = { service = each.value.service }
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
