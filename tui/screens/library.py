"""The library: the articles of a folder or a feed, and the bundled seeds, one row each.

Each row shows the title, date and source, and once the article has been analysed (in this run, or
in an earlier one through the cache) how many actors, quotes and positions it has. Enter opens
the article: a web entry is downloaded then, in a worker, so the screen never freezes. The screen
is dismissed with the opened Article; the app loads it into the reader.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header

from core.corpus.cache import counts_for
from core.corpus.isolated import AnalysisProcess
from core.model import Article
from core.sources.resolve import (
    HTML_SUFFIXES,
    Collection,
    Entry,
    EntryKind,
    SourceError,
    is_url,
    open_entry,
    seed_entries,
)
from tui.background import in_daemon_thread
from tui.commands import LIBRARY, bindings
from tui.messages import EntryFailed, EntryOpened
from tui.safe import plain, visible
from tui.screens.once import DismissOnce

COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("date", "Date"),
    ("source", "Source"),
    ("actors", "Actors"),
    ("quotes", "Quotes"),
    ("positions", "Positions"),
)
_TITLE_WIDTH = 60


def library_entries(collection: Collection | None, current: Article | None = None) -> list[Entry]:
    """The article being read (when nothing below lists it), the collection's entries, then
    every bundled seed the collection does not already list."""
    entries = list(collection.entries) if collection else []
    listed = {_same_file_key(e) for e in entries}
    entries.extend(e for e in seed_entries() if _same_file_key(e) not in listed)
    if current is not None and current.text:
        here = _entry_for(current)
        if _same_file_key(here) not in {_same_file_key(e) for e in entries}:
            entries.insert(0, here)
    return entries


def _entry_for(article: Article) -> Entry:
    kind: EntryKind
    if article.source == "-":
        kind = "stdin"
    elif is_url(article.source):
        kind = "url"
    else:
        kind = "html" if Path(article.source).suffix.lower() in HTML_SUFFIXES else "text"
    return Entry(source=article.source, kind=kind, title=article.title, origin="open")


def _same_file_key(entry: Entry) -> str:
    if entry.kind in ("text", "html"):
        try:
            return str(Path(entry.source).resolve())
        except OSError:
            return entry.source
    return entry.source


def _title(entry: Entry) -> Text:
    title = entry.title or (Path(entry.source).name if entry.kind != "url" else entry.source)
    flat = " ".join(title.split())
    if len(flat) > _TITLE_WIDTH:
        flat = flat[: _TITLE_WIDTH - 1] + "…"
    return plain(flat)


def _source(entry: Entry) -> Text:
    if entry.origin == "seed":
        return plain("seed", "dim")
    if entry.origin == "open":
        return plain(f"{entry.where} (open)", "dim")
    return plain(entry.where, "dim")


class LibraryScreen(DismissOnce, Screen[Article | None]):
    """Pick an article. Dismissed with the opened Article, or None when going back."""

    TITLE = "newsreader"
    DEFAULT_CSS = """
    LibraryScreen DataTable { height: 1fr; }
    """
    COMMAND_SCOPE = LIBRARY
    BINDINGS: ClassVar[list[BindingType]] = bindings(LIBRARY)  # l toggles reader and library

    def __init__(
        self,
        collection: Collection | None = None,
        can_go_back: bool = True,
        current: Article | None = None,
    ) -> None:
        """`current`: the article in the reader; listed first if nothing else lists it, and
        opened again from memory (a page is not downloaded twice, stdin not read twice)."""
        super().__init__()
        self.collection = collection
        self.can_go_back = can_go_back
        self.current = current
        self.entries = library_entries(collection, current)

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="library", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        name = self.collection.title if self.collection else "bundled articles"
        self.sub_title = visible(f"Library · {name}")
        table = self.query_one(DataTable)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        for i, entry in enumerate(self.entries):
            table.add_row(
                _title(entry),
                plain(entry.date or ""),
                _source(entry),
                *self._counts(entry),
                key=str(i),
            )
        table.focus()
        self.warm_up()

    def on_screen_resume(self) -> None:
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Fill in the counts of articles analysed since the screen was built."""
        table = self.query_one(DataTable)
        for i, entry in enumerate(self.entries):
            for (key, _), value in zip(COLUMNS[3:], self._counts(entry), strict=True):
                table.update_cell(str(i), key, value)

    @staticmethod
    def _counts(entry: Entry) -> tuple[Text, Text, Text]:
        c = counts_for(entry.source)
        if c is None:
            return (Text("·", style="dim"),) * 3
        return (Text(str(c.actors)), Text(str(c.quotes)), Text(str(c.positions)))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        entry = self.entries[int(str(event.row_key.value))]
        if self.current is not None and entry.source == self.current.source:
            self.dismiss(self.current)
            return
        self.query_one(DataTable).loading = True
        self.load_entry(entry)

    @work(exclusive=True, group="library-open")
    async def load_entry(self, entry: Entry) -> None:
        # A daemon thread, so that quitting never waits for a slow download.
        try:
            opened = await in_daemon_thread(lambda: open_entry(entry), name="newsreader-open")
        except SourceError as err:
            self.post_message(EntryFailed(str(err)))
        except Exception as err:  # a bug must not take the app down; say what it was
            self.post_message(EntryFailed(f"{entry.source}: {type(err).__name__}: {err}"))
        else:
            self.post_message(EntryOpened(opened.article))

    @on(EntryOpened)
    def _entry_opened(self, message: EntryOpened) -> None:
        self.query_one(DataTable).loading = False
        self.dismiss(message.article)

    @on(EntryFailed)
    def _entry_failed(self, message: EntryFailed) -> None:
        self.query_one(DataTable).loading = False
        self.notify(visible(message.reason), title="Cannot open", severity="error", timeout=20)

    @work(group="library-warm")
    async def warm_up(self) -> None:
        """Load the spaCy pipeline while the user chooses, so the first analysis starts at once.

        Where the analysis runs in a process of its own, that process is the one to warm (a
        pipeline loaded here too would cost this process some 300 MB for nothing); otherwise in
        a daemon thread like the analysis: quitting from the library never waits for spaCy."""
        from core.text.pipeline import ModelNotFound, load_pipeline

        analyzer = getattr(getattr(self.app, "reader", None), "analyzer", None)
        if isinstance(analyzer, AnalysisProcess):
            analyzer.start()  # returns at once: the child loads the pipeline
            return
        with suppress(ModelNotFound):  # the reader says so when it tries to analyse
            await in_daemon_thread(load_pipeline, name="newsreader-warm-up")

    def action_sources(self) -> None:
        """Who is quoted across the collection (the bundled seeds when there is none)."""
        from tui.screens.sources import SourcesScreen

        entries = list(self.collection.entries) if self.collection else self.entries
        name = self.collection.title if self.collection else "bundled articles"
        screen = SourcesScreen(entries, self.app.reader.analyzer, name)  # type: ignore[attr-defined]
        self.app.push_screen(screen, self._from_sources)

    def _from_sources(self, choice: object) -> None:
        # A quote chosen there: the reader opens its article, scrolled to it.
        if choice is not None:
            self.app.reader.then_quote = (choice.article.source, choice.quote_id)  # type: ignore[attr-defined]
            self.dismiss(choice.article)  # type: ignore[attr-defined]

    def action_back(self) -> None:
        if self.can_go_back:
            self.dismiss(None)
        else:
            self.notify("Choose an article and press Enter, or q to quit.", timeout=5)
