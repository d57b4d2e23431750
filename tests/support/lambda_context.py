"""A stand-in for the Lambda runtime's context object."""

from __future__ import annotations

from dataclasses import dataclass

REGION = "eu-west-2"
ACCOUNT_ID = "123456789012"  # moto's default account


@dataclass
class FakeLambdaContext:
    """The attributes Powertools and our handlers read from the Lambda context."""

    function_name: str = "connect-privacy-test"
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 256
    invoked_function_arn: str = (
        f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:connect-privacy-test"
    )
    aws_request_id: str = "c6af9ac6-7b61-11e6-9a41-93e812345678"
    log_group_name: str = "/aws/lambda/connect-privacy-test"
    log_stream_name: str = "2026/11/26/[$LATEST]abcdef0123456789"
    remaining_millis: int = 60_000  # a fresh invocation of the inbound function (timeout 60 s)

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining_millis
