locals {
  name = "${var.project}-${var.environment}"

  # The fixed tags come last so that var.tags cannot override them.
  tags = merge(var.tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  })

  # Read from the files the code's tests check, rather than re-typed here.
  entity_type_lists      = jsondecode(file("${path.module}/modules/messenger_relay/comprehend_entity_types.json"))
  known_entity_types     = local.entity_type_lists.known
  outbound_filter_policy = file("${path.module}/../functions/outbound/filter_policy.json")
  package_dir            = coalesce(var.package_dir, "${path.module}/../build/dist")
}

data "aws_caller_identity" "this" {}

data "aws_partition" "this" {}

# The Messenger -> Amazon Connect relay: webhook API, queues, tables, streaming topic,
# secret, the three functions, alarms and dashboard.
module "relay" {
  source = "./modules/messenger_relay"

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
