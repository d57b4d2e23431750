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

# --- the Messenger relay (modules/messenger_relay) --------------------------------------

variable "connect_instance_arn" {
  type        = string
  description = "ARN of your Amazon Connect instance, in aws_region and in the account you deploy into: arn:aws:connect:<region>:<account>:instance/<id>."

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:connect:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:instance/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.connect_instance_arn))
    error_message = "The connect_instance_arn must look like arn:aws:connect:<region>:<account>:instance/<uuid>."
  }

  validation {
    # The functions call Connect in their own Region.
    condition     = try(split(":", var.connect_instance_arn)[3] == var.aws_region, false)
    error_message = "The connect_instance_arn must be in aws_region: the relay is deployed next to the instance."
  }
}

variable "connect_contact_flow_id" {
  type        = string
  description = "ID of the contact flow Messenger chats start in (the UUID at the end of the flow's ARN)."

  validation {
    condition     = can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.connect_contact_flow_id))
    error_message = "The connect_contact_flow_id must be a UUID such as 12345678-1234-1234-1234-123456789012."
  }
}

variable "package_dir" {
  type        = string
  description = "Directory with the function zips from `make build`; null means ../build/dist next to this module."
  default     = null
}

variable "lambda_architecture" {
  type        = string
  description = "Instruction set of every function, arm64 or x86_64; build the zips for it (make build ARCH=...)."
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.lambda_architecture)
    error_message = "The lambda_architecture must be arm64 or x86_64."
  }
}

variable "log_retention_days" {
  type        = number
  description = "Days CloudWatch Logs keeps the functions' and the API's logs (they hold no customer text)."
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "The log_retention_days must be one CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "log_level" {
  type        = string
  description = "Log level of every function: DEBUG, INFO, WARNING or ERROR."
  default     = "INFO"

  validation {
    condition     = contains(["DEBUG", "INFO", "WARNING", "ERROR"], var.log_level)
    error_message = "The log_level must be DEBUG, INFO, WARNING or ERROR."
  }
}

variable "graph_api_version" {
  type        = string
  description = "Meta Graph API version for the Send API, e.g. \"v25.0\"."
  default     = "v25.0"

  validation {
    condition     = can(regex("^v[0-9]{1,3}\\.[0-9]{1,2}$", var.graph_api_version))
    error_message = "The graph_api_version must look like v25.0."
  }
}

variable "webhook_channels" {
  type        = list(string)
  description = "Meta channels the relay serves: messenger, instagram. Add instagram to enable Instagram Direct (the secret then needs INSTAGRAM_TOKENS; see the README)."
  default     = ["messenger"]

  validation {
    condition     = length(var.webhook_channels) > 0 && alltrue([for c in var.webhook_channels : contains(["messenger", "instagram"], c)])
    error_message = "The webhook_channels must be a non-empty list of messenger and instagram."
  }

  validation {
    condition     = length(distinct(var.webhook_channels)) == length(var.webhook_channels)
    error_message = "The webhook_channels must name each channel once."
  }
}

