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


def test_a_colour_code_is_a_token_of_its_own(nlp):
    # Text copied out of a terminal keeps its colour codes: glued to "“We", the code hid the
    # quote mark and read as an organisation "\x1b[31m“We". Split off, the quote and its speaker
    # come out and no actor holds a control byte.
    text = "Grace Okafor spoke on Monday.\n\n\x1b[31m“We will rebuild it,” Okafor said.\x1b[0m"
    analysis = analyze(Article(source="t.txt", text=text), nlp)
    assert [a.name for a in analysis.actors] == ["Grace Okafor"]
    assert [(q.kind, q.text) for q in analysis.quotes] == [("direct", "We will rebuild it,")]
    okafor = analysis.actors[0]
    assert analysis.quotes[0].speaker == okafor.id
    assert all("\x1b" not in m.text for m in okafor.mentions)
    assert analysis.article.text == text  # offsets into the text as it was


def test_words_without_control_bytes_tokenize_as_before(nlp):
    from core.text.pipeline import load_pipeline

    stock = load_pipeline(stock=True)
    text = "Dr. O'Neil said: “It's 9:30 a.m., isn't it?” (see p. 4) — U.S.-made, e-mail."
    assert [t.text for t in nlp(text)] == [t.text for t in stock(text)]
    # the near miss: an escape inside a word splits it, and only there
    assert [t.text for t in nlp("red\x1b[0mwine")] == ["red", "\x1b[0m", "wine"]
    # a zero-width space glued to a word is split off; mojibake's C1 bytes stay inside the word
    assert [t.text for t in nlp("the \u200bcountry")] == ["the", "\u200b", "country"]
    assert [t.text for t in nlp("President Fran\u00c3\x83\u00c2\u00a7ois")] == [
        "President",
        "Fran\u00c3\x83\u00c2\u00a7ois",
    ]
