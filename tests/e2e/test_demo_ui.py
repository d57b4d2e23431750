"""`make demo-ui` in headless Chromium: a typed card number never shows in the agent's pane.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them when
missing); without them the test is skipped and says why, except on CI, where it fails.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from demo.ui import serving
from tests.support.webdriver import browser_paths, headless_chromium

CARD = "4111 1111 1111 1111"
MEMBER = "MBR-55501234"


@pytest.fixture
def browser(tmp_path: Path):
    # Function-scoped on purpose: the stack's endpoint settings must be applied after
    # conftest's per-test environment, which removes AWS_ENDPOINT_URL.
    paths = browser_paths()
    if paths is None:
        if os.environ.get("CI") == "true":
            # CI installs them (.ci/run): a missing browser there is a broken setup.
            pytest.fail("chromium and chromium-driver are missing on CI")
        pytest.skip("chromium and chromium-driver are not installed (.ci/run installs them)")
    with serving(tmp_path) as (url, _), headless_chromium(*paths) as driver:
        driver.open(url + "/")
        yield driver


def test_a_typed_card_number_never_shows_in_the_agent_pane(browser) -> None:
    browser.type("#customer-input", f"Hi, my card is {CARD}")
    browser.click("#customer-send")
    browser.wait_for(lambda: "[CREDIT_DEBIT_NUMBER]" in browser.text("#agent-pane"))
    agent_pane = browser.text("#agent-pane")
    assert "4111" not in agent_pane.replace(" ", "")
    assert CARD in browser.text("#customer-pane")  # the customer still sees what they typed

    # The agent's reply reaches the customer once; after the chat, the vault and the
    # published copy show up in the third pane.
    reply = f"Thanks! Your member id is {MEMBER}."
    browser.type("#agent-input", reply)
    browser.click("#agent-send")
    browser.wait_for(lambda: reply in browser.text("#customer-pane"))
    assert browser.text("#customer-pane").count(reply) == 1
    browser.click("#end-chat")
    browser.wait_for(lambda: "chat.ended" in browser.text("#agent-pane"))
    browser.click("#contact-lens")
    browser.wait_for(lambda: "Originals vault (locked) (1)" in browser.text("#files-pane"))
    files = browser.text("#files-pane")
    assert "Published for analytics (1)" in files
    assert "[MEMBER_ID]" in files and MEMBER not in files
    assert "4111" not in files.replace(" ", "")
