locals {
  # arn:<partition>:connect:<region>:<account>:instance/<id>: the relay lives next to the
  # instance, so its partition, Region and account come from the ARN (no data sources).
  instance_arn_parts = split(":", var.connect_instance_arn)
  partition          = local.instance_arn_parts[1]
  region             = local.instance_arn_parts[3]
  account_id         = local.instance_arn_parts[4]
  instance_id        = split("/", local.instance_arn_parts[5])[1]
  contact_flow_arn   = "${var.connect_instance_arn}/contact-flow/${var.connect_contact_flow_id}"

  names = {
    key                 = "alias/${var.name_prefix}-relay"
    inbound_queue       = "${var.name_prefix}-inbound.fifo"
    inbound_dlq         = "${var.name_prefix}-inbound-dlq.fifo"
    outbound_dlq        = "${var.name_prefix}-outbound-dlq"
    sessions_table      = "${var.name_prefix}-sessions"
    idempotency_table   = "${var.name_prefix}-idempotency"
    streaming_topic     = "${var.name_prefix}-chat"
    alarm_topic         = "${var.name_prefix}-alarms"
    secret              = "${var.name_prefix}/messenger"
    api                 = "${var.name_prefix}-webhook"
    api_access_logs     = "/aws/apigateway/${var.name_prefix}-webhook"
    dashboard           = "${var.name_prefix}-relay"
    webhook_function    = "${var.name_prefix}-webhook"
    inbound_function    = "${var.name_prefix}-inbound"
    outbound_function   = "${var.name_prefix}-outbound"
    function_log_groups = "/aws/lambda/${var.name_prefix}-*"
  }

  # Built from names, not resource attributes, where a key policy needs them: the key
  # encrypts these resources, so referring to their attributes would be a cycle.
  streaming_topic_arn = "arn:${local.partition}:sns:${local.region}:${local.account_id}:${local.names.streaming_topic}"
  alarm_topic_arn     = "arn:${local.partition}:sns:${local.region}:${local.account_id}:${local.names.alarm_topic}"

  # The ARNs policies name, built from the names so that every statement can be checked in
  # a plan. Secrets Manager appends six random characters to a secret's ARN.
  arns = {
    inbound_queue     = "arn:${local.partition}:sqs:${local.region}:${local.account_id}:${local.names.inbound_queue}"
    outbound_dlq      = "arn:${local.partition}:sqs:${local.region}:${local.account_id}:${local.names.outbound_dlq}"
    sessions_table    = "arn:${local.partition}:dynamodb:${local.region}:${local.account_id}:table/${local.names.sessions_table}"
    idempotency_table = "arn:${local.partition}:dynamodb:${local.region}:${local.account_id}:table/${local.names.idempotency_table}"
    secret            = "arn:${local.partition}:secretsmanager:${local.region}:${local.account_id}:secret:${local.names.secret}-??????"
  }

  metrics_namespace = "ConnectPrivacyRelay"
  webhook_route     = "/webhook/messenger"

  entity_types = jsondecode(file("${path.module}/comprehend_entity_types.json"))
}
