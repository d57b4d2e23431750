"""Agent markdown rendered as the plain text a Messenger bubble shows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connect_privacy.messenger.markdown import markdown_to_text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("**Refund** approved", "Refund approved"),
        ("*really* _sure_ __bold__", "really sure bold"),
        ("~~old price~~ new price", "old price new price"),
        ("Run `reset --hard`", "Run reset --hard"),
        ("# Your order\n\nShipped.", "Your order\n\nShipped."),
        ("line one\nline two", "line one\nline two"),
        ("a & b &amp; c", "a & b & c"),
        ("2 * 3 = 6", "2 * 3 = 6"),
        (r"\*not emphasis\*", "*not emphasis*"),
        ("", ""),
    ],
)
def test_inline_markup_is_removed_and_words_kept(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text


def test_links_keep_their_address_when_the_text_differs() -> None:
    assert (
        markdown_to_text("See [our policy](https://example.com/refunds).")
        == "See our policy (https://example.com/refunds)."
    )
    assert markdown_to_text("<https://example.com>") == "https://example.com"
    assert markdown_to_text("[https://example.com](https://example.com)") == "https://example.com"
    assert markdown_to_text("<help@example.com>") == "help@example.com"


def test_images_become_their_alt_text_and_address() -> None:
    assert (
        markdown_to_text("![return label](https://example.com/l.png)")
        == "return label (https://example.com/l.png)"
    )


def test_bullet_lists_become_bullet_lines() -> None:
    assert markdown_to_text("Steps:\n\n- Print the label\n- Drop it off") == (
        "Steps:\n\n• Print the label\n• Drop it off"
    )


def test_ordered_lists_keep_their_numbers_and_nested_items_are_indented() -> None:
    markdown = "3. Open the app\n4. Tap *Orders*\n   - pick the order\n   - tap Return"

    assert markdown_to_text(markdown) == (
        "3. Open the app\n4. Tap Orders\n  • pick the order\n  • tap Return"
    )


def test_code_blocks_are_kept_verbatim() -> None:
    assert markdown_to_text("```\nORDER-123  **x**\n  indented\n```") == (
        "ORDER-123  **x**\n  indented"
    )


def test_quotes_rules_and_tables_stay_readable() -> None:
    assert markdown_to_text("> You said:\n> it broke") == "> You said:\n> it broke"
    assert markdown_to_text("above\n\n---\n\nbelow") == "above\n\n———\n\nbelow"
    assert markdown_to_text("| Item | Qty |\n|---|---|\n| Mug | 2 |") == "Item | Qty\nMug | 2"


def test_html_is_not_interpreted_but_shown_as_typed() -> None:
    assert markdown_to_text("Use <b>bold</b> & <script>x</script>") == (
        "Use <b>bold</b> & <script>x</script>"
    )


@settings(deadline=None, max_examples=100)
@given(st.text(max_size=400))
def test_any_input_renders_without_error(markdown: str) -> None:
    assert isinstance(markdown_to_text(markdown), str)


@settings(deadline=None, max_examples=60)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=200))
def test_plain_words_pass_through_in_order(words: str) -> None:
    assert markdown_to_text(words).split() == words.split()
