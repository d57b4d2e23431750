"""Observability for a Lambda function, built one way for every handler at cold start.

Each handler's first lines are::

    observability = bootstrap("inbound")
    logger, tracer, metrics = observability.logger, observability.tracer, observability.metrics

and :func:`bootstrap` does, in this order:

1. pins third-party loggers that write requests or parse trees at DEBUG (botocore, boto3,
   urllib3, s3transfer, markdown-it) at WARNING, so ``POWERTOOLS_LOG_LEVEL=DEBUG`` or
   Lambda's advanced logging controls cannot put request bodies, tokens or customer text in
   CloudWatch;
2. creates the Powertools ``Logger``, ``Tracer`` and ``Metrics``;
3. applies that Logger's handler, JSON formatter and level to the project's own loggers
   (``connect_privacy.*``, the function's package, and Powertools' own library loggers), so
   every record, a domain module's warning included, is Powertools JSON carrying the
   correlation keys the handler appended (``mid``, ``psid`` label, ``contact_id``...).

``service`` is the function's package name (``webhook``, ``inbound``, ``outbound``,
``relocate``, ``publish``); it is also the Powertools service name when
``POWERTOOLS_SERVICE_NAME`` is unset.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers

from connect_privacy.log_safety import silence_request_logging
from connect_privacy.telemetry import PowertoolsCounter

PROJECT_PACKAGE = "connect_privacy"
# Powertools' library logger (idempotency, batch, parameters): excluded by
# copy_config_to_registered_loggers by design, so configured here explicitly.
POWERTOOLS_PACKAGE = "aws_lambda_powertools"


@dataclass(frozen=True)
class FunctionObservability:
    """The three Powertools utilities of one function; ``counter`` for domain code."""

    logger: Logger
    tracer: Tracer
    metrics: Metrics

    @property
    def counter(self) -> PowertoolsCounter:
        """The narrow ``Counter`` domain code counts through (see ``telemetry``)."""
        return PowertoolsCounter(self.metrics)


def bootstrap(service: str) -> FunctionObservability:
    """Build the function's Logger, Tracer and Metrics; call once, at module import."""
    silence_request_logging()
    service_name = os.environ.get("POWERTOOLS_SERVICE_NAME", "").strip() or service
    logger = Logger(service=service_name)
    tracer = Tracer(service=service_name)
    metrics = Metrics(service=service_name)
    apply_logging_configuration(logger, packages=(PROJECT_PACKAGE, service))
    return FunctionObservability(logger=logger, tracer=tracer, metrics=metrics)


def apply_logging_configuration(logger: Logger, *, packages: tuple[str, ...]) -> None:
    """Route ``packages``' loggers (and their children, even ones created later) and
    Powertools' library loggers through ``logger``'s handler, formatter and level."""
    for name in packages:
        # Registered first: Powertools only reconfigures loggers that already exist, and a
        # child created later (a lazily imported module) propagates to this parent.
        logging.getLogger(name)
    copy_config_to_registered_loggers(source_logger=logger, include=set(packages))
    library = logging.getLogger(POWERTOOLS_PACKAGE)
    library.handlers = list(logger.handlers)
    library.setLevel(logger.log_level)
    library.propagate = False
