"""`o` with a web address: the page or feed is downloaded in a worker from a real HTTP server on
127.0.0.1, the reader stays usable meanwhile, and a failure leaves the current article as it was."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static

from core.model import Analysis
from tests.support import webserver
from tests.support.screen import screen_text
from tests.support.tui_fixture import TEXT, fixture_analysis
from tests.support.tui_helpers import notified, ready
from tui.app import NewsReaderApp
from tui.screens.library import LibraryScreen
from tui.screens.open import OpenFileScreen
from tui.widgets.article import ArticleView
from tui.widgets.panes import QuotePane

A = fixture_analysis()


@pytest.fixture(scope="module")
def base():
    with webserver.serve() as url:
        yield url


@pytest.fixture(autouse=True)
def _local_only(monkeypatch):
    # httpx honours proxy variables; these tests must only ever talk to 127.0.0.1 directly.
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NEWSREADER_TIMEOUT", "1")  # /slow answers after SLOW_SECONDS


def _app(seen: list[str] | None = None) -> NewsReaderApp:
    def analyzer(article):
        if seen is not None:
            seen.append(article.source)
        return A if article.text == TEXT else Analysis(article)

    return NewsReaderApp(A.article, analyzer=analyzer)


async def _open(app: NewsReaderApp, pilot, address: str) -> None:
    await pilot.press("o")
    assert isinstance(app.screen, OpenFileScreen)
    app.screen.query_one(Input).value = address
    await pilot.press("enter")


async def test_o_opens_a_web_page_downloaded_in_the_background(base):
    seen: list[str] = []
    app = _app(seen)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _open(app, pilot, f"{base}/article.html")
        assert not isinstance(app.screen, OpenFileScreen)  # the prompt closes at once
        assert "Downloading" in notified(app)
        await ready(app, pilot)  # the download, then the page's message
        await ready(app, pilot)  # the analysis of the new article
        assert app.downloading is None
        assert app.article.source == f"{base}/article.html"
        assert app.article.title == webserver.ARTICLE_TITLE
        assert app.sub_title == webserver.ARTICLE_TITLE
        assert "This is a great day for Springfield" in screen_text(app)
        assert "Harbour Town, Monday" not in screen_text(app)
        assert not app.query_one(ArticleView).loading
        assert seen == [A.article.source, f"{base}/article.html"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered HTTP 404"),
        ("/empty.html", "no article text found on this page"),
        ("/image.png", "not a web page or feed"),
    ],
)
async def test_a_failed_download_says_why_and_the_article_stays(base, path, message):
    app = _app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _open(app, pilot, base + path)
        await ready(app, pilot)
        assert message in notified(app)
        assert "Cannot open" in notified(app)
        assert app.article.text == TEXT
        assert app.reader.analysis is A
        assert not app.query_one(ArticleView).loading
        assert app.downloading is None
        assert "Harbour Town, Monday" in screen_text(app)


async def test_the_reader_stays_usable_while_a_slow_page_downloads(base):
    app = _app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _open(app, pilot, f"{base}/slow")
        assert app.downloading == f"{base}/slow"
        assert app.query_one(ArticleView).loading  # the article pane says it is loading
        # Keys still work during the download: the next quote is selected.
        quotes = app.query_one(QuotePane)
        before = quotes.current_id
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert quotes.current_id is not None and quotes.current_id != before
        assert app.downloading is not None  # still waiting for the server
        await ready(app, pilot)  # gives up at NEWSREADER_TIMEOUT, well before the server answers
        assert "did not answer within 1 s" in notified(app)
        assert app.article.text == TEXT


async def test_opening_a_file_meanwhile_makes_the_download_stale(base, tmp_path, monkeypatch):
    # Time enough to open the file before the download gives up, on a busy machine too; the
    # failure still comes (before SLOW_SECONDS) and must be dropped as stale.
    monkeypatch.setenv("NEWSREADER_TIMEOUT", "3")
    other = tmp_path / "other.txt"
    other.write_text("Second story\n\nPeople met in the square today.\n", encoding="utf-8")
    app = _app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _open(app, pilot, f"{base}/slow")
        await _open(app, pilot, str(other))
        await ready(app, pilot)
        assert app.article.source == str(other)
        assert app.downloading is None
        assert "Cannot open" not in notified(app)  # the slow page's failure came too late


async def test_o_with_a_feed_address_shows_its_entries_in_the_library(base):
    app = _app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _open(app, pilot, f"{base}/feed.xml")
        await ready(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.collection is not None and app.collection.title == "Springfield Gazette"
        assert webserver.ARTICLE_TITLE in screen_text(app)
        assert webserver.SECOND_TITLE in screen_text(app)
        # The article being read is still there behind the library.
        assert app.article.text == TEXT
        table = app.screen.query_one(DataTable)
        assert table.row_count >= 4
        # Its first entry (after the article being read) is downloaded when chosen.
        await pilot.press("down", "enter")
        await ready(app, pilot)
        await ready(app, pilot)
        assert not isinstance(app.screen, LibraryScreen)
        assert app.article.title == webserver.ARTICLE_TITLE
        assert "This is a great day for Springfield" in screen_text(app)


async def test_a_web_address_without_a_host_is_refused_in_the_prompt():
    app = _app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _open(app, pilot, "https://")
        await pilot.pause()
        assert isinstance(app.screen, OpenFileScreen)
        assert "no host name" in str(app.screen.query_one(".error", Static).render())
        assert app.downloading is None
