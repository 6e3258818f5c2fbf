"""Acclaim: touting, trumpeting or lauding something (CAMEO 051, with praise and hail)
is support of it; a thing that does the touting (a leaflet) holds no position. Short texts of
our own, through the whole analysis."""

from __future__ import annotations

import pytest

from tests.core.positions.test_statements import stances


@pytest.mark.parametrize("verb", ["touted", "trumpeted", "lauded"])
def test_acclaiming_something_is_support(nlp, verb):
    found = stances(nlp, f"Senator Ilse Varga {verb} the new Tarnow ferry line on Monday.")
    assert [(who, p) for who, p, _ in found] == [("Ilse Varga", "support")], found
    assert "ferry" in (found[0][2] or "")


def test_a_leaflet_that_touts_holds_no_position(nlp):
    assert stances(nlp, "A glossy leaflet touted the new Tarnow ferry line.") == []
