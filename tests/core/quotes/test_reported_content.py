"""Reported speech: where its content starts and ends, one text of our own per rule with a near
miss that must stay as it is."""

from __future__ import annotations

from core.model import Quote
from core.quotes.find import find_quotes


def quotes_of(nlp, text: str) -> tuple[Quote, ...]:
    return find_quotes(nlp(text), ())


def reported(quotes: tuple[Quote, ...]) -> list[tuple[str, str]]:
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else "")
        for q in quotes
        if q.kind == "indirect"
    ]


def test_content_the_parser_hangs_out_of_order_is_still_reported(nlp):
    # the parser attaches "something that …" to the subject across the verb: the clause's words
    # come out of the parse out of text order, and the content must still be the whole clause
    text = (
        "Adeyemi said that her knife was stopped by her attacker’s belt buckle, "
        "something that the police doubted."
    )
    (found,) = reported(quotes_of(nlp, text))
    assert found[0].startswith("her knife was stopped by her attacker’s belt buckle")
    assert found[1] == "Adeyemi"


def test_a_cue_never_takes_another_speakers_report(nlp):
    # Chen reports only the clause beside Lund's own report; Lund's words are Lund's
    text = (
        "Lund has said repeatedly he would talk to Okafor, and the meeting “was requested by "
        "the other side”, Mei Chen from the ministry told a press conference."
    )
    quotes = quotes_of(nlp, text)
    assert ("he would talk to Okafor", "Lund") in reported(quotes)
    assert not any("Lund has said" in q.text for q in quotes)


def test_a_set_off_cue_still_reports_the_whole_clause_before_it(nlp):
    # near miss: no report of its own in the clause, so the cue takes all of it
    text = (
        "Prices will rise this year and wages will fall, Mei Chen from the ministry told reporters."
    )
    assert reported(quotes_of(nlp, text)) == [
        ("Prices will rise this year and wages will fall", "Mei Chen")
    ]


def test_a_quote_the_cue_runs_into_is_reported_speech_as_well(nlp):
    # "vowed that “…”": the statement is reported (kept beside the direct quote in the JSON)
    text = "Okafor vowed that “the rich will pay their fair share.”"
    quotes = quotes_of(nlp, text)
    assert reported(quotes) == [("the rich will pay their fair share.", "Okafor")]
    assert [q.kind for q in quotes].count("direct") == 1


def test_a_quote_the_cue_only_frames_is_the_direct_quote_alone(nlp):
    for text in (
        "Okafor said: “The rich will pay their fair share.”",
        "“The rich will pay their fair share,” Okafor said.",
    ):
        quotes = quotes_of(nlp, text)
        assert [q.kind for q in quotes] == ["direct"], text


def test_a_report_a_document_relays_is_its_speakers_alone(nlp):
    # the transcript names who spoke; the report is Okoro's, with Okoro as its speaker, and the
    # quoted words the parser cuts at a comma are taken whole
    text = (
        "According to the transcript of Monday's hearing, Okoro said Nigeria “will not take "
        "sides in the dispute, nor profit from it”."
    )
    assert reported(quotes_of(nlp, text)) == [
        ("Nigeria “will not take sides in the dispute, nor profit from it”", "Okoro")
    ]


def test_according_to_people_or_a_plain_clause_still_reports(nlp):
    assert ("Okoro said Nigeria would not take sides", "aides") in reported(
        quotes_of(nlp, "According to aides, Okoro said Nigeria would not take sides.")
    )
    assert reported(quotes_of(nlp, "According to the minutes, the budget was cut twice.")) == [
        ("the budget was cut twice", "the minutes")
    ]


def test_a_portrayal_is_no_statement_but_a_description_is(nlp):
    assert (
        reported(quotes_of(nlp, "The advert portrayed the mayor as a friend of the banks.")) == []
    )
    assert reported(quotes_of(nlp, "The mayor described the plan as a gift to the banks.")) == [
        ("the plan as a gift to the banks", "The mayor")
    ]


