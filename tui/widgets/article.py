"""The article pane: one widget per paragraph, so a highlight redraws only what it touches."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.geometry import Region
from textual.style import Style
from textual.widget import Widget

from tui.commands import ARTICLE, bindings
from tui.highlights import Highlight
from tui.messages import MentionClicked
from tui.safe import content

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Paragraphs mounted before the first paint: more than a tall terminal shows.
FIRST_PAINT_PARAGRAPHS = 40


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between blank lines."""
    spans, pos = [], 0
    for mo in _PARAGRAPH_BREAK.finditer(text):
        if text[pos : mo.start()].strip():
            spans.append((pos, mo.start()))
        pos = mo.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


class Paragraph(Widget):
    """One paragraph of the article; knows where it sits in the text.

    It renders a Content built from the (made safe) text plus spans, so text is never parsed as
    markup. Changing highlights only repaints this widget: styles never change its size.
    """

    DEFAULT_CSS = """
    Paragraph {
        height: auto;
        margin: 0 0 1 0;
        padding-left: 1;
        outline-left: blank;
        link-style: none;
        link-color: $foreground;
        link-background: transparent;
        link-style-hover: underline;
        link-color-hover: $foreground;
        link-background-hover: $accent 30%;
    }
    /* An outline over the padding, always there and only recoloured: no re-layout of the article
       (adding or removing an edge would re-layout all its paragraphs). */
    Paragraph.-current { outline-left: outer $accent; }
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__()
        self.source = text[start:end]
        self.start = start
        self.end = end
        self._plain = content(self.source)
        self._links: list[Span] = []
        self._highlights: tuple[Highlight, ...] = ()
        self._content = self._plain
        self._wrapped_width = 0
        self._wrapped_ends: list[int] = []

    def render(self) -> Content:
        return self._content

    def set_mentions(self, mentions: list[tuple[int, int, str]]) -> None:
        """Make each (start, end, actor id) mention clickable."""
        links = []
        for s, e, actor_id in mentions:
            s, e = max(s, self.start) - self.start, min(e, self.end) - self.start
            if s < e:
                links.append(Span(s, e, Style.from_meta({"@click": f"mention({actor_id!r})"})))
        self._links = links
        self._rebuild()

    def set_highlights(self, highlights: tuple[Highlight, ...]) -> bool:
        """Show these highlights; returns whether anything changed (and so was repainted)."""
        if highlights == self._highlights:
            return False
        self._highlights = highlights
        self._rebuild()
        return True

    def _rebuild(self) -> None:
        spans = list(self._links)
        for h in self._highlights:
            s, e = max(h.start, self.start) - self.start, min(h.end, self.end) - self.start
            if s < e:
                spans.append(Span(s, e, h.style))
        self._content = Content(self._plain.plain, spans, strip_control_codes=False)
        self.refresh()

    def line_of(self, offset: int) -> int:
        """Which wrapped line (from the top of this paragraph) shows `offset` of the article."""
        width = self.content_region.width or self.size.width
        if width <= 0:
            return 0
        local = offset - self.start
        ends = self._line_ends(width)
        return min(bisect_right(ends, local), len(ends) - 1) if ends else 0

    def _line_ends(self, width: int) -> list[int]:
        """Where each wrapped line ends in the paragraph's text, at this width (kept until the
        width changes: going to a quote asks on every key)."""
        if self._wrapped_width != width:
            ends, pos = [], 0
            for line in self._plain.wrap(width):
                # Wrapping may drop the spaces at a break, so find each line in the text.
                text = line.plain.strip()
                found = self._plain.plain.find(text, pos)
                pos = (found if found >= 0 else pos) + len(text)
                ends.append(pos)
            self._wrapped_width, self._wrapped_ends = width, ends
        return self._wrapped_ends

    def action_mention(self, actor_id: str) -> None:
        self.post_message(MentionClicked(actor_id))


class ArticleView(VerticalScroll, can_focus=True):
    """The article, scrollable, paragraph by paragraph."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(ARTICLE)
    DEFAULT_CSS = """
    ArticleView { padding: 0 1; }
    """

    def __init__(self, text: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.text = text
        self.paragraphs = [Paragraph(text, s, e) for s, e in split_paragraphs(text)]
        self._starts = [p.start for p in self.paragraphs]
        self._lit: set[int] = set()  # paragraphs that have highlights now
        self._base_layer: Sequence[Highlight] = ()
        self._base_buckets: dict[int, list[Highlight]] = {}
        self._current_buckets: dict[int, list[Highlight]] = {}
        self._current: Paragraph | None = None
        self.repainted = 0  # paragraphs repainted by the last show_highlights (for the bench)

    def compose(self) -> ComposeResult:
        # A screenful first, so a long article paints at once; the rest right after that paint.
        yield from self.paragraphs[:FIRST_PAINT_PARAGRAPHS]

    def on_mount(self) -> None:
        if len(self.paragraphs) > FIRST_PAINT_PARAGRAPHS:
            self.call_after_refresh(self._mount_rest)

    async def _mount_rest(self) -> None:
        await self.mount_all(self.paragraphs[FIRST_PAINT_PARAGRAPHS:])

    def index_at(self, offset: int) -> int | None:
        """The index of the paragraph holding `offset`, or None (a blank between paragraphs)."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return i
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        i = self.index_at(offset)
        return None if i is None else self.paragraphs[i]

    def set_mentions(self, mentions: list[tuple[int, int, str]]) -> None:
        for i, items in self._bucket(mentions).items():
            self.paragraphs[i].set_mentions(items)

    def _bucket(self, items: Sequence[Any]) -> dict[int, list[Any]]:
        """Group spans by the paragraphs they overlap (a span may cross paragraphs)."""
        out: dict[int, list[Any]] = {}
        n = len(self.paragraphs)
        for item in items:
            start, end = (item.start, item.end) if isinstance(item, Highlight) else item[:2]
            i = max(bisect_right(self._starts, start) - 1, 0)
            while i < n and self.paragraphs[i].start < end:
                if start < self.paragraphs[i].end:
                    out.setdefault(i, []).append(item)
                i += 1
        return out

    def show_highlights(self, base: Sequence[Highlight], current: Sequence[Highlight] = ()) -> None:
        """Apply two layers of highlights: `base`, which changes rarely (every quote, the selected
        actor's mentions), and `current`, which changes on every key (the quote the reader is
        on, search matches). Only paragraphs whose highlights changed are repainted, and a key
        press that keeps the same `base` (the same list object) only looks at the paragraphs
        the current layer leaves or enters."""
        if base is not self._base_layer:
            self._base_layer = base
            self._base_buckets = self._bucket(base)
            touched = set(self._lit) | self._base_buckets.keys()
        else:
            touched = set(self._current_buckets)
        self._current_buckets = self._bucket(current)
        touched |= self._current_buckets.keys()
        repainted = 0
        for i in touched:
            layers = (*self._base_buckets.get(i, ()), *self._current_buckets.get(i, ()))
            if self.paragraphs[i].set_highlights(layers):
                repainted += 1
        self._lit = self._base_buckets.keys() | self._current_buckets.keys()
        self.repainted = repainted

    def go_to(self, start: int, end: int | None = None) -> None:
        """Mark the paragraph holding `start`, and centre its line unless it is in the middle
        half of the window already."""
        i = self.index_at(start)
        if i is None:
            i = max(bisect_right(self._starts, start) - 1, 0) if self.paragraphs else None
        if i is None:
            return
        para = self.paragraphs[i]
        if self._current is not para:
            if self._current is not None:
                self._current.remove_class("-current")
            para.add_class("-current")
            self._current = para
        region = para.virtual_region
        y = region.y + para.line_of(start)
        # Already in the middle half of the window: stay (a scroll redraws the whole article;
        # stepping through nearby quotes then costs only the paragraphs that change).
        height = self.scrollable_content_region.height
        top = self.scroll_y
        if height and top + height // 4 <= y < top + height - height // 4:
            return
        target = Region(region.x, y, region.width, 1)
        self.scroll_to_region(target, center=True, animate=False, force=True, immediate=True)

    def clear_current(self) -> None:
        if self._current is not None:
            self._current.remove_class("-current")
            self._current = None
