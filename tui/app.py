"""The newsreader app: the article at once, the analysis filled in by a worker, panes linked.

The app holds the reader's state (`ReaderState`: selected actor, current quote or position,
search) and is the one place that turns a pane's message into highlights and scrolling. Widgets
never reach into each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Tab, Tabs
from textual.widgets.option_list import Option

from core.export import write_export
from core.model import Analysis, Article
from core.sources.resolve import Collection, Opened, SourceError, resolve
from tui.article_view import ArticleView, Paragraph
from tui.background import in_daemon_thread
from tui.clipboard import quote_with_speaker, save_copy
from tui.help_screen import HelpScreen
from tui.highlights import ReaderState, base_highlights, current_highlights, speaker_colours
from tui.library import LibraryScreen
from tui.open_file import OpenFileScreen, Opening, WebAddress
from tui.panes import ActorPane, AnalysisPane, PositionPane, QuotePane
from tui.prompt import ExportPrompt
from tui.safe import content, visible
from tui.search import SearchBar, find_matches

# Below this many columns the side panes move under the article, one at a time, behind tabs.
NARROW_WIDTH = 100

Analyzer = Callable[[Article], Analysis]


def default_analyzer(article: Article) -> Analysis:
    # spaCy loads on first use, in the worker thread; the cache skips it for a known article.
    from core.corpus.cache import cached_analyze

    return cached_analyze(article)


class AnalysisReady(Message):
    def __init__(self, article: Article, analysis: Analysis) -> None:
        super().__init__()
        self.article = article
        self.analysis = analysis


class AnalysisFailed(Message):
    def __init__(self, article: Article, reason: str) -> None:
        super().__init__()
        self.article = article
        self.reason = reason


class PageFetched(Message):
    """A web address opened with `o` was downloaded: an article, or a feed to browse."""

    def __init__(self, url: str, resolved: Opened | Collection, ticket: int) -> None:
        super().__init__()
        self.url = url
        self.resolved = resolved
        self.ticket = ticket


class PageFailed(Message):
    def __init__(self, url: str, reason: str, ticket: int) -> None:
        super().__init__()
        self.url = url
        self.reason = reason
        self.ticket = ticket


PANE_TABS = (("actors", "Actors"), ("quotes", "Quotes"), ("positions", "Positions"))


class NewsReaderApp(App[None]):
    TITLE = "newsreader"
    CSS = """
    #main { height: 1fr; }
    #reading { width: 3fr; }
    #side { width: 2fr; min-width: 30; }
    #side-tabs { display: none; }
    Screen.-narrow #main { layout: vertical; }
    Screen.-narrow #reading { width: 1fr; height: 3fr; }
    Screen.-narrow #side { width: 1fr; height: 2fr; min-height: 9; }
    Screen.-narrow #side-tabs { display: block; }
    Screen.-narrow AnalysisPane { display: none; }
    Screen.-narrow AnalysisPane.-active { display: block; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("right_square_bracket", "next_quote", "Next quote", key_display="]"),
        Binding("left_square_bracket", "previous_quote", "Prev quote", key_display="["),
        Binding("n", "next", "Next", tooltip="Next search match, or mention of the actor"),
        Binding("N", "previous", "Prev", show=False),
        Binding("y", "copy_quote", "Copy"),
        Binding("e", "export", "Export"),
        Binding("o", "open", "Open"),
        Binding("l", "library", "Library"),
        Binding("escape", "show_all", "Show all", show=False),
    ]

    def __init__(
        self,
        article: Article,
        *,
        collection: Collection | None = None,
        analyzer: Analyzer = default_analyzer,
        copy_dir: Path | None = None,
    ) -> None:
        """`collection`: a folder or feed to start on, in the library; `article` is then a
        placeholder (empty text) until one is chosen."""
        super().__init__()
        self.article = article
        self.collection = collection
        self.analyzer = analyzer
        self.copy_dir = copy_dir
        self.analysis: Analysis | None = None
        self.state = ReaderState()
        self.colours: dict[str | None, str] = {}
        self._base_actor: object = ()  # the actor the base highlight layer was built for
        self._base: list = []
        self.cursor = 0  # where n/N step from: the last place the reader was taken to
        # Which download's result is still wanted: opening anything else makes a pending one stale.
        self._ticket = 0
        self.downloading: str | None = None

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
        self._fit(self.size.width)
        self._start(self.article)
        self.query_one(ArticleView).focus()
        if self.collection is not None:
            self.action_library()

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        self.screen.set_class(width < NARROW_WIDTH, "-narrow")

    @property
    def narrow(self) -> bool:
        return self.screen.has_class("-narrow")

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
        focused = self.screen.focused
        i = order.index(focused) if focused in order else 0
        target = order[(i + step) % len(order)]
        if isinstance(target, AnalysisPane):
            self._activate_pane(target)
        target.focus()

    def action_focus_next(self) -> None:
        if self.screen is self.screen_stack[0] and self.narrow:
            self._cycle(1)
        else:
            super().action_focus_next()

    def action_focus_previous(self) -> None:
        if self.screen is self.screen_stack[0] and self.narrow:
            self._cycle(-1)
        else:
            super().action_focus_previous()

    # ---- analysis -----------------------------------------------------------------------

    def _start(self, article: Article) -> None:
        self.article = article
        self.analysis = None
        self.state = ReaderState()
        self._base_actor, self._base = (), []
        self.sub_title = visible(article.title or Path(article.source).name or article.source)
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

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if message.article is not self.article:
            return  # a result for an article that has since been replaced
        analysis = self.analysis = message.analysis
        self.colours = speaker_colours(analysis)
        for pane in self.query(AnalysisPane):
            pane.loading = False
            pane.show(analysis, self.colours)
        self.query_one(ArticleView).set_mentions(
            [(m.start, m.end, a.id) for a in analysis.actors for m in a.mentions]
        )
        self._repaint()
        for note in analysis.notes:
            self.notify(visible(note), title="Analysis", markup=False)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
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
        self._repaint()

    def _repaint(self) -> None:
        """Paint the highlights the state calls for; only changed paragraphs repaint."""
        if self.analysis is None:
            self.query_one(ArticleView).show_highlights(
                current_highlights(Analysis(self.article), self.state, {})
            )
            return
        if self._base_actor != self.state.actor:
            self._base = base_highlights(self.analysis, self.state.actor, self.colours)
            self._base_actor = self.state.actor
        layer = current_highlights(self.analysis, self.state, self.colours)
        self.query_one(ArticleView).show_highlights([*self._base, *layer])

    def _go(self, start: int) -> None:
        self.cursor = start
        self.query_one(ArticleView).go_to(start)

    # ---- linking ------------------------------------------------------------------------

    @on(AnalysisPane.Highlighted, "#actors")
    def _actor_highlighted(self, event: AnalysisPane.Highlighted) -> None:
        self.select_actor(event.item_id)

    def select_actor(self, actor_id: str | None, at: int | None = None) -> None:
        """Mark this actor's mentions and quotes, and filter the other panes to it."""
        if self.analysis is None:
            return
        actor = self.analysis.actor(actor_id)
        actor_id = actor.id if actor else None
        self.query_one(QuotePane).filter(actor_id)
        self.query_one(PositionPane).filter(actor_id)
        # The quote or position the reader was on stays marked only if it is this actor's.
        changes: dict[str, object] = {"actor": actor_id}
        if actor_id is not None:
            quote = next((q for q in self.analysis.quotes if q.id == self.state.quote), None)
            if quote is not None and quote.speaker != actor_id:
                changes["quote"] = None
            position = next(
                (p for p in self.analysis.positions if p.id == self.state.position), None
            )
            if position is not None and position.actor != actor_id:
                changes["position"] = None
        self._set_state(**changes)
        if at is not None:
            self.cursor = at
        elif actor is not None and actor.mentions:
            self._go(actor.mentions[0].start)

    @on(AnalysisPane.Highlighted, "#quotes")
    def _quote_highlighted(self, event: AnalysisPane.Highlighted) -> None:
        if self.analysis is None or event.item_id is None:
            return
        quote = next((q for q in self.analysis.quotes if q.id == event.item_id), None)
        if quote is None:
            return
        self._set_state(quote=quote.id, position=None)
        self._go(quote.start)

    @on(AnalysisPane.Highlighted, "#positions")
    def _position_highlighted(self, event: AnalysisPane.Highlighted) -> None:
        if self.analysis is None or event.item_id is None:
            return
        position = next((p for p in self.analysis.positions if p.id == event.item_id), None)
        if position is None:
            return
        self._set_state(position=position.id, quote=None)
        evidence = position.evidence[0].start if position.evidence else position.start
        self._go(evidence)

    @on(AnalysisPane.Chosen)
    def _chosen(self, event: AnalysisPane.Chosen) -> None:
        if isinstance(event.pane, ActorPane):
            self.select_actor(event.item_id)
            quotes = self.query_one(QuotePane)
            self._activate_pane(quotes)
            quotes.focus()
        else:
            self.query_one(ArticleView).focus()

    @on(Paragraph.MentionClicked)
    def _mention_clicked(self, event: Paragraph.MentionClicked) -> None:
        actors = self.query_one(ActorPane)
        self._activate_pane(actors)
        if actors.current_id == event.actor_id:
            return
        actors.select_id(event.actor_id)

    # ---- actions ------------------------------------------------------------------------

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Search)
    def _search(self, event: SearchBar.Search) -> None:
        matches = find_matches(self.article.text, event.query)
        after = next((i for i, (s, _) in enumerate(matches) if s >= self.cursor), 0)
        self._set_state(matches=matches, match=after if matches else None)
        self.query_one(ArticleView).focus()
        if matches:
            self._go(matches[after][0])
            self.notify(f"{len(matches)} match{'es' if len(matches) != 1 else ''}: n / N to step")
        elif event.query.strip():
            self.notify("No match in the article", severity="warning")

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self.query_one(ArticleView).focus()

    def _step(self, step: int) -> None:
        """n / N: through search matches when there are any, else the selected actor's mentions."""
        if self.state.matches:
            n = len(self.state.matches)
            i = self.state.match
            i = (0 if step > 0 else n - 1) if i is None else (i + step) % n
            self._set_state(match=i)
            self._go(self.state.matches[i][0])
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
        self.query_one(QuotePane).move(1)

    def action_previous_quote(self) -> None:
        self.query_one(QuotePane).move(-1)

    def action_show_all(self) -> None:
        """Esc: clear the search, then the actor filter, then the quote or position marked."""
        if self.state.matches:
            self._set_state(matches=(), match=None)
            return
        if self.state.actor is None:
            self._set_state(quote=None, position=None)
            self.query_one(ArticleView).clear_current()
            return
        actors = self.query_one(ActorPane)
        with actors.prevent(AnalysisPane.Highlighted, ActorPane.OptionHighlighted):
            actors.highlighted = None
        self.select_actor(None)

    def action_copy_quote(self) -> None:
        if self.analysis is None:
            self.notify("The analysis is not ready yet", severity="warning")
            return
        quote_id = self.state.quote or self.query_one(QuotePane).current_id
        quote = next((q for q in self.analysis.quotes if q.id == quote_id), None)
        if quote is None:
            self.notify("Move to a quote first (] or the quotes pane)", severity="warning")
            return
        text = quote_with_speaker(quote, self.analysis)
        self.copy_to_clipboard(text)  # OSC 52: most terminals put this on the clipboard
        saved = save_copy(text, self.copy_dir)
        where = f"; also saved to {saved}" if saved else ""
        self.notify(visible(f"{text[:160]}{where}"), title="Quote copied", markup=False)

    def action_export(self) -> None:
        if self.analysis is None:
            self.notify("The analysis is not ready yet", severity="warning")
            return
        stem = Path(self.article.source).stem or "article"
        self.push_screen(ExportPrompt(f"{stem}.analysis.json"), self._export_to)

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

    def action_open(self) -> None:
        self.push_screen(OpenFileScreen(), self._opened)

    async def _opened(self, result: Opening | None) -> None:
        if isinstance(result, WebAddress):
            self.download(result.url)
        elif isinstance(result, Collection):
            self.browse(result)
        elif result is not None:
            await self.load_article(result)

    def browse(self, collection: Collection) -> None:
        """Make this folder or feed the library's, and show it."""
        self.collection = collection
        self.action_library()

    def download(self, url: str) -> None:
        """Fetch a page or feed in a worker; the article being read stays until it arrives."""
        self._ticket += 1
        self.downloading = url
        self.query_one(ArticleView).loading = True
        self.notify(visible(url), title="Downloading", markup=False)
        self.fetch_url(url, self._ticket)

    @work(exclusive=True, group="fetch")
    async def fetch_url(self, url: str, ticket: int) -> None:
        # The download runs in a daemon thread (so `q` never waits for it); this worker only
        # awaits it and posts the result as a message. The fetcher keeps to its time and size
        # limits (NEWSREADER_TIMEOUT, NEWSREADER_MAX_BYTES).
        try:
            resolved = await in_daemon_thread(lambda: resolve(url), name="newsreader-open")
        except SourceError as err:
            self.post_message(PageFailed(url, str(err), ticket))
        except Exception as err:  # a bug must not take the app down; say what it was
            self.post_message(PageFailed(url, f"{url}: {type(err).__name__}: {err}", ticket))
        else:
            self.post_message(PageFetched(url, resolved, ticket))

    def _download_over(self) -> None:
        self.downloading = None
        self.query_one(ArticleView).loading = False

    async def on_page_fetched(self, message: PageFetched) -> None:
        if message.ticket != self._ticket:
            return  # something else was opened meanwhile
        self._download_over()
        if isinstance(message.resolved, Collection):
            self.browse(message.resolved)
        else:
            await self.load_article(message.resolved.article)

    def on_page_failed(self, message: PageFailed) -> None:
        if message.ticket != self._ticket:
            return
        self._download_over()
        self.notify(
            visible(message.reason), title="Cannot open", severity="error", timeout=20, markup=False
        )

    def action_library(self) -> None:
        screen = LibraryScreen(self.collection, bool(self.article.text), current=self.article)
        self.push_screen(screen, self._open)

    async def _open(self, article: Article | None) -> None:
        if article is not None:
            await self.load_article(article)

    async def load_article(self, article: Article) -> None:
        """Show another article in the reader, and analyse it."""
        if self.downloading is not None:  # what the reader opened instead wins
            self._ticket += 1
            self._download_over()
        old = self.query_one(ArticleView)
        await old.remove()
        view = ArticleView(article.text, id="article")
        await self.query_one("#reading").mount(view, before=self.query_one(SearchBar))
        self._start(article)
        view.focus()

    # ---- command palette ----------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help: keys", "Every key newsreader knows", self.action_help)
        yield SystemCommand("Search the article", "Find text; n / N step", self.action_search)
        yield SystemCommand("Next quote", "Go to the next quote (])", self.action_next_quote)
        yield SystemCommand(
            "Previous quote", "Go to the previous quote ([)", self.action_previous_quote
        )
        yield SystemCommand(
            "Copy quote", "Copy the selected quote with its speaker (y)", self.action_copy_quote
        )
        yield SystemCommand(
            "Export analysis", "Save the analysis as JSON or Markdown (e)", self.action_export
        )
        yield SystemCommand(
            "Open article", "Open a file, folder, web page or feed (o)", self.action_open
        )
        yield SystemCommand(
            "Library",
            "The articles of this folder or feed, and the seeds (l)",
            self.action_library,
        )
        yield SystemCommand(
            "Show all", "Clear the actor filter and the search (Esc)", self.action_show_all
        )
