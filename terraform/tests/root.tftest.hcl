# Tests of the root module. The AWS provider is mocked, but its schema is the
# real one: every attribute below must exist in hashicorp/aws. Runs that read
# provider-computed values (URLs, ARNs) use a mocked apply, because mocks fill
# computed attributes at apply; the others stop at plan. The relay's own
# behaviour is tested in modules/messenger_relay/tests.

mock_provider "aws" {
  # Under a mock the document's JSON would be random text, which the provider's own
  # validation of role and resource policies rejects; the tests read the statements instead.
  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
    }
  }

  mock_data "aws_caller_identity" {
    defaults = {
      account_id = "123456789012"
    }
  }

  mock_data "aws_partition" {
    defaults = {
      partition = "aws"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/mock"
    }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = {
      arn = "arn:aws:logs:eu-west-1:123456789012:log-group:mock"
    }
  }

  mock_resource "aws_lambda_function" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-1:123456789012:function:mock"
      invoke_arn = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:mock/invocations"
      version    = "1"
    }
  }

  mock_resource "aws_apigatewayv2_api" {
    defaults = {
      execution_arn = "arn:aws:execute-api:eu-west-1:123456789012:abc123"
    }
  }

  mock_resource "aws_kms_key" {
    defaults = {
      arn = "arn:aws:kms:eu-west-1:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
    }
  }

  mock_resource "aws_sqs_queue" {
    defaults = {
      arn = "arn:aws:sqs:eu-west-1:123456789012:mock-queue"
      url = "https://sqs.eu-west-1.amazonaws.com/123456789012/mock-queue"
    }
  }

  mock_resource "aws_secretsmanager_secret" {
    defaults = {
      arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:connect-privacy-test/messenger-AbCdEf"
    }
  }

  mock_resource "aws_sns_topic" {
    defaults = {
      arn = "arn:aws:sns:eu-west-1:123456789012:connect-privacy-test-chat"
    }
  }

  mock_resource "aws_apigatewayv2_stage" {
    defaults = {
      invoke_url = "https://abc123.execute-api.eu-west-1.amazonaws.com/"
    }
  }
}

variables {
  aws_region              = "eu-west-1"
  environment             = "test"
  connect_instance_arn    = "arn:aws:connect:eu-west-1:123456789012:instance/11111111-2222-3333-4444-555555555555"
  connect_contact_flow_id = "66666666-7777-8888-9999-000000000000"
  # Stand-in zips: the tests must not depend on `make build`.
  package_dir = "modules/messenger_relay/tests/fixtures"
}

run "names_resources_after_project_and_environment" {
  command = plan

  assert {
    condition     = output.name_prefix == "connect-privacy-test"
    error_message = "The name prefix must be <project>-<environment>."
  }
}

run "tags_every_resource_with_project_environment_and_owner" {
  command = plan

  variables {
    tags = {
      CostCenter = "cc-42"
    }
  }

  assert {
    condition = output.tags == {
      CostCenter  = "cc-42"
      Project     = "connect-privacy"
      Environment = "test"
      ManagedBy   = "terraform"
    }
    error_message = "The tags must be the extra tags plus Project, Environment and ManagedBy."
  }
}

run "extra_tags_cannot_override_the_fixed_tags" {
  command = plan

  variables {
    tags = {
      Project   = "someone-else"
      ManagedBy = "hand"
    }
  }

  assert {
    condition     = output.tags["Project"] == "connect-privacy" && output.tags["ManagedBy"] == "terraform"
    error_message = "var.tags must not override Project or ManagedBy."
  }
}

run "reports_the_account_and_partition_being_deployed_into" {
  command = plan

  assert {
    condition     = output.account_id == "123456789012"
    error_message = "account_id must come from aws_caller_identity."
  }

  assert {
    condition     = output.partition == "aws"
    error_message = "partition must come from aws_partition."
  }
}

run "follows_the_partition_of_a_govcloud_region" {
  command = plan

  variables {
    aws_region           = "us-gov-west-1"
    connect_instance_arn = "arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/11111111-2222-3333-4444-555555555555"
  }

  override_data {
    target = data.aws_partition.this
    values = {
      partition = "aws-us-gov"
    }
  }

  assert {
    condition     = output.partition == "aws-us-gov"
    error_message = "partition must follow the Region's partition."
  }
}

run "rejects_a_region_that_is_not_a_region_code" {
  command = plan

  variables {
    aws_region = "Ireland"
  }

  expect_failures = [var.aws_region]
}

run "rejects_a_project_name_with_uppercase_letters" {
  command = plan

  variables {
    project = "Connect_Privacy"
  }

  expect_failures = [var.project]
}

run "rejects_an_environment_with_a_hyphen" {
  command = plan

  variables {
    environment = "pre-prod"
  }

  expect_failures = [var.environment]
}

run "rejects_tags_in_the_aws_reserved_prefix" {
  command = plan

  variables {
    tags = {
      "aws:cloudformation:stack-name" = "x"
    }
  }

  expect_failures = [var.tags]
}

# --- the relay ------------------------------------------------------------------------------

run "outputs_what_to_paste_into_meta_and_what_to_run_next" {
  command = apply

  assert {
    condition     = output.webhook_callback_url == "https://abc123.execute-api.eu-west-1.amazonaws.com/webhook/messenger"
    error_message = "The callback URL must be the stage URL plus /webhook/messenger."
  }

  assert {
    condition     = output.put_secret_command == "aws secretsmanager put-secret-value --region eu-west-1 --secret-id ${output.messenger_secret_arn} --secret-string file://messenger-secret.json"
    error_message = "The secret command must name the secret and read the value from a file."
  }

  assert {
    condition     = output.streaming_topic_arn == "arn:aws:sns:eu-west-1:123456789012:connect-privacy-test-chat"
    error_message = "The streaming topic ARN must be an output."
  }

  assert {
    condition     = startswith(output.inbound_dlq_url, "https://sqs.") && startswith(output.outbound_dlq_url, "https://sqs.")
    error_message = "Both dead-letter queue URLs must be outputs."
  }

  assert {
    condition     = output.relay_function_names == { webhook = "connect-privacy-test-webhook", inbound = "connect-privacy-test-inbound", outbound = "connect-privacy-test-outbound" }
    error_message = "Functions must be named <project>-<environment>-<function>."
  }
}

