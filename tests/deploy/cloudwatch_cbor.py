"""CloudWatch's smithy-rpc-v2-cbor protocol in front of moto, which speaks its JSON protocol.

The AWS provider's CloudWatch client (aws-sdk-go-v2) calls
``POST /service/GraniteServiceVersion20100801/operation/<Operation>`` with a CBOR body and
expects a CBOR answer with the ``smithy-protocol: rpc-v2-cbor`` header; moto 5.2 routes only
the query and JSON protocols (``/``) and answers 404. This adapter decodes the request,
forwards it to moto as the JSON protocol (``X-Amz-Target``, the caller's ``Authorization``
header kept, so moto sees the same account and Region), and encodes moto's answer back as
CBOR, timestamps and blobs typed from botocore's CloudWatch model. Every other request
passes through unchanged. Nothing of CloudWatch's behaviour is simulated here: alarms and
dashboards live in moto.
"""

from __future__ import annotations

import json
import struct
import urllib.error
import urllib.request
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import botocore.session
from botocore.model import Shape
from botocore.parsers import RpcV2CBORParser

_PREFIX = "/service/GraniteServiceVersion20100801/operation/"
_TARGET = "GraniteServiceVersion20100801."
_MODEL = botocore.session.get_session().get_service_model("cloudwatch")
_PASSED_HEADERS = ("authorization", "x-amz-date", "x-amz-security-token", "user-agent")


def decode(body: bytes) -> Any:
    """One CBOR data item (smithy-rpc-v2-cbor body); timestamps (tag 1) become epoch seconds."""
    if not body:
        return {}
    parser = RpcV2CBORParser()
    return _jsonable(parser.parse_data_item(parser.get_peekable_stream_from_bytes(body)))


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        raise TypeError("blob members are not used by the configurations under test")
    return value


def _head(major: int, length: int) -> bytes:
    if length < 24:
        return bytes([major << 5 | length])
    for info, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if length < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | info]) + struct.pack(fmt, length)
    raise ValueError(f"length {length} too large")


def encode(value: Any, shape: Shape | None) -> bytes:
    """``value`` (moto's JSON answer) as CBOR; ``shape`` types timestamps, blobs and numbers."""
    kind = shape.type_name if shape is not None else None
    typed: Any = shape  # members, member and value exist per type_name
    if value is None:
        return b"\xf6"
    if kind == "timestamp":
        return b"\xc1" + b"\xfb" + struct.pack(">d", float(value))
    if isinstance(value, bool):
        return b"\xf5" if value else b"\xf4"
    if kind in ("double", "float") or (kind is None and isinstance(value, float)):
        return b"\xfb" + struct.pack(">d", float(value))
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, float):  # an integer member that JSON carried as 1.0
        return encode(int(value), shape)
    if isinstance(value, str):
        raw = value.encode()
        return _head(2 if kind == "blob" else 3, len(raw)) + raw
    if isinstance(value, list):
        member = typed.member if kind == "list" else None
        return _head(4, len(value)) + b"".join(encode(item, member) for item in value)
    if isinstance(value, dict):
        items: list[bytes] = []
        for key, item in value.items():
            if item is None:
                continue
            if kind == "structure":
                member = typed.members.get(key)
            elif kind == "map":
                member = typed.value
            else:
                member = None
            items.append(encode(key, None) + encode(item, member))
        return _head(5, len(items)) + b"".join(items)
    raise TypeError(f"cannot encode {type(value).__name__}")


def _handler(upstream: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if not self.path.startswith(_PREFIX):
                status, headers, answer = self._forward(self.path, body, dict(self.headers))
                self._reply(status, headers.get("Content-Type", "text/xml"), answer, {})
                return
            operation = self.path[len(_PREFIX) :]
            headers = {k: v for k, v in self.headers.items() if k.lower() in _PASSED_HEADERS}
            headers["X-Amz-Target"] = _TARGET + operation
            headers["Content-Type"] = "application/x-amz-json-1.0"
            status, _, answer = self._forward("/", json.dumps(decode(body)).encode(), headers)
            document = json.loads(answer or b"{}")
            if status < 300:
                shape = _MODEL.operation_model(operation).output_shape
                payload = encode(document, shape)
            else:  # errors: __type and message, as rpc-v2-cbor clients read them
                payload = encode(document, None)
            self._reply(status, "application/cbor", payload, {"smithy-protocol": "rpc-v2-cbor"})

        def _forward(
            self, path: str, body: bytes, headers: dict[str, str]
        ) -> tuple[int, dict[str, str], bytes]:
            request = urllib.request.Request(upstream + path, data=body, method="POST")
            for name, value in headers.items():
                if name.lower() not in ("host", "content-length"):
                    request.add_header(name, value)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    return response.status, dict(response.headers), response.read()
            except urllib.error.HTTPError as error:
                return error.code, dict(error.headers), error.read()

        def _reply(
            self, status: int, content_type: str, payload: bytes, extra: dict[str, str]
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: moto's own log has every request."""

    return Handler


def serve(upstream: str) -> ThreadingHTTPServer:
    """The adapter on a free port of 127.0.0.1, forwarding to ``upstream`` (moto's URL)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(upstream))
    server.daemon_threads = True
    return server
