"""Everything the demo runs on, started fresh on free ports of 127.0.0.1 and torn down after.

- moto in server mode (``ThreadedMotoServer``) holding the stack of ``stack.json``;
- the Connect + Connect Participant simulator, publishing chat streaming to moto's SNS;
- the Graph API simulator (the customers' Messenger and Instagram inboxes, one server per
  Graph host);
- the real handlers, with the process environment a Lambda function in the stack would see:
  endpoints aimed at the simulators (``AWS_ENDPOINT_URL`` for moto,
  ``AWS_ENDPOINT_URL_CONNECT`` and ``AWS_ENDPOINT_URL_CONNECTPARTICIPANT`` for Connect) and
  no shared AWS configuration or credentials of the person running it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import boto3
from aws_lambda_powertools.utilities import parameters

from demo import connect_sim, graph_sim, media_sim
from demo.connect_sim import ConnectSimulator
from demo.graph_sim import GraphSimulator
from demo.media_sim import MediaSimulator
from demo.runtime import LocalFunction, detach_log, environment
from demo.sources import AsyncTarget, BucketNotifications, QueueEventSource, TopicSubscription
from demo.stack import ROOT, Stack, example_env, load_description

PAGE_ID = "104123456789012"
APP_SECRET = "demo-app-secret-not-a-real-one"  # noqa: S105 (synthetic, for the emulator only)
PAGE_TOKEN = "EAAG-demo-page-token-not-a-real-one"  # noqa: S105
VERIFY_TOKEN = "demo-verify-token"  # noqa: S105
# The Instagram professional account the demo's Instagram customer writes to.
IG_ACCOUNT_ID = "17841400000000042"
IG_TOKEN = "IGAA-demo-instagram-token-not-a-real-one"  # noqa: S105
# The only demo-specific settings: Comprehend is not available offline, and the closing
# message shows the chat.ended path on the customer's side.
DEMO_SETTINGS = {
    # Comprehend is not available offline: the offline engines alone, with the types they
    # cannot detect named as an accepted gap (the function refuses to start otherwise).
    "inbound": {
        "REDACTION_ENGINES": "patterns,custom",
        "REDACTION_ALLOW_UNDETECTED_TYPES": (
            "ADDRESS,"
            "CA_HEALTH_NUMBER,"
            "IN_AADHAAR,"
            "IN_NREGA,"
            "IN_PERMANENT_ACCOUNT_NUMBER,"
            "IN_VOTER_NUMBER,"
            "LICENSE_PLATE,"
            "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER"
        ),
    },
    "outbound": {"CLOSING_MESSAGE": "This chat has ended. Message us again any time."},
    # Both channels, as `webhook_channels = ["messenger", "instagram"]` deploys them.
    "webhook": {"WEBHOOK_CHANNELS": "messenger,instagram"},
}


@dataclass
class Harness:
    stack: Stack
    session: Any
    connect: ConnectSimulator
    graph: GraphSimulator
    media: MediaSimulator
    functions: dict[str, LocalFunction]
    inbound_queue: QueueEventSource
    streaming: TopicSubscription
    buckets: BucketNotifications | None
    log_path: Path
    endpoints: dict[str, str]

    @property
    def region(self) -> str:
        return self.stack.naming["region"]

    def client(self, service: str) -> Any:
        return self.session.client(service)


def _process_environment(
    moto_url: str, connect_url: str, region: str, rekognition_url: str, cdn_ca: Path
) -> dict[str, str]:
    empty = str(Path(tempfile.gettempdir()) / "connect-privacy-demo-no-aws-config")
    return {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "",
        "AWS_DEFAULT_REGION": region,
        "AWS_REGION": region,
        # Nobody's ~/.aws settings (profiles, endpoints, credentials) apply here.
        "AWS_CONFIG_FILE": empty,
        "AWS_SHARED_CREDENTIALS_FILE": empty,
        "AWS_ENDPOINT_URL": moto_url,
        "AWS_ENDPOINT_URL_CONNECT": connect_url,
        "AWS_ENDPOINT_URL_CONNECTPARTICIPANT": connect_url,
        "AWS_ENDPOINT_URL_REKOGNITION": rekognition_url,
        # The simulated Meta CDN's certificate: urllib3's default context trusts this file.
        "SSL_CERT_FILE": str(cdn_ca),
        "POWERTOOLS_TRACE_DISABLED": "true",  # no X-Ray daemon here
        "POWERTOOLS_DEV": "false",
    }


def _forget_cached_secrets() -> None:
    parameters.clear_caches()  # type: ignore[no-untyped-call]


@contextmanager
def _moto_server() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the server's access log
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    try:
        # The emulator's state lives in this process: start from nothing, every run.
        reset = urllib.request.Request(f"{url}/moto-api/reset", method="POST")  # noqa: S310
        urllib.request.urlopen(reset, timeout=10).close()  # noqa: S310 (loopback, built above)
        yield url
    finally:
        server.stop()


def _functions(
    stack: Stack, graph_url: str, instagram_url: str, log: TextIO
) -> dict[str, LocalFunction]:
    described = stack.description["functions"]
    functions: dict[str, LocalFunction] = {}
    for short, spec in described.items():
        overrides = dict(DEMO_SETTINGS.get(short, {}))
        if short == "outbound":
            overrides["GRAPH_API_BASE_URL"] = graph_url
            overrides["INSTAGRAM_GRAPH_API_BASE_URL"] = instagram_url
        functions[short] = LocalFunction(
            stack.name(f"{{name}}-{short}"),
            spec["handler"],
            stack.function_env(short, overrides),
            timeout_seconds=spec["timeout_seconds"],  # Terraform's, so time budgets behave
            region=stack.naming["region"],
            account_id=stack.naming["account_id"],
            log=log,
        )
    return functions


@contextmanager
def running(out_dir: Path) -> Iterator[Harness]:
    """Start everything; on exit stop it and put the process environment back."""
    out_dir.mkdir(parents=True, exist_ok=True)
    log_path = out_dir / "functions.log"
    description = load_description()
    stack = Stack.from_description(description)
    region = stack.naming["region"]
    with ExitStack() as stack_of_things:
        log = stack_of_things.enter_context(log_path.open("w", encoding="utf-8"))
        moto_url = stack_of_things.enter_context(_moto_server())
        inbound_example = example_env("inbound")
        publish_session: dict[str, Any] = {}

        def publish(topic_arn: str, message: str, attributes: dict[str, str]) -> None:
            publish_session["sns"].publish(
                TopicArn=topic_arn,
                Message=message,
                MessageAttributes={
                    k: {"DataType": "String", "StringValue": v} for k, v in attributes.items()
                },
            )

        connect = ConnectSimulator(
            instance_id=inbound_example["CONNECT_INSTANCE_ID"],
            contact_flow_ids={inbound_example["CONNECT_CONTACT_FLOW_ID"]},
            account_id=stack.naming["account_id"],
            publish=publish,
        )
        connect_server = stack_of_things.enter_context(connect_sim.serve(connect))
        connect.base_url = connect_server.url
        media, cdn_ca, rekognition_url = stack_of_things.enter_context(media_sim.serve(out_dir))
        connect.download_host = media.publish  # GetAttachment's pre-signed links, over https
        outbound_example = example_env("outbound")
        graph = GraphSimulator(
            version=outbound_example["GRAPH_API_VERSION"],
            page_id=PAGE_ID,
            page_token=PAGE_TOKEN,
            app_secret=APP_SECRET,
            instagram_accounts={IG_ACCOUNT_ID: IG_TOKEN},
        )
        graph_server = stack_of_things.enter_context(graph_sim.serve(graph))
        instagram_server = stack_of_things.enter_context(
            graph_sim.serve(graph, host=graph_sim.INSTAGRAM)
        )
        stack_of_things.enter_context(
            environment(
                _process_environment(moto_url, connect_server.url, region, rekognition_url, cdn_ca)
            )
        )
        os.environ.pop("AWS_SESSION_TOKEN", None)
        os.environ.pop("AWS_PROFILE", None)
        _forget_cached_secrets()  # none cached by an earlier run in this process
        stack_of_things.callback(_forget_cached_secrets)

        session = boto3.session.Session()
        publish_session["sns"] = session.client("sns")
        stack.create(session)
        stack.secret_value(
            "messenger",
            {
                "APP_SECRET": APP_SECRET,
                "PAGE_TOKEN": PAGE_TOKEN,
                "VERIFY_TOKEN": VERIFY_TOKEN,
                "INSTAGRAM_TOKENS": {IG_ACCOUNT_ID: IG_TOKEN},
            },
            session,
        )
        functions = _functions(stack, graph_server.url, instagram_server.url, log)
        stack_of_things.callback(detach_log, log)
        for function in functions.values():
            stack_of_things.callback(function.unload)
        sqs = session.client("sqs")
        inbound_queue = QueueEventSource(
            sqs, stack.queue_urls["inbound"], stack.queue_arns["inbound"],
            functions["inbound"], region,
        )  # fmt: skip
        targets = {
            short: AsyncTarget(sqs, functions[short], stack.queue_urls[spec["on_failure"]])
            for short, spec in description["functions"].items()
            if "on_failure" in spec
        }
        [subscription] = description["topics"]["chat_streaming"]["subscriptions"]
        policy = json.loads((ROOT / subscription["filter_policy_file"]).read_text())
        streaming = TopicSubscription.create(
            sns=session.client("sns"),
            sqs=sqs,
            topic_arn=stack.topic_arns["chat_streaming"],
            tap_name=stack.name("{name}-demo-outbound-subscription"),
            filter_policy=policy,
            filter_policy_scope=subscription["filter_policy_scope"],
            target=targets[subscription["function"]],
        )
        yield Harness(
            stack=stack,
            session=session,
            connect=connect,
            graph=graph,
            media=media,
            functions=functions,
            inbound_queue=inbound_queue,
            streaming=streaming,
            buckets=_bucket_notifications(stack, session, targets),
            log_path=log_path,
            endpoints={
                "AWS emulator (moto server)": moto_url,
                "Connect + Connect Participant simulator": connect_server.url,
                "Graph API simulator": graph_server.url,
                "Graph API simulator (Instagram)": instagram_server.url,
                "Meta CDN simulator (https)": media.cdn_url,
                "Rekognition DetectText simulator": rekognition_url,
            },
        )


def _bucket_notifications(
    stack: Stack, session: Any, targets: dict[str, AsyncTarget]
) -> BucketNotifications:
    """S3 notifications as stack.json declares them, delivered through one queue per function."""
    sqs = session.client("sqs")
    s3 = session.client("s3")
    taps: dict[str, str] = {}
    for key, spec in stack.description["buckets"].items():
        configurations = []
        for rule in spec["notifications"]:
            function = rule["function"]
            if function not in taps:
                url = sqs.create_queue(QueueName=stack.name(f"{{name}}-demo-{function}-events"))[
                    "QueueUrl"
                ]
                taps[function] = url
            arn = sqs.get_queue_attributes(QueueUrl=taps[function], AttributeNames=["QueueArn"])[
                "Attributes"
            ]["QueueArn"]
            rules = [{"Name": "prefix", "Value": rule["prefix"]}]
            if "suffix" in rule:
                rules.append({"Name": "suffix", "Value": rule["suffix"]})
            configurations.append(
                {
                    "QueueArn": arn,
                    "Events": rule["events"],
                    "Filter": {"Key": {"FilterRules": rules}},
                }
            )
        if configurations:
            s3.put_bucket_notification_configuration(
                Bucket=stack.buckets[key],
                NotificationConfiguration={"QueueConfigurations": configurations},
            )
    return BucketNotifications(sqs, taps, {function: targets[function] for function in taps})
