"""A statement introduced by a verb of guessing or doubting ("wonders whether the truce will
hold", "speculated that the vote would slip") is a speculation on it: a neutral position. A
question or a denied doubt stays silent. Short texts of our own, through the whole analysis."""

from __future__ import annotations

import pytest

from tests.core.positions.test_statements import stances


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ilse Varga wondered whether the Tarnow truce would hold through the winter.",
        "Ilse Varga speculated that the harbour vote would slip to next spring.",
    ],
)
def test_a_guess_introduced_by_its_verb_is_neutral(nlp, text):
    found = stances(nlp, text)
    assert found and all((who, p) == ("Ilse Varga", "neutral") for who, p, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Did Senator Ilse Varga wonder whether the Tarnow truce would hold?",  # a question
        "Senator Ilse Varga never wondered whether the Tarnow truce would hold.",  # denied
    ],
)
def test_a_questioned_or_denied_guess_stays_silent(nlp, text):
    assert stances(nlp, text) == []


def test_a_statement_hedged_by_an_adverb_is_neutral(nlp):
    text = '"The ferry to Tarnow will probably resume its crossings by May," Ilse Varga said.'
    found = stances(nlp, text)
    assert found and all((who, p) == ("Ilse Varga", "neutral") for who, p, _ in found), found


def test_a_firm_statement_is_no_guess(nlp):
    text = '"The ferry to Tarnow resumes its crossings in May," Ilse Varga said.'
    assert all(p != "neutral" for _, p, _ in stances(nlp, text))
