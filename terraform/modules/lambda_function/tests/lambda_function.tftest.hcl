# Tests of the lambda_function module under a mocked AWS provider: no credentials, no AWS
# calls. Runs that read provider-computed values (ARNs, versions) use a mocked apply, because
# mocks fill computed attributes at apply; validation runs stop at plan.

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

  mock_resource "aws_cloudwatch_log_group" {
    defaults = {
      arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/relay-test-fn"
    }
  }

  mock_resource "aws_lambda_function" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-1:123456789012:function:relay-test-fn"
      invoke_arn = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:relay-test-fn/invocations"
      version    = "7"
    }
  }

  mock_resource "aws_lambda_alias" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-1:123456789012:function:relay-test-fn:live"
      invoke_arn = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:relay-test-fn:live/invocations"
    }
  }
}

variables {
  name        = "relay-test-fn"
  filename    = "tests/fixtures/function.zip"
  handler     = "fixture.handler.lambda_handler"
  kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555"
  policy_json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Test\",\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"arn:aws:sqs:eu-west-1:123456789012:q\"}]}"
  environment = {
    QUEUE_URL = "https://sqs.eu-west-1.amazonaws.com/123456789012/q"
  }
  powertools = {
    service_name      = "relay-test"
    metrics_namespace = "ConnectPrivacyRelay"
  }
}

run "deploys_the_zip_on_python_3_13_arm64_with_active_tracing" {
  command = apply

  assert {
    condition     = aws_lambda_function.this.runtime == "python3.13" && aws_lambda_function.this.architectures == tolist(["arm64"])
    error_message = "The default platform must be python3.13 on arm64."
  }

  assert {
    condition     = aws_lambda_function.this.source_code_hash == filebase64sha256("tests/fixtures/function.zip")
    error_message = "source_code_hash must be the zip's SHA-256, so a rebuilt zip redeploys."
  }

  assert {
    condition     = aws_lambda_function.this.tracing_config[0].mode == "Active"
    error_message = "X-Ray tracing must be active."
  }

  assert {
    condition     = aws_lambda_function.this.kms_key_arn == var.kms_key_arn
    error_message = "The environment must be encrypted with the customer-managed key."
  }
}

run "adds_the_powertools_settings_to_the_environment" {
  command = apply

  assert {
    condition = aws_lambda_function.this.environment[0].variables == tomap({
      QUEUE_URL                    = "https://sqs.eu-west-1.amazonaws.com/123456789012/q"
      POWERTOOLS_SERVICE_NAME      = "relay-test"
      POWERTOOLS_METRICS_NAMESPACE = "ConnectPrivacyRelay"
      POWERTOOLS_LOG_LEVEL         = "INFO"
    })
    error_message = "The environment must be the caller's variables plus the three Powertools settings."
  }

  assert {
    condition     = tomap(output.environment) == aws_lambda_function.this.environment[0].variables
    error_message = "The environment output must be what the function is deployed with."
  }
}

run "keeps_logs_in_its_own_encrypted_log_group_with_retention" {
  command = apply

  variables {
    log_retention_days = 90
  }

  assert {
    condition     = aws_cloudwatch_log_group.this.name == "/aws/lambda/relay-test-fn"
    error_message = "The log group must be the function's own."
  }

  assert {
    condition     = aws_cloudwatch_log_group.this.retention_in_days == 90 && aws_cloudwatch_log_group.this.kms_key_id == var.kms_key_arn
    error_message = "The log group must have the retention and the customer-managed key."
  }

  assert {
    condition     = aws_lambda_function.this.logging_config[0].log_group == "/aws/lambda/relay-test-fn"
    error_message = "The function must log to its log group."
  }
}

