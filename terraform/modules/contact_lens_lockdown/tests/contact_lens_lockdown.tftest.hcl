# Plan-mode tests of contact_lens_lockdown under a mocked AWS provider (real schema, no
# AWS calls). The policy JSON is random under mocks: what the documents decide is tested in
# pytest against the provider's real rendering (tests/unit/policies/); here we test what
# goes into them, the resources on the bucket, the event wiring and every validation.

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
      arn    = "arn:aws:kms:eu-west-2:111122223333:key/11111111-2222-3333-4444-555555555555"
      key_id = "11111111-2222-3333-4444-555555555555"
    }
  }

  mock_resource "aws_cloudwatch_event_rule" {
    defaults = {
      arn = "arn:aws:events:eu-west-2:111122223333:rule/connect-privacy-test-contact-lens-mock"
    }
  }
}

variables {
  name_prefix              = "connect-privacy-test"
  bucket_name              = "amazon-connect-0a1b2c3d4e5f"
  compliance_role_arns     = ["arn:aws:iam::111122223333:role/ContactLensCompliance"]
  connect_service_role_arn = "arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_Ab12Cd34Ef56"
  relocation_role_arn      = "arn:aws:iam::111122223333:role/connect-privacy-test-relocate"
  relocation_function = {
    function_arn          = "arn:aws:lambda:eu-west-2:111122223333:function:connect-privacy-test-relocate"
    function_name         = "connect-privacy-test-relocate"
    dead_letter_queue_arn = "arn:aws:sqs:eu-west-2:111122223333:connect-privacy-test-relocate-failures"
  }
  publish_function = {
    function_arn          = "arn:aws:lambda:eu-west-2:111122223333:function:connect-privacy-test-publish"
    function_name         = "connect-privacy-test-publish"
    dead_letter_queue_arn = "arn:aws:sqs:eu-west-2:111122223333:connect-privacy-test-publish-failures"
  }
  extra_original_prefixes = ["connect/example/CallRecordings/"]
}

run "writes_the_policy_and_a_customer_managed_key_on_the_existing_bucket" {
  command = plan

  assert {
    condition     = aws_s3_bucket_policy.this.bucket == var.bucket_name
    error_message = "The bucket policy must go on the given bucket."
  }

  assert {
    condition     = aws_kms_key.this.enable_key_rotation && aws_kms_alias.this.name == "alias/connect-privacy-test-contact-lens"
    error_message = "The bucket's key must rotate and be aliased after the name prefix."
  }

  assert {
    condition     = one(aws_s3_bucket_server_side_encryption_configuration.this.rule).bucket_key_enabled == false
    error_message = "S3 Bucket Keys must be off: with one the encryption context is the bucket, not the object."
  }

  assert {
    condition     = one(one(aws_s3_bucket_server_side_encryption_configuration.this.rule).apply_server_side_encryption_by_default).sse_algorithm == "aws:kms"
    error_message = "Default encryption must be SSE-KMS with the bucket's key."
  }
}

run "exempts_exactly_compliance_connect_and_relocation_roles" {
  command = plan

  assert {
    condition = output.exempt_principal_arns == [
      "arn:aws:iam::111122223333:role/ContactLensCompliance",
      "arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_Ab12Cd34Ef56",
      "arn:aws:iam::111122223333:role/connect-privacy-test-relocate",
    ]
    error_message = "The exempt list must be the compliance roles, Connect's service-linked role and the relocation role."
  }
}

run "locks_originals_by_year_and_never_the_redacted_folders" {
  command = plan

  assert {
    condition = output.original_object_arns == [
      "arn:aws:s3:::amazon-connect-0a1b2c3d4e5f/Analysis/Voice/2*",
      "arn:aws:s3:::amazon-connect-0a1b2c3d4e5f/Analysis/Chat/2*",
      "arn:aws:s3:::amazon-connect-0a1b2c3d4e5f/Analysis/Email/2*",
      "arn:aws:s3:::amazon-connect-0a1b2c3d4e5f/connect/example/CallRecordings/*",
    ]
    error_message = "Originals are <channel>/2* (the year) plus the extra prefixes."
  }

  assert {
    condition     = output.analysis_original_object_arns == slice(output.original_object_arns, 0, 3)
    error_message = "The relocation role gets Contact Lens's originals only, not the call recordings."
  }

  assert {
    condition     = alltrue([for arn in output.redacted_object_arns : endswith(arn, "/Redacted/*")])
    error_message = "Redacted artifacts are everything under <channel>/Redacted/."
  }
}

