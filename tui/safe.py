"""Article text made safe to show: never read as markup, never driving the terminal."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

# C0 and C1 control characters, DEL and the like become their visible "control picture" (or a
# replacement mark), one character for one so that core's offsets still line up.
_SAFE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_SAFE[0x0D] = 0x20  # a CRLF file's carriage returns are line-ending noise, not content
_SAFE[0x7F] = 0x2421
_SAFE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
# Bidi overrides and isolates could reorder what follows on screen; show them as marks too.
_SAFE.update({c: 0xFFFD for c in (0x202A, 0x202B, 0x202C, 0x202D, 0x202E)})
_SAFE.update({c: 0xFFFD for c in (0x2066, 0x2067, 0x2068, 0x2069)})


def visible(text: str) -> str:
    """Same length as `text`, with every control character replaced by a visible symbol."""
    return text.translate(_SAFE)


def plain(text: str, style: str = "") -> Text:
    """A Rich Text that shows `text` literally: brackets stay brackets, escapes stay inert."""
    return Text(visible(text), style=style, no_wrap=False)


def content(text: str, style: str = "") -> Content:
    """A Textual Content that shows `text` literally (never parsed as markup), same length."""
    c = Content(visible(text))
    return c.stylize(style) if style else c