run "role_is_assumable_by_lambda_only" {
  command = apply

  assert {
    condition = (
      length(data.aws_iam_policy_document.assume_role.statement) == 1 &&
      one(data.aws_iam_policy_document.assume_role.statement[0].principals).identifiers == toset(["lambda.amazonaws.com"]) &&
      data.aws_iam_policy_document.assume_role.statement[0].actions == toset(["sts:AssumeRole"])
    )
    error_message = "Only lambda.amazonaws.com may assume the role."
  }
}

run "runtime_policy_writes_own_logs_traces_and_decrypts_its_key_only" {
  command = apply

  assert {
    condition = {
      for s in data.aws_iam_policy_document.runtime.statement : s.sid => { actions = s.actions, resources = s.resources }
      } == {
      WriteOwnLogs       = { actions = toset(["logs:CreateLogStream", "logs:PutLogEvents"]), resources = toset(["arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/relay-test-fn:*"]) }
      WriteTraces        = { actions = toset(["xray:PutTraceSegments", "xray:PutTelemetryRecords"]), resources = toset(["*"]) }
      DecryptEnvironment = { actions = toset(["kms:Decrypt"]), resources = toset([var.kms_key_arn]) }
    }
    error_message = "The runtime policy must hold exactly logs on the own group, X-Ray and kms:Decrypt on the key."
  }

  assert {
    condition     = aws_iam_role_policy.code.policy == var.policy_json
    error_message = "The caller's policy must be attached unchanged."
  }
}

run "without_snapstart_triggers_invoke_the_function_itself" {
  command = apply

  assert {
    condition     = aws_lambda_function.this.publish == false && length(aws_lambda_function.this.snap_start) == 0 && length(aws_lambda_alias.live) == 0
    error_message = "Without SnapStart nothing is published and there is no alias."
  }

  assert {
    condition     = output.target_arn == "arn:aws:lambda:eu-west-1:123456789012:function:relay-test-fn" && output.qualifier == null
    error_message = "Triggers must invoke the unqualified function."
  }
}

run "with_snapstart_publishes_a_version_behind_the_live_alias" {
  command = apply

  variables {
    snapstart_enabled = true
  }

  assert {
    condition     = aws_lambda_function.this.publish && aws_lambda_function.this.snap_start[0].apply_on == "PublishedVersions"
    error_message = "SnapStart must apply to published versions, and each deployment must publish one."
  }

  assert {
    condition     = aws_lambda_alias.live[0].name == "live" && aws_lambda_alias.live[0].function_version == "7"
    error_message = "The live alias must point at the version just published."
  }

  assert {
    condition     = output.target_arn == "arn:aws:lambda:eu-west-1:123456789012:function:relay-test-fn:live" && endswith(output.target_invoke_arn, ":live/invocations")
    error_message = "Triggers must invoke the alias, whose versions carry the snapshot."
  }
}

run "sends_async_failures_to_the_destination_and_may_write_to_it" {
  command = apply

  variables {
    async_invocation = {
      on_failure_destination_arn = "arn:aws:sqs:eu-west-1:123456789012:relay-test-dlq"
    }
  }

  assert {
    condition = (
      aws_lambda_function_event_invoke_config.this[0].maximum_retry_attempts == 2 &&
      aws_lambda_function_event_invoke_config.this[0].maximum_event_age_in_seconds == 3600 &&
      aws_lambda_function_event_invoke_config.this[0].destination_config[0].on_failure[0].destination == "arn:aws:sqs:eu-west-1:123456789012:relay-test-dlq"
    )
    error_message = "Async invocations must retry twice within an hour and then go to the destination."
  }

  assert {
    condition = [
      for s in data.aws_iam_policy_document.runtime.statement : [s.actions, s.resources] if s.sid == "SendFailedEventsToDestination"
    ] == [[toset(["sqs:SendMessage"]), toset(["arn:aws:sqs:eu-west-1:123456789012:relay-test-dlq"])]]
    error_message = "The role must be able to send to the on-failure queue, and to nothing else."
  }
}

