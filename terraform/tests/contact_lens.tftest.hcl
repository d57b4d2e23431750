# The root module's Contact Lens originals vault wiring (contact_lens.tf), under a mocked
# AWS provider. The relay's own behaviour is tested in modules/messenger_relay.

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
      account_id = "111122223333"
    }
  }

  mock_data "aws_partition" {
    defaults = {
      partition = "aws"
    }
  }

  mock_data "aws_region" {
    defaults = {
      region = "eu-west-2"
    }
  }

  mock_resource "aws_kms_key" {
    defaults = {
      arn    = "arn:aws:kms:eu-west-2:111122223333:key/11111111-2222-3333-4444-555555555555"
      key_id = "11111111-2222-3333-4444-555555555555"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::111122223333:role/mock"
    }
  }

  mock_resource "aws_sqs_queue" {
    defaults = {
      arn = "arn:aws:sqs:eu-west-2:111122223333:mock-queue"
      url = "https://sqs.eu-west-2.amazonaws.com/111122223333/mock-queue"
    }
  }

  mock_resource "aws_sns_topic" {
    defaults = {
      arn = "arn:aws:sns:eu-west-2:111122223333:mock-topic"
    }
  }

  mock_resource "aws_secretsmanager_secret" {
    defaults = {
      arn = "arn:aws:secretsmanager:eu-west-2:111122223333:secret:connect-privacy-test/messenger-AbCdEf"
    }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = {
      arn = "arn:aws:logs:eu-west-2:111122223333:log-group:mock"
    }
  }

  mock_resource "aws_lambda_function" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-2:111122223333:function:mock"
      invoke_arn = "arn:aws:apigateway:eu-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-2:111122223333:function:mock/invocations"
      version    = "1"
    }
  }

  mock_resource "aws_lambda_alias" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-2:111122223333:function:mock:live"
      invoke_arn = "arn:aws:apigateway:eu-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-2:111122223333:function:mock:live/invocations"
    }
  }

  mock_resource "aws_apigatewayv2_api" {
    defaults = {
      execution_arn = "arn:aws:execute-api:eu-west-2:111122223333:abc123"
    }
  }

  mock_resource "aws_apigatewayv2_stage" {
    defaults = {
      invoke_url = "https://abc123.execute-api.eu-west-2.amazonaws.com/"
    }
  }

  mock_resource "aws_cloudwatch_event_rule" {
    defaults = {
      arn = "arn:aws:events:eu-west-2:111122223333:rule/connect-privacy-test-contact-lens-mock"
    }
  }
}

variables {
  aws_region              = "eu-west-2"
  environment             = "test"
  connect_instance_arn    = "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555"
  connect_contact_flow_id = "66666666-7777-8888-9999-000000000000"
  package_dir             = "tests/fixtures"
  contact_lens = {
    bucket_name              = "amazon-connect-0a1b2c3d4e5f"
    connect_service_role_arn = "arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_Ab12Cd34Ef56"
    compliance_role_arns     = ["arn:aws:iam::111122223333:role/ContactLensCompliance"]
    previous_kms_key_arns    = ["arn:aws:kms:eu-west-2:111122223333:key/99999999-2222-3333-4444-555555555555"]
  }
}

run "leaves_the_connect_bucket_alone_by_default" {
  command = plan

  variables {
    contact_lens = null
  }

  assert {
    condition     = length(module.contact_lens_lockdown) == 0 && length(module.transcript_vault) == 0 && output.vault_bucket_name == null
    error_message = "Without contact_lens nothing of the vault is deployed."
  }
}

run "exempts_the_relocation_role_and_gives_it_every_source_key" {
  command = apply

  assert {
    condition     = contains(output.contact_lens_exempt_principal_arns, module.transcript_vault[0].relocation_role_arn)
    error_message = "The relocation function's role must be exempt from the lockdown."
  }

  assert {
    condition     = output.vault_bucket_name == "connect-privacy-test-vault-111122223333"
    error_message = "The vault is named after the stack and the account."
  }

  assert {
    condition     = module.transcript_vault[0].relocation_environment.SOURCE_BUCKET == var.contact_lens.bucket_name
    error_message = "The relocation function must move originals out of the Connect bucket."
  }

  assert {
    condition     = module.transcript_vault[0].publish_environment.REDACTION_ENGINES == "patterns,custom"
    error_message = "The publish function runs the offline engines only."
  }
}

run "rejects_a_lockdown_without_compliance_roles" {
  command = plan

  variables {
    contact_lens = {
      bucket_name              = "amazon-connect-0a1b2c3d4e5f"
      connect_service_role_arn = "arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_Ab12Cd34Ef56"
      compliance_role_arns     = []
    }
  }

  expect_failures = [var.contact_lens]
}

