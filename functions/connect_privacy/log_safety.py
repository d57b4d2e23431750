"""Keep third-party request logging from writing customer data into CloudWatch.

At DEBUG, botocore logs every request it signs and sends (SendMessage content,
ConnectionTokens, PSIDs in DynamoDB keys) and urllib3 logs each request line
(Graph API paths with ``appsecret_proof``). Lambda's advanced logging controls
can set the root logger to DEBUG, so each handler pins these loggers at WARNING
whatever level the runtime or ``POWERTOOLS_LOG_LEVEL`` chooses.
"""

from __future__ import annotations

import logging

REQUEST_LOGGERS = ("boto3", "botocore", "urllib3", "s3transfer")


def silence_request_logging() -> None:
    for name in REQUEST_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