def test_a_verb_that_gives_or_withholds_two_objects_reports_nothing(nlp):
    assert reported(quotes_of(nlp, "The goalkeeper denied the visitors a win.")) == []
    assert reported(quotes_of(nlp, "The minister denied the report.")) == [
        ("the report", "The minister")
    ]


def test_what_someone_may_say_is_not_what_they_said(nlp):
    assert (
        reported(quotes_of(nlp, "He was not authorized to speak publicly about the talks.")) == []
    )
    assert reported(quotes_of(nlp, "She spoke publicly about the talks.")) == [("the talks", "She")]


def test_as_someone_noted_vouches_for_the_clause_it_leads_into(nlp):
    assert reported(quotes_of(nlp, "As Smith noted in her report, the plan failed twice.")) == [
        ("the plan failed twice", "Smith")
    ]


def test_an_as_clause_of_plain_speaking_or_with_its_own_object_reports_nothing(nlp):
    for text in (
        "As Smith spoke, the crowd cheered loudly.",
        "As she said goodbye, the train left the station.",
    ):
        assert reported(quotes_of(nlp, text)) == [], text


def test_a_call_for_an_action_names_the_action(nlp):
    text = "The mayor has called for doubling the quota of river permits."
    assert reported(quotes_of(nlp, text)) == [("doubling the quota of river permits", "The mayor")]


def test_a_reported_clause_opening_with_a_gerund_is_reported(nlp):
    text = "He said building it could bring hundreds of jobs to the Tarn Valley."
    assert reported(quotes_of(nlp, text)) == [
        ("building it could bring hundreds of jobs to the Tarn Valley", "He")
    ]


def test_a_gerund_object_with_no_clause_under_it_is_no_reported_clause(nlp):
    # the near miss: "admitted lying" takes the gerund itself (what he admitted); no clause
    # hangs on it
    assert reported(quotes_of(nlp, "He admitted lying to the court.")) == [
        ("lying to the court", "He")
    ]


def test_a_statement_saying_something_is_its_issuers(nlp):
    text = "Lund fired back with a response saying the plan would never pass."
    assert reported(quotes_of(nlp, text)) == [("the plan would never pass", "Lund")]


def test_a_statement_that_names_no_issuer_speaks_for_itself(nlp):
    # the near miss: nobody is named as the report's author, so the report stays the source
    text = "A report saying the river was unsafe was published."
    assert reported(quotes_of(nlp, text)) == [("the river was unsafe", "A report")]


def test_a_participle_after_a_quote_takes_no_object_for_its_speaker(nlp):
    text = "She described her christening ''at the old church,'' recalling visits to the lake."
    speakers = {words for _, words in reported(quotes_of(nlp, text))}
    assert "visits" not in speakers and "She" in speakers


def test_an_answer_is_what_was_said(nlp):
    text = "Asked if the toll was fair, 58 percent of riders said yes."
    # (the question put to them is reported too, with no one named who asked it)
    assert reported(quotes_of(nlp, text)) == [("the toll was fair", ""), ("yes", "58 percent")]


def test_an_answer_before_a_joined_clause_is_what_was_said(nlp):
    text = "Asked if the toll was fair, 58 percent of riders said yes while 30 percent disagreed."
    assert ("yes", "58 percent") in reported(quotes_of(nlp, text))


def test_no_answer_in_a_phrase_that_only_starts_with_no(nlp):
    # the near miss: "said no more than that" answers nothing
    assert reported(quotes_of(nlp, "She said no more than that.")) == []


def test_the_clause_after_a_cue_is_its_content_not_the_sentence_before_a_colon(nlp):
    text = (
        "Okafor cites the crowds as an example: She says news outlets undercount her "
        "supporters, just to hurt her."
    )
    contents = {words: content for content, words in reported(quotes_of(nlp, text))}
    assert contents["She"].startswith("news outlets undercount her supporters")


def test_a_clause_before_its_cue_is_still_its_content(nlp):
    # the near miss: with no clause after it, "she says" reports the sentence it ends
    assert reported(quotes_of(nlp, "The plan will fail, she says.")) == [
        ("The plan will fail", "she")
    ]


