# The inbound FIFO queue between the webhook and the worker, its dead-letter queue, and the
# outbound function's on-failure queue. All encrypted with the relay's key.

locals {
  inbound_timeout_seconds = 60
}

resource "aws_sqs_queue" "inbound_dlq" {
  name                              = local.names.inbound_dlq
  fifo_queue                        = true
  message_retention_seconds         = 1209600
  kms_master_key_id                 = aws_kms_key.this.arn
  kms_data_key_reuse_period_seconds = 300
  tags                              = var.tags
}

resource "aws_sqs_queue" "inbound" {
  name       = local.names.inbound_queue
  fifo_queue = true
  # The webhook sets MessageDeduplicationId from Meta's mid; per-group throughput keeps
  # every customer (message group) in order without a queue-wide limit.
  content_based_deduplication = false
  deduplication_scope         = "messageGroup"
  fifo_throughput_limit       = "perMessageGroupId"
  # AWS's rule for Lambda event sources: at least six times the function's timeout.
  visibility_timeout_seconds        = 6 * local.inbound_timeout_seconds
  message_retention_seconds         = 345600
  kms_master_key_id                 = aws_kms_key.this.arn
  kms_data_key_reuse_period_seconds = 300

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.inbound_dlq.arn
    maxReceiveCount     = var.max_receive_count
  })

  tags = var.tags
}

resource "aws_sqs_queue_redrive_allow_policy" "inbound_dlq" {
  queue_url = aws_sqs_queue.inbound_dlq.id

  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.inbound.arn]
  })
}

resource "aws_sqs_queue" "outbound_dlq" {
  name                              = local.names.outbound_dlq
  message_retention_seconds         = 1209600
  kms_master_key_id                 = aws_kms_key.this.arn
  kms_data_key_reuse_period_seconds = 300
  tags                              = var.tags
}
