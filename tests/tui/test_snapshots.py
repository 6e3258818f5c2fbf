"""Snapshots of the wide and narrow layouts, from the fixed fixture analysis (deterministic).

Update after a deliberate change with `pytest tests/test_snapshots.py --snapshot-update`, then
look at the SVGs in tests/__snapshots__.
"""

from __future__ import annotations

from tests.support.tui_helpers import fixture_app


def _after(*keys: str):
    async def run_before(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
        await pilot.pause()

    return run_before


def test_wide_on_a_quote(snap_compare):
    # Quotes pane, second quote: the article shows it marked, in its speaker's colour.
    assert snap_compare(
        fixture_app(), terminal_size=(140, 36), run_before=_after("tab", "tab", "j", "j")
    )


def test_wide_with_an_actor_selected(snap_compare):
    # Tom Becker: his mentions marked, the quote and position panes filtered to him.
    assert snap_compare(fixture_app(), terminal_size=(140, 36), run_before=_after("tab", "j", "j"))


def test_narrow_on_a_quote(snap_compare):
    # Under 100 columns: the panes go under the article, one at a time behind tabs.
    assert snap_compare(
        fixture_app(), terminal_size=(80, 32), run_before=_after("tab", "tab", "j", "j", "j")
    )


def test_help_screen(snap_compare):
    assert snap_compare(fixture_app(), terminal_size=(100, 34), run_before=_after("question_mark"))


def test_wide_on_a_position(snap_compare):
    # Positions pane: grouped by actor, sign and count; Enter went to the second statement of
    # Ana Ruiz's position, marked in the article, the first one lighter.
    assert snap_compare(
        fixture_app(), terminal_size=(140, 36), run_before=_after("tab", "tab", "tab", "j", "enter")
    )
