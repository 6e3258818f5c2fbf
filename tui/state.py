"""What the reader has selected in one article: the one source of what the article highlights,
what the panes are filtered to and which item each pane's cursor is on.

It is frozen: a change is a new value (`dataclasses.replace`), assigned to the reader screen's
`state` reactive, whose watcher brings the screen up to date. So "what changed" is always the
difference between two values, never a trail of mutations.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReaderState:
    """What the reader has selected; the article's highlights follow from it alone."""

    actor: str | None = None  # the selected actor: its mentions marked, the panes filtered to it
    quote: str | None = None  # the quote the reader is on
    position: str | None = None  # the position the reader is on (its evidence is highlighted)
    evidence: int = 0  # which of that position's pieces of evidence the reader is at
    matches: tuple[tuple[int, int], ...] = ()  # search matches
    match: int | None = None  # index of the current search match
