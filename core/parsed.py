"""What every rule reads off the parse, computed once per document.

`Doc.text` joins every token anew on each access and iterating a Doc makes a fresh Token per
position, so the actor, quote and position rules, which each walk the whole article, share one
copy of both here. The cache holds only the document being analysed (analysis is one document
at a time in each process), so it never grows.
"""

from __future__ import annotations

import threading

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

_local = threading.local()  # the reader analyses in a worker thread


def _entry(doc: Doc) -> dict[str, object]:
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


def tokens_of(doc: Doc) -> list[Token]:
    """Every token of `doc`, made once."""
    entry = _entry(doc)
    if "tokens" not in entry:
        entry["tokens"] = list(doc)
    return entry["tokens"]  # type: ignore[return-value]


def noun_chunks_of(doc: Doc) -> list[SpacySpan]:
    """`doc.noun_chunks`, found once."""
    entry = _entry(doc)
    if "chunks" not in entry:
        entry["chunks"] = list(doc.noun_chunks)
    return entry["chunks"]  # type: ignore[return-value]
