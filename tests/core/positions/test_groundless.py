"""An act denied any ground ("there is no reason to ...", "have no right to ...") is argued
against. Near misses that stay silent: a ground denied without an act, a question, the same
words as another actor's view. Short texts of our own, through the whole analysis."""

from __future__ import annotations

import pytest

from tests.core.positions.test_argued import positions


@pytest.mark.parametrize(
    ("text", "about"),
    [
        (
            '"There is no reason to close the harbour at Oskarby," Mara Lindqvist said.',
            "close the harbour at Oskarby",
        ),
        (
            '"The Dunmore traders have no right to speak for our island," Mara Lindqvist said.',
            "speak for our island",
        ),
    ],
)
def test_an_act_denied_any_ground_is_opposed(nlp, text, about):
    assert positions(nlp, text) == [("Mara Lindqvist", "oppose", about)]


@pytest.mark.parametrize(
    "text",
    [
        '"No reason was given for the closure of the harbour," Mara Lindqvist said.',
        '"Is there no reason to close the harbour at Oskarby?" Mara Lindqvist asked.',
        '"The council says there is no reason to close the harbour," Mara Lindqvist said.',
    ],
)
def test_no_act_a_question_or_another_view_stays_silent(nlp, text):
    assert positions(nlp, text) == []
