"""Full garbage collections stay off the key path (tui/heap.py): held back while keys arrive, run
when the reader pauses or after a long held key, and the analysed article is frozen out of them."""

from __future__ import annotations

import gc

from tests.support.tui_helpers import fixture_app, ready
from tui.heap import MAX_HELD, PAUSE_SECONDS


async def test_keys_hold_back_full_collections_until_the_reader_pauses():
    default = gc.get_threshold()
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        assert gc.get_freeze_count() > 0  # the article and its analysis, out of the passes
        await pilot.press("tab", "j")
        held = gc.get_threshold()
        assert held[:2] == default[:2] and held[2] > 10**6  # the young generations go on
        full_passes = gc.get_stats()[2]["collections"]
        await pilot.pause(PAUSE_SECONDS + 0.5)
        assert gc.get_threshold() == default
        assert gc.get_stats()[2]["collections"] > full_passes  # the deferred pass ran


async def test_a_held_key_gets_its_full_collection_after_max_held_keys():
    default = gc.get_threshold()
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        full_passes = gc.get_stats()[2]["collections"]
        for _ in range(MAX_HELD - 1):
            app._calm.key()
        assert gc.get_threshold() != default
        app._calm.key()
        assert gc.get_threshold() == default
        assert gc.get_stats()[2]["collections"] == full_passes + 1


async def test_quitting_with_a_key_leaves_the_collector_as_it_was():
    default = gc.get_threshold()
    app = fixture_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running
    assert gc.get_threshold() == default
