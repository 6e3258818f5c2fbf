"""Statements read without a stance word: a speaker's guess at what may happen, and what a speaker
names something. Each with near misses that stay silent. Short texts of our own, through the
whole analysis."""

from __future__ import annotations

import pytest

# the statements tests' reader: (actor, polarity, topic) of each position, evidence checked
from tests.core.positions.test_statements import stances


@pytest.mark.parametrize(
    "text",
    [
        "Paul Brandt said the council might close the harbour next spring.",
        '"The council could close the harbour next spring," Paul Brandt said.',
    ],
)
def test_a_speakers_guess_at_an_event_is_neutral_on_it(nlp, text):
    [(who, polarity, topic)] = stances(nlp, text)
    assert (who, polarity) == ("Paul Brandt", "neutral") and topic


@pytest.mark.parametrize(
    "text",
    [
        "The council might close the harbour next spring.",  # the writer's guess
        "Paul Brandt asked whether the council might close the harbour.",  # a question
        "Paul Brandt said the council could not close the harbour.",  # a denial
        "Paul Brandt said the vote could be read only as a protest.",  # an insistence
        "Paul Brandt said the council closed the harbour last spring.",  # a fact
    ],
)
def test_no_guess_of_the_speakers_own_is_no_speculation(nlp, text):
    assert [s for s in stances(nlp, text) if s[1] == "neutral"] == []


def test_what_a_relative_clause_names_is_judged_too(nlp):
    # the noun the naming clause describes, and the name itself ("what he described as")
    text = (
        'Funds for the three harbours -- which the Mayor branded as the "axis of greed" in his'
        " speech -- were cut."
    )
    assert stances(nlp, text) == [("the Mayor", "oppose", "three harbours")]
    text = (
        "Paul Brandt said the town must face the floods calmly and set up a"
        ' "flood board" to fight what he described as a "deliberate cruelty to farmers" in'
        " the long term."
    )
    assert ("Paul Brandt", "oppose") in [(s[0], s[1]) for s in stances(nlp, text)]


def test_a_relative_name_that_judges_nothing_is_no_stance(nlp):
    text = 'The council passed the harbour plan, which Paul Brandt called "Project Gull".'
    assert [s for s in stances(nlp, text) if s[0] == "Paul Brandt"] == []


@pytest.mark.parametrize(
    ("text", "topic_word"),
    [
        ("Paul Brandt said the most important issue is the harbour wall.", "harbour wall"),
        ('"The harbour wall is the key issue for the town," Paul Brandt said.', "harbour wall"),
    ],
)
def test_saying_something_is_what_matters_argues_for_it(nlp, text, topic_word):
    [(who, polarity, topic)] = stances(nlp, text)
    assert (who, polarity) == ("Paul Brandt", "support") and topic_word in (topic or "")


@pytest.mark.parametrize(
    "text",
    [
        "The most important issue is the harbour wall.",  # the writer's
        "Paul Brandt said the harbour wall is not the key issue.",  # denied, nothing else named
        "Paul Brandt asked whether the harbour wall was the key issue.",  # a question
    ],
)
def test_what_matters_to_no_speaker_or_denied_or_asked_is_no_stance(nlp, text):
    assert stances(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Paul Brandt said the harbour vote had been legitimate.", "support"),
        ("Paul Brandt said the harbour vote was illegitimate.", "oppose"),
    ],
)
def test_a_verdict_that_vader_leaves_unrated_judges_too(nlp, text, polarity):
    [(who, found, topic)] = stances(nlp, text)
    assert (who, found) == ("Paul Brandt", polarity) and "harbour vote" in (topic or "")


def test_a_vote_held_is_no_verdict(nlp):
    assert stances(nlp, "Paul Brandt said the harbour vote had been held in May.") == []


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Paul Brandt said the harbour vote shows that the town wants the wall.", "support"),
        ('"This means the harbour wall will be built," Paul Brandt said.', "support"),
        ("Paul Brandt said the harbour vote does not mean that the town wants the wall.", "oppose"),
    ],
)
def test_a_fact_said_to_bear_something_out_argues_it(nlp, text, polarity):
    [(who, found, _)] = stances(nlp, text)
    assert (who, found) == ("Paul Brandt", polarity)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour vote shows that the town wants the wall.",  # the writer's
        "Paul Brandt said the harbour tests showed no damage.",  # a finding
        "Paul Brandt said the harbour vote will show that the town wants the wall.",  # a forecast
        "Paul Brandt said the mayor showed that the harbour wall had been built.",  # an act
        "Paul Brandt said the harbour fee was meant to pay for the wall.",  # a purpose
        "Paul Brandt asked whether the harbour vote shows that the town wants the wall.",
    ],
)
def test_a_finding_a_forecast_an_act_or_a_purpose_argues_nothing(nlp, text):
    assert stances(nlp, text) == []
