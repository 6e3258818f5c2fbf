"""Naming in a verbless clause: declaring or taking something to be good or bad ("declared the
vote credible", "considers the enclave a renegade province") is a stance on it, by the name's
valence; a clause with a verb ("declared that ...") or a name that judges nothing stays silent.
Short texts of our own, through the whole analysis."""

from __future__ import annotations

import pytest

from tests.core.positions.test_statements import stances


@pytest.mark.parametrize(
    ("text", "polarity", "topic"),
    [
        ('The observers of the Velmar League declared the ballot "credible".', "support", "ballot"),
        ("Senator Ilse Varga considers Tarnow a renegade province.", "oppose", "Tarnow"),
        ('Ilse Varga termed the referendum "exemplary".', "support", "referendum"),
    ],
)
def test_naming_in_a_verbless_clause_is_a_stance(nlp, text, polarity, topic):
    found = [(p, t) for _, p, t in stances(nlp, text)]
    assert any(p == polarity and topic in (t or "") for p, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ilse Varga considers Tarnow a coastal province.",  # a name that judges nothing
        "Ilse Varga declared the session open.",  # a state, not a verdict
    ],
)
def test_a_name_that_judges_nothing_stays_silent(nlp, text):
    assert stances(nlp, text) == []
