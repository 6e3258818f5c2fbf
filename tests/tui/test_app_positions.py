"""The positions pane under Pilot: grouped by actor, then topic, with sign and count; Enter and n
step through a position's evidence; the actors pane shows each actor's stances in one line."""

from __future__ import annotations

from tests.support.screen import screen_text
from tests.support.tui_fixture import fixture_analysis
from tests.support.tui_helpers import fixture_app, ready, styles_at
from tui.widgets.panes import ActorPane, PositionPane

A = fixture_analysis()
P1 = next(p for p in A.positions if p.id == "p1")


async def test_positions_are_grouped_under_each_actor_with_sign_and_count():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        pane = app.query_one(PositionPane)
        rows = [pane.get_option_at_index(i) for i in range(pane.option_count)]
        assert [(o.id, o.disabled) for o in rows] == [
            ("actor:a1", True),
            ("p1", False),
            ("actor:a2", True),
            ("p2", False),
            ("actor:a3", True),
            ("p3", False),
        ]
        first = str(rows[1].prompt)
        assert first.startswith(" + for the ferry line  ×2")  # two statements
        assert str(rows[3].prompt).startswith(" − against the ferry line")
        assert "×" not in str(rows[3].prompt)  # one statement: no count
        assert pane.border_subtitle == "3"  # headings are not counted


async def test_enter_and_n_go_through_a_positions_evidence_in_turn():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab", "tab", "tab", "j")  # the heading is skipped: on p1
        assert isinstance(app.focused, PositionPane)
        assert app.reader.state.position == "p1"
        first, second = P1.evidence
        assert app.reader.cursor == first.start
        await pilot.press("enter")
        assert isinstance(app.focused, PositionPane)  # Enter steps, the pane keeps the focus
        assert (app.reader.state.evidence, app.reader.cursor) == (1, second.start)
        assert any("bold underline" in s for s in styles_at(app, second.start))
        assert not any("bold underline" in s for s in styles_at(app, first.start))
        await pilot.press("n")  # and round again
        assert (app.reader.state.evidence, app.reader.cursor) == (0, first.start)
        await pilot.press("N")
        assert app.reader.cursor == second.start


async def test_a_position_with_one_piece_of_evidence_stays_there_on_n():
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab", "tab", "tab", "j", "j")
        assert app.reader.state.position == "p2"
        start = app.reader.cursor
        await pilot.press("n")
        assert app.reader.cursor == start


async def test_the_actors_pane_shows_each_actors_stances_in_one_line():
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        pane = app.query_one(ActorPane)
        labels = {pane.get_option_at_index(i).id: str(pane.get_option_at_index(i).prompt)
                  for i in range(pane.option_count)}  # fmt: skip
        assert labels["a1"].endswith("\n  for: the ferry line")
        assert labels["a3"].endswith("\n  against: a route through the reserve")
        assert "\n" not in labels["a4"]  # the council takes no position here
        assert "for: the ferry line" in screen_text(app)
