"""The `?` screen: every key the reader knows, grouped by where it works (from tui.commands)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label

from tui.commands import help_lines

# (where, keys, what), made from the one table of commands; tests check each is really bound.
KEY_HELP: tuple[tuple[str, str, str], ...] = tuple(help_lines())


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
