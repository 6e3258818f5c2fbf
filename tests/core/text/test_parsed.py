"""core.text.parsed: what the rules read off the parse, computed once, must equal reading it
token by token."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.text import parsed
from core.text.parsed import noun_chunks_of, share_text, text_of, tokens_where

_VERBS = frozenset({"VERB", "AUX"})
_SAY = frozenset({"say", "tell"})


def _title_lemma(lemma: str) -> bool:
    return lemma.istitle()


def _brute(doc, pos=None, lemma=None, lower=None):
    return [
        t.i
        for t in doc
        if (pos is not None and t.pos_ in pos)
        or (lemma is not None and lemma(t.lemma_))
        or (lower is not None and t.lower_ in lower)
    ]


def test_tokens_where_equals_a_token_by_token_scan(nlp, seed_text):
    doc = nlp(seed_text)
    assert [t.i for t in tokens_where(doc, POS=_VERBS)] == _brute(doc, pos=_VERBS)
    assert [t.i for t in tokens_where(doc, LEMMA=_title_lemma)] == _brute(doc, lemma=_title_lemma)
    both = tokens_where(doc, POS=frozenset({"PROPN"}), LOWER=_SAY)
    assert [t.i for t in both] == _brute(doc, pos={"PROPN"}, lower=_SAY)
    assert both, "the seed has proper nouns"
    assert [t.i for t in both] == sorted(t.i for t in both)  # text order, no repeats


def test_tokens_where_on_an_empty_doc_and_no_match(nlp):
    assert tokens_where(nlp(""), POS=_VERBS) == []
    assert tokens_where(nlp("Blue skies."), LOWER=frozenset({"nowhere"})) == []


def test_a_word_spacy_has_never_seen_is_found(nlp):
    word = "zqxwvplonk"
    doc = nlp(f"They said {word} twice: {word.upper()}.")
    assert [t.text for t in tokens_where(doc, LOWER=frozenset({word}))] == [word, word.upper()]


def test_verdicts_stay_bounded(nlp, monkeypatch):
    """A test's verdicts are kept per word, but never more than the bound: memory stays flat."""
    monkeypatch.setattr(parsed, "_MAX_VERDICTS", 50)
    monkeypatch.setattr(parsed, "_verdicts", {})
    for n in range(40):
        doc = nlp(" ".join(f"word{n}x{k}" for k in range(20)))
        assert [t.i for t in tokens_where(doc, ORTH=_title_lemma)] == []
        passed, failed = parsed._verdicts[_title_lemma]
        assert len(passed) + len(failed) <= 50 + 21


def test_share_text_takes_only_the_text_the_doc_was_parsed_from(nlp):
    text = "Xi spoke.\n\nZelensky listened. "
    doc = nlp(text)
    share_text(doc, text + "more")  # not this doc's text: ignored
    assert text_of(doc) == doc.text
    doc2 = nlp(text)
    share_text(doc2, text)
    assert text_of(doc2) is text


def test_noun_chunks_are_spacys(nlp, seed_text):
    doc = nlp(seed_text)
    assert [(c.start, c.end) for c in noun_chunks_of(doc)] == [
        (c.start, c.end) for c in doc.noun_chunks
    ]


_WORDS = st.sampled_from(
    ["He", "said", "the", "minister", "Beijing", "told", "reporters", "that", "it", "was",
     "wrong", "“", "”", ",", ".", "\n\n", "Xi", "support", "opposes", "plan", "[b]", "according",
     "to", "officials"]
)  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(_WORDS, max_size=40))
def test_tokens_where_matches_brute_force_on_any_text(nlp, words):
    doc = nlp(" ".join(words))
    got = tokens_where(doc, POS=_VERBS, LEMMA=_title_lemma, LOWER=_SAY)
    assert [t.i for t in got] == _brute(doc, pos=_VERBS, lemma=_title_lemma, lower=_SAY)
