"""A second user name offered beside a found one, the customer unsure which they signed
up with: "not sure if I registered as jdoe_77 or jdoe.m12", "no sé si me registré como
marta.ruiz7 o mruiz_88", "je ne sais plus si c'est jdoe.m12 ou jdoe_77", "weiß nicht, ob
jdoe_77 oder jdoe.m12", "não sei se é ana_lopes9 ou alopes.12".

Both are theirs. Only the word right after "or" and its siblings, and only one shaped like
a handle (a digit, or a dot, underscore or hyphen inside): "jdoe_77 or my email" and
"jdoe_77 oder Passwort" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from connect_privacy.redaction.spans import Span

_ALTERNATIVE = re.compile(
    r"(?i)[\s,]{1,3}(?:or|o|ou|oder|u)\s{1,3}(?:(?:maybe|quiz[áa]s|peut-[êe]tre|vielleicht|talvez)\s{1,3})?"
    r"(?P<value>[a-z][a-z0-9]{0,30}(?:[._\-][a-z0-9]{1,30}){0,3})(?![\w@])"
)


def _handle_shaped(value: str) -> bool:
    return any(c.isdigit() for c in value) or any(c in "._-" for c in value[1:-1])


def find_alternative_handles(view: str, found: Iterable[Span]) -> Iterator[Span]:
    """The handle offered as the other choice right after a found user name."""
    for span in found:
        if span.entity_type != "USERNAME":
            continue
        match = _ALTERNATIVE.match(view, span.end)
        if match is not None and _handle_shaped(match.group("value")):
            yield Span(match.start("value"), match.end("value"), "USERNAME", span.score, "patterns")
