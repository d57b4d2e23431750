# Tests of transcript_vault under a mocked AWS provider (real schema, no AWS calls). What
# the policy documents decide is tested in pytest against the provider's real rendering
# (tests/unit/policies/); here: the bucket hardening, the trail, the functions and their
# failure handling, the alarms, and every validation. Runs that read provider-computed
# values (ARNs, names) use a mocked apply.

mock_provider "aws" {
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
      arn    = "arn:aws:kms:eu-west-2:111122223333:key/22222222-2222-3333-4444-555555555555"
      key_id = "22222222-2222-3333-4444-555555555555"
    }
  }

  mock_resource "aws_sqs_queue" {
    defaults = {
      arn = "arn:aws:sqs:eu-west-2:111122223333:mock-failures"
      url = "https://sqs.eu-west-2.amazonaws.com/111122223333/mock-failures"
    }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = {
      arn = "arn:aws:logs:eu-west-2:111122223333:log-group:mock"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::111122223333:role/mock"
    }
  }

  mock_resource "aws_lambda_function" {
    defaults = {
      arn        = "arn:aws:lambda:eu-west-2:111122223333:function:mock"
      invoke_arn = "arn:aws:apigateway:eu-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-2:111122223333:function:mock/invocations"
      version    = "1"
    }
  }
}

variables {
  name_prefix          = "connect-privacy-test"
  compliance_role_arns = ["arn:aws:iam::111122223333:role/ContactLensCompliance"]
  package_dir          = "tests/fixtures"
  source_bucket = {
    name                 = "amazon-connect-0a1b2c3d4e5f"
    contact_lens_prefix  = ""
    original_object_arns = ["arn:aws:s3:::amazon-connect-0a1b2c3d4e5f/Analysis/Voice/2*"]
    redacted_object_arns = ["arn:aws:s3:::amazon-connect-0a1b2c3d4e5f/Analysis/Voice/Redacted/*"]
    kms_key_arns         = ["arn:aws:kms:eu-west-2:111122223333:key/11111111-2222-3333-4444-555555555555"]
  }
}

run "hardens_the_vault_bucket" {
  command = plan

  assert {
    condition     = aws_s3_bucket.vault.bucket == "connect-privacy-test-vault-111122223333"
    error_message = "The vault is named after the prefix and the account."
  }

  assert {
    condition     = one(aws_s3_bucket_versioning.vault.versioning_configuration).status == "Enabled"
    error_message = "The vault must be versioned."
  }

  assert {
    condition = alltrue([
      aws_s3_bucket_public_access_block.vault.block_public_acls,
      aws_s3_bucket_public_access_block.vault.block_public_policy,
      aws_s3_bucket_public_access_block.vault.ignore_public_acls,
      aws_s3_bucket_public_access_block.vault.restrict_public_buckets,
    ])
    error_message = "All four Block Public Access settings must be on."
  }

  assert {
    condition     = one(aws_s3_bucket_ownership_controls.vault.rule).object_ownership == "BucketOwnerEnforced"
    error_message = "ACLs must be disabled (bucket owner enforced)."
  }

  assert {
    condition     = one(aws_s3_bucket_server_side_encryption_configuration.vault.rule).bucket_key_enabled == false
    error_message = "No Bucket Key on the vault: the key policy scopes decryption by object ARN."
  }

  assert {
    condition     = one([for r in aws_s3_bucket_lifecycle_configuration.vault.rule : r if r.id == "expire-noncurrent-versions"]).noncurrent_version_expiration[0].noncurrent_days == 365
    error_message = "Noncurrent versions must expire after noncurrent_version_expiration_days."
  }

  assert {
    condition     = aws_s3_bucket.vault.object_lock_enabled == false && length(aws_s3_bucket_object_lock_configuration.vault) == 0
    error_message = "Object Lock is off unless asked for: it cannot be turned off again."
  }
}

run "object_lock_applies_a_default_retention" {
  command = plan

  variables {
    object_lock = { enabled = true, mode = "COMPLIANCE", retention_days = 2555 }
  }

  assert {
    condition     = aws_s3_bucket.vault.object_lock_enabled
    error_message = "Object Lock must be enabled on the bucket."
  }

  assert {
    condition = (
      one(one(aws_s3_bucket_object_lock_configuration.vault[0].rule).default_retention).mode == "COMPLIANCE" &&
      one(one(aws_s3_bucket_object_lock_configuration.vault[0].rule).default_retention).days == 2555
    )
    error_message = "The default retention must use the given mode and days."
  }
}

run "records_data_events_of_the_vault_only" {
  command = plan

  assert {
    condition = [for s in one(aws_cloudtrail.vault.advanced_event_selector).field_selector : s if s.field == "resources.ARN"][0].starts_with == [
      "arn:aws:s3:::connect-privacy-test-vault-111122223333/",
    ]
    error_message = "The selector must match the vault's objects with StartsWith and the trailing slash."
  }

  assert {
    condition     = [for s in one(aws_cloudtrail.vault.advanced_event_selector).field_selector : s if s.field == "eventCategory"][0].equals == ["Data"]
    error_message = "The trail records data events."
  }

  assert {
    condition     = aws_cloudtrail.vault.s3_bucket_name == "connect-privacy-test-vault-trail-111122223333" && aws_cloudtrail.vault.enable_log_file_validation
    error_message = "The trail writes validated log files to its own bucket."
  }
}

