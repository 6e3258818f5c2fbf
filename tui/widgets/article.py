"""The article pane: one Line API widget, so scrolling and highlighting redraw only lines.

The article is a `ScrollView` that renders its visible lines itself (`render_line`), the way
Textual's `Log` and toolong's log view do: a scroll repaints the window's lines from strips kept
per paragraph, with no widget per paragraph for the compositor to arrange (measured with
`bench/bench_tui.py`: a scrolling `j` spent most of its time arranging and repainting some
twenty paragraph widgets). A highlight change repaints only the lines of the paragraphs it
touches.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from tui.commands import ARTICLE, bindings
from tui.highlights import Highlight
from tui.messages import MentionClicked
from tui.safe import content

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Paragraphs rendered ahead per step of the warm-up (a step is a few milliseconds; keys pressed
# meanwhile are handled between steps).
WARM_STEP = 16


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


class Paragraph:
    """One paragraph of the article: where it sits in the text and in the view's lines.

    Its text is a Content built from the (made safe) text plus spans, so text is never parsed as
    markup. The view lays it out (`top`, `height` at `width`) and keeps its rendered lines until
    its highlights, the width or the styles change.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.source = text[start:end]
        self.start = start
        self.end = end
        self._plain = content(self.source)
        self._links: list[Span] = []
        self._highlights: tuple[Highlight, ...] = ()
        self._content = self._plain
        self._wrapped_width = 0
        self._wrapped_ends: list[int] = []
        self._wrapped_text: list[str] = []
        self.top = 0  # its first line in the view
        self.height = 0  # its lines (the blank line after it not counted)
        self.width = 0  # the text width it is laid out at
        self.strips: list[Strip] | None = None  # its rendered lines, None when stale
        self.version = 0  # changes whenever its lines look different

    def render(self) -> Content:
        return self._content

    @property
    def virtual_region(self) -> Region:
        """Where it sits in the view's scrollable lines (the mark column included)."""
        return Region(0, self.top, self.width + 1, self.height)

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
        """Show these highlights; returns whether anything changed (and so must be repainted)."""
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
        self.strips = None
        self.version += 1

    def lay_out(self, top: int, width: int) -> int:
        """Place it at line `top`, `width` cells wide; returns its height in lines."""
        if width != self.width:
            self.strips = None
            self.version += 1
        self.top, self.width = top, width
        self.height = max(len(self._line_ends(width)), 1)
        return self.height

    def line_of(self, offset: int) -> int:
        """Which wrapped line (from the top of this paragraph) shows `offset` of the article."""
        if self.width <= 0:
            return 0
        local = offset - self.start
        ends = self._line_ends(self.width)
        return min(bisect_right(ends, local), len(ends) - 1) if ends else 0

    def lines_text(self) -> list[str]:
        """The text of each wrapped line, as shown."""
        self._line_ends(self.width)
        return self._wrapped_text

    def _line_ends(self, width: int) -> list[int]:
        """Where each wrapped line ends in the paragraph's text, at this width (kept until the
        width changes: going to a quote asks on every key)."""
        if self._wrapped_width != width and width > 0:
            ends, texts, pos = [], [], 0
            for line in self._plain.wrap(width):
                # Wrapping may drop the spaces at a break, so find each line in the text.
                texts.append(line.plain)
                text = line.plain.strip()
                found = self._plain.plain.find(text, pos)
                pos = (found if found >= 0 else pos) + len(text)
                ends.append(pos)
            self._wrapped_width, self._wrapped_ends, self._wrapped_text = width, ends, texts
        return self._wrapped_ends


