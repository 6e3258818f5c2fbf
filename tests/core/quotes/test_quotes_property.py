"""Property: any text gives quotes whose offsets lie inside it and whose text is the slice."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.quotes.find import find_quotes
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


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_mark_scanner_spans_lie_inside_the_text(text):
    for s in scan_quotes(text):
        assert 0 <= s.open <= s.start <= s.end <= s.close <= len(text)