def test_the_same_claim_again_is_what_was_said(nlp):
    text = "While 64 percent said the same of Dunmore."
    assert reported(quotes_of(nlp, text)) == [("the same of Dunmore", "64 percent")]


def test_the_same_opening_a_clause_leaves_the_clause_the_content(nlp):
    # the near miss: "the same thing happened" is a clause of its own, reported whole
    text = "They said the same thing happened last year."
    assert reported(quotes_of(nlp, text)) == [("the same thing happened last year", "They")]


def test_a_correlative_comparative_after_say_is_reported(nlp):
    text = "Aides say the more votes he wins, the more leverage he will have."
    assert reported(quotes_of(nlp, text)) == [
        ("the more votes he wins, the more leverage he will have", "Aides")
    ]


def test_a_clause_whose_verb_the_parser_read_as_an_adjective_is_reported(nlp):
    text = "He said he had secured contracts for the harbour board that would bring in $12 million."
    ((content, words),) = reported(quotes_of(nlp, text))
    assert content.startswith("he had secured contracts") and words == "He"


def test_an_object_of_say_is_no_clause(nlp):
    # the near miss: a plain object of "said" reports nothing
    assert reported(quotes_of(nlp, "He said a few kind words about the team.")) == []


def test_a_that_clause_the_parser_hangs_on_the_noun_before_it_is_reported(nlp):
    # "complained at the meeting that …": the parser makes the clause a relative clause of
    # "meeting", but its "that" fills no gap in it (the clause has its subject and object)
    text = (
        "Adeyemi complained at the most recent meeting that the council had ignored every letter."
    )
    assert reported(quotes_of(nlp, text)) == [("the council had ignored every letter", "Adeyemi")]


def test_a_that_the_parser_labels_an_adverb_still_opens_the_reported_clause(nlp):
    # "for the first time that …": the clause hung on "time", its "that" read as an adverb
    text = "Kirby also said for the first time that some emails between Lund and Okafor were lost."
    assert reported(quotes_of(nlp, text)) == [
        ("some emails between Lund and Okafor were lost", "Kirby")
    ]


def test_a_relative_clause_after_a_cue_stays_part_of_its_noun(nlp):
    # near miss: "that" is the object of "drafted", so the clause describes the plan
    text = "Okafor wrote about the plan that Lund drafted in May."
    assert reported(quotes_of(nlp, text)) == [("the plan that Lund drafted in May", "Okafor")]


def test_a_statement_that_runs_into_its_own_quote_takes_the_whole_quote(nlp):
    # mixed content: the reporter's words and the quote the same cue signs, to the quote's end
    # in its paragraph, with the attribution between its pieces left out
    text = (
        "Whatever the council decides, Lund “has won this fight,” Okafor said. "
        "“He will lead the party.”"
    )
    (statement,) = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert statement.speaker_mention.text == "Okafor"
    assert [f.text for f in statement.fragments] == [
        "Whatever the council decides, Lund “has won this fight,",
        "He will lead the party.",
    ]


def test_a_quote_the_cue_only_signs_gives_no_statement(nlp):
    # near miss: the quote is the whole of what was said, so it is the direct quote alone
    text = "“Lund has won this fight,” Okafor said. “He will lead the party.”"
    assert [q.kind for q in quotes_of(nlp, text)] == ["direct"]


def test_a_verb_of_going_on_in_what_a_speaker_wrote_is_no_report_of_its_own(nlp):
    # "continue" is a cue ("“…,” she continued"), but "can continue to be" only says how things
    # go on: the clause is what Okafor wrote
    text = (
        "The scheme, known as the river pledge, “can continue to be a useful lever for "
        "the valley,” Okafor wrote."
    )
    ((content, speaker),) = reported(quotes_of(nlp, text))
    assert content.startswith("The scheme, known as the river pledge, “can continue")
    assert speaker == "Okafor"


def test_a_report_of_its_own_before_a_cue_stays_its_speakers(nlp):
    # near miss: "vowed to cut taxes" is Lund's report, which Chen only passes on
    assert reported(quotes_of(nlp, "Lund has vowed to cut taxes, Chen said.")) == [
        ("to cut taxes", "Lund")
    ]


