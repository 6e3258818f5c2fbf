"""Attitude nouns whose named holder is enough ("Brazil's hostility", "the priority of Kenya",
"without Mexico approval"): the holder stands where the noun says, with or without an object;
each with a near miss that stays silent (no holder, a pronoun, a question). Texts of our own."""

from __future__ import annotations

from tests.core.positions.test_attitudes import stances


def test_a_named_holders_hostility_or_support_needs_no_object(nlp):
    assert stances(nlp, "The border clash revealed Brazil's hostility.") == [("Brazil", "oppose")]
    assert stances(nlp, "The reform passed with the support from Kenya.") == [("Kenya", "support")]


def test_without_a_named_holder_the_noun_is_silent(nlp):
    assert stances(nlp, "The border clash revealed deep hostility.") == []
    assert stances(nlp, "Did the border clash reveal Brazil's hostility?") == []


def test_the_of_phrase_names_whose_priority_it_is(nlp):
    text = "Cheaper fuel is the first priority of Kenya this year."
    assert stances(nlp, text) == [("Kenya", "support")]
    assert stances(nlp, "Cheaper fuel is the first priority of the plan this year.") == []


def test_a_name_before_approval_holds_it(nlp):
    text = "Without Mexico approval, the dam cannot be built."
    assert stances(nlp, text) == [("Mexico", "support")]
    assert stances(nlp, "Without approval, the dam near Mexico cannot be built.") == []


def test_a_named_goal_is_its_holders_intention(nlp):
    assert stances(nlp, "Kenya's goal is to cut fuel taxes.") == [("Kenya", "support")]
    text = "The aim of the Peru government is to cut fuel taxes."
    assert stances(nlp, text) == [("Peru", "support")]


def test_a_goal_of_no_one_named_or_asked_about_is_silent(nlp):
    assert stances(nlp, "The goal of the plan is to cut fuel taxes.") == []
    assert stances(nlp, "Is the aim of the Peru government to cut fuel taxes?") == []
