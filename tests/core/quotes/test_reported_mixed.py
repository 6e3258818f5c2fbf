"""Reported speech: a quote that is the content of a reported clause is also reported (issue
14, session 7): the JSON keeps both, the reader shows the statement once. One text of our own
per rule and a near miss that must stay as it is."""

from __future__ import annotations

from tests.core.quotes.test_reported_content import quotes_of, reported


def test_a_that_clause_hung_on_a_place_in_apposition_is_what_was_told(nlp):
    # the parser hangs the "that" clause on "spot", in apposition to the town after "at"
    text = (
        "Ines Okafor is telling customers at a busy Dunmore, Kent, corner cafe that "
        "“we open again on Friday.”"
    )
    kinds = {(q.kind, q.text) for q in quotes_of(nlp, text)}
    assert ("direct", "we open again on Friday.") in kinds
    assert ("indirect", "we open again on Friday.") in kinds


def test_a_relative_clause_of_the_place_is_no_report(nlp):
    # near miss: "that" is the object of "love": the clause says what locals do, not Okafor
    text = (
        "Ines Okafor is speaking to customers at a busy Dunmore, Kent, corner cafe that "
        "locals love."
    )
    assert quotes_of(nlp, text) == ()


def test_a_content_the_parser_ends_at_the_quote_mark_takes_in_the_quote(nlp):
    # the parser closes "demand"'s content at the mark; the quote its cue signs goes on with it
    text = 'Lund used the hearing to demand the harbour board "resign at once. The port is a mess."'
    assert ('the harbour board "resign at once. The port is a mess.', "Lund") in reported(
        quotes_of(nlp, text)
    )


def test_a_quote_after_a_colon_stays_apart_from_the_content(nlp):
    # near miss: the colon ends the content; the quote is the direct quote alone
    text = 'Okafor demanded a recount: "The count was a farce."'
    assert reported(quotes_of(nlp, text)) == [("a recount", "Okafor")]


def test_a_quote_that_opens_after_a_cue_set_inside_goes_on_with_the_report(nlp):
    # the parser joins the quoted clause to "added"; the unquoted words before the cue and the
    # quote after it are one statement of his
    text = "The streets were deserted, he added, ''but people need to connect somehow.''"
    ((content, speaker),) = reported(quotes_of(nlp, text))
    assert content.startswith("The streets were deserted") and "connect somehow" in content
    assert speaker == "he"


def test_a_quote_on_both_sides_of_the_cue_stays_a_direct_quote(nlp):
    # near miss: the cue is set inside a direct quote; no second, reported copy of it
    text = "“The market was quiet,” he said, “but traders need to connect somehow.”"
    assert reported(quotes_of(nlp, text)) == []


def test_a_quote_of_sentences_that_goes_on_from_a_subject_before_it_is_one_statement(nlp):
    # the parser ends a sentence inside the quote, so no cue's content reaches "Lund"
    text = (
        "Instead, Lund “is trying to take a shortcut to the council. Sadly, the campaign has"
        " hit a pothole,” Okafor wrote."
    )
    ((content, speaker),) = reported(quotes_of(nlp, text))
    assert content.startswith("Instead, Lund “is trying") and "hit a pothole" in content
    assert speaker == "Okafor"


def test_a_quote_with_its_own_subject_stays_the_direct_quote_alone(nlp):
    # near miss: nothing outside the marks is part of the quoted sentences
    text = "“It is dead. It will not come back,” Okafor wrote."
    assert reported(quotes_of(nlp, text)) == []


def test_a_content_that_ends_with_a_quotes_first_piece_takes_its_other_pieces(nlp):
    # the quote's two pieces are one quote of "suggested"; the parser ends the clause at the
    # first, but the condition and its quoted words are the rest of what he suggested
    text = (
        "Last month, he waded into politics on a radio station when he suggested that Lund"
        " ''should be buried under a jail somewhere'' if she gave ''secret information on"
        " hundreds of emails on a public server.''"
    )
    contents = [c for c, _ in reported(quotes_of(nlp, text))]
    assert any(c.startswith("Lund ''should be buried") and "public server" in c for c in contents)


