variable "aws_region" {
  type        = string
  description = "AWS Region to deploy into. No default: customer conversations stay in the Region you choose, next to your Amazon Connect instance."

  validation {
    condition     = can(regex("^[a-z]{2,4}(-[a-z]+){1,2}-[0-9]{1,2}$", var.aws_region))
    error_message = "The aws_region must be a Region code such as \"eu-west-1\"."
  }
}

variable "project" {
  type        = string
  description = "Project name, the first part of every resource name."
  default     = "connect-privacy"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,22}[a-z0-9]$", var.project))
    error_message = "The project must be 3 to 24 characters of lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen."
  }
}

variable "environment" {
  type        = string
  description = "Deployment environment, for example \"dev\" or \"prod\"; the second part of every resource name."

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{0,9}$", var.environment))
    error_message = "The environment must be 1 to 10 lowercase letters and digits, starting with a letter."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource. Project, Environment and ManagedBy are always set and cannot be overridden."
  default     = {}

  validation {
    condition     = alltrue([for key in keys(var.tags) : !startswith(lower(key), "aws:")])
    error_message = "Tag keys must not start with \"aws:\", a prefix AWS reserves for its own tags."
  }
}
