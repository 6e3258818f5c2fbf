"""Every key under Pilot: panes, stepping, search, copy, export, open, help, palette, quit."""

from __future__ import annotations

import json

from textual.command import CommandList
from textual.widgets import Input, Static

from core.model import Analysis
from tests.support.screen import screen_text
from tests.support.tui_fixture import TEXT, fixture_analysis
from tests.support.tui_helpers import fixture_app, notified, ready, styles_at
from tui.app import NewsReaderApp
from tui.highlights import SEARCH_CURRENT_STYLE, SEARCH_STYLE
from tui.screens.help import KEY_HELP, HelpScreen
from tui.screens.open import OpenFileScreen
from tui.screens.prompts import ExportPrompt
from tui.widgets.article import ArticleView
from tui.widgets.panes import ActorPane, PositionPane, QuotePane

A = fixture_analysis()


async def test_tab_and_shift_tab_cycle_the_panes_wide():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(type(app.focused))
        assert seen == [ActorPane, QuotePane, PositionPane, ArticleView]
        await pilot.press("shift+tab")
        assert isinstance(app.focused, PositionPane)


async def test_narrow_layout_puts_one_pane_under_the_article_and_tab_switches_it():
    app = fixture_app()
    async with app.run_test(size=(80, 30)) as pilot:
        await ready(app, pilot)
        assert app.reader.narrow
        article, actors = app.query_one(ArticleView), app.query_one(ActorPane)
        assert actors.region.y > article.region.y  # below, not beside
        assert actors.display and not app.query_one(QuotePane).display
        await pilot.press("tab", "tab")
        quotes = app.query_one(QuotePane)
        assert app.focused is quotes and quotes.display and not actors.display
        assert "Quotes" in screen_text(app)
        await pilot.press("shift+tab")
        assert app.focused is actors and actors.display
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        assert not app.reader.narrow
        assert all(p.display for p in app.query("AnalysisPane"))


async def test_j_and_k_scroll_the_article():
    app = fixture_app()
    async with app.run_test(size=(140, 20)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        assert app.focused is view
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2


async def test_n_and_shift_n_step_through_the_selected_actors_mentions():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab", "j")  # Ana Ruiz: mentions at three places
        starts = [m.start for m in A.actor("a1").mentions]
        assert app.reader.cursor == starts[0]
        await pilot.press("n")
        assert app.reader.cursor == starts[1]
        await pilot.press("n")
        assert app.reader.cursor == starts[2]
        await pilot.press("n")  # wraps around
        assert app.reader.cursor == starts[0]
        await pilot.press("N")
        assert app.reader.cursor == starts[2]


async def test_n_without_an_actor_or_search_says_what_to_do():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        assert "Select an actor" in notified(app)


async def test_square_brackets_step_through_quotes_from_anywhere():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket")
        assert app.reader.state.quote == "q1"
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.reader.state.quote == "q3"
        await pilot.press("left_square_bracket")
        assert app.reader.state.quote == "q2"
        await pilot.press("left_square_bracket", "left_square_bracket")  # wraps to the last
        assert app.reader.state.quote == "q6"
        assert app.reader.cursor == A.quotes[-1].start


async def test_slash_searches_highlights_matches_and_n_steps_through_them():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        # typing "n" goes into the search, not to the n binding
        await pilot.press(*"harbour", "enter")
        starts = [i for i in range(len(TEXT)) if TEXT.lower().startswith("harbour", i)]
        assert [s for s, _ in app.reader.state.matches] == starts
        assert isinstance(app.focused, ArticleView)
        assert SEARCH_CURRENT_STYLE in styles_at(app, starts[0])
        assert SEARCH_STYLE in styles_at(app, starts[1])
        await pilot.press("n")
        assert app.reader.state.match == 1 and app.reader.cursor == starts[1]
        assert SEARCH_CURRENT_STYLE in styles_at(app, starts[1])
        await pilot.press("N", "N")
        assert app.reader.state.match == len(starts) - 1
        await pilot.press("escape")
        assert app.reader.state.matches == ()
        assert SEARCH_STYLE not in styles_at(app, starts[1])


async def test_a_search_with_no_match_says_so_and_escape_closes_the_bar():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"zebra", "enter")
        await pilot.pause()
        assert app.reader.state.matches == ()
        assert "No match" in notified(app)
        await pilot.press("slash", "escape")
        assert isinstance(app.focused, ArticleView)


