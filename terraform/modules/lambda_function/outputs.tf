output "function_name" {
  description = "Name of the Lambda function."
  value       = aws_lambda_function.this.function_name
}

output "function_arn" {
  description = "Unqualified ARN of the Lambda function."
  value       = aws_lambda_function.this.arn
}

output "qualifier" {
  description = "Alias that triggers must invoke (\"live\" with SnapStart), or null for the unqualified function."
  value       = var.snapstart_enabled ? aws_lambda_alias.live[0].name : null
}

output "target_arn" {
  description = "ARN triggers invoke: the \"live\" alias with SnapStart, else the function. Use it for event source mappings, SNS subscriptions and lambda permissions."
  value       = var.snapstart_enabled ? aws_lambda_alias.live[0].arn : aws_lambda_function.this.arn
}

output "target_invoke_arn" {
  description = "Invoke ARN for API Gateway integrations, of the \"live\" alias with SnapStart, else of the function."
  value       = var.snapstart_enabled ? aws_lambda_alias.live[0].invoke_arn : aws_lambda_function.this.invoke_arn
}

output "role_arn" {
  description = "ARN of the function's execution role."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "Name of the function's execution role (for attaching further inline policies)."
  value       = aws_iam_role.this.name
}

output "log_group_name" {
  description = "Name of the function's CloudWatch log group."
  value       = aws_cloudwatch_log_group.this.name
}

output "log_group_arn" {
  description = "ARN of the function's CloudWatch log group."
  value       = aws_cloudwatch_log_group.this.arn
}

output "environment" {
  description = "Environment variables the function is deployed with (var.environment plus the Powertools settings); tests compare them with tests/env/<function>.json."
  value       = local.environment
}
