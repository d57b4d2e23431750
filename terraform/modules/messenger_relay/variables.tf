variable "name_prefix" {
  type        = string
  description = "Prefix of every resource name, <project>-<environment>."

  validation {
    # The longest derived name, "<prefix>-inbound-dlq.fifo", must fit SQS's 80 characters and
    # "<prefix>-outbound" IAM's 64 for roles.
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name_prefix))
    error_message = "The name_prefix must be 3 to 40 lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "connect_instance_arn" {
  type        = string
  description = "ARN of the Amazon Connect instance the chats start in. It must be in the Region and account being deployed into: the relay's Region, account and partition are taken from it."

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:connect:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:instance/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.connect_instance_arn))
    error_message = "The connect_instance_arn must look like arn:aws:connect:<region>:<account>:instance/<uuid>."
  }
}

variable "connect_contact_flow_id" {
  type        = string
  description = "ID (a UUID, the last part of its ARN) of the contact flow Messenger chats start in."

  validation {
    condition     = can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.connect_contact_flow_id))
    error_message = "The connect_contact_flow_id must be a UUID such as 12345678-1234-1234-1234-123456789012."
  }
}

variable "package_dir" {
  type        = string
  description = "Directory holding webhook.zip, inbound.zip and outbound.zip from `make build` (build/dist)."
}

variable "outbound_filter_policy" {
  type        = string
  description = "JSON of the outbound subscription's filter policy (scope MessageAttributes): the contents of functions/outbound/filter_policy.json, which the handler's tests check against its own rule."

  validation {
    condition     = can(jsondecode(var.outbound_filter_policy))
    error_message = "The outbound_filter_policy must be a JSON object."
  }
}

variable "lambda_architecture" {
  type        = string
  description = "Instruction set of every function: arm64 (default, cheaper) or x86_64. Build the zips for the same one (make build ARCH=...)."
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.lambda_architecture)
    error_message = "The lambda_architecture must be arm64 or x86_64."
  }
}

variable "log_retention_days" {
  type        = number
  description = "Days CloudWatch Logs keeps the functions' and the API's logs. They hold no customer text, only pseudonyms, ids and outcomes."
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "The log_retention_days must be one CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "log_level" {
  type        = string
  description = "Powertools log level of every function."
  default     = "INFO"

  validation {
    condition     = contains(["DEBUG", "INFO", "WARNING", "ERROR"], var.log_level)
    error_message = "The log_level must be DEBUG, INFO, WARNING or ERROR."
  }
}

variable "graph_api_version" {
  type        = string
  description = "Meta Graph API version the Send API is called with, e.g. \"v25.0\"."
  default     = "v25.0"

  validation {
    condition     = can(regex("^v[0-9]{1,3}\\.[0-9]{1,2}$", var.graph_api_version))
    error_message = "The graph_api_version must look like v25.0."
  }
}

variable "graph_api_base_url" {
  type        = string
  description = "Origin of Meta's Graph API; change it only for a stand-in."
  default     = "https://graph.facebook.com"

  validation {
    condition     = can(regex("^https://[a-z0-9.-]+(:[0-9]+)?$", var.graph_api_base_url))
    error_message = "The graph_api_base_url must be an https:// origin without a path."
  }
}

