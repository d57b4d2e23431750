"""Round 29: a user name sent as the answer to the agent's question, a turn the customer's
side of the chat does not hold: a copula and a handle, the whole message but for a word of
assent before it and a hedge after ("its dave_walsh", "ja ist mia_schmidt"). Only a handle's
shape counts: two letters first and one dot or underscore, or four letters or more and two
to four digits. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact

USER = "[USERNAME]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("its zoe_brandt", f"its {USER}"),
        ("it's zoe.brandt", f"it's {USER}"),
        ("it\u2019s zoebr77", f"it\u2019s {USER}"),
        ("ok its Zoe_Brandt.", f"ok its {USER}."),
        ("yes it's @zoe_brandt", f"yes it's {USER}"),
        ("its zoe_brandt i think", f"its {USER} i think"),
        ("its zoe_brandt \U0001f60a", f"its {USER} \U0001f60a"),
        ("ist lena_vogt", f"ist {USER}"),
        ("ja ist lena.vogt", f"ja ist {USER}"),
        ("es ist lenavo4711", f"es ist {USER}"),
        ("ist lena_v glaub ich", f"ist {USER} glaub ich"),
        ("its zo_b", f"its {USER}"),  # two letters first is enough with a separator
        ("its zoeb12", f"its {USER}"),  # four letters and two digits
        ("its zoeb1234", f"its {USER}"),  # and four digits
    ],
)
def test_a_handle_after_a_copula_alone_is_a_user_name(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "its win10",  # three letters before the digits: a product's name
        "its mp3",
        "its 3pm",
        "its zoeb1",  # one digit
        "its zoeb12345",  # five digits
        "its z_brandt",  # one letter first
        "its www.example.com",  # two dots: a domain
        "its zoe_brandt_",  # no handle's end
        "its zoebrandt",  # a word, no mark
        "it is zoe_brandt",  # "it" is no word of assent: prose
        "its file_v2 that crashes",  # not the whole message
        "the report its zoe_brandt",
        "its zoe_brandt and the order is late since last week, please check it",  # too long
    ],
)
def test_what_is_no_answered_handle_is_left(text: str) -> None:
    assert USER not in redact(text)


def test_a_handle_answering_a_question_in_the_previous_message_is_a_user_name() -> None:
    masked, _ = conversation("username?", "its zoe_brandt")
    assert masked[1] == f"its {USER}"