run "without_async_settings_has_no_event_invoke_config" {
  command = apply

  assert {
    condition     = length(aws_lambda_function_event_invoke_config.this) == 0
    error_message = "Synchronously invoked functions need no event invoke config."
  }
}

run "asks_for_make_build_when_the_zip_is_missing" {
  command = plan

  variables {
    filename = "tests/fixtures/not-built.zip"
  }

  expect_failures = [aws_lambda_function.this]
}

run "rejects_a_name_longer_than_iam_allows" {
  command = plan

  variables {
    name = "a-function-name-that-is-far-too-long-for-an-iam-role-name-to-carry"
  }

  expect_failures = [var.name]
}

run "rejects_an_unknown_architecture" {
  command = plan

  variables {
    architecture = "aarch64"
  }

  expect_failures = [var.architecture]
}

run "rejects_a_runtime_without_snapstart_support" {
  command = plan

  variables {
    runtime = "python3.9"
  }

  expect_failures = [var.runtime]
}

run "rejects_memory_outside_lambdas_range" {
  command = plan

  variables {
    memory_size = 64
  }

  expect_failures = [var.memory_size]
}

run "rejects_a_timeout_over_fifteen_minutes" {
  command = plan

  variables {
    timeout = 901
  }

  expect_failures = [var.timeout]
}

run "rejects_reserved_concurrency_below_minus_one" {
  command = plan

  variables {
    reserved_concurrent_executions = -2
  }

  expect_failures = [var.reserved_concurrent_executions]
}

run "rejects_environment_keys_lambda_reserves" {
  command = plan

  variables {
    environment = {
      AWS_REGION = "eu-west-1"
    }
  }

  expect_failures = [var.environment]
}

run "rejects_a_log_level_powertools_does_not_know" {
  command = plan

  variables {
    powertools = {
      service_name      = "relay-test"
      metrics_namespace = "ConnectPrivacyRelay"
      log_level         = "VERBOSE"
    }
  }

  expect_failures = [var.powertools]
}

run "rejects_a_retention_cloudwatch_does_not_offer" {
  command = plan

  variables {
    log_retention_days = 10
  }

  expect_failures = [var.log_retention_days]
}

run "rejects_a_key_id_instead_of_a_key_arn" {
  command = plan

  variables {
    kms_key_arn = "11111111-2222-3333-4444-555555555555"
  }

  expect_failures = [var.kms_key_arn]
}

run "rejects_more_than_two_async_retries" {
  command = plan

  variables {
    async_invocation = {
      maximum_retry_attempts = 3
    }
  }

  expect_failures = [var.async_invocation]
}

run "rejects_an_on_failure_destination_lambda_cannot_use_here" {
  command = plan

  variables {
    async_invocation = {
      on_failure_destination_arn = "arn:aws:s3:::some-bucket"
    }
  }

  expect_failures = [var.async_invocation]
}

run "rejects_a_maximum_event_age_lambda_does_not_accept" {
  command = plan

  variables {
    async_invocation = {
      maximum_event_age_in_seconds = 30
    }
  }

  expect_failures = [var.async_invocation]
}

run "rejects_a_metrics_namespace_in_the_aws_prefix" {
  command = plan

  variables {
    powertools = {
      service_name      = "relay-test"
      metrics_namespace = "AWS/Lambda"
    }
  }

  expect_failures = [var.powertools]
}

run "rejects_an_empty_service_name" {
  command = plan

  variables {
    powertools = {
      service_name      = " "
      metrics_namespace = "ConnectPrivacyRelay"
    }
  }

  expect_failures = [var.powertools]
}

run "rejects_a_handler_that_is_not_a_dotted_python_path" {
  command = plan

  variables {
    handler = "webhook/handler.py"
  }

  expect_failures = [var.handler]
}

run "rejects_a_description_longer_than_lambda_accepts" {
  command = plan

  variables {
    description = join("", [for i in range(257) : "x"])
  }

  expect_failures = [var.description]
}
