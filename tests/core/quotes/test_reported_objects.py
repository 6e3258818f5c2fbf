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


def test_a_warning_to_do_something_is_the_whole_request(nlp):
    text = "The coach warned the players not to talk to the press."
    assert contents(nlp, text) == ["the players not to talk to the press"]
    text = "Halvorsen reminded voters to bring their ballots early."
    assert contents(nlp, text) == ["voters to bring their ballots early"]


def test_a_warning_without_an_infinitive_keeps_its_object(nlp):
    # near miss: no infinitive, so no request; the one warned is all the content there is
    assert contents(nlp, "The coach warned the players on Monday.") == ["the players"]


def test_a_clause_whose_subject_was_read_as_the_object_is_whole(nlp):
    # the parser takes the clause's subject for the cue's object and hangs its verb on the cue
    text = "Okafor promised the new bridge would be finished by spring."
    assert contents(nlp, text) == ["the new bridge would be finished by spring"]
    text = "The minister indicated 40 extra nurses would be enough to reopen the ward."
    assert contents(nlp, text) == ["40 extra nurses would be enough to reopen the ward"]


def test_an_object_with_an_infinitive_or_participle_after_it_stays(nlp):
    # near miss: no finite verb after the object, so it is no clause's subject
    assert contents(nlp, "Okafor praised the council, hoping for a deal.") == ["the council"]


def test_a_reason_after_what_is_said_of_the_object_is_given_with_it(nlp):
    text = "Okafor described the levy as unfair because renters would end up paying it."
    assert contents(nlp, text) == ["the levy as unfair because renters would end up paying it"]
    text = "Okafor called the levy “a tax on the poor” because renters would end up paying it."
    assert "the levy “a tax on the poor” because renters would end up paying it" in contents(
        nlp, text
    )


def test_a_reason_in_a_clause_of_its_own_stays_out(nlp):
    # near miss: the "because" belongs to a joined clause of the reporter's
    text = "Okafor described the levy as unfair, and the renters left because the hall was cold."
    assert contents(nlp, text) == ["the levy as unfair"]