run "deploys_both_functions_with_failure_queues_and_alarms" {
  command = apply

  assert {
    condition = (
      output.relocation_environment.VAULT_KMS_KEY_ID == aws_kms_key.vault.arn &&
      output.relocation_environment.VAULT_BUCKET == aws_s3_bucket.vault.bucket &&
      output.relocation_environment.SOURCE_BUCKET == "amazon-connect-0a1b2c3d4e5f" &&
      output.relocation_environment.CONTACT_LENS_PREFIX == "Analysis/"
    )
    error_message = "The relocation function must be told the vault, its key ARN, the source and the Analysis prefix."
  }

  assert {
    condition     = output.publish_environment.PUBLISHED_BUCKET == "amazon-connect-0a1b2c3d4e5f" && output.publish_environment.PUBLISHED_PREFIX == "Published/"
    error_message = "Publishing defaults to Published/ in the source bucket."
  }

  assert {
    condition     = toset(keys(aws_sqs_queue.failures)) == toset(["relocate", "publish"]) && alltrue([for q in aws_sqs_queue.failures : q.sqs_managed_sse_enabled])
    error_message = "Each function needs an encrypted failure queue."
  }

  assert {
    condition     = toset(keys(aws_cloudwatch_metric_alarm.failure_queue)) == toset(["relocate", "publish"])
    error_message = "Each failure queue needs a depth alarm."
  }

  assert {
    condition     = contains(keys(aws_cloudwatch_metric_alarm.vault), "relocate-OriginalMissing") && aws_cloudwatch_metric_alarm.vault["relocate-OriginalMissing"].dimensions.service == "connect-privacy-test-relocate"
    error_message = "The relocation's alarm metrics must be alarmed with the function's service dimension."
  }

  assert {
    condition     = output.relocation_function.dead_letter_queue_arn == aws_sqs_queue.failures["relocate"].arn
    error_message = "The lockdown wiring gets the relocation failure queue as EventBridge dead-letter queue."
  }
}

run "publishing_can_be_turned_off" {
  command = plan

  variables {
    publish = { enabled = false }
  }

  assert {
    condition     = length(module.publish) == 0 && keys(aws_sqs_queue.failures) == ["relocate"] && output.publish_function == null
    error_message = "Without publishing there is no publish function, queue or alarm."
  }
}

# --- validations: one run per rule -------------------------------------------------------

run "rejects_a_bad_name_prefix" {
  command = plan
  variables {
    name_prefix = "a-name-prefix-far-too-long-for-bucket-names"
  }
  expect_failures = [var.name_prefix]
}

run "rejects_an_empty_compliance_list" {
  command = plan
  variables {
    compliance_role_arns = []
  }
  expect_failures = [var.compliance_role_arns]
}

run "rejects_a_compliance_entry_with_a_wildcard" {
  command = plan
  variables {
    compliance_role_arns = ["arn:aws:iam::111122223333:role/*"]
  }
  expect_failures = [var.compliance_role_arns]
}

run "rejects_originals_outside_the_source_bucket" {
  command = plan
  variables {
    source_bucket = {
      name                 = "amazon-connect-0a1b2c3d4e5f"
      contact_lens_prefix  = ""
      original_object_arns = ["arn:aws:s3:::another-bucket/Analysis/Voice/2*"]
      redacted_object_arns = []
      kms_key_arns         = ["arn:aws:kms:eu-west-2:111122223333:key/11111111-2222-3333-4444-555555555555"]
    }
  }
  expect_failures = [var.source_bucket]
}

run "rejects_a_source_key_given_as_an_alias" {
  command = plan
  variables {
    source_bucket = {
      name                 = "amazon-connect-0a1b2c3d4e5f"
      contact_lens_prefix  = ""
      original_object_arns = ["arn:aws:s3:::amazon-connect-0a1b2c3d4e5f/Analysis/Voice/2*"]
      redacted_object_arns = []
      kms_key_arns         = ["alias/aws/connect"]
    }
  }
  expect_failures = [var.source_bucket]
}

run "rejects_an_unknown_object_lock_mode" {
  command = plan
  variables {
    object_lock = { enabled = true, mode = "LEGAL_HOLD" }
  }
  expect_failures = [var.object_lock]
}

run "rejects_an_object_lock_retention_out_of_range" {
  command = plan
  variables {
    object_lock = { enabled = true, retention_days = 0 }
  }
  expect_failures = [var.object_lock]
}

run "rejects_a_noncurrent_expiration_of_zero_days" {
  command = plan
  variables {
    noncurrent_version_expiration_days = 0
  }
  expect_failures = [var.noncurrent_version_expiration_days]
}

run "rejects_an_mfa_exemption_that_is_not_a_role" {
  command = plan
  variables {
    read_mfa = { exempt_principal_arns = ["*"] }
  }
  expect_failures = [var.read_mfa]
}

run "rejects_a_trail_retention_of_zero_days" {
  command = plan
  variables {
    trail_log_retention_days = 0
  }
  expect_failures = [var.trail_log_retention_days]
}

run "rejects_a_publish_prefix_without_a_trailing_slash" {
  command = plan
  variables {
    publish = { prefix = "Published" }
  }
  expect_failures = [var.publish]
}

run "rejects_publish_settings_other_than_redaction" {
  command = plan
  variables {
    publish_environment = { SOURCE_BUCKET = "elsewhere" }
  }
  expect_failures = [var.publish_environment]
}

run "rejects_an_alarm_topic_that_is_not_a_topic_arn" {
  command = plan
  variables {
    alarm_topic_arn = "alarms"
  }
  expect_failures = [var.alarm_topic_arn]
}

run "rejects_a_key_deletion_window_out_of_range" {
  command = plan
  variables {
    kms_deletion_window_in_days = 31
  }
  expect_failures = [var.kms_deletion_window_in_days]
}
