"""Template records. A template is a conversation: one string per customer message."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Template:
    split: str
    messages: tuple[str, ...]


def D(*messages: str) -> Template:
    """A template whose instances go to the dev split (readable by tuners)."""
    return Template("dev", messages)


def S(*messages: str) -> Template:
    """A template whose instances go to the sealed split."""
    return Template("sealed", messages)
