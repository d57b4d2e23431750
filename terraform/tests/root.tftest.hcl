# Plan-mode tests of the root module. The AWS provider is mocked, but its
# schema is the real one: every attribute below must exist in hashicorp/aws.

mock_provider "aws" {
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
}

variables {
  aws_region  = "eu-west-1"
  environment = "test"
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
    aws_region = "us-gov-west-1"
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
