# Chat sessions (one item per customer, found again by contact id) and Powertools
# idempotency records; the schemas match tests/support/tables.py.

resource "aws_dynamodb_table" "sessions" {
  name                        = local.names.sessions_table
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  deletion_protection_enabled = var.deletion_protection_enabled

  attribute {
    name = "pk"
    type = "S"
  }

  attribute {
    name = "contact_id"
    type = "S"
  }

  global_secondary_index {
    name            = "contact_id-index"
    projection_type = "ALL"

    key_schema {
      attribute_name = "contact_id"
      key_type       = "HASH"
    }
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.this.arn
  }

  tags = var.tags
}

resource "aws_dynamodb_table" "idempotency" {
  name                        = local.names.idempotency_table
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = var.deletion_protection_enabled

  attribute {
    name = "id"
    type = "S"
  }

  ttl {
    attribute_name = "expiration"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.this.arn
  }

  tags = var.tags
}