run "warns_when_the_instance_is_in_another_account" {
  command = plan

  variables {
    connect_instance_arn = "arn:aws:connect:eu-west-1:210987654321:instance/11111111-2222-3333-4444-555555555555"
  }

  expect_failures = [check.connect_instance_is_in_the_deploying_account]
}

run "rejects_an_instance_arn_that_is_not_one" {
  command = plan

  variables {
    connect_instance_arn = "11111111-2222-3333-4444-555555555555"
  }

  expect_failures = [var.connect_instance_arn]
}

run "rejects_an_instance_in_another_region" {
  command = plan

  variables {
    connect_instance_arn = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555"
  }

  expect_failures = [var.connect_instance_arn]
}

run "rejects_a_contact_flow_arn_instead_of_its_id" {
  command = plan

  variables {
    connect_contact_flow_id = "arn:aws:connect:eu-west-1:123456789012:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000"
  }

  expect_failures = [var.connect_contact_flow_id]
}

run "rejects_an_unknown_architecture" {
  command = plan

  variables {
    lambda_architecture = "arm"
  }

  expect_failures = [var.lambda_architecture]
}

run "rejects_a_retention_cloudwatch_does_not_offer" {
  command = plan

  variables {
    log_retention_days = 31
  }

  expect_failures = [var.log_retention_days]
}

run "rejects_an_unknown_log_level" {
  command = plan

  variables {
    log_level = "verbose"
  }

  expect_failures = [var.log_level]
}

run "rejects_a_graph_version_that_is_not_vN_N" {
  command = plan

  variables {
    graph_api_version = "latest"
  }

  expect_failures = [var.graph_api_version]
}

run "rejects_an_unknown_channel" {
  command = plan

  variables {
    webhook_channels = []
  }

  expect_failures = [var.webhook_channels]
}

run "rejects_a_channel_named_twice" {
  command = plan

  variables {
    webhook_channels = ["messenger", "instagram", "messenger"]
  }

  expect_failures = [var.webhook_channels]
}

run "rejects_an_unknown_redaction_engine" {
  command = plan

  variables {
    redaction = { engines = ["regex"] }
  }

  expect_failures = [var.redaction]
}

run "rejects_an_entity_type_comprehend_does_not_know" {
  command = plan

  variables {
    redaction = { entity_types = ["CREDIT_CARD_NUMBER"] }
  }

  expect_failures = [var.redaction]
}

run "rejects_a_phone_region_that_is_not_a_country_code" {
  command = plan

  variables {
    redaction = { phone_regions = ["GBR"] }
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

run "rejects_an_empty_entity_type_list" {
  command = plan

  variables {
    redaction = { entity_types = [] }
  }

  expect_failures = [var.redaction]
}

run "rejects_an_unknown_mask_mode" {
  command = plan

  variables {
    redaction = { mask_mode = "entity_type" }
  }

  expect_failures = [var.redaction]
}

run "rejects_an_unsupported_language" {
  command = plan

  variables {
    redaction = { language = "de" }
  }

  expect_failures = [var.redaction]
}

run "rejects_a_negative_min_score" {
  command = plan

  variables {
    redaction = { min_score = -0.1 }
  }

  expect_failures = [var.redaction]
}

run "rejects_a_failure_policy_that_would_deliver_unredacted_text" {
  command = plan

  variables {
    redaction = { failure_policy = "deliver" }
  }

  expect_failures = [var.redaction]
}

run "rejects_a_custom_pattern_with_a_lowercase_name" {
  command = plan

  variables {
    redaction = { custom_patterns = { member = "MBR-\\d+" } }
  }

  expect_failures = [var.redaction]
}

run "rejects_a_chat_longer_than_seven_days" {
  command = plan

  variables {
    chat = { duration_minutes = 10081 }
  }

  expect_failures = [var.chat]
}

run "rejects_a_display_name_over_256_characters" {
  command = plan

  variables {
    chat = { customer_display_name = join("", [for i in range(257) : "x"]) }
  }

  expect_failures = [var.chat]
}

run "rejects_an_unknown_attachment_policy" {
  command = plan

  variables {
    chat = { attachment_policy = "keep" }
  }

  expect_failures = [var.chat]
}

run "rejects_a_max_receive_count_sqs_refuses" {
  command = plan

  variables {
    max_receive_count = 1001
  }

  expect_failures = [var.max_receive_count]
}

run "rejects_inbound_concurrency_below_two" {
  command = plan

  variables {
    inbound_concurrency = 1
  }

  expect_failures = [var.inbound_concurrency]
}

run "rejects_outbound_concurrency_of_zero" {
  command = plan

  variables {
    outbound_concurrency = 0
  }

  expect_failures = [var.outbound_concurrency]
}

run "rejects_an_alarm_email_that_is_not_one" {
  command = plan

  variables {
    alarm_email = "ops at example.com"
  }

  expect_failures = [var.alarm_email]
}

run "rejects_an_alarm_topic_that_is_not_an_sns_arn" {
  command = plan

  variables {
    alarm_topic_arn = "arn:aws:sqs:eu-west-1:123456789012:alarms"
  }

  expect_failures = [var.alarm_topic_arn]
}
