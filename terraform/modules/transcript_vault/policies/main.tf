# Every policy of the transcript vault, rendered from inputs only so that tests can
# evaluate the JSON (tests/unit/vault_policies/).

locals {
  vault_bucket_arn = "arn:${var.partition}:s3:::${var.vault_bucket_name}"
  log_bucket_arn   = "arn:${var.partition}:s3:::${var.log_bucket_name}"
  trail_arn        = "arn:${var.partition}:cloudtrail:${var.region}:${var.account_id}:trail/${var.trail_name}"
  account_root_arn = "arn:${var.partition}:iam::${var.account_id}:root"

  via_s3 = "s3.${var.region}.amazonaws.com"

  # Who may read and decrypt vault objects: the compliance roles read them, the relocation
  # role writes them (a multipart copy decrypts the parts it uploaded) and heads its copies.
  vault_decrypt_principal_arns = concat(var.compliance_role_arns, [var.relocation_role_arn])
}

# --- vault bucket --------------------------------------------------------------------

data "aws_iam_policy_document" "vault_bucket" {
  statement {
    sid    = "DenyInsecureTransport"
    effect = "Deny"

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    actions   = ["s3:*"]
    resources = [local.vault_bucket_arn, "${local.vault_bucket_arn}/*"]

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  # No object may end up under another key. IfExists: UploadPart (a multipart copy's parts)
  # never carries the encryption headers, so a Deny on a missing header would break
  # multipart copies (botocore#471); a write that names no key gets the bucket default,
  # which is the vault key.
  statement {
    sid    = "DenyObjectWritesNamingAnotherKey"
    effect = "Deny"

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    actions   = ["s3:PutObject"]
    resources = ["${local.vault_bucket_arn}/*"]

    condition {
      test     = "StringNotEqualsIfExists"
      variable = "s3:x-amz-server-side-encryption-aws-kms-key-id"
      values   = [var.vault_key_arn]
    }
  }

  statement {
    sid    = "DenyObjectWritesWithAnotherEncryption"
    effect = "Deny"

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    actions   = ["s3:PutObject"]
    resources = ["${local.vault_bucket_arn}/*"]

    condition {
      test     = "StringNotEqualsIfExists"
      variable = "s3:x-amz-server-side-encryption"
      values   = ["aws:kms"]
    }
  }

  statement {
    sid    = "DenyObjectWritesWithCustomerProvidedKeys"
    effect = "Deny"

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    actions   = ["s3:PutObject"]
    resources = ["${local.vault_bucket_arn}/*"]

    condition {
      test     = "Null"
      variable = "s3:x-amz-server-side-encryption-customer-algorithm"
      values   = ["false"]
    }
  }

  # The relocation role heads its copies to verify them, and HeadObject is authorised as
  # s3:GetObject: it stays exempt (its trust policy admits only Lambda).
  statement {
    sid    = "DenyObjectReadsExceptComplianceAndRelocationRoles"
    effect = "Deny"

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    actions   = ["s3:GetObject", "s3:GetObjectVersion"]
    resources = ["${local.vault_bucket_arn}/*"]

    condition {
      test     = "ArnNotLike"
      variable = "aws:PrincipalArn"
      values   = local.vault_decrypt_principal_arns
    }
  }

  # BoolIfExists: long-term access keys carry no aws:MultiFactorAuthPresent and are denied
  # too. So are IAM Identity Center sessions, which never carry it; exempt their roles
  # (read_mfa.exempt_principal_arns) and enforce MFA in Identity Center instead.
  dynamic "statement" {
    for_each = var.read_mfa.required ? [1] : []

    content {
      sid    = "DenyObjectReadsWithoutMfa"
      effect = "Deny"

      principals {
        type        = "*"
        identifiers = ["*"]
      }

      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${local.vault_bucket_arn}/*"]

      condition {
        test     = "BoolIfExists"
        variable = "aws:MultiFactorAuthPresent"
        values   = ["false"]
      }

      # A Lambda role never has MFA; neither has an exempt (e.g. Identity Center) role.
      condition {
        test     = "ArnNotLike"
        variable = "aws:PrincipalArn"
        values   = concat([var.relocation_role_arn], var.read_mfa.exempt_principal_arns)
      }
    }
  }

  statement {
    sid    = "DenyObjectDeletionExceptComplianceRoles"
    effect = "Deny"

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    actions   = ["s3:DeleteObject", "s3:DeleteObjectVersion"]
    resources = ["${local.vault_bucket_arn}/*"]

    condition {
      test     = "ArnNotLike"
      variable = "aws:PrincipalArn"
      values   = var.compliance_role_arns
    }
  }
}

# --- vault key -----------------------------------------------------------------------

data "aws_iam_policy_document" "vault_key" {
  # checkov:skip=CKV_AWS_109:In a key policy "*" is this key; the statement keeps the account's IAM policies in charge (the default key policy)
  # checkov:skip=CKV_AWS_111:In a key policy "*" is this key; the statement keeps the account's IAM policies in charge (the default key policy)
  # checkov:skip=CKV_AWS_356:In a key policy "*" is this key, not every resource
  statement {
    sid = "EnableIamPoliciesOfTheAccount"

    principals {
      type        = "AWS"
      identifiers = [local.account_root_arn]
    }

    actions   = ["kms:*"]
    resources = ["*"]
  }

  statement {
    sid = "AllowComplianceRolesToDecryptThroughS3"

    principals {
      type        = "AWS"
      identifiers = var.compliance_role_arns
    }

    actions   = ["kms:Decrypt"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.via_s3]
    }
  }

  statement {
    sid    = "DenyDecryptOfVaultObjectsExceptComplianceAndRelocationRoles"
    effect = "Deny"

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    actions   = ["kms:Decrypt"]
    resources = ["*"]

    condition {
      test     = "StringLike"
      variable = "kms:EncryptionContext:aws:s3:arn"
      values   = ["${local.vault_bucket_arn}/*"]
    }

    condition {
      test     = "ArnNotLike"
      variable = "aws:PrincipalArn"
      values   = local.vault_decrypt_principal_arns
    }
  }

  statement {
    sid = "AllowCloudTrailToEncryptVaultTrailLogs"

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    actions   = ["kms:GenerateDataKey*"]
    resources = ["*"]

    condition {
      test     = "StringLike"
      variable = "kms:EncryptionContext:aws:cloudtrail:arn"
      values   = ["arn:${var.partition}:cloudtrail:*:${var.account_id}:trail/*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }

  statement {
    sid = "AllowCloudTrailToDescribeTheKey"

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    actions   = ["kms:DescribeKey"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }
}

# --- functions key (log groups, environment) ------------------------------------------

data "aws_iam_policy_document" "functions_key" {
  # checkov:skip=CKV_AWS_109:In a key policy "*" is this key; the statement keeps the account's IAM policies in charge (the default key policy)
  # checkov:skip=CKV_AWS_111:In a key policy "*" is this key; the statement keeps the account's IAM policies in charge (the default key policy)
  # checkov:skip=CKV_AWS_356:In a key policy "*" is this key, not every resource
  statement {
    sid = "EnableIamPoliciesOfTheAccount"

    principals {
      type        = "AWS"
      identifiers = [local.account_root_arn]
    }

    actions   = ["kms:*"]
    resources = ["*"]
  }

  statement {
    sid = "AllowCloudWatchLogsToEncryptFunctionLogGroups"

    principals {
      type        = "Service"
      identifiers = ["logs.${var.region}.amazonaws.com"]
    }

    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]

    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values = [
        for name in var.function_log_group_names : "arn:${var.partition}:logs:${var.region}:${var.account_id}:log-group:${name}"
      ]
    }
  }
}

# --- trail log bucket -----------------------------------------------------------------

data "aws_iam_policy_document" "log_bucket" {
  statement {
    sid = "AllowCloudTrailAclCheck"

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    actions   = ["s3:GetBucketAcl"]
    resources = [local.log_bucket_arn]

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }

  statement {
    sid = "AllowCloudTrailToWriteLogs"

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    actions   = ["s3:PutObject"]
    resources = ["${local.log_bucket_arn}/AWSLogs/${var.account_id}/*"]

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }

  statement {
    sid    = "DenyInsecureTransport"
    effect = "Deny"

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    actions   = ["s3:*"]
    resources = [local.log_bucket_arn, "${local.log_bucket_arn}/*"]

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

# --- function roles --------------------------------------------------------------------

# Read and delete originals, copy them into the vault with its key and check the copies;
# nothing else (logs, traces and the on-failure queue come from the lambda_function module).
data "aws_iam_policy_document" "relocation" {
  statement {
    sid       = "ReadOriginals"
    actions   = ["s3:GetObject", "s3:GetObjectVersion"]
    resources = var.source_bucket.original_object_arns
  }

  statement {
    sid       = "DeleteRelocatedOriginals"
    actions   = ["s3:DeleteObject", "s3:DeleteObjectVersion"]
    resources = var.source_bucket.original_object_arns
  }

  # Without s3:ListBucket, HeadObject of a missing object answers 403 instead of 404, and
  # the function could not tell "already moved" from "not allowed".
  statement {
    sid       = "TellMissingObjectsApart"
    actions   = ["s3:ListBucket"]
    resources = ["arn:${var.partition}:s3:::${var.source_bucket.name}", local.vault_bucket_arn]
  }

  # PutObject covers CopyObject and the multipart copy; HeadObject of the copy, to verify
  # it, is authorised as s3:GetObject.
  statement {
    sid       = "WriteAndVerifyVaultCopies"
    actions   = ["s3:PutObject", "s3:AbortMultipartUpload", "s3:GetObject", "s3:GetObjectVersion"]
    resources = ["${local.vault_bucket_arn}/*"]
  }

  statement {
    sid       = "DecryptOriginalsThroughS3"
    actions   = ["kms:Decrypt"]
    resources = var.source_bucket.kms_key_arns

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.via_s3]
    }
  }

  # GenerateDataKey encrypts a new object; Decrypt is what a multipart copy needs to
  # assemble the parts it uploaded.
  statement {
    sid       = "EncryptVaultObjectsThroughS3"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = [var.vault_key_arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.via_s3]
    }
  }
}

data "aws_iam_policy_document" "publish" {
  count = var.publish == null ? 0 : 1

  statement {
    sid       = "ReadRedactedAnalysis"
    actions   = ["s3:GetObject", "s3:GetObjectVersion"]
    resources = var.source_bucket.redacted_object_arns
  }

  statement {
    sid       = "WritePublishedAnalysis"
    actions   = ["s3:PutObject"]
    resources = ["arn:${var.partition}:s3:::${var.publish.bucket_name}/${var.publish.prefix}*"]
  }

  statement {
    sid       = "DecryptRedactedAnalysisThroughS3"
    actions   = ["kms:Decrypt"]
    resources = var.source_bucket.kms_key_arns

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.via_s3]
    }
  }

  statement {
    sid       = "EncryptPublishedAnalysisThroughS3"
    actions   = ["kms:GenerateDataKey"]
    resources = var.publish.kms_key_arns

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.via_s3]
    }
  }
}

# --- failure queues ---------------------------------------------------------------------

data "aws_iam_policy_document" "failure_queue" {
  for_each = var.failure_queue_arns

  statement {
    sid = "AllowContactLensRulesToSendDeadLetters"

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }

    actions   = ["sqs:SendMessage"]
    resources = [each.value]

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = [var.event_rule_arn_pattern]
    }
  }
}
