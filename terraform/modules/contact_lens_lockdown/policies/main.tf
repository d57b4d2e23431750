# The Contact Lens bucket's policy and the key policy of the key it is encrypted with.
#
# Originals are denied to everyone but the exempt roles twice: by the bucket policy (on
# the object ARN) and by the key policy (on the aws:s3:arn encryption context, which is
# the object ARN as long as S3 Bucket Keys are off). A mistake in one is caught by the other.

locals {
  bucket_arn = "arn:${var.partition}:s3:::${var.bucket_name}"

  # "<prefix>Analysis/Voice/" and so on: originals live in <channel>/YYYY/MM/DD/, the
  # redacted copies in <channel>/Redacted/YYYY/MM/DD/.
  channel_prefixes  = [for channel in var.channels : "${var.contact_lens_prefix}Analysis/${channel}/"]
  redacted_prefixes = [for prefix in local.channel_prefixes : "${prefix}Redacted/"]

  # IAM's "*" crosses "/", so "<channel>/*" would also match "<channel>/Redacted/...". An
  # original's key continues with the year (2000-2999), so "<channel>/2*" matches the
  # originals and never Redacted/. The key policy below covers the whole channel folder
  # minus Redacted/, which also catches an original under any other folder name.
  original_key_patterns = concat(
    [for prefix in local.channel_prefixes : "${prefix}2*"],
    [for prefix in var.extra_original_prefixes : "${prefix}*"],
  )
  original_object_arns = [for pattern in local.original_key_patterns : "${local.bucket_arn}/${pattern}"]
  # What the relocation function moves: Contact Lens's originals, not the call recordings
  # (Contact Lens reads those after the call) nor other extra prefixes.
  analysis_original_object_arns = [for prefix in local.channel_prefixes : "${local.bucket_arn}/${prefix}2*"]

  original_context_patterns = concat(
    [for prefix in local.channel_prefixes : "${local.bucket_arn}/${prefix}*"],
    [for prefix in var.extra_original_prefixes : "${local.bucket_arn}/${prefix}*"],
  )
  redacted_context_patterns = [for prefix in local.redacted_prefixes : "${local.bucket_arn}/${prefix}*"]

  # aws:PrincipalArn holds the role ARN (not the session ARN) for assumed roles.
  exempt_principal_arns = [
    for arn in concat(var.compliance_role_arns, [var.connect_service_role_arn, var.relocation_role_arn]) : arn if arn != null
  ]

  account_root_arn = "arn:${var.partition}:iam::${var.account_id}:root"
  s3_service       = "s3.${var.region}.amazonaws.com"
}

# Our statements override any statement with the same Sid in the existing policy, so feeding
# the live policy back in after an apply replaces our statements instead of doubling them.
data "aws_iam_policy_document" "bucket" {
  source_policy_documents   = var.existing_policy_json == null ? [] : [var.existing_policy_json]
  override_policy_documents = [data.aws_iam_policy_document.lockdown.json]
}

data "aws_iam_policy_document" "lockdown" {
  statement {
    sid    = "DenyContactLensOriginalReadsExceptExemptRoles"
    effect = "Deny"

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    actions   = ["s3:GetObject", "s3:GetObjectVersion"]
    resources = local.original_object_arns

    # A request without aws:PrincipalArn (a service principal, an anonymous caller) makes
    # ArnNotLike true, so it is denied too.
    condition {
      test     = "ArnNotLike"
      variable = "aws:PrincipalArn"
      values   = local.exempt_principal_arns
    }
  }
}

data "aws_iam_policy_document" "key" {
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
      values   = [local.s3_service]
    }
  }

  dynamic "statement" {
    for_each = length(var.redacted_reader_arns) > 0 ? [1] : []

    content {
      sid = "AllowRedactedReadersToDecryptRedactedArtifactsThroughS3"

      principals {
        type        = "AWS"
        identifiers = var.redacted_reader_arns
      }

      actions   = ["kms:Decrypt"]
      resources = ["*"]

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = [local.s3_service]
      }

      condition {
        test     = "StringLike"
        variable = "kms:EncryptionContext:aws:s3:arn"
        values   = local.redacted_context_patterns
      }
    }
  }

  # Conditions in one statement are ANDed: under an original folder, not under Redacted/,
  # and not one of the exempt roles. A Deny in the key policy also overrides the grant
  # Amazon Connect's service-linked role holds, which is why that role is exempt.
  statement {
    sid    = "DenyDecryptOfContactLensOriginalsExceptExemptRoles"
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
      values   = local.original_context_patterns
    }

    condition {
      test     = "StringNotLike"
      variable = "kms:EncryptionContext:aws:s3:arn"
      values   = local.redacted_context_patterns
    }

    condition {
      test     = "ArnNotLike"
      variable = "aws:PrincipalArn"
      values   = local.exempt_principal_arns
    }
  }
}
