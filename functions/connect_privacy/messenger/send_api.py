"""Meta's Send API client: one POST per message, retried the way Meta says to retry.

One ``POST /{version}/{page-id}/messages`` per message or sender action (the bodies come
from ``messages``). The page access token travels in the ``Authorization: Bearer`` header,
never in the URL, so it cannot leak through access logs or traces; ``appsecret_proof``
(HMAC-SHA256 of the token keyed with the app secret) goes in the query string, where Meta
reads it for every method (body parameters are not read on every POST endpoint).

Errors are classified by Meta's numeric ``code``/``error_subcode``: throttling (4, 17, 32,
613) and server-side failures (1, 2, 1200, any HTTP 5xx, network errors) are retried with
exponential backoff and full jitter, within a deadline the caller derives from the Lambda's
remaining time; a response that is not Graph's (no ``{"error": {"code": ...}}`` object on a
failure, a redirect, a 2xx that is not JSON) is retried too, since it says nothing about the
message; everything else (10/2018278 outside the window, 551 person unavailable, 190
invalid token, 100 invalid parameter, ...) is permanent and raised at once. The README's
"Graph API retry classification" table lists every case. Exceptions carry
codes only: Meta's error ``message`` can echo request values, so it is never kept.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

import urllib3
from urllib3.exceptions import HTTPError

from connect_privacy import json_text
from connect_privacy.messenger.webhook_events import Channel
from connect_privacy.telemetry import Counter, NullCounter

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://graph.facebook.com"
# Instagram API with Instagram Login: "All endpoints can be accessed via the
# graph.instagram.com host", POST /<IG_ID>/messages with an Instagram User access token.
# https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api
DEFAULT_INSTAGRAM_BASE_URL = "https://graph.instagram.com"
DEFAULT_VERSION = "v25.0"

# Graph API error handling guide: 1, 2 (and the older 1200) are server-side, "wait and retry";
# 4, 17, 32, 613 are throttling, "back off and retry".
RETRYABLE_CODES = frozenset({1, 2, 4, 17, 32, 613, 1200})


def appsecret_proof(access_token: str, app_secret: str) -> str:
    """Hex HMAC-SHA256 of the access token keyed with the app secret (Graph API security)."""
    return hmac.new(app_secret.encode(), access_token.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class PageAccess:
    """What a call on behalf of one business account needs; ``repr`` shows no secret.

    The channel is part of the access, and it alone picks the endpoint: a Messenger access
    (a Page token) is only ever sent to the Facebook Graph host, an Instagram access (that
    account's Instagram User token) only to the Instagram host. ``page_id`` is the Page id
    or the Instagram professional account id.
    """

    channel: Channel
    page_id: str
    access_token: str = field(repr=False)
    proof: str | None = field(repr=False)

    @classmethod
    def create(cls, page_id: str, access_token: str, app_secret: str) -> PageAccess:
        """A Messenger Page's access."""
        return cls(
            Channel.MESSENGER, page_id, access_token, appsecret_proof(access_token, app_secret)
        )

    @classmethod
    def instagram(cls, account_id: str, access_token: str) -> PageAccess:
        """An Instagram account's access. No appsecret_proof: Meta documents it for
        graph.facebook.com only, and a proof made with the wrong secret fails every call."""
        return cls(Channel.INSTAGRAM, account_id, access_token, None)


class SendApiError(Exception):
    """A Send API call failed. Carries Meta's numeric codes and trace id, never its text."""

    def __init__(
        self,
        *,
        status: int | None,
        code: int | None,
        subcode: int | None = None,
        fbtrace_id: str | None = None,
        reason: str = "graph_error",
    ) -> None:
        self.status = status
        self.code = code
        self.subcode = subcode
        self.fbtrace_id = fbtrace_id
        self.reason = reason
        super().__init__(
            f"Send API {reason}: status={status} code={code} subcode={subcode}"
            f" fbtrace_id={fbtrace_id}"
        )


class PermanentSendError(SendApiError):
    """Retrying cannot help: outside the window, person unavailable, bad token or parameter."""


class TransientSendError(SendApiError):
    """Meta throttled or failed, or the network did, until the retry budget ran out."""


@dataclass(frozen=True)
class FileUpload:
    """A file sent with the message as multipart ``filedata`` (Meta: up to 25 MB)."""

    name: str
    mime_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class SendResult:
    """Meta's ``message_id`` (``mid``); None for sender actions, which return none."""

    message_id: str | None


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: sleep ``uniform(0, min(cap, base * 2**n))``."""

    base_seconds: float = 0.5
    cap_seconds: float = 8.0
    max_attempts: int = 8

    def delay(self, retry_number: int, rand: Callable[[], float]) -> float:
        ceiling = min(self.cap_seconds, self.base_seconds * (2.0**retry_number))
        return rand() * ceiling


class SendApiClient:
    """Posts to the Send API over one reused connection pool.

    ``sleep``, ``clock`` (monotonic seconds, the same clock as ``deadline``) and ``rand``
    (uniform in [0, 1)) are injectable so tests run without waiting.
    """

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        instagram_base_url: str = DEFAULT_INSTAGRAM_BASE_URL,
        version: str = DEFAULT_VERSION,
        http: urllib3.PoolManager | None = None,
        connect_timeout: float = 3.0,
        read_timeout: float = 10.0,
        backoff: Backoff | None = None,
        counter: Counter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._base_urls = {
            Channel.MESSENGER: base_url.rstrip("/"),
            Channel.INSTAGRAM: instagram_base_url.rstrip("/"),
        }
        self._version = version
        # Our own retries below understand Graph error codes; urllib3's would retry blindly.
        self._http = http or urllib3.PoolManager(retries=False, maxsize=4)
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._backoff = backoff or Backoff()
        self._counter = counter or NullCounter()
        self._sleep = sleep
        self._clock = clock
        self._rand = rand

    def messages_url(self, access: PageAccess) -> str:
        """The account's ``/messages`` edge on its own channel's host (and no other)."""
        page = quote(access.page_id, safe="")
        url = f"{self._base_urls[access.channel]}/{self._version}/{page}/messages"
        if access.proof is None:
            return url
        return f"{url}?{urlencode({'appsecret_proof': access.proof})}"

    def send(
        self,
        access: PageAccess,
        body: Mapping[str, Any],
        *,
        deadline: float,
        upload: FileUpload | None = None,
    ) -> SendResult:
        """POST ``body`` (with ``upload`` as multipart ``filedata`` when given); retry what
        Meta says to retry until ``deadline`` (``clock`` time).

        Raises PermanentSendError at once, TransientSendError when retries or time ran out.
        """
        url = self.messages_url(access)
        headers = {"Authorization": f"Bearer {access.access_token}"}
        if upload is None:
            headers["Content-Type"] = "application/json"
        retry_number = 0
        while True:
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise TransientSendError(status=None, code=None, reason="no_time_left")
            try:
                return self._attempt(url, headers, body, remaining, upload)
            except TransientSendError as error:
                retry_number += 1
                delay = self._backoff.delay(retry_number - 1, self._rand)
                out_of_attempts = retry_number >= self._backoff.max_attempts
                if out_of_attempts or self._clock() + delay >= deadline:
                    raise
                self._counter.count("GraphApiRetries")
                logger.warning(
                    "Send API call will be retried",
                    extra={
                        "graph_status": error.status,
                        "graph_code": error.code,
                        "graph_subcode": error.subcode,
                        "graph_reason": error.reason,
                        "retry_number": retry_number,
                        "delay_seconds": round(delay, 3),
                    },
                )
                self._sleep(delay)

    def _attempt(
        self,
        url: str,
        headers: Mapping[str, str],
        body: Mapping[str, Any],
        remaining: float,
        upload: FileUpload | None = None,
    ) -> SendResult:
        # Never wait on one call past the deadline, whatever the configured timeouts.
        timeout = urllib3.Timeout(
            connect=min(self._connect_timeout, remaining), read=min(self._read_timeout, remaining)
        )
        payload_args: dict[str, Any] = {"json": dict(body)}
        if upload is not None:
            # Each message field as JSON text, the file as ``filedata`` (Meta's upload form).
            fields: dict[str, Any] = {
                key: value if isinstance(value, str) else json.dumps(value)
                for key, value in body.items()
            }
            fields["filedata"] = (upload.name, upload.data, upload.mime_type)
            payload_args = {"fields": fields, "encode_multipart": True}
        try:
            response = self._http.request(
                "POST",
                url,
                headers=dict(headers),
                timeout=timeout,
                redirect=False,
                **payload_args,
            )
        except HTTPError as error:
            # A timeout may hide a message Meta did accept; retrying risks a duplicate, not
            # retrying risks a silent loss. The relay prefers the duplicate.
            raise TransientSendError(status=None, code=None, reason=type(error).__name__) from None
        payload = _json_object(response.data)
        if 200 <= response.status < 300:
            if payload is None:
                # Meta always answers a send with JSON; anything else came from something in
                # between and says nothing about delivery. Retried: a duplicate beats a loss.
                self._counter.count("GraphApiUnrecognisedResponses")
                raise TransientSendError(
                    status=response.status, code=None, reason="unreadable_success"
                )
            message_id = payload.get("message_id")
            return SendResult(message_id if isinstance(message_id, str) else None)
        graph_error = _graph_error(payload)
        if graph_error is None:
            # No Graph error object (a redirect, a proxy's HTML, an empty 4xx): not Meta's
            # verdict on the message, so retried, never dropped; a redirect is never followed
            # (the page token must not travel to another host).
            self._counter.count("GraphApiUnrecognisedResponses")
            raise TransientSendError(
                status=response.status, code=None, reason="unrecognised_response"
            )
        raise _classify(response.status, graph_error)


def _json_object(data: bytes) -> dict[str, Any] | None:
    """The body as a JSON object, or None when it is empty, not JSON or not an object."""
    try:
        value = json_text.loads(data)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 10:
        return int(value)
    return None


def _graph_error(payload: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """Graph's ``{"error": {"code": <int>, ...}}``, or None when the body is not one."""
    error = payload.get("error") if payload is not None else None
    if not isinstance(error, Mapping) or _int_or_none(error.get("code")) is None:
        return None
    return error


def _classify(status: int, error: Mapping[str, Any]) -> SendApiError:
    code = _int_or_none(error.get("code"))
    subcode = _int_or_none(error.get("error_subcode"))
    trace = error.get("fbtrace_id")
    fields: dict[str, Any] = {
        "status": status,
        "code": code,
        "subcode": subcode,
        "fbtrace_id": trace if isinstance(trace, str) else None,
    }
    if code in RETRYABLE_CODES or status == 429:
        return TransientSendError(**fields)
    if status >= 500 and code not in _KNOWN_PERMANENT_CODES:
        return TransientSendError(**fields)
    return PermanentSendError(**fields)


# Codes the Messenger docs name as "do not retry" even if Meta answers them with a 5xx.
_KNOWN_PERMANENT_CODES = frozenset({10, 100, 190, 200, 551})