variable "redaction" {
  type = object({
    engines         = optional(list(string), ["comprehend", "patterns", "custom"])
    entity_types    = optional(list(string))
    mask_mode       = optional(string, "ENTITY_TYPE")
    language        = optional(string, "en")
    min_score       = optional(number, 0.5)
    failure_policy  = optional(string, "patterns_only")
    custom_patterns = optional(map(string), {})
    # Numbering plans, in order, for phone numbers written without + or 00.
    phone_regions = optional(list(string), ["US", "GB", "ES", "MX", "BR", "FR", "DE", "PT"])
    # Default types the operator accepts to leave undetected by every enabled engine
    # (the functions refuse to start otherwise); empty by default.
    allow_undetected_types = optional(list(string), [])
    # The outbound function reads the agent's questions ("what number should we call you
    # on?") so that the customer's bare answer is masked as the value asked for, and a bare
    # answer to a question for an order number or a postcode stays visible.
    read_agent_questions = optional(bool, true)
  })
  description = "Redaction of customer text: engines (comprehend, patterns, custom), Comprehend PII entity types to mask (null: the default list), mask_mode (ENTITY_TYPE or PII), language (en, es), min_score (0-1), failure_policy when Comprehend fails (patterns_only or block; never unredacted), custom_patterns {NAME = regex}, read_agent_questions (the agent's questions tell what a bare answer is; default true)."
  default     = {}

  validation {
    condition     = length(var.redaction.phone_regions) > 0 && alltrue([for r in var.redaction.phone_regions : can(regex("^[A-Z]{2}$", r))])
    error_message = "The redaction.phone_regions must be a non-empty list of ISO 3166 alpha-2 codes, e.g. [\"US\", \"ES\"]."
  }

  validation {
    condition     = length(setsubtract(var.redaction.allow_undetected_types, local.known_entity_types)) == 0
    error_message = "The redaction.allow_undetected_types must name known entity types (comprehend_entity_types.json)."
  }

  validation {
    condition     = length(var.redaction.engines) > 0 && alltrue([for e in var.redaction.engines : contains(["comprehend", "patterns", "custom"], e)])
    error_message = "The redaction.engines must be a non-empty list of comprehend, patterns and custom."
  }

  validation {
    condition = var.redaction.entity_types == null || try(
      length(var.redaction.entity_types) > 0 && length(setsubtract(var.redaction.entity_types, local.known_entity_types)) == 0,
      false
    )
    error_message = "The redaction.entity_types must be a non-empty list of known entity types (Amazon Comprehend's PII types and the offline detectors' national identifiers; modules/messenger_relay/comprehend_entity_types.json)."
  }

  validation {
    condition     = contains(["ENTITY_TYPE", "PII"], var.redaction.mask_mode)
    error_message = "The redaction.mask_mode must be ENTITY_TYPE or PII."
  }

  validation {
    condition     = contains(["en", "es"], var.redaction.language)
    error_message = "The redaction.language must be en or es."
  }

  validation {
    condition     = var.redaction.min_score >= 0 && var.redaction.min_score <= 1
    error_message = "The redaction.min_score must be from 0 to 1."
  }

  validation {
    condition     = contains(["patterns_only", "block"], var.redaction.failure_policy)
    error_message = "The redaction.failure_policy must be patterns_only or block."
  }

  validation {
    condition     = alltrue([for name, pattern in var.redaction.custom_patterns : can(regex("^[A-Z][A-Z0-9_]{0,63}$", name)) && length(pattern) > 0])
    error_message = "The redaction.custom_patterns names must be UPPER_SNAKE_CASE and each pattern non-empty."
  }
}

variable "chat" {
  type = object({
    duration_minutes      = optional(number, 1500)
    customer_display_name = optional(string, "Messenger customer")
    attachment_policy     = optional(string, "screen")
  })
  description = "Amazon Connect chat: duration_minutes (60-10080), the customer_display_name agents see, attachment_policy (screen, forward, placeholder or drop)."
  default     = {}

  validation {
    condition     = var.chat.duration_minutes >= 60 && var.chat.duration_minutes <= 10080 && floor(var.chat.duration_minutes) == var.chat.duration_minutes
    error_message = "The chat.duration_minutes must be a whole number from 60 to 10080."
  }

  validation {
    condition     = length(trimspace(var.chat.customer_display_name)) > 0 && length(var.chat.customer_display_name) <= 256
    error_message = "The chat.customer_display_name must be 1 to 256 characters."
  }

  validation {
    condition     = contains(["screen", "forward", "placeholder", "drop"], var.chat.attachment_policy)
    error_message = "The chat.attachment_policy must be screen, forward, placeholder or drop."
  }
}

variable "outbound_messages" {
  type = object({
    human_agent_tag_enabled     = optional(bool, false)
    participant_notices_enabled = optional(bool, false)
    joined_notice               = optional(string, "{name} joined the chat.")
    left_notice                 = optional(string, "{name} left the chat.")
    closing_message             = optional(string, "")
    attachment_notice           = optional(string, "The agent shared a file that can't be shown here.")
  })
  description = "What the relay tells the customer itself: HUMAN_AGENT tag (needs Meta's approval), joined/left notices, a closing message, the notice for agent attachments; an empty text sends nothing."
  default     = {}
}

variable "max_receive_count" {
  type        = number
  description = "Receives of an inbound message before it goes to the dead-letter queue (also the inbound function's MAX_RECEIVE_COUNT)."
  default     = 5

  validation {
    condition     = var.max_receive_count >= 1 && var.max_receive_count <= 1000 && floor(var.max_receive_count) == var.max_receive_count
    error_message = "The max_receive_count must be a whole number from 1 to 1000."
  }
}

variable "webhook_snapstart_enabled" {
  type        = bool
  description = "Run the webhook with Lambda SnapStart (published versions behind a \"live\" alias) for fast first answers to Meta."
  default     = false
}

variable "api_throttling" {
  type = object({
    burst_limit = optional(number, 200)
    rate_limit  = optional(number, 100)
  })
  description = "Webhook stage throttling: burst_limit and rate_limit (requests per second)."
  default     = {}
}

variable "inbound_concurrency" {
  type        = number
  description = "Most concurrent inbound workers (2-1000): caps Comprehend and Connect calls."
  default     = 5

  validation {
    condition     = var.inbound_concurrency >= 2 && var.inbound_concurrency <= 1000 && floor(var.inbound_concurrency) == var.inbound_concurrency
    error_message = "The inbound_concurrency must be a whole number from 2 to 1000."
  }
}

