"""The `?` screen: every key the reader knows, grouped by where it works."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

# (where, keys, what) — the one list of keys for people; tests check each is really bound.
KEY_HELP: tuple[tuple[str, str, str], ...] = (
    ("Anywhere", "Tab / Shift+Tab", "next / previous pane (article, actors, quotes, positions)"),
    ("Anywhere", "] / [", "next / previous quote (scrolls the article to it)"),
    ("Anywhere", "n / N", "next / previous search match, else mention of the selected actor"),
    ("Anywhere", "/", "search the article; matches are highlighted"),
    ("Anywhere", "Esc", "show everything again: clear the actor filter and the search"),
    ("Anywhere", "y", "copy the selected quote with its speaker"),
    ("Anywhere", "e", "export the analysis to a file (.json or .md)"),
    ("Anywhere", "o", "open another article"),
    ("Anywhere", "Ctrl+P", "command palette (themes, every command)"),
    ("Anywhere", "?", "this help"),
    ("Anywhere", "q", "quit"),
    ("Lists", "↑ ↓ / j k", "move; the article follows"),
    ("Lists", "Enter", "actor: its quotes; quote or position: go to it in the article"),
    ("Article", "↑ ↓ / j k, Space, g / G", "scroll, page, top / bottom"),
    ("Article", "click a name", "select that actor"),
)


def help_content() -> Content:
    width = max(len(k) for _, k, _ in KEY_HELP) + 2
    parts: list[Content | str] = []
    group = ""
    for where, keys, what in KEY_HELP:
        if where != group:
            group = where
            parts.append(Content.styled(f"\n{where}\n", "bold $accent"))
        parts.append(Content.styled(f"  {keys:<{width}}", "bold"))
        parts.append(f"{what}\n")
    parts.append(Content.styled("\nEsc, q or ? closes this screen.", "dim"))
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=False),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 92; max-width: 100%; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 2;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            yield Static(help_content())
