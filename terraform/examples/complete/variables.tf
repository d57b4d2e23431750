variable "aws_region" {
  type        = string
  description = "Region of your Amazon Connect instance; the relay is deployed there."
}

variable "environment" {
  type        = string
  description = "Environment name, part of every resource name (\"dev\", \"prod\")."
  default     = "dev"
}

variable "connect_instance_arn" {
  type        = string
  description = "ARN of your Amazon Connect instance."
}

variable "connect_contact_flow_id" {
  type        = string
  description = "ID of the contact flow Messenger chats start in."
}

variable "package_dir" {
  type        = string
  description = "Directory with the zips from `make build`; null means build/dist of this repository."
  default     = null
}

variable "graph_api_version" {
  type        = string
  description = "Meta Graph API version, e.g. \"v25.0\"."
  default     = "v25.0"
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
  })
  description = "Redaction settings; see modules/messenger_relay."
  default     = {}
}

variable "chat" {
  type = object({
    duration_minutes      = optional(number, 1500)
    customer_display_name = optional(string, "Messenger customer")
    attachment_policy     = optional(string, "screen")
  })
  description = "Amazon Connect chat settings; see modules/messenger_relay."
  default     = {}
}

variable "webhook_snapstart_enabled" {
  type        = bool
  description = "Run the webhook with Lambda SnapStart."
  default     = false
}

variable "alarm_email" {
  type        = string
  description = "Email address for the relay's alarms, or null."
  default     = null
}

variable "log_retention_days" {
  type        = number
  description = "Days CloudWatch Logs keeps the relay's logs."
  default     = 365
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource."
  default     = {}
}
