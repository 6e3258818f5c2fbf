"""The library screen under Textual's Pilot: listing, opening, counts, failures, going back."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DataTable

from core.corpus import cache
from core.model import Article
from core.sources import resolve as sources
from core.sources.files import seed_paths
from tests.conftest import SEED
from tests.support import webserver
from tests.support.screen import screen_text
from tui.app import NewsReaderApp
from tui.screens.library import LibraryScreen, library_entries
from tui.widgets.article import ArticleView

FIRST = (
    "Harbour reopens after the storm\n\nThe harbour reopened on Monday, the port authority said."
)
SECOND = (
    "Council approves [bold]the bridge[/]\n\n"
    '"This is a great day for Springfield," said Mayor Alice Hart on Tuesday.'
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "2024-03-01-harbour.txt").write_text(FIRST, encoding="utf-8")
    (d / "2024-03-05-bridge.txt").write_text(SECOND, encoding="utf-8")
    return d


@pytest.fixture(autouse=True)
def _fresh_counts(monkeypatch):
    monkeypatch.setattr(cache, "_seen", {})


def folder_app(folder: Path) -> NewsReaderApp:
    collection = sources.resolve(str(folder))
    assert isinstance(collection, sources.Collection)
    placeholder = Article(source=collection.source, text="", title=collection.title)
    return NewsReaderApp(placeholder, collection=collection)


async def until(pilot, condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time:\n" + screen_text(pilot.app))
        await pilot.pause(0.05)


def test_the_library_always_lists_the_seeds_once(folder):
    collection = sources.resolve(str(folder))
    assert isinstance(collection, sources.Collection)
    entries = library_entries(collection)
    assert [Path(e.source).name for e in entries[:2]] == [
        "2024-03-01-harbour.txt",
        "2024-03-05-bridge.txt",
    ]
    assert [Path(e.source) for e in entries[2:]] == seed_paths()
    # A folder that holds the seeds lists each of them once.
    seeds = sources.resolve(str(SEED.parent))
    assert isinstance(seeds, sources.Collection)
    assert len(library_entries(seeds)) == len(seed_paths())
    assert len(library_entries(None)) == len(seed_paths())


async def test_a_folder_starts_on_the_library_and_enter_opens_an_article(folder):
    app = folder_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        shown = screen_text(app)
        assert "Harbour reopens after the storm" in shown
        assert "Council approves [bold]the bridge[/]" in shown  # text, never markup
        assert "2024-03-05" in shown
        assert "2024-03-05-bridge.txt" in shown
        assert "seed" in shown
        assert "Xi Jinping" in shown  # the seed's title
        await pilot.press("down", "enter")
        await until(pilot, lambda: not isinstance(app.screen, LibraryScreen))
        assert app.article.source == str(folder / "2024-03-05-bridge.txt")
        await until(pilot, lambda: app.reader.analysis is not None)
        view = app.query_one(ArticleView)
        assert view.text == SECOND
        assert "This is a great day for Springfield" in screen_text(app)


async def test_escape_does_not_leave_a_starting_library_for_an_empty_reader(folder):
    app = folder_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running


async def test_l_opens_the_library_from_the_reader_and_shows_counts_once_analysed():
    seed = Article(source=str(SEED), text=SEED.read_text(encoding="utf-8"))
    app = NewsReaderApp(seed)
    async with app.run_test(size=(140, 40)) as pilot:
        await until(pilot, lambda: app.reader.analysis is not None)
        analysis = app.reader.analysis
        assert analysis is not None
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        table = app.screen.query_one(DataTable)
        row = table.get_row("0")
        assert [str(c) for c in row[3:]] == [
            str(len(analysis.actors)),
            str(len(analysis.quotes)),
            str(len(analysis.positions)),
        ]
        # Esc goes back to the same article.
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, LibraryScreen))
        assert app.article == seed


async def test_counts_appear_for_an_article_once_it_is_analysed(folder):
    app = folder_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        table = app.screen.query_one(DataTable)
        assert [str(c) for c in table.get_row("0")[3:]] == ["·", "·", "·"]
        await pilot.press("enter")
        await until(pilot, lambda: app.reader.analysis is not None)
        analysis = app.reader.analysis
        assert analysis is not None and analysis.article.source.endswith("harbour.txt")
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        table = app.screen.query_one(DataTable)
        assert [str(c) for c in table.get_row("0")[3:]] == [
            str(len(analysis.actors)),
            str(len(analysis.quotes)),
            str(len(analysis.positions)),
        ]


async def test_an_entry_that_fails_to_open_is_a_message_not_a_crash(folder):
    app = folder_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        (folder / "2024-03-01-harbour.txt").unlink()  # gone since it was listed
        await pilot.press("enter")
        await until(pilot, lambda: bool(app._notifications))
        assert isinstance(app.screen, LibraryScreen)
        (note,) = list(app._notifications)
        assert "no such file" in note.message
        assert note.severity == "error"
        assert not app.screen.query_one(DataTable).loading


async def test_a_feed_entry_is_downloaded_when_opened(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    with webserver.serve() as base:
        feed = await asyncio.to_thread(sources.resolve, f"{base}/feed.xml")
        assert isinstance(feed, sources.Collection)
        app = NewsReaderApp(Article(source=feed.source, text="", title=feed.title), collection=feed)
        async with app.run_test(size=(140, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
            assert "Springfield Gazette" in screen_text(app)
            await pilot.press("down", "down", "enter")  # the entry whose page is gone
            await until(pilot, lambda: bool(app._notifications))
            assert "HTTP 404" in next(iter(app._notifications)).message
            await pilot.press("up", "enter")
            await until(pilot, lambda: not isinstance(app.screen, LibraryScreen))
            assert app.article.source == f"{base}/second.html"
            assert "Head librarian Maria Lopez" in app.article.text


async def test_the_article_being_read_is_listed_and_reopens_from_memory():
    piped = Article(source="-", text=FIRST, title="Harbour reopens after the storm")
    app = NewsReaderApp(piped)
    async with app.run_test(size=(140, 40)) as pilot:
        await until(pilot, lambda: app.reader.analysis is not None)
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1 + len(seed_paths())
        assert [str(c) for c in table.get_row("0")[:3]] == [
            "Harbour reopens after the storm",
            "",
            "stdin (open)",
        ]
        await pilot.press("enter")  # stdin cannot be read twice: it comes back from memory
        await until(pilot, lambda: not isinstance(app.screen, LibraryScreen))
        assert app.article == piped


async def test_the_library_warms_the_analysis_process_not_a_second_pipeline(folder, monkeypatch):
    """The analysis runs in a child process; the library warms that one, and loads no spaCy
    pipeline into the reader's own process (which would cost it some 300 MB for nothing)."""
    from core.corpus.isolated import AnalysisProcess
    from core.text import pipeline

    loaded_here: list[str] = []
    monkeypatch.setattr(pipeline, "load_pipeline", lambda *a, **k: loaded_here.append("x"))
    started: list[int] = []
    real_start = AnalysisProcess.start

    def start(self: AnalysisProcess) -> None:
        started.append(1)
        real_start(self)

    monkeypatch.setattr(AnalysisProcess, "start", start)
    app = folder_app(folder)
    assert isinstance(app.reader.analyzer, AnalysisProcess)
    async with app.run_test(size=(140, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert loaded_here == []
        assert len(started) >= 2  # the app's mount, then the library's warm-up
