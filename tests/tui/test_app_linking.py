"""Linking under Pilot: actors, quotes, positions and the article follow each other."""

from __future__ import annotations

from core.model import Actor, Analysis, Article, Quote, TextSpan
from tests.support.tui_fixture import fixture_analysis
from tests.support.tui_helpers import (
    current_paragraph,
    fixture_app,
    ready,
    styles_at,
    text_cell,
    visible_in_article,
)
from tui.highlights import MENTION_STYLE, MUTED_QUOTE_STYLE
from tui.messages import ItemHighlighted
from tui.widgets.article import ArticleView, Paragraph
from tui.widgets.panes import ActorPane, PositionPane, QuotePane

A = fixture_analysis()
QUOTE = {q.id: q for q in A.quotes}
ACTOR = {a.id: a for a in A.actors}


async def test_every_quote_is_tinted_in_its_speakers_colour_and_underlined():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        colours = app.reader.colours
        for q in A.quotes:
            styles = styles_at(app, q.start)
            assert any(colours[q.speaker] in s and "underline" in s for s in styles), q.id
        # Two speakers, two colours.
        assert colours["a1"] != colours["a2"]


async def test_moving_through_actors_marks_mentions_and_filters_the_panes_and_esc_shows_all():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab")  # article -> actors
        assert isinstance(app.focused, ActorPane)
        await pilot.press("j", "j")  # a1, then a2 (Tom Becker)
        assert app.reader.state.actor == "a2"
        for m in ACTOR["a2"].mentions:
            assert MENTION_STYLE in styles_at(app, m.start)
        assert MENTION_STYLE not in styles_at(app, ACTOR["a1"].mentions[0].start)
        # Another speaker's quote keeps its underline but loses its colour.
        assert styles_at(app, QUOTE["q2"].start) == [MUTED_QUOTE_STYLE]
        quotes, positions = app.query_one(QuotePane), app.query_one(PositionPane)
        assert [quotes.get_option_at_index(i).id for i in range(quotes.option_count)] == [
            "q3",
            "q4",
        ]
        # His heading, then his one position.
        assert [positions.get_option_at_index(i).id for i in range(positions.option_count)] == [
            "actor:a2",
            "p2",
        ]
        assert "Tom Becker" in str(quotes.border_title)
        await pilot.press("escape")
        assert app.reader.state.actor is None
        assert quotes.option_count == len(A.quotes)
        listed = [positions.get_option_at_index(i) for i in range(positions.option_count)]
        assert [o.id for o in listed if not o.disabled] == [p.id for p in A.positions]
        assert MENTION_STYLE not in styles_at(app, ACTOR["a2"].mentions[0].start)


async def test_k_moves_back_up_the_actors():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab", "j", "j", "j", "k")
        assert app.reader.state.actor == "a2"
        await pilot.press("down", "up", "up")
        assert app.reader.state.actor == "a1"


async def test_moving_through_quotes_scrolls_the_article_to_each_and_highlights_it():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        last = QUOTE["q6"]
        assert not visible_in_article(app, last.start)  # far down, off screen at first
        await pilot.press("tab", "tab")
        assert isinstance(app.focused, QuotePane)
        await pilot.press(*["j"] * 6)
        await pilot.pause()
        assert app.reader.state.quote == "q6"
        assert visible_in_article(app, last.start)
        assert view.scroll_y > 0
        para = current_paragraph(app)
        assert para is not None and para.start <= last.start < para.end
        assert any("bold underline" in s for s in styles_at(app, last.start))
        # Centred: the quote's line sits near the middle of the window, not at an edge.
        line = para.virtual_region.y + para.line_of(last.start) - view.scroll_y
        height = view.scrollable_content_region.height
        assert height // 4 <= line <= 3 * height // 4 or view.scroll_y == view.max_scroll_y
        await pilot.press("k")
        assert app.reader.state.quote == "q5"


async def test_a_highlight_change_repaints_only_the_paragraphs_it_touches():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab", "tab", "j")  # q1, paragraph 0
        view = app.query_one(ArticleView)
        await pilot.press("j")  # q2, paragraph 1: paragraph 0 loses the mark, 1 gains it
        assert view.repainted == 2
        await pilot.press("j", "j")  # q3 then q4: both in paragraph 2
        assert view.repainted == 1


async def test_a_position_jumps_to_its_evidence():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab", "tab", "tab")
        assert isinstance(app.focused, PositionPane)
        await pilot.press("j", "j", "j")
        assert app.reader.state.position == "p3"
        evidence = A.positions[2].evidence[0]
        assert app.reader.cursor == evidence.start
        assert any("bold underline" in s for s in styles_at(app, evidence.start))
        para = current_paragraph(app)
        assert para is not None and para.start <= evidence.start < para.end