class ArticleView(ScrollView, can_focus=True):
    """The article, scrollable, paragraph by paragraph: each paragraph's lines, a blank line
    after it, and a one-cell column at the left that marks the paragraph the reader is on."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(ARTICLE)
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article--mark"}
    DEFAULT_CSS = """
    ArticleView {
        padding: 0 1;
        overflow-x: hidden;
        link-style: none;
        link-color: $foreground;
        link-background: transparent;
        link-style-hover: underline;
        link-color-hover: $foreground;
        link-background-hover: $accent 30%;
    }
    ArticleView > .article--mark { color: $accent; }
    """

    def __init__(self, text: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.text = text
        self.paragraphs = [Paragraph(text, s, e) for s, e in split_paragraphs(text)]
        self._starts = [p.start for p in self.paragraphs]
        self._tops: list[int] = []  # each paragraph's first line, for finding a line's paragraph
        self._laid_out: tuple[int, int] = (0, 0)  # the (width, height) laid out for
        self._lit: set[int] = set()  # paragraphs that have highlights now
        self._base_layer: Sequence[Highlight] = ()
        self._base_buckets: dict[int, list[Highlight]] = {}
        self._current_buckets: dict[int, list[Highlight]] = {}
        self._current: Paragraph | None = None
        # Finished lines by (line, paragraph version, marked): a scroll repaints a window's worth
        # from here (a Strip is costly to make: building each line afresh took ~0.1 ms).
        self._lines: LRUCache[tuple[int, int, bool], Strip] = LRUCache(1024)
        self._style_key: object = None  # what the rendered lines were styled with
        self._style_stale = True
        self._warming = False
        self.repainted = 0  # paragraphs repainted by the last show_highlights (for the bench)

    # ---- layout -------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        """Wrap every paragraph at the width there is; with a scrollbar when the text is taller
        than the window (and so narrower by the scrollbar)."""
        box = self.content_region
        if (box.width, box.height) == self._laid_out or box.width <= 1:
            return
        self._laid_out = (box.width, box.height)
        width = box.width
        total = self._place(width - 1)
        if total > box.height and self.styles.overflow_y != "hidden":
            width -= self.styles.scrollbar_size_vertical
            total = self._place(width - 1)
        self._lines = LRUCache(max(1024, 2 * total))  # the whole article's lines, twice over
        self.virtual_size = Size(width, total)
        self.refresh()
        self._warm_up()

    def _place(self, text_width: int) -> int:
        top = 0
        tops = []
        for para in self.paragraphs:
            tops.append(top)
            top += para.lay_out(top, text_width) + 1  # and the blank line after it
        self._tops = tops
        return top

    def notify_style_update(self) -> None:
        # Called whenever the CSS is applied again (focus, hover, a class on the screen), mostly
        # with the same result: the lines are rendered again only if their style changed.
        super().notify_style_update()
        self._style_stale = True

    def _check_style(self) -> None:
        self._style_stale = False
        key = (self.visual_style, self.link_style, self.get_visual_style("article--mark"))
        if key != self._style_key:
            self._style_key = key
            for para in self.paragraphs:
                para.strips = None
            self._lines.clear()
            self._warm_up()

    def _warm_up(self) -> None:
        """Render every paragraph's lines ahead, a few at a time (each step a message of its
        own, so keys go between them), nearest the window first: a scroll then paints lines
        already made (rendering the lines a scroll uncovers was a fifth of a scrolling key's
        time). About 0.3 ms a paragraph, once per article and per change of width or theme."""
        if not self._warming and self.is_mounted:
            self._warming = True
            self.call_later(self._warm_step)

    def _warm_step(self) -> None:
        self._warming = False
        if self._style_stale:
            self._check_style()
        if not self._tops:
            return
        middle = self._paragraph_index(round(self.scroll_y) + self.size.height // 2)
        stale = [i for i, p in enumerate(self.paragraphs) if p.strips is None]
        stale.sort(key=lambda i: abs(i - middle))
        for i in stale[:WARM_STEP]:
            para = self.paragraphs[i]
            self._strips_of(para)
            for line in range(para.top, para.top + para.height):
                self._finished(line)
        if len(stale) > WARM_STEP:
            self._warm_up()

    # ---- rendering ----------------------------------------------------------------------

    def _strips_of(self, para: Paragraph) -> list[Strip]:
        if para.strips is None:
            para.strips = Visual.to_strips(
                self, para.render(), para.width, None, self.visual_style, apply_selection=False
            )
        return para.strips

    def _paragraph_index(self, line: int) -> int:
        """The index of the paragraph at or above this line of the view (-1: none)."""
        return bisect_right(self._tops, line) - 1

    def _paragraph_on(self, line: int) -> Paragraph | None:
        """The paragraph showing this line of the view (None on a blank line)."""
        i = self._paragraph_index(line)
        if i < 0:
            return None
        para = self.paragraphs[i]
        return para if line < para.top + para.height else None

    def render_line(self, y: int) -> Strip:
        line = round(self.scroll_y) + y
        if self._style_stale:
            self._check_style()
        selection = self.text_selection
        if selection is not None:
            return self._render_line(line, self._paragraph_on(line), selection)
        return self._finished(line)

    def _finished(self, line: int) -> Strip:
        """This line of the view, from the cache of finished lines when it is there."""
        para = self._paragraph_on(line)
        key = (line, -1 if para is None else para.version, para is self._current)
        if (done := self._lines.get(key)) is None:
            done = self._lines[key] = self._render_line(line, para, None)
        return done

    def _render_line(self, line: int, para: Paragraph | None, selection: Selection | None) -> Strip:
        style = self.visual_style
        blank = style.background_style.rich_style
        if para is None:
            return Strip.blank(self.scrollable_content_region.width, blank)
        strips = self._strips_of(para)
        at = line - para.top
        text = strips[at] if at < len(strips) else Strip.blank(para.width, blank)
        text = text.extend_cell_length(para.width, blank).apply_offsets(0, line)
        if selection is not None and (span := selection.get_span(line)) is not None:
            start, end = span
            end = para.width if end == -1 else end
            before, chosen, after = text.divide([start, end, para.width])[:3]
            picked = self.screen.get_component_rich_style("screen--selection")
            text = Strip.join([before, chosen.apply_style(picked), after])
        if para is self._current:
            mark = self.get_visual_style("article--mark")
            cell = Segment("▌", (Style(background=style.background) + mark).rich_style)
        else:
            cell = Segment(" ", blank)
        return Strip.join([Strip([cell], 1), text])

    def _repaint(self, para: Paragraph) -> None:
        top = para.top - round(self.scroll_y)
        if top + para.height > 0 and top < self.size.height:  # on screen
            self.refresh_lines(para.top, para.height)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection, line by line as shown."""
        lines: list[str] = []
        for para in self.paragraphs:
            lines.extend(para.lines_text() or [""])
            lines.append("")
        return selection.extract("\n".join(lines)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    # ---- paragraphs and highlights ------------------------------------------------------

    def index_at(self, offset: int) -> int | None:
        """The index of the paragraph holding `offset`, or None (a blank between paragraphs)."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return i
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        i = self.index_at(offset)
        return None if i is None else self.paragraphs[i]

    @property
    def current(self) -> Paragraph | None:
        """The paragraph marked as the one the reader is on."""
        return self._current

    def set_mentions(self, mentions: list[tuple[int, int, str]]) -> None:
        for i, items in self._bucket(mentions).items():
            self.paragraphs[i].set_mentions(items)
        self.refresh()
        self._warm_up()

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
            para = self.paragraphs[i]
            if para.set_highlights(layers):
                self._repaint(para)
                repainted += 1
        self._lit = self._base_buckets.keys() | self._current_buckets.keys()
        self.repainted = repainted
        if repainted > WARM_STEP:
            self._warm_up()

    def _mark(self, para: Paragraph | None) -> None:
        if self._current is para:
            return
        if self._current is not None:
            self._repaint(self._current)
        self._current = para
        if para is not None:
            self._repaint(para)

    def go_to(self, start: int, end: int | None = None) -> None:
        """Mark the paragraph holding `start`, and bring its line into the middle half of the
        window if it is not there already: just past the edge it left by (a step to the next
        quote down puts it at the top of the middle half, so the steps after it need no scroll
        for half a window), or to the centre when it is further than a window away."""
        i = self.index_at(start)
        if i is None:
            i = max(bisect_right(self._starts, start) - 1, 0) if self.paragraphs else None
        if i is None:
            return
        para = self.paragraphs[i]
        self._mark(para)
        y = para.top + para.line_of(start)
        # Already in the middle half of the window: stay (a scroll redraws every line of the
        # window; stepping through nearby quotes then costs only the lines that change).
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        low, high = top + height // 4, top + height - height // 4  # the middle half: [low, high)
        if not height or low <= y < high:
            return
        if high <= y < high + height:
            self.scroll_to(y=y - height // 4, animate=False, force=True, immediate=True)
        elif low - height <= y < low:
            self.scroll_to(
                y=y - (height - height // 4 - 1), animate=False, force=True, immediate=True
            )
        else:
            target = Region(0, y, para.width + 1, 1)
            self.scroll_to_region(target, center=True, animate=False, force=True, immediate=True)

    def clear_current(self) -> None:
        self._mark(None)

    def action_mention(self, actor_id: str) -> None:
        self.post_message(MentionClicked(actor_id))
