# Tests of the messenger_relay module under a mocked AWS provider: no credentials, no AWS
# calls, the real provider schema. Policy documents built from names alone are checked in a
# plan; runs that read provider-computed values (the key's ARN, queue URLs) use a mocked apply,
# because mocks fill computed attributes at apply. Validation runs stop at plan.
#
# The variables are the ones tests/env/*.json document (name prefix "connect-privacy", the
# instance and flow ids, the MEMBER_ID custom pattern), so the deployed environments can be
# compared with those files exactly.

mock_provider "aws" {
  # Under a mock the document's JSON would be random text, which the provider's own
  # validation of role and resource policies rejects; the tests read the statements instead.
  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/mock"
    }
  }

  mock_resource "aws_kms_key" {
    defaults = {
      arn    = "arn:aws:kms:eu-west-2:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
      key_id = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
    }
  }

  mock_resource "aws_sqs_queue" {
    defaults = {
      arn = "arn:aws:sqs:eu-west-2:123456789012:mock-queue"
      url = "https://sqs.eu-west-2.amazonaws.com/123456789012/mock-queue"
    }
  }

  mock_resource "aws_sns_topic" {
    defaults = {
      arn = "arn:aws:sns:eu-west-2:123456789012:mock-topic"
    }
  }

  mock_resource "aws_secretsmanager_secret" {
    defaults = {
      arn = "arn:aws:secretsmanager:eu-west-2:123456789012:secret:connect-privacy/messenger-AbCdEf"
    }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = {
      arn = "arn:aws:logs:eu-west-2:123456789012:log-group:mock"
    }
  }

  mock_resource "aws_lambda_function" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-2:123456789012:function:mock"
      invoke_arn = "arn:aws:apigateway:eu-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-2:123456789012:function:mock/invocations"
      version    = "3"
    }
  }

  mock_resource "aws_lambda_alias" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-2:123456789012:function:mock:live"
      invoke_arn = "arn:aws:apigateway:eu-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-2:123456789012:function:mock:live/invocations"
    }
  }

  mock_resource "aws_apigatewayv2_api" {
    defaults = {
      execution_arn = "arn:aws:execute-api:eu-west-2:123456789012:abc123"
    }
  }

  mock_resource "aws_apigatewayv2_stage" {
    defaults = {
      invoke_url = "https://abc123.execute-api.eu-west-2.amazonaws.com/"
    }
  }
}

override_resource {
  target = aws_sqs_queue.inbound
  values = {
    arn = "arn:aws:sqs:eu-west-2:123456789012:connect-privacy-inbound.fifo"
    url = "https://sqs.eu-west-2.amazonaws.com/123456789012/connect-privacy-inbound.fifo"
  }
}

override_resource {
  target = aws_sqs_queue.inbound_dlq
  values = {
    arn = "arn:aws:sqs:eu-west-2:123456789012:connect-privacy-inbound-dlq.fifo"
    url = "https://sqs.eu-west-2.amazonaws.com/123456789012/connect-privacy-inbound-dlq.fifo"
  }
}

override_resource {
  target = aws_sns_topic.streaming
  values = {
    arn = "arn:aws:sns:eu-west-2:123456789012:connect-privacy-chat"
  }
}

variables {
  name_prefix             = "connect-privacy"
  connect_instance_arn    = "arn:aws:connect:eu-west-2:123456789012:instance/11111111-2222-3333-4444-555555555555"
  connect_contact_flow_id = "66666666-7777-8888-9999-000000000000"
  package_dir             = "tests/fixtures"
  outbound_filter_policy  = file("../../../functions/outbound/filter_policy.json")
  redaction = {
    custom_patterns = {
      MEMBER_ID = "\\bMBR-\\d{8}\\b"
    }
  }
}

# --- code and configuration agree ---------------------------------------------------------

run "deploys_each_function_with_the_environment_tests_env_documents" {
  command = apply

  assert {
    condition     = tomap(output.function_environments.webhook) == tomap(jsondecode(file("../../../tests/env/webhook.json")))
    error_message = "The webhook's environment differs from tests/env/webhook.json."
  }

  assert {
    condition     = tomap(output.function_environments.inbound) == tomap(jsondecode(file("../../../tests/env/inbound.json")))
    error_message = "The inbound function's environment differs from tests/env/inbound.json."
  }

  assert {
    condition     = tomap(output.function_environments.outbound) == tomap(jsondecode(file("../../../tests/env/outbound.json")))
    error_message = "The outbound function's environment differs from tests/env/outbound.json."
  }
}

