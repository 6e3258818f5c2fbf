"""Which verb after a direct quote tags it (issue 14, session 7): a verb of saying in a clause a
subordinator opens after the quote ("… when renters protested") has content of its own, so the
quote keeps the verb it hangs on. One text of our own per rule and a near miss."""

from __future__ import annotations

from tests.core.quotes.test_reported_content import quotes_of


def direct_speakers(nlp, text: str) -> list[tuple[str, str]]:
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else "")
        for q in quotes_of(nlp, text)
        if q.kind == "direct"
    ]


def test_a_verb_of_saying_in_a_when_clause_after_the_quote_is_no_tag(nlp):
    text = "Okafor called the levy “a tax on the poor” when renters protested."
    assert direct_speakers(nlp, text) == [("a tax on the poor", "Okafor")]


def test_a_tag_after_the_quote_still_speaks_before_a_when_clause(nlp):
    # near miss: the tag comes first; the clause after it changes nothing
    text = "“We will not pay,” Lund said before the renters protested."
    assert direct_speakers(nlp, text) == [("We will not pay,", "Lund")]


def test_an_as_tag_still_names_the_speaker(nlp):
    # near miss: "as" opens a tag, not a clause of its own
    text = "“We will not pay,” as Lund said."
    assert direct_speakers(nlp, text) == [("We will not pay,", "Lund")]


def test_a_verb_of_saying_in_a_prepositions_clause_after_the_quote_is_no_tag(nlp):
    # "charge" heads the clause of "to": the towns charge money, they do not say "theft"
    text = (
        "Okafor told a meeting in Leeds on Monday that the tax is "
        "“theft,” compared to what other towns charge."
    )
    assert direct_speakers(nlp, text) == [("theft,", "Okafor")]


def test_a_tag_after_the_quote_still_speaks_before_a_prepositions_clause(nlp):
    # near miss: the tag comes first; the phrase after it changes nothing
    text = "“The tax is theft,” Lund said, compared to what she said in May."
    assert direct_speakers(nlp, text) == [("The tax is theft,", "Lund")]


def test_a_report_joined_after_the_quote_is_no_tag(nlp):
    # "and Okafor said it would fail" reports a clause of its own: the label is Lund's
    text = 'Lund called the plan "reckless" and Okafor said it would fail.'
    assert direct_speakers(nlp, text) == [("reckless", "Lund")]


def test_a_tag_joined_to_the_next_act_still_tags_the_quote(nlp):
    # near miss: "said and left" reports nothing else; the quote is Lund's by "said"
    text = '"We will win," Lund said and left the hall.'
    assert direct_speakers(nlp, text) == [("We will win,", "Lund")]


def test_a_verb_of_saying_in_a_though_clause_after_the_quote_is_no_tag(nlp):
    # "though" the parser makes a subordinator opens Lund's clause, not a tag of Okafor's words
    text = 'Okafor said the plan would "wreck the town," though Lund did not say how.'
    assert direct_speakers(nlp, text) == [("wreck the town,", "Okafor")]


def test_a_verb_of_saying_in_a_relative_clause_after_the_quote_is_no_tag(nlp):
    # "called" hangs on "flood", after the quote: Lund's label is hers, the quote Okafor's
    text = 'Okafor said "there is hope" in Leeds after the flood, which Lund called "a cruel blow."'
    assert direct_speakers(nlp, text) == [("there is hope", "Okafor"), ("a cruel blow.", "Lund")]


def test_a_sources_relative_clause_still_tags_the_quote(nlp):
    # near miss: the memo that Lund wrote is where the words come from
    text = 'She was hired to give advice "on trade and taxes," according to a memo that Lund wrote.'
    assert direct_speakers(nlp, text) == [("on trade and taxes,", "Lund")]


def test_though_as_an_adverb_after_the_quote_leaves_the_tag(nlp):
    # near miss: "though" set off by commas is an adverb; "Lund said" tags the quote
    assert direct_speakers(nlp, '"We will not pay," though, Lund said.') == [
        ("We will not pay,", "Lund")
    ]


def test_a_verb_of_saying_in_a_that_clause_after_the_quote_is_no_tag(nlp):
    # "that voters would remember" is more of Lund's report, not a tag of the quote
    text = (
        'Lund said the council "failed the town" when it closed the library, '
        "and that voters would remember."
    )
    assert direct_speakers(nlp, text) == [("failed the town", "Lund")]


def test_a_demonstrative_that_after_the_quote_leaves_the_tag(nlp):
    # near miss: "that night" says when; "Lund said" tags the quote
    assert direct_speakers(nlp, '"We will not pay," Lund said that night.') == [
        ("We will not pay,", "Lund")
    ]
