"""What every rule reads off the parse, computed once per document.

`Doc.text` joins every token anew on each access, `Doc.noun_chunks` walks the whole parse, and
asking each Token for its attributes makes a Python object per position. The actor, quote and
position rules share one copy of the first two here, and find the few tokens they look at
(cue words, proper nouns, pronouns) from spaCy's attribute arrays with `tokens_where`. The cache
holds only the document being analysed (analysis is one document at a time in each thread), so
it never grows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

_local = threading.local()  # the reader analyses in a worker thread


def _entry(doc: Doc) -> dict[object, object]:
    cached = getattr(_local, "entry", None)
    if cached is None or cached[0] is not doc:
        cached = (doc, {})
        _local.entry = cached
    return cached[1]


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once."""
    entry = _entry(doc)
    if "text" not in entry:
        entry["text"] = doc.text
    return entry["text"]  # type: ignore[return-value]


def share_text(doc: Doc, text: str) -> None:
    """Take `text`, the string `doc` was parsed from, as its text, instead of joining the tokens
    again (the end of the last token must be the end of `text`)."""
    last = doc[-1] if len(doc) else None
    end = last.idx + len(last.text_with_ws) if last is not None else 0
    if end == len(text):
        _entry(doc)["text"] = text


def noun_chunks_of(doc: Doc) -> list[SpacySpan]:
    """`doc.noun_chunks`, found once."""
    entry = _entry(doc)
    if "chunks" not in entry:
        entry["chunks"] = list(doc.noun_chunks)
    return entry["chunks"]  # type: ignore[return-value]


def _column(doc: Doc, attr: str) -> numpy.ndarray:
    """One token attribute for the whole document, read from spaCy's arrays in one call."""
    entry = _entry(doc)
    key = f"col:{attr}"
    if key not in entry:
        entry[key] = doc.to_array(attr)
    return entry[key]  # type: ignore[return-value]


# What each test said of the strings it has seen (ids of those it passed, of those it failed),
# so a test runs once per distinct word of the corpus, not once per document; emptied when
# full, so memory stays flat on any corpus.
_verdicts: dict[Callable[[str], bool], tuple[set[int], set[int]]] = {}
_MAX_VERDICTS = 1 << 16

Test = Callable[[str], bool] | frozenset[str]


@cache
def _ids(words: frozenset[str]) -> list[int]:
    """The ids spaCy's arrays hold for these strings (a hash, or a symbol's number)."""
    return sorted(get_string_id(w) for w in words)


def _passing(doc: Doc, col: numpy.ndarray, keep: Callable[[str], bool]) -> list[int]:
    passed, failed = _verdicts.setdefault(keep, (set(), set()))
    if len(passed) + len(failed) > _MAX_VERDICTS:
        passed.clear()
        failed.clear()
    values = set(numpy.unique(col).tolist())
    strings = doc.vocab.strings
    for v in values - passed - failed:
        (passed if keep(strings[v]) else failed).add(v)
    return list(values & passed)


def tokens_where(doc: Doc, **tests: Test) -> list[Token]:
    """The tokens, in order, for which any test passes on its attribute ("POS", "LEMMA",
    "LOWER", "ORTH", ...): tokens_where(doc, POS=frozenset({"VERB"}), LEMMA=str.istitle).

    The rules look for a few cue words in every article. Asking spaCy for each token's
    attributes one Token at a time costs more than the rules themselves, so each attribute is read
    for the whole document in one call, a set of words is compared as numbers, and only the
    tokens that pass are made.
    """
    if not len(doc):
        return []
    entry = _entry(doc)
    key = ("where", *tests.items())
    if key in entry:  # several rules look for the same tokens (every proper noun)
        return entry[key]  # type: ignore[return-value]
    hits = numpy.zeros(len(doc), dtype=bool)
    for attr, test in tests.items():
        col = _column(doc, attr)
        wanted = _ids(test) if isinstance(test, frozenset) else _passing(doc, col, test)
        if wanted:
            hits |= numpy.isin(col, wanted)
    found = entry[key] = [doc[i] for i in numpy.flatnonzero(hits).tolist()]
    return found