run "instagram_is_enabled_by_the_channel_list_and_replies_through_its_own_host" {
  command = apply

  variables {
    webhook_channels = ["messenger", "instagram"]
  }

  assert {
    condition     = output.function_environments.webhook.WEBHOOK_CHANNELS == "messenger,instagram"
    error_message = "Adding instagram must make the webhook accept Instagram notifications."
  }

  assert {
    condition     = output.function_environments.outbound.INSTAGRAM_GRAPH_API_BASE_URL == "https://graph.instagram.com"
    error_message = "Instagram replies must go to graph.instagram.com by default."
  }

  assert {
    condition     = output.function_environments.outbound.GRAPH_API_BASE_URL == "https://graph.facebook.com"
    error_message = "Messenger replies must keep going to graph.facebook.com."
  }
}

run "redrives_after_max_receive_count_and_tells_the_worker_the_same_number" {
  command = apply

  variables {
    max_receive_count = 7
  }

  assert {
    condition     = jsondecode(aws_sqs_queue.inbound.redrive_policy).maxReceiveCount == 7
    error_message = "The queue must move a message to the DLQ after max_receive_count receives."
  }

  assert {
    condition     = output.function_environments.inbound["MAX_RECEIVE_COUNT"] == tostring(jsondecode(aws_sqs_queue.inbound.redrive_policy).maxReceiveCount)
    error_message = "MAX_RECEIVE_COUNT must equal the queue's maxReceiveCount."
  }

  assert {
    condition     = jsondecode(aws_sqs_queue.inbound.redrive_policy).deadLetterTargetArn == aws_sqs_queue.inbound_dlq.arn
    error_message = "The inbound queue must redrive to its own DLQ."
  }
}

run "worker_reports_batch_item_failures_from_the_fifo_queue" {
  command = apply

  assert {
    condition     = length(aws_lambda_event_source_mapping.inbound.function_response_types) == 1 && contains(aws_lambda_event_source_mapping.inbound.function_response_types, "ReportBatchItemFailures")
    error_message = "The event source mapping must report batch item failures."
  }

  assert {
    condition     = aws_lambda_event_source_mapping.inbound.event_source_arn == aws_sqs_queue.inbound.arn && aws_sqs_queue.inbound.fifo_queue && aws_sqs_queue.inbound_dlq.fifo_queue
    error_message = "The worker must read the inbound FIFO queue, whose DLQ is FIFO too."
  }

  assert {
    condition     = aws_sqs_queue.inbound.visibility_timeout_seconds >= 6 * 60
    error_message = "The visibility timeout must be at least six times the worker's timeout."
  }

  assert {
    condition     = aws_lambda_event_source_mapping.inbound.scaling_config[0].maximum_concurrency == var.inbound_concurrency
    error_message = "The queue's maximum concurrency must cap the worker like its reserved concurrency."
  }
}

run "outbound_subscription_uses_the_filter_policy_file" {
  command = apply

  assert {
    condition     = jsondecode(aws_sns_topic_subscription.outbound.filter_policy) == jsondecode(file("../../../functions/outbound/filter_policy.json"))
    error_message = "The subscription's filter policy must be functions/outbound/filter_policy.json."
  }

  assert {
    condition     = aws_sns_topic_subscription.outbound.filter_policy_scope == "MessageAttributes" && aws_sns_topic_subscription.outbound.protocol == "lambda"
    error_message = "The filter policy applies to message attributes of a Lambda subscription."
  }
}

# --- chat streaming topic and key ---------------------------------------------------------

run "only_this_connect_instance_may_publish_to_the_streaming_topic" {
  command = plan

  assert {
    condition     = length(data.aws_iam_policy_document.streaming_topic.statement) == 1
    error_message = "The topic policy must have exactly one statement."
  }

  assert {
    condition = alltrue([
      for s in data.aws_iam_policy_document.streaming_topic.statement :
      s.effect == "Allow" &&
      s.actions == toset(["sns:Publish"]) &&
      s.resources == toset(["arn:aws:sns:eu-west-2:123456789012:connect-privacy-chat"]) &&
      length(s.principals) == 1 &&
      one(s.principals).type == "Service" &&
      one(s.principals).identifiers == toset(["connect.amazonaws.com"])
    ])
    error_message = "Only connect.amazonaws.com may publish, and only to this topic."
  }

  assert {
    condition = toset([
      for c in one(data.aws_iam_policy_document.streaming_topic.statement).condition : "${c.test} ${c.variable} ${join(",", c.values)}"
      ]) == toset([
      "StringEquals aws:SourceAccount 123456789012",
      "ArnEquals aws:SourceArn arn:aws:connect:eu-west-2:123456789012:instance/11111111-2222-3333-4444-555555555555",
    ])
    error_message = "Publishing must be conditioned on aws:SourceAccount and aws:SourceArn of the instance."
  }
}