async def test_y_copies_the_selected_quote_with_its_speaker_and_saves_a_copy(tmp_path):
    app = fixture_app(copy_dir=tmp_path)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("y")  # no quote yet
        await pilot.pause()
        assert "Move to a quote first" in notified(app)
        await pilot.press("right_square_bracket", "right_square_bracket", "y")
        await pilot.pause()
        expected = "“This ferry will bring the islands closer to the city” — Ana Ruiz"
        assert app.clipboard == expected  # what went out as OSC 52
        saved = tmp_path / "last-copied.txt"
        assert saved.read_text(encoding="utf-8") == expected + "\n"
        assert "last-copied.txt" in notified(app)


async def _export(tmp_path, name: str) -> str:
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportPrompt)
        field = app.screen.query_one(Input)
        field.value = str(tmp_path / name)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportPrompt)
        assert "Exported" in notified(app)
    return (tmp_path / name).read_text(encoding="utf-8")


async def test_e_exports_the_analysis_as_json(tmp_path):
    body = await _export(tmp_path, "out.json")
    assert Analysis.from_dict(json.loads(body)).to_dict() == A.to_dict()


async def test_e_exports_the_analysis_as_markdown(tmp_path):
    body = await _export(tmp_path, "out.md")
    assert body.startswith("# Harbour Town")
    assert "- **Tom Becker** (direct): “It is a costly promise with no timetable”" in body
    assert "\\[bold\\]not\\[/\\]" in body  # Markdown's brackets escaped
    # Positions per actor, each with its stance and claim.
    assert "### Fishermen's Union\n\n- against a route through the reserve: No route" in body
    assert "### Ana Ruiz\n\n- for the ferry line, 2 statements: The ferry line" in body


async def test_export_to_a_folder_that_does_not_exist_is_a_message_not_a_crash(tmp_path):
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        app.screen.query_one(Input).value = str(tmp_path / "no" / "such" / "x.json")
        await pilot.press("enter")
        await pilot.pause()
        assert "Export failed" in notified(app)
        assert app.is_running


async def test_o_opens_another_file_and_analyses_it(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Second story\n\nPeople met in the square today.\n", encoding="utf-8")
    seen = []

    def analyzer(article):
        seen.append(article.source)
        return A if article.text == TEXT else Analysis(article)

    app = NewsReaderApp(A.article, analyzer=analyzer)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("o")
        assert isinstance(app.screen, OpenFileScreen)
        app.screen.query_one(Input).value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OpenFileScreen)  # still asking
        assert "no such file" in str(app.screen.query_one(".error", Static).render())
        app.screen.query_one(Input).value = str(other)
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.article.source == str(other)
        assert "People met in the square today." in screen_text(app)
        assert "Harbour Town, Monday" not in screen_text(app)
        assert seen == [A.article.source, str(other)]
        assert app.query_one(ActorPane).option_count == 1  # "(none found)"
        assert app.sub_title == "Second story"


async def test_o_then_escape_cancels():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("o", "escape")
        assert not isinstance(app.screen, OpenFileScreen)
        assert app.article.text == TEXT


async def test_question_mark_shows_every_key_and_closes():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for _, keys, _ in KEY_HELP:
            assert keys in shown
        await pilot.press("question_mark")
        assert not isinstance(app.screen, HelpScreen)


async def test_footer_shows_the_main_keys():
    app = fixture_app()
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(app, pilot)
        footer = screen_text(app).splitlines()[-1]
        for words in ("Quit", "Help", "Search", "Next quote", "Copy", "Export", "Open"):
            assert words in footer


async def test_the_command_palette_offers_every_command_and_themes():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        listed = app.screen.query_one(CommandList)
        titles = {
            listed.get_option_at_index(i).prompt.plain.split("\n")[0]
            for i in range(listed.option_count)
        }
        for title in ("Theme", "Export analysis", "Open article", "Copy quote", "Help: keys"):
            assert title in titles
        await pilot.press(*"export")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportPrompt)


async def test_q_quits_from_the_panes():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab", "q")
        await pilot.pause()
    assert not app.is_running
