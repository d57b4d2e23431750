"""One client policy for every function (issue 17, finding 8): explicit timeouts, standard
retries, a worst case inside API Gateway's 30 seconds; clients built lazily, once."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest
from botocore.config import Config

from connect_privacy.aws_clients import (
    API_GATEWAY_TIMEOUT_SECONDS,
    Lazy,
    client_config,
    lazy_client,
    worst_case_seconds,
)


def test_lazy_builds_on_first_use_and_then_reuses() -> None:
    built: list[object] = []

    def factory() -> object:
        built.append(object())
        return built[-1]

    lazy = Lazy(factory)
    assert built == [] and not lazy.built
    first = lazy()
    assert lazy() is first
    assert built == [first] and lazy.built


def test_lazy_keeps_a_falsy_value_without_building_again() -> None:
    calls: list[int] = []
    lazy = Lazy(lambda: calls.append(1) or None)
    assert lazy() is None and lazy() is None
    assert calls == [1]


def test_a_factory_that_fails_is_tried_again_next_time() -> None:
    attempts: list[int] = []

    def flaky() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionError("not yet")
        return "client"

    lazy = Lazy(flaky)
    with pytest.raises(ConnectionError):
        lazy()
    assert lazy() == "client"


def test_client_config_sets_timeouts_and_standard_retries() -> None:
    config = client_config(connect_timeout=1, read_timeout=2, max_attempts=2)

    assert (config.connect_timeout, config.read_timeout) == (1, 2)
    assert config.retries == {"mode": "standard", "max_attempts": 2}
    assert worst_case_seconds(config) == 2 * 3 + 1


@pytest.mark.parametrize(
    "kwargs", [{"connect_timeout": 0}, {"read_timeout": -1}, {"max_attempts": 0}]
)
def test_client_config_refuses_values_that_disable_the_bound(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        client_config(**kwargs)


def test_botocores_defaults_would_outlast_api_gateway() -> None:
    defaults = Config(connect_timeout=60, read_timeout=60, retries={"max_attempts": 3})
    assert worst_case_seconds(defaults) > API_GATEWAY_TIMEOUT_SECONDS


def test_a_lazy_client_carries_its_config(aws: None) -> None:
    sqs = lazy_client("sqs", client_config(connect_timeout=1, read_timeout=2))

    client = sqs()

    assert client is sqs()
    assert client.meta.config.connect_timeout == 1
    assert client.meta.config.read_timeout == 2
    assert client.meta.config.retries["mode"] == "standard"


# Every client each handler builds, by the module attribute that builds it.
CLIENTS = {
    "webhook": ["sqs"],
    "inbound": ["dynamodb"],
    "outbound": ["dynamodb_client", "participant_client"],
}


@pytest.mark.parametrize("function", sorted(CLIENTS))
def test_every_handlers_clients_give_up_inside_api_gateways_limit(
    fresh_handler: Callable[..., ModuleType], function: str
) -> None:
    handler = fresh_handler(function)
    config = handler.AWS_CLIENT_CONFIG

    assert worst_case_seconds(config) < API_GATEWAY_TIMEOUT_SECONDS
    for name in CLIENTS[function]:
        lazy = getattr(handler, name)
        assert not lazy.built, f"{function}.{name} was built at import"
        built = lazy().meta.config
        assert (built.connect_timeout, built.read_timeout) == (
            config.connect_timeout,
            config.read_timeout,
        )
        assert built.retries["mode"] == "standard"


@pytest.mark.parametrize("function", ["webhook", "outbound"])
def test_the_secrets_provider_uses_the_same_policy(
    fresh_handler: Callable[..., ModuleType], function: str
) -> None:
    handler = fresh_handler(function)

    built = handler.secrets_provider().client.meta.config

    assert built.read_timeout == handler.AWS_CLIENT_CONFIG.read_timeout
    assert built.retries["mode"] == "standard"
