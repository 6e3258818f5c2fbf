"""The reader under Textual's Pilot: what a person sees and presses."""

from __future__ import annotations

from core.model import Article
from tests.conftest import SEED
from tests.screen import screen_text
from tui.app import NewsReaderApp
from tui.article_view import Paragraph
from tui.panes import ActorPane, QuotePane


def seed_app() -> NewsReaderApp:
    return NewsReaderApp(Article(source=str(SEED), text=SEED.read_text(encoding="utf-8")))


async def test_shows_the_article_at_once_and_fills_the_panes_from_a_worker():
    app = seed_app()
    async with app.run_test(size=(160, 50)) as pilot:
        # The article is on screen before the analysis finishes.
        assert "Thursday April 27, 2023" in screen_text(app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.analysis is not None
        assert app.query_one(ActorPane).option_count == len(app.analysis.actors) > 0
        assert app.query_one(QuotePane).option_count == len(app.analysis.quotes) > 0


async def test_q_quits():
    app = seed_app()
    async with app.run_test() as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_article_text_is_never_read_as_markup():
    text = "Title [bold]not bold[/] and [link=https://x]no link[/link] [/]\n\nEsc \x1b[2J here."
    app = NewsReaderApp(Article(source="x.txt", text=text))
    async with app.run_test(size=(120, 30)):
        paras = list(app.query(Paragraph))
        shown = "".join(str(p.render()) for p in paras)
        assert "[bold]not bold[/]" in shown
        assert "[link=https://x]no link[/link] [/]" in shown
        assert "\x1b" not in shown
        assert "␛[2J" in shown