def test_the_gerund_of_a_verb_of_admitting_or_reporting_is_what_was_said(nlp):
    assert reported(quotes_of(nlp, "She recalled taking the service lift to the roof.")) == [
        ("taking the service lift to the roof", "She")
    ]


def test_a_gerund_after_a_verb_of_going_on_is_not_said(nlp):
    # near miss: "start" is a cue ("“…,” she started"), but its gerund is what Lund went on to do
    assert reported(quotes_of(nlp, "Lund started working at the bank in May.")) == []


def test_a_clause_of_purpose_belongs_to_what_was_urged(nlp):
    text = "The mayor urged drivers to slow down so the crews could work safely."
    assert reported(quotes_of(nlp, text)) == [
        ("drivers to slow down so the crews could work safely", "The mayor")
    ]


def test_a_concession_after_what_was_urged_is_the_reporters(nlp):
    # near miss: the parser hangs "although …" on "urged" too, but it is no purpose of the
    # urging: the reporter's remark stays out
    text = "The mayor urged drivers to slow down, although few of them listened."
    assert reported(quotes_of(nlp, text)) == [("drivers to slow down", "The mayor")]


def test_a_clause_the_parser_splits_after_the_cue_is_reported_whole(nlp):
    # the parser makes "they’re fine with" and "however it plays out …" two complements of "said"
    text = (
        "And a large share of the growers said they’re happy with however it ends up but just "
        "want to see the quarrel over grazing rights settled."
    )
    assert (
        "they’re happy with however it ends up but just want to see the quarrel over grazing "
        "rights settled",
        "a large share",
    ) in reported(quotes_of(nlp, text))


def test_another_speakers_reply_after_the_report_stays_out(nlp):
    # near miss: "Lund agreed" is joined to the report, not a complement of "said"
    assert reported(quotes_of(nlp, "Okafor said the plan was sound, and Lund agreed.")) == [
        ("the plan was sound", "Okafor")
    ]


def test_according_to_vouches_for_its_clause_not_a_concession_before_it(nlp):
    text = (
        "Although the week was hard for him, Okafor still leads the race, according to two polls."
    )
    assert reported(quotes_of(nlp, text)) == [("Okafor still leads the race", "two polls")]


def test_according_to_keeps_the_clause_opening_that_sets_its_scene(nlp):
    # near miss: "In the north" is part of what the polls say
    text = "In the north, Okafor still leads the race, according to two polls."
    assert reported(quotes_of(nlp, text)) == [
        ("In the north, Okafor still leads the race", "two polls")
    ]


def test_what_follows_a_closing_according_to_is_the_reporters(nlp):
    text = (
        "Okafor holds a ten-point lead in Kano, according to the latest average of polls, where "
        "40 seats will be at stake."
    )
    assert reported(quotes_of(nlp, text)) == [
        ("Okafor holds a ten-point lead in Kano", "the latest average")
    ]
    text = "Prices rose sharply: rents climbed by a third, according to the housing survey."
    assert reported(quotes_of(nlp, text)) == [("rents climbed by a third", "the housing survey")]


def test_a_clause_an_according_to_opens_stays_its_content(nlp):
    # near miss: the phrase opens the clause it vouches for, after the reporting verb
    text = (
        "The paper reported, according to aides at the meetings, Okafor tried to calm the donors."
    )
    ((content, speaker),) = reported(quotes_of(nlp, text))
    assert content.endswith("Okafor tried to calm the donors")
    assert speaker == "aides"


def test_a_verb_of_going_on_joined_to_the_reported_clause_is_reported(nlp):
    # "end up" is no second cue of Okafor's: it goes on with what Okafor said
    text = "Okafor said he won’t vote for Lund next spring and could end up choosing Chen."
    assert reported(quotes_of(nlp, text)) == [
        ("he won’t vote for Lund next spring and could end up choosing Chen", "Okafor")
    ]


