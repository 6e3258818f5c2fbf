"""Property: any text gives quotes whose offsets lie inside it and whose text is the slice."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.quotes.find import find_quotes
from core.sources.boilerplate import find_boilerplate, inside_boilerplate
from core.text.quote_marks import scan_quotes

# Quote marks of every style, apostrophes, newlines and a few words, mixed with any unicode.
_PIECES = st.sampled_from(
    [
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "''",
        "``",
        "«",
        "»",
        "„",
        "\n",
        "\n\n",
        " ",
        ",",
        ".",
        ":",
        "said",
        "he",
        "Maria Lopez",
        "told",
        "that",
        "according to",
        "the plan",
        "[",
        "]",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join)
# Lines a web page leaves in pasted text, and the blank lines a file may open with.
_BOILERPLATE = st.sampled_from(
    [
        "By Maria Lopez, Staff Reporter",
        "READ MORE: Council votes on the plan",
        "WATCH: “We will win,” he said",
        "Photo: Maria Lopez",
        "Lena Park via Getty Images.",
        "Maria Lopez says the plan works (Photo: Reuters)",
        "Click here to read what she told us",
        "Share | Tweet | Email",
        "LAGOS (Reuters) - ",
        "MARIA LOPEZ: we will win",
    ]
)
_ARTICLE = st.tuples(
    st.sampled_from(["", "\n", "\n\n", "\n \n\t\n"]),
    st.lists(st.one_of(_BOILERPLATE, _TEXT), max_size=6),
).map(lambda p: p[0] + "\n\n".join(p[1]))


def _check(text: str, quotes) -> None:
    n = len(text)
    for q in quotes:
        assert 0 <= q.start <= q.end <= n
        assert text[q.start : q.end] == q.text
        for f in q.fragments:
            assert q.start <= f.start <= f.end <= q.end
            assert text[f.start : f.end] == f.text
        for span in (q.speaker_mention, q.cue):
            if span is not None:
                assert 0 <= span.start <= span.end <= n
                assert text[span.start : span.end] == span.text


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_TEXT)
def test_any_text_gives_well_formed_quotes(nlp, text):
    _check(text, find_quotes(nlp(text), ()))


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_ARTICLE)
def test_articles_with_boilerplate_and_leading_blank_lines_give_well_formed_quotes(nlp, text):
    quotes = find_quotes(nlp(text), ())
    _check(text, quotes)
    site = find_boilerplate(text)
    for q in quotes:
        assert not inside_boilerplate(site, q.start, q.end), (q.text, text)
        if q.speaker_mention is not None:
            assert not q.speaker_mention.text[:1].isspace(), q.speaker_mention


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_ARTICLE)
def test_boilerplate_spans_lie_inside_the_text(text):
    for b in find_boilerplate(text):
        assert 0 <= b.start < b.end <= len(text)
        assert text[b.start : b.end].strip() == text[b.start : b.end]


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_mark_scanner_spans_lie_inside_the_text(text):
    for s in scan_quotes(text):
        assert 0 <= s.open <= s.start <= s.end <= s.close <= len(text)
