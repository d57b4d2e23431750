locals {
  name = "${var.project}-${var.environment}"

  # The fixed tags come last so that var.tags cannot override them.
  tags = merge(var.tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  })
}

data "aws_caller_identity" "this" {}

data "aws_partition" "this" {}