async def test_clicking_a_mention_in_the_article_selects_its_actor():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        # "Tom Becker" is in paragraph 1; click on "Ana Ruiz" in paragraph 0.
        assert await pilot.click(
            ArticleView, offset=text_cell(app, ACTOR["a1"].mentions[0].start, 2)
        )
        await pilot.pause()
        assert app.reader.state.actor == "a1"
        assert app.query_one(ActorPane).current_id == "a1"
        assert app.query_one(QuotePane).option_count == 3
        # Clicking plain text selects nothing new.
        first = app.query_one(ArticleView).paragraphs[0]
        assert await pilot.click(ArticleView, offset=text_cell(app, first.start, 1))
        await pilot.pause()
        assert app.reader.state.actor == "a1"


async def test_enter_on_an_actor_goes_to_its_quotes_and_enter_on_a_quote_to_the_article():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab", "j", "enter")
        assert isinstance(app.focused, QuotePane)
        assert app.query_one(QuotePane).option_count == 3  # Ana Ruiz's
        await pilot.press("j", "enter")
        assert isinstance(app.focused, ArticleView)
        assert app.reader.state.quote == "q1"


async def test_paragraphs_render_the_highlights_with_theme_colours():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        para = view.paragraph_at(QUOTE["q2"].start)
        assert isinstance(para, Paragraph)

        def quote_background() -> str:
            strip = view.render_line(para.top - round(view.scroll_y))
            seg = next(s for s in strip if "ferry" in s.text)
            return str(seg.style.bgcolor)

        before = quote_background()
        app.theme = "textual-light"
        await pilot.pause()
        assert quote_background() != before


async def test_a_long_article_is_laid_out_whole_and_quotes_far_down_scroll_into_view():
    paras = [f"Paragraph {i} tells of the harbour and the boats at dawn." for i in range(150)]
    paras.append("At the end, “the last word is ours,” Ruiz said.")
    text = "\n\n".join(paras)
    start = text.index("the last word")
    end = start + len("the last word is ours")
    ruiz = text.index("Ruiz")
    analysis = Analysis(
        Article("long.txt", text),
        (Actor("a1", "Ruiz", "person", (), (TextSpan.of(text, ruiz, ruiz + 4),)),),
        (Quote("q1", "direct", start, end, text[start:end], speaker="a1"),),
    )
    app = fixture_app(analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        assert len(view.paragraphs) == 151
        assert view.virtual_size.height >= 2 * 151  # every paragraph laid out, and a blank after
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.reader.state.quote == "q1"
        assert visible_in_article(app, start)
        assert app.query_one(ArticleView).scroll_y > 100


async def test_selecting_another_actor_unmarks_a_quote_that_is_not_theirs_and_esc_unmarks_it():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket")  # q1, Ana Ruiz's
        assert app.reader.state.quote == "q1"
        await pilot.press("tab", "j")  # Ana Ruiz: q1 stays
        assert app.reader.state.quote == "q1"
        await pilot.press("j")  # Tom Becker: q1 is not his
        assert app.reader.state.quote is None
        await pilot.press("escape")  # the actor filter goes
        assert app.reader.state.actor is None
        await pilot.press("right_square_bracket", "escape")  # then the quote mark goes
        assert app.reader.state.quote is None and current_paragraph(app) is None


async def test_clicking_a_tab_in_the_narrow_layout_shows_that_pane():
    app = fixture_app()
    async with app.run_test(size=(80, 30)) as pilot:
        await ready(app, pilot)
        assert await pilot.click("#tab-positions")
        await pilot.pause()
        assert app.query_one(PositionPane).display
        assert not app.query_one(ActorPane).display


async def test_a_pane_reports_the_readers_moves_and_never_echoes_the_screens_selections():
    """The one rule for the pane echo: `]`, a click in the article or Esc select through the
    screen, which tells the pane quietly; only the reader moving a pane's cursor is reported."""
    reported: list[tuple[str | None, str | None]] = []

    def hook(message: object) -> None:
        if isinstance(message, ItemHighlighted):
            reported.append((message.pane.id, message.item_id))

    app = fixture_app()
    async with app.run_test(size=(140, 40), message_hook=hook) as pilot:
        await ready(app, pilot)
        quotes, actors = app.query_one(QuotePane), app.query_one(ActorPane)
        await pilot.press(*["right_square_bracket"] * 3)  # queued together, as a held key
        await pilot.pause()
        assert app.reader.state.quote == "q3" and quotes.current_id == "q3"
        offset = text_cell(app, ACTOR["a1"].mentions[0].start, 2)
        assert await pilot.click(ArticleView, offset=offset)  # "Ana Ruiz"
        await pilot.pause()
        assert app.reader.state.actor == "a1" and actors.current_id == "a1"
        await pilot.press("escape")  # the actor filter goes, and the actor cursor with it
        assert app.reader.state.actor is None and actors.current_id is None
        assert reported == []
        # The reader's own move in the quotes pane is reported (once per node it passes).
        await pilot.press("right_square_bracket")  # q1, selected by the screen: quiet
        quotes.focus()
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert set(reported) == {("quotes", "q2")}
        assert app.reader.state.quote == "q2"
