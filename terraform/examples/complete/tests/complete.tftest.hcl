# The complete example planned with the values of its terraform.tfvars.example (the
# file-level variables below are that file's, which tests/infrastructure checks), under a
# mocked AWS provider: the relay, the Contact Lens lock-down and the vault are all deployed
# and wired to each other. The modules' own behaviour is tested in their tests/.

mock_provider "aws" {
  # A mocked data source's json is a random string, which the provider's own validation
  # of policy arguments rejects; any valid document will do here.
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

  mock_data "aws_region" {
    defaults = {
      region = "eu-west-1"
    }
  }

  mock_resource "aws_kms_key" {
    defaults = {
      arn    = "arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555"
      key_id = "11111111-2222-3333-4444-555555555555"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/mock"
    }
  }

  mock_resource "aws_sqs_queue" {
    defaults = {
      arn = "arn:aws:sqs:eu-west-1:123456789012:mock-queue"
      url = "https://sqs.eu-west-1.amazonaws.com/123456789012/mock-queue"
    }
  }

  mock_resource "aws_sns_topic" {
    defaults = {
      arn = "arn:aws:sns:eu-west-1:123456789012:mock-topic"
    }
  }

  mock_resource "aws_secretsmanager_secret" {
    defaults = {
      arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:connect-privacy-test/messenger-AbCdEf"
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

  mock_resource "aws_lambda_alias" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-1:123456789012:function:mock:live"
      invoke_arn = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:mock:live/invocations"
    }
  }

  mock_resource "aws_apigatewayv2_api" {
    defaults = {
      execution_arn = "arn:aws:execute-api:eu-west-1:123456789012:abc123"
    }
  }

  mock_resource "aws_apigatewayv2_stage" {
    defaults = {
      invoke_url = "https://abc123.execute-api.eu-west-1.amazonaws.com/"
    }
  }

  mock_resource "aws_cloudwatch_event_rule" {
    defaults = {
      arn = "arn:aws:events:eu-west-1:123456789012:rule/connect-privacy-test-contact-lens-mock"
    }
  }
}

variables {
  # Stand-in zips: the tests must not depend on `make build`.
  package_dir = "../../tests/fixtures"

  aws_region              = "eu-west-1"
  environment             = "prod"
  connect_instance_arn    = "arn:aws:connect:eu-west-1:123456789012:instance/00000000-0000-0000-0000-000000000000"
  connect_contact_flow_id = "00000000-0000-0000-0000-000000000000"
  graph_api_version       = "v25.0"
  lambda_architecture     = "arm64"
  redaction = {
    entity_types   = ["CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_CVV", "CREDIT_DEBIT_EXPIRY", "BANK_ACCOUNT_NUMBER", "SSN", "EMAIL", "PHONE", "ADDRESS", "PASSWORD"]
    mask_mode      = "ENTITY_TYPE"
    failure_policy = "patterns_only"
    custom_patterns = {
      MEMBER_ID = "\\bMBR-\\d{8}\\b"
    }
  }
  chat = {
    duration_minutes      = 1500
    customer_display_name = "Messenger customer"
  }
  webhook_snapstart_enabled = false
  alarm_email               = "oncall@example.com"
  log_retention_days        = 365
  contact_lens = {
    bucket_name              = "amazon-connect-0123456789ab"
    connect_service_role_arn = "arn:aws:iam::123456789012:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_0123456789ab"
    compliance_role_arns     = ["arn:aws:iam::123456789012:role/ContactLensCompliance"]
  }
  transcript_vault = {
    object_lock = {
      enabled = false
    }
    trail_log_retention_days = 2557
  }
  tags = {
    CostCenter = "contact-centre"
  }
}

run "deploys_the_relay_the_lockdown_and_the_vault" {
  command = apply

  assert {
    condition     = length(module.contact_lens_lockdown) == 1 && length(module.transcript_vault) == 1
    error_message = "The example must deploy the Contact Lens lock-down and the vault with the tfvars example's contact_lens."
  }

  assert {
    condition     = output.webhook_callback_url == "https://abc123.execute-api.eu-west-1.amazonaws.com/webhook/messenger"
    error_message = "The example must output the webhook callback URL to paste into Meta's dashboard."
  }

  assert {
    condition     = strcontains(output.put_secret_command, output.messenger_secret_arn)
    error_message = "The put-secret command must target the relay's secret."
  }

  assert {
    condition     = output.vault_bucket_name != null && output.vault_kms_key_arn != null && output.vault_trail_arn != null && output.contact_lens_kms_key_arn != null
    error_message = "The example must output the vault bucket, its key and trail, and the Connect bucket's new key."
  }

  assert {
    condition = length(output.contact_lens_exempt_principal_arns) == 3 && alltrue([
      for arn in ["arn:aws:iam::123456789012:role/ContactLensCompliance", "arn:aws:iam::123456789012:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_0123456789ab", module.transcript_vault[0].relocation_role_arn] :
      contains(output.contact_lens_exempt_principal_arns, arn)
    ])
    error_message = "Only the compliance role, Connect's service role and the relocation function may read originals."
  }

  assert {
    condition     = output.name_prefix == "connect-privacy-prod" && output.tags == { CostCenter = "contact-centre", Project = "connect-privacy", Environment = "prod", ManagedBy = "terraform" }
    error_message = "Names and tags must follow project and environment, as in the root."
  }
}

run "deploys_the_relay_alone_without_contact_lens" {
  command = plan

  variables {
    contact_lens = null
  }

  assert {
    condition     = length(module.contact_lens_lockdown) == 0 && length(module.transcript_vault) == 0
    error_message = "Without contact_lens the example must leave the Connect bucket alone."
  }
}

run "rejects_an_entity_type_comprehend_does_not_know" {
  command = plan

  variables {
    redaction = {
      entity_types = ["CREDIT_CARD"]
    }
  }

  expect_failures = [var.redaction]
}
