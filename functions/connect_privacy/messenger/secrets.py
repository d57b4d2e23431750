"""Meta credentials from one Secrets Manager secret, cached for a bounded time.

The secret is a JSON object::

    {"APP_SECRET": "...", "VERIFY_TOKEN": "...", "PAGE_TOKEN": "...",
     "PAGE_TOKENS": {"<page id>": "<page token>", ...}}

``PAGE_TOKENS`` is optional (several pages behind one app); ``PAGE_TOKEN`` is the default
for pages it does not name. Instagram Direct adds two optional keys::

     "INSTAGRAM_TOKENS": {"<instagram account id>": "<Instagram User access token>", ...},
     "INSTAGRAM_APP_SECRET": "..."

Instagram accounts have no default token and never fall back to a page token: a reply from
an account the map does not name fails rather than go out with another account's token.
``INSTAGRAM_APP_SECRET`` is the app secret shown under "API setup with Instagram login",
which signs the webhooks of that flavour (open-source relays check Instagram webhooks
against either secret, e.g. https://github.com/chatwoot/chatwoot/pull/14280).

Powertools parameters caches the value for ``max_age_seconds``,
so a rotated secret takes effect within that time without a redeploy. Errors name the
problem, never a value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from aws_lambda_powertools.utilities import parameters
from aws_lambda_powertools.utilities.parameters import SecretsProvider
from aws_lambda_powertools.utilities.parameters.exceptions import (
    GetParameterError,
    TransformParameterError,
)


class SecretUnavailable(Exception):
    """The Messenger secret cannot be read or lacks a value; the message names which."""


@dataclass(frozen=True)
class MessengerSecrets:
    app_secret: str = field(repr=False)
    verify_token: str = field(repr=False)
    default_page_token: str | None = field(repr=False)
    page_tokens: Mapping[str, str] = field(repr=False)
    instagram_tokens: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({}), repr=False
    )
    instagram_app_secret: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return (
            f"MessengerSecrets(pages={sorted(self.page_tokens)},"
            f" instagram_accounts={sorted(self.instagram_tokens)})"
        )

    def page_token(self, page_id: str) -> str:
        token = self.page_tokens.get(page_id) or self.default_page_token
        if not token:
            raise SecretUnavailable("the Messenger secret has no page token for this page")
        return token

    def instagram_token(self, account_id: str) -> str:
        """The named account's own token; there is no default for Instagram."""
        token = self.instagram_tokens.get(account_id)
        if not token:
            raise SecretUnavailable("the Messenger secret has no Instagram token for this account")
        return token


def load_messenger_secrets(
    secret_id: str,
    *,
    max_age_seconds: int,
    provider: Callable[[], SecretsProvider] | None = None,
) -> MessengerSecrets:
    """The secret, from ``provider`` (a client with the handler's timeouts) or Powertools'
    default Secrets Manager provider; cached for ``max_age_seconds`` either way."""
    try:
        if provider is None:
            value: Any = parameters.get_secret(secret_id, transform="json", max_age=max_age_seconds)
        else:
            value = provider().get(secret_id, transform="json", max_age=max_age_seconds)
    except TransformParameterError:
        raise SecretUnavailable("the Messenger secret is not a JSON object") from None
    except GetParameterError:
        raise SecretUnavailable("the Messenger secret could not be read") from None
    return parse_messenger_secrets(value)


def parse_messenger_secrets(value: Any) -> MessengerSecrets:
    """Validate the decoded secret; raise SecretUnavailable naming the missing key."""
    if not isinstance(value, Mapping):
        raise SecretUnavailable("the Messenger secret is not a JSON object")
    app_secret = _required(value, "APP_SECRET")
    verify_token = _required(value, "VERIFY_TOKEN")
    default_page_token = value.get("PAGE_TOKEN")
    if default_page_token is not None and not _is_text(default_page_token):
        raise SecretUnavailable("the Messenger secret's PAGE_TOKEN must be a non-empty string")
    page_tokens = value.get("PAGE_TOKENS", {})
    if not isinstance(page_tokens, Mapping) or not all(
        _is_text(page) and _is_text(token) for page, token in page_tokens.items()
    ):
        raise SecretUnavailable("the Messenger secret's PAGE_TOKENS must map page ids to tokens")
    instagram_tokens = value.get("INSTAGRAM_TOKENS", {})
    if not isinstance(instagram_tokens, Mapping) or not all(
        _is_text(account) and _is_text(token) for account, token in instagram_tokens.items()
    ):
        raise SecretUnavailable(
            "the Messenger secret's INSTAGRAM_TOKENS must map Instagram account ids to tokens"
        )
    instagram_app_secret = value.get("INSTAGRAM_APP_SECRET")
    if instagram_app_secret is not None and not _is_text(instagram_app_secret):
        raise SecretUnavailable(
            "the Messenger secret's INSTAGRAM_APP_SECRET must be a non-empty string"
        )
    if default_page_token is None and not page_tokens and not instagram_tokens:
        raise SecretUnavailable(
            "the Messenger secret needs PAGE_TOKEN, PAGE_TOKENS or INSTAGRAM_TOKENS"
        )
    return MessengerSecrets(
        app_secret=app_secret,
        verify_token=verify_token,
        default_page_token=default_page_token,
        page_tokens=MappingProxyType(dict(page_tokens)),
        instagram_tokens=MappingProxyType(dict(instagram_tokens)),
        instagram_app_secret=instagram_app_secret,
    )


def _required(value: Mapping[str, Any], key: str) -> str:
    item = value.get(key)
    if not _is_text(item):
        raise SecretUnavailable(f"the Messenger secret's {key} is missing or empty")
    return str(item)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
