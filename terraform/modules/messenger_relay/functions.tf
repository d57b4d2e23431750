# The three functions, each with a policy of exactly what its code calls (see each
# handler's docstring), and their triggers.

locals {
  service_names = {
    webhook  = local.names.webhook_function
    inbound  = local.names.inbound_function
    outbound = local.names.outbound_function
  }

  powertools = {
    for function, service in local.service_names : function => {
      service_name      = service
      metrics_namespace = local.metrics_namespace
      log_level         = var.log_level
    }
  }

  # Each map is what the function's settings class reads (tests/env/<function>.json
  # documents them; tests/infrastructure checks both ways).
  webhook_environment = {
    INBOUND_QUEUE_URL                = aws_sqs_queue.inbound.url
    MESSENGER_SECRET_ID              = aws_secretsmanager_secret.messenger.name
    MESSENGER_SECRET_MAX_AGE_SECONDS = tostring(var.messenger_secret_max_age_seconds)
    MAX_BODY_BYTES                   = tostring(var.webhook_max_body_bytes)
    WEBHOOK_CHANNELS                 = join(",", var.webhook_channels)
  }

  inbound_environment = {
    SESSIONS_TABLE              = aws_dynamodb_table.sessions.name
    IDEMPOTENCY_TABLE           = aws_dynamodb_table.idempotency.name
    IDEMPOTENCY_EXPIRES_SECONDS = tostring(var.idempotency_expires_seconds)
    CONNECT_INSTANCE_ID         = local.instance_id
    CONNECT_CONTACT_FLOW_ID     = var.connect_contact_flow_id
    STREAMING_TOPIC_ARN         = aws_sns_topic.streaming.arn
    CHAT_DURATION_MINUTES       = tostring(var.chat.duration_minutes)
    CUSTOMER_DISPLAY_NAME       = var.chat.customer_display_name
    ATTACHMENT_POLICY           = var.chat.attachment_policy
    # The same number as the queue's redrive maxReceiveCount: the worker knows the last try.
    MAX_RECEIVE_COUNT         = tostring(var.max_receive_count)
    REDACTION_ENGINES         = join(",", var.redaction.engines)
    REDACTION_ENTITY_TYPES    = join(",", sort(coalesce(var.redaction.entity_types, local.entity_types.default)))
    REDACTION_MASK_MODE       = var.redaction.mask_mode
    REDACTION_LANGUAGE        = var.redaction.language
    REDACTION_MIN_SCORE       = tostring(var.redaction.min_score)
    REDACTION_FAILURE_POLICY  = var.redaction.failure_policy
    REDACTION_CUSTOM_PATTERNS = jsonencode(var.redaction.custom_patterns)
    REDACTION_PHONE_REGIONS   = join(",", var.redaction.phone_regions)
    # Empty unless the operator accepts a gap; the function refuses to start otherwise.
    REDACTION_ALLOW_UNDETECTED_TYPES = join(",", sort(var.redaction.allow_undetected_types))
  }

  outbound_environment = {
    SESSIONS_TABLE                   = aws_dynamodb_table.sessions.name
    IDEMPOTENCY_TABLE                = aws_dynamodb_table.idempotency.name
    MESSENGER_SECRET_ID              = aws_secretsmanager_secret.messenger.name
    MESSENGER_SECRET_MAX_AGE_SECONDS = tostring(var.messenger_secret_max_age_seconds)
    GRAPH_API_VERSION                = var.graph_api_version
    GRAPH_API_BASE_URL               = var.graph_api_base_url
    INSTAGRAM_GRAPH_API_BASE_URL     = var.instagram_graph_api_base_url
    HUMAN_AGENT_TAG_ENABLED          = tostring(var.outbound_messages.human_agent_tag_enabled)
    PARTICIPANT_NOTICES_ENABLED      = tostring(var.outbound_messages.participant_notices_enabled)
    PARTICIPANT_JOINED_NOTICE        = var.outbound_messages.joined_notice
    PARTICIPANT_LEFT_NOTICE          = var.outbound_messages.left_notice
    CLOSING_MESSAGE                  = var.outbound_messages.closing_message
    ATTACHMENT_NOTICE                = var.outbound_messages.attachment_notice
    AGENT_QUESTIONS_AWAIT_ANSWERS    = tostring(var.redaction.read_agent_questions)
  }

  kms_via = {
    sqs            = "sqs.${local.region}.amazonaws.com"
    dynamodb       = "dynamodb.${local.region}.amazonaws.com"
    secretsmanager = "secretsmanager.${local.region}.amazonaws.com"
  }
}