variable "outbound_concurrency" {
  type        = number
  description = "Reserved concurrency of the outbound function (1-1000): caps Send API calls."
  default     = 5

  validation {
    condition     = var.outbound_concurrency >= 1 && var.outbound_concurrency <= 1000 && floor(var.outbound_concurrency) == var.outbound_concurrency
    error_message = "The outbound_concurrency must be a whole number from 1 to 1000."
  }
}

variable "alarm_email" {
  type        = string
  description = "Email address for the relay's alarms (a new SNS topic; confirm the subscription mail)."
  default     = null

  validation {
    condition     = var.alarm_email == null || can(regex("^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$", var.alarm_email))
    error_message = "The alarm_email must be an email address."
  }
}

variable "alarm_topic_arn" {
  type        = string
  description = "Existing SNS topic for the relay's alarms, e.g. your on-call pager."
  default     = null

  validation {
    condition     = var.alarm_topic_arn == null || can(regex("^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$", var.alarm_topic_arn))
    error_message = "The alarm_topic_arn must be a standard SNS topic ARN."
  }
}

variable "deletion_protection_enabled" {
  type        = bool
  description = "Protect the DynamoDB tables from deletion; set false before `terraform destroy`."
  default     = true
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

# --- Contact Lens originals vault (contact_lens.tf) ----------------------------------------

variable "contact_lens" {
  type = object({
    bucket_name                      = string
    connect_service_role_arn         = string
    compliance_role_arns             = list(string)
    contact_lens_prefix              = optional(string, "")
    channels                         = optional(list(string), ["Voice", "Chat", "Email"])
    extra_original_prefixes          = optional(list(string), [])
    relocated_call_recordings_prefix = optional(string)
    redacted_reader_arns             = optional(list(string), [])
    existing_policy_json             = optional(string)
    previous_kms_key_arns            = optional(list(string), [])
    event_delivery                   = optional(string, "s3_notification")
    bucket_notification_managed      = optional(bool, true)
  })
  description = "Lock down Contact Lens originals in the instance's existing bucket and move them into the vault; null (default) leaves the bucket alone. bucket_name and connect_service_role_arn (aws_connect_instance.service_role) from the instance; compliance_role_arns may read originals; existing_policy_json keeps the bucket's current policy statements (the bucket policy is REPLACED); previous_kms_key_arns are keys older objects are encrypted with; event_delivery is s3_notification or eventbridge; relocated_call_recordings_prefix (one of extra_original_prefixes, eventbridge only) moves call recordings too. See modules/contact_lens_lockdown for every field."
  default     = null

  validation {
    condition     = var.contact_lens == null || try(length(var.contact_lens.compliance_role_arns) > 0, false)
    error_message = "The contact_lens.compliance_role_arns must name at least one role: without one nobody could read an original."
  }

  validation {
    condition     = var.contact_lens == null || try(contains(["s3_notification", "eventbridge"], var.contact_lens.event_delivery), false)
    error_message = "The contact_lens.event_delivery must be s3_notification or eventbridge."
  }

  validation {
    condition     = var.contact_lens == null || try(alltrue([for arn in var.contact_lens.previous_kms_key_arns : can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", arn))]), false)
    error_message = "The contact_lens.previous_kms_key_arns must be key ARNs, not aliases."
  }
}

variable "transcript_vault" {
  type = object({
    object_lock = optional(object({
      enabled        = bool
      mode           = optional(string, "GOVERNANCE")
      retention_days = optional(number, 365)
    }), { enabled = false })
    noncurrent_version_expiration_days = optional(number, 365)
    read_mfa = optional(object({
      required              = optional(bool, true)
      exempt_principal_arns = optional(list(string), [])
    }), {})
    trail_log_retention_days = optional(number, 2557)
    publish = optional(object({
      enabled      = optional(bool, true)
      bucket_name  = optional(string)
      prefix       = optional(string, "Published/")
      kms_key_arns = optional(list(string))
    }), {})
  })
  description = "The vault (used with contact_lens): object_lock (enabled, GOVERNANCE or COMPLIANCE, retention_days; cannot be turned off once on), noncurrent_version_expiration_days, read_mfa (required, exempt_principal_arns for IAM Identity Center roles), trail_log_retention_days, publish (re-redacted analysis files: enabled, bucket_name, prefix, kms_key_arns). See modules/transcript_vault."
  default     = {}

  validation {
    condition     = contains(["GOVERNANCE", "COMPLIANCE"], var.transcript_vault.object_lock.mode)
    error_message = "The transcript_vault.object_lock.mode must be GOVERNANCE or COMPLIANCE."
  }
}
