"""The sources view under Textual's Pilot: everyone quoted across a folder, filled in from the
background, sorted, filtered, a person's quotes, and a quote opened in its article."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input

from core.model import Article
from core.sources import resolve as sources
from tests.support.screen import screen_text
from tui.app import NewsReaderApp
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.screens.sources import ActorQuotesScreen, SourcesScreen
from tui.widgets.table import SortableTable

ARTICLES = {
    "2024-03-01-budget.txt": (
        "Council passes budget\n\nMaria Okafor, the council's finance chief, said on Monday "
        "that the budget would pass. “We have the votes,” Okafor told reporters. She added that "
        "taxes would not rise.\n"
    ),
    "2024-03-09-port.txt": (
        "Port reopens\n\nErik Lund, a spokesman for the port, said the ships would return. "
        "“We expect them by May,” Lund said. He said the docks were safe.\n"
    ),
    "2024-04-02-vote.txt": (
        "Vote delayed\n\n“The vote will wait a week,” Maria Okafor said on Tuesday. Okafor said "
        "she had asked for the delay.\n"
    ),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "desk"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def folder_app(folder: Path) -> NewsReaderApp:
    collection = sources.resolve(str(folder))
    assert isinstance(collection, sources.Collection)
    placeholder = Article(source=collection.source, text="", title=collection.title)
    return NewsReaderApp(placeholder, collection=collection)


async def until(pilot, condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time:\n" + screen_text(pilot.app))
        await pilot.pause(0.05)


def names(app) -> list[str]:
    table = app.screen.query_one("#sources", SortableTable)
    return [str(table.row_at(i)[0]) for i in range(table.row_count)]


async def open_sources(pilot, app) -> SourcesScreen:
    await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
    await pilot.press("s")
    await until(pilot, lambda: isinstance(app.screen, SourcesScreen))
    screen = app.screen
    await until(pilot, lambda: screen.done == len(ARTICLES) and screen.snapshot.reads)
    await pilot.pause()
    return screen


async def test_the_sources_view_lists_everyone_quoted_merged_with_gender(folder):
    app = folder_app(folder)
    async with app.run_test(size=(150, 40)) as pilot:
        screen = await open_sources(pilot, app)
        assert "Sources" in screen_text(app)  # the key is in the library's footer too
        rows = names(app)
        assert rows[0] == "Maria Okafor"  # the most direct quotes, across two articles
        assert "Erik Lund" in rows
        okafor = screen.snapshot.actors[0]
        assert okafor.articles == 2 and okafor.gender.value == "female"
        text = screen_text(app)
        assert "analysed 3 of 3 articles" in text
        assert "Quotes of people by gender" in text and "female" in text and "%" in text


async def test_sort_and_filter_and_back(folder):
    app = folder_app(folder)
    async with app.run_test(size=(150, 40)) as pilot:
        screen = await open_sources(pilot, app)
        screen.sort_by("name")  # as a click on the Name header does
        await pilot.pause()
        assert names(app) == sorted(names(app), key=str.casefold)
        await pilot.press("slash")
        assert app.focused is screen.query_one("#sources-filter", Input)
        await pilot.press(*"lund")
        await until(pilot, lambda: names(app) == ["Erik Lund"])  # once typing pauses
        await pilot.press("enter")  # back to the table, the filter stays
        assert isinstance(app.focused, SortableTable) and names(app) == ["Erik Lund"]
        await pilot.press("escape")  # clears the filter first
        await pilot.pause()
        assert len(names(app)) > 1
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))


async def test_enter_lists_a_persons_quotes_and_opens_one_in_its_article(folder):
    app = folder_app(folder)
    async with app.run_test(size=(150, 40)) as pilot:
        await open_sources(pilot, app)
        await pilot.press("enter")  # Maria Okafor, first
        await until(pilot, lambda: isinstance(app.screen, ActorQuotesScreen))
        quotes = app.screen
        titles = {s.read.title for s in quotes.said}
        assert titles == {"Council passes budget", "Vote delayed"}
        assert [s.read.date for s in quotes.said] == sorted(s.read.date for s in quotes.said)
        assert "Vote delayed" in screen_text(app)
        last = quotes.said[-1]
        await pilot.press(*["down"] * (len(quotes.said) - 1), "enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        reader = app.screen
        await until(pilot, lambda: reader.analysis is not None and reader.state.quote is not None)
        assert reader.article.source == last.read.article.source
        assert reader.state.quote == last.quote_id


def test_snapshot_of_the_sources_view(snap_compare, folder):
    async def run_before(pilot) -> None:
        await open_sources(pilot, pilot.app)
        await pilot.pause()

    assert snap_compare(folder_app(folder), terminal_size=(150, 30), run_before=run_before)
