"""Amazon Connect, Connect Participant and Comprehend over HTTP, for the real handlers.

moto implements none of the chat APIs the inbound worker calls, and answers
``DetectPiiEntities`` with a canned list whose offsets ignore the text. The handlers reach
this server unmodified through botocore's service-specific endpoint settings
(``AWS_ENDPOINT_URL_CONNECT``, ``AWS_ENDPOINT_URL_CONNECTPARTICIPANT``,
``AWS_ENDPOINT_URL_COMPREHEND``). Behind it are the project's model-checked fakes
(``tests/support/fakes.py``): every call is validated against botocore's service model and
keeps state the way the services do. Requests are read the way the services read them:
rest-json (operation by method and URI, members from the JSON body and modelled headers)
for Connect and Connect Participant, JSON 1.1 (``X-Amz-Target``) for Comprehend.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import botocore.session
from botocore.exceptions import ClientError, ParamValidationError

from tests.support.fakes import FakeComprehend, FakeConnectService

_SESSION = botocore.session.get_session()
_REST_OPERATIONS = {
    "connect": ("StartChatContact", "StartContactStreaming"),
    "connectparticipant": ("CreateParticipantConnection", "SendMessage"),
}
_COMPREHEND_TARGET = "Comprehend_20171127.DetectPiiEntities"


def _routes() -> dict[tuple[str, str], tuple[str, str, dict[str, str]]]:
    """(method, path) -> (service, operation, {header name: member}) from the models."""
    routes = {}
    for service, operations in _REST_OPERATIONS.items():
        model = _SESSION.get_service_model(service)
        for operation in operations:
            op = model.operation_model(operation)
            assert op.input_shape is not None
            headers = {
                shape.serialization["name"].lower(): name
                for name, shape in op.input_shape.members.items()
                if shape.serialization.get("location") == "header"
            }
            routes[(op.http["method"], op.http["requestUri"])] = (service, operation, headers)
    return routes


class LocalServices:
    """The fakes, and an HTTP server in front of them on a free port of 127.0.0.1."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.connect = FakeConnectService(clock)
        self.comprehend = FakeComprehend()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        host, port = self.server.server_address[:2]
        self.url = f"http://{host!s}:{port}"

    def environment(self) -> dict[str, str]:
        """What points the handlers' botocore clients at this server."""
        return {
            "AWS_ENDPOINT_URL_CONNECT": self.url,
            "AWS_ENDPOINT_URL_CONNECTPARTICIPANT": self.url,
            "AWS_ENDPOINT_URL_COMPREHEND": self.url,
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        routes = _routes()
        services = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.headers.get("X-Amz-Target") == _COMPREHEND_TARGET:
                    result = services.comprehend.detect_pii_entities(**json.loads(body))
                    self._answer(200, json.dumps(result).encode(), "application/x-amz-json-1.1", {})
                    return
                route = routes.get((self.command, self.path.split("?")[0]))
                if route is None:
                    self._answer(
                        404, b"{}", "application/json", {"x-amzn-ErrorType": "UnknownOperation"}
                    )
                    return
                service, operation, header_members = route
                params: dict[str, Any] = json.loads(body or b"{}")
                for name, value in self.headers.items():
                    if name.lower() in header_members:
                        params[header_members[name.lower()]] = value
                try:
                    result = services.connect.call(service, operation, params)
                except ClientError as error:
                    code = error.response["Error"]["Code"]
                    status = error.response["ResponseMetadata"]["HTTPStatusCode"]
                    payload = json.dumps({"message": error.response["Error"]["Message"]})
                    self._answer(
                        status, payload.encode(), "application/json", {"x-amzn-ErrorType": code}
                    )
                    return
                except ParamValidationError as error:
                    payload = json.dumps({"message": str(error)})
                    code = (
                        "InvalidParameterException"
                        if service == "connect"
                        else "ValidationException"
                    )
                    self._answer(
                        400, payload.encode(), "application/json", {"x-amzn-ErrorType": code}
                    )
                    return
                self._answer(200, json.dumps(result).encode(), "application/json", {})

            do_PUT = do_POST = _serve

            def _answer(
                self, status: int, payload: bytes, content_type: str, headers: dict[str, str]
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the fakes record every call."""

        return Handler
