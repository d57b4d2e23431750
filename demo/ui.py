"""``make demo-ui``: the demo's stack behind a three-pane page on 127.0.0.1.

Customer on Messenger | agent in Connect | vault and published files. A person types as
the customer or the agent and watches redaction happen; every action goes through the
same edges and real handlers as ``make demo`` (a signed webhook, the Connect simulator's
streaming, S3 notifications), one at a time.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from demo.harness import Harness, running
from demo.http_server import HttpServer
from demo.scenario import PSID, Conversation, StepFailed, Turn
from demo.stack import ROOT

PAGE = (Path(__file__).resolve().parent / "ui.html").read_text(encoding="utf-8")


class Quiet:
    def step(self, number: int, total: int, name: str) -> None:
        pass

    def note(self, text: str) -> None:
        pass

    def turn(self, turn: Turn) -> None:
        pass

    def done(self, name: str, seconds: float) -> None:
        pass


@dataclass
class Console:
    """What the page's buttons do, serialised: one action runs through the stack at a time."""

    harness: Harness
    conversation: Conversation
    customer_log: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _inbox_seen: int = 0

    def _collect_inbox(self) -> None:
        inbox = self.harness.graph.received_by(PSID)
        for text in inbox[self._inbox_seen :]:
            self.customer_log.append({"from": "page", "text": text})
        self._inbox_seen = len(inbox)

    def _live_contact(self) -> str:
        live = [c.contact_id for c in self.harness.connect.contacts.values() if not c.ended]
        if not live:
            raise StepFailed("agent", "no chat is open: the customer has to write first")
        return live[-1]

    def customer_says(self, text: str) -> None:
        self.customer_log.append({"from": "customer", "text": text})
        body, signature = self.conversation.signed_message(text)
        self.conversation.post_webhook(body, signature)
        self.conversation.settle()
        self.conversation.accept_new_chats()

    def agent_says(self, text: str) -> None:
        self.harness.connect.agent_send(self._live_contact(), text)
        self.conversation.settle()

    def end_chat(self) -> None:
        self.harness.connect.end_chat(self._live_contact())
        self.conversation.settle()

    def contact_lens(self) -> None:
        self.conversation.contact_lens_writes()

    def act(self, action: str, text: str) -> None:
        actions = {
            "customer": lambda: self.customer_says(text),
            "agent": lambda: self.agent_says(text),
            "end": self.end_chat,
            "contact-lens": self.contact_lens,
        }
        if action not in actions:
            raise StepFailed(action, "unknown action")
        if action in {"customer", "agent"} and not text.strip():
            raise StepFailed(action, "type a message first")
        with self.lock:
            self.conversation.step_name = action
            try:
                actions[action]()
            finally:
                self._collect_inbox()

    def state(self) -> dict[str, Any]:
        with self.lock:
            return {
                "customer": list(self.customer_log),
                "agent": self._agent_pane(),
                "files": self._files(),
            }

    def _agent_pane(self) -> list[dict[str, str]]:
        lines: list[dict[str, str]] = []
        for contact in self.harness.connect.contacts.values():
            lines.append({"from": "event", "text": f"chat {contact.contact_id[:8]}… started"})
            for item in contact.items:
                if item["Type"] == "MESSAGE":
                    sender = "customer" if item["ParticipantRole"] == "CUSTOMER" else "agent"
                    lines.append({"from": sender, "text": item["Content"]})
                else:
                    event = item["ContentType"].rsplit("event.", 1)[-1]
                    lines.append({"from": "event", "text": event})
        return lines

    def _files(self) -> dict[str, list[dict[str, Any]]]:
        s3 = self.harness.client("s3")
        publish = self.harness.stack.function_env("publish")
        places = {
            "contact_lens": (self.harness.stack.buckets["contact_lens"], "Analysis/"),
            "vault": (self.harness.stack.buckets["vault"], ""),
            "published": (publish["PUBLISHED_BUCKET"], publish["PUBLISHED_PREFIX"]),
        }
        listing: dict[str, list[dict[str, Any]]] = {}
        for name, (bucket, prefix) in places.items():
            contents = s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])
            listing[name] = [{"key": item["Key"]} for item in contents]
        bucket = places["published"][0]
        for entry in listing["published"]:
            body = s3.get_object(Bucket=bucket, Key=entry["key"])["Body"].read()
            entry["lines"] = [item["Content"] for item in json.loads(body)["Transcript"]]
        return listing


def _handler_for(console: Console) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if self.path == "/":
                self._send(200, PAGE.encode(), "text/html; charset=utf-8")
            elif self.path == "/api/state":
                self._json(200, console.state())
            else:
                self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            if not self.path.startswith("/api/") or length > 64 * 1024:
                self._json(404, {"error": "not found"})
                return
            try:
                request = json.loads(self.rfile.read(length) or b"{}")
                console.act(self.path.removeprefix("/api/"), str(request.get("text", "")))
            except StepFailed as failure:
                self._json(409, {"error": failure.reason})
                return
            except Exception as error:  # shown on the page; the stack keeps running
                self._json(500, {"error": f"{type(error).__name__}: {error}"})
                return
            self._json(200, console.state())

        def _json(self, status: int, payload: Any) -> None:
            self._send(status, json.dumps(payload).encode(), "application/json")

        def _send(self, status: int, data: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            """Silent: the terminal shows only the URL."""

    return Handler


@contextmanager
def serving(out_dir: Path) -> Iterator[tuple[str, Console]]:
    """The stack, the console and the page's server; yields the page's URL."""
    with running(out_dir) as harness:
        console = Console(harness, Conversation(harness, Quiet()))
        with HttpServer(_handler_for(console), "demo-ui") as server:
            yield server.url, console


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo.ui", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "demo-ui")
    args = parser.parse_args(argv)
    # `kill` stops it as cleanly as Ctrl-C: the servers shut down, the environment returns.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print("Starting the stack (moto server, Connect and Graph simulators, the handlers)…")
    with serving(args.out) as (url, _):
        print(f"Open {url}/ in a browser on this machine. Ctrl-C stops everything.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("\nStopped.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
