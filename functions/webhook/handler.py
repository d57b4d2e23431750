"""Meta's webhook for Messenger and Instagram Direct (``WEBHOOK_CHANNELS``): verify the
handshake, check signatures, enqueue, answer 200 fast.

Pairs with Terraform: an HTTP API (payload format 2.0) with routes ``GET /webhook/messenger``
and ``POST /webhook/messenger`` integrated with this function; ``sqs:SendMessage`` on the
inbound FIFO queue; ``secretsmanager:GetSecretValue`` on the Messenger secret. No Comprehend
or Connect access: this function only enqueues, so Meta's 5-second limit is never at risk.
"""

from __future__ import annotations

import os
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.parameters import SecretsProvider
from aws_lambda_powertools.utilities.typing import LambdaContext

from connect_privacy.aws_clients import Lazy, client_config, lazy_client
from connect_privacy.bootstrap import bootstrap
from connect_privacy.messenger.secrets import (
    MessengerSecrets,
    SecretUnavailable,
    load_messenger_secrets,
)
from connect_privacy.messenger.signature import SIGNATURE_HEADER
from connect_privacy.messenger.webhook import (
    WebhookRejected,
    accept_notification,
    request_body,
    verify_subscription,
)
from connect_privacy.relay.queue import EnqueueFailed, InboundQueue
from webhook.settings import WebhookSettings

observability = bootstrap("webhook")
logger, tracer, metrics = observability.logger, observability.tracer, observability.metrics
settings = WebhookSettings.from_env(os.environ)
# Meta expects an answer within 5 seconds and retries a 5xx: fail fast rather than wait.
AWS_CLIENT_CONFIG = client_config(connect_timeout=1, read_timeout=2, max_attempts=2)
# debug=False explicitly: Powertools' debug mode would print whole events, text included.
app = APIGatewayHttpResolver(debug=False)
sqs = lazy_client("sqs", AWS_CLIENT_CONFIG)
queue = InboundQueue(settings.queue_url, sqs)
secrets_provider = Lazy(lambda: SecretsProvider(boto_config=AWS_CLIENT_CONFIG))
ROUTE = "/webhook/messenger"


def _secrets() -> MessengerSecrets:
    return load_messenger_secrets(
        settings.secret_id,
        max_age_seconds=settings.secret_max_age_seconds,
        provider=secrets_provider,
    )


@app.get(ROUTE)
def verify() -> Response[str]:
    params = app.current_event.query_string_parameters or {}
    challenge = verify_subscription(params, _secrets().verify_token)
    logger.info("webhook subscription verified")
    return Response(status_code=200, content_type="text/plain", body=challenge)


@app.post(ROUTE)
def receive() -> Response[str]:
    event = app.current_event
    body = request_body(
        event.body, is_base64=bool(event.is_base64_encoded), max_bytes=settings.max_body_bytes
    )
    secrets = _secrets()
    accepted = accept_notification(
        body,
        event.headers.get(SIGNATURE_HEADER),
        app_secret=secrets.app_secret,
        instagram_app_secret=secrets.instagram_app_secret,
        channels=settings.channels,
        queue=queue,
        counter=observability.counter,
    )
    logger.info(
        "notification accepted",
        enqueued=accepted.enqueued,
        dropped={reason.value: count for reason, count in accepted.dropped.items()},
    )
    return Response(status_code=200, content_type="text/plain", body="EVENT_RECEIVED")


def rejected(error: WebhookRejected) -> Response[str]:
    logger.warning("request rejected", status=error.status_code, reason=str(error))
    metrics.add_metric(name=f"WebhookRejected{error.status_code}", unit="Count", value=1)
    return Response(status_code=error.status_code, content_type="text/plain", body="")


def secret_unavailable(error: SecretUnavailable) -> Response[str]:
    # A 5xx makes Meta retry; the reason goes to the log only.
    logger.error("Messenger secret unavailable", reason=str(error))
    metrics.add_metric(name="SecretUnavailable", unit="Count", value=1)
    return Response(status_code=500, content_type="text/plain", body="")


def enqueue_failed(error: EnqueueFailed) -> Response[str]:
    logger.error("enqueue failed", reason=str(error))
    metrics.add_metric(name="EnqueueFailed", unit="Count", value=1)
    return Response(status_code=500, content_type="text/plain", body="")


# Typed errors map to HTTP answers here and only here. (Registered by call: the decorator
# is untyped.)
app.exception_handler(WebhookRejected)(rejected)
app.exception_handler(SecretUnavailable)(secret_unavailable)
app.exception_handler(EnqueueFailed)(enqueue_failed)


@logger.inject_lambda_context(
    log_event=False, correlation_id_path=correlation_paths.API_GATEWAY_HTTP
)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return app.resolve(event, context)
