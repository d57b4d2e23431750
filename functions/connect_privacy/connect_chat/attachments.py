"""Download links for agent attachments, from Connect Participant's GetAttachment.

A streamed ATTACHMENT item names its files (``AttachmentId``) but carries no URL.
``GetAttachment`` returns a pre-signed ``Url`` (valid ``UrlExpiryInSeconds``, 5 to 300) and
authenticates with a participant's ConnectionToken: the customer's, stored in the sessions
table. Meta then fetches the file from that URL while it accepts the Send API call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from connect_privacy.aws_errors import error_code
from connect_privacy.telemetry import Counter

if TYPE_CHECKING:
    from mypy_boto3_connectparticipant.client import ConnectParticipantClient

logger = logging.getLogger(__name__)

URL_EXPIRY_SECONDS = 300  # the maximum GetAttachment allows; Meta downloads straight away
# The chat ended or the token expired (403), or the file is not there or not ready (400/404):
# asking again will not help. Throttling and 5xx are left to botocore's retries, then raised.
_UNAVAILABLE = frozenset(
    {"AccessDeniedException", "ValidationException", "ResourceNotFoundException"}
)


class ConnectAttachmentLinks:
    """``AttachmentLinks`` for the outbound relay; ``client`` is a lazy client factory."""

    def __init__(self, client: Callable[[], ConnectParticipantClient], counter: Counter) -> None:
        self._client = client
        self._counter = counter

    def download_url(self, attachment_id: str, connection_token: str) -> str | None:
        try:
            response = self._client().get_attachment(
                AttachmentId=attachment_id,
                ConnectionToken=connection_token,
                UrlExpiryInSeconds=URL_EXPIRY_SECONDS,
            )
        except ClientError as error:
            code = error_code(error)
            if code not in _UNAVAILABLE:
                raise
            self._counter.count("AttachmentLinkUnavailable")
            logger.warning(
                "Connect did not provide a download link",
                extra={"attachment_id": attachment_id, "error_code": code},
            )
            return None
        return response.get("Url") or None
