"""Reported speech: where one report ends and the speaker's next act begins, and clauses the
parser hangs on the cue in unusual ways. One text of our own per rule, with its near miss."""

from __future__ import annotations

from tests.core.quotes.test_reported_recall import reported


def test_a_verb_of_saying_in_a_clause_of_time_is_a_report_of_its_own(nlp):
    text = "Okafor said the bridge was safe before adding that repairs would start soon."
    found = reported(nlp, text)
    assert ("the bridge was safe", "Okafor") in found
    assert not any("adding" in content for content, _ in found)


def test_a_clause_of_time_that_is_no_report_stays_in_the_content(nlp):
    # near miss: "before the storm" is when the bridge was safe, said by Okafor
    text = "Okafor said the bridge was safe before the storm hit the coast."
    assert reported(nlp, text) == [("the bridge was safe before the storm hit the coast", "Okafor")]


def test_a_participle_after_a_closing_quote_is_the_speakers_gesture(nlp):
    text = "The senators argue that “the rules were broken,” citing a case from last year."
    found = reported(nlp, text)
    assert found[0] == ("the rules were broken,”", "The senators")


def test_a_participle_inside_the_quoted_words_stays(nlp):
    # near miss (of both participle rules): no comma before it, it belongs to what was said
    text = "The senators argue that the rules were broken citing nobody."
    found = reported(nlp, text)
    assert found[0][0].endswith("citing nobody")


def test_a_reported_clause_the_parser_hangs_as_an_adverbial_is_what_was_said(nlp):
    text = "Okafor said after the meeting she would not accept the offer."
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0].endswith("she would not accept the offer")
    assert found[0][1] == "Okafor"


def test_a_linked_adverbial_clause_is_not_what_was_said(nlp):
    # near miss: "because" links the clause to the saying; it is the reporter's reason
    text = "Okafor said nothing because she was tired."
    assert not any("she was tired" in content for content, _ in reported(nlp, text))


def test_a_participle_set_off_after_the_content_is_the_reporters_gloss(nlp):
    text = "Okafor said the city will raise the tax on land, reversing a promise it made in May."
    assert reported(nlp, text) == [("the city will raise the tax on land", "Okafor")]
