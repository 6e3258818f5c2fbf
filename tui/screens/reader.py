"""The reader: one article, its analysis filled in by a worker, the panes linked to the article.

The screen holds what the reader has selected (`state`, a frozen `ReaderState` in a reactive) and
is the one place that turns a pane's message into a new state. The state's watcher brings the
article's highlights, the panes' filters and the panes' cursors up to date; widgets never reach
into each other.

The pane echo, one rule: a pane reports only the reader's own moves (`ItemHighlighted`); when
the screen selects something (a key like `]`, a click in the article, Esc), it sets the state and
the watcher tells the pane quietly (`AnalysisPane.show_current`), so a selection never comes back
as a message and nothing needs guarding against its own echo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Tab, Tabs
from textual.widgets.option_list import Option

from core.export import write_export
from core.model import Analysis, Article, Position, Quote
from tui import heap
from tui.background import in_daemon_thread
from tui.clipboard import quote_with_speaker, save_copy
from tui.commands import READER, bindings
from tui.highlights import Highlight, base_highlights, current_highlights, speaker_colours
from tui.messages import (
    AnalysisFailed,
    AnalysisReady,
    ItemChosen,
    ItemHighlighted,
    MentionClicked,
    SearchClosed,
    SearchSubmitted,
)
from tui.safe import content, visible
from tui.screens.prompts import ExportPrompt
from tui.state import ReaderState
from tui.widgets.article import ArticleView
from tui.widgets.panes import ActorPane, AnalysisPane, PositionPane, QuotePane
from tui.widgets.search import MAX_MATCHES, SearchBar, find_matches

# What the reader runs on an article, in a daemon thread (the app passes the cached analysis).
Analyzer = Callable[[Article], Analysis]

PANE_TABS = (("actors", "Actors"), ("quotes", "Quotes"), ("positions", "Positions"))


class ReaderScreen(Screen[None]):
    """Read one article at a time; `read` replaces it (and its analysis and selection)."""

    COMMAND_SCOPE = READER
    BINDINGS: ClassVar[list[BindingType]] = bindings(READER)

    # No repaint of its own (a reactive would repaint the whole screen): the watcher repaints
    # only the paragraphs and panes the change touches.
    state: reactive[ReaderState] = reactive(ReaderState, init=False, repaint=False)

    def __init__(self, article: Article, analyzer: Analyzer) -> None:
        super().__init__()
        self.article = article
        self.analyzer = analyzer
        self.analysis: Analysis | None = None
        self.colours: dict[str | None, str] = {}
        self._base_actor: object = ()  # the actor the base highlight layer was built for
        self._base: list[Highlight] = []
        self.cursor = 0  # where n/N step from: the last place the reader was taken to
        self._quotes: dict[str, Quote] = {}
        # (article source, quote id): the quote to go to once that article's analysis is in.
        self.then_quote: tuple[str, str] | None = None
        self._positions: dict[str, Position] = {}

    # ---- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="reading"):
                yield ArticleView(self.article.text, id="article")
                yield SearchBar(id="search")
            with Vertical(id="side"):
                yield Tabs(
                    *(Tab(label, id=f"tab-{key}") for key, label in PANE_TABS), id="side-tabs"
                )
                yield ActorPane(id="actors", classes="-active")
                yield QuotePane(id="quotes")
                yield PositionPane(id="positions")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#side-tabs", Tabs).can_focus = False
        self._start(self.article)
        self.query_one(ArticleView).focus()

    @property
    def narrow(self) -> bool:
        """Under the app's breakpoint: the panes under the article, one at a time, behind tabs."""
        return self.has_class("-narrow")

    def _activate_pane(self, pane: AnalysisPane) -> None:
        """In the narrow layout, show this pane (and its tab); the others hide."""
        for p in self.query(AnalysisPane):
            p.set_class(p is pane, "-active")
        tabs = self.query_one("#side-tabs", Tabs)
        if tabs.active != f"tab-{pane.id}":
            tabs.active = f"tab-{pane.id}"

    @on(Tabs.TabActivated, "#side-tabs")
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        pane_id = (event.tab.id or "").removeprefix("tab-")
        pane = self.query_one(f"#{pane_id}", AnalysisPane)
        for p in self.query(AnalysisPane):
            p.set_class(p is pane, "-active")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, AnalysisPane):
            self._activate_pane(event.widget)

    def _panes(self) -> list[Widget]:
        return [self.query_one(ArticleView), *self.query(AnalysisPane)]

    def _cycle(self, step: int) -> None:
        """Tab order: article, actors, quotes, positions; narrow shows the pane reached."""
        order = self._panes()
        focused = self.focused
        i = order.index(focused) if focused in order else 0
        target = order[(i + step) % len(order)]
        if isinstance(target, AnalysisPane):
            self._activate_pane(target)
        target.focus()

    def action_next_pane(self) -> None:
        if self.narrow:
            self._cycle(1)
        else:
            self.focus_next()

    def action_previous_pane(self) -> None:
        if self.narrow:
            self._cycle(-1)
        else:
            self.focus_previous()

    # ---- analysis -----------------------------------------------------------------------

    async def read(self, article: Article) -> None:
        """Show another article, and analyse it."""
        heap.unsettle()  # the article left behind is garbage now
        old = self.query_one(ArticleView)
        await old.remove()
        view = ArticleView(article.text, id="article")
        await self.query_one("#reading").mount(view, before=self.query_one(SearchBar))
        self._start(article)
        view.focus()

    def _start(self, article: Article) -> None:
        self.article = article
        self.analysis = None
        self._quotes, self._positions = {}, {}
        self._base_actor, self._base = (), []
        self.state = ReaderState()
        self.app.sub_title = visible(article.title or Path(article.source).name or article.source)
        if not article.text:
            return  # the placeholder behind a starting library
        for pane in self.query(AnalysisPane):
            pane.clear_options()
            pane.loading = True
        self.run_analysis(article)

    @work(exclusive=True, group="analysis")
    async def run_analysis(self, article: Article) -> None:
        # The analysis runs in a daemon thread (so `q` never waits for a long article); this
        # worker only awaits it and posts the result as a message.
        try:
            analysis = await in_daemon_thread(
                lambda: self.analyzer(article), name="newsreader-analysis"
            )
        except Exception as err:
            self.post_message(AnalysisFailed(article, f"{type(err).__name__}: {err}"))
        else:
            self.post_message(AnalysisReady(article, analysis))

    @on(AnalysisReady)
    def _analysis_ready(self, message: AnalysisReady) -> None:
        if message.article is not self.article:
            return  # a result for an article that has since been replaced
        analysis = self.analysis = message.analysis
        self._quotes = {q.id: q for q in analysis.quotes}
        self._positions = {p.id: p for p in analysis.positions}
        self.colours = speaker_colours(analysis)
        for pane in self.query(AnalysisPane):
            pane.loading = False
            pane.show(analysis, self.colours)
        self.query_one(ArticleView).set_mentions(
            [(m.start, m.end, a.id) for a in analysis.actors for m in a.mentions]
        )
        self._repaint()
        self.call_after_refresh(heap.settle)  # the article and its analysis are here to stay
        for note in analysis.notes:
            self.notify(visible(note), title="Analysis", markup=False)
        if self.then_quote and self.then_quote[0] == analysis.article.source:
            self.select_quote(self.then_quote[1])  # opened from the sources view at this quote
        self.then_quote = None

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        if message.article is not self.article:
            return
        for pane in self.query(AnalysisPane):
            pane.loading = False
            pane.clear_options()
            pane.add_option(
                Option(content("analysis failed: see the message", "italic $error"), disabled=True)
            )
        self.notify(
            visible(message.reason),
            title="Analysis failed",
            severity="error",
            timeout=30,
            markup=False,
        )

    # ---- state to screen ----------------------------------------------------------------

    def _set_state(self, **changes: object) -> None:
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]

    def watch_state(self, old: ReaderState, new: ReaderState) -> None:
        """Bring the screen up to the new state: the panes (told quietly) and the highlights."""
        if self.analysis is not None:
            if new.actor != old.actor:
                self.query_one(QuotePane).filter(new.actor)
                self.query_one(PositionPane).filter(new.actor)
            self.query_one(ActorPane).show_current(new.actor)
            # A pane's cursor stays where the reader left it when its item is unmarked: `]`
            # steps on from there.
            if new.quote is not None:
                self.query_one(QuotePane).show_current(new.quote)
            if new.position is not None:
                self.query_one(PositionPane).show_current(new.position)
        self._repaint()

    def _repaint(self) -> None:
        """Paint the highlights the state calls for; only changed paragraphs repaint."""
        view = self.query_one(ArticleView)
        if self.analysis is None:
            view.show_highlights((), current_highlights(Analysis(self.article), self.state, {}))
            return
        if self._base_actor != self.state.actor:
            self._base = base_highlights(self.analysis, self.state.actor, self.colours)
            self._base_actor = self.state.actor
        # The same base list while the actor stays: the view then only revisits the paragraphs
        # the current layer touches.
        view.show_highlights(
            self._base, current_highlights(self.analysis, self.state, self.colours)
        )

    def _go(self, start: int) -> None:
        self.cursor = start
        self.query_one(ArticleView).go_to(start)

    # ---- linking ------------------------------------------------------------------------
    # A pane reports the reader's own moves (ItemHighlighted); everything else selects through
    # select_actor / select_quote / select_position, and the state's watcher tells the panes.

    @on(ItemHighlighted, "#actors")
    def _actor_highlighted(self, event: ItemHighlighted) -> None:
        self.select_actor(event.item_id)

    @on(ItemHighlighted, "#quotes")
    def _quote_highlighted(self, event: ItemHighlighted) -> None:
        self.select_quote(event.item_id)

    @on(ItemHighlighted, "#positions")
    def _position_highlighted(self, event: ItemHighlighted) -> None:
        self.select_position(event.item_id)

    def select_actor(self, actor_id: str | None) -> None:
        """Mark this actor's mentions and quotes, filter the other panes to it (None: all), and
        go to its first mention."""
        if self.analysis is None:
            return
        actor = self.analysis.actor(actor_id)
        actor_id = actor.id if actor else None
        # The quote or position the reader was on stays marked only if it is this actor's.
        changes: dict[str, object] = {"actor": actor_id}
        if actor_id is not None:
            quote = self._quote(self.state.quote)
            if quote is not None and quote.speaker != actor_id:
                changes["quote"] = None
            position = self._position(self.state.position)
            if position is not None and position.actor != actor_id:
                changes["position"] = None
        self._set_state(**changes)
        if actor is not None and actor.mentions:
            self._go(actor.mentions[0].start)

    def select_quote(self, quote_id: str | None) -> None:
        """Mark this quote and scroll the article to it."""
        quote = self._quote(quote_id)
        if quote is None:
            return
        self._set_state(quote=quote.id, position=None)
        self._go(quote.start)

    def select_position(self, position_id: str | None) -> None:
        """Mark this position's evidence and scroll the article to it."""
        position = self._position(position_id)
        if position is None:
            return
        self._set_state(position=position.id, quote=None, evidence=0)
        self._go(_evidence_at(position, 0))

    def _step_evidence(self, step: int) -> bool:
        """Enter / n on a position: its next (or previous) piece of evidence, in turn."""
        position = self._position(self.state.position)
        if position is None:
            return False
        n = max(1, len(position.evidence))
        at = (self.state.evidence + step) % n
        self._set_state(evidence=at)
        self._go(_evidence_at(position, at))
        if n > 1:
            self.notify(f"Evidence {at + 1} of {n}", timeout=2)
        return True

    def _quote(self, quote_id: str | None) -> Quote | None:
        return self._quotes.get(quote_id) if quote_id is not None else None

    def _position(self, position_id: str | None) -> Position | None:
        return self._positions.get(position_id) if position_id is not None else None

    @on(ItemChosen)
    def _chosen(self, event: ItemChosen) -> None:
        if isinstance(event.pane, ActorPane):
            self.select_actor(event.item_id)
            quotes = self.query_one(QuotePane)
            self._activate_pane(quotes)
            quotes.focus()
        elif isinstance(event.pane, PositionPane) and self.state.position == event.item_id:
            self._step_evidence(1)
        else:
            self.query_one(ArticleView).focus()

    @on(MentionClicked)
    def _mention_clicked(self, event: MentionClicked) -> None:
        self._activate_pane(self.query_one(ActorPane))
        if self.state.actor != event.actor_id:
            self.select_actor(event.actor_id)

    # ---- actions ------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchSubmitted)
    def _search(self, event: SearchSubmitted) -> None:
        matches = find_matches(self.article.text, event.query)
        after = next((i for i, (s, _) in enumerate(matches) if s >= self.cursor), 0)
        self._set_state(matches=matches, match=after if matches else None)
        self.query_one(ArticleView).focus()
        if matches:
            self._go(matches[after][0])
            n = len(matches)
            count = f"{n:,}+" if n >= MAX_MATCHES else f"{n:,}"  # the search stops at the cap
            self.notify(f"{count} match{'es' if n != 1 else ''}: n / N to step")
        elif event.query.strip():
            self.notify("No match in the article", severity="warning")

    @on(SearchClosed)
    def _search_closed(self) -> None:
        self.query_one(ArticleView).focus()

    def _step(self, step: int) -> None:
        """n / N: through search matches when there are any, else the evidence of the position
        the reader is on, else the selected actor's mentions."""
        if self.state.matches:
            n = len(self.state.matches)
            i = self.state.match
            i = (0 if step > 0 else n - 1) if i is None else (i + step) % n
            self._set_state(match=i)
            self._go(self.state.matches[i][0])
            return
        if self._step_evidence(step):
            return
        actor = self.analysis.actor(self.state.actor) if self.analysis else None
        if actor is None or not actor.mentions:
            self.notify("Select an actor, or search with /, to step with n / N")
            return
        starts = sorted(m.start for m in actor.mentions)
        if step > 0:
            target = next((s for s in starts if s > self.cursor), starts[0])
        else:
            target = next((s for s in reversed(starts) if s < self.cursor), starts[-1])
        self._go(target)

    def action_next(self) -> None:
        self._step(1)

    def action_previous(self) -> None:
        self._step(-1)

    def action_next_quote(self) -> None:
        self.select_quote(self.query_one(QuotePane).neighbour(1))

    def action_previous_quote(self) -> None:
        self.select_quote(self.query_one(QuotePane).neighbour(-1))

    def action_show_all(self) -> None:
        """Esc: clear the search, then the actor filter, then the quote or position marked."""
        if self.state.matches:
            self._set_state(matches=(), match=None)
            return
        if self.state.actor is None:
            self._set_state(quote=None, position=None)
            self.query_one(ArticleView).clear_current()
            return
        self.select_actor(None)

    def selected_quote_text(self) -> str | None:
        """The selected quote with its speaker, to copy; None (and a message why) when none."""
        if self.analysis is None:
            self.notify("The analysis is not ready yet", severity="warning")
            return None
        quote_id = self.state.quote or self.query_one(QuotePane).current_id
        quote = self._quote(quote_id)
        if quote is None:
            self.notify("Move to a quote first (] or the quotes pane)", severity="warning")
            return None
        return quote_with_speaker(quote, self.analysis)

    def action_copy_quote(self) -> None:
        text = self.selected_quote_text()
        if text is None:
            return
        self.app.copy_to_clipboard(text)  # OSC 52: most terminals put this on the clipboard
        saved = save_copy(text, self.app.copy_dir)  # type: ignore[attr-defined]
        where = f"; also saved to {saved}" if saved else ""
        self.notify(visible(f"{text[:160]}{where}"), title="Quote copied", markup=False)

    def action_export(self) -> None:
        if self.analysis is None:
            self.notify("The analysis is not ready yet", severity="warning")
            return
        stem = Path(self.article.source).stem or "article"
        self.app.push_screen(ExportPrompt(f"{stem}.analysis.json"), self._export_to)

    def _export_to(self, path: str | None) -> None:
        if not path or self.analysis is None:
            return
        try:
            written, fmt = write_export(self.analysis, path)
        except OSError as err:
            self.notify(
                visible(f"{path}: {err.strerror or err}"),
                title="Export failed",
                severity="error",
                markup=False,
            )
            return
        self.notify(visible(f"Saved {fmt} to {written}"), title="Exported", markup=False)


def _evidence_at(position: Position, at: int) -> int:
    """Where the position's piece of evidence number `at` starts."""
    return position.evidence[at].start if position.evidence else position.start
