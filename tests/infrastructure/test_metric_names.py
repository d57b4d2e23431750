"""The alarms and the dashboard watch metrics the code actually publishes.

A metric renamed in code would otherwise leave an alarm that never fires (missing data is
"not breaching") and an empty dashboard graph. The names the code can count are read from
its source: literal ``count("...")`` / ``add_metric(name="...")`` calls, the redactor's
``METRIC_*`` constants, the inbound failure metrics, and the families built from enums
(``Outbound<Outcome>``, ``EventsDropped<DropReason>``, ``WebhookRejected<status>``).
"""

from __future__ import annotations

import re
from pathlib import Path

import hcl2

from connect_privacy.messenger.webhook import WebhookRejected
from connect_privacy.messenger.webhook_events import DropReason
from connect_privacy.redaction.redactor import METRIC_ENTITIES_OF_TYPE
from connect_privacy.relay.outbound import Outcome

REPO = Path(__file__).resolve().parents[2]
RELAY_MODULE = REPO / "terraform" / "modules" / "messenger_relay"
LITERAL_METRICS = (
    re.compile(r'count\(\s*"([A-Za-z0-9]+)"'),
    re.compile(r'add_metric\(\s*name="([A-Za-z0-9]+)"'),
    re.compile(r'^METRIC_[A-Z_]+ = "([A-Za-z0-9]+)"', re.MULTILINE),
    re.compile(r'Failure\(\s*"([A-Za-z0-9]+)"'),
)
QUOTED_NAME = re.compile(r'"([A-Z][A-Za-z0-9]+)"')


def _subclasses(cls: type) -> list[type]:
    return [cls, *(s for sub in cls.__subclasses__() for s in _subclasses(sub))]


def code_metric_names() -> set[str]:
    names: set[str] = set()
    for path in (REPO / "functions").rglob("*.py"):
        source = path.read_text()
        for pattern in LITERAL_METRICS:
            names.update(pattern.findall(source))
    names.update(f"Outbound{outcome.value}" for outcome in Outcome)
    names.update(f"EventsDropped{reason.value}" for reason in DropReason)
    names.update(f"WebhookRejected{cls.status_code}" for cls in _subclasses(WebhookRejected))
    return names


def terraform_relay_metric_names() -> set[str]:
    """Relay (not AWS/*) metric names in the alarms and the dashboard."""
    alarms = hcl2.load((RELAY_MODULE / "alarms.tf").open())
    found = next(local["relay_alarms"] for local in alarms["locals"] if "relay_alarms" in local)
    relay_alarms = found[0] if isinstance(found, list) else found
    names = {alarm["metric"] for alarm in relay_alarms.values()}
    for line in (RELAY_MODULE / "dashboard.tf").read_text().splitlines():
        if "graph_outcomes" in line and "=" in line and "[" in line and "for" not in line:
            names.update(f"Outbound{outcome}" for outcome in QUOTED_NAME.findall(line))
        elif "local.metrics_namespace" in line:
            names.update(QUOTED_NAME.findall(line))
    return names


def test_the_dashboard_and_alarms_name_relay_metrics() -> None:
    # Guards the parsing: an empty set would make the next test pass vacuously.
    assert {"MessagesRelayed", "RedactionComprehendFallback", "OutboundSent"} <= (
        terraform_relay_metric_names()
    )


def test_every_metric_terraform_watches_is_one_the_code_publishes() -> None:
    unknown = terraform_relay_metric_names() - code_metric_names()
    assert unknown == set(), f"Terraform watches metrics no code counts: {sorted(unknown)}"


def test_the_dashboard_graphs_the_per_type_entity_metrics_the_redactor_counts() -> None:
    # Terraform builds one name per entity type: "<family>${t}" must be the code's family.
    family = METRIC_ENTITIES_OF_TYPE.format("${t}")
    assert f'"{family}"' in (RELAY_MODULE / "dashboard.tf").read_text()
