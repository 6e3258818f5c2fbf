"""The newsreader app: opens what the reader asks for, downloads in the background, and routes
between the screens. Reading one article is the `ReaderScreen`'s (tui/screens/reader.py); the
library, help and prompts are screens of their own, the look is in newsreader.tcss, and every
key comes from the one table in tui/commands.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, ClassVar

from textual import events, on, work
from textual.app import App
from textual.dom import DOMNode

from core.corpus.isolated import AnalysisProcess
from core.model import Article
from core.sources.resolve import Collection, SourceError, resolve
from tui.background import in_daemon_thread
from tui.commands import ReaderCommands
from tui.heap import KeyCalm
from tui.messages import PageFailed, PageFetched
from tui.safe import visible
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.open import OpenFileScreen, Opening, WebAddress
from tui.screens.reader import Analyzer, ReaderScreen
from tui.widgets.article import ArticleView

# Below this many columns the side panes move under the article, one at a time, behind tabs.
NARROW_WIDTH = 100


def cached_analyzer(use_cache: bool = True) -> AnalysisProcess:
    """The reader's analysis: from the cache of earlier analyses unless `use_cache` is False
    (`--no-cache`); NEWSREADER_NO_CACHE=1 in the environment turns the cache off as well.

    It runs in a process of its own (core/corpus/isolated.py): spaCy's parse would otherwise
    hold this process for seconds at a time, and `q` with it. Whoever ends the reader ends it
    (`stop()`), as tui/cli.py does; a child left behind ends itself when this process has gone.
    """
    return AnalysisProcess(use_cache=use_cache)


default_analyzer = cached_analyzer()


class NewsReaderApp(App[None]):
    TITLE = "newsreader"
    # A path from this file: Textual reads a relative one from the file of the class in use,
    # which for a subclass elsewhere (bench/bench_tui.py) is not tui/.
    CSS_PATH = Path(__file__).parent / "newsreader.tcss"
    # The screen gets `-narrow` or `-wide` from its width; newsreader.tcss lays each out.
    # Textual annotates it `ClassVar[...] | None`, which mypy reads as an instance variable.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-narrow"),
        (NARROW_WIDTH, "-wide"),
    ]
    COMMANDS = App.COMMANDS | {ReaderCommands}
    # The reader's screen; the shared reader (tui/served) swaps in one that never writes disk.
    reader_screen: ClassVar[type[ReaderScreen]] = ReaderScreen

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
        self.collection = collection
        self.reader = self.reader_screen(article, analyzer)
        self.copy_dir = copy_dir
        # Which download's result is still wanted: opening anything else makes a pending one stale.
        self._ticket = 0
        self.downloading: str | None = None
        self._calm = KeyCalm(lambda delay, callback: self.set_timer(delay, callback))
        self._last_key: events.Key | None = None
        self._leaving = False

    async def on_event(self, event: events.Event) -> None:
        # A key passes through here again as it bubbles back up: count it once.
        if isinstance(event, events.Key) and event is not self._last_key:
            self._last_key = event
            self._calm.key()  # no full garbage collection while the reader is pressing keys
        await super().on_event(event)

    # Set by the command line (tui/cli.py), whose process ends with the reader: `q` then puts
    # the terminal back as it was and ends the process at once. Textual's orderly exit closes
    # every widget in turn, one per paragraph: 1.5 s more on a 900,000-character article. Nothing
    # is lost by it: the reader writes every file when asked (exports, copies), and the analysis
    # process holds nothing worth waiting for.
    quit_ends_process = False

    async def action_quit(self) -> None:
        if self.quit_ends_process and not self.is_headless:
            with self.suspend():  # the terminal as it was before the reader
                self.stop_analysis()
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(0)
        self.exit()

    def stop_analysis(self) -> None:
        """End an analysis still running: nobody will read it."""
        if isinstance(self.reader.analyzer, AnalysisProcess):
            self.reader.analyzer.stop()

    def exit(self, *args: Any, **kwargs: Any) -> None:
        self._leaving = True
        super().exit(*args, **kwargs)

    def update_styles(self, node: DOMNode, animate: bool = True) -> None:
        # Leaving, the focused article view loses its focus as the screens are taken down, and
        # Textual would restyle each of its paragraphs for a screen that is never drawn again:
        # seconds on a long article (4 s of a 5 s quit at 900,000 characters).
        if not self._leaving:
            super().update_styles(node, animate)

    def on_unmount(self) -> None:
        self._calm.stop()  # `q` is a key too: the collector's thresholds go back as they were

    def get_default_screen(self) -> ReaderScreen:
        return self.reader

    def on_mount(self) -> None:
        if isinstance(self.reader.analyzer, AnalysisProcess):
            self.reader.analyzer.start()  # the pipeline loads while the reader looks around
        if self.collection is not None:
            self.action_library()

    @property
    def article(self) -> Article:
        """The article in the reader."""
        return self.reader.article

    # ---- routing ------------------------------------------------------------------------

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

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
        await self.reader.read(article)

    # ---- downloads ----------------------------------------------------------------------

    def download(self, url: str) -> None:
        """Fetch a page or feed in a worker; the article being read stays until it arrives."""
        self._ticket += 1
        self.downloading = url
        self.reader.query_one(ArticleView).loading = True
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
        self.reader.query_one(ArticleView).loading = False

    @on(PageFetched)
    async def _page_fetched(self, message: PageFetched) -> None:
        if message.ticket != self._ticket:
            return  # something else was opened meanwhile
        self._download_over()
        if isinstance(message.resolved, Collection):
            self.browse(message.resolved)
        else:
            await self.load_article(message.resolved.article)

    @on(PageFailed)
    def _page_failed(self, message: PageFailed) -> None:
        if message.ticket != self._ticket:
            return
        self._download_over()
        self.notify(
            visible(message.reason), title="Cannot open", severity="error", timeout=20, markup=False
        )
