"""Who speaks, in the formats extractors miss: inverted and mistagged cues, joint speakers, a
signature after a dash, lead-ins that name a person, transcripts. Each rule has a near miss."""

from __future__ import annotations

from core.analyze import analyze_doc
from core.model import Analysis, Article


def analysis_of(nlp, text: str) -> Analysis:
    return analyze_doc(Article(source="t.txt", text=text), nlp(text))


def said(analysis: Analysis, kind: str = "direct") -> list[tuple[str, str, str | None]]:
    """(quote text, speaker words, actor name) of every quote of one kind."""
    names = {a.id: a.name for a in analysis.actors}
    return [
        (
            q.text,
            q.speaker_mention.text if q.speaker_mention else "",
            names.get(q.speaker or ""),
        )
        for q in analysis.quotes
        if q.kind == kind
    ]


def test_an_inverted_bare_verb_with_two_speakers_is_a_quote_of_both(nlp):
    (quote,) = said(analysis_of(nlp, "“We are ready!” reply Okoro and Lund."))
    assert quote[:2] == ("We are ready!", "Okoro and Lund")


def test_a_participle_after_a_quote_is_no_inversion(nlp):
    # "…,” saying the city …": the city is what is talked about, not who talks
    text = "Okafor defended “village fairs,” saying the town preserved the “spirit of the valley.”"
    speakers = {words for _, words, _ in said(analysis_of(nlp, text))}
    assert "the town" not in speakers


def test_a_speaker_after_the_verb_keeps_a_title_the_tagger_misreads(nlp):
    text = (
        "“The committee is wasting everyone's time with this,” said Oversight ranking "
        "Democrat Elena Marsh (D-Ore.)."
    )
    (quote,) = said(analysis_of(nlp, text))
    assert quote[1].endswith("Elena Marsh")


def test_a_noun_phrase_before_a_speech_verb_is_the_speaker(nlp):
    text = "“What if the ferry ran at night?” the 37-year-old asked in the podcast."
    (quote,) = said(analysis_of(nlp, text))
    assert quote[1] == "the 37-year-old"


def test_a_dash_and_a_name_sign_a_quote(nlp):
    text = (
        "The agency voted on Tuesday.\n\n"
        "“This rule protects consumers and we should have passed it years ago.” "
        "— Commissioner Maria Ortiz"
    )
    (quote,) = said(analysis_of(nlp, text))
    assert quote[1:] == ("Commissioner Maria Ortiz", "Maria Ortiz")


def test_a_dash_that_runs_on_signs_nothing(nlp):
    text = (
        "The agency voted.\n\n"
        "“This rule protects consumers and we should have passed it years ago.” — and "
        "then the vote went ahead."
    )
    assert [words for _, words, _ in said(analysis_of(nlp, text))] == [""]


def test_a_lead_in_that_names_a_person_gives_the_speaker(nlp):
    for lead_in in ("From the desk of John Doe, VP Analyst:", "And from Chairwoman John Doe:"):
        text = (
            f"{lead_in}\n\n"
            "“Prices will keep rising through the winter, and we see no relief before spring.”"
        )
        (quote,) = said(analysis_of(nlp, text))
        assert quote[2] == "John Doe", lead_in


def test_a_quoted_transcript_is_one_quote_per_turn_with_its_speaker(nlp):
    text = (
        "A transcript of the interview follows.\n\n"
        '"HARLOW: Will the senator be at the hearing tomorrow, mayor?\n\n'
        '"DUNMORE: She will not be coming to the hearing in the morning, and that is settled.\n\n'
        '"HARLOW: Thank you, Mayor Dunmore.'
    )
    quotes = said(analysis_of(nlp, text))
    assert [(q[0].split()[0], q[1]) for q in quotes] == [
        ("Will", "HARLOW"),
        ("She", "DUNMORE"),
        ("Thank", "HARLOW"),
    ]


def test_a_transcript_label_names_the_person_the_article_names(nlp):
    text = (
        "The minister, Ada Okafor, spoke to the host.\n\n"
        "OKAFOR: We will hold the line on fuel prices this winter."
    )
    (quote,) = said(analysis_of(nlp, text), "indirect")
    assert quote == ("We will hold the line on fuel prices this winter", "OKAFOR", "Ada Okafor")


def test_the_answers_of_an_interview_are_the_interviewees(nlp):
    text = (
        "Ines Lund, the mayor of Leeds, talked to us about the port.\n\n"
        "Q: Will the port close?\nA: Not while I am mayor.\n"
        "Q: Why not?\nA: The town needs the jobs it brings."
    )
    answers = [q for q in said(analysis_of(nlp, text), "indirect") if q[0][0] in "NT"]
    assert answers == [
        ("Not while I am mayor.", "Ines Lund", "Ines Lund"),
        ("The town needs the jobs it brings.", "Ines Lund", "Ines Lund"),
    ]


def test_answers_with_two_people_named_before_them_are_no_ones(nlp):
    # the near miss: the interviewer is named too, so who answers is not assumed
    text = (
        "Mark Okafor asked Ines Lund about the port.\n\n"
        "Q: Will the port close?\nA: Not while I am mayor."
    )
    assert all("mayor" not in q.text for q in analysis_of(nlp, text).quotes)


def test_a_heading_in_capitals_is_no_speaker(nlp):
    text = (
        "UPDATE: The council will meet again on Friday.\n\n"
        "BREAKING: The bridge is closed.\n\nBREAKING: The bridge has reopened."
    )
    assert analysis_of(nlp, text).quotes == ()


