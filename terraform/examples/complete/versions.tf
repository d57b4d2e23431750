terraform {
  # 1.11 is the first release of both OpenTofu and Terraform with write-only
  # arguments, which keep secret values out of state.
  required_version = ">= 1.11.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.48"
    }
  }
}
