from __future__ import annotations

import logging

import pytest

from connect_privacy.log_safety import REQUEST_LOGGERS, silence_request_logging


def test_request_loggers_stay_quiet_when_the_root_logger_is_at_debug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(logging.getLogger(), "level", logging.DEBUG)
    for name in REQUEST_LOGGERS:
        monkeypatch.setattr(logging.getLogger(name), "level", logging.NOTSET)

    silence_request_logging()

    for name in REQUEST_LOGGERS:
        assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
        assert logging.getLogger(name).isEnabledFor(logging.WARNING), name


@pytest.mark.parametrize("function", ["webhook", "inbound", "outbound"])
def test_every_handler_silences_sdk_request_logging_at_import(function, fresh_handler):
    for name in REQUEST_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET)

    fresh_handler(function, POWERTOOLS_LOG_LEVEL="DEBUG")

    for name in REQUEST_LOGGERS:
        assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING, name