run "key_lets_connect_encrypt_for_the_streaming_topic_only" {
  command = plan

  assert {
    condition = [
      for s in data.aws_iam_policy_document.key.statement : {
        actions    = s.actions
        principals = flatten([for p in s.principals : [for i in p.identifiers : "${p.type}:${i}"]])
        conditions = [for c in s.condition : "${c.test} ${c.variable} ${join(",", c.values)}"]
      } if s.sid == "ConnectPublishesToStreamingTopic"
      ] == [{
        actions    = toset(["kms:GenerateDataKey*", "kms:Decrypt"])
        principals = ["Service:connect.amazonaws.com"]
        conditions = ["StringEquals kms:EncryptionContext:aws:sns:topicArn arn:aws:sns:eu-west-2:123456789012:connect-privacy-chat"]
    }]
    error_message = "Connect may only generate data keys and decrypt, for the streaming topic."
  }

  assert {
    condition = alltrue([
      for s in data.aws_iam_policy_document.key.statement :
      s.sid == "AccountManagesKeyThroughIam" || length(s.condition) > 0
    ])
    error_message = "Every service statement of the key policy must be conditioned."
  }
}

run "streaming_topic_queues_tables_secret_and_logs_use_the_customer_managed_key" {
  command = apply

  assert {
    condition = alltrue([
      aws_sns_topic.streaming.kms_master_key_id == aws_kms_key.this.arn,
      aws_sqs_queue.inbound.kms_master_key_id == aws_kms_key.this.arn,
      aws_sqs_queue.inbound_dlq.kms_master_key_id == aws_kms_key.this.arn,
      aws_sqs_queue.outbound_dlq.kms_master_key_id == aws_kms_key.this.arn,
      aws_secretsmanager_secret.messenger.kms_key_id == aws_kms_key.this.arn,
      aws_cloudwatch_log_group.api_access.kms_key_id == aws_kms_key.this.arn,
    ])
    error_message = "Topic, queues, secret and access logs must be encrypted with the relay's key."
  }

  assert {
    condition = alltrue([
      for t in [aws_dynamodb_table.sessions, aws_dynamodb_table.idempotency] :
      t.server_side_encryption[0].enabled && t.server_side_encryption[0].kms_key_arn == aws_kms_key.this.arn && t.point_in_time_recovery[0].enabled
    ])
    error_message = "Both tables must use the customer-managed key and point-in-time recovery."
  }

  assert {
    condition     = aws_kms_key.this.enable_key_rotation
    error_message = "The key must rotate."
  }
}

run "tables_expire_items_on_the_attributes_the_code_writes" {
  command = apply

  assert {
    condition     = aws_dynamodb_table.sessions.ttl[0].attribute_name == "expires_at" && aws_dynamodb_table.idempotency.ttl[0].attribute_name == "expiration"
    error_message = "TTL must use expires_at (sessions) and expiration (Powertools idempotency)."
  }

  assert {
    condition     = one(aws_dynamodb_table.sessions.global_secondary_index).name == "contact_id-index" && aws_dynamodb_table.sessions.hash_key == "pk" && aws_dynamodb_table.idempotency.hash_key == "id"
    error_message = "The tables' keys and index must be the ones the code queries."
  }
}

run "secret_has_no_value_in_terraform" {
  command = plan

  assert {
    condition     = aws_secretsmanager_secret.messenger.name == "connect-privacy/messenger"
    error_message = "The secret must be named after the prefix."
  }

  assert {
    condition     = strcontains(output.put_secret_command, "file://messenger-secret.json")
    error_message = "The command must read the value from a file, not from the command line."
  }
}

# --- least privilege per function ---------------------------------------------------------

