"""A Graph API (Messenger Send API) simulator on 127.0.0.1: what the customer receives.

It checks each request the way Meta would before accepting it: the path
``/<version>/<page id>/messages`` for the configured page, the page's access token as a
Bearer header, ``appsecret_proof`` = HMAC-SHA256 of that token keyed with the app secret, a
recipient and ``messaging_type``, and text under 2,000 characters. A request that fails a
check gets Meta's error shape (and is recorded in ``rejected``); an accepted one is added to
the customer's inbox and answered ``{"recipient_id", "message_id"}``. Sender actions
(typing) are accepted and kept apart from messages. A file upload (multipart form: each
message field as JSON text, the file as ``filedata``, Meta's upload form) needs an
attachment ``type`` of image, video, audio or file; the inbox keeps its name, type and bytes.

Instagram Direct (Instagram API with Instagram Login) is served by the same simulator on a
server of its own standing in for graph.instagram.com (``serve(graph, host="instagram")``):
the path ``/<version>/<Instagram account id>/messages`` for a configured account, that
account's own token as a Bearer header, no ``appsecret_proof``, and text of at most 1,000
UTF-8 bytes. A Page token there, or an Instagram token on the Facebook host, is refused.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from demo.http_server import HttpServer

TEXT_LIMIT = 2000
INSTAGRAM_TEXT_LIMIT_BYTES = 1000
FACEBOOK, INSTAGRAM = "facebook", "instagram"
MESSAGING_TYPES = frozenset({"RESPONSE", "UPDATE", "MESSAGE_TAG", "UTILITY"})


@dataclass(frozen=True)
class Received:
    psid: str
    text: str | None
    attachment_url: str | None = None
    host: str = FACEBOOK
    # An uploaded file (multipart ``filedata``): its name, type and bytes.
    upload: tuple[str, str, bytes] | None = None


@dataclass
class GraphSimulator:
    version: str
    page_id: str
    page_token: str
    app_secret: str
    # Instagram professional account id -> that account's Instagram User access token.
    instagram_accounts: dict[str, str] = field(default_factory=dict)
    inbox: list[Received] = field(default_factory=list)
    sender_actions: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    # Failures the demo asked for (Meta's transient errors), answered before the inbox.
    injected: list[int] = field(default_factory=list)
    _failures: list[int] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def fail_next(self, times: int = 1, code: int = 2) -> None:
        """The next ``times`` valid messages get Meta's error ``code`` (2: "unexpected error,
        retry later") with HTTP 500, and are not delivered."""
        with self._lock:
            self._failures.extend([code] * times)

    def received_by(self, psid: str) -> list[str]:
        return [r.text or f"[file] {r.attachment_url}" for r in self.inbox if r.psid == psid]

    def received_on(self, host: str, psid: str) -> list[str]:
        """What ``psid`` received through one host (``"facebook"`` or ``"instagram"``)."""
        return [
            r.text or f"[file] {r.attachment_url}"
            for r in self.inbox
            if r.psid == psid and r.host == host
        ]

    def handle(
        self, path: str, headers: dict[str, str], body: bytes, *, host: str = FACEBOOK
    ) -> tuple[int, dict[str, Any]]:
        split = urlsplit(path)
        if host == INSTAGRAM:
            problem = self._check_instagram_access(split.path, headers)
        else:
            problem = self._check_access(split.path, parse_qs(split.query), headers)
        if problem:
            return self._reject(problem, code=190, status=401)
        upload = None
        if headers.get("content-type", "").startswith("multipart/form-data"):
            request, upload = _form(headers["content-type"], body)
            if upload is None:
                return self._reject("multipart without filedata", code=100)
        else:
            try:
                request = json.loads(body)
            except ValueError:
                return self._reject("body is not JSON", code=100)
        psid = (request.get("recipient") or {}).get("id")
        if not psid:
            return self._reject("recipient.id missing", code=100)
        if "sender_action" in request:
            if "message" in request:
                return self._reject("sender_action goes without message", code=100)
            with self._lock:
                self.sender_actions.append((psid, request["sender_action"]))
            return 200, {"recipient_id": psid}
        if request.get("messaging_type") not in MESSAGING_TYPES:
            return self._reject("messaging_type missing or unknown", code=100)
        message = request.get("message") or {}
        text = message.get("text")
        attachment = (message.get("attachment") or {}).get("payload", {}).get("url")
        if upload is not None:
            kind = (message.get("attachment") or {}).get("type")
            if kind not in {"image", "video", "audio", "file"}:
                return self._reject("attachment type missing or unknown", code=100)
            attachment = f"{kind}: {upload[0]} ({upload[1]}, {len(upload[2])} bytes)"
        if text is None and attachment is None:
            return self._reject("message has neither text nor attachment", code=100)
        if text is not None and host == INSTAGRAM:
            if len(text.encode("utf-8")) > INSTAGRAM_TEXT_LIMIT_BYTES:
                return self._reject("text must be 1000 bytes or less", code=100)
        elif text is not None and len(text) >= TEXT_LIMIT:
            return self._reject("text must be under 2000 characters", code=100)
        with self._lock:
            if self._failures:
                code = self._failures.pop(0)
                self.injected.append(code)
                error = {"message": "An unexpected error has occurred.", "code": code}
                return 500, {"error": {**error, "type": "OAuthException"}}
            self.inbox.append(Received(psid, text, attachment, host, upload))
            message_id = f"m_demo_{next(self._ids)}"
        return 200, {"recipient_id": psid, "message_id": message_id}

    def _check_access(
        self, path: str, query: dict[str, list[str]], headers: dict[str, str]
    ) -> str | None:
        if path != f"/{self.version}/{self.page_id}/messages":
            return "unknown path"
        token = headers.get("authorization", "").removeprefix("Bearer ")
        if not hmac.compare_digest(token, self.page_token):
            return "invalid access token"
        expected = hmac.new(self.app_secret.encode(), token.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(query.get("appsecret_proof", [""])[0], expected):
            return "invalid appsecret_proof"
        return None

    def _check_instagram_access(self, path: str, headers: dict[str, str]) -> str | None:
        parts = path.split("/")
        if len(parts) != 4 or parts[1] != self.version or parts[3] != "messages":
            return "unknown path"
        expected = self.instagram_accounts.get(parts[2])
        if expected is None:
            return "unknown Instagram account"
        token = headers.get("authorization", "").removeprefix("Bearer ")
        if not hmac.compare_digest(token, expected):
            return "invalid access token"
        return None

    def _reject(self, reason: str, *, code: int, status: int = 400) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.rejected.append(reason)
        return status, {"error": {"message": reason, "type": "OAuthException", "code": code}}


def _form(content_type: str, body: bytes) -> tuple[dict[str, Any], tuple[str, str, bytes] | None]:
    """Meta's upload form: each field JSON text, the file in ``filedata``."""
    parsed = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, Any] = {}
    upload = None
    for part in parsed.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if name == "filedata" and part.get_filename():
            upload = (str(part.get_filename()), part.get_content_type(), payload)
            continue
        try:
            fields[str(name)] = json.loads(payload)
        except ValueError:
            fields[str(name)] = payload.decode()
    return fields, upload


def _handler_for(graph: GraphSimulator, host: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, payload = graph.handle(self.path, headers, body, host=host)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            """Silent: the demo prints its own progress."""

    return Handler


def serve(graph: GraphSimulator, host: str = FACEBOOK) -> HttpServer:
    """The simulator as ``host`` (graph.facebook.com, or graph.instagram.com) serves it."""
    name = "graph-api-simulator" if host == FACEBOOK else f"graph-api-simulator-{host}"
    return HttpServer(_handler_for(graph, host), name)