run "follows_a_contact_lens_prefix" {
  command = plan

  variables {
    contact_lens_prefix = "connect/example/"
    channels            = ["Voice"]
  }

  assert {
    condition     = output.analysis_original_object_arns == ["arn:aws:s3:::amazon-connect-0a1b2c3d4e5f/connect/example/Analysis/Voice/2*"]
    error_message = "The prefix must come before Analysis/."
  }

  assert {
    condition     = keys(output.notification_filters) == ["publish-voice-redacted-analysis", "relocate-voice-originals"]
    error_message = "Only the configured channels get notifications."
  }
}

run "s3_notifications_filter_originals_and_redacted_analysis_without_overlap" {
  command = plan

  assert {
    condition     = one(aws_s3_bucket_notification.this).eventbridge == false
    error_message = "s3_notification mode must not switch EventBridge on."
  }

  assert {
    condition = toset([for n in one(aws_s3_bucket_notification.this).lambda_function : "${n.filter_prefix}|${coalesce(n.filter_suffix, "-")}"]) == toset([
      "Analysis/Voice/2|-", "Analysis/Chat/2|-", "Analysis/Email/2|-",
      "Analysis/Voice/Redacted/|.json", "Analysis/Chat/Redacted/|.json", "Analysis/Email/Redacted/|.json",
    ])
    error_message = "Relocation filters on <channel>/2, publish on <channel>/Redacted/ *.json: no prefix is a prefix of another."
  }

  assert {
    condition     = length(aws_lambda_permission.s3) == 2 && aws_lambda_permission.s3["relocation"].source_account == "111122223333"
    error_message = "Each function needs an S3 permission pinned to the bucket and the account."
  }

  assert {
    condition     = length(aws_cloudwatch_event_rule.this) == 0
    error_message = "No EventBridge rules in s3_notification mode."
  }
}

run "keeps_other_teams_notifications_in_the_configuration_it_replaces" {
  command = plan

  variables {
    additional_lambda_notifications = [{
      id                  = "reports"
      lambda_function_arn = "arn:aws:lambda:eu-west-2:111122223333:function:reports"
      events              = ["s3:ObjectCreated:*"]
      filter_prefix       = "Reports/"
    }]
  }

  assert {
    condition     = contains([for n in one(aws_s3_bucket_notification.this).lambda_function : n.id], "reports")
    error_message = "Notifications given in additional_lambda_notifications must be kept."
  }
}

run "eventbridge_mode_switches_eventbridge_on_and_routes_with_rules" {
  command = apply

  variables {
    event_delivery = "eventbridge"
  }

  assert {
    condition     = one(aws_s3_bucket_notification.this).eventbridge && length(one(aws_s3_bucket_notification.this).lambda_function) == 0
    error_message = "eventbridge mode turns EventBridge on and adds no Lambda notifications."
  }

  assert {
    condition = jsondecode(aws_cloudwatch_event_rule.this["relocation"].event_pattern).detail.object.key == [
      { prefix = "Analysis/Chat/2" }, { prefix = "Analysis/Email/2" }, { prefix = "Analysis/Voice/2" },
    ]
    error_message = "The relocation rule must match original keys by prefix only."
  }

  assert {
    condition     = jsondecode(aws_cloudwatch_event_rule.this["publish"].event_pattern).detail.object.key[0] == { wildcard = "Analysis/Chat/Redacted/*.json" }
    error_message = "The publish rule must match redacted analysis JSON files."
  }

  assert {
    condition     = aws_cloudwatch_event_target.this["relocation"].dead_letter_config[0].arn == var.relocation_function.dead_letter_queue_arn
    error_message = "Undeliverable events must go to the function's failure queue."
  }

  assert {
    condition     = aws_lambda_permission.eventbridge["publish"].principal == "events.amazonaws.com" && length(aws_lambda_permission.s3) == 0
    error_message = "EventBridge, not S3, invokes the functions in eventbridge mode."
  }
}

