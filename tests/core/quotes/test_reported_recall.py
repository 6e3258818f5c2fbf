"""Reported speech the cue scan used to miss: speakers the parser puts out of the cue verb's
reach, and cues it reads in an odd way. One text of our own per rule, with its near miss."""

from __future__ import annotations

from core.quotes.find import find_quotes
from tests.core.quotes import test_reported_content as content


def reported(nlp, text: str) -> list[tuple[str, str]]:
    """(content, speaker words) of each reported statement in `text`."""
    return content.reported(content.quotes_of(nlp, text))


def test_an_infinitive_of_saying_on_an_adjective_speaks_for_the_copulas_subject(nlp):
    found = reported(nlp, "Mayor Okafor was quick to say that the bridge would reopen in May.")
    assert found == [("the bridge would reopen in May", "Okafor")]
    text = "The council members were more likely to say the levy had grown too fast."
    found = reported(nlp, text)
    assert found == [("the levy had grown too fast", "The council members")]


def test_an_empty_it_before_an_infinitive_of_saying_is_the_writers_voice(nlp):
    # near miss: "it is fair to say" names no one who says it
    assert reported(nlp, "It is fair to say that the bridge was badly built.") == []
    assert reported(nlp, "It is important to note that ferries never ran on Sundays.") == []


def test_a_headline_name_the_article_names_elsewhere_speaks_before_its_colon(nlp):
    # the small model tags no entity in "Okafor:", but the article names Grace Okafor later
    text = (
        "Okafor: The levy must go before the winter.\n\n"
        "The council met on Monday. Grace Okafor, who leads the opposition, spoke first."
    )
    assert ("The levy must go before the winter", "Okafor") in reported(nlp, text)


def test_a_label_before_a_colon_is_no_speaker(nlp):
    # near miss: "Update" is no one the article names
    text = (
        "Update: The levy must go before the winter.\n\n"
        "The council met on Monday. Grace Okafor, who leads the opposition, spoke first."
    )
    assert not any("levy" in content for content, _ in reported(nlp, text))


def _misread(nlp, words, pos, deps, heads):
    from spacy.tokens import Doc

    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * (len(words) - 2) + [False, False],
        pos=pos,
        deps=deps,
        heads=heads,
    )
    return content.reported(find_quotes(doc, ()))


def test_a_verb_of_saying_the_tagger_read_as_a_plural_noun_is_still_the_cue(nlp):
    # "Okafor claims that the levy is unfair.": the tagger takes "claims" for a noun, the root
    # of the sentence, with the name as its modifier; the clause still hangs on it
    found = _misread(
        nlp,
        ["Okafor", "claims", "that", "the", "levy", "is", "unfair", "."],
        ["PROPN", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        ["compound", "ROOT", "mark", "det", "nsubj", "ccomp", "acomp", "punct"],
        [1, 1, 5, 4, 5, 1, 5, 1],
    )
    assert found == [("the levy is unfair", "Okafor")]


def test_a_plural_noun_with_a_determiner_is_no_cue(nlp):
    # near miss: "The claims that the levy is unfair" are a noun phrase, no one's statement
    found = _misread(
        nlp,
        ["The", "claims", "that", "the", "levy", "is", "unfair", "."],
        ["DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        ["det", "ROOT", "mark", "det", "nsubj", "ccomp", "acomp", "punct"],
        [1, 1, 5, 4, 5, 1, 5, 1],
    )
    assert found == []


def test_a_sentence_case_headline_reports_what_its_named_speaker_says(nlp):
    # the small model reads "pledges" as a noun here; the line is still Lund's pledge
    text = "Lund pledges quick repairs on storm-hit bridge\n\nTransport minister Tove Lund spoke."
    assert reported(nlp, text) == [("quick repairs on storm-hit bridge", "Lund")]


def test_a_sentence_case_headline_ends_its_claim_at_a_comma(nlp):
    text = "Lund pledges quick repairs, visits flooded towns\n\nTransport minister Tove Lund spoke."
    assert reported(nlp, text) == [("quick repairs", "Lund")]


def test_a_sentence_case_headline_whose_subject_names_no_one_is_silent(nlp):
    # near miss: rain is no speaker, and "calls off" no saying
    text = "Rain calls off the final in Lagos\n\nGrace Okafor, who leads the league, spoke."
    assert reported(nlp, text) == []


def test_a_reported_clause_the_parser_made_the_root_is_still_the_cues(nlp):
    text = (
        "Okafor continues to insist, again last week on a call-in show with the local paper, "
        "that the levy is fair."
    )
    assert reported(nlp, text) == [("the levy is fair", "Okafor")]


def test_a_cue_set_inside_the_clause_it_reports_is_read_as_before(nlp):
    # near miss: the clause's subject comes before the cue; and a date is no content
    assert reported(nlp, "The levy, Okafor insisted on Monday, is fair.") == []


def test_a_date_after_a_cue_says_when_not_what(nlp):
    assert reported(nlp, "Okafor campaigned Wednesday in the north.") == []
    # near miss: what she campaigned for is a stance
    found = reported(nlp, "Okafor campaigned Wednesday for a lower levy.")
    assert [content for content, _ in found] == ["a lower levy"]


def test_what_someone_finds_as_a_thing_is_no_report(nlp):
    assert reported(nlp, "The two parties found common ground on the levy.") == []
    assert reported(nlp, "Farmers have found ways to avoid the levy.") == []


def test_what_a_study_finds_is_a_finding(nlp):
    # near miss: a review finds its object as a finding, and "found that" reports anywhere
    found = reported(nlp, "The review found gaps in the port's accounts.")
    assert [content for content, _ in found] == ["gaps in the port's accounts"]
    found = reported(nlp, "The farmers found that the levy was unfair.")
    assert found == [("the levy was unfair", "The farmers")]


def test_what_is_supposed_to_happen_is_no_ones_view(nlp):
    assert reported(nlp, "The new ferry is supposed to start service in May.") == []


def test_what_is_expected_to_happen_is_still_stated(nlp):
    # near miss: "is expected to" states the whole clause, as before
    found = reported(nlp, "The new ferry is expected to start service in May.")
    assert [content for content, _ in found] == [
        "The new ferry is expected to start service in May"
    ]


def test_a_statement_read_as_a_second_subject_of_a_closing_cue_is_what_was_said(nlp):
    # the small model reads "struggle" as a noun and makes the whole statement a subject of
    # "said", beside "Lund"
    text = (
        "Ines Lund spoke in Leeds on Monday.\n\n"
        "Those who take on heavy debt struggle, even with a steady job, Lund said."
    )
    found = reported(nlp, text)
    assert ("Those who take on heavy debt struggle, even with a steady job", "Lund") in found


def test_a_second_subject_without_a_verb_is_no_statement(nlp):
    # near miss: a dateline before the cue parses as a second subject, but states nothing
    found = _misread(
        nlp,
        ["LEEDS", ",", "Lund", "said", "."],
        ["PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
        ["nsubj", "punct", "nsubj", "ROOT", "punct"],
        [3, 3, 3, 3, 3],
    )
    assert found == []


def test_say_read_as_a_noun_after_a_share_is_the_shares_statement(nlp):
    # the small model reads "say" in "One in five say" as a noun in a prepositional phrase
    found = reported(nlp, "One in five say that will not happen.")
    assert found == [("that will not happen", "One in five")]


def test_a_say_in_a_plan_is_no_statement(nlp):
    # near miss: "a say" after a share's words is a noun, with no clause after it
    assert reported(nlp, "Residents want a say in the plan that will matter.") == []
    assert reported(nlp, "One in five got a say in the plan that will matter.") == []
