"""Cold-start validation of the webhook's and the inbound worker's settings (issue 17,
findings 3 and 7): a setting that would break the relay fails at import, naming itself."""

from __future__ import annotations

import pytest

from connect_privacy import config
from connect_privacy.config import ConfigError
from connect_privacy.messenger.webhook_events import Channel
from inbound.settings import InboundSettings
from tests.support.events import read_function_env
from webhook.settings import WebhookSettings

QUEUE_URL = "https://sqs.eu-west-2.amazonaws.com/123456789012/connect-privacy-inbound.fifo"


def webhook_settings(**overrides: str) -> WebhookSettings:
    return WebhookSettings.from_env({**read_function_env("webhook"), **overrides})


def inbound_settings(**overrides: str) -> InboundSettings:
    return InboundSettings.from_env({**read_function_env("inbound"), **overrides})


@pytest.mark.parametrize("value", [",", " , ", ",,,"])
def test_a_channel_list_naming_no_channel_is_refused(value: str) -> None:
    # Reproduction: WEBHOOK_CHANNELS="," used to mean "no channel", so every notification
    # got a 404 and nothing was ever enqueued.
    with pytest.raises(ConfigError, match="WEBHOOK_CHANNELS"):
        webhook_settings(WEBHOOK_CHANNELS=value)


def test_unset_channels_mean_messenger_and_a_list_is_read() -> None:
    assert webhook_settings(WEBHOOK_CHANNELS="").channels == {Channel.MESSENGER}
    assert webhook_settings(WEBHOOK_CHANNELS="Instagram, messenger").channels == set(Channel)
    with pytest.raises(ConfigError, match="WEBHOOK_CHANNELS"):
        webhook_settings(WEBHOOK_CHANNELS="messenger,whatsapp")


@pytest.mark.parametrize("value", [",", " ,  , "])
def test_csv_refuses_a_set_value_that_lists_nothing(value: str) -> None:
    with pytest.raises(ConfigError, match="LIST must list at least one value"):
        config.csv({"LIST": value}, "LIST", ("default",))


@pytest.mark.parametrize(
    "value",
    [
        "connect-privacy-inbound.fifo",  # a queue name, not a URL
        "not a url",
        "sqs.eu-west-2.amazonaws.com/123456789012/connect-privacy-inbound.fifo",
        "http://sqs.eu-west-2.amazonaws.com/123456789012/connect-privacy-inbound.fifo",
        "https://user:secret@sqs.eu-west-2.amazonaws.com/123456789012/q.fifo",
        "https://sqs.eu-west-2.amazonaws.com:99999/123456789012/q.fifo",
        "https://sqs.eu-west-2.amazonaws.com:https/123456789012/q.fifo",
        "https://sqs.eu-west-2.amazonaws.com/123456789012/connect-privacy-inbound",  # standard
        "https://sqs.eu-west-2.amazonaws.com/connect-privacy-inbound.fifo",
        "https://sqs.eu-west-2.amazonaws.com/123456789012/q.fifo?Action=SendMessage",
        "arn:aws:sqs:eu-west-2:123456789012:connect-privacy-inbound.fifo",
    ],
)
def test_an_inbound_queue_url_that_is_not_a_fifo_queue_url_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match="INBOUND_QUEUE_URL") as raised:
        webhook_settings(INBOUND_QUEUE_URL=value)
    assert "secret" not in str(raised.value)


@pytest.mark.parametrize(
    "value",
    [
        QUEUE_URL,
        "https://sqs.eu-west-2.amazonaws.com:443/123456789012/connect-privacy-inbound.fifo",
        "http://127.0.0.1:4566/123456789012/connect-privacy-inbound.fifo",  # a local stand-in
    ],
)
def test_fifo_queue_urls_are_accepted(value: str) -> None:
    assert webhook_settings(INBOUND_QUEUE_URL=value).queue_url == value


@pytest.mark.parametrize(
    "value",
    [
        "connect-privacy-chat",
        "arn:aws:sqs:eu-west-2:123456789012:connect-privacy-chat",
        "arn:aws:sns:eu-west-2:123456789012:connect-privacy-chat.fifo",  # Connect: standard only
        "arn:aws:sns:eu-west-2:1234:connect-privacy-chat",
        "arn:aws:sns:eu-west-2:123456789012:",
        "arn:aws:sns:::connect-privacy-chat",
        "https://sns.eu-west-2.amazonaws.com/connect-privacy-chat",
    ],
)
def test_a_streaming_topic_that_is_not_an_sns_topic_arn_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match="STREAMING_TOPIC_ARN"):
        inbound_settings(STREAMING_TOPIC_ARN=value)


@pytest.mark.parametrize(
    "value",
    [
        "arn:aws:sns:eu-west-2:123456789012:connect-privacy-chat",
        "arn:aws-us-gov:sns:us-gov-west-1:123456789012:chat_stream-1",
        "arn:aws-cn:sns:cn-north-1:123456789012:chat",
    ],
)
def test_sns_topic_arns_are_accepted(value: str) -> None:
    assert inbound_settings(STREAMING_TOPIC_ARN=value).chat.streaming_topic_arn == value
