"""The Send API client against a real HTTP server on 127.0.0.1 standing in for Meta."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator

import pytest

from connect_privacy.messenger.messages import (
    HUMAN_AGENT,
    RESPONSE,
    AttachmentKind,
    SenderAction,
    attachment_message,
    sender_action,
    text_message,
)
from connect_privacy.messenger.send_api import (
    Backoff,
    PageAccess,
    PermanentSendError,
    SendApiClient,
    TransientSendError,
    appsecret_proof,
)
from connect_privacy.telemetry import MemoryCounter
from tests.support.graph_api import FakeGraphApi, ScriptedResponse, graph_error, running_graph_api

PAGE_ID = "104123456789012"
PSID = "6901234567890123"
TOKEN = "EAAG-synthetic-page-token"
APP_SECRET = "synthetic-app-secret"
ACCESS = PageAccess.create(PAGE_ID, TOKEN, APP_SECRET)


class FakeClock:
    """Monotonic time that only moves when the client sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def graph() -> Iterator[FakeGraphApi]:
    with running_graph_api() as api:
        yield api


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def client_for(
    graph: FakeGraphApi,
    clock: FakeClock,
    *,
    version: str = "v25.0",
    rand: float = 1.0,
    counter: MemoryCounter | None = None,
    max_attempts: int = 8,
) -> SendApiClient:
    return SendApiClient(
        base_url=graph.base_url,
        version=version,
        backoff=Backoff(base_seconds=0.5, cap_seconds=8.0, max_attempts=max_attempts),
        counter=counter,
        sleep=clock.sleep,
        clock=clock,
        rand=lambda: rand,
    )


def test_appsecret_proof_is_the_hex_hmac_sha256_of_the_token_keyed_with_the_app_secret() -> None:
    expected = hmac.new(APP_SECRET.encode(), TOKEN.encode(), hashlib.sha256).hexdigest()
    assert appsecret_proof(TOKEN, APP_SECRET) == expected
    assert ACCESS.proof == expected


def test_page_access_repr_hides_token_and_proof() -> None:
    shown = repr(ACCESS)
    assert PAGE_ID in shown
    assert TOKEN not in shown
    assert ACCESS.proof not in shown


def test_text_message_posts_to_the_pinned_version_with_proof_and_bearer_token(
    graph: FakeGraphApi, clock: FakeClock
) -> None:
    client = client_for(graph, clock)

    result = client.send(ACCESS, text_message(PSID, "Hello", RESPONSE), deadline=clock() + 30)

    assert result.message_id == "m_1"
    [request] = graph.requests
    assert request.method == "POST"
    assert request.path == f"/v25.0/{PAGE_ID}/messages"
    assert request.query == {"appsecret_proof": [appsecret_proof(TOKEN, APP_SECRET)]}
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["content-type"] == "application/json"
    assert request.body == {
        "recipient": {"id": PSID},
        "messaging_type": "RESPONSE",
        "message": {"text": "Hello"},
    }


def test_the_token_never_travels_in_the_url(graph: FakeGraphApi, clock: FakeClock) -> None:
    client_for(graph, clock).send(ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=1e9)

    [request] = graph.requests
    assert "access_token" not in request.query
    assert TOKEN not in client_for(graph, clock).messages_url(ACCESS)


def test_version_is_configurable(graph: FakeGraphApi, clock: FakeClock) -> None:
    client_for(graph, clock, version="v26.0").send(
        ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=1e9
    )

    assert graph.requests[0].path == f"/v26.0/{PAGE_ID}/messages"


def test_human_agent_tag_is_sent_with_message_tag(graph: FakeGraphApi, clock: FakeClock) -> None:
    client_for(graph, clock).send(ACCESS, text_message(PSID, "Hi", HUMAN_AGENT), deadline=1e9)

    body = graph.requests[0].body
    assert body["messaging_type"] == "MESSAGE_TAG"
    assert body["tag"] == "HUMAN_AGENT"


def test_sender_action_goes_alone_without_message_or_messaging_type(
    graph: FakeGraphApi, clock: FakeClock
) -> None:
    result = client_for(graph, clock).send(
        ACCESS, sender_action(PSID, SenderAction.TYPING_ON), deadline=1e9
    )

    assert result.message_id is None
    assert graph.requests[0].body == {"recipient": {"id": PSID}, "sender_action": "typing_on"}


def test_attachment_body_is_a_non_reusable_url_attachment() -> None:
    body = attachment_message(PSID, AttachmentKind.IMAGE, "https://files.example/x.png", RESPONSE)

    assert body["message"] == {
        "attachment": {
            "type": "image",
            "payload": {"url": "https://files.example/x.png", "is_reusable": False},
        }
    }


