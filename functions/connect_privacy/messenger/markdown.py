"""Agent markdown as the plain text a Messenger bubble can show.

Messenger renders no markdown, so ``**Refund** approved`` would reach the customer with its
asterisks. markdown-it-py parses the CommonMark the agent's chat widget produces (plus GFM
tables and strikethrough); this module walks the syntax tree and keeps the words:
emphasis loses its markers, lists become bullet or numbered lines, a link keeps its address
in brackets when its text differs, code keeps its content verbatim. Raw HTML is not
interpreted: it stays literal text, exactly as the agent typed it.
"""

from __future__ import annotations

from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

_PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])

BULLET = "•"
RULE = "———"
_INDENT = "  "


def markdown_to_text(markdown: str) -> str:
    """Plain text for ``markdown``: paragraphs separated by a blank line, no markup."""
    root = SyntaxTreeNode(_PARSER.parse(markdown))
    return _blocks(root.children).strip()


def _blocks(nodes: list[SyntaxTreeNode], separator: str = "\n\n") -> str:
    rendered = (_block(node) for node in nodes)
    return separator.join(text for text in rendered if text)


def _block(node: SyntaxTreeNode) -> str:
    kind = node.type
    if kind in {"paragraph", "heading"}:
        return _blocks(node.children)
    if kind == "inline":
        return _inline(node.children)
    if kind in {"code_block", "fence"}:
        return node.content.rstrip("\n")
    if kind == "hr":
        return RULE
    if kind == "bullet_list":
        return _list(node, lambda _: f"{BULLET} ")
    if kind == "ordered_list":
        start = node.attrs.get("start", 1)
        first = start if isinstance(start, int) else 1
        return _list(node, lambda index: f"{first + index}. ")
    if kind == "blockquote":
        quoted = _blocks(node.children)
        return "\n".join(f"> {line}" if line else ">" for line in quoted.split("\n"))
    if kind == "table":
        return "\n".join(_row(row) for row in node.walk() if row.type == "tr")
    # html_block cannot occur with html disabled; anything new keeps its text.
    return _blocks(node.children) if node.children else node.content.strip()


def _list(node: SyntaxTreeNode, marker: Callable[[int], str]) -> str:
    """One line per item; ``marker`` gives an item's prefix from its position."""
    lines: list[str] = []
    for index, item in enumerate(node.children):
        prefix = marker(index)
        body = _blocks(item.children, separator="\n")
        first, *rest = body.split("\n") if body else [""]
        lines.append(f"{prefix}{first}")
        # Continuation lines and nested lists sit under the item's text.
        lines.extend(f"{_INDENT}{line}" if line else "" for line in rest)
    return "\n".join(lines)


def _row(row: SyntaxTreeNode) -> str:
    return " | ".join(_blocks(cell.children) for cell in row.children)


def _inline(nodes: list[SyntaxTreeNode]) -> str:
    return "".join(_span(node) for node in nodes)


def _span(node: SyntaxTreeNode) -> str:
    kind = node.type
    if kind in {"text", "code_inline", "html_inline"}:
        return node.content
    if kind in {"softbreak", "hardbreak"}:
        return "\n"
    if kind == "link":
        return _with_address(_inline(node.children), str(node.attrs.get("href", "")))
    if kind == "image":
        return _with_address(_inline(node.children), str(node.attrs.get("src", "")))
    # em, strong, s and anything newer: keep the words, drop the markers.
    return _inline(node.children) if node.children else node.content


def _with_address(text: str, address: str) -> str:
    shown = text.strip()
    if not address or address in {shown, f"mailto:{shown}"}:
        return shown or address
    return f"{shown} ({address})" if shown else address
