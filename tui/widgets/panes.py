"""Side panes listing what core found: actors, quotes, positions.

Each pane turns OptionList's generic messages into the reader's (`ItemHighlighted` with an item
id, ...), so the screen reacts to "the reader is on quote q3", not to option indexes.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, suppress
from typing import ClassVar

from textual import on
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Region
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from core.export import positions_by_actor, stance_phrase, stances_line, statements
from core.model import Actor, Analysis, Position, Quote
from tui.commands import LISTS, bindings
from tui.highlights import colour_of, inside_statement, listed_quotes
from tui.messages import ItemChosen, ItemHighlighted
from tui.safe import content


def one_line(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _name(analysis: Analysis, actor_id: str | None, missing: str) -> str:
    actor = analysis.actor(actor_id)
    return actor.name if actor else missing


class AnalysisPane(OptionList):
    """An OptionList whose options are made from an Analysis; empty until one arrives."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(LISTS)
    DEFAULT_CSS = """
    AnalysisPane {
        height: 1fr;
        border: round $foreground 30%;
        border-title-color: $text-muted;
        border-subtitle-color: $text-muted;
        scrollbar-gutter: stable;  /* the width never changes, so wrapped rows stay right */
    }
    AnalysisPane:focus { border: round $accent; border-title-color: $accent; }
    AnalysisPane > .option-list--option { padding: 0 1 0 0; }
    """
    TITLE = ""

    # OptionList repaints the whole pane (borders, titles and every row) when the cursor moves;
    # here only the two options it leaves and reaches are repainted.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.analysis: Analysis | None = None
        self.colours: dict[str | None, str] = {}
        self.actor_filter: str | None = None
        self.border_title = self.TITLE
        self._painted: int | None = None  # the option last painted as the cursor's

    def on_mount(self) -> None:
        self.border_title = self.TITLE

    def show(self, analysis: Analysis, colours: dict[str | None, str]) -> None:
        self.analysis, self.colours, self.actor_filter = analysis, colours, None
        self._fill()

    def filter(self, actor_id: str | None) -> None:
        """Show only the items of this actor (None: all), keeping the reader's item if it stays."""
        if actor_id == self.actor_filter:
            return
        self.actor_filter = actor_id
        self._fill()

    def _fill(self) -> None:
        if self.analysis is None:
            return
        keep = self.current_id
        # Refilling is the screen's doing, not the reader moving: it is done quietly.
        with self._quietly():
            self.clear_options()
            items = self.items(self.analysis, self.actor_filter)
            if items:
                self.add_options(items)
                index = next((i for i, o in enumerate(items) if o.id == keep), None)
                self.highlighted = index
            else:
                empty = "(none for this actor)" if self.actor_filter else "(none found)"
                self.add_option(Option(Content.styled(empty, "dim italic"), disabled=True))
                self.highlighted = None
        self._retitle(_countable(items))

    def _retitle(self, shown: int) -> None:
        if self.analysis is None:
            return
        total = _countable(self.items(self.analysis, None))
        if self.actor_filter is None:
            self.border_title = self.TITLE
            self.border_subtitle = str(total) if total else ""
        else:
            who = one_line(_name(self.analysis, self.actor_filter, "?"), 24)
            self.border_title = content(f"{self.TITLE} · {who}")
            self.border_subtitle = f"{shown} of {total} · Esc: all"

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        for index in (self._painted, highlighted):
            self._repaint_option(index)
        self._painted = highlighted

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Keep the cursor in view by pages, as mutt's index does: no scroll while the option is
        in the window; when the cursor steps past the bottom, the window moves on so that the
        option is at its top (past the top: at its bottom); a jump further than a window away
        centres it. (Scrolling by one row kept the cursor at the edge, and so repainted the
        whole pane and its scrollbar on every key.)"""
        index = self.highlighted
        if top or index is None or not self.is_mounted:
            super().scroll_to_highlight(top)
            return
        try:  # OptionList's own map from an option to its lines
            line, height = self._index_to_line[index], self._heights[index]
        except (KeyError, AttributeError):
            super().scroll_to_highlight(top)
            return
        window = self.scrollable_content_region.height
        first = round(self.scroll_y)
        end = line + height
        if first <= line and end <= first + window:
            return
        if first + window < end <= first + 2 * window:
            self.scroll_to(y=line, animate=False, force=True, immediate=True)
        elif first - window <= line < first:
            self.scroll_to(y=end - window, animate=False, force=True, immediate=True)
        else:
            width = self.scrollable_content_region.width
            region = Region(0, line, width, height)
            self.scroll_to_region(region, center=True, force=True, animate=False, immediate=True)

    def _repaint_option(self, index: int | None) -> None:
        if index is None:
            return
        try:  # OptionList's own map from an option to its lines
            line, height = self._index_to_line[index], self._heights[index]
        except (KeyError, AttributeError):
            self.refresh()
            return
        self.refresh_lines(line, height)

    @property
    def current_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def _quietly(self) -> AbstractContextManager[None]:
        """Moves of the cursor made in here are the screen's: they are not reported back."""
        return self.prevent(OptionList.OptionHighlighted)

    def show_current(self, item_id: str | None) -> None:
        """The screen selected this item (None: none): put the cursor on it, quietly. An item the
        pane does not list (filtered out) leaves no cursor."""
        index = None
        if item_id is not None:
            with suppress(OptionDoesNotExist):
                index = self.get_option_index(item_id)
        if index != self.highlighted:
            with self._quietly():
                self.highlighted = index

    def neighbour(self, step: int) -> str | None:
        """The item `step` away from the cursor, wrapping around (the first or last from none);
        the cursor does not move: the screen selects the item, then tells the pane."""
        n = self.option_count
        if n == 0:
            return None
        i = self.highlighted
        for _ in range(n):  # past the rows that head a group, and "(none found)"
            i = (0 if step > 0 else n - 1) if i is None else (i + step) % n
            option = self.get_option_at_index(i)
            if not option.disabled:
                return option.id
        return None

    def items(self, analysis: Analysis, actor_id: str | None) -> list[Option]:
        raise NotImplementedError

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Only the reader's own moves arrive here: the screen's are made quietly.
        event.stop()
        self.post_message(ItemHighlighted(self, event.option.id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ItemChosen(self, event.option.id))


def _countable(items: list[Option]) -> int:
    """The items a pane lists, without the rows that head a group."""
    return sum(1 for o in items if not o.disabled)


class ActorPane(AnalysisPane):
    TITLE = "Actors"

    def items(self, analysis: Analysis, actor_id: str | None) -> list[Option]:
        spoken: dict[str | None, int] = {}
        for q in analysis.quotes:
            spoken[q.speaker] = spoken.get(q.speaker, 0) + 1
        stances = {a.id: stances_line(own) for a, own in positions_by_actor(analysis)}
        return [
            Option(self.label(a, spoken.get(a.id, 0), self.colours, stances.get(a.id, "")), id=a.id)
            for a in analysis.actors
        ]

    @staticmethod
    def label(
        actor: Actor, quotes: int, colours: dict[str | None, str], stances: str = ""
    ) -> Content:
        marker = Content.styled("● ", colour_of(colours, actor.id)) if quotes else Content("  ")
        name = content(actor.name, "bold")
        facts = f"  {actor.kind} · {len(actor.mentions)}×"
        if quotes:
            facts += f" · {quotes} quote{'s' if quotes != 1 else ''}"
        if actor.role:
            facts += f" · {one_line(actor.role, 40)}"
        parts: list[str | Content] = [marker, name, content(facts, "dim")]
        if stances:  # where it stands, in one line under its name
            parts += ["\n  ", content(one_line(stances, 50), "italic")]
        return Content.assemble(*parts)


class QuotePane(AnalysisPane):
    TITLE = "Quotes"

    def items(self, analysis: Analysis, actor_id: str | None) -> list[Option]:
        return [
            Option(self.label(q, analysis, self.colours), id=q.id)
            for q in listed_quotes(analysis)
            if actor_id is None or q.speaker == actor_id
        ]

    @staticmethod
    def label(quote: Quote, analysis: Analysis, colours: dict[str | None, str]) -> Content:
        marker = Content.styled("▌", colour_of(colours, quote.speaker))
        speaker = content(_name(analysis, quote.speaker, "(unattributed)"), "bold")
        # Direct quotes keep their quotation marks, so the kind reads at a glance.
        if quote.kind == "direct":
            return Content.assemble(marker, speaker, ": ", content(f"“{one_line(quote.text)}”"))
        return Content.assemble(marker, speaker, ": ", *_with_quoted(quote, analysis))


def _with_quoted(statement: Quote, analysis: Analysis, limit: int = 90) -> list[Content]:
    """A reported statement's words on one line, the words it quotes (the direct quotes inside
    it, not listed on their own) in italics: the statement shows once, its quotation marked."""
    inner = sorted(
        (p.start, p.end)
        for q in analysis.quotes
        if inside_statement(q, analysis.quotes) is statement
        for p in q.pieces
    )
    text, pos = analysis.article.text, statement.start
    runs: list[tuple[str, str]] = []
    for s, e in inner:
        if s >= pos:
            runs += [(text[pos:s], ""), (text[s:e], "italic")]
            pos = e
    runs.append((text[pos : statement.end], ""))
    flat = " ".join("".join(t for t, _ in runs).split())  # the whole line, as one_line makes it
    out: list[Content] = []
    used = 0
    for words, style in runs:
        piece = " ".join(words.split())
        if not piece:
            continue
        if used and flat[used : used + 1] == " ":
            out.append(content(" "))
            used += 1
        if used + len(piece) > limit - 1:
            out.append(content(piece[: max(0, limit - 1 - used)] + "…", style))
            return out
        out.append(content(piece, style))
        used += len(piece)
    return out


# Each polarity has a sign as well as a colour, so it reads without colour.
POLARITY_MARK = {
    "support": ("+", "$success"),
    "oppose": ("−", "$error"),
    "neutral": ("=", "$warning"),
}


class PositionPane(AnalysisPane):
    """Positions grouped by actor (a heading row each), then by topic: one row per position with
    its sign, topic and how many statements it rests on; the claim follows, dimmed."""

    TITLE = "Positions"

    def items(self, analysis: Analysis, actor_id: str | None) -> list[Option]:
        out: list[Option] = []
        for actor, own in positions_by_actor(analysis):
            if actor_id is not None and actor.id != actor_id:
                continue
            heading = Content.assemble(content(actor.name, "bold"), content(f"  {len(own)}", "dim"))
            out.append(Option(heading, id=f"actor:{actor.id}", disabled=True))
            out.extend(Option(self.label(p, analysis), id=p.id) for p in own)
        return out

    @staticmethod
    def label(position: Position, analysis: Analysis) -> Content:
        mark, colour = POLARITY_MARK.get(position.polarity, ("?", "$foreground"))
        # The stance on the topic leads ("+ for peace talks ×2"); the claim, in the actor's
        # words, follows dimmed for reading on.
        stance = stance_phrase(position.polarity, one_line(position.topic or "", 50))
        if not position.topic:
            stance = one_line(position.claim, 50)
        n = statements(position)
        parts = [
            Content.styled(f" {mark} ", f"bold {colour}"),
            content(stance, "bold"),
        ]
        if n > 1:
            parts.append(content(f"  ×{n}", f"{colour}"))
        parts.append(content(f"\n    {one_line(position.claim, 86)}", "dim"))
        return Content.assemble(*parts)
