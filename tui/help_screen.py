"""The `?` screen: every key the reader knows, grouped by where it works."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label

# (where, keys, what) — the one list of keys for people; tests check each is really bound.
KEY_HELP: tuple[tuple[str, str, str], ...] = (
    ("Anywhere", "Tab / Shift+Tab", "next / previous pane (article, actors, quotes, positions)"),
    ("Anywhere", "] / [", "next / previous quote (scrolls the article to it)"),
    ("Anywhere", "n / N", "next / previous search match, else mention of the selected actor"),
    ("Anywhere", "/", "search the article; matches are highlighted"),
    ("Anywhere", "Esc", "show everything again: clear the actor filter and the search"),
    ("Anywhere", "y", "copy the selected quote with its speaker"),
    ("Anywhere", "e", "export the analysis to a file (.json or .md)"),
    ("Anywhere", "o", "open a file, folder, web page or feed"),
    ("Anywhere", "Ctrl+P", "command palette (themes, every command)"),
    ("Anywhere", "?", "this help"),
    ("Anywhere", "q", "quit"),
    ("Lists", "↑ ↓ / j k", "move; the article follows"),
    ("Lists", "Enter", "actor: its quotes; quote or position: go to it in the article"),
    ("Article", "↑ ↓ / j k, Space, g / G", "scroll, page, top / bottom"),
    ("Article", "click a name", "select that actor"),
)


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
    HelpScreen Grid { grid-size: 2; grid-columns: auto 1fr; grid-gutter: 0 2; height: auto; }
    HelpScreen Label { width: auto; }
    HelpScreen .where {
        column-span: 2; color: $accent; text-style: bold; height: 2; padding-top: 1;
    }
    HelpScreen .keys { text-style: bold; padding-left: 2; }
    HelpScreen .what { width: 1fr; }
    HelpScreen .closing { color: $text-muted; margin: 1 0 0 0; }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            with Grid():
                group = ""
                for where, keys, what in KEY_HELP:
                    if where != group:
                        group = where
                        yield Label(where, classes="where", markup=False)
                    yield Label(keys, classes="keys", markup=False)
                    yield Label(what, classes="what", markup=False)
            yield Label("Esc, q or ? closes this screen.", classes="closing", markup=False)
