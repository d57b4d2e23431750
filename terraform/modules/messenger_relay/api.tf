# Meta's callback URL: an HTTP API (payload format 2.0) with the two routes the webhook
# handler serves, stage throttling, and access logs that leave out the query string (Meta's
# verification GET carries hub.verify_token there).

resource "aws_apigatewayv2_api" "this" {
  name          = local.names.api
  description   = "Meta Messenger webhook of the Connect Privacy Relay."
  protocol_type = "HTTP"
  tags          = var.tags
}

resource "aws_apigatewayv2_integration" "webhook" {
  api_id                 = aws_apigatewayv2_api.this.id
  integration_type       = "AWS_PROXY"
  integration_method     = "POST"
  integration_uri        = module.webhook.target_invoke_arn
  payload_format_version = "2.0"
  # Meta gives up after 5 seconds; a longer wait only holds a connection open.
  timeout_milliseconds = 6000
}

resource "aws_apigatewayv2_route" "webhook" {
  #checkov:skip=CKV_AWS_309:Meta cannot present AWS credentials or a JWT; the function authenticates every POST by its X-Hub-Signature-256 HMAC and the GET handshake by the verify token.
  for_each = toset(["GET", "POST"])

  api_id             = aws_apigatewayv2_api.this.id
  route_key          = "${each.key} ${local.webhook_route}"
  target             = "integrations/${aws_apigatewayv2_integration.webhook.id}"
  authorization_type = "NONE"
}

resource "aws_cloudwatch_log_group" "api_access" {
  name              = local.names.api_access_logs
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.this.arn
  tags              = var.tags
}

locals {
  # No $context.path or query fields: routeKey names the route without the query string.
  api_access_log_format = {
    requestId          = "$context.requestId"
    requestTime        = "$context.requestTime"
    sourceIp           = "$context.identity.sourceIp"
    routeKey           = "$context.routeKey"
    protocol           = "$context.protocol"
    status             = "$context.status"
    responseLength     = "$context.responseLength"
    responseLatency    = "$context.responseLatency"
    integrationStatus  = "$context.integrationStatus"
    integrationLatency = "$context.integrationLatency"
    integrationError   = "$context.integrationErrorMessage"
  }
}

resource "aws_apigatewayv2_stage" "this" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = "$default"
  auto_deploy = true
  tags        = var.tags

  default_route_settings {
    throttling_burst_limit = var.api_throttling.burst_limit
    throttling_rate_limit  = var.api_throttling.rate_limit
  }

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = jsonencode(local.api_access_log_format)
  }
}

resource "aws_lambda_permission" "api_invokes_webhook" {
  statement_id  = "WebhookApiInvokes"
  action        = "lambda:InvokeFunction"
  function_name = module.webhook.function_name
  qualifier     = module.webhook.qualifier
  principal     = "apigateway.amazonaws.com"
  # Only the webhook route of this API, any method and stage.
  source_arn = "${aws_apigatewayv2_api.this.execution_arn}/*/*${local.webhook_route}"
}
