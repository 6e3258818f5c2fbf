"""Predicate adjectives of feeling and intent beyond the common ones ("desperate to", "inclined
to", "sorry about", "bitter over"): the copula's subject holds them; near misses where no one
named feels them (a state of things, a question). Texts of our own."""

from __future__ import annotations

from tests.core.positions.test_attitudes import stances


def test_desperate_or_inclined_to_act_is_intent(nlp):
    assert stances(nlp, "Chile is desperate to sign the fishing deal.") == [("Chile", "support")]
    assert stances(nlp, "Kenya seems inclined to reopen the border.") == [("Kenya", "support")]


def test_sorry_or_bitter_about_something_is_against_it(nlp):
    assert stances(nlp, "Peru is sorry about the delay of the vote.") == [("Peru", "oppose")]
    assert stances(nlp, "Japan remains bitter over the tariff ruling.") == [("Japan", "oppose")]


def test_a_desperate_state_or_a_question_is_no_feeling(nlp):
    assert stances(nlp, "The harvest in Chile is desperate this year.") == []
    assert stances(nlp, "Is Peru sorry about the delay of the vote?") == []


def test_baffled_at_something_is_a_view_without_a_side(nlp):
    assert stances(nlp, "Norway is baffled at the sudden fuel tax.") == [("Norway", "neutral")]
    assert stances(nlp, "Norway is baffled.") == []  # at nothing said
