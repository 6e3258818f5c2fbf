"""The newsreader app: the article at once, the analysis filled in by a worker."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Footer, Header

from core.cache import cached_analyze
from core.model import Analysis, Article
from core.nlp import ModelNotFound
from core.sources import Collection
from tui.article_view import ArticleView
from tui.library import LibraryScreen
from tui.panes import ActorPane, AnalysisPane, PositionPane, QuotePane
from tui.safe import visible


class AnalysisReady(Message):
    def __init__(self, analysis: Analysis) -> None:
        super().__init__()
        self.analysis = analysis


class AnalysisFailed(Message):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class NewsReaderApp(App[None]):
    TITLE = "newsreader"
    CSS = """
    #main { height: 1fr; }
    ArticleView { width: 3fr; }
    #side { width: 2fr; min-width: 30; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("l", "library", "Library"),
    ]

    def __init__(self, article: Article, collection: Collection | None = None) -> None:
        """`collection`: a folder or feed to start on, in the library; `article` is then a
        placeholder (empty text) until one is chosen."""
        super().__init__()
        self.article = article
        self.collection = collection
        self.analysis: Analysis | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield ArticleView(self.article.text, id="article")
            with Vertical(id="side"):
                yield ActorPane(id="actors")
                yield QuotePane(id="quotes")
                yield PositionPane(id="positions")
        yield Footer()

    def on_mount(self) -> None:
        self.show_article()
        if self.collection is not None:
            self.action_library()

    def show_article(self) -> None:
        self.sub_title = visible(self.article.title or self.article.source)
        if not self.article.text:
            return  # the placeholder behind a starting library
        for pane in self.query(AnalysisPane):
            pane.loading = True
        self.run_analysis()

    def action_library(self) -> None:
        screen = LibraryScreen(self.collection, bool(self.article.text), current=self.article)
        self.push_screen(screen, self._open_from_library)

    async def _open_from_library(self, article: Article | None) -> None:
        if article is not None:
            await self.load_article(article)

    async def load_article(self, article: Article) -> None:
        """Show another article in the reader, and analyse it."""
        self.article = article
        self.analysis = None
        await self.recompose()
        self.show_article()

    @work(thread=True, exclusive=True, group="analysis")
    def run_analysis(self) -> None:
        try:
            analysis = cached_analyze(self.article)
        except ModelNotFound as err:
            self.post_message(AnalysisFailed(str(err)))
        except Exception as err:
            self.post_message(AnalysisFailed(f"analysis failed: {type(err).__name__}: {err}"))
        else:
            self.post_message(AnalysisReady(analysis))

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if message.analysis.article != self.article:
            return  # a late answer for the article shown before this one
        self.analysis = message.analysis
        for pane in self.query(AnalysisPane):
            pane.loading = False
            pane.show(message.analysis)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        for pane in self.query(AnalysisPane):
            pane.loading = False
        self.notify(visible(message.reason), title="Analysis failed", severity="error", timeout=30)
