"""The article as every actor pass reads it: the parse, its text, its sentences, what is quoted."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from core.lexicon.geo import Gazetteer, gazetteer
from core.text.parsed import text_of
from core.text.quote_marks import scan_quotes


def _quote_mask(text: str) -> bytearray:
    """1 for every character between quote marks (core.text.quote_marks decides what a mark is;
    a quote still open at the end of its paragraph covers the rest of it)."""
    mask = bytearray(len(text))
    for q in scan_quotes(text):
        mask[q.start : q.end] = b"\x01" * (q.end - q.start)
    return mask


@dataclass(frozen=True)
class Article:
    """What the passes read and never change: made once per document."""

    doc: Doc
    text: str
    geo: Gazetteer
    quoted: bytearray  # 1 for every character inside quotation marks
    sent_of: list[int]  # token index -> sentence number
    sent_starts: list[int]  # sentence number -> its first token

    @classmethod
    def of(cls, doc: Doc) -> Article:
        text = text_of(doc)
        sent_of = [0] * len(doc)
        sent_starts: list[int] = []
        if doc.has_annotation("SENT_START"):
            for si, sent in enumerate(doc.sents):
                sent_starts.append(sent.start)
                for i in range(sent.start, sent.end):
                    sent_of[i] = si
        else:
            sent_starts.append(0)
        return cls(doc, text, gazetteer(), _quote_mask(text), sent_of, sent_starts)

    def is_quoted(self, idx: int) -> bool:
        return bool(self.quoted[idx]) if idx < len(self.quoted) else False

    def words(self, toks: list[Token]) -> str | None:
        """The text from the first to the last of these tokens, as written ("front-runner")."""
        if not toks:
            return None
        return self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]

    def place_name(self, text: str) -> bool:
        """A country, a capital or a big city."""
        return text in self.geo.country_of_name or text in self.geo.big_places
