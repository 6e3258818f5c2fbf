"""The memo stand-ins for attribute_ruler and lemmatizer give the stock output, token for token."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer

from core.text import memo_pipes
from core.text.memo_pipes import MemoAttributeRuler, MemoLemmatizer
from core.text.pipeline import load_pipeline, pipeline_id

ARRAY = [ORTH, POS, TAG, MORPH, LEMMA, DEP, HEAD]

TEXTS = [
    'Mira Talvane said on Tuesday that the harbour plan was "not going anywhere".',
    "Y'all gonna see it, he's sure; they gotta wait. Let's go! C'mon, it ain't over.",
    "There is a bridge in Oskavel. There were two, and there's one left. Here's why.",
    "I'd told him: don't, won't, can't, shan't. Nothin' doing, she said, y' know.",
    "The ministers  met\n\nin Dorvik.\tThey'd agreed, hadn't they? Gets done, got done.",
    "Me, you, it and us: the council gave it to me and sent you a note about it.",
    "  \n Leading spaces, trailing spaces.   ",
    "WHO SAID THAT? Nobody did. ´Quoted´ words, “curly” ones, and – dashes — too.",
    "",
    "a",
    "is",
]

# Words the model's longer patterns and predicates read, and a few others, to generate text from.
_WORDS = (
    "gon na got ta let 's c'm on y y' all ai n't nt is are was were 're there it me you that if "
    "be have do did has gets the Talvane council said not nothin' am 'm 've will whether tho "
    ', . " ? - 42'
)
WORDS = [*_WORDS.split(), "\n", "  ", "\t"]


@cache
def stock_pipeline():
    """The model as spaCy loads it, with the project's additions that change the parse (control
    bytes are tokens of their own, blank lines start sentences): what the memo stand-ins must
    reproduce token for token."""
    import spacy

    from core.text.controls import split_controls
    from core.text.paragraphs import PARAGRAPHS
    from core.text.pipeline import model_name

    stock = spacy.load(model_name())
    split_controls(stock)
    stock.add_pipe(PARAGRAPHS, before="parser")
    return stock


def tokens(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def same(texts, nlp, reference):
    for got, want in zip(nlp.pipe(texts), reference.pipe(texts), strict=True):
        assert tokens(got) == tokens(want)
        assert (got.to_array(ARRAY) == want.to_array(ARRAY)).all()


def test_the_project_pipeline_has_the_stand_ins_under_the_stock_names(nlp):
    stock = stock_pipeline()
    assert nlp.pipe_names == stock.pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), MemoAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert isinstance(stock.get_pipe("lemmatizer"), Lemmatizer)
    # The parse is that pipeline's parse, so the caches keyed on the id stay valid.
    assert pipeline_id(nlp) == pipeline_id(stock)
    assert pipeline_id(nlp) != pipeline_id(load_pipeline(stock=True))  # "+para"


def test_tokens_match_the_stock_pipeline_on_tricky_texts(nlp):
    same(TEXTS, nlp, stock_pipeline())
    same(TEXTS, nlp, stock_pipeline())  # memo warm: the looked-up answers are the same


def test_the_seed_article_matches_the_stock_pipeline(nlp, seed_text):
    same([seed_text], nlp, stock_pipeline())


def test_tokens_match_inside_memory_zones(nlp):
    stock = stock_pipeline()
    for round_ in range(3):
        texts = [f"Zq{round_}vel Orrin said it's done, y'all. {t}" for t in TEXTS]
        with nlp.memory_zone():
            got = [tokens(d) for d in nlp.pipe(texts)]
        with stock.memory_zone():
            want = [tokens(d) for d in stock.pipe(texts)]
        assert got == want


def test_a_full_memo_is_cleared_and_the_output_stays_the_same(nlp, monkeypatch):
    monkeypatch.setattr(memo_pipes, "MEMO_LIMIT", 3)
    same(TEXTS[:4], nlp, stock_pipeline())
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert len(lemmatizer._memo) < 200
    assert len(lemmatizer.stock.cache) < 200  # the stock cache its misses fill is bounded too


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=8)),
        min_size=1,
        max_size=30,
    ),
    st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=30, max_size=30),
)
def test_tokens_match_the_stock_pipeline_on_generated_text(nlp, words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    same([text], nlp, stock_pipeline())


# A ruler of our own: a two-token pattern that sets its second token, one with a negative index,
# a predicate on a neighbour, and a later rule overriding an earlier one.
OWN_PATTERNS = [
    {"patterns": [[{"LOWER": "blue"}, {"LOWER": "moon"}]], "attrs": {"LEMMA": "mn"}, "index": 1},
    {"patterns": [[{"LOWER": "zorb"}, {"TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "moon"}]], "attrs": {"POS": "INTJ"}, "index": 0},
    {"patterns": [[{"LOWER": {"REGEX": "^moo"}}]], "attrs": {"POS": "SYM"}, "index": 0},
]


def with_own_ruler(nlp_factory):
    nlp = nlp_factory()
    ruler = nlp.add_pipe("attribute_ruler", name="own_ruler", after="lemmatizer")
    ruler.add_patterns(OWN_PATTERNS)
    return nlp


def test_a_ruler_with_long_patterns_of_our_own_is_matched_exactly():
    import spacy

    from core.text.pipeline import model_name

    stock = with_own_ruler(lambda: spacy.load(model_name()))
    memo = with_own_ruler(lambda: spacy.load(model_name()))
    assert memo_pipes.swap_in(memo, [("own_ruler", memo_pipes.ATTRIBUTE_RULER)]) == ["own_ruler"]
    assert isinstance(memo.get_pipe("own_ruler"), MemoAttributeRuler)
    texts = [
        "A blue moon rose over zorb fields. Blue moon, zorb.",
        "moon blue moon moon. zorb zorb cats, zorb ran. blue",
        "moo moon mooing, blue\n moon",
    ]
    same(texts, memo, stock)
    same(texts, memo, stock)


def test_a_ruler_the_memo_cannot_key_on_stays_stock():
    import spacy

    ruler = AttributeRuler(spacy.blank("en").vocab)
    ruler.add_patterns([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "X"}}])
    assert memo_pipes.memo_attribute_ruler(ruler) is None
    ruler = AttributeRuler(spacy.blank("en").vocab)
    ruler.add_patterns([{"patterns": [[{"_": {"x": 1}}]], "attrs": {"POS": "X"}}])
    assert memo_pipes.memo_attribute_ruler(ruler) is None


def test_a_lookup_lemmatizer_stays_stock():
    import spacy

    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert memo_pipes.memo_lemmatizer(lemmatizer) is None


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_empty_and_blank_docs(nlp, text):
    same([text], nlp, stock_pipeline())
