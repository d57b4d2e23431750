"""The inbound worker's configuration, read once at cold start."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from connect_privacy.attachments.customer_files import AttachmentPolicy
from connect_privacy.config import choice, integer, optional, require, sns_topic_arn
from connect_privacy.connect_chat.lifecycle import ChatSettings


@dataclass(frozen=True)
class InboundSettings:
    sessions_table: str
    idempotency_table: str
    # Meta retries for up to a day or more: remember each mid for two days.
    idempotency_expires_seconds: int
    attachment_policy: AttachmentPolicy
    # The queue's redrive maxReceiveCount: the attempt after which a failure goes to the DLQ.
    max_receive_count: int
    chat: ChatSettings

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> InboundSettings:
        return cls(
            sessions_table=require(env, "SESSIONS_TABLE"),
            idempotency_table=require(env, "IDEMPOTENCY_TABLE"),
            idempotency_expires_seconds=integer(
                env, "IDEMPOTENCY_EXPIRES_SECONDS", 172_800, low=3600, high=30 * 86_400
            ),
            attachment_policy=choice(
                env, "ATTACHMENT_POLICY", AttachmentPolicy, AttachmentPolicy.SCREEN
            ),
            max_receive_count=integer(env, "MAX_RECEIVE_COUNT", 5, low=1, high=1000),
            chat=ChatSettings(
                instance_id=require(env, "CONNECT_INSTANCE_ID"),
                contact_flow_id=require(env, "CONNECT_CONTACT_FLOW_ID"),
                streaming_topic_arn=sns_topic_arn(env, "STREAMING_TOPIC_ARN"),
                # Connect's own default is 25 hours; the API accepts 60 minutes to 7 days.
                chat_duration_minutes=integer(
                    env, "CHAT_DURATION_MINUTES", 1500, low=60, high=10_080
                ),
                display_name=optional(env, "CUSTOMER_DISPLAY_NAME", "Messenger customer")[:256],
            ),
        )
