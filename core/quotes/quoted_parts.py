"""How a reported statement meets the direct quotes around it: a quote inside it that is its
speaker's own, a quote of someone else's, and the pieces a quote's own attribution splits it
into."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from core.quotes.content import parenthetical
from core.quotes.direct import DirectQuote
from core.text.parsed import text_of


def embeds_quote(verb: Token, text: str, span: tuple[int, int]) -> bool:
    """ "vowed that “…”", "said China “will …”": the cue runs on into the quoted words, which it
    reports as a statement of its own (shown once in the reader, kept twice in the JSON). A quote
    the cue only frames ("said: “…”", "“…,” she said") is the direct quote alone."""
    if verb.lower_ == "according" or verb.idx > span[0] or parenthetical(verb):
        return False
    between = text[verb.idx + len(verb) : span[0]]
    return ":" not in between and len(between) <= 80


def own_quote(
    verb: Token, direct: Sequence[DirectQuote], span: tuple[int, int]
) -> DirectQuote | None:
    """The direct quote whose cue is `verb` and that the content opens, when the content runs
    into it (the statement and the quote are one), not when the cue only frames it (“…,” he
    said: the content is the quote alone, already shown)."""
    text = text_of(verb.doc)
    for d in direct:
        if d.cue is None or d.cue.verb.i != verb.i:
            continue
        if not (span[0] <= d.start < span[1] or adjoins(text, span, d)):
            continue
        if span[0] < d.start - 1 or embeds_quote(verb, text, (d.start, d.end)):
            return d
    return None


# What may stand between a content the parser ended early and the quote that goes on with it:
# spaces and the quote's opening marks ("demanded that the rich “pay their fair share.”").
_OPENING_GAP = re.compile(r"[\s“‘\"'«]*")


def adjoins(text: str, span: tuple[int, int], quote: DirectQuote) -> bool:
    """Does the quote open right where the content ends? The parser often closes a content at
    the quote mark ("urged Lund “to step aside.”" read as "urged Lund"), and the quote, which
    the same cue signs, is the rest of it."""
    return span[1] <= quote.start and bool(_OPENING_GAP.fullmatch(text[span[1] : quote.start]))


def someone_elses(quote: DirectQuote, verb: Token, sentence: tuple[int, int]) -> bool:
    """Is this direct quote another cue's, in the cue's sentence ("…, and the call “was …”, Yu
    said" beside Lund's report)? A quote another sentence's cue signs ("… and that it would
    have “left the base open.” But, he said, “…”") or none signs is no sign of another
    speaker inside the report, and neither is a quote a verb inside the content signs ("says the
    plan failed and that she expects Lund to announce an “overhaul”": a report within the
    report; one coordinated with the content, "…, and when pressed, Lund replied, “…”", is
    another act). `sentence` is the cue's sentence, as token offsets."""
    other = quote.cue.verb if quote.cue is not None else None
    return (
        other is not None
        and other.i != verb.i
        and sentence[0] <= other.i < sentence[1]
        and not (verb.is_ancestor(other) and other.dep_ != "conj")
    )


def into_own_quote(
    text: str, span: tuple[int, int], own: DirectQuote | None
) -> tuple[tuple[int, int], ...]:
    """The pieces of a content that opens a quote of its cue's own: the content up to the end
    of the quote's first piece and the pieces that go on in its paragraph ("Whatever he
    decides, Lund “has won …,” Okafor said. “He will lead.”", "insisted that “A. B.”"), as
    attribution corpora mark such mixed content to the end of the quote; else the span."""
    if own is None:
        return (span,)
    first_s, first_e = own.pieces[0]
    if not (span[0] <= first_s < span[1] < first_e or adjoins(text, span, own)):
        return (span,)
    stop = text.find("\n", first_s)
    stop = len(text) if stop == -1 else stop
    return ((span[0], first_e), *((s, e) for s, e in own.pieces[1:] if s < stop))


def close_quote(
    text: str, span: tuple[int, int], quoted: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """Take in the rest of a direct quote the content opened: the parser may end the clause
    inside it ("said China “will not watch the fire, nor add fuel …”" cut at the comma), and
    the closing mark (… “reckless and cruel.”)."""
    for s, e in quoted:
        if span[0] < s < span[1] < e:
            span = (span[0], e)
            break
    seg = text[span[0] : span[1]]
    if seg.count("“") > seg.count("”"):
        k = text.find("”", span[1], span[1] + 3)
        if k != -1:
            return span[0], k + 1
    return span
