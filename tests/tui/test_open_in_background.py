"""`o` reads a file in a worker, never on the UI thread (issue 19, item 2): a large page takes
seconds to extract, and the reader answers keys meanwhile; Esc gives up on it."""

from __future__ import annotations

from textual.widgets import Input, Static

from tests.support.tui_fixture import fixture_analysis
from tests.support.tui_helpers import fixture_app, ready
from tui.screens.open import OpenFileScreen

A = fixture_analysis()


def _large_page(tmp_path):
    # About 4 MB of varied paragraphs (the cap is 5 MB): extracting its text takes seconds, far
    # longer than a key press takes, on a busy machine too.
    page = tmp_path / "council.html"
    paragraphs = "\n".join(
        f"<p>On day {i} the council met again, and councillor {i % 97} said the harbour plan "
        f"number {i * 7} would need another {i % 13} weeks of work before the vote.</p>"
        for i in range(27_000)
    )
    page.write_text(
        f"<html><head><title>Council diary</title></head><body><article><h1>Council diary"
        f"</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return page


async def _submit(app, pilot, path) -> None:
    await pilot.press("o")
    assert isinstance(app.screen, OpenFileScreen)
    app.screen.query_one(Input).value = str(path)
    await pilot.press("enter")


async def test_a_large_page_is_read_in_the_background_and_then_opens(tmp_path):
    page = _large_page(tmp_path)
    app = fixture_app(A)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _submit(app, pilot, page)
        # The Enter came back before the page was read: the prompt says what it is doing.
        assert isinstance(app.screen, OpenFileScreen)
        assert "Opening" in str(app.screen.query_one(".hint", Static).render())
        await ready(app, pilot)
        assert not isinstance(app.screen, OpenFileScreen)
        assert app.article.source == str(page)
        assert "harbour plan" in app.article.text


async def test_escape_while_a_page_is_read_keeps_the_article(tmp_path):
    page = _large_page(tmp_path)
    app = fixture_app(A)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _submit(app, pilot, page)
        await pilot.press("escape")  # answered while the page is still being read
        assert not isinstance(app.screen, OpenFileScreen)
        await ready(app, pilot)
        assert app.article.source == A.article.source  # the late result was dropped


async def test_a_file_that_cannot_be_read_says_why_in_the_prompt(tmp_path):
    app = fixture_app(A)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await _submit(app, pilot, tmp_path / "missing.txt")
        await ready(app, pilot)
        assert isinstance(app.screen, OpenFileScreen)  # still asking, to correct it
        assert "no such file" in str(app.screen.query_one(".error", Static).render())
        assert "Opening" not in str(app.screen.query_one(".hint", Static).render())