@pytest.mark.parametrize(
    ("mime_type", "kind"),
    [
        ("image/png", AttachmentKind.IMAGE),
        ("image/jpeg", AttachmentKind.IMAGE),
        ("video/mp4", AttachmentKind.VIDEO),
        ("audio/wav", AttachmentKind.AUDIO),
        ("application/pdf", AttachmentKind.FILE),
        ("text/csv", AttachmentKind.FILE),
        ("", AttachmentKind.FILE),
    ],
)
def test_attachment_kind_follows_the_mime_type(mime_type: str, kind: AttachmentKind) -> None:
    assert AttachmentKind.for_mime_type(mime_type) is kind


@pytest.mark.parametrize(
    "failure",
    [
        graph_error(4, status=400),
        graph_error(613, status=400),
        graph_error(613, 2534040, status=400),
        graph_error(1, status=500),
        graph_error(2, status=500),
        ScriptedResponse(status=500, body=b"<html>Internal Server Error</html>"),
        ScriptedResponse(status=502, body=b""),
        ScriptedResponse(status=503, body={"error": {"message": "busy"}}),
        ScriptedResponse(drop_connection=True),
    ],
    ids=["4", "613", "613/2534040", "1", "2", "500-html", "502-empty", "503", "connection-drop"],
)
def test_rate_limits_server_errors_and_network_failures_are_retried(
    graph: FakeGraphApi, clock: FakeClock, failure: ScriptedResponse
) -> None:
    graph.script(failure)
    counter = MemoryCounter()

    result = client_for(graph, clock, counter=counter).send(
        ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() + 30
    )

    assert result.message_id is not None
    assert len(graph.requests) == 2
    assert len(clock.sleeps) == 1
    assert counter.totals["GraphApiRetries"] == 1


@pytest.mark.parametrize(
    ("failure", "code", "subcode"),
    [
        (graph_error(10, 2018278), 10, 2018278),
        (graph_error(551), 551, None),
        (graph_error(551, 1545041), 551, 1545041),
        (graph_error(190, status=401), 190, None),
        (graph_error(100), 100, None),
        (graph_error(100, 2018001), 100, 2018001),
        (graph_error(200, 1545041, status=403), 200, 1545041),
    ],
    ids=["10/2018278", "551", "551/1545041", "190", "100", "100/2018001", "200/1545041"],
)
def test_permanent_errors_raise_at_once_with_codes_and_without_meta_text(
    graph: FakeGraphApi, clock: FakeClock, failure: ScriptedResponse, code: int, subcode: int | None
) -> None:
    graph.script(failure)

    with pytest.raises(PermanentSendError) as raised:
        client_for(graph, clock).send(ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=1e9)

    assert len(graph.requests) == 1
    assert clock.sleeps == []
    assert raised.value.code == code
    assert raised.value.subcode == subcode
    assert raised.value.fbtrace_id == f"FBTRACE{code}"
    # Meta's message echoes request values; neither it nor any credential is kept.
    assert "000000000000000" not in str(raised.value)
    assert TOKEN not in str(raised.value)


def test_backoff_grows_exponentially_up_to_its_cap(graph: FakeGraphApi, clock: FakeClock) -> None:
    graph.script(*[graph_error(613) for _ in range(6)])

    client_for(graph, clock, rand=1.0).send(
        ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() + 600
    )

    assert clock.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(graph.requests) == 7


def test_jitter_scales_each_delay_by_the_random_source(
    graph: FakeGraphApi, clock: FakeClock
) -> None:
    graph.script(graph_error(4), graph_error(4), graph_error(4))

    client_for(graph, clock, rand=0.25).send(
        ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() + 600
    )

    assert clock.sleeps == [0.125, 0.25, 0.5]


def test_retries_stop_when_the_time_budget_would_be_exceeded(
    graph: FakeGraphApi, clock: FakeClock
) -> None:
    graph.script(*[graph_error(2, status=500) for _ in range(20)])

    with pytest.raises(TransientSendError) as raised:
        client_for(graph, clock, rand=1.0).send(
            ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() + 3.0
        )

    # 0.5 + 1.0 fit in 3 seconds; the next delay (2.0) would end past the deadline.
    assert clock.sleeps == [0.5, 1.0]
    assert len(graph.requests) == 3
    assert raised.value.code == 2


def test_retries_stop_after_the_maximum_number_of_attempts(
    graph: FakeGraphApi, clock: FakeClock
) -> None:
    graph.script(*[graph_error(4) for _ in range(20)])

    with pytest.raises(TransientSendError):
        client_for(graph, clock, rand=0.0, max_attempts=3).send(
            ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() + 600
        )

    assert len(graph.requests) == 3