# --- webhook: verify, check the signature, enqueue. No Comprehend, no Connect. ----------

data "aws_iam_policy_document" "webhook" {
  statement {
    sid       = "EnqueueToInboundQueue"
    effect    = "Allow"
    actions   = ["sqs:SendMessage"]
    resources = [local.arns.inbound_queue]
  }

  statement {
    sid       = "ReadMessengerSecret"
    effect    = "Allow"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [local.arns.secret]
  }

  statement {
    sid       = "UseRelayKeyForQueueAndSecret"
    effect    = "Allow"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = [aws_kms_key.this.arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.kms_via.sqs, local.kms_via.secretsmanager]
    }
  }
}

module "webhook" {
  source = "../lambda_function"

  name         = local.names.webhook_function
  description  = "Messenger webhook: verifies Meta's handshake and signatures, enqueues messages."
  filename     = "${var.package_dir}/webhook.zip"
  handler      = "webhook.handler.lambda_handler"
  architecture = var.lambda_architecture
  # More memory is more CPU: the cold start, not the work, decides Meta's 5-second answer.
  memory_size = 512
  timeout     = 10
  # Not reserved: it only enqueues, protects no downstream quota, and must never be throttled.
  reserved_concurrent_executions = -1
  snapstart_enabled              = var.webhook_snapstart_enabled
  environment                    = local.webhook_environment
  powertools                     = local.powertools.webhook
  log_retention_days             = var.log_retention_days
  kms_key_arn                    = aws_kms_key.this.arn
  policy_json                    = data.aws_iam_policy_document.webhook.json
  tags                           = var.tags
}

# --- inbound: FIFO records -> redaction -> Connect chat. ----------------------------------

data "aws_iam_policy_document" "inbound" {
  statement {
    sid       = "ConsumeInboundQueue"
    effect    = "Allow"
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
    resources = [local.arns.inbound_queue]
  }

  statement {
    # DetectPiiEntities supports no resource-level permissions.
    sid       = "DetectPii"
    effect    = "Allow"
    actions   = ["comprehend:DetectPiiEntities"]
    resources = ["*"]
  }

  # Screening customer files (chat.attachment_policy = "screen"): text detection on the
  # image bytes the worker sends; neither action supports resource-level permissions. The
  # Connect attachment calls (StartAttachmentUpload, CompleteAttachmentUpload) are
  # participant-service calls authorised by the ConnectionToken, not by IAM.
  dynamic "statement" {
    for_each = var.chat.attachment_policy == "screen" ? [1] : []
    content {
      sid       = "ReadTextInCustomerFiles"
      effect    = "Allow"
      actions   = ["rekognition:DetectText", "textract:DetectDocumentText"]
      resources = ["*"]
    }
  }

  statement {
    sid       = "StartChatInContactFlow"
    effect    = "Allow"
    actions   = ["connect:StartChatContact"]
    resources = [local.contact_flow_arn]
  }

  statement {
    sid       = "StreamChatToTopic"
    effect    = "Allow"
    actions   = ["connect:StartContactStreaming"]
    resources = ["${var.connect_instance_arn}/contact/*"]
  }

  statement {
    sid       = "TrackChatSessions"
    effect    = "Allow"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"]
    resources = [local.arns.sessions_table]
  }

  statement {
    sid       = "RecordIdempotency"
    effect    = "Allow"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]
    resources = [local.arns.idempotency_table]
  }

  statement {
    sid       = "UseRelayKeyForQueueAndTables"
    effect    = "Allow"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = [aws_kms_key.this.arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.kms_via.sqs, local.kms_via.dynamodb]
    }
  }
}

