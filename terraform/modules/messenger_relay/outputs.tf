output "webhook_callback_url" {
  description = "Callback URL to paste into the Meta app dashboard (Messenger > Webhooks)."
  value       = "${aws_apigatewayv2_stage.this.invoke_url}${trimprefix(local.webhook_route, "/")}"
}

output "messenger_secret_arn" {
  description = "ARN of the Secrets Manager secret holding Meta's credentials (no value until you put one)."
  value       = aws_secretsmanager_secret.messenger.arn
}

output "put_secret_command" {
  description = "The one command that stores Meta's credentials, read from a local JSON file so they reach neither Terraform state nor shell history."
  value       = "aws secretsmanager put-secret-value --region ${local.region} --secret-id ${aws_secretsmanager_secret.messenger.arn} --secret-string file://messenger-secret.json"
}

output "streaming_topic_arn" {
  description = "ARN of the chat streaming SNS topic the inbound function attaches to each chat."
  value       = aws_sns_topic.streaming.arn
}

output "inbound_queue_url" {
  description = "URL of the inbound FIFO queue."
  value       = aws_sqs_queue.inbound.url
}

output "inbound_dlq_url" {
  description = "URL of the inbound dead-letter queue (messages that failed max_receive_count times)."
  value       = aws_sqs_queue.inbound_dlq.url
}

output "outbound_dlq_url" {
  description = "URL of the outbound on-failure queue (agent messages Lambda could not deliver)."
  value       = aws_sqs_queue.outbound_dlq.url
}

output "kms_key_arn" {
  description = "ARN of the relay's customer-managed KMS key."
  value       = aws_kms_key.this.arn
}

output "sessions_table_name" {
  description = "Name of the chat sessions table."
  value       = aws_dynamodb_table.sessions.name
}

output "idempotency_table_name" {
  description = "Name of the idempotency table."
  value       = aws_dynamodb_table.idempotency.name
}

output "function_names" {
  description = "Lambda function names by role: webhook, inbound, outbound."
  value       = local.function_names
}

output "function_environments" {
  description = "Each function's deployed environment, for comparison with tests/env/<function>.json."
  value = {
    webhook  = module.webhook.environment
    inbound  = module.inbound.environment
    outbound = module.outbound.environment
  }
}

output "dashboard_name" {
  description = "Name of the CloudWatch dashboard."
  value       = aws_cloudwatch_dashboard.this.dashboard_name
}

output "stateful_resources" {
  description = "Names and key attributes of the relay's queues, tables, topic, secret and key, read from the resources themselves; `make demo` describes the same in demo/stack.json, and terraform/tests/contact_lens.tftest.hcl holds the two equal."
  value = {
    kms_alias = aws_kms_alias.this.name
    queues = {
      for key, queue in {
        inbound      = aws_sqs_queue.inbound
        inbound_dlq  = aws_sqs_queue.inbound_dlq
        outbound_dlq = aws_sqs_queue.outbound_dlq
        } : key => {
        name                       = queue.name
        fifo                       = coalesce(queue.fifo_queue, false)
        message_retention_seconds  = queue.message_retention_seconds
        visibility_timeout_seconds = queue.visibility_timeout_seconds
      }
    }
    inbound_max_receive_count = jsondecode(aws_sqs_queue.inbound.redrive_policy).maxReceiveCount
    tables = {
      for key, table in {
        sessions    = aws_dynamodb_table.sessions
        idempotency = aws_dynamodb_table.idempotency
        } : key => {
        name                   = table.name
        hash_key               = table.hash_key
        ttl_attribute          = one(table.ttl[*].attribute_name)
        point_in_time_recovery = one(table.point_in_time_recovery[*].enabled)
        indexes                = sort([for index in table.global_secondary_index : index.name])
      }
    }
    streaming_topic = aws_sns_topic.streaming.name
    secret          = aws_secretsmanager_secret.messenger.name
  }
}