variable "webhook_channels" {
  type        = list(string)
  description = "Meta channels the relay serves: messenger, instagram. Adding instagram enables Instagram Direct end to end (webhook object \"instagram\", replies through graph.instagram.com); the secret then needs INSTAGRAM_TOKENS."
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

variable "instagram_graph_api_base_url" {
  type        = string
  description = "Origin of the Instagram API with Instagram Login (Instagram replies); change it only for a stand-in."
  default     = "https://graph.instagram.com"

  validation {
    condition     = can(regex("^https://[a-z0-9.-]+(:[0-9]+)?$", var.instagram_graph_api_base_url))
    error_message = "The instagram_graph_api_base_url must be an https:// origin without a path."
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
  description = "How customer text is redacted before an agent sees it: detectors (comprehend, patterns, custom), Comprehend entity types to mask (null: the relay's default list, comprehend_entity_types.json), mask mode (ENTITY_TYPE or PII), language (en, es), Comprehend's minimum score, what happens when Comprehend fails (patterns_only or block; never unredacted), custom patterns {NAME = regex} and whether the agent's questions are read to tell what a bare answer is."
  default     = {}

  validation {
    condition     = length(var.redaction.phone_regions) > 0 && alltrue([for r in var.redaction.phone_regions : can(regex("^[A-Z]{2}$", r))])
    error_message = "The redaction.phone_regions must be a non-empty list of ISO 3166 alpha-2 codes, e.g. [\"US\", \"ES\"]."
  }

  validation {
    condition     = length(setsubtract(var.redaction.allow_undetected_types, local.entity_types.known)) == 0
    error_message = "The redaction.allow_undetected_types must name known entity types (comprehend_entity_types.json)."
  }

  validation {
    condition     = length(var.redaction.engines) > 0 && alltrue([for e in var.redaction.engines : contains(["comprehend", "patterns", "custom"], e)])
    error_message = "The redaction.engines must be a non-empty list of comprehend, patterns and custom."
  }

  validation {
    condition = var.redaction.entity_types == null || try(
      length(var.redaction.entity_types) > 0 && length(setsubtract(var.redaction.entity_types, local.entity_types.known)) == 0,
      false
    )
    error_message = "The redaction.entity_types must be a non-empty list of known entity types (Amazon Comprehend's PII types and the offline detectors' national identifiers; see comprehend_entity_types.json), e.g. [\"CREDIT_DEBIT_NUMBER\", \"SSN\"]."
  }

  validation {
    condition     = contains(["ENTITY_TYPE", "PII"], var.redaction.mask_mode)
    error_message = "The redaction.mask_mode must be ENTITY_TYPE or PII."
  }

  validation {
    condition     = contains(["en", "es"], var.redaction.language)
    error_message = "The redaction.language must be en or es, the languages Comprehend's PII detection supports."
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
    error_message = "The redaction.custom_patterns names must be UPPER_SNAKE_CASE (the mask they produce) and each pattern non-empty."
  }
}

variable "chat" {
  type = object({
    duration_minutes      = optional(number, 1500)
    customer_display_name = optional(string, "Messenger customer")
    attachment_policy     = optional(string, "screen")
  })
  description = "Amazon Connect chat settings: chat duration in minutes (Connect accepts 60 to 10080), the customer's display name agents see, and what happens to customer attachments (screen, the default: text detection and covering of sensitive regions before upload; forward: uploaded unscreened; placeholder: a note to the agent; drop)."
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
  description = "What the relay tells the customer on its own behalf: the HUMAN_AGENT tag (needs Meta's approval), agent joined/left notices, a closing message, and the notice for an agent attachment that cannot be shown. An empty text sends nothing."
  default     = {}

  validation {
    condition     = alltrue([for text in [var.outbound_messages.joined_notice, var.outbound_messages.left_notice, var.outbound_messages.closing_message, var.outbound_messages.attachment_notice] : length(text) < 2000])
    error_message = "Each outbound message must be shorter than 2000 characters, Messenger's limit."
  }
}

variable "max_receive_count" {
  type        = number
  description = "Receives of an inbound message before SQS moves it to the dead-letter queue; also the inbound function's MAX_RECEIVE_COUNT, so it knows the last attempt."
  default     = 5

  validation {
    condition     = var.max_receive_count >= 1 && var.max_receive_count <= 1000 && floor(var.max_receive_count) == var.max_receive_count
    error_message = "The max_receive_count must be a whole number from 1 to 1000."
  }
}

variable "idempotency_expires_seconds" {
  type        = number
  description = "How long the inbound function remembers a Messenger message id, against Meta's re-deliveries."
  default     = 172800

  validation {
    condition     = var.idempotency_expires_seconds >= 3600 && var.idempotency_expires_seconds <= 2592000
    error_message = "The idempotency_expires_seconds must be from 3600 to 2592000 (30 days)."
  }
}

variable "messenger_secret_max_age_seconds" {
  type        = number
  description = "How long the functions cache the Messenger secret; a rotated value takes effect within this time."
  default     = 300

  validation {
    condition     = var.messenger_secret_max_age_seconds >= 0 && var.messenger_secret_max_age_seconds <= 86400
    error_message = "The messenger_secret_max_age_seconds must be from 0 to 86400."
  }
}

variable "webhook_max_body_bytes" {
  type        = number
  description = "Largest webhook body accepted, in bytes."
  default     = 1048576

  validation {
    condition     = var.webhook_max_body_bytes >= 1024 && var.webhook_max_body_bytes <= 10485760
    error_message = "The webhook_max_body_bytes must be from 1024 to 10485760 (API Gateway's 10 MB)."
  }
}

variable "webhook_snapstart_enabled" {
  type        = bool
  description = "Run the webhook with Lambda SnapStart (published versions behind a \"live\" alias), so Meta's first request after a quiet period is answered fast. SnapStart for Python is billed per cached snapshot and restore."
  default     = false
}

variable "api_throttling" {
  type = object({
    burst_limit = optional(number, 200)
    rate_limit  = optional(number, 100)
  })
  description = "The webhook stage's throttling: burst and steady requests per second. Meta batches up to 1000 updates per request."
  default     = {}

  validation {
    condition     = var.api_throttling.burst_limit >= 1 && var.api_throttling.rate_limit >= 1
    error_message = "The api_throttling limits must be at least 1."
  }
}

variable "inbound_concurrency" {
  type        = number
  description = "Most concurrent inbound workers (reserved concurrency and the queue's maximum concurrency): caps calls to Comprehend's DetectPiiEntities and Connect's StartChatContact, whose quotas are per account."
  default     = 5

  validation {
    condition     = var.inbound_concurrency >= 2 && var.inbound_concurrency <= 1000 && floor(var.inbound_concurrency) == var.inbound_concurrency
    error_message = "The inbound_concurrency must be a whole number from 2 to 1000 (SQS event source maximum concurrency)."
  }
}

variable "outbound_concurrency" {
  type        = number
  description = "Reserved concurrency of the outbound function: caps calls to Meta's Send API; SNS retries throttled deliveries."
  default     = 5

  validation {
    condition     = var.outbound_concurrency >= 1 && var.outbound_concurrency <= 1000 && floor(var.outbound_concurrency) == var.outbound_concurrency
    error_message = "The outbound_concurrency must be a whole number from 1 to 1000."
  }
}

variable "alarm_email" {
  type        = string
  description = "Email address that receives the relay's alarms (through a new SNS topic; confirm the subscription mail). Null when alarm_topic_arn is used or no alarms are wanted."
  default     = null

  validation {
    condition     = var.alarm_email == null || can(regex("^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$", var.alarm_email))
    error_message = "The alarm_email must be an email address."
  }
}

variable "alarm_topic_arn" {
  type        = string
  description = "Existing SNS topic for the relay's alarms (e.g. the on-call pager). Used together with alarm_email if both are set."
  default     = null

  validation {
    condition     = var.alarm_topic_arn == null || can(regex("^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$", var.alarm_topic_arn))
    error_message = "The alarm_topic_arn must be a standard SNS topic ARN."
  }
}

variable "deletion_protection_enabled" {
  type        = bool
  description = "Protect the sessions and idempotency tables from deletion (turn off before `destroy`)."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags for every resource of the relay (on top of the provider's default_tags)."
  default     = {}
}