run "leaves_the_notification_configuration_alone_when_it_is_managed_elsewhere" {
  command = plan

  variables {
    bucket_notification_managed = false
  }

  assert {
    condition     = length(aws_s3_bucket_notification.this) == 0 && length(output.notification_filters) == 6
    error_message = "bucket_notification_managed = false must not write the configuration but still report the filters."
  }
}

run "a_lockdown_without_functions_has_no_wiring" {
  command = plan

  variables {
    relocation_role_arn = null
    relocation_function = null
    publish_function    = null
  }

  assert {
    condition     = length(aws_s3_bucket_notification.this) == 0 && length(output.exempt_principal_arns) == 2
    error_message = "Without functions only the policies, key and encryption are managed."
  }
}

# --- validations: one run per rule --------------------------------------------------------

run "rejects_a_bad_name_prefix" {
  command = plan
  variables {
    name_prefix = "Connect_Privacy"
  }
  expect_failures = [var.name_prefix]
}

run "rejects_a_bad_bucket_name" {
  command = plan
  variables {
    bucket_name = "Amazon_Connect"
  }
  expect_failures = [var.bucket_name]
}

run "rejects_a_contact_lens_prefix_with_a_leading_slash" {
  command = plan
  variables {
    contact_lens_prefix = "/connect/example/"
  }
  expect_failures = [var.contact_lens_prefix]
}

run "rejects_a_contact_lens_prefix_with_wildcards" {
  command = plan
  variables {
    contact_lens_prefix = "connect/*/"
  }
  expect_failures = [var.contact_lens_prefix]
}

run "rejects_an_unknown_channel" {
  command = plan
  variables {
    channels = ["voice"]
  }
  expect_failures = [var.channels]
}

run "rejects_an_extra_prefix_without_a_trailing_slash" {
  command = plan
  variables {
    extra_original_prefixes = ["connect/example/CallRecordings"]
  }
  expect_failures = [var.extra_original_prefixes]
}

run "rejects_an_extra_prefix_that_holds_redacted_files" {
  command = plan
  variables {
    extra_original_prefixes = ["Analysis/Voice/Redacted/"]
  }
  expect_failures = [var.extra_original_prefixes]
}

run "rejects_an_empty_compliance_list" {
  command = plan
  variables {
    compliance_role_arns = []
  }
  expect_failures = [var.compliance_role_arns]
}

run "rejects_a_compliance_entry_that_is_not_a_role_arn" {
  command = plan
  variables {
    compliance_role_arns = ["arn:aws:sts::111122223333:assumed-role/ContactLensCompliance/alice"]
  }
  expect_failures = [var.compliance_role_arns]
}

run "rejects_a_connect_role_that_is_not_its_service_linked_role" {
  command = plan
  variables {
    connect_service_role_arn = "arn:aws:iam::111122223333:role/ConnectAdmin"
  }
  expect_failures = [var.connect_service_role_arn]
}

run "rejects_a_relocation_role_that_is_not_a_role_arn" {
  command = plan
  variables {
    relocation_role_arn = "connect-privacy-test-relocate"
  }
  expect_failures = [var.relocation_role_arn]
}

run "rejects_a_redacted_reader_that_is_not_a_role_arn" {
  command = plan
  variables {
    redacted_reader_arns = ["*"]
  }
  expect_failures = [var.redacted_reader_arns]
}

run "rejects_an_existing_policy_that_is_not_a_policy_document" {
  command = plan
  variables {
    existing_policy_json = "{\"Version\": \"2012-10-17\"}"
  }
  expect_failures = [var.existing_policy_json]
}

run "rejects_an_unknown_event_delivery" {
  command = plan
  variables {
    event_delivery = "sns"
  }
  expect_failures = [var.event_delivery]
}

run "rejects_an_eventbridge_event_age_out_of_range" {
  command = plan
  variables {
    eventbridge_retry = { maximum_event_age_in_seconds = 30 }
  }
  expect_failures = [var.eventbridge_retry]
}

run "rejects_eventbridge_retries_out_of_range" {
  command = plan
  variables {
    eventbridge_retry = { maximum_retry_attempts = 200 }
  }
  expect_failures = [var.eventbridge_retry]
}

run "rejects_a_key_deletion_window_out_of_range" {
  command = plan
  variables {
    kms_deletion_window_in_days = 3
  }
  expect_failures = [var.kms_deletion_window_in_days]
}