def test_a_report_in_a_file_that_opens_with_blank_lines_names_its_speaker_alone(nlp):
    (quote,) = said(
        analysis_of(nlp, "\n\nThe mayor said the bridge would reopen in May."), "indirect"
    )
    assert quote[:2] == ("the bridge would reopen in May", "The mayor")


def test_a_phrasal_verb_of_saying_reports_its_clause(nlp):
    (quote,) = said(
        analysis_of(nlp, "The mayor blurted out that the bridge would reopen in May."), "indirect"
    )
    assert quote[:2] == ("the bridge would reopen in May", "The mayor")


def test_a_joint_mention_names_every_speaker(nlp):
    text = "Okoro and Lund said they were ready. Okoro left first."
    analysis = analysis_of(nlp, text)
    (quote,) = analysis.quotes
    names = {a.id: a.name for a in analysis.actors}
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Okoro and Lund"
    assert [names[i] for i in quote.speakers] == ["Okoro", "Lund"]
    assert quote.to_dict()["speakers"] == list(quote.speakers)


def test_one_speaker_has_no_joint_list(nlp):
    text = "Okoro said the plan and the budget were ready. Okoro left first."
    (quote,) = analysis_of(nlp, text).quotes
    assert quote.speakers == () and "speakers" not in quote.to_dict()


def test_a_quoted_sentence_a_stance_verb_governs_is_its_holders(nlp):
    text = (
        "Ted Okafor, co-founder of the institute, welcomed “the admission that we do not yet have "
        "the boats we need to clear the lake.”"
    )
    (quote,) = said(analysis_of(nlp, text))
    assert quote[2] == "Ted Okafor"


def test_a_short_scare_quote_under_a_stance_verb_is_no_direct_quote(nlp):
    assert said(analysis_of(nlp, "Ted Okafor welcomed the “deal” on Monday.")) == []


def test_a_new_sentence_with_content_of_its_own_is_not_the_cue_of_the_quote_before(nlp):
    text = (
        "Ines Okafor confirmed the plan and said, “We have a serious problem with the budget.” "
        "The mayor then recalled a meeting at the hall."
    )
    ((_, words, _),) = said(analysis_of(nlp, text))
    assert words == "Ines Okafor"


def test_a_short_cue_after_a_finished_quoted_sentence_still_signs_it(nlp):
    # the near miss: "told reporters" names whom the quote was said to, not what else was said
    text = "“We have a serious problem with the budget.” The mayor told reporters."
    ((_, words, _),) = said(analysis_of(nlp, text))
    assert words == "The mayor"


def test_a_participle_hung_on_a_reported_clause_goes_on_with_the_reporter(nlp):
    text = (
        "A close aide said Okafor will have to pick a camp, saying, "
        "“Sooner or later she must choose.”"
    )
    ((_, words, _),) = said(analysis_of(nlp, text))
    assert words == "A close aide"


def test_a_participle_hung_on_a_clause_of_thinking_stays_with_its_subject(nlp):
    # the near miss: "knows" reports nothing, so "saying" stays with the clause it hangs on
    text = "Okafor knows the guards expect trouble, saying, “They did not come every day.”"
    ((_, words, _),) = said(analysis_of(nlp, text))
    assert words != "Okafor"


def test_he_goes_to_the_one_speaking_name_the_tagger_took_for_a_place(nlp):
    analysis = analysis_of(nlp, "Okoro spoke from the lectern. “We will win,” he said.")
    ((_, words, actor),) = said(analysis)
    assert (words, actor) == ("he", "Okoro")
    assert next(a.kind for a in analysis.actors if a.name == "Okoro") == "person"


def test_he_does_not_go_to_a_place_that_only_is(nlp):
    # the near miss: a town described, not speaking, is no antecedent for "he"
    analysis = analysis_of(nlp, "Okoro is a quiet town near the coast. “We will win,” he said.")
    ((_, _, actor),) = said(analysis)
    assert actor is None


def test_a_participle_hung_deep_in_a_reported_clause_goes_on_with_the_reporter(nlp):
    text = (
        "Even a close aide said Okafor will have to decide which camp she is in, saying, "
        "“Sooner or later she must choose.”"
    )
    ((_, words, _),) = said(analysis_of(nlp, text))
    assert words == "a close aide"


def test_quote_paragraphs_after_a_report_are_the_reporters(nlp):
    text = (
        "Ines Okafor said the plan would fail.\n\n"
        "“It is a disaster for the whole city and everyone knows it.”\n\n"
        "“We will fight it at every step of the way, in every court.”"
    )
    assert [actor for _, _, actor in said(analysis_of(nlp, text))] == ["Ines Okafor"] * 2


def test_a_quote_paragraph_after_a_report_in_the_middle_of_its_paragraph_is_no_ones(nlp):
    # the near miss: the paragraph goes on past the report, so the quote after it is not
    # plainly the same voice
    text = (
        "Ines Okafor said the plan would fail. The council will vote on Monday.\n\n"
        "“It is a disaster for the whole city and everyone knows it.”"
    )
    assert [actor for _, _, actor in said(analysis_of(nlp, text))] == [None]


def test_one_prompted_to_speak_is_the_speaker(nlp):
    text = "That prompted Okafor to make a joke and call the mayor “very flexible.”"
    ((_, words, _),) = said(analysis_of(nlp, text))
    assert words == "Okafor"


def test_one_only_asked_to_speak_is_not_the_speaker(nlp):
    # the near miss: being asked to tell is not telling; the asker's request is what is reported
    text = "Lund asked Okafor to tell the court what she saw."
    speakers = {words for _, words, _ in said(analysis_of(nlp, text), "indirect")}
    assert "Okafor" not in speakers
