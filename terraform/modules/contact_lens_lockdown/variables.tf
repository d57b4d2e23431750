variable "name_prefix" {
  type        = string
  description = "Prefix of the names this module creates (key alias, EventBridge rules), e.g. \"connect-privacy-prod\"."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name_prefix))
    error_message = "The name_prefix must be 3 to 40 lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "bucket_name" {
  type        = string
  description = "The existing bucket Amazon Connect writes recordings, transcripts and Contact Lens output to (the instance's storage configuration)."

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "The bucket_name must be an S3 bucket name: 3 to 63 lowercase letters, digits, dots and hyphens."
  }
}

variable "contact_lens_prefix" {
  type        = string
  description = "Key prefix in front of Contact Lens's Analysis/ folder: \"\" when Analysis/ is at the bucket root (check with `aws s3 ls s3://<bucket>/`), else e.g. \"connect/my-instance/\"."
  default     = ""

  validation {
    condition     = var.contact_lens_prefix == "" || (endswith(var.contact_lens_prefix, "/") && !startswith(var.contact_lens_prefix, "/"))
    error_message = "The contact_lens_prefix must be \"\" or end with \"/\" and not start with \"/\"."
  }

  validation {
    condition     = !strcontains(var.contact_lens_prefix, "*") && !strcontains(var.contact_lens_prefix, "?")
    error_message = "The contact_lens_prefix must not contain * or ?: they are wildcards in policies."
  }
}

variable "channels" {
  type        = list(string)
  description = "Contact Lens channels whose originals are locked down."
  default     = ["Voice", "Chat", "Email"]

  validation {
    condition     = length(var.channels) > 0 && alltrue([for channel in var.channels : contains(["Voice", "Chat", "Email"], channel)])
    error_message = "The channels must be a non-empty list of \"Voice\", \"Chat\" and \"Email\" (case matters: they are S3 key segments)."
  }
}

variable "extra_original_prefixes" {
  type        = list(string)
  description = "Other prefixes that hold only un-redacted artifacts and get the same lockdown (not relocation): the CALL_RECORDINGS storage prefix, e.g. \"connect/my-instance/CallRecordings/\", and \"connect/my-instance/ChatTranscripts/\"."
  default     = []

  validation {
    condition     = alltrue([for prefix in var.extra_original_prefixes : can(regex("^[^/*?][^*?]*/$", prefix))])
    error_message = "Each extra_original_prefixes entry must end with \"/\", not start with \"/\", and hold no * or ?."
  }

  validation {
    condition     = alltrue([for prefix in var.extra_original_prefixes : !strcontains(prefix, "/Redacted/")])
    error_message = "An extra_original_prefixes entry must not contain a Redacted/ folder: redacted artifacts must stay readable."
  }
}

variable "compliance_role_arns" {
  type        = list(string)
  description = "IAM roles that may read originals (and, through the key policy, decrypt them). Role ARNs, not assumed-role session ARNs."

  validation {
    condition     = length(var.compliance_role_arns) > 0
    error_message = "At least one compliance role is needed: without one nobody but Connect could ever read an original."
  }

  validation {
    condition     = alltrue([for arn in var.compliance_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]+$", arn))])
    error_message = "Each compliance_role_arns entry must be an IAM role ARN (arn:aws:iam::123456789012:role/name), without wildcards."
  }
}

variable "connect_service_role_arn" {
  type        = string
  description = "The Amazon Connect instance's service-linked role (aws_connect_instance.service_role, or DescribeInstance's ServiceRole). It is exempt: Connect writes, plays back and deletes originals with it."

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/aws-service-role/connect\\.amazonaws\\.com/AWSServiceRoleForAmazonConnect_[A-Za-z0-9]+$", var.connect_service_role_arn))
    error_message = "The connect_service_role_arn must be arn:aws:iam::<account>:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_<suffix>."
  }
}

