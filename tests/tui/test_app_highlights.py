"""The article's highlight plumbing without a terminal: paragraphs, buckets, colours, search."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.tui_fixture import TEXT, fixture_analysis
from tui.highlights import (
    MENTION_STYLE,
    Highlight,
    base_highlights,
    current_highlights,
    speaker_colours,
)
from tui.state import ReaderState
from tui.widgets.article import ArticleView, split_paragraphs
from tui.widgets.search import find_matches

A = fixture_analysis()
# Where .lower() and the regex's case folding agree (not e.g. the long s, which matches s).
ASCII_ISH = st.characters(max_codepoint=0x17E, exclude_characters="ſİı")

texts = st.lists(
    st.text(alphabet=st.sampled_from("ab \n[]\x1b“”"), max_size=30), min_size=1, max_size=8
).map("\n\n".join)


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=12))
def test_every_highlight_reaches_exactly_the_paragraphs_it_overlaps(text, raw):
    view = ArticleView(text)
    highlights = [Highlight(s, s + n, "bold") for s, n in raw if n > 0]
    buckets = view._bucket(highlights)
    for i, para in enumerate(view.paragraphs):
        want = [h for h in highlights if h.start < para.end and para.start < h.end]
        assert buckets.get(i, []) == want
    # Paragraph spans cover every non-blank character, in order, without overlap.
    spans = split_paragraphs(text)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=200, deadline=None)
@given(st.text(ASCII_ISH, max_size=200), st.text(ASCII_ISH, max_size=5))
def test_search_matches_are_real_occurrences(text, query):
    for s, e in find_matches(text, query):
        assert text[s:e].lower() == query.strip().lower()


def test_speaker_colours_are_stable_and_distinct_for_the_first_speakers():
    colours = speaker_colours(A)
    assert colours["a1"] != colours["a2"] != colours["a3"]
    assert speaker_colours(A) == colours
    assert colours[None]  # unattributed quotes still get a (neutral) colour


def test_base_layer_marks_only_the_selected_actors_mentions():
    colours = speaker_colours(A)
    layer = base_highlights(A, "a2", colours)
    marked = {(h.start, h.end) for h in layer if h.style == MENTION_STYLE}
    assert marked == {(m.start, m.end) for m in A.actor("a2").mentions}
    assert not [h for h in base_highlights(A, None, colours) if h.style == MENTION_STYLE]


def test_current_layer_follows_the_state():
    colours = speaker_colours(A)
    q = A.quotes[2]
    layer = current_highlights(A, ReaderState(quote=q.id), colours)
    assert [(h.start, h.end) for h in layer] == [(q.start, q.end)]
    p = A.positions[0]
    layer = current_highlights(A, ReaderState(position=p.id), colours)
    assert [(h.start, h.end) for h in layer] == [(e.start, e.end) for e in p.evidence]
    matches = find_matches(TEXT, "ferry")
    layer = current_highlights(A, ReaderState(matches=matches, match=1), colours)
    assert len(layer) == len(matches) and "reverse" in layer[1].style
