"""The article as one Line API widget, and the panes keeping their cursor in view by pages.

Texts written for these tests: many short quotes, so the quotes pane and the article both have
to scroll while the reader steps through them.
"""

from __future__ import annotations

from core.model import Actor, Analysis, Article, Quote, TextSpan
from tests.support.tui_helpers import fixture_app, ready, text_cell
from tui.widgets.article import ArticleView
from tui.widgets.panes import QuotePane


def many_quotes(n: int = 40) -> Analysis:
    paras = [f"“Pier {i} opens at dawn,” Ines Varga said on day {i}." for i in range(n)]
    text = "\n\n".join(paras)
    varga = [TextSpan.of(text, m, m + len("Ines Varga")) for m in _find(text, "Ines Varga")]
    quotes = []
    for i, start in enumerate(_find(text, "Pier ")):
        end = text.index(",”", start)
        quotes.append(Quote(f"q{i + 1}", "direct", start, end, text[start:end], speaker="a1"))
    actor = Actor("a1", "Ines Varga", "person", ("Varga",), tuple(varga))
    return Analysis(Article("piers.txt", text), (actor,), tuple(quotes))


def _find(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


async def test_the_quotes_pane_pages_instead_of_scrolling_a_row_per_key():
    app = fixture_app(many_quotes())
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        pane = app.query_one(QuotePane)
        await pilot.press("tab", "tab")
        window = pane.scrollable_content_region.height
        await pilot.press(*["j"] * window)  # the first `window` quotes fit: no scroll yet
        assert pane.scroll_y == 0 and pane.highlighted == window - 1
        await pilot.press("j")  # one past the bottom: the window moves on a page
        assert pane.highlighted == window
        assert pane.scroll_y == window  # the cursor's option is now the top row
        await pilot.press("j", "j")
        assert pane.scroll_y == window  # and the next steps need no scroll
        await pilot.press("k", "k", "k")  # one above the top: the window moves back a page
        assert pane.highlighted == window - 1
        assert pane.scroll_y + window == window  # the option is the bottom row


async def test_stepping_down_through_quotes_puts_each_scroll_at_the_top_of_the_middle_half():
    app = fixture_app(many_quotes())
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("tab", "tab")
        height = view.scrollable_content_region.height
        scrolls = 0
        for _ in range(30):
            before = view.scroll_y
            await pilot.press("j")
            quote = app.reader._quote(app.reader.state.quote)
            assert quote is not None
            para = view.paragraph_at(quote.start)
            assert para is not None and view.current is para
            line = para.top + para.line_of(quote.start) - round(view.scroll_y)
            if 0 < view.scroll_y < view.max_scroll_y:  # (the first lines cannot be lower)
                assert height // 4 <= line < height - height // 4  # in the middle half
            if view.scroll_y != before and view.scroll_y < view.max_scroll_y:
                scrolls += 1
                assert line == height // 4  # a scroll leaves half a window to step through
        assert 0 < scrolls < 30 // 3


async def test_the_article_renders_every_line_ahead_and_again_for_a_new_theme():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        assert all(p.strips is not None for p in view.paragraphs)
        before = view.paragraphs[-1].strips
        app.theme = "textual-light"
        await pilot.pause()
        assert all(p.strips is not None for p in view.paragraphs)
        assert view.paragraphs[-1].strips is not before


async def test_hovering_a_name_underlines_it_and_selecting_copies_the_article_text():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        start = view.text.index("Ana Ruiz")
        x, y = text_cell(app, start, 1)

        def underlined() -> str:
            line = view.render_lines(view.region.reset_offset)[y]
            return "".join(s.text for s in line if s.style is not None and s.style.underline)

        assert "Ana Ruiz" not in underlined()  # (the quote on that line is underlined)
        assert await pilot.hover(ArticleView, offset=(x, y))
        await pilot.pause()
        assert "Ana Ruiz" in underlined()
        view.text_select_all()
        await pilot.pause()
        chosen = app.screen.get_selected_text() or ""
        assert "Mayor Ana Ruiz said on Monday" in " ".join(chosen.split())
        assert "Becker was not convinced." in " ".join(chosen.split())
