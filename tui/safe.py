"""Article text made safe to show: never read as markup, never driving the terminal."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

# The rule is core's (stderr and the JSON output keep to it too); the reader shows text through it.
from core.display import visible

__all__ = ["content", "plain", "visible"]


def plain(text: str, style: str = "") -> Text:
    """A Rich Text that shows `text` literally: brackets stay brackets, escapes stay inert."""
    return Text(visible(text), style=style, no_wrap=False)


def content(text: str, style: str = "") -> Content:
    """A Textual Content that shows `text` literally (never parsed as markup), same length."""
    c = Content(visible(text))
    return c.stylize(style) if style else c
