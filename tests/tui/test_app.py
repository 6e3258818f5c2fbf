"""The reader under Textual's Pilot: what a person sees first, failure, and safety."""

from __future__ import annotations

from core.model import Actor, Analysis, Article, Quote, TextSpan
from tests.conftest import SEED
from tests.support.screen import screen_text
from tests.support.tui_helpers import notified, ready
from tui.app import NewsReaderApp, cached_analyzer
from tui.highlights import listed_quotes
from tui.widgets.article import ArticleView
from tui.widgets.panes import ActorPane, QuotePane


def seed_app() -> NewsReaderApp:
    # Never from the cache: an earlier test (the e2e ones share the session's cache) may have
    # analysed the seed, and a cached analysis would be there before the first look.
    article = Article(source=str(SEED), text=SEED.read_text(encoding="utf-8"))
    return NewsReaderApp(article, analyzer=cached_analyzer(use_cache=False))


async def test_shows_the_article_at_once_and_fills_the_panes_from_a_worker():
    app = seed_app()
    async with app.run_test(size=(160, 50)) as pilot:
        # The article is on screen before the analysis finishes.
        assert "Thursday April 27, 2023" in screen_text(app)
        assert app.query_one(QuotePane).loading
        await ready(app, pilot)
        assert app.reader.analysis is not None
        assert not app.query_one(QuotePane).loading
        assert app.query_one(ActorPane).option_count == len(app.reader.analysis.actors) > 0
        # each statement once: a quote inside a reported statement of its speaker is within it
        listed = listed_quotes(app.reader.analysis)
        assert app.query_one(QuotePane).option_count == len(listed) > 0


async def test_q_quits():
    app = seed_app()
    async with app.run_test() as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_a_failing_analysis_is_a_message_not_a_crash():
    def broken(article: Article) -> Analysis:
        raise RuntimeError("the parser fell over")

    app = NewsReaderApp(Article(source="x.txt", text="Some text.\n"), analyzer=broken)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(app, pilot)
        assert app.is_running
        assert "the parser fell over" in notified(app)
        assert "analysis failed" in screen_text(app)
        assert not app.query_one(QuotePane).loading
        await pilot.press("y", "e", "right_square_bracket", "n")  # nothing to act on: no crash
        await pilot.pause()
        assert app.is_running


HOSTILE = "Title [bold]not bold[/] and [link=https://x]no link[/link] [/]\n\nEsc \x1b[2J here."


async def test_article_text_is_never_read_as_markup():
    app = NewsReaderApp(Article(source="x.txt", text=HOSTILE), analyzer=Analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(app, pilot)
        shown = "".join(str(p.render()) for p in app.query_one(ArticleView).paragraphs)
        assert "[bold]not bold[/]" in shown
        assert "[link=https://x]no link[/link] [/]" in shown
        assert "\x1b" not in shown
        assert "␛[2J" in shown
        screen = screen_text(app)
        assert "[bold]not bold[/]" in screen and "␛[2J" in screen


async def test_hostile_names_and_quotes_are_shown_literally_in_the_panes_too():
    text = "[bold]Boss[/] \x1b[31m said: “[link=https://x]go[/link] \x1b]52;c;AAAA\x07”.\n"
    boss = TextSpan.of(text, 0, 15)
    q_start = text.index("[link")
    q_end = text.index("”")
    analysis = Analysis(
        Article("x.txt", text, "[b]t[/b]\x1b[2J"),
        (Actor("a1", text[:20], "person", (), (boss,)),),
        (Quote("q1", "direct", q_start, q_end, text[q_start:q_end], speaker="a1"),),
    )
    app = NewsReaderApp(analysis.article, analyzer=lambda _a: analysis)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        screen = screen_text(app)
        assert "[bold]Boss[/]" in screen
        assert "[link=https://x]go[/link]" in screen
        assert "\x1b" not in screen and "\x07" not in screen
        assert "␛[31m" in screen
        assert "[b]t[/b]␛[2J" in screen  # the title, in the header
        # What reaches the terminal: no escape that came from the text.
        for strip in app.screen._compositor.render_strips():
            for seg in strip:
                assert "\x1b" not in seg.text and "\x07" not in seg.text


async def test_a_subclass_defined_elsewhere_still_finds_the_stylesheet():
    # Textual reads a relative CSS_PATH from the subclass's file (here tests/tui/), as the bench's
    # TimedApp does; the layout must come from tui/newsreader.tcss all the same.
    class Elsewhere(NewsReaderApp):
        pass

    analysis = Analysis(Article("a.txt", "One paragraph.\n\nAnother."))
    app = Elsewhere(analysis.article, analyzer=lambda _article: analysis)
    async with app.run_test(size=(80, 30)) as pilot:
        await ready(app, pilot)
        assert app.reader.narrow
        assert app.query_one(ActorPane).region.y > app.query_one("#reading").region.y