def test_a_quotes_piece_in_the_next_sentence_stays_out_of_the_content(nlp):
    # near miss: a question mark ends the sentence between the two pieces
    text = "Okafor promised to ''rip up''? No, she spoke instead about ''improving the deal.''"
    assert ("to ''rip up''", "Okafor") in reported(quotes_of(nlp, text))


def test_a_condition_after_a_quoted_fragment_goes_on_with_the_report(nlp):
    # the parser ends the content at the closing mark and hangs the "if" clause on the cue
    text = (
        "Lund noted that the firms would owe $2 billion in taxes, "
        '"more than the whole county budget," if they were taxed properly.'
    )
    found = quotes_of(nlp, text)
    ((content, speaker),) = reported(found)
    assert content.startswith("the firms would owe") and content.endswith("taxed properly")
    assert speaker == "Lund"
    assert ("direct", "more than the whole county budget,") in {(q.kind, q.text) for q in found}


def test_a_condition_of_another_act_stays_out(nlp):
    # near miss: the "if" clause is the speaker's next act's, after "and she will leave"
    text = "Okafor said the bridge would close in May, and she will leave if it does."
    assert reported(quotes_of(nlp, text)) == [("the bridge would close in May", "Okafor")]


def test_a_comparison_after_a_quoted_fragment_goes_on_with_the_report(nlp):
    # "compared to …" hangs on "told", past the mark that closes the quoted word
    text = (
        "Okafor told a meeting in Leeds on Monday that the tax is "
        '"theft," compared to what other towns charge.'
    )
    assert ('the tax is "theft," compared to what other towns charge', "Okafor") in reported(
        quotes_of(nlp, text)
    )


def test_words_cited_in_quote_marks_are_no_report(nlp):
    # near miss: the quoted words are cited as words; nobody states anything
    assert quotes_of(nlp, 'She loves "liminal" and "bespoke".') == ()


def test_a_phrase_joined_after_the_clause_goes_on_to_its_quoted_part(nlp):
    # the parser joins "and of …" to "said"; the same "of" in the clause is what it goes on with
    text = (
        "Lund said the event brought back memories of her father, "
        'and of "all the people who helped us."'
    )
    found = quotes_of(nlp, text)
    ((content, _),) = reported(found)
    assert content.startswith("the event brought") and "all the people who helped us" in content
    assert ("direct", "all the people who helped us.") in {(q.kind, q.text) for q in found}


def test_a_set_phrase_after_the_clause_is_not_joined_to_it(nlp):
    # near miss: "of course" opens the reporter's next fact, not a phrase of the clause
    text = "Lund said the event brought back memories of her father, and of course she cried."
    assert reported(quotes_of(nlp, text)) == [
        ("the event brought back memories of her father", "Lund")
    ]


def test_an_aside_in_which_the_speaker_names_someone_in_quote_marks_stays_in_the_report(nlp):
    # ", whom he called “…”," is long for an aside, but it is his label and the content goes on
    text = (
        "Mark Okafor said he is left with only two options: vote for Reyes, whom he called "
        '"the most divisive figure in years," or stay home.'
    )
    found = quotes_of(nlp, text)
    ((content, _),) = [r for r in reported(found) if r[0].startswith("he is left")]
    assert content.endswith("or stay home")
    assert ("direct", "the most divisive figure in years,") in {(q.kind, q.text) for q in found}


def test_an_aside_in_which_others_name_someone_ends_the_report(nlp):
    # near miss: the critics' label is the writer's note on Reyes, not the speaker's words
    text = 'Okafor said she would vote for Reyes, whom critics called "a fraud," or stay home.'
    assert ("she would vote for Reyes", "Okafor") in reported(quotes_of(nlp, text))


def test_a_quoted_label_of_the_speakers_at_the_end_stays_in_the_report(nlp):
    text = 'Lund said there is hope in Leeds after the flood, which she called "a cruel blow."'
    ((content, _),) = reported(quotes_of(nlp, text))
    assert content.startswith("there is hope") and "which she called" in content


def test_a_quoted_label_of_others_at_the_end_is_left_out(nlp):
    # near miss: the critics' label is not what Lund said
    text = 'Lund said there is hope in Leeds after the flood, which critics called "a cruel blow."'
    assert ("there is hope in Leeds after the flood", "Lund") in reported(quotes_of(nlp, text))