def test_nothing_is_sent_once_the_deadline_has_passed(
    graph: FakeGraphApi, clock: FakeClock
) -> None:
    with pytest.raises(TransientSendError) as raised:
        client_for(graph, clock).send(
            ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() - 1
        )

    assert graph.requests == []
    assert raised.value.reason == "no_time_left"


def test_an_unknown_client_error_is_permanent(graph: FakeGraphApi, clock: FakeClock) -> None:
    graph.script(graph_error(2018300, status=400))

    with pytest.raises(PermanentSendError):
        client_for(graph, clock).send(ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=1e9)

    assert len(graph.requests) == 1


def test_an_unreachable_server_is_a_transient_error(clock: FakeClock) -> None:
    with running_graph_api() as gone:
        base_url = gone.base_url
    client = SendApiClient(
        base_url=base_url,
        backoff=Backoff(max_attempts=2),
        sleep=clock.sleep,
        clock=clock,
        rand=lambda: 0.0,
    )

    with pytest.raises(TransientSendError) as raised:
        client.send(ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() + 30)

    assert raised.value.status is None
    assert raised.value.reason != "graph_error"


def test_one_connection_is_reused_across_calls(graph: FakeGraphApi, clock: FakeClock) -> None:
    client = client_for(graph, clock)

    for n in range(5):
        client.send(ACCESS, text_message(PSID, f"message {n}", RESPONSE), deadline=1e9)

    assert len(graph.requests) == 5
    assert {r.connection for r in graph.requests} == {1}


# --- responses that are not Graph's (issue 17, finding 9) ---------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        ScriptedResponse(status=400, body=b"<html>Bad Request</html>"),
        ScriptedResponse(status=400, body=b""),
        ScriptedResponse(status=403, body={"error": {"message": "no code"}}),
        ScriptedResponse(status=404, body=b"Not Found"),
        ScriptedResponse(status=200, body=b"<html>captive portal</html>"),
        ScriptedResponse(status=200, body=b"[1, 2]"),
        ScriptedResponse(status=200, body=b""),
    ],
    ids=["400-html", "400-empty", "403-error-without-code", "404-text", "200-html", "200-array",
         "200-empty"],
)  # fmt: skip
def test_a_response_that_is_not_graphs_is_retried_not_dropped_nor_counted_as_sent(
    graph: FakeGraphApi, clock: FakeClock, failure: ScriptedResponse
) -> None:
    # Reproduction: a 400 with a non-JSON body was dropped as permanent and a 200 with a
    # non-JSON body counted as sent. Neither is Meta's answer about the message.
    graph.script(failure)
    counter = MemoryCounter()

    result = client_for(graph, clock, counter=counter).send(
        ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() + 30
    )

    assert result.message_id is not None  # the retry reached Meta and was accepted
    assert len(graph.requests) == 2
    assert counter.totals["GraphApiUnrecognisedResponses"] == 1
    assert counter.totals["GraphApiRetries"] == 1


def test_a_redirect_is_never_followed_and_is_retried(graph: FakeGraphApi, clock: FakeClock) -> None:
    # Reproduction: a 302 was treated as permanent and the message dropped. Following it
    # would send the page token to whatever host the Location names.
    graph.script(
        *[
            ScriptedResponse(status=302, body=b"", location=f"{graph.base_url}/elsewhere")
            for _ in range(2)
        ]
    )

    with pytest.raises(TransientSendError) as raised:
        client_for(graph, clock, max_attempts=2).send(
            ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=clock() + 30
        )

    assert [request.path for request in graph.requests] == [f"/v25.0/{PAGE_ID}/messages"] * 2
    assert raised.value.status == 302
    assert raised.value.reason == "unrecognised_response"


def test_a_graph_error_with_a_code_on_a_4xx_stays_permanent(
    graph: FakeGraphApi, clock: FakeClock
) -> None:
    graph.script(ScriptedResponse(status=400, body={"error": {"code": "100", "message": "x"}}))

    with pytest.raises(PermanentSendError) as raised:
        client_for(graph, clock).send(ACCESS, text_message(PSID, "Hi", RESPONSE), deadline=1e9)

    assert raised.value.code == 100
    assert len(graph.requests) == 1


def test_a_sender_action_succeeds_without_a_message_id(
    graph: FakeGraphApi, clock: FakeClock
) -> None:
    graph.script(ScriptedResponse(status=200, body={"recipient_id": PSID}))

    result = client_for(graph, clock).send(
        ACCESS, sender_action(PSID, SenderAction.TYPING_ON), deadline=1e9
    )

    assert result.message_id is None
    assert len(graph.requests) == 1
