"""Keep third-party DEBUG logging from writing customer data into CloudWatch.

At DEBUG, botocore logs every request it signs and sends (SendMessage content,
ConnectionTokens, PSIDs in DynamoDB keys), urllib3 logs each request line (Graph API
paths with ``appsecret_proof``) and markdown-it logs the agent's text as it parses it.
Lambda's advanced logging controls can set the root logger to DEBUG and
``POWERTOOLS_LOG_LEVEL`` can be DEBUG, so :func:`connect_privacy.bootstrap.bootstrap`
pins these loggers at WARNING whatever level the runtime or the operator chooses.
"""

from __future__ import annotations

import logging

REQUEST_LOGGERS = ("boto3", "botocore", "urllib3", "s3transfer", "markdown_it")


def silence_request_logging() -> None:
    for name in REQUEST_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
