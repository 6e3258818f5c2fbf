"""The messages that cross the reader: a background result arriving, a pane or the article telling
its screen what the reader did. Plain dataclasses (Textual's Message supports them), so each says
what it carries in one line and compares by value in tests.

Widgets post them; screens handle them (`@on(ItemHighlighted, "#quotes")`): a widget never
reaches into another.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.widget import Widget

from core.model import Analysis, Article
from core.sources.resolve import Collection, Opened

# ---- background work (tui/background.py's daemon threads) -------------------------------------


@dataclass
class AnalysisReady(Message):
    article: Article
    analysis: Analysis


@dataclass
class AnalysisFailed(Message):
    article: Article
    reason: str


@dataclass
class PageFetched(Message):
    """A web address opened with `o` was downloaded: an article, or a feed to browse.

    `ticket` says which download this is: opening anything else meanwhile makes it stale."""

    url: str
    resolved: Opened | Collection
    ticket: int


@dataclass
class PageFailed(Message):
    url: str
    reason: str
    ticket: int


@dataclass
class EntryOpened(Message):
    """A library entry was read (or downloaded): the article to show."""

    article: Article


@dataclass
class EntryFailed(Message):
    reason: str


# ---- the reader's own moves ---------------------------------------------------------------------


@dataclass
class ItemHighlighted(Message):
    """The reader moved a pane's cursor onto an item (`item_id`), or off every item (None)."""

    pane: Widget  # the pane that posted it (a list of actors, quotes or positions)
    item_id: str | None

    @property
    def control(self) -> Widget:
        return self.pane


@dataclass
class ItemChosen(Message):
    """The reader pressed Enter (or clicked) on an item."""

    pane: Widget  # the pane that posted it (a list of actors, quotes or positions)
    item_id: str

    @property
    def control(self) -> Widget:
        return self.pane


@dataclass
class MentionClicked(Message):
    """A mention of an actor was clicked in the article."""

    actor_id: str


@dataclass
class SearchSubmitted(Message):
    """Search the article for `query` (empty: clear the search)."""

    query: str


@dataclass
class SearchClosed(Message):
    """The search bar closed without a new search."""
