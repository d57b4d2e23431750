"""E-mail addresses with the "@" and dots spelled out, round 6: any top-level domain when
the spelling says it is an address (a sign, a bracket, "arroba", "arobase", "ät", "dot",
or a local part shaped like an address's), a known one otherwise; English with "at" and
"point" stays as typed."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my email is kev at home dot example", "my email is [EMAIL]"),
        ("lucas_2004 [at] home [dot] example / ok", "[EMAIL] / ok"),
        ("kev {at} home {dot} example", "[EMAIL]"),
        ("tom(at)home(dot)example and", "[EMAIL] and"),
        ("maria35 AT shop DOT test", "[EMAIL]"),
        ("mandalo a sophie @ home.example xfa", "mandalo a [EMAIL] xfa"),
        ("mi mail es rafa49 (arroba) home (punto) example", "mi mail es [EMAIL]"),
        ("MUELLER.K (ARROBA) SHOP (PUNTO) TEST y", "[EMAIL] y"),
        ("mon adresse c'est tom arobase shop point test", "mon adresse c'est [EMAIL]"),
        ("ana.p at home point example et le tel", "[EMAIL] et le tel"),
        ("envoyez à rafa at mail point example point com svp", "envoyez à [EMAIL] svp"),
        ("meine mail ist jdoe.work [ät] home [punkt] example", "meine mail ist [EMAIL]"),
        ("carmen_2008 at shop punkt test und", "[EMAIL] und"),
        ("mail: jdoe klammeraffe web punkt de", "mail: [EMAIL]"),
        ("manda pra joao_1982 ARROBA home PONTO example", "manda pra [EMAIL]"),
        ("reach me at lucas.becker @ yahoo dot com or", "reach me at [EMAIL] or"),
    ],
)
def test_a_spelled_address_is_masked_whatever_its_domain(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "I called 3x at this point nothing works",
        "we met at some point yesterday",
        "call me at home point blank",
        "I was at work dot dot dot",
        "je suis chez moi point barre",
        "meet me at the store point taken",
        "I'm at home. Then I left",
    ],
)
def test_english_with_at_and_point_is_not_an_address(text):
    assert OFFLINE.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "https://shop.example.com/unsubscribe?email=rafa%40home.example&list=news",
        "https://loja.example.com/descadastrar?email=jdoe.work%40shop.test&l=pt",
    ],
)
def test_a_percent_encoded_address_in_a_link_is_masked(text):
    out = OFFLINE.redact(text).text

    assert "%40" not in out and "[EMAIL]&" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("das ist jdoe65 ET example PUNKT de alles klein", "das ist [EMAIL] alles klein"),
        ("das ist mike et example punkt net alles klein", "das ist [EMAIL] alles klein"),
        ("die mailadresse ist b.oliveira et example (punkt) de", "die mailadresse ist [EMAIL]"),
    ],
)
def test_et_written_for_the_german_at_is_read_as_one(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["mon colis et le point de retrait", "Paul et Marie point final", "pierre et marie point com"],
)
def test_french_et_and_point_stay_prose(text):
    assert OFFLINE.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    ["jdoe -at- example -dot- com", "jdoe_at_example_dot_com", "jdoe *at* example *dot* com"],
)
def test_at_and_dot_between_dashes_underscores_or_stars(text):
    assert OFFLINE.redact(text).text == "[EMAIL]"


@pytest.mark.parametrize("text", ["state-of-the-art-dot-matrix", "look_at_this_dot_png"])
def test_dashed_or_underscored_prose_is_not_an_address(text):
    assert OFFLINE.redact(text).text == text
