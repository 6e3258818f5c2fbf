"""Reported speech: a cue with its complement, kind "indirect".

Cues and their contents, from the dependency parse:
- a clausal complement: "X said (that) …", "X told Y that …", "polls show that …" (ccomp);
- an infinitive: "X vowed to …", "X urged Y to …" (xcomp, with the object);
- a preposition's object: "X called for …", "called on Y to …", "talked about …";
- what is said of an object: "called Trump “unhinged”", "accused X of …", "described X as …";
- a stance on a noun phrase: "rejected the plan", "endorsed Trump";
- "according to X, …" and a parenthetical "…, they say, …": the clause around them.
Boundaries follow how attribution corpora (PolNeAR, PARC) mark content: without the
complementiser, the cue or the speaker, and without what the reporter adds (a concessive
"even though …", a trailing ", pointing to …", ", which …"). A negated cue ("has never condemned")
reports nothing; a cue inside a direct quote is the quoted person's, not the article's.

This module walks the cues; what a cue reports is read in `core.quotes.content`, where its
clause ends in `core.quotes.clauses`, how it meets direct quotes in `core.quotes.quoted_parts`,
reports without a verb of saying in `core.quotes.other_forms` and `core.quotes.headlines`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from core.lexicon.function_words import (
    NO_THINKER,
)
from core.lexicon.pronouns import (
    RELATIVE_THINGS,
)
from core.lexicon.speech import (
    PERMISSION_WORDS,
)
from core.quotes.attribution import (
    Cue,
    cue_at,
    cue_candidates,
    is_cue_verb,
    is_speech_verb,
    mention_bounds,
    spoken_to,
    verb_lemma,
)
from core.quotes.clauses import trim
from core.quotes.content import (
    clause_read_as_head,
    content_tokens,
    continuation,
    negated_speech_reports,
    only_when,
    parenthetical,
)
from core.quotes.direct import DirectQuote
from core.quotes.headlines import headlines
from core.quotes.other_forms import (
    colon_lines,
    interview_answers,
    noun_cues,
    passive_judgement,
    perspectives,
    shares_read_as_nouns,
    verbs_read_as_nouns,
)
from core.quotes.quoted_parts import (
    close_quote,
    embeds_quote,
    into_own_quote,
    own_quote,
    someone_elses,
    subject_led,
)
from core.quotes.record import COVERED, WORD, Reported, covered
from core.text.parsed import text_of

# Contents need a word ("endorsed Trump" is a stand; punctuation alone is not).
_MIN_WORDS = 1


def _that_read_as_preposition(verb: Token) -> list[Token] | None:
    """ "A spokeswoman said that the company's share dated to 2007 and that …": the parser may
    take the "that" right after a verb of saying for a preposition and the clause's subject for
    its object; what it heads is then the reported clause, less the "that"."""
    if not is_speech_verb(verb) or verb.i + 1 >= len(verb.doc):
        return None
    that = verb.doc[verb.i + 1]
    if that.lower_ != "that" or that.dep_ != "prep" or that.head.i != verb.i:
        return None
    toks = [t for t in that.subtree if t.i != that.i]
    return toks if any(t.pos_ in ("VERB", "AUX") for t in toks) else None


def find_reported(doc: Doc, direct: list[DirectQuote]) -> list[Reported]:
    """Every reported statement of `doc`, in text order."""
    text = text_of(doc)
    quoted = [p for d in direct for p in d.pieces]
    mask = bytearray(len(text))  # 1 where a character lies inside a direct quote
    for s, e in quoted:
        mask[s:e] = b"\x01" * (e - s)
    out: list[Reported] = []
    seen: set[tuple[int, int]] = set()
    for tok in cue_candidates(doc):
        if tok.lower_ != "according" and not is_cue_verb(tok):
            continue
        if mask[tok.idx]:
            continue  # a cue inside someone's quote: their words, not the article's report
        if tok.dep_ == "xcomp" and verb_lemma(tok.head) in PERMISSION_WORDS:
            continue  # "was not authorized to speak about …": what one may say, not what was
        judged = passive_judgement(tok, mask)
        if judged is not None:
            if (judged.start, judged.end) not in seen:
                seen.add((judged.start, judged.end))
                out.append(judged)
            continue
        cue = cue_at(tok)
        if cue is None or (
            # a question put to someone unnamed ("was asked if …") is reported without a speaker
            cue.speaker_start is None and tok.lower_ != "according" and not spoken_to(tok)
        ):
            continue
        thinker = (
            text[cue.speaker_start : cue.speaker_end].lower()
            if cue.speaker_start is not None
            else ""
        )
        if not is_speech_verb(tok) and tok.lower_ != "according" and thinker in NO_THINKER:
            if not (
                thinker in RELATIVE_THINGS
                and tok.dep_ == "relcl"
                and tok.head.pos_ in ("NOUN", "PROPN")
            ):
                continue
            # "the audit, which showed the city was broke": what the relative pronoun stands for
            s0, s1 = mention_bounds(tok.head)
            cue = Cue(cue.verb, cue.start, cue.end, s0, s1)
        if any(c.dep_ == "neg" for c in tok.children) and not negated_speech_reports(tok):
            continue  # "has never condemned …": nothing was stood for
        sent = tok.sent if direct else None
        sentence = (sent.start, sent.end) if sent is not None else (0, 0)
        foreign = [p for d in direct if someone_elses(d, tok, sentence) for p in d.pieces]
        toks = (
            content_tokens(tok, foreign)
            or clause_read_as_head(tok, foreign)
            or _that_read_as_preposition(tok)
        )
        if not toks or only_when(toks):
            continue
        skip = set()
        if cue.speaker_start is not None:
            skip = {t.i for t in toks if cue.speaker_start <= t.idx < (cue.speaker_end or 0)}
        inside = (
            tok.lower_ == "according"
            or parenthetical(tok)
            or (min(t.i for t in toks) < tok.i < max(t.i for t in toks) and bool(continuation(tok)))
        )
        span = trim(
            [t for t in toks if t.i not in skip and t.i != tok.i],
            tok,
            tok.lower_ != "according",
            frozenset(t.i for t in tok.subtree) if inside else frozenset(),
        )
        pieces: tuple[tuple[int, int], ...] = ()
        if span is not None:
            pieces = into_own_quote(text, span, own_quote(tok, direct, span))
            last = close_quote(text, pieces[-1], quoted)
            pieces = (*pieces[:-1], last)
            span = (pieces[0][0], last[1])
        if span is None or span in seen:
            continue
        if len(WORD.findall(text[span[0] : span[1]])) < _MIN_WORDS:
            continue
        if covered(text, span, mask) >= COVERED and not embeds_quote(tok, text, span):
            continue
        seen.add(span)
        speaker = (
            (cue.speaker_start, cue.speaker_end or cue.speaker_start)
            if cue.speaker_start is not None
            else None
        )
        out.append(
            Reported(
                span[0], span[1], (cue.start, cue.end), speaker, pieces if len(pieces) > 1 else ()
            )
        )
    for d in direct:
        led = subject_led(d)
        if led is None:
            continue
        same_cue = [r for r in out if r.cue == led.cue]
        # a report of the same cue inside it is the part of it the parse reached
        if all(led.start <= r.start and r.end <= led.end for r in same_cue):
            out = [r for r in out if r.cue != led.cue] + [led]
    out += [r for r in noun_cues(doc, mask) if (r.start, r.end) not in seen]
    out += [r for r in verbs_read_as_nouns(doc, mask) if (r.start, r.end) not in seen]
    out += [r for r in shares_read_as_nouns(doc, mask) if (r.start, r.end) not in seen]
    out += [r for r in colon_lines(doc, mask) if (r.start, r.end) not in seen]
    out += [r for r in interview_answers(doc, mask) if (r.start, r.end) not in seen]
    out += headlines(doc, mask, out)
    out += [r for r in perspectives(doc, mask) if (r.start, r.end) not in seen]
    return sorted(out, key=lambda r: (r.start, r.end))
