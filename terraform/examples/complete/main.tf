# The Messenger relay in your own configuration: this configuration owns the provider (Region,
# default tags) and composes the capability module, as a team embedding the relay in its
# existing Terraform would. `terraform/` itself is the ready-to-apply root with the same inputs.

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = merge(var.tags, {
      Project     = "connect-privacy"
      Environment = var.environment
      ManagedBy   = "terraform"
    })
  }
}

module "relay" {
  source = "../../modules/messenger_relay"

  name_prefix             = "connect-privacy-${var.environment}"
  connect_instance_arn    = var.connect_instance_arn
  connect_contact_flow_id = var.connect_contact_flow_id
  package_dir             = coalesce(var.package_dir, "${path.module}/../../../build/dist")
  outbound_filter_policy  = file("${path.module}/../../../functions/outbound/filter_policy.json")

  graph_api_version         = var.graph_api_version
  redaction                 = var.redaction
  chat                      = var.chat
  webhook_snapstart_enabled = var.webhook_snapstart_enabled
  alarm_email               = var.alarm_email
  log_retention_days        = var.log_retention_days
}
