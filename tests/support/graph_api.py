"""A real HTTP server on 127.0.0.1 standing in for Meta's Graph API (Send API).

It records every request (method, path, query, headers, JSON body, which TCP connection)
and answers from a script: each call takes the next scripted response, and once the script
is empty it answers like Meta on success, ``{"recipient_id": ..., "message_id": "m_<n>"}``.
HTTP/1.1 keep-alive is on, so tests can see whether the client reuses its connection.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    connection: int

    @property
    def text(self) -> str | None:
        message = self.body.get("message", {}) if isinstance(self.body, dict) else {}
        return message.get("text")


@dataclass(frozen=True)
class ScriptedResponse:
    status: int = 200
    body: Any = None  # JSON-serialisable, or bytes sent as they are
    drop_connection: bool = False  # close the socket without answering (a network failure)
    location: str | None = None  # a Location header, for redirects


def graph_error(code: int, subcode: int | None = None, *, status: int = 400) -> ScriptedResponse:
    """An error as Meta shapes it; the message text deliberately echoes a request value."""
    error: dict[str, Any] = {
        "message": "(#100) Param recipient[id] 000000000000000 is not valid",
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": f"FBTRACE{code}",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return ScriptedResponse(status=status, body={"error": error})


@dataclass
class FakeGraphApi:
    base_url: str = ""
    requests: list[RecordedRequest] = field(default_factory=list)
    _script: deque[ScriptedResponse] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _connections: int = 0

    def script(self, *responses: ScriptedResponse) -> None:
        with self._lock:
            self._script.extend(responses)

    @property
    def message_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/messages")]

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.requests if r.text is not None]

    @property
    def connections(self) -> int:
        return self._connections

    def _next(self) -> ScriptedResponse | None:
        with self._lock:
            return self._script.popleft() if self._script else None

    def _new_connection(self) -> int:
        with self._lock:
            self._connections += 1
            return self._connections


def _handler_for(api: FakeGraphApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as graph.facebook.com offers
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall per keep-alive response

        def setup(self) -> None:
            super().setup()
            self.connection_number = api._new_connection()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            content_type = self.headers.get("Content-Type", "")
            if content_type.startswith("multipart/form-data"):
                body: Any = _multipart(content_type, raw)
            else:
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = raw
            split = urlsplit(self.path)
            api.requests.append(
                RecordedRequest(
                    method="POST",
                    path=split.path,
                    query=parse_qs(split.query),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                    connection=self.connection_number,
                )
            )
            scripted = api._next()
            if scripted is not None and scripted.drop_connection:
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if scripted is None or (scripted.body is None and scripted.status == 200):
                recipient = body.get("recipient", {}).get("id") if isinstance(body, dict) else None
                payload: Any = {"recipient_id": recipient}
                if isinstance(body, dict) and "message" in body:
                    payload["message_id"] = f"m_{len(api.requests)}"
                scripted = ScriptedResponse(status=200, body=payload)
            data = scripted.body if isinstance(scripted.body, bytes) else json.dumps(scripted.body)
            encoded = data if isinstance(data, bytes) else data.encode()
            self.send_response(scripted.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(encoded)))
            if scripted.location:
                self.send_header("Location", scripted.location)
            self.end_headers()
            self.wfile.write(encoded)

        def log_message(self, *args: Any) -> None:
            """Silent: test output stays readable."""

    return Handler


@dataclass(frozen=True)
class UploadedFile:
    """A multipart ``filedata`` part, as Meta's upload form receives it."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)


def _multipart(content_type: str, raw: bytes) -> dict[str, Any]:
    """Each form field JSON-decoded (as Meta reads them); files as :class:`UploadedFile`."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw
    )
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        filename = part.get_filename()
        if filename is not None:
            fields[str(name)] = UploadedFile(filename, part.get_content_type(), payload)
            continue
        text = payload.decode()
        try:
            fields[str(name)] = json.loads(text)
        except ValueError:
            fields[str(name)] = text
    return fields


@contextmanager
def running_graph_api() -> Iterator[FakeGraphApi]:
    """Start the stand-in on a free port of 127.0.0.1; stop it afterwards."""
    api = FakeGraphApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(api))
    server.daemon_threads = True
    # A short poll interval keeps shutdown (and so each test's teardown) quick.
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.02},
        name="fake-graph-api",
        daemon=True,
    )
    thread.start()
    host, port = server.server_address[:2]
    api.base_url = f"http://{host}:{port}"
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
