"""Argued statements rated only mildly as a whole (VADER compound 0.3 .. 0.4) still argue when
they speak in their speaker's own voice ("I am uncomfortable with how the crew was treated");
one in the same voice but rated below that ("I did not take the ferry on Monday", a report
of the speaker's own day) stays silent. Short texts of our own, through the whole analysis."""

from __future__ import annotations

from core.lexicon.stance import statement_valence
from tests.core.positions.test_argued import positions

MILD = "I am uncomfortable with how the crew of the Tarnow ferry was treated"
WEAK = "I did not take the Tarnow ferry on Monday"


def test_a_mildly_rated_statement_in_the_speakers_voice_argues(nlp):
    assert 0.3 <= abs(statement_valence(MILD)) < 0.4
    found = positions(nlp, f'"{MILD}," Ilse Varga said.')
    assert [(who, p) for who, p, _ in found] == [("Ilse Varga", "oppose")], found


def test_a_weaker_statement_stays_silent(nlp):
    assert abs(statement_valence(WEAK)) < 0.3
    assert positions(nlp, f'"{WEAK}," Ilse Varga said.') == []
