"""The quotes pane lists each statement once (a quote inside a reported statement of the same
speaker is marked within it) and the article dims boilerplate. Pure functions on a real analysis."""

from __future__ import annotations

from core.analyze import analyze_doc
from core.model import Analysis, Article, Quote
from tui.highlights import BOILERPLATE_STYLE, base_highlights, listed_quotes, speaker_colours
from tui.widgets.panes import QuotePane


def analysis_of(nlp, text: str) -> Analysis:
    return analyze_doc(Article(source="t.txt", text=text), nlp(text))


_TEXT = (
    "Ada Okafor, the mayor, spoke on Monday. Okafor said the two councils had "
    "“a long and useful meeting” about the bridge.\n\n"
    "“We will reopen it in May,” Okafor said."
)


def test_a_quote_inside_a_statement_of_the_same_speaker_is_listed_once(nlp):
    analysis = analysis_of(nlp, _TEXT)
    kinds = sorted(q.kind for q in analysis.quotes)
    assert kinds == ["direct", "direct", "indirect"]  # the JSON keeps all three
    listed = listed_quotes(analysis)
    assert sorted((q.kind, q.text) for q in listed) == [
        ("direct", "We will reopen it in May,"),
        ("indirect", "the two councils had “a long and useful meeting” about the bridge"),
    ]


def test_the_statement_marks_the_words_it_quotes(nlp):
    analysis = analysis_of(nlp, _TEXT)
    statement = next(q for q in listed_quotes(analysis) if q.kind == "indirect")
    label = QuotePane.label(statement, analysis, speaker_colours(analysis))
    assert label.plain.endswith("the two councils had “a long and useful meeting” about the bridge")
    italic = [label.plain[s.start : s.end] for s in label.spans if "italic" in str(s.style)]
    assert italic == ["a long and useful meeting"]


def test_a_quote_by_someone_else_inside_a_statement_is_listed_too():
    text = "Reyes said the mayor had promised “a bridge by May” last year."
    inner = text.index("a bridge")
    statement = Quote("q1", "indirect", 11, len(text) - 1, text[11:-1], speaker="a1")
    theirs = Quote("q2", "direct", inner, inner + 15, text[inner : inner + 15], speaker="a2")
    analysis = Analysis(Article("t.txt", text), quotes=(statement, theirs))
    assert listed_quotes(analysis) == [statement, theirs]
    same = Quote("q2", "direct", inner, inner + 15, text[inner : inner + 15], speaker="a1")
    assert listed_quotes(Analysis(Article("t.txt", text), quotes=(statement, same))) == [statement]


def test_boilerplate_is_dimmed_and_the_story_is_not(nlp):
    text = "By Jane Doe, Staff Reporter\n\nThe mayor said the bridge would reopen in May."
    analysis = analysis_of(nlp, text)
    dim = [h for h in base_highlights(analysis, None, {}) if h.style == BOILERPLATE_STYLE]
    assert [text[h.start : h.end] for h in dim] == ["By Jane Doe, Staff Reporter"]