variable "relocation_role_arn" {
  type        = string
  description = "Execution role of the function that moves originals into the vault; exempt from both policies. null for a lockdown without relocation. A separate input from relocation_function so that the key policy does not wait for the function."
  default     = null

  validation {
    condition     = var.relocation_role_arn == null || can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]+$", var.relocation_role_arn))
    error_message = "The relocation_role_arn must be an IAM role ARN."
  }
}

variable "relocation_function" {
  type = object({
    function_arn          = string
    function_name         = string
    dead_letter_queue_arn = string
  })
  description = "The function invoked for every new original (<channel>/2*); function_arn is what triggers invoke (lambda_function's target_arn). null for no relocation."
  default     = null
}

variable "publish_function" {
  type = object({
    function_arn          = string
    function_name         = string
    dead_letter_queue_arn = string
  })
  description = "The function invoked for every new redacted analysis file (*.json under <channel>/Redacted/); it is not exempt. null for none."
  default     = null
}

variable "redacted_reader_arns" {
  type        = list(string)
  description = "Roles the key policy lets decrypt redacted artifacts (only those). Roles whose IAM policies grant kms:Decrypt on this key need not be listed."
  default     = []

  validation {
    condition     = alltrue([for arn in var.redacted_reader_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]+$", arn))])
    error_message = "Each redacted_reader_arns entry must be an IAM role ARN."
  }
}

variable "existing_policy_json" {
  type        = string
  description = "The bucket's current policy (`aws s3api get-bucket-policy --bucket <b> --query Policy --output text`), whose statements are kept: the bucket policy this module writes REPLACES the whole policy. null when the bucket has none."
  default     = null

  validation {
    condition     = var.existing_policy_json == null || can(jsondecode(var.existing_policy_json).Statement)
    error_message = "The existing_policy_json must be a policy document: JSON with a Statement element."
  }
}

variable "event_delivery" {
  type        = string
  description = "How new objects reach the functions: \"s3_notification\" (prefix filters on the bucket's notification configuration) or \"eventbridge\" (the bucket sends all events to EventBridge; rules pick ours)."
  default     = "s3_notification"

  validation {
    condition     = contains(["s3_notification", "eventbridge"], var.event_delivery)
    error_message = "The event_delivery must be \"s3_notification\" or \"eventbridge\"."
  }
}

variable "bucket_notification_managed" {
  type        = bool
  description = "Whether this module writes the bucket's notification configuration, which REPLACES the whole configuration. Set false when it is managed elsewhere and add our entries (output notification_filters) there."
  default     = true
}

variable "additional_lambda_notifications" {
  type = list(object({
    id                  = string
    lambda_function_arn = string
    events              = list(string)
    filter_prefix       = optional(string)
    filter_suffix       = optional(string)
  }))
  description = "Lambda notifications other teams already have on the bucket, kept in the configuration this module writes (s3_notification mode). Their filters must not overlap ours."
  default     = []
}

variable "eventbridge_retry" {
  type = object({
    maximum_event_age_in_seconds = optional(number, 3600)
    maximum_retry_attempts       = optional(number, 10)
  })
  description = "Retries of the EventBridge targets (eventbridge mode) before an event goes to the function's dead-letter queue."
  default     = {}

  validation {
    condition     = var.eventbridge_retry.maximum_event_age_in_seconds >= 60 && var.eventbridge_retry.maximum_event_age_in_seconds <= 86400
    error_message = "The eventbridge_retry.maximum_event_age_in_seconds must be between 60 and 86400."
  }

  validation {
    condition     = var.eventbridge_retry.maximum_retry_attempts >= 0 && var.eventbridge_retry.maximum_retry_attempts <= 185
    error_message = "The eventbridge_retry.maximum_retry_attempts must be between 0 and 185."
  }
}

variable "kms_deletion_window_in_days" {
  type        = number
  description = "Waiting period before the key is deleted after a destroy."
  default     = 30

  validation {
    condition     = var.kms_deletion_window_in_days >= 7 && var.kms_deletion_window_in_days <= 30
    error_message = "The kms_deletion_window_in_days must be between 7 and 30."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags for the resources this module creates (the provider's default_tags apply too)."
  default     = {}
}