module "inbound" {
  source = "../lambda_function"

  name         = local.names.inbound_function
  description  = "Inbound relay: redacts each queued Messenger message and relays it to an Amazon Connect chat."
  filename     = "${var.package_dir}/inbound.zip"
  handler      = "inbound.handler.lambda_handler"
  architecture = var.lambda_architecture
  memory_size  = 512
  timeout      = local.inbound_timeout_seconds
  # Caps concurrent Comprehend and Connect calls (per-account quotas).
  reserved_concurrent_executions = var.inbound_concurrency
  environment                    = local.inbound_environment
  powertools                     = local.powertools.inbound
  log_retention_days             = var.log_retention_days
  kms_key_arn                    = aws_kms_key.this.arn
  policy_json                    = data.aws_iam_policy_document.inbound.json
  tags                           = var.tags
}

resource "aws_lambda_event_source_mapping" "inbound" {
  event_source_arn = aws_sqs_queue.inbound.arn
  function_name    = module.inbound.target_arn
  batch_size       = 10
  # The handler returns the failed records (SqsFifoPartialProcessor); only those are retried.
  function_response_types = ["ReportBatchItemFailures"]

  scaling_config {
    maximum_concurrency = var.inbound_concurrency
  }
}

# --- outbound: Connect chat streaming -> Messenger Send API. -------------------------------

data "aws_iam_policy_document" "outbound" {
  statement {
    sid       = "FindChatByContactId"
    effect    = "Allow"
    actions   = ["dynamodb:Query"]
    resources = ["${local.arns.sessions_table}/index/contact_id-index"]
  }

  statement {
    # GetItem reads the value an agent last asked for, awaited anew when asked for again.
    sid       = "ReadAndUpdateChatSession"
    effect    = "Allow"
    actions   = ["dynamodb:GetItem", "dynamodb:UpdateItem"]
    resources = [local.arns.sessions_table]
  }

  statement {
    sid       = "RecordIdempotency"
    effect    = "Allow"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]
    resources = [local.arns.idempotency_table]
  }

  statement {
    sid       = "ReadMessengerSecret"
    effect    = "Allow"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [local.arns.secret]
  }

  statement {
    # Tables and secret, and the on-failure queue Lambda writes to with this role.
    sid       = "UseRelayKeyForTablesSecretAndDeadLetters"
    effect    = "Allow"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = [aws_kms_key.this.arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.kms_via.dynamodb, local.kms_via.secretsmanager, local.kms_via.sqs]
    }
  }
}

module "outbound" {
  source = "../lambda_function"

  name         = local.names.outbound_function
  description  = "Outbound relay: Amazon Connect chat streaming to the customer on Messenger."
  filename     = "${var.package_dir}/outbound.zip"
  handler      = "outbound.handler.lambda_handler"
  architecture = var.lambda_architecture
  memory_size  = 256
  # Bounds the Graph API backoff budget (remaining time minus a margin).
  timeout = 30
  # Caps concurrent Send API calls; SNS and Lambda retry what is throttled.
  reserved_concurrent_executions = var.outbound_concurrency
  environment                    = local.outbound_environment
  powertools                     = local.powertools.outbound
  log_retention_days             = var.log_retention_days
  kms_key_arn                    = aws_kms_key.this.arn
  policy_json                    = data.aws_iam_policy_document.outbound.json
  tags                           = var.tags

  async_invocation = {
    on_failure_destination_arn   = aws_sqs_queue.outbound_dlq.arn
    maximum_retry_attempts       = 2
    maximum_event_age_in_seconds = 3600
  }
}
