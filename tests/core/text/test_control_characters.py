"""A control character pasted with the text (an escape sequence, a bell) reads as a space
beside a quote mark (core.text.quote_marks)."""

from __future__ import annotations

from core.analyze import analyze
from core.model import Article
from core.text.quote_marks import scan_quotes


def test_an_escape_byte_before_a_quote_leaves_one_direct_quote(nlp):
    text = "Grace Okafor spoke on Monday. \x1b“We will rebuild the library,” she said."
    analysis = analyze(Article(source="t.txt", text=text), nlp)
    assert [a.name for a in analysis.actors] == ["Grace Okafor"]
    assert [(q.kind, q.text) for q in analysis.quotes] == [
        ("direct", "We will rebuild the library,")
    ]


def test_a_bell_before_an_opening_mark_opens_it(nlp):
    text = "“We will win,” she said. \x07“It opens in May.”"
    assert [text[q.start : q.end] for q in scan_quotes(text)] == [
        "We will win,",
        "It opens in May.",
    ]
    # the near miss: a letter before the mark still lets “ close a „ quote (German style)
    german = "Sie sagte: „Wir gewinnen“ und ging."
    assert [german[q.start : q.end] for q in scan_quotes(german)] == ["Wir gewinnen"]
