"""Cues the scan used to miss where the small parser breaks the words after them: one text of
our own per rule, with its near miss."""

from __future__ import annotations

from core.analyze import analyze
from core.model import Article
from tests.core.quotes import test_reported_content as content


def reported(nlp, text: str) -> list[tuple[str, str]]:
    """(content, speaker words) of each reported statement in `text`."""
    return content.reported(content.quotes_of(nlp, text))


def test_a_naming_read_from_the_words_when_the_parse_breaks_it(nlp):
    # the parser hangs the label on a noun inside the object, or the object on the verb alone
    text = "Still, he called the mayor's public quarrel with the port authority unusual."
    assert reported(nlp, text) == [
        ("the mayor's public quarrel with the port authority unusual", "he")
    ]
    text = "Rivals went further, with Mayor Ines Lund calling Okafor a coward."
    assert reported(nlp, text) == [("Okafor a coward", "Ines Lund")]
    found = reported(nlp, "Okafor called her a liar and said she had lied.")
    assert ("her a liar", "Okafor") in found


def test_a_call_with_no_label_names_nothing(nlp):
    # near misses: a bare object, an event one calls, a count of calls, a name given
    assert reported(nlp, "The union called the police on Monday.") == []
    assert reported(nlp, "Lund called a meeting for Friday.") == []
    assert reported(nlp, "Lund called him a few times last week.") == []
    assert reported(nlp, "A group called Future Rail ran ads.") == []


def test_a_passive_report_with_its_agent_reports_the_subject(nlp):
    text = "The merger was first reported by the Harbour Gazette."
    assert reported(nlp, text) == [("The merger", "the Harbour Gazette")]
    text = "Her death was confirmed by the rowing league, which she founded in 1980."
    assert reported(nlp, text) == [("Her death", "the rowing league")]


def test_a_passive_report_without_an_agent_or_of_another_act_names_no_one(nlp):
    # near misses: no "by" agent, and a passive that is no report
    assert reported(nlp, "The deal was announced on Monday.") == []
    assert reported(nlp, "The bridge was built by the Romans.") == []


def test_a_main_clause_after_a_cues_noun_object_is_not_what_it_said(nlp):
    # the parser hangs "here we are" on "announced" as its complement
    text = "Yet, nine months since the coach announced his retirement from the league, here we are."
    assert reported(nlp, text) == [("his retirement from the league", "the coach")]


def test_a_that_clause_after_a_cues_object_is_still_what_it_said(nlp):
    # near miss: "told reporters, …" and "wrote the editor … that …" keep their clause
    found = reported(nlp, "Okafor told reporters, without notes, that the pier was unsafe.")
    assert [c for c, _ in found] == ["the pier was unsafe"]


def test_who_is_asked_is_not_who_asks(nlp):
    # a question put to someone: theirs is the answer, not the question; the asker is unnamed
    for text in (
        "Ana Ruiz, an actress, was asked if she would run for the council.",
        "When asked whether the plan would work, Ana Ruiz said she was sure of it.",
    ):
        analysis = analyze(Article(source="t.txt", text=text), nlp)
        names = {a.id: a.name for a in analysis.actors}
        asked = [q for q in analysis.quotes if q.cue and q.cue.text == "asked"]
        assert asked and all(q.speaker is None for q in asked)
        said = [q for q in analysis.quotes if q.cue and q.cue.text == "said"]
        assert all(names.get(q.speaker) == "Ana Ruiz" for q in said)


def test_the_one_who_asks_or_tells_still_speaks(nlp):
    text = "Reporters asked Ana Ruiz whether she would run. The board told her the plan had failed."
    analysis = analyze(Article(source="t.txt", text=text), nlp)
    names = {a.id: a.name for a in analysis.actors}
    assert {names.get(q.speaker) for q in analysis.quotes} == {"Reporters", "The board"}


