"""How a position's stance reads in the reader and the Markdown export (tui/stance.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.export import stance_phrase, to_markdown
from tests.support.tui_fixture import fixture_analysis
from tests.support.tui_helpers import fixture_app, ready
from tui.widgets.panes import PositionPane


@pytest.mark.parametrize(
    ("polarity", "topic", "reads"),
    [
        ("support", "peace talks", "for peace talks"),
        ("oppose", "the new tax", "against the new tax"),
        ("neutral", "the vote", "neutral on the vote"),
        ("neutral", "neutrality in Ukraine conflict", "neutral in Ukraine conflict"),
        ("neutral", "Neutrality on the dispute", "neutral on the dispute"),
        ("neutral", "neutrality", "neutral"),
        ("neutral", "impartiality in the talks", "impartial in the talks"),
        ("neutral", None, "neutral"),
        ("neutral", "  ", "neutral"),
        ("support", "neutrality", "for neutrality"),  # only a neutral stance is folded
        ("oppose", "", "oppose"),
        ("neutral", "neutral  parties", "neutral parties"),
    ],
)
def test_stance_phrases(polarity, topic, reads):
    assert stance_phrase(polarity, topic) == reads


def _with_neutral_position():
    a = fixture_analysis()
    p = replace(a.positions[0], polarity="neutral", topic="neutrality in the ferry dispute")
    return replace(a, positions=(p, *a.positions[1:]))


def test_a_neutral_position_reads_once_in_the_markdown_export():
    md = to_markdown(_with_neutral_position())
    assert "- neutral in the ferry dispute, 2 statements: " in md
    assert "neutral on neutrality" not in md


async def test_a_neutral_position_reads_once_in_the_positions_pane():
    analysis = _with_neutral_position()
    app = fixture_app(analysis)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        pane = app.query_one(PositionPane)
        assert pane.get_option_at_index(0).disabled  # Ana Ruiz's heading
        label = str(pane.get_option_at_index(1).prompt)
        assert label.startswith(" = neutral in the ferry dispute")
        assert "neutral on neutrality" not in label
