variable "name" {
  type        = string
  description = "Function name; also names its role (<name>) and log group (/aws/lambda/<name>)."

  validation {
    # The role name shares the function name, so IAM's 64-character limit applies.
    condition     = can(regex("^[A-Za-z0-9_-]{1,64}$", var.name))
    error_message = "The name must be 1 to 64 letters, digits, hyphens or underscores."
  }
}

variable "description" {
  type        = string
  description = "What the function does, shown in the Lambda console."
  default     = ""

  validation {
    condition     = length(var.description) <= 256
    error_message = "The description must be at most 256 characters."
  }
}

variable "filename" {
  type        = string
  description = "Path of the function's zip (build/dist/<function>.zip from `make build`). Its SHA-256 is the source_code_hash, so a rebuilt zip redeploys and an unchanged one does not."
}

variable "handler" {
  type        = string
  description = "Handler inside the zip, \"<package>.handler.lambda_handler\"."

  validation {
    condition     = can(regex("^[A-Za-z_][A-Za-z0-9_.]*\\.[A-Za-z_][A-Za-z0-9_]*$", var.handler))
    error_message = "The handler must be a dotted Python path ending in the function, e.g. \"webhook.handler.lambda_handler\"."
  }
}

variable "runtime" {
  type        = string
  description = "Lambda Python runtime; the zips are built for it (make build LAMBDA_PYTHON=...)."
  default     = "python3.13"

  validation {
    # SnapStart for Python needs 3.12 or later; older runtimes are deprecated anyway.
    condition     = contains(["python3.12", "python3.13"], var.runtime)
    error_message = "The runtime must be python3.12 or python3.13."
  }
}

variable "architecture" {
  type        = string
  description = "Instruction set: arm64 (cheaper per GB-second) or x86_64. Must match the zip (make build ARCH=...)."
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.architecture)
    error_message = "The architecture must be arm64 or x86_64."
  }
}

variable "memory_size" {
  type        = number
  description = "Memory in MB; CPU scales with it, so it also sets cold-start speed."
  default     = 256

  validation {
    condition     = var.memory_size >= 128 && var.memory_size <= 10240 && floor(var.memory_size) == var.memory_size
    error_message = "The memory_size must be a whole number of MB from 128 to 10240."
  }
}

variable "timeout" {
  type        = number
  description = "Timeout in seconds."
  default     = 10

  validation {
    condition     = var.timeout >= 1 && var.timeout <= 900 && floor(var.timeout) == var.timeout
    error_message = "The timeout must be a whole number of seconds from 1 to 900."
  }
}

variable "reserved_concurrent_executions" {
  type        = number
  description = "Concurrency reserved for (and capping) the function, protecting downstream quotas; -1 leaves it unreserved."
  default     = -1

  validation {
    condition     = var.reserved_concurrent_executions >= -1 && floor(var.reserved_concurrent_executions) == var.reserved_concurrent_executions
    error_message = "The reserved_concurrent_executions must be -1 (unreserved) or a whole number of 0 or more."
  }
}

variable "environment" {
  type        = map(string)
  description = "Environment variables the function's settings class reads. The Powertools variables come from var.powertools."
  default     = {}

  validation {
    # Lambda rejects keys it reserves; POWERTOOLS_* come from var.powertools so they stay consistent.
    condition = alltrue([
      for key in keys(var.environment) :
      can(regex("^[A-Za-z][A-Za-z0-9_]*$", key)) && !startswith(key, "AWS_") && !startswith(key, "POWERTOOLS_") && !startswith(key, "LAMBDA_") && !contains(["_HANDLER", "TZ"], key)
    ])
    error_message = "Environment keys must be letters, digits and underscores, and must not start with AWS_, LAMBDA_ or POWERTOOLS_ (set those through var.powertools)."
  }
}

variable "powertools" {
  type = object({
    service_name      = string
    metrics_namespace = string
    log_level         = optional(string, "INFO")
  })
  description = "Powertools for AWS Lambda settings: the service name (the metrics' service dimension and the logs' service key), the CloudWatch metrics namespace and the log level."

  validation {
    condition     = contains(["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], var.powertools.log_level)
    error_message = "The powertools.log_level must be DEBUG, INFO, WARNING, ERROR or CRITICAL."
  }

  validation {
    condition     = can(regex("^[A-Za-z0-9_./#:-]{1,255}$", var.powertools.metrics_namespace)) && !startswith(var.powertools.metrics_namespace, "AWS/")
    error_message = "The powertools.metrics_namespace must be 1 to 255 characters of letters, digits and . - _ / # : and must not start with AWS/."
  }

  validation {
    condition     = length(trimspace(var.powertools.service_name)) > 0
    error_message = "The powertools.service_name must not be empty."
  }
}

variable "log_retention_days" {
  type        = number
  description = "Days CloudWatch Logs keeps the function's logs."
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "The log_retention_days must be one CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "kms_key_arn" {
  type        = string
  description = "ARN of the customer-managed KMS key that encrypts the log group and the environment variables. Its key policy must let logs.<region>.amazonaws.com use it for this log group."

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", var.kms_key_arn))
    error_message = "The kms_key_arn must be a KMS key ARN, arn:<partition>:kms:<region>:<account>:key/<id>."
  }
}

variable "policy_json" {
  type        = string
  description = "IAM policy document (JSON, from an aws_iam_policy_document) with what the function's code calls. Logs, X-Ray, the KMS key and the on-failure destination are added by the module."
}

variable "snapstart_enabled" {
  type        = bool
  description = "Turn on Lambda SnapStart: publish a version per deployment and point the \"live\" alias at it; callers then invoke target_arn / target_invoke_arn (the alias)."
  default     = false
}

variable "async_invocation" {
  type = object({
    on_failure_destination_arn   = optional(string)
    maximum_retry_attempts       = optional(number, 2)
    maximum_event_age_in_seconds = optional(number, 3600)
  })
  description = "Asynchronous invocation settings (SNS, S3, EventBridge triggers): retries, maximum event age and an SQS queue or SNS topic for events that still fail. Null for functions invoked synchronously or by an event source mapping."
  default     = null

  validation {
    condition     = var.async_invocation == null || try(var.async_invocation.maximum_retry_attempts >= 0 && var.async_invocation.maximum_retry_attempts <= 2, false)
    error_message = "The async_invocation.maximum_retry_attempts must be 0, 1 or 2."
  }

  validation {
    condition     = var.async_invocation == null || try(var.async_invocation.maximum_event_age_in_seconds >= 60 && var.async_invocation.maximum_event_age_in_seconds <= 21600, false)
    error_message = "The async_invocation.maximum_event_age_in_seconds must be from 60 to 21600."
  }

  validation {
    condition     = try(var.async_invocation.on_failure_destination_arn, null) == null || can(regex("^arn:aws[a-z-]*:(sqs|sns):[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_.-]+$", var.async_invocation.on_failure_destination_arn))
    error_message = "The async_invocation.on_failure_destination_arn must be an SQS queue or SNS topic ARN."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags for the function, its role and its log group (on top of the provider's default_tags)."
  default     = {}
}