def test_going_on_to_say_something_is_a_second_report(nlp):
    # near miss: "went on to say" is Okafor's next report, not part of the first
    text = "Okafor said the plan would fail and went on to say that the council had known it."
    assert reported(quotes_of(nlp, text)) == [
        ("the plan would fail", "Okafor"),
        ("the council had known it", "Okafor"),
    ]


def test_a_quote_the_next_sentence_signs_stays_inside_the_report(nlp):
    # the second quoted piece is signed by "he said" in the next sentence, not by anyone
    # speaking inside Lund's report: the coordinated that-clause holding it is still reported
    # (the near miss, another cue in the same sentence, is
    # test_a_cue_never_takes_another_speakers_report)
    text = (
        'Lund acknowledged that he was "afraid of a flood" and that a delay would have '
        '"left the dam open to collapse." But, he said, "we never once doubted that the crews '
        'would finish."'
    )
    ((content, speaker),) = reported(quotes_of(nlp, text))
    assert content.startswith('he was "afraid of a flood" and that a delay would have')
    assert "left the dam open to collapse" in content
    assert speaker == "Lund"


def test_a_condition_the_speaker_attaches_after_a_comma_is_reported(nlp):
    text = "Okafor said the plan would fail, even if the council backed it."
    assert reported(quotes_of(nlp, text)) == [
        ("the plan would fail, even if the council backed it", "Okafor")
    ]


def test_a_concession_the_reporter_adds_after_a_comma_is_not(nlp):
    # near miss: "although the council backed it" is the reporter's, not Okafor's claim
    text = "Okafor said the plan would fail, although the council backed it."
    assert reported(quotes_of(nlp, text)) == [("the plan would fail", "Okafor")]


def test_a_relative_of_time_or_place_after_a_comma_is_the_reporters(nlp):
    text = "Okafor said the council will vote in June, when the budget runs out."
    assert reported(quotes_of(nlp, text)) == [("the council will vote in June", "Okafor")]


def test_a_when_clause_without_a_comma_is_part_of_the_claim(nlp):
    # near miss: restrictive, it says what the council will do
    text = "Okafor said the council will decide when the budget runs out."
    assert reported(quotes_of(nlp, text)) == [
        ("the council will decide when the budget runs out", "Okafor")
    ]


def test_a_that_clause_the_parser_joins_to_the_cue_is_a_second_reported_clause(nlp):
    # "but that …" hangs on "think" as a conjunct, not under the first clause
    text = "Most farmers think the council mended the roads, but that the wells are still dry."
    assert reported(quotes_of(nlp, text)) == [
        ("the council mended the roads, but that the wells are still dry", "Most farmers")
    ]


def test_another_speakers_that_clause_after_a_report_is_theirs(nlp):
    # near miss: Lund's "agreed that …" is Lund's report, not more of Okafor's
    text = "Okafor said the plan was sound, and Lund agreed that it was."
    assert reported(quotes_of(nlp, text)) == [
        ("the plan was sound", "Okafor"),
        ("it was", "Lund"),
    ]


def test_as_someone_told_an_audience_vouches_for_the_clause_it_leads_into(nlp):
    text = "As Okafor told reporters on Monday, the plan will fail."
    assert reported(quotes_of(nlp, text)) == [("the plan will fail", "Okafor")]


def test_as_someone_told_a_story_reports_nothing(nlp):
    # near miss: the object is what was told, not whom it was told to: no report
    assert reported(quotes_of(nlp, "As Okafor told the story, the crowd laughed.")) == []


def test_a_contrast_the_speaker_draws_with_while_is_part_of_the_claim(nlp):
    text = "Okafor said the northern mills are hiring, while the southern ones will close."
    assert reported(quotes_of(nlp, text)) == [
        ("the northern mills are hiring, while the southern ones will close", "Okafor")
    ]


def test_a_while_clause_that_reports_someone_else_is_not_the_speakers(nlp):
    # near miss: the rivals' view is their own report, and "while urging" is Okafor's next act
    text = "Okafor said the northern mills are hiring, while her rivals said they are idle."
    assert ("the northern mills are hiring", "Okafor") in reported(quotes_of(nlp, text))
    text = "Okafor said the northern mills are hiring, while urging calm in the south."
    assert ("the northern mills are hiring", "Okafor") in reported(quotes_of(nlp, text))