run "webhook_may_only_enqueue_and_read_the_secret" {
  command = apply

  assert {
    condition = {
      for s in data.aws_iam_policy_document.webhook.statement : s.sid => { actions = s.actions, resources = s.resources }
      } == {
      EnqueueToInboundQueue        = { actions = toset(["sqs:SendMessage"]), resources = toset(["arn:aws:sqs:eu-west-2:123456789012:connect-privacy-inbound.fifo"]) }
      ReadMessengerSecret          = { actions = toset(["secretsmanager:GetSecretValue"]), resources = toset(["arn:aws:secretsmanager:eu-west-2:123456789012:secret:connect-privacy/messenger-??????"]) }
      UseRelayKeyForQueueAndSecret = { actions = toset(["kms:GenerateDataKey", "kms:Decrypt"]), resources = toset(["arn:aws:kms:eu-west-2:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"]) }
    }
    error_message = "The webhook's policy must hold exactly: send to the inbound queue, read the secret, use the key."
  }

  assert {
    condition = !anytrue(flatten([
      for s in data.aws_iam_policy_document.webhook.statement : [
        for a in s.actions : startswith(a, "comprehend:") || startswith(a, "connect:") || startswith(a, "connectparticipant:")
      ]
    ]))
    error_message = "The webhook must not reach Comprehend or Connect."
  }
}

