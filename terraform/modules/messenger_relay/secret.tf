# Meta's app secret, verify token and page tokens (JSON, see
# connect_privacy/messenger/secrets.py). Terraform creates the secret only: its value is put
# with the command in the put_secret_command output, so it never enters state or a plan.

resource "aws_secretsmanager_secret" "messenger" {
  #checkov:skip=CKV2_AWS_57:Meta's app secret and page tokens are rotated in Meta's dashboard, not by a Lambda; put the new value with the put_secret_command output.
  name                    = local.names.secret
  description             = "Meta Messenger credentials of the Connect Privacy Relay (APP_SECRET, VERIFY_TOKEN, PAGE_TOKEN, PAGE_TOKENS)."
  kms_key_id              = aws_kms_key.this.arn
  recovery_window_in_days = 7
  tags                    = var.tags
}
