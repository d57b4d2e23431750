"""Fetching a file over HTTPS, bounded in size and time, never following a downgrade.

Used for Meta's CDN links to customer files and Connect's pre-signed ``GetAttachment``
URLs. Redirects are followed by hand (at most a few), each hop https again; a body larger
than the limit is refused from its ``Content-Length`` or while it streams, so a file never
sits in memory beyond the limit. Errors name the reason only: a URL can itself be a
credential (pre-signed) or personal (Meta's CDN path), so it is never logged or raised.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import HTTPError

from connect_privacy.config import LOOPBACK_HOSTS

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK_BYTES = 64 * 1024


class DownloadProblem(StrEnum):
    NOT_HTTPS = "not_https"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    HTTP_STATUS = "http_status"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    TIMED_OUT = "timed_out"
    NETWORK = "network"


class DownloadRefused(Exception):
    """The file was not fetched; ``problem`` says why (no URL, no content)."""

    def __init__(self, problem: DownloadProblem) -> None:
        self.problem = problem
        super().__init__(f"download refused: {problem.value}")


@dataclass(frozen=True)
class DownloadLimits:
    max_bytes: int
    timeout_seconds: float = 20.0
    max_redirects: int = 3


class Downloader:
    """``allow_loopback_http`` lets tests and the demo serve files from 127.0.0.1; the
    handlers never set it (plain http to the Lambda's own loopback would reach its runtime
    API)."""

    def __init__(
        self,
        http: urllib3.PoolManager | None = None,
        *,
        allow_loopback_http: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http or urllib3.PoolManager(retries=False, maxsize=4)
        self._allow_loopback_http = allow_loopback_http
        self._clock = clock

    def fetch(self, url: str, limits: DownloadLimits) -> bytes:
        deadline = self._clock() + limits.timeout_seconds
        for _ in range(limits.max_redirects + 1):
            self._check_scheme(url)
            location = self._get(url, limits, deadline)
            if isinstance(location, bytes):
                return location
            url = urljoin(url, location)
        raise DownloadRefused(DownloadProblem.TOO_MANY_REDIRECTS)

    def _check_scheme(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme == "https" and parts.hostname:
            return
        if (
            self._allow_loopback_http
            and parts.scheme == "http"
            and parts.hostname in LOOPBACK_HOSTS
        ):
            return
        raise DownloadRefused(DownloadProblem.NOT_HTTPS)

    def _get(self, url: str, limits: DownloadLimits, deadline: float) -> bytes | str:
        """The body, or the next hop's Location."""
        remaining = deadline - self._clock()
        if remaining <= 0:
            raise DownloadRefused(DownloadProblem.TIMED_OUT)
        try:
            response = self._http.request(
                "GET",
                url,
                preload_content=False,
                redirect=False,
                retries=False,
                timeout=urllib3.Timeout(connect=min(5.0, remaining), read=remaining),
            )
        except HTTPError:
            raise DownloadRefused(DownloadProblem.NETWORK) from None
        try:
            if response.status in _REDIRECTS:
                location = response.headers.get("Location")
                if not location:
                    raise DownloadRefused(DownloadProblem.HTTP_STATUS)
                return location
            if response.status != 200:
                raise DownloadRefused(DownloadProblem.HTTP_STATUS)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise DownloadRefused(DownloadProblem.TOO_LARGE)
            return self._read(response, limits.max_bytes, deadline)
        finally:
            response.release_conn()

    def _read(self, response: urllib3.BaseHTTPResponse, max_bytes: int, deadline: float) -> bytes:
        body = bytearray()
        try:
            for chunk in response.stream(_CHUNK_BYTES):
                body += chunk
                if len(body) > max_bytes:
                    raise DownloadRefused(DownloadProblem.TOO_LARGE)
                if self._clock() > deadline:
                    raise DownloadRefused(DownloadProblem.TIMED_OUT)
        except HTTPError:
            raise DownloadRefused(DownloadProblem.NETWORK) from None
        if not body:
            raise DownloadRefused(DownloadProblem.EMPTY)
        return bytes(body)


@dataclass(frozen=True)
class CurrentDownloader:
    """Fetches with whichever ``Downloader`` ``current`` returns at call time: a handler
    passes ``lambda: downloader`` so a test can replace its module's ``downloader`` after
    import (one that also reads from 127.0.0.1)."""

    current: Callable[[], Downloader]

    def fetch(self, url: str, limits: DownloadLimits) -> bytes:
        return self.current().fetch(url, limits)
