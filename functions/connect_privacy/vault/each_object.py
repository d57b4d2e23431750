"""The vault functions' invocation loop: every object an event names, one by one.

Both ``relocate`` and ``publish`` receive S3 notifications or EventBridge "Object Created"
events naming one or more objects. Every object is handled even when an earlier one fails
(its handler has already counted and audited the failure); the invocation then fails as a
whole, naming only counts, so Lambda's asynchronous retries and the on-failure destination
take over and a retry repeats only what is left (the state in S3 is the memory).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from connect_privacy.telemetry import Counter
from connect_privacy.vault.events import ObjectRef, UnsupportedEvent, object_refs

logger = logging.getLogger(__name__)


class ObjectsIncomplete(Exception):
    """Some objects of the event failed; the message holds counts only."""


def handle_each_object(
    event: dict[str, Any],
    handle: Callable[[ObjectRef], Iterable[str]],
    *,
    counter: Counter,
) -> dict[str, int]:
    """Outcome name -> count for every object ``event`` names; raises if any failed.

    ``handle`` returns the outcomes of one object (several when one event moves several
    objects) and raises on failure, after counting and auditing it.
    """
    try:
        refs = object_refs(event)
    except UnsupportedEvent as error:
        counter.count("UnsupportedEvents")
        logger.exception("unsupported event", extra={"problem": str(error)})
        raise
    if not refs:  # a test event, a deletion: nothing to do
        counter.count("IgnoredEvents")
        logger.info("event names no created object")
        return {}
    outcomes: dict[str, int] = {}
    failures = 0
    for ref in refs:
        try:
            for outcome in handle(ref):
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
        except Exception:  # counted and audited by ``handle``; the rest still run
            failures += 1
    if failures:
        raise ObjectsIncomplete(f"{failures} of {len(refs)} objects failed; Lambda retries")
    return outcomes
