"""Searching the article: the matches (a pure function) and the search bar that asks for them."""

from __future__ import annotations

import re
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import Input

from tui.messages import SearchClosed, SearchSubmitted

# Past this many matches the query is too common to be worth marking every one.
MAX_MATCHES = 5000


def find_matches(text: str, query: str, limit: int = MAX_MATCHES) -> tuple[tuple[int, int], ...]:
    """(start, end) of each case-insensitive literal occurrence of `query` in `text`."""
    query = query.strip()
    if not query:
        return ()
    out = []
    for mo in re.finditer(re.escape(query), text, flags=re.IGNORECASE):
        out.append((mo.start(), mo.end()))
        if len(out) >= limit:
            break
    return tuple(out)


class SearchBar(Input):
    """A one-line prompt docked under the article; hidden until `/`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", show=False),
    ]
    DEFAULT_CSS = """
    SearchBar { dock: bottom; display: none; border: tall $accent; }
    SearchBar.-open { display: block; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(placeholder="Search the article (Enter: find, Esc: close)", **kwargs)  # type: ignore[arg-type]

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(SearchClosed())

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.remove_class("-open")
        self.post_message(SearchSubmitted(event.value))