run "inbound_may_consume_the_queue_redact_start_chats_and_track_sessions" {
  command = apply

  assert {
    condition = {
      for s in data.aws_iam_policy_document.inbound.statement : s.sid => { actions = s.actions, resources = s.resources }
      } == {
      ConsumeInboundQueue          = { actions = toset(["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]), resources = toset(["arn:aws:sqs:eu-west-2:123456789012:connect-privacy-inbound.fifo"]) }
      DetectPii                    = { actions = toset(["comprehend:DetectPiiEntities"]), resources = toset(["*"]) }
      ReadTextInCustomerFiles      = { actions = toset(["rekognition:DetectText", "textract:DetectDocumentText"]), resources = toset(["*"]) }
      StartChatInContactFlow       = { actions = toset(["connect:StartChatContact"]), resources = toset(["arn:aws:connect:eu-west-2:123456789012:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000"]) }
      StreamChatToTopic            = { actions = toset(["connect:StartContactStreaming"]), resources = toset(["arn:aws:connect:eu-west-2:123456789012:instance/11111111-2222-3333-4444-555555555555/contact/*"]) }
      TrackChatSessions            = { actions = toset(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"]), resources = toset(["arn:aws:dynamodb:eu-west-2:123456789012:table/connect-privacy-sessions"]) }
      RecordIdempotency            = { actions = toset(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]), resources = toset(["arn:aws:dynamodb:eu-west-2:123456789012:table/connect-privacy-idempotency"]) }
      UseRelayKeyForQueueAndTables = { actions = toset(["kms:GenerateDataKey", "kms:Decrypt"]), resources = toset(["arn:aws:kms:eu-west-2:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"]) }
    }
    error_message = "The inbound policy must hold exactly what the worker's code calls."
  }
}

run "only_screening_may_detect_text_and_only_in_the_inbound_worker" {
  command = apply

  variables {
    chat = { attachment_policy = "placeholder" }
  }

  assert {
    condition = alltrue(flatten([
      for doc in [data.aws_iam_policy_document.webhook, data.aws_iam_policy_document.inbound, data.aws_iam_policy_document.outbound] : [
        for s in doc.statement : [for a in s.actions : !startswith(a, "rekognition:") && !startswith(a, "textract:")]
      ]
    ]))
    error_message = "Without screening no function may call Rekognition or Textract."
  }

  assert {
    condition     = output.function_environments.inbound["ATTACHMENT_POLICY"] == "placeholder"
    error_message = "The worker must get the policy it is deployed with."
  }
}

run "outbound_may_find_sessions_dedupe_and_read_the_secret" {
  command = apply

  assert {
    condition = {
      for s in data.aws_iam_policy_document.outbound.statement : s.sid => { actions = s.actions, resources = s.resources }
      } == {
      FindChatByContactId                      = { actions = toset(["dynamodb:Query"]), resources = toset(["arn:aws:dynamodb:eu-west-2:123456789012:table/connect-privacy-sessions/index/contact_id-index"]) }
      ReadAndUpdateChatSession                 = { actions = toset(["dynamodb:GetItem", "dynamodb:UpdateItem"]), resources = toset(["arn:aws:dynamodb:eu-west-2:123456789012:table/connect-privacy-sessions"]) }
      RecordIdempotency                        = { actions = toset(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]), resources = toset(["arn:aws:dynamodb:eu-west-2:123456789012:table/connect-privacy-idempotency"]) }
      ReadMessengerSecret                      = { actions = toset(["secretsmanager:GetSecretValue"]), resources = toset(["arn:aws:secretsmanager:eu-west-2:123456789012:secret:connect-privacy/messenger-??????"]) }
      UseRelayKeyForTablesSecretAndDeadLetters = { actions = toset(["kms:GenerateDataKey", "kms:Decrypt"]), resources = toset(["arn:aws:kms:eu-west-2:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"]) }
    }
    error_message = "The outbound policy must hold exactly what the outbound code calls."
  }
}

run "no_policy_has_a_wildcard_action_or_a_needless_wildcard_resource" {
  command = apply

  assert {
    condition = alltrue(flatten([
      for doc in [data.aws_iam_policy_document.webhook, data.aws_iam_policy_document.inbound, data.aws_iam_policy_document.outbound] : [
        for s in doc.statement : [for a in s.actions : !strcontains(a, "*")]
      ]
    ]))
    error_message = "No function policy may use a wildcard action."
  }

  assert {
    # DetectPiiEntities, DetectText and DetectDocumentText have no resource-level permissions.
    condition = alltrue(flatten([
      for doc in [data.aws_iam_policy_document.webhook, data.aws_iam_policy_document.inbound, data.aws_iam_policy_document.outbound] : [
        for s in doc.statement : !contains(s.resources, "*") || contains([
          toset(["comprehend:DetectPiiEntities"]),
          toset(["rekognition:DetectText", "textract:DetectDocumentText"]),
        ], s.actions)
      ]
    ]))
    error_message = "Resource \"*\" is only allowed for the detection actions without resource-level permissions."
  }

  assert {
    condition = alltrue(flatten([
      for doc in [data.aws_iam_policy_document.webhook, data.aws_iam_policy_document.inbound, data.aws_iam_policy_document.outbound] : [
        for s in doc.statement : length(s.condition) == 1 && one(s.condition).variable == "kms:ViaService" if anytrue([for a in s.actions : startswith(a, "kms:")])
      ]
    ]))
    error_message = "Key use by the functions must go through the services (kms:ViaService)."
  }
}

# --- HTTP API -------------------------------------------------------------------------------

run "http_api_serves_both_webhook_routes_with_payload_2_0" {
  command = apply

  assert {
    condition     = toset([for r in aws_apigatewayv2_route.webhook : r.route_key]) == toset(["GET /webhook/messenger", "POST /webhook/messenger"])
    error_message = "The API must route GET and POST /webhook/messenger."
  }

  assert {
    condition     = aws_apigatewayv2_integration.webhook.payload_format_version == "2.0" && aws_apigatewayv2_integration.webhook.integration_type == "AWS_PROXY"
    error_message = "The webhook integration must be a Lambda proxy with payload format 2.0."
  }

  assert {
    condition     = aws_apigatewayv2_stage.this.default_route_settings[0].throttling_burst_limit == 200 && aws_apigatewayv2_stage.this.default_route_settings[0].throttling_rate_limit == 100
    error_message = "The stage must be throttled."
  }

  assert {
    condition     = output.webhook_callback_url == "https://abc123.execute-api.eu-west-2.amazonaws.com/webhook/messenger"
    error_message = "The callback URL must be the stage URL plus the route."
  }

  assert {
    condition     = aws_lambda_permission.api_invokes_webhook.source_arn == "arn:aws:execute-api:eu-west-2:123456789012:abc123/*/*/webhook/messenger" && aws_lambda_permission.api_invokes_webhook.qualifier == null
    error_message = "Only this API's webhook route may invoke the function."
  }
}

run "access_logs_leave_out_the_query_string_with_the_verify_token" {
  command = apply

  assert {
    condition = alltrue([
      for key, value in jsondecode(aws_apigatewayv2_stage.this.access_log_settings[0].format) :
      !strcontains(lower(value), "querystring") && !strcontains(value, "$context.path") && !strcontains(value, "$context.requestOverride")
    ])
    error_message = "The access log format must not log the query string or the raw path."
  }

  assert {
    condition     = jsondecode(aws_apigatewayv2_stage.this.access_log_settings[0].format).routeKey == "$context.routeKey" && aws_apigatewayv2_stage.this.access_log_settings[0].destination_arn == aws_cloudwatch_log_group.api_access.arn
    error_message = "Access logs must record the route and go to the API's log group."
  }
}

run "snapstart_option_routes_the_api_to_the_live_alias" {
  command = apply

  variables {
    webhook_snapstart_enabled = true
  }

  assert {
    condition     = endswith(aws_apigatewayv2_integration.webhook.integration_uri, ":live/invocations") && aws_lambda_permission.api_invokes_webhook.qualifier == "live"
    error_message = "With SnapStart, the API must invoke (and be allowed to invoke) the live alias."
  }
}

# --- alarms and dashboard -------------------------------------------------------------------

run "alarms_watch_dead_letters_errors_throttles_and_degraded_redaction" {
  command = apply

  variables {
    alarm_email = "oncall@example.com"
  }

  assert {
    condition     = aws_cloudwatch_metric_alarm.queue["inbound-dlq-not-empty"].dimensions.QueueName == "connect-privacy-inbound-dlq.fifo" && aws_cloudwatch_metric_alarm.queue["outbound-dlq-not-empty"].threshold == 0
    error_message = "Both dead-letter queues must alarm on their first message."
  }

  assert {
    condition     = toset(keys(aws_cloudwatch_metric_alarm.function)) == toset(["webhook-errors", "inbound-errors", "outbound-errors", "webhook-throttles", "inbound-throttles", "outbound-throttles"])
    error_message = "Every function must alarm on errors and throttles."
  }

  assert {
    condition = (
      aws_cloudwatch_metric_alarm.relay["redaction-comprehend-fallback"].metric_name == "RedactionComprehendFallback" &&
      aws_cloudwatch_metric_alarm.relay["messages-withheld"].metric_name == "MessagesWithheld" &&
      aws_cloudwatch_metric_alarm.relay["messages-withheld"].namespace == output.function_environments.inbound["POWERTOOLS_METRICS_NAMESPACE"] &&
      aws_cloudwatch_metric_alarm.relay["messages-withheld"].dimensions.service == output.function_environments.inbound["POWERTOOLS_SERVICE_NAME"]
    )
    error_message = "The redaction alarms must watch the metrics the inbound function publishes, in its namespace and service."
  }

  assert {
    condition     = alltrue([for a in aws_cloudwatch_metric_alarm.relay : a.alarm_actions == toset([aws_sns_topic.alarms[0].arn])]) && aws_sns_topic_subscription.alarm_email[0].endpoint == "oncall@example.com"
    error_message = "Alarms must notify the email topic."
  }
}

run "alarms_can_go_to_an_existing_topic_instead" {
  command = apply

  variables {
    alarm_topic_arn = "arn:aws:sns:eu-west-2:123456789012:pager"
  }

  assert {
    condition     = length(aws_sns_topic.alarms) == 0 && alltrue([for a in aws_cloudwatch_metric_alarm.queue : a.alarm_actions == toset(["arn:aws:sns:eu-west-2:123456789012:pager"])])
    error_message = "With alarm_topic_arn only, alarms go to that topic and no topic is created."
  }
}

run "dashboard_shows_the_relays_own_metrics" {
  command = apply

  assert {
    condition = length(setsubtract(
      ["MessagesRelayed", "MessagesEnqueued", "RedactedEntities", "RedactionComprehendFallback", "MessagesWithheld", "OutboundSent", "OutboundPermanentError", "ApproximateAgeOfOldestMessage"],
      flatten([for w in jsondecode(aws_cloudwatch_dashboard.this.dashboard_body).widgets : [for m in w.properties.metrics : m[1]]])
    )) == 0
    error_message = "The dashboard must show messages relayed, entities redacted, fallbacks, Graph outcomes and queue age."
  }
}

run "dashboard_shows_entities_redacted_by_each_type_the_relay_can_mask" {
  command = apply

  assert {
    # The file's variables: the default entity types plus the custom pattern MEMBER_ID.
    condition = toset(flatten([
      for w in jsondecode(aws_cloudwatch_dashboard.this.dashboard_body).widgets : [for m in w.properties.metrics : m[1]] if startswith(w.properties.title, "Entities redacted by type")
    ])) == toset([for t in concat(jsondecode(file("comprehend_entity_types.json")).default, ["MEMBER_ID"]) : "RedactedEntities_${t}"])
    error_message = "The dashboard must graph RedactedEntities_<TYPE> for every configured entity type and custom pattern."
  }

  assert {
    condition = alltrue(flatten([
      for w in jsondecode(aws_cloudwatch_dashboard.this.dashboard_body).widgets : [
        for m in w.properties.metrics : m[0] == output.function_environments.inbound["POWERTOOLS_METRICS_NAMESPACE"] && m[2] == "service" && m[3] == output.function_environments.inbound["POWERTOOLS_SERVICE_NAME"]
      ] if startswith(w.properties.title, "Entities redacted by type")
    ]))
    error_message = "The per-type metrics are the inbound function's: its namespace and service dimension."
  }
}

run "dashboard_follows_the_configured_entity_types" {
  command = apply

  variables {
    redaction = {
      entity_types    = ["SSN", "EMAIL"]
      custom_patterns = { MEMBER_ID = "\\bMBR-\\d{8}\\b" }
    }
  }

  assert {
    condition = flatten([
      for w in jsondecode(aws_cloudwatch_dashboard.this.dashboard_body).widgets : [for m in w.properties.metrics : m[1]] if w.properties.title == "Entities redacted by type"
    ]) == ["RedactedEntities_EMAIL", "RedactedEntities_MEMBER_ID", "RedactedEntities_SSN"]
    error_message = "The by-type graph must show exactly the configured types and custom patterns."
  }
}

# --- one expect_failures per validation rule --------------------------------------------------

run "rejects_a_name_prefix_with_uppercase" {
  command = plan
  variables {
    name_prefix = "Connect-Privacy"
  }
  expect_failures = [var.name_prefix]
}

run "rejects_an_instance_arn_of_another_service" {
  command = plan
  variables {
    connect_instance_arn = "arn:aws:sns:eu-west-2:123456789012:instance/11111111-2222-3333-4444-555555555555"
  }
  expect_failures = [var.connect_instance_arn]
}

run "rejects_a_contact_flow_name_instead_of_its_id" {
  command = plan
  variables {
    connect_contact_flow_id = "Default customer queue"
  }
  expect_failures = [var.connect_contact_flow_id]
}

run "rejects_a_filter_policy_that_is_not_json" {
  command = plan
  variables {
    outbound_filter_policy = "ParticipantRole = AGENT"
  }
  expect_failures = [var.outbound_filter_policy]
}

run "rejects_an_unknown_architecture" {
  command = plan
  variables {
    lambda_architecture = "amd64"
  }
  expect_failures = [var.lambda_architecture]
}

run "rejects_a_retention_cloudwatch_does_not_offer" {
  command = plan
  variables {
    log_retention_days = 100
  }
  expect_failures = [var.log_retention_days]
}

run "rejects_an_unknown_log_level" {
  command = plan
  variables {
    log_level = "TRACE"
  }
  expect_failures = [var.log_level]
}

run "rejects_a_graph_version_without_the_v" {
  command = plan
  variables {
    graph_api_version = "25.0"
  }
  expect_failures = [var.graph_api_version]
}

run "rejects_a_plain_http_graph_origin" {
  command = plan
  variables {
    graph_api_base_url = "http://graph.facebook.com"
  }
  expect_failures = [var.graph_api_base_url]
}

run "rejects_an_unknown_channel" {
  command = plan
  variables {
    webhook_channels = ["whatsapp"]
  }
  expect_failures = [var.webhook_channels]
}

run "rejects_a_channel_named_twice" {
  command = plan
  variables {
    webhook_channels = ["instagram", "instagram"]
  }
  expect_failures = [var.webhook_channels]
}

run "rejects_a_plain_http_instagram_origin" {
  command = plan
  variables {
    instagram_graph_api_base_url = "http://graph.instagram.com"
  }
  expect_failures = [var.instagram_graph_api_base_url]
}

run "rejects_an_unknown_redaction_engine" {
  command = plan
  variables {
    redaction = { engines = ["presidio"] }
  }
  expect_failures = [var.redaction]
}

run "rejects_an_entity_type_comprehend_does_not_know" {
  command = plan
  variables {
    redaction = { entity_types = ["CREDIT_DEBIT_NUMBER", "CREDIT_CARD"] }
  }
  expect_failures = [var.redaction]
}

run "accepts_a_national_identifier_the_offline_detectors_know" {
  command = plan
  variables {
    redaction = { entity_types = ["CREDIT_DEBIT_NUMBER", "ES_DNI", "BR_CPF"] }
  }
  assert {
    condition     = strcontains(module.inbound.environment["REDACTION_ENTITY_TYPES"], "ES_DNI")
    error_message = "A national identifier type must reach the inbound function's entity list."
  }
}

run "rejects_a_phone_region_that_is_not_a_country_code" {
  command = plan
  variables {
    redaction = { phone_regions = ["usa"] }
  }
  expect_failures = [var.redaction]
}

run "rejects_an_unknown_type_in_the_accepted_gap" {
  command = plan
  variables {
    redaction = { allow_undetected_types = ["CREDIT_CARD"] }
  }
  expect_failures = [var.redaction]
}

run "rejects_an_unknown_mask_mode" {
  command = plan
  variables {
    redaction = { mask_mode = "STARS" }
  }
  expect_failures = [var.redaction]
}

run "rejects_a_language_comprehend_pii_does_not_support" {
  command = plan
  variables {
    redaction = { language = "fr" }
  }
  expect_failures = [var.redaction]
}

run "rejects_a_min_score_above_one" {
  command = plan
  variables {
    redaction = { min_score = 1.5 }
  }
  expect_failures = [var.redaction]
}

run "rejects_a_failure_policy_that_would_pass_text_unredacted" {
  command = plan
  variables {
    redaction = { failure_policy = "pass_through" }
  }
  expect_failures = [var.redaction]
}

run "rejects_a_custom_pattern_name_that_is_not_upper_snake_case" {
  command = plan
  variables {
    redaction = { custom_patterns = { "member id" = "MBR-\\d+" } }
  }
  expect_failures = [var.redaction]
}

run "rejects_a_chat_duration_connect_refuses" {
  command = plan
  variables {
    chat = { duration_minutes = 30 }
  }
  expect_failures = [var.chat]
}

run "rejects_an_empty_customer_display_name" {
  command = plan
  variables {
    chat = { customer_display_name = " " }
  }
  expect_failures = [var.chat]
}

run "rejects_an_unknown_attachment_policy" {
  command = plan
  variables {
    chat = { attachment_policy = "blur" }
  }
  expect_failures = [var.chat]
}

run "rejects_a_notice_longer_than_messenger_allows" {
  command = plan
  variables {
    outbound_messages = { closing_message = join("", [for i in range(1000) : "xx"]) }
  }
  expect_failures = [var.outbound_messages]
}

run "rejects_a_max_receive_count_of_zero" {
  command = plan
  variables {
    max_receive_count = 0
  }
  expect_failures = [var.max_receive_count]
}

run "rejects_an_idempotency_window_under_an_hour" {
  command = plan
  variables {
    idempotency_expires_seconds = 60
  }
  expect_failures = [var.idempotency_expires_seconds]
}

run "rejects_a_negative_secret_cache_age" {
  command = plan
  variables {
    messenger_secret_max_age_seconds = -1
  }
  expect_failures = [var.messenger_secret_max_age_seconds]
}

run "rejects_a_body_limit_above_api_gateways" {
  command = plan
  variables {
    webhook_max_body_bytes = 20971520
  }
  expect_failures = [var.webhook_max_body_bytes]
}

run "rejects_zero_throttling" {
  command = plan
  variables {
    api_throttling = { rate_limit = 0 }
  }
  expect_failures = [var.api_throttling]
}

run "rejects_inbound_concurrency_below_the_event_source_minimum" {
  command = plan
  variables {
    inbound_concurrency = 1
  }
  expect_failures = [var.inbound_concurrency]
}

run "rejects_zero_outbound_concurrency" {
  command = plan
  variables {
    outbound_concurrency = 0
  }
  expect_failures = [var.outbound_concurrency]
}

run "rejects_an_alarm_email_without_a_domain" {
  command = plan
  variables {
    alarm_email = "oncall"
  }
  expect_failures = [var.alarm_email]
}

run "rejects_an_alarm_topic_that_is_fifo" {
  command = plan
  variables {
    alarm_topic_arn = "arn:aws:sns:eu-west-2:123456789012:pager.fifo"
  }
  expect_failures = [var.alarm_topic_arn]
}
