"""The demo's Connect and Graph API simulators behave like the services where the relay cares.

Driven over real HTTP with boto3 and urllib3, as the handlers drive them: requests are
checked against botocore's service model on the server side, tokens expire, ended chats
refuse access, and every chat item is published in Connect's streaming format.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
import urllib3
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

from demo import connect_sim, graph_sim
from demo.connect_sim import ConnectSimulator
from demo.graph_sim import GraphSimulator

INSTANCE = "11111111-2222-3333-4444-555555555555"
FLOW = "66666666-7777-8888-9999-000000000000"
TOPIC = "arn:aws:sns:eu-west-2:123456789012:connect-privacy-demo-chat-streaming"


class Published(list[tuple[str, dict[str, Any], dict[str, str]]]):
    def __call__(self, topic: str, message: str, attributes: dict[str, str]) -> None:
        self.append((topic, json.loads(message), attributes))


@pytest.fixture
def published() -> Published:
    return Published()


@pytest.fixture
def simulator(published: Published) -> Iterator[tuple[ConnectSimulator, str]]:
    sim = ConnectSimulator(
        instance_id=INSTANCE, contact_flow_ids={FLOW}, account_id="123456789012",
        publish=published,
    )  # fmt: skip
    with connect_sim.serve(sim) as server:
        yield sim, server.url


def clients(url: str, **config: Any) -> tuple[Any, Any]:
    settings = Config(retries={"max_attempts": 1}, **config)
    return (
        boto3.client("connect", endpoint_url=url, config=settings),
        boto3.client("connectparticipant", endpoint_url=url, config=settings),
    )


def start(connect: Any, participant: Any, token: str = "client-token-1") -> tuple[str, str]:
    chat = connect.start_chat_contact(
        InstanceId=INSTANCE, ContactFlowId=FLOW,
        ParticipantDetails={"DisplayName": "Messenger customer"}, ClientToken=token,
    )  # fmt: skip
    connect.start_contact_streaming(
        InstanceId=INSTANCE, ContactId=chat["ContactId"],
        ChatStreamingConfiguration={"StreamingEndpointArn": TOPIC}, ClientToken=f"s-{token}",
    )  # fmt: skip
    connection = participant.create_participant_connection(
        ParticipantToken=chat["ParticipantToken"], Type=["CONNECTION_CREDENTIALS"],
        ConnectParticipant=True,
    )  # fmt: skip
    return chat["ContactId"], connection["ConnectionCredentials"]["ConnectionToken"]


def error_code(call: Any, **params: Any) -> str:
    with pytest.raises(ClientError) as caught:
        call(**params)
    return str(caught.value.response["Error"]["Code"])


def test_a_customer_message_reaches_the_agent_and_streams_in_connects_format(
    simulator, published
) -> None:
    sim, url = simulator
    connect, participant = clients(url)
    contact_id, token = start(connect, participant)
    participant.send_message(ConnectionToken=token, ContentType="text/plain", Content="hello")
    assert sim.contacts[contact_id].agent_view == ["hello"]
    [(topic, item, attributes)] = published
    assert topic == TOPIC
    assert item["Content"] == "hello" and item["ParticipantRole"] == "CUSTOMER"
    assert item["InitialContactId"] == item["ContactId"] == contact_id
    assert set(item) >= {"AbsoluteTime", "ContentType", "Id", "Type", "ParticipantId"}
    assert attributes["ParticipantRole"] == "CUSTOMER"
    assert attributes["MessageVisibility"] == "ALL"
    assert attributes["InstanceId"] == INSTANCE


def test_client_tokens_make_chats_and_messages_idempotent(simulator) -> None:
    sim, url = simulator
    connect, participant = clients(url)
    first, token = start(connect, participant, "same")
    again, _ = start(connect, participant, "same")
    assert first == again
    for _ in range(2):
        participant.send_message(
            ConnectionToken=token, ContentType="text/plain", Content="once", ClientToken="m1"
        )
    assert sim.contacts[first].agent_view == ["once"]


def test_requests_breaking_the_service_model_are_refused_and_recorded(simulator) -> None:
    sim, url = simulator
    # Client-side validation off, so the request reaches the simulator as written.
    connect, _ = clients(url, parameter_validation=False)
    code = error_code(
        connect.start_chat_contact,
        InstanceId=INSTANCE, ContactFlowId=FLOW, ParticipantDetails={"DisplayName": "x" * 300},
    )  # fmt: skip
    assert code == "InvalidParameterException"
    assert [v.operation for v in sim.violations] == ["StartChatContact"]


def test_an_expired_connection_token_is_denied(simulator) -> None:
    sim, url = simulator
    connect, participant = clients(url)
    _, token = start(connect, participant)
    sim.advance(86_400 + 1)
    code = error_code(
        participant.send_message, ConnectionToken=token, ContentType="text/plain", Content="hi"
    )
    assert code == "AccessDeniedException"


def test_after_the_agent_ends_the_chat_every_participant_call_is_denied(
    simulator, published
) -> None:
    sim, url = simulator
    connect, participant = clients(url)
    contact_id, token = start(connect, participant)
    sim.accept(contact_id, "Alex")
    sim.end_chat(contact_id)
    assert [item["ContentType"].rsplit(".", 2)[-2:] for _, item, _ in published] == [
        ["participant", "joined"], ["participant", "left"], ["chat", "ended"],
    ]  # fmt: skip
    assert "ParticipantRole" not in published[-1][2]  # chat.ended names no participant
    code = error_code(
        participant.send_message, ConnectionToken=token, ContentType="text/plain", Content="hi"
    )
    assert code == "AccessDeniedException"
    token_of_chat = sim.contacts[contact_id].participant_token
    code = error_code(
        participant.create_participant_connection,
        ParticipantToken=token_of_chat, Type=["CONNECTION_CREDENTIALS"],
    )  # fmt: skip
    assert code == "AccessDeniedException"


def test_text_over_1024_characters_and_fifo_topics_are_refused(simulator) -> None:
    _, url = simulator
    connect, participant = clients(url)
    contact_id, token = start(connect, participant)
    code = error_code(
        participant.send_message, ConnectionToken=token, ContentType="text/plain",
        Content="x" * 1025,
    )  # fmt: skip
    assert code == "ValidationException"
    code = error_code(
        connect.start_contact_streaming,
        InstanceId=INSTANCE, ContactId=contact_id, ClientToken="fifo",
        ChatStreamingConfiguration={"StreamingEndpointArn": f"{TOPIC}.fifo"},
    )  # fmt: skip
    assert code == "InvalidRequestException"


def test_unsigned_connect_requests_are_denied(simulator) -> None:
    _, url = simulator
    connect, _ = clients(url, signature_version=UNSIGNED)
    code = error_code(
        connect.start_chat_contact,
        InstanceId=INSTANCE, ContactFlowId=FLOW, ParticipantDetails={"DisplayName": "c"},
    )  # fmt: skip
    assert code == "MissingAuthenticationTokenException"


def test_the_graph_simulator_accepts_only_the_pages_token_with_its_proof() -> None:
    graph = GraphSimulator(version="v25.0", page_id="104", page_token="tok", app_secret="sec")
    http = urllib3.PoolManager()
    body = json.dumps(
        {"recipient": {"id": "690"}, "messaging_type": "RESPONSE", "message": {"text": "hi"}}
    )
    proof = hmac.new(b"sec", b"tok", hashlib.sha256).hexdigest()
    with graph_sim.serve(graph) as server:
        url = f"{server.url}/v25.0/104/messages"
        wrong = http.request(
            "POST", f"{url}?appsecret_proof=00", body=body,
            headers={"Authorization": "Bearer tok", "Content-Type": "application/json"},
        )  # fmt: skip
        right = http.request(
            "POST", f"{url}?appsecret_proof={proof}", body=body,
            headers={"Authorization": "Bearer tok", "Content-Type": "application/json"},
        )  # fmt: skip
    assert wrong.status == 401 and json.loads(wrong.data)["error"]["code"] == 190
    assert right.status == 200 and json.loads(right.data)["recipient_id"] == "690"
    assert graph.received_by("690") == ["hi"]
    assert graph.rejected == ["invalid appsecret_proof"]


def test_the_graph_simulator_serves_each_instagram_account_only_with_its_own_token() -> None:
    graph = GraphSimulator(
        version="v25.0", page_id="104", page_token="tok", app_secret="sec",
        instagram_accounts={"178": "ig-tok"},
    )  # fmt: skip
    http = urllib3.PoolManager()

    def post(server_url: str, account: str, token: str, text: str) -> int:
        body = {"recipient": {"id": "123"}, "messaging_type": "RESPONSE", "message": {"text": text}}
        return http.request(
            "POST", f"{server_url}/v25.0/{account}/messages", body=json.dumps(body),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        ).status  # fmt: skip

    with graph_sim.serve(graph, host=graph_sim.INSTAGRAM) as instagram:
        assert post(instagram.url, "178", "ig-tok", "hi") == 200
        assert post(instagram.url, "178", "tok", "a page token") == 401
        assert post(instagram.url, "104", "tok", "a page on the Instagram host") == 401
        assert post(instagram.url, "178", "ig-tok", "é" * 501) == 400  # 1,002 bytes
    with graph_sim.serve(graph) as facebook:
        assert post(facebook.url, "178", "ig-tok", "an account on the Facebook host") == 401
    assert graph.received_on(graph_sim.INSTAGRAM, "123") == ["hi"]
    assert graph.received_on(graph_sim.FACEBOOK, "123") == []
    assert graph.rejected == [
        "invalid access token",
        "unknown Instagram account",
        "text must be 1000 bytes or less",
        "unknown path",
    ]