def test_a_noun_phrase_the_reporter_sets_after_the_clause_is_a_gloss(nlp):
    text = "Okafor said the water board had been “reckless”, a charge the board denies."
    assert reported(quotes_of(nlp, text)) == [("the water board had been “reckless”", "Okafor")]


def test_an_apposition_naming_a_person_or_a_list_stays_in_the_claim(nlp):
    # near misses: the apposition names who the chair is; the list is what the town lacks
    text = "Okafor said the new chair is Anna Lund, a farmer from the valley."
    assert reported(quotes_of(nlp, text)) == [
        ("the new chair is Anna Lund, a farmer from the valley", "Okafor")
    ]
    text = "Okafor said the town lacks three things, clean water, roads and a clinic."
    assert reported(quotes_of(nlp, text)) == [
        ("the town lacks three things, clean water, roads and a clinic", "Okafor")
    ]


def test_a_list_of_stands_is_one_report_of_the_first_cue(nlp):
    text = (
        "Okafor has called for a ban on night flights, favors a levy on fuel and has promised "
        "a vote on the runway."
    )
    found = reported(quotes_of(nlp, text))
    assert (
        "a ban on night flights, favors a levy on fuel and has promised a vote on the runway",
        "Okafor",
    ) in found


def test_two_stands_joined_by_and_stay_two_reports(nlp):
    # near miss: no list of three, so each cue keeps its own content
    text = "Okafor has called for a ban on night flights and favors a levy on fuel."
    found = reported(quotes_of(nlp, text))
    assert ("a ban on night flights", "Okafor") in found
    assert not any("favors" in t for t, _ in found)


def test_a_however_that_runs_on_the_reporters_next_sentence_ends_the_claim(nlp):
    text = "Okafor said most growers would vote for the levy, however this year the share fell."
    assert reported(quotes_of(nlp, text)) == [("most growers would vote for the levy", "Okafor")]


def test_a_however_set_off_inside_the_claim_stays_in_it(nlp):
    # near miss: with a comma of its own it is an aside of the speaker's clause
    text = "Okafor said the plan, however, would fail."
    assert reported(quotes_of(nlp, text)) == [("the plan, however, would fail", "Okafor")]


def test_an_even_as_clause_after_a_comma_is_the_reporters(nlp):
    text = "Okafor said she will back the levy, even as she has mocked its authors."
    assert ("she will back the levy", "Okafor") in reported(quotes_of(nlp, text))


def test_an_even_as_phrase_inside_the_claim_stays_in_it(nlp):
    # near miss: "even as a candidate" opens no clause
    text = "Okafor said that Lund, even as a candidate, had weakened the council."
    assert reported(quotes_of(nlp, text)) == [
        ("Lund, even as a candidate, had weakened the council", "Okafor")
    ]


def test_a_that_the_parser_takes_for_a_preposition_opens_the_reported_clause(nlp):
    # the parser reads "that" as a preposition with "share" for its object
    text = (
        "A Harbour spokeswoman said that the company's share in the fund dated to 2007 and that"
        ' the charity was "aligned to core strategies."'
    )
    ((content, speaker),) = reported(quotes_of(nlp, text))
    assert content.startswith("the company's share in the fund dated to 2007 and that the")
    assert speaker == "A Harbour spokeswoman"


def test_that_as_a_determiner_stays_in_the_reported_clause(nlp):
    # near miss: "that day" is the clause's subject, not a "that" to leave out
    text = "Okafor said that day was the worst of her life."
    assert reported(quotes_of(nlp, text)) == [("that day was the worst of her life", "Okafor")]


def test_a_call_on_someone_is_no_naming_of_the_aside_after_it(nlp):
    # the parser hangs "the latest sign" on "called" as if Lund had called something that
    text = (
        "Senator Ines Lund called on Mayor Okafor to replace the head of the port authority on"
        " Friday, the latest sign that the Harbour Democrat is positioning herself to lead."
    )
    assert reported(quotes_of(nlp, text)) == [
        ("Mayor Okafor to replace the head of the port authority on Friday", "Ines Lund")
    ]


