"""How a reported statement meets the direct quotes around it: a quote inside it that is its
speaker's own, a quote of someone else's, and the pieces a quote's own attribution splits it
into."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from core.quotes.content import parenthetical
from core.quotes.direct import DirectQuote
from core.quotes.record import Reported
from core.text.parsed import text_of
from core.text.syntax import SUBJECTS, same_paragraph


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


# A sentence ending between two pieces of a quote: the next piece is another sentence's.
_SENTENCE_END = re.compile(r"[.?!]")


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
    # (a content the parser ends with the quote's first piece goes on with its other pieces as
    # well: "suggested that Lund “should be fired” if she lied about “the accounts.”")
    ends_with_it = (
        len(own.pieces) > 1
        and first_e <= span[1] <= first_e + 2
        and not _SENTENCE_END.search(text[first_e : own.pieces[1][0]])
    )
    if not (span[0] <= first_s < span[1] < first_e or ends_with_it or adjoins(text, span, own)):
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


def subject_led(quote: DirectQuote) -> Reported | None:
    """ "Instead, Lund “is trying to take a shortcut. Sadly, the campaign has hit a pothole,”
    Okafor wrote.": a quote whose first clause has its subject outside the marks, before them in
    its sentence, and whose cue comes after it, is one mixed statement of the speaker's, from
    the sentence's start to the words before the cue's clause. The parser splits such a quote
    into sentences, so no cue's content reaches back to the subject. A lead-in with a verb of
    its own ("Lund said the plan “is dead”") is a cue's content already, read elsewhere."""
    cue = quote.cue
    if cue is None or quote.speaker is None or quote.inherited:
        return None
    doc = cue.verb.doc
    opening = doc.char_span(quote.pieces[0][0], quote.pieces[0][1], alignment_mode="expand")
    if opening is None or cue.verb.idx < quote.pieces[0][1]:
        return None
    mark = opening[0].i - 1
    while mark >= 0 and doc[mark].is_space:
        mark -= 1
    if mark < 0 or not doc[mark].is_quote:
        return None
    first = doc[mark].sent.start
    lead = [t for t in doc[first:mark] if not (t.is_space or t.is_punct)]
    if not lead or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[first:mark]):
        return None
    outside = (c for t in opening for c in t.children if first <= c.i < mark)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in outside):
        return None  # the quoted words do not go on from a subject outside them
    clause = min([cue.verb.i, *(c.left_edge.i for c in cue.verb.lefts if c.dep_ in SUBJECTS)])
    stop = clause - 1
    while stop > mark and (doc[stop].is_punct or doc[stop].is_space) and not doc[stop].is_quote:
        stop -= 1
    if stop <= opening[-1].i - 1 or not same_paragraph(lead[0], doc[stop]):
        return None
    end = doc[stop].idx + len(doc[stop])
    return Reported(lead[0].idx, end, (cue.start, cue.end), quote.speaker)
