"""Reported speech: what goes on with a noun content (issue 14, session 7). One text of our own
per rule and a near miss that must stay as it is."""

from __future__ import annotations

from tests.core.quotes.test_reported_bounds import contents


def test_what_the_object_is_taken_for_goes_with_it(nlp):
    # the parser hangs the "as" on the verb, not on the object
    assert contents(nlp, "The mayor dismissed the report as a smear.") == ["the report as a smear"]
    text = "Halvorsen cited the drought as the reason for the cuts."
    assert contents(nlp, text) == ["the drought as the reason for the cuts"]


def test_a_phrase_that_goes_on_with_the_object_is_kept(nlp):
    text = "The council announced the deal with the ferry unions."
    assert contents(nlp, text) == ["the deal with the ferry unions"]
    assert contents(nlp, "Reyes endorsed Ines Halvorsen for governor.") == [
        "Ines Halvorsen for governor"
    ]


def test_a_phrase_that_tells_of_the_act_stays_out(nlp):
    # near miss: when, where and in spite of what it was said are the reporter's
    text = "Halvorsen denied the charges in an interview on Monday."
    assert contents(nlp, text) == ["the charges"]
    text = "Halvorsen praised the budget despite its cuts to the ferry service."
    assert contents(nlp, text) == ["the budget"]
