"""Meta's media CDN and Amazon Rekognition's DetectText, simulated for the image turn.

CDN: customers' files as Meta serves them, over **https** on 127.0.0.1 with a certificate
made for this run; the functions trust it through ``SSL_CERT_FILE`` (which the SSL default
context reads), so the inbound function fetches exactly as in AWS: https only, unmodified.

Rekognition: ``DetectText`` over botocore's JSON protocol (``AWS_ENDPOINT_URL_REKOGNITION``).
No OCR runs offline, so the simulator answers with the words the demo drew on the image it
posted, each with the box it was drawn in (``expect``); the request is validated against
the service model (PNG or JPEG bytes under 5 MB) and a request it did not expect fails the
step. The boxes are the detector's own geometry as far as the relay can tell.
"""

from __future__ import annotations

import base64
import datetime
import ipaddress
import json
import ssl
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from demo.http_server import HttpServer
from tests.support.fakes import validate_call


@dataclass
class MediaSimulator:
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    answers: deque[dict[str, Any]] = field(default_factory=deque)
    detect_calls: int = 0
    violations: list[str] = field(default_factory=list)
    cdn_url: str = ""

    def publish(self, name: str, content_type: str, data: bytes) -> str:
        """A CDN link to ``data``, as Meta puts in ``attachments[].payload.url``."""
        self.files[f"/v/t1/{name}"] = (content_type, data)
        return f"{self.cdn_url}/v/t1/{name}?_nc_synthetic=1"

    def expect(self, response: dict[str, Any]) -> None:
        self.answers.append(response)

    def detect_text(self, params: dict[str, Any]) -> dict[str, Any]:
        params["Image"]["Bytes"] = base64.b64decode(params["Image"]["Bytes"])
        validate_call("rekognition", "DetectText", params)
        image = params["Image"]["Bytes"]
        if not image.startswith((b"\x89PNG", b"\xff\xd8\xff")) or len(image) > 5 * 1024 * 1024:
            self.violations.append("DetectText takes PNG or JPEG bytes up to 5 MB")
        self.detect_calls += 1
        if not self.answers:
            self.violations.append("an unexpected DetectText call")
            return {"TextDetections": []}
        return self.answers.popleft()


def _cdn_handler(sim: MediaSimulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            found = sim.files.get(self.path.split("?")[0])
            status, content_type, data = (200, *found) if found else (404, "text/plain", b"")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            """Silent."""

    return Handler


def _rekognition_handler(sim: MediaSimulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            target = self.headers.get("X-Amz-Target", "")
            if target != "RekognitionService.DetectText":
                status, payload = 400, {"__type": "UnknownOperationException"}
            else:
                try:
                    status, payload = 200, sim.detect_text(json.loads(body))
                except Exception as error:
                    sim.violations.append(f"DetectText request: {type(error).__name__}")
                    status, payload = 400, {"__type": "InvalidParameterException"}
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/x-amz-json-1.1")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            """Silent."""

    return Handler


def _certificate(directory: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1 (its own CA), valid for a day."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "connect-privacy demo CDN")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "demo-cdn.pem", directory / "demo-cdn.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@contextmanager
def serve(directory: Path) -> Iterator[tuple[MediaSimulator, Path, str]]:
    """The simulator, the CA file to trust and the Rekognition endpoint URL."""
    sim = MediaSimulator()
    cert_path, key_path = _certificate(directory)
    cdn = ThreadingHTTPServer(("127.0.0.1", 0), _cdn_handler(sim))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    cdn.socket = context.wrap_socket(cdn.socket, server_side=True)
    cdn.daemon_threads = True
    sim.cdn_url = f"https://127.0.0.1:{cdn.server_address[1]}"
    thread = threading.Thread(target=cdn.serve_forever, kwargs={"poll_interval": 0.05},
                              name="demo-cdn", daemon=True)  # fmt: skip
    thread.start()
    try:
        with HttpServer(_rekognition_handler(sim), "rekognition-simulator") as rekognition:
            yield sim, cert_path, rekognition.url
    finally:
        cdn.shutdown()
        cdn.server_close()
        key_path.unlink(missing_ok=True)
