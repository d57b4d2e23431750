locals {
  log_group_name = "/aws/lambda/${var.name}"

  # Powertools reads these at import time; they are part of the function's documented
  # configuration (tests/env/<function>.json), like the settings class's own variables.
  environment = merge(var.environment, {
    POWERTOOLS_SERVICE_NAME      = var.powertools.service_name
    POWERTOOLS_METRICS_NAMESPACE = var.powertools.metrics_namespace
    POWERTOOLS_LOG_LEVEL         = var.powertools.log_level
  })

  on_failure_destination_arn = try(var.async_invocation.on_failure_destination_arn, null)
  on_failure_service         = local.on_failure_destination_arn == null ? null : split(":", local.on_failure_destination_arn)[2]
}

resource "aws_cloudwatch_log_group" "this" {
  name              = local.log_group_name
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
  tags              = var.tags
}

data "aws_iam_policy_document" "assume_role" {
  statement {
    sid     = "LambdaAssumesRole"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.name
  description        = "Execution role of the ${var.name} Lambda function."
  assume_role_policy = data.aws_iam_policy_document.assume_role.json
  tags               = var.tags
}

# What every function needs to run: its own log group, X-Ray, its environment key, and the
# on-failure destination (Lambda sends failed events with the function's role).
data "aws_iam_policy_document" "runtime" {
  statement {
    sid       = "WriteOwnLogs"
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }

  statement {
    # X-Ray's PutTraceSegments and PutTelemetryRecords support no resource-level permissions.
    sid       = "WriteTraces"
    effect    = "Allow"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]
    resources = ["*"]
  }

  statement {
    sid       = "DecryptEnvironment"
    effect    = "Allow"
    actions   = ["kms:Decrypt"]
    resources = [var.kms_key_arn]
  }

  dynamic "statement" {
    for_each = local.on_failure_destination_arn == null ? [] : [local.on_failure_destination_arn]
    content {
      sid       = "SendFailedEventsToDestination"
      effect    = "Allow"
      actions   = [local.on_failure_service == "sqs" ? "sqs:SendMessage" : "sns:Publish"]
      resources = [statement.value]
    }
  }
}

resource "aws_iam_role_policy" "runtime" {
  name   = "runtime"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.runtime.json
}

resource "aws_iam_role_policy" "code" {
  name   = "code"
  role   = aws_iam_role.this.id
  policy = var.policy_json
}

resource "aws_lambda_function" "this" {
  #checkov:skip=CKV_AWS_116:Failed events are kept elsewhere by trigger: SQS redrive to a DLQ (event source mapping), an on-failure destination (async), or the caller's retry (HTTP API).
  #checkov:skip=CKV_AWS_117:The function calls only public AWS and Meta endpoints; a VPC would add NAT cost and cold-start time without narrowing what it can reach.
  #checkov:skip=CKV_AWS_272:Code signing needs an AWS Signer profile the deploying team owns; the zips are byte-reproducible and their SHA-256 is the source_code_hash instead.
  function_name                  = var.name
  description                    = var.description
  role                           = aws_iam_role.this.arn
  filename                       = var.filename
  source_code_hash               = fileexists(var.filename) ? filebase64sha256(var.filename) : null
  handler                        = var.handler
  runtime                        = var.runtime
  architectures                  = [var.architecture]
  memory_size                    = var.memory_size
  timeout                        = var.timeout
  reserved_concurrent_executions = var.reserved_concurrent_executions
  kms_key_arn                    = var.kms_key_arn
  publish                        = var.snapstart_enabled
  tags                           = var.tags

  environment {
    variables = local.environment
  }

  tracing_config {
    mode = "Active"
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.this.name
  }

  dynamic "snap_start" {
    for_each = var.snapstart_enabled ? [true] : []
    content {
      apply_on = "PublishedVersions"
    }
  }

  lifecycle {
    precondition {
      condition     = fileexists(var.filename)
      error_message = "${var.filename} does not exist: run `make build` first (it writes build/dist/<function>.zip)."
    }
  }

  # The role must be able to write logs before the first invocation.
  depends_on = [aws_iam_role_policy.runtime, aws_iam_role_policy.code]
}

# SnapStart snapshots published versions only: callers invoke this alias, never $LATEST.
resource "aws_lambda_alias" "live" {
  count = var.snapstart_enabled ? 1 : 0

  name             = "live"
  description      = "The version published by the last deployment (SnapStart)."
  function_name    = aws_lambda_function.this.function_name
  function_version = aws_lambda_function.this.version
}

resource "aws_lambda_function_event_invoke_config" "this" {
  count = var.async_invocation == null ? 0 : 1

  function_name                = aws_lambda_function.this.function_name
  qualifier                    = var.snapstart_enabled ? aws_lambda_alias.live[0].name : null
  maximum_retry_attempts       = var.async_invocation.maximum_retry_attempts
  maximum_event_age_in_seconds = var.async_invocation.maximum_event_age_in_seconds

  dynamic "destination_config" {
    for_each = local.on_failure_destination_arn == null ? [] : [local.on_failure_destination_arn]
    content {
      on_failure {
        destination = destination_config.value
      }
    }
  }
}
