# The relay's own metrics for the people who run it; the names are the ones the code counts.

locals {

  graph_outcomes = ["Sent", "OutsideWindow", "PermanentError", "UnknownContact", "UnsupportedContent", "SessionEnded", "Duplicate"]

  # Every type the inbound function can mask (the configured entity types and the custom
  # patterns' names), each counted by the redactor as RedactedEntities_<TYPE>; graphs of at
  # most 100 metrics, CloudWatch's limit for one graph.
  redacted_entity_types = sort(distinct(concat(coalesce(var.redaction.entity_types, local.entity_types.default), keys(var.redaction.custom_patterns))))
  redacted_by_type_widgets = [
    for i, types in chunklist(local.redacted_entity_types, 100) : {
      title   = "Entities redacted by type${length(local.redacted_entity_types) > 100 ? " (${i + 1})" : ""}"
      metrics = [for t in types : [local.metrics_namespace, "RedactedEntities_${t}", "service", local.service_names.inbound]]
      stat    = "Sum"
    }
  ]

  dashboard_widgets = concat([
    {
      title   = "Messages relayed"
      metrics = [for m in [["webhook", "MessagesEnqueued"], ["inbound", "MessagesRelayed"], ["inbound", "ChatsStarted"], ["outbound", "OutboundGraphMessages"]] : [local.metrics_namespace, m[1], "service", local.service_names[m[0]]]]
      stat    = "Sum"
    },
    {
      title   = "Entities redacted"
      metrics = [[local.metrics_namespace, "RedactedEntities", "service", local.service_names.inbound]]
      stat    = "Sum"
    },
    {
      title   = "Redaction fallbacks and withheld messages"
      metrics = [for m in ["RedactionComprehendFallback", "RedactionBlocked", "RedactionCustomPatternTimeout", "MessagesWithheld"] : [local.metrics_namespace, m, "service", local.service_names.inbound]]
      stat    = "Sum"
    },
    {
      title   = "Graph API outcomes"
      metrics = concat([for o in local.graph_outcomes : [local.metrics_namespace, "Outbound${o}", "service", local.service_names.outbound]], [[local.metrics_namespace, "GraphApiRetries", "service", local.service_names.outbound]])
      stat    = "Sum"
    },
    {
      title = "Inbound queue age (s) and dead-letter queues"
      metrics = [
        ["AWS/SQS", "ApproximateAgeOfOldestMessage", "QueueName", aws_sqs_queue.inbound.name],
        ["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", aws_sqs_queue.inbound_dlq.name],
        ["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", aws_sqs_queue.outbound_dlq.name],
      ]
      stat = "Maximum"
    },
    {
      title   = "Webhook rejections and failures"
      metrics = [for m in ["WebhookRejected400", "WebhookRejected403", "WebhookRejected404", "WebhookSignatureRejected", "SecretUnavailable", "EnqueueFailed"] : [local.metrics_namespace, m, "service", local.service_names.webhook]]
      stat    = "Sum"
    },
    {
      title   = "Function errors and throttles"
      metrics = concat([for f, name in local.function_names : ["AWS/Lambda", "Errors", "FunctionName", name]], [for f, name in local.function_names : ["AWS/Lambda", "Throttles", "FunctionName", name]])
      stat    = "Sum"
    },
    {
      title   = "Function duration p99 (ms)"
      metrics = [for f, name in local.function_names : ["AWS/Lambda", "Duration", "FunctionName", name]]
      stat    = "p99"
    },
  ], local.redacted_by_type_widgets)
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = local.names.dashboard
  dashboard_body = jsonencode({
    widgets = [
      for i, w in local.dashboard_widgets : {
        type   = "metric"
        x      = (i % 2) * 12
        y      = floor(i / 2) * 6
        width  = 12
        height = 6
        properties = {
          title   = w.title
          metrics = w.metrics
          stat    = w.stat
          period  = 300
          region  = local.region
          view    = "timeSeries"
        }
      }
    ]
  })
}