def test_calling_something_a_name_is_still_a_naming(nlp):
    # near miss: no phrasal "on" or "for" after the verb
    text = "The governor called the new harbour law a disgrace, the latest sign of the feud."
    ((content, speaker),) = reported(quotes_of(nlp, text))
    assert content.startswith("the new harbour law a disgrace") and speaker == "The governor"


def test_a_question_put_to_someone_in_the_passive_is_reported(nlp):
    # the parser hangs the "if" question on "asked" as a condition; the one asked is the
    # subject left out, the asker the "by" phrase
    text = (
        "When asked directly by the Gazette if they were involved in the deal, neither firm spoke."
    )
    assert ("they were involved in the deal", "Gazette") in reported(quotes_of(nlp, text))


def test_a_condition_after_a_request_is_no_question(nlp):
    # near miss: "if the margin is small" sets a condition on the asking
    text = "The mayor will ask for a recount if the margin is small."
    assert all("margin" not in content for content, _ in reported(quotes_of(nlp, text)))


def test_a_question_the_parser_hangs_on_the_asker_is_the_question(nlp):
    # "why …" hung on "caller" as a relative clause: no person is a "why"
    text = "Cain was asked by a caller why young men are coming to the city."
    assert reported(quotes_of(nlp, text)) == [("why young men are coming to the city", "a caller")]


def test_a_relative_clause_of_the_asker_is_no_question(nlp):
    # near miss: "who lives nearby" tells of the caller
    text = "Cain was asked by a caller who lives nearby about the city."
    assert all("lives nearby" not in content for content, _ in reported(quotes_of(nlp, text)))


def test_a_clause_whose_verb_the_parser_hung_on_a_quantity_as_a_modifier_is_reported(nlp):
    # the parser reads "many asked questions" as a noun phrase, "asked" describing "questions",
    # and hangs "had no idea" on "said"; the statement is the clause with its joined verb
    text = (
        "After the meeting, she said many asked questions about the budget and had no idea "
        "how to complain."
    )
    assert reported(quotes_of(nlp, text)) == [
        ("many asked questions about the budget and had no idea how to complain", "she")
    ]


def test_a_quantity_with_a_determiner_before_a_participle_is_a_noun_phrase(nlp):
    # near miss: "the many trained staff" is what was said, no clause, and "left" is hers
    assert reported(quotes_of(nlp, "She said the many trained staff and left.")) == []


def test_a_stray_comma_after_the_named_subject_of_a_reported_clause_keeps_it(nlp):
    text = "Lund and Okafor say Mayor Reyes, has not been tested in a way that leaves him ready."
    assert reported(quotes_of(nlp, text)) == [
        ("Mayor Reyes, has not been tested in a way that leaves him ready", "Lund and Okafor")
    ]


def test_a_name_after_a_verb_of_praise_and_a_comma_is_no_subject_of_the_clause(nlp):
    # near miss: only a plain verb of saying takes the name before the comma into its clause
    text = "Lund praised Mayor Reyes, has not been tested."
    assert not any(c.startswith("Mayor Reyes") for c, _ in reported(quotes_of(nlp, text)))


def test_a_gerund_clause_whose_verb_the_parser_hung_elsewhere_is_reported_whole(nlp):
    # in the relative clause the parser ends "said" at "using the fund" and hangs "was" on "with"
    text = (
        "Asked if the plan was legal, 46 percent said yes, compared with 23 percent who said "
        "using the fund was unwise."
    )
    assert ("using the fund was unwise", "who") in reported(quotes_of(nlp, text))


def test_a_gerund_with_nothing_after_it_stays_the_cues_object(nlp):
    # near miss: nothing finite follows the gerund's phrase
    text = "Lund recalled seeing Okafor at the market."
    assert reported(quotes_of(nlp, text)) == [("seeing Okafor at the market", "Lund")]
