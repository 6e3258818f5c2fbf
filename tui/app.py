"""The newsreader app: the article at once, the analysis filled in by a worker."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Footer, Header

from core.analyze import analyze
from core.model import Analysis, Article
from core.nlp import ModelNotFound
from tui.article_view import ArticleView
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
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
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
        self.sub_title = visible(self.article.title or self.article.source)
        for pane in self.query(AnalysisPane):
            pane.loading = True
        self.run_analysis()

    @work(thread=True, exclusive=True, group="analysis")
    def run_analysis(self) -> None:
        try:
            analysis = analyze(self.article)
        except ModelNotFound as err:
            self.post_message(AnalysisFailed(str(err)))
        except Exception as err:
            self.post_message(AnalysisFailed(f"analysis failed: {type(err).__name__}: {err}"))
        else:
            self.post_message(AnalysisReady(analysis))

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self.analysis = message.analysis
        for pane in self.query(AnalysisPane):
            pane.loading = False
            pane.show(message.analysis)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        for pane in self.query(AnalysisPane):
            pane.loading = False
        self.notify(visible(message.reason), title="Analysis failed", severity="error", timeout=30)
