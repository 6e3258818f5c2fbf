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
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from core.export import stance_phrase
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

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.analysis: Analysis | None = None
        self.colours: dict[str | None, str] = {}
        self.actor_filter: str | None = None
        self.border_title = self.TITLE

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
        self._retitle(len(items))

    def _retitle(self, shown: int) -> None:
        if self.analysis is None:
            return
        total = len(self.items(self.analysis, None))
        if self.actor_filter is None:
            self.border_title = self.TITLE
            self.border_subtitle = str(total) if total else ""
        else:
            who = one_line(_name(self.analysis, self.actor_filter, "?"), 24)
            self.border_title = content(f"{self.TITLE} · {who}")
            self.border_subtitle = f"{shown} of {total} · Esc: all"

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
        if n == 0 or self.get_option_at_index(0).disabled:  # nothing, or "(none found)"
            return None
        index = (0 if step > 0 else n - 1) if self.highlighted is None else self.highlighted + step
        return self.get_option_at_index(index % n).id

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


class ActorPane(AnalysisPane):
    TITLE = "Actors"

    def items(self, analysis: Analysis, actor_id: str | None) -> list[Option]:
        spoken: dict[str | None, int] = {}
        for q in analysis.quotes:
            spoken[q.speaker] = spoken.get(q.speaker, 0) + 1
        return [
            Option(self.label(a, spoken.get(a.id, 0), self.colours), id=a.id)
            for a in analysis.actors
        ]

    @staticmethod
    def label(actor: Actor, quotes: int, colours: dict[str | None, str]) -> Content:
        marker = Content.styled("● ", colour_of(colours, actor.id)) if quotes else Content("  ")
        name = content(actor.name, "bold")
        facts = f"  {actor.kind} · {len(actor.mentions)}×"
        if quotes:
            facts += f" · {quotes} quote{'s' if quotes != 1 else ''}"
        if actor.role:
            facts += f" · {one_line(actor.role, 40)}"
        return Content.assemble(marker, name, content(facts, "dim"))


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
    TITLE = "Positions"

    def items(self, analysis: Analysis, actor_id: str | None) -> list[Option]:
        return [
            Option(self.label(p, analysis), id=p.id)
            for p in analysis.positions
            if actor_id is None or p.actor == actor_id
        ]

    @staticmethod
    def label(position: Position, analysis: Analysis) -> Content:
        mark, colour = POLARITY_MARK.get(position.polarity, ("?", "$foreground"))
        # The claim reads as the actor's words ("China: called for a political settlement");
        # the stance on the topic follows, dimmed, for scanning.
        parts = [
            Content.styled(f"{mark} ", f"bold {colour}"),
            content(_name(analysis, position.actor, "?"), "bold"),
            ": ",
            content(one_line(position.claim, 90)),
        ]
        if position.topic:
            stance = stance_phrase(position.polarity, one_line(position.topic, 40))
            parts.append(content(f"  ({stance})", "dim"))
        return Content.assemble(*parts)