run "rejects_an_unknown_event_delivery" {
  command = plan

  variables {
    contact_lens = {
      bucket_name              = "amazon-connect-0a1b2c3d4e5f"
      connect_service_role_arn = "arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_Ab12Cd34Ef56"
      compliance_role_arns     = ["arn:aws:iam::111122223333:role/ContactLensCompliance"]
      event_delivery           = "sqs"
    }
  }

  expect_failures = [var.contact_lens]
}

run "rejects_a_previous_key_given_as_an_alias" {
  command = plan

  variables {
    contact_lens = {
      bucket_name              = "amazon-connect-0a1b2c3d4e5f"
      connect_service_role_arn = "arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_Ab12Cd34Ef56"
      compliance_role_arns     = ["arn:aws:iam::111122223333:role/ContactLensCompliance"]
      previous_kms_key_arns    = ["alias/aws/connect"]
    }
  }

  expect_failures = [var.contact_lens]
}

run "rejects_an_unknown_object_lock_mode" {
  command = plan

  variables {
    transcript_vault = {
      object_lock = { enabled = true, mode = "FOREVER" }
    }
  }

  expect_failures = [var.transcript_vault]
}

# demo/stack.json (what `make demo` creates on its emulator) and the root module describe
# the same queues, tables, topic, secret, keys and vault bucket: a renamed queue or a
# changed retention in either fails here, so the demo cannot drift from what users deploy.
run "the_demo_describes_the_stack_terraform_deploys" {
  command = apply

  variables {
    environment = "demo"
  }

  assert {
    condition = output.name_prefix == replace(replace(jsondecode(file("../demo/stack.json")).naming.name,
    "{project}", jsondecode(file("../demo/stack.json")).naming.project), "{environment}", var.environment)
    error_message = "demo/stack.json's naming must be the root module's <project>-<environment>."
  }

  assert {
    condition = alltrue([for key, queue in output.relay_stateful_resources.queues :
      queue.name == replace(jsondecode(file("../demo/stack.json")).queues[key].name, "{name}", output.name_prefix) &&
      tostring(queue.message_retention_seconds) == jsondecode(file("../demo/stack.json")).queues[key].attributes.MessageRetentionPeriod &&
      queue.fifo == (lookup(jsondecode(file("../demo/stack.json")).queues[key].attributes, "FifoQueue", "false") == "true")
    ])
    error_message = "Each relay queue's name, retention and FIFO setting must match demo/stack.json."
  }

  assert {
    condition = (
      tostring(output.relay_stateful_resources.queues.inbound.visibility_timeout_seconds) == jsondecode(file("../demo/stack.json")).queues.inbound.attributes.VisibilityTimeout &&
      output.relay_stateful_resources.inbound_max_receive_count == jsondecode(file("../demo/stack.json")).queues.inbound.redrive.max_receive_count
    )
    error_message = "The inbound queue's visibility timeout and redrive count must match demo/stack.json."
  }

  assert {
    condition = alltrue([for key, table in output.relay_stateful_resources.tables :
      table.name == replace(jsondecode(file("../demo/stack.json")).tables[key].name, "{name}", output.name_prefix) &&
      table.hash_key == jsondecode(file("../demo/stack.json")).tables[key].hash_key &&
      table.ttl_attribute == jsondecode(file("../demo/stack.json")).tables[key].ttl_attribute &&
      table.point_in_time_recovery == jsondecode(file("../demo/stack.json")).tables[key].point_in_time_recovery &&
      table.indexes == sort([for index in jsondecode(file("../demo/stack.json")).tables[key].global_secondary_indexes : index.name])
    ])
    error_message = "Each table's name, key, TTL attribute, recovery and indexes must match demo/stack.json."
  }

  assert {
    condition = (
      output.relay_stateful_resources.streaming_topic == replace(jsondecode(file("../demo/stack.json")).topics.chat_streaming.name, "{name}", output.name_prefix) &&
      output.relay_stateful_resources.secret == replace(jsondecode(file("../demo/stack.json")).secrets.messenger.name, "{name}", output.name_prefix) &&
      output.relay_stateful_resources.kms_alias == replace(jsondecode(file("../demo/stack.json")).kms_keys.relay.alias, "{name}", output.name_prefix)
    )
    error_message = "The streaming topic, the Messenger secret and the relay key alias must match demo/stack.json."
  }

  assert {
    condition     = output.vault_bucket_name == replace(replace(jsondecode(file("../demo/stack.json")).buckets.vault.name, "{name}", output.name_prefix), "{account_id}", output.account_id)
    error_message = "The vault bucket's name must match demo/stack.json."
  }
}
