"""An interest in an act and a pledge to act ("has an interest in buying", "voiced interest in
joining", "committed itself, in a letter, to pay"); near misses that name a stake or a deed, not
an intent ("a 20% interest in the firm", "its interests in the region", "committed a crime").
Texts of our own."""

from __future__ import annotations

from tests.core.positions.test_attitudes import stances


def test_an_interest_in_doing_something_is_support(nlp):
    text = "Norway has an interest in buying the gas field."
    assert stances(nlp, text) == [("Norway", "support")]
    text = "Kenya voiced interest in joining the pipeline project."
    assert stances(nlp, text) == [("Kenya", "support")]


def test_a_stake_or_a_rate_is_no_interest(nlp):
    assert stances(nlp, "Norway has a 20% interest in the gas field.") == []
    assert stances(nlp, "Kenya raised interest rates in March.") == []
    assert stances(nlp, "Japan protects its interests in joining the talks.") == []


def test_binding_oneself_to_act_with_an_aside_between(nlp):
    text = "Peru formally committed itself, in a letter, to pay the ticket."
    assert stances(nlp, text) == [("Peru", "support")]
    assert stances(nlp, "Peru committed a grave error, in a letter, to the court.") == []
