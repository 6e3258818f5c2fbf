"""Quote marks: find the stretches of text that sit between quote marks, in every style news uses.

Styles: “ ” (and „ “), « » (and » «), straight " ", the typewriter pairs `` '' and '' '' (the
New York Times writes two apostrophes), and single ‘ ’ / ' ' where they are marks, not apostrophes.
A paragraph that opens a quote without closing it, when the next paragraph reopens, is a
multi-paragraph quote: each paragraph's piece is returned with `continues=True` on all but the last.
Unbalanced or stray marks never raise: a stray closer is ignored and an unclosed opener runs to the
end of its paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# One pattern for every mark; the two-character typewriter marks first so they win over `'`.
_MARK = re.compile(r"``|''|[“”„«»\"‘’‚‹›']")

# Marks whose glyph fixes the direction; the rest are decided by what stands around them.
_OPENERS = {"“", "„", "«", "‘", "‚", "‹", "``"}
_CLOSERS = {"”", "»", "’", "›"}
_DOUBLE = {"“", "”", "„", "«", "»", '"', "``", "''"}
_SINGLE = {"‘", "’", "‚", "‹", "›", "'"}

# Characters that may stand right before an opening mark / right after a closing one.
_BEFORE_OPEN = set(" \t\n\r\u00a0([{—–-/:;,") | {""}
_AFTER_CLOSE = set(" \t\n\r\u00a0)]}—–-/:;,.?!…") | {""}


@dataclass(frozen=True)
class QuotedSpan:
    """The text between a pair of marks: [start, end) without the marks, [open, close) with them."""

    open: int
    start: int
    end: int
    close: int
    # True when the paragraph ends inside the quote and the next paragraph reopens it.
    continues: bool = False
    # True when no closing mark was found (the span runs to the end of its paragraph).
    unclosed: bool = False


@dataclass(frozen=True)
class _Mark:
    pos: int
    glyph: str
    can_open: bool
    can_close: bool


def _seen(c: str) -> str:
    """A control or format character (an escape byte, a bell, a zero-width joiner pasted with
    the text) reads as a space: "\x1b“We …”" opens its quote as if the byte were not there."""
    return " " if c and unicodedata.category(c) in ("Cc", "Cf") else c


def _classify(text: str, pos: int, glyph: str) -> _Mark | None:
    before = _seen(text[pos - 1]) if pos > 0 else ""
    after_pos = pos + len(glyph)
    after = _seen(text[after_pos]) if after_pos < len(text) else ""
    space_before = before in _BEFORE_OPEN
    close_after = after in _AFTER_CLOSE or after in _CLOSERS or after in {'"', "'"}
    if glyph in _SINGLE and before.isalnum() and after.isalnum():
        return None  # an apostrophe inside a word: don't, Xi’s, O'Brien
    if glyph in {"’", "'"} and before.isalnum() and not space_before:
        # possessive or elision at a word's end (voters’, ’90s) unless it can close a quote
        return _Mark(pos, glyph, False, close_after)
    if glyph in {"‘", "'"} and after.isdigit():
        return None  # ’90s, '16
    if glyph in _OPENERS:
        # “ also closes „ quotes (German style); » closes too when » « is used as opener
        return _Mark(pos, glyph, True, glyph in {"“", "‘"} and not space_before)
    if glyph in _CLOSERS:
        return _Mark(pos, glyph, glyph == "»" and space_before and not close_after, True)
    # straight " and typewriter '' ' : context decides
    can_open = space_before or not before or before in _OPENERS
    can_close = not space_before or close_after
    if after.isspace() and space_before:
        can_open = False
    return _Mark(pos, glyph, can_open and not after.isspace(), can_close)


# A line break inside a sentence in a hard-wrapped text ("the United States is\nmonitoring"):
# one newline between a lower-case word or a comma and a lower-case word.
_HARD_WRAP = re.compile(r"[a-z,;] *\n[ \t]*[a-z]")


def paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """The runs of newlines that end a paragraph, as [start, end) offsets. A hard wrap inside a
    sentence is none: a quote and its speaker ('“… we are concerned about the\nevents,” the
    spokesman told reporters') are read together."""
    out = []
    for mo in re.finditer(r"\n+", text):
        lo, hi = mo.start(), mo.end()
        while lo > 0 and text[lo - 1] == " ":
            lo -= 1
        while hi < len(text) and text[hi] in " \t":
            hi += 1
        if not _HARD_WRAP.fullmatch(text, max(0, lo - 1), hi + 1):
            out.append((mo.start(), mo.end()))
    return out


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as [start, end) offsets: runs of text between newlines. (Quote marks pair
    line by line; the speaker is looked for across a hard wrap: `paragraph_breaks`.)"""
    spans = []
    for mo in re.finditer(r"[^\n]+", text):
        spans.append((mo.start(), mo.end()))
    return spans


def _pairs_in(
    text: str, lo: int, hi: int, family: set[str]
) -> list[tuple[int, int, int, int, bool]]:
    """Pair the marks of one family inside [lo, hi): (open, start, end, close, unclosed)."""
    out: list[tuple[int, int, int, int, bool]] = []
    opened: _Mark | None = None
    for mo in _MARK.finditer(text, lo, hi):
        glyph = mo.group()
        if glyph not in family:
            continue
        mark = _classify(text, mo.start(), glyph)
        if mark is None:
            continue
        if opened is None:
            if mark.can_open:
                opened = mark
            continue
        if mark.can_close:
            start = opened.pos + len(opened.glyph)
            if mo.start() > start:
                out.append((opened.pos, start, mo.start(), mo.end(), False))
            opened = None
        elif mark.can_open and mark.glyph in _OPENERS:
            opened = mark  # the earlier opener was stray
    if opened is not None:
        start = opened.pos + len(opened.glyph)
        end = hi
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((opened.pos, start, end, hi, True))
    return out


def _inside(pos: int, spans: list[tuple[int, int, int, int, bool]]) -> bool:
    return any(o <= pos < c for o, _, _, c, _ in spans)


def scan_quotes(text: str) -> tuple[QuotedSpan, ...]:
    """Every quoted stretch of `text`, in order; nested quotes are left inside their outer quote."""
    found: list[QuotedSpan] = []
    paragraphs = _paragraph_spans(text)
    for i, (lo, hi) in enumerate(paragraphs):
        doubles = _pairs_in(text, lo, hi, _DOUBLE)
        # single marks count only outside double quotes (inside, they are quotes within a quote)
        singles = [
            p for p in _pairs_in(text, lo, hi, _SINGLE) if not _inside(p[0], doubles) and not p[4]
        ]
        pairs = sorted(doubles + singles)
        for o, s, e, c, unclosed in pairs:
            continues = False
            if unclosed and i + 1 < len(paragraphs):
                nxt = paragraphs[i + 1][0]
                head = text[nxt : nxt + 2]
                continues = bool(head) and (head[0] in _DOUBLE or head[:2] in _DOUBLE)
            found.append(QuotedSpan(o, s, e, c, continues=continues, unclosed=unclosed))
    return tuple(found)