def test_a_that_clause_after_the_setting_of_the_act_is_what_was_said(nlp):
    # the parser hangs the "that"-clause on a noun of the setting between cue and clause
    text = (
        "Okafor toured the state, warning farmers in speeches and in interviews that the"
        " drought could last years."
    )
    assert reported(nlp, text) == [("the drought could last years", "Okafor")]
    text = 'Lund acknowledged on the BBC\'s "Today" programme that the party was trailing.'
    assert reported(nlp, text) == [("the party was trailing", "Lund")]


def test_a_that_clause_of_a_noun_the_cue_takes_or_a_relative_stays_the_nouns(nlp):
    # near misses: no verb of saying, a relative "that", a claim or accusation that holds it
    assert reported(nlp, "Warning lights flashed on the panel that the crew checked.") == []
    assert reported(nlp, "Lund told the story on the radio that she had heard as a child.") == []
    text = "Okafor disputed accusations by the union that the council was broke."
    assert reported(nlp, text) == [
        ("accusations by the union that the council was broke", "Okafor")
    ]


def test_a_bare_participle_of_saying_reports_the_clause_after_its_comma(nlp):
    # the parser leaves "saying" bare and hangs the clause on the tweet or on "sent"
    text = "Lund also sent a tweet saying, if elected, she would cut bus fares."
    assert reported(nlp, text) == [("if elected, she would cut bus fares", "Lund")]
    # near miss: a participle with an object of its own says no clause after it
    assert reported(nlp, "Lund left the hall saying nothing, and she cried.") == []


# "Reed <verb> on ITV's "Meet the Voters" that Lund was trailing." as the small parser reads a
# show's title: the title a clause, "that" a relative pronoun (WDT) of "trailing".
# (word, space after, head, dep, tag, pos, lemma); the verb is filled in at index 1.
_SHOW_PARSE = [
    ("Reed", True, 1, "nsubj", "NNP", "PROPN", "Reed"),
    ("", True, 1, "ROOT", "VBD", "VERB", ""),
    ("on", True, 1, "prep", "IN", "ADP", "on"),
    ("ITV", False, 2, "pobj", "NNP", "PROPN", "ITV"),
    ("'s", True, 3, "case", "POS", "PART", "'s"),
    ('"', False, 6, "punct", "``", "PUNCT", '"'),
    ("Meet", True, 1, "advcl", "NNP", "PROPN", "Meet"),
    ("the", True, 8, "compound", "NNP", "PROPN", "the"),
    ("Voters", False, 6, "dobj", "NNP", "PROPN", "Voters"),
    ('"', True, 6, "punct", "''", "PUNCT", '"'),
    ("that", True, 13, "dobj", "WDT", "PRON", "that"),
    ("Lund", True, 13, "nsubj", "NNP", "PROPN", "Lund"),
    ("was", True, 13, "aux", "VBD", "AUX", "be"),
    ("trailing", False, 6, "ccomp", "VBG", "VERB", "trail"),
    (".", False, 1, "punct", ".", "PUNCT", "."),
]


def _show_parse(nlp, verb: str, lemma: str) -> list[str]:
    """The words content_tokens finds for the verb of _SHOW_PARSE."""
    from spacy.tokens import Doc

    from core.quotes.content import content_tokens

    rows = [
        (verb, True, 1, "ROOT", "VBD", "VERB", lemma) if k == 1 else r
        for k, r in enumerate(_SHOW_PARSE)
    ]
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        pos=[r[5] for r in rows],
        lemmas=[r[6] for r in rows],
    )
    return [t.text for t in content_tokens(doc[1], []) or []]


def test_a_that_after_a_quoted_show_title_opens_what_was_said(nlp):
    # a title takes no relative "that": what follows it is the acknowledged clause
    assert _show_parse(nlp, "acknowledged", "acknowledge") == ["Lund", "was", "trailing"]
    # near miss: with no verb of saying, the clause is no one's report
    assert _show_parse(nlp, "appeared", "appear") == []
