"""core.quotes.attribution: the one answer to "who states this clause?"."""

from __future__ import annotations

from core.quotes.attribution import misread_cue, speaker_token, statement_cues
from tests.core.quotes.test_reported_cues import reported


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _stated(nlp, text, word):
    doc = nlp(text)
    return [
        (c.verb.text, doc.text[c.speaker_start : c.speaker_end])
        for c in statement_cues(_tok(doc, word))
    ]


def test_the_subject_of_a_verb_of_saying_states_its_clause(nlp):
    assert _stated(nlp, "The mayor said that the city should build more housing.", "build") == [
        ("said", "The mayor")
    ]


def test_according_to_names_who_states_the_clause(nlp):
    found = _stated(nlp, "According to the union, the plant should stay open.", "stay")
    assert found[0] == ("According", "the union")


def test_reported_as_saying_is_the_quoted_person_not_the_channel(nlp):
    found = _stated(nlp, "State radio reported the minister as saying talks must resume.", "resume")
    assert found[0][1] == "the minister"


def test_the_nearest_statement_comes_first(nlp):
    text = "The senator thinks the plan is sound and is determined that voters must decide."
    found = _stated(nlp, text, "decide")
    assert found[-1] == ("thinks", "The senator")


def test_a_clause_nobody_states_has_no_answer(nlp):
    assert _stated(nlp, "The city should build more housing.", "build") == []


def test_a_speech_word_the_tagger_takes_for_a_noun(nlp):
    doc = nlp("“Talks must resume,” the paper read.")
    read = _tok(doc, "read")
    assert read.pos_ == "NOUN"  # the small model's misreading this rule is for
    cue = misread_cue(read)
    assert cue is not None and doc.text[cue.speaker_start : cue.speaker_end] == "the paper"
    # a speech noun with more words after it is no cue
    assert misread_cue(_tok(nlp("The report said little."), "report")) is None


def test_a_past_tense_verb_of_saying_read_as_a_modifier_has_its_noun_for_subject(nlp):
    # the parser hangs "called" on "coalition" as if it described it; the tagger still reads
    # a past tense, and nothing follows the phrase but the next clause
    doc = nlp(
        "Days before the vote, a coalition of teachers called for a strike, and the union"
        " backed it."
    )
    assert speaker_token(_tok(doc, "called")).text == "coalition"


def test_a_participle_that_describes_its_noun_names_no_speaker(nlp):
    # near miss: the noun goes on to its own verb, so "called for in the treaty" describes it
    doc = nlp("The reforms called for in the treaty were never made.")
    assert _tok(doc, "called").dep_ == "acl"
    assert speaker_token(_tok(doc, "called")) is None


def test_a_past_tense_read_as_a_participle_with_an_object_has_its_noun_for_subject(nlp):
    # the tagger reads "called" as VBN and the parser hangs it on "group"; a participle that
    # only describes its noun takes no object of its own
    doc = nlp("The mayors’ group called Lund’s plan “a disgrace.”")
    called = _tok(doc, "called")
    assert (called.tag_, called.dep_) == ("VBN", "acl")
    assert speaker_token(called).text == "group"


def test_a_participle_that_names_its_noun_has_no_speaker(nlp):
    # near miss: "called Future Harbour" names the group, which goes on to a verb of its own
    doc = nlp("A group called Future Harbour ran ads.")
    assert speaker_token(_tok(doc, "called")) is None


def test_an_occasion_taken_to_speak_is_its_takers(nlp):
    # "saying" hangs on "of", "of" on "point", the object of "made": the one who made the point
    doc = nlp("And he made a point of saying the club was a place of solidarity.")
    assert speaker_token(_tok(doc, "saying")).text == "he"
    doc = nlp("Okafor took the opportunity to say the levy would go.")
    assert speaker_token(_tok(doc, "say")).text == "Okafor"


def test_an_occasion_given_to_someone_else_is_not_the_givers(nlp):
    # near miss: the opportunity is Lund's, a second object; who used it is not said
    doc = nlp("Okafor gave Lund the opportunity to say the levy would go.")
    assert speaker_token(_tok(doc, "say")) is None


def test_according_to_a_document_by_someone_names_its_author(nlp):
    found = _stated(
        nlp, "Turnout rose, according to an analysis by the Pew Research Center.", "rose"
    )
    assert found[0] == ("according", "the Pew Research Center")
    found = _stated(
        nlp, "Turnout rose, according to interviews with a dozen party leaders.", "rose"
    )
    assert found[0] == ("according", "a dozen party leaders")


def test_according_to_a_document_from_a_place_stays_the_documents(nlp):
    # near miss: "from Moscow" says where the report came from, not who wrote it
    found = _stated(nlp, "Turnout rose, according to a report from Moscow.", "rose")
    assert found[0] == ("according", "a report")


def test_an_act_set_apart_by_aside_from_is_the_clause_subjects(nlp):
    doc = nlp("Lund offered few ideas aside from stating that the council should not profit.")
    assert speaker_token(_tok(doc, "stating")).text == "Lund"
    # near miss: no verb of saying, no report
    assert (
        reported(nlp, "Lund offered few ideas aside from cutting the fares that the council set.")
        == []
    )


def test_the_maker_of_a_pitch_speaks_for_the_participle_the_parser_gave_it(nlp):
    # the parser takes "a pitch" for the subject of "saying"
    doc = nlp(
        "Okafor is making a pitch to farmers saying a state law banning imports is hurting"
        " the economy."
    )
    assert speaker_token(_tok(doc, "saying")).text == "Okafor"
    # near miss: someone's tweet inside what was said stays the tweet's, not the reporter's
    doc = nlp("Okafor said Lund's tweet saying the fares would rise was wrong.")
    assert speaker_token(_tok(doc, "saying")).text != "Okafor"


def test_a_share_set_off_before_a_cue_without_a_subject_speaks(nlp):
    # the parser hangs "67 percent" on "Among" and leaves "say" with no subject
    found = reported(
        nlp, "Among likely voters, about two-thirds, 67 percent, say they will back Lund."
    )
    assert ("they will back Lund", "about two-thirds, 67 percent") in found


def test_a_count_of_years_before_a_bare_say_is_no_speaker(nlp):
    # near miss: "say" as a hedge after a span of time reports nothing
    assert reported(nlp, "In two years, say, the plan will fail.") == []
