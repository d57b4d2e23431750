"""A minimal W3C WebDriver client for Debian's ``chromium`` + ``chromium-driver``.

Enough to drive a page in headless Chromium (open, find by CSS selector, type, click, read
text) without adding a browser-automation dependency to the lock files. Protocol:
https://www.w3.org/TR/webdriver2/ ; chromedriver listens on 127.0.0.1 only.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import urllib3

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C element reference key


def browser_paths() -> tuple[str, str] | None:
    """(chromium, chromedriver) when both are installed, else None."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (chromium, driver) if chromium and driver else None


class WebDriver:
    def __init__(self, url: str, session_id: str, http: urllib3.PoolManager) -> None:
        self._base = f"{url}/session/{session_id}"
        self._http = http

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self._http.request(
            method, self._base + path, body=json.dumps(body or {}) if method == "POST" else None,
            headers={"Content-Type": "application/json"},
        )  # fmt: skip
        payload = json.loads(response.data)
        if response.status != 200:
            raise AssertionError(f"WebDriver {method} {path}: {payload['value'].get('error')}")
        return payload["value"]

    def open(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def find(self, selector: str) -> str:
        found = self._call("POST", "/element", {"using": "css selector", "value": selector})
        return str(found[ELEMENT])

    def type(self, selector: str, text: str) -> None:
        self._call("POST", f"/element/{self.find(selector)}/value", {"text": text})

    def click(self, selector: str) -> None:
        self._call("POST", f"/element/{self.find(selector)}/click", {})

    def text(self, selector: str) -> str:
        return str(self._call("GET", f"/element/{self.find(selector)}/text"))

    def wait_for(
        self, condition: Callable[[], bool], *, timeout: float = 30.0, error: str = "#error"
    ) -> None:
        """Poll until ``condition``; on timeout, fail with the page's error element's text."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                shown = self.text(error) if error else ""
                raise AssertionError(f"the page never reached the expected state ({shown!r})")
            time.sleep(0.1)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def headless_chromium(chromium: str, driver: str) -> Iterator[WebDriver]:
    port = _free_port()
    process = subprocess.Popen(
        [driver, f"--port={port}", "--allowed-ips=127.0.0.1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    http = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(connect=1, read=60))
    session_id = None
    try:
        for _ in range(100):
            try:
                http.request("GET", f"{url}/status")
                break
            except urllib3.exceptions.HTTPError:
                time.sleep(0.1)
        options = {
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        }
        capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
        response = http.request(
            "POST", f"{url}/session", body=json.dumps({"capabilities": capabilities}),
            headers={"Content-Type": "application/json"},
        )  # fmt: skip
        session_id = json.loads(response.data)["value"]["sessionId"]
        yield WebDriver(url, session_id, http)
    finally:
        if session_id:
            http.request("DELETE", f"{url}/session/{session_id}")
        process.terminate()
        process.wait(timeout=10)
