"""The article as every actor pass reads it: the parse, its text, its sentences, what is quoted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from core.lexicon.geo import Gazetteer, gazetteer
from core.text.parsed import text_of

_QUOTE_MARK = re.compile(r"``|''|[“”\"«»„]|\n")
_OPENERS = frozenset({"“", "``", "«", "„"})
_CLOSERS = frozenset({"”", "»"})


def _quote_mask(text: str) -> bytearray:
    """1 for every character inside quotation marks.

    Curly marks say which way they face; a straight mark ('"' or "''") opens after a space or the
    start of a paragraph and closes otherwise. A quote still open at the end of its paragraph
    covers the rest of it (news reopens such a quote in the next paragraph).
    """
    mask = bytearray(len(text))
    opened: int | None = None
    for mo in _QUOTE_MARK.finditer(text):
        mark, i = mo.group(), mo.start()
        if mark == "\n":
            if opened is not None:
                mask[opened:i] = b"\x01" * (i - opened)
            opened = None
            continue
        if mark in _OPENERS:
            opening = True
        elif mark in _CLOSERS:
            opening = False
        else:
            opening = i == 0 or text[i - 1] in " \t\n([{—–-"
        if opening:
            if opened is None:
                opened = i
        elif opened is not None:
            mask[opened:i] = b"\x01" * (i - opened)
            opened = None
    if opened is not None:
        mask[opened:] = b"\x01" * (len(text) - opened)
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
