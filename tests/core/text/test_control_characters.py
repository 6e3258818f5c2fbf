"""A control character pasted with the text (an escape sequence, a bell) is a token of its own
and reads as a space beside a quote mark (core.text.pipeline, core.text.quote_marks)."""

from __future__ import annotations

from core.analyze import analyze
from core.model import Article
from core.text.quote_marks import scan_quotes


def test_an_escape_byte_glued_to_a_quote_is_no_name_and_no_quote_of_its_own(nlp):
    text = "Grace Okafor spoke on Monday. \x1b“We will rebuild the library,” she said."
    analysis = analyze(Article(source="t.txt", text=text), nlp)
    assert [a.name for a in analysis.actors] == ["Grace Okafor"]
    assert [(q.kind, q.text) for q in analysis.quotes] == [
        ("direct", "We will rebuild the library,")
    ]
    glued = "Grace Okafor said \x1b[31m“We will rebuild it.”"
    analysis = analyze(Article(source="t.txt", text=glued), nlp)
    assert [a.name for a in analysis.actors] == ["Grace Okafor"]


def test_a_bell_before_an_opening_mark_opens_it(nlp):
    text = "“We will win,” she said. \x07“It opens in May.”"
    assert [text[q.start : q.end] for q in scan_quotes(text)] == [
        "We will win,",
        "It opens in May.",
    ]
    # the near miss: a letter before the mark leaves German-style reading as it was
    assert nlp("ab\x1bcd")[0].text != "ab\x1bcd"
    assert [t.text for t in nlp("Okafor said no.")] == ["Okafor", "said", "no", "."]
