"""Direct quotes: quoted words that are speech, each with its cue and speaker.

A quoted stretch (from `core.text.quote_marks`) is speech when the parse ties it to a cue
("…,” X said, X said: “…”, X said China “will …”), or when it reads as a quoted sentence of its own
(a quote-only paragraph after an attributed quote keeps that speaker). Quoted names, titles and
short scare quotes with no cue are not speech. A quote split by its attribution (“…,” he said,
“…”) and a quote that runs across paragraphs become one quote with fragments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from core.lexicon.function_words import OWN_CLAUSE_MARKS, OWN_CLAUSE_OPENERS
from core.lexicon.speech import ADDRESSEE_VERBS, SPEECH_NOUNS, SPEECH_VERBS
from core.quotes.attribution import (
    NOUN_PHRASE_POS,
    Cue,
    cue_at,
    is_speech_verb,
    is_statement_copula,
    mention_bounds,
    misread_cue,
    verb_lemma,
)
from core.quotes.transcript import Turns
from core.text.parsed import text_of
from core.text.quote_marks import QuotedSpan, paragraph_breaks, scan_quotes
from core.text.syntax import NOMINAL_SUBJECTS, own_subject, phrase_head

# How far (in tokens) a cue may stand from the quote in the text around it.
_AFTER_WINDOW = 20
_BEFORE_WINDOW = 12
# How many heads up from a quoted word the parse is followed to find a cue.
_MAX_CLIMB = 4
# Quotes this long (in words) are speech even without a cue.
_SENTENCE_WORDS = 6
# How far (in characters) around a quote its cue is looked for; bounds the work on huge paragraphs.
_REACH = 600
# The longest attribution (in characters, with its marks) that splits one quote in two.
_SPLIT_GAP = 120
_END_PUNCT = re.compile(r"[.?!…,;:—–-]\W*$")
_WORD = re.compile(r"\w+")


@dataclass
class DirectQuote:
    """A direct quote under construction: its pieces, cue and speaker (char offsets)."""

    pieces: list[tuple[int, int]]
    cue: Cue | None = None
    speaker: tuple[int, int] | None = None
    inherited: bool = False
    paragraph: int = 0
    # the paragraph the quote ends in (a quote may run across paragraphs)
    last_paragraph: int = 0
    marks: list[QuotedSpan] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _paragraph_index(text: str) -> list[int]:
    """The start offset of every paragraph, for bisecting (a hard wrap inside a sentence is no
    paragraph break: `paragraph_breaks`)."""
    return [0] + [end for _, end in paragraph_breaks(text)]


def _para_of(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def _inside(tok: Token, marks: list[QuotedSpan]) -> bool:
    return any(m.open <= tok.idx < m.close for m in marks)


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _cue_by_parse(
    doc: Doc, marks: list[QuotedSpan], para: tuple[int, int], speech_only: bool = True
) -> Cue | None:
    """The cue that governs a quoted word in the dependency tree: the closest in the tree, then
    the closest in the text. Not `speech_only`, a verb of stance or finding counts too ("X
    welcomed “…”", "the report found “…”"), for a quote no verb of saying claims."""
    best: tuple[int, int, Cue] | None = None
    lo, hi = marks[0].open, marks[-1].close
    # The quoted words climb to the same few heads. A head reached again in as many steps or more
    # can only lead where the first climb led, with more steps, so the climb stops there.
    fewest_steps: dict[int, int] = {}
    for m in marks:
        for tok in _tokens_in(doc, m.start, m.end):
            head, steps = tok, 0
            while head.head.i != head.i and steps < _MAX_CLIMB:
                head = head.head
                if fewest_steps.get(head.i, _MAX_CLIMB) <= steps:
                    break
                fewest_steps[head.i] = steps
                if _inside(head, marks):
                    continue
                if not para[0] <= head.idx < para[1]:
                    break  # the parser ran two paragraphs into one sentence
                steps += 1
                cue = cue_at(head, speech_only=speech_only)
                if cue is not None and (speech_only or cue.speaker_start is not None):
                    dist = lo - head.idx if head.idx < lo else head.idx - hi
                    if best is None or (steps, dist) < best[:2]:
                        best = (steps, dist, cue)
                    break
    return _outside_speaker(best[2], lo, hi) if best else None


def _outside(toks: list[Token], lo: int, hi: int) -> list[Token]:
    """The tokens that lie wholly outside the quote [lo, hi)."""
    return [t for t in toks if t.idx + len(t) <= lo or t.idx >= hi]


def _speech_cue(tok: Token) -> Cue | None:
    if is_statement_copula(tok):
        return cue_at(tok)
    if not is_speech_verb(tok):
        return None
    cue = cue_at(tok, speech_only=True)
    return cue if cue is not None and cue.speaker_start is not None else None


def _outside_speaker(cue: Cue, lo: int, hi: int) -> Cue:
    """A speaker found inside the quote itself is a misparse of “…,” said X: take X instead, the
    name right after the verb, or the words between the quote and the verb."""
    if cue.speaker_start is None or not lo <= cue.speaker_start < hi:
        return cue
    doc = cue.verb.doc
    verb = cue.verb
    for k in (1, 2):
        if verb.i + k < len(doc) and doc[verb.i + k].pos_ in ("PROPN", "PRON"):
            head = phrase_head(doc[verb.i + k])
            s0, s1 = mention_bounds(head)
            return Cue(verb, cue.start, cue.end, s0, s1)
    between = [t for t in doc[verb.sent.start : verb.i] if t.idx >= hi and not t.is_punct]
    if 0 < len(between) <= 6 and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between):
        last = between[-1]
        return Cue(verb, cue.start, cue.end, between[0].idx, last.idx + len(last))
    return Cue(verb, cue.start, cue.end)


def _cue_after(doc: Doc, text: str, marks: list[QuotedSpan], para: tuple[int, int]) -> Cue | None:
    """A speech verb right after the quote, in the same sentence ("…,” X said; “…?” asked X)."""
    lo, hi = marks[0].open, marks[-1].close
    # a quote that ends its sentence is followed by a new one, unless a short "X said." follows
    window = 4 if text[lo:hi].rstrip(" \"”’'»").endswith(".") else _AFTER_WINDOW
    after = _outside(_tokens_in(doc, hi, min(para[1], hi + _REACH)), lo, hi)
    while after and (after[0].is_quote or after[0].text in ",:"):
        after = after[1:]
    signed = _signature(after)
    if signed is not None:
        return signed
    for k, tok in enumerate(after[:window]):
        if tok.is_quote or tok.text in ".?!":
            break
        if k == 0 and tok.is_sent_start and tok.pos_ == "VERB":
            break  # “…” Asked what … : a new sentence
        cue = _speech_cue(tok)
        if cue is not None and _opens_own_clause(tok, hi):
            break  # “…” when renters protested: the quote hangs on what came before it
        if cue is not None and _clause_of_a_word_after(tok, hi):
            break
        if cue is not None and _joined_with_own_content(tok, after[:k]):
            break  # “reckless” and Okafor said it would fail: another report, joined after it
        if cue is not None and window == 4 and _states_its_own(tok, hi):
            break  # “….” The singer then told of a storm …: a new sentence with its own content
        if cue is not None:
            return _outside_speaker(cue, lo, hi)
    return _cue_by_shape(after, window == 4)


def _clause_of_a_word_after(verb: Token, quote_end: int) -> bool:
    """Is the verb after a quote the head of a preposition's clause or of a relative clause on a
    word after the quote ("“theft,” compared to what other towns charge", "“hope” after the
    flood, which Lund called …"), so it is no tag? A source's relative clause ("…,” according
    to a memo that Band wrote") still names who wrote the words."""
    return (
        verb.dep_ in ("pcomp", "relcl")
        and verb.head.idx >= quote_end
        and not any(a.lower_ == "according" for a in verb.ancestors)
    )


def _joined_with_own_content(verb: Token, between: list[Token]) -> bool:
    """Is the verb after a quote joined to the clause before by "and"/"but" and does it report
    a clause of its own ("called the plan “reckless” and Okafor said it would fail"), so the
    quote is not what it says? ("“We will win,” Lund said and left" joins no report.)"""
    return any(t.pos_ == "CCONJ" for t in between) and any(
        c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children
    )


def _opens_own_clause(verb: Token, quote_end: int) -> bool:
    """Is the verb after a quote the head of a clause a subordinator opens after the quote
    ("…” when renters protested"), so it is no tag of the quote?"""
    return any(
        c.idx >= quote_end
        and (
            (c.dep_ == "advmod" and c.lower_ in OWN_CLAUSE_OPENERS)
            or (c.dep_ == "mark" and c.lower_ in OWN_CLAUSE_MARKS)
        )
        for c in verb.children
    )


def _states_its_own(verb: Token, quote_end: int) -> bool:
    """Does the verb after a finished quoted sentence have content of its own after it (a clause,
    or a thing for an object: "recalled an incident"), so the quote before is not what it says?
    "he told reporters", "she asked him" name an addressee, which leaves the quote its content."""
    for child in verb.rights:
        if child.idx < quote_end:
            continue
        if child.dep_ in ("ccomp", "xcomp"):
            return True
        if child.dep_ == "dobj" and child.pos_ not in ("PRON", "PROPN") and child.ent_type_ == "":
            return verb_lemma(verb) not in ADDRESSEE_VERBS
    return False


def _is_speech_word(tok: Token) -> bool:
    """A verb of saying however the tagger took it ("reply" as a noun, "asked" as a participle)."""
    return tok.lemma_.lower() in SPEECH_VERBS or tok.lower_ in SPEECH_VERBS


def _name_run(toks: list[Token]) -> int:
    """How many of `toks`, from the first, make one noun phrase naming a speaker or two ("former
    tech executive Jane Doe", "the 37-year-old", "Okoro and Lund"): the tagger's slips inside a
    title ("Oversight ranking Democrat …") are taken in when a name follows them."""
    n = 0
    while n < min(len(toks), 9):
        tok = toks[n]
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        nominal = tok.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or tok.tag_ in ("HYPH", "POS")
        joins = nxt is not None and nxt.pos_ == "PROPN"
        if nominal or (joins and (tok.pos_ == "CCONJ" or tok.tag_ in ("VBG", "VBN"))):
            n += 1
            continue
        break
    while n and toks[n - 1].pos_ not in ("NOUN", "PROPN", "NUM"):
        n -= 1  # a phrase ends on its noun
    return n


def _signature(after: list[Token]) -> Cue | None:
    """“…” — Commissioner Jane Doe: a dash and a name after a quote sign it (nothing else
    follows in the sentence, so "“…” — and then the vote" signs nothing)."""
    if not after or after[0].text not in ("—", "–", "--", "-"):
        return None
    n = _name_run(after[1:])
    if not n or not any(t.pos_ == "PROPN" for t in after[1 : n + 1]):
        return None
    rest = after[n + 1 :]
    if rest and not (rest[0].is_punct or rest[0].is_space or rest[0].text == "("):
        return None
    dash, last = after[0], after[n]
    return Cue(dash, dash.idx, dash.idx + len(dash), after[1].idx, last.idx + len(last))


def _ends_clause(tok: Token) -> bool:
    """Does the speech word end its clause ("the paper read.", "the 37-year-old asked in …")?"""
    doc = tok.doc
    return tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ in ("PUNCT", "SPACE", "ADP", "ADV")


def _cue_by_shape(after: list[Token], sentence_ended: bool) -> Cue | None:
    """The cue and speaker of “…” by the shape of the words after it, where the parse gives no
    speaker: a short noun phrase and a speech word (“…,” the paper read. “…?” the 37-year-old
    asked in …) or, inverted, a speech word and a noun phrase (“…!” reply Okoro and Lund; “…,”
    said Oversight ranking Democrat Jane Doe), the verb in whatever form the tagger took it for."""
    for k, tok in enumerate(after[:8]):
        misread = misread_cue(tok) if k >= 1 else None
        if misread is not None:
            return misread
        # the parser left the verb without its subject: the phrase before it is the speaker
        if k >= 1 and _is_speech_word(tok) and _ends_clause(tok):
            return Cue(
                tok, tok.idx, tok.idx + len(tok), after[0].idx, after[k - 1].idx + len(after[k - 1])
            )
        if tok.pos_ not in NOUN_PHRASE_POS and tok.pos_ != "NUM" and tok.tag_ != "HYPH":
            break
    # a finite verb or one the tagger took for a noun; "…,” saying the city …" is no inversion
    if (
        after
        and not sentence_ended
        and _is_speech_word(after[0])
        and after[0].tag_ in ("VBD", "VBZ", "VBP", "VB", "NN")
        and not after[0].text[:1].isupper()
    ):
        n = _name_run(after[1:])
        if n:
            verb, last = after[0], after[n]
            return Cue(verb, verb.idx, verb.idx + len(verb), after[1].idx, last.idx + len(last))
    return None


def _cue_before(doc: Doc, marks: list[QuotedSpan], para: tuple[int, int]) -> Cue | None:
    """A speech verb right before the quote, in the same sentence (X said: “…”)."""
    lo, hi = marks[0].open, marks[-1].close
    before = _outside(_tokens_in(doc, max(para[0], lo - _REACH), lo), lo, hi)
    while before and (before[-1].is_quote or before[-1].text in ",:"):
        before = before[:-1]
    for tok in reversed(before[-_BEFORE_WINDOW:]):
        if tok.is_quote or tok.text in ".?!":
            break
        cue = _speech_cue(tok)
        if cue is not None:
            return cue
    return None


def _lead_in(doc: Doc, start: int, end: int, colon_only: bool = False) -> Cue | None:
    """The sentence right before a quote introduces it: "X said in a statement." or "X: “…”",
    "he went back to his usual refrain: “…”" (the speaker is the clause's subject)."""
    toks = [t for t in _tokens_in(doc, start, end) if not t.is_space]
    if not toks:
        return None
    colon = toks[-1].text == ":"
    if colon_only and not colon:
        return None
    # the last sentence of [start, end)
    first = len(toks) - 1
    while first > 0 and not (toks[first - 1].text in (".", "?", "!") or toks[first - 1].is_quote):
        first -= 1
    sent = toks[first:-1] if colon else toks[first:]
    if not sent:
        return None
    verbs = [
        t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "aux", "auxpass")
    ]
    for verb in verbs:
        if (
            verb.dep_ in ("ROOT", "conj")
            and is_speech_verb(verb)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
        ):
            cue = cue_at(verb, speech_only=True)
            if cue is not None and cue.speaker_start is not None:
                return cue
    if not colon:
        return None
    if verbs:
        root = min(verbs, key=lambda t: len(list(t.ancestors)))
        subj = own_subject(root, NOMINAL_SUBJECTS)
        if subj is None:
            return None
        s0, s1 = mention_bounds(subj)
    else:
        # "Chris Doe, The Daily Planet: “…”": the speaker is the first name of the lead-in
        # "From the desk of Jane Doe, analyst:": a person named in the lead-in before any noun
        head = next((t for t in sent if t.ent_type_ == "PERSON"), None) or next(
            (t for t in sent if t.pos_ in ("PROPN", "NOUN", "PRON")), None
        )
        if head is None:
            return None
        head = phrase_head(head)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and head.lemma_.lower() in SPEECH_NOUNS:
            head = owner  # "His final assessment: “…”"
        s0, s1 = mention_bounds(head)
    mark = toks[-1]
    return Cue(mark, mark.idx, mark.idx + 1, s0, s1)


def _cue_in_lead_in(doc: Doc, text: str, para_starts: list[int], p: int, lo: int) -> Cue | None:
    """A lead-in sentence in the quote's paragraph, or ending the one before when the quote
    opens its paragraph."""
    para_start = para_starts[p]
    if text[para_start:lo].strip():
        return _lead_in(doc, max(para_start, lo - _REACH), lo)
    if p == 0:
        return None
    return _lead_in(doc, max(para_starts[p - 1], para_start - _REACH), para_start, colon_only=True)


def is_name_or_title(doc: Doc, start: int, end: int) -> bool:
    """A quoted name or title ("Saturday Night Live", "The Apprentice"): capitalised, no verb."""
    toks = [t for t in _tokens_in(doc, start, end) if not t.is_punct]
    if not toks or len(toks) > 6:
        return False
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in toks):
        return False
    words = [t for t in toks if t.is_alpha and not t.is_stop]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def _reads_as_sentence(text: str, start: int, end: int, para_start: int) -> bool:
    inner = text[start:end]
    if len(_WORD.findall(inner)) < 3:
        return False
    opens_para = not text[para_start:start].strip(" \t\u00a0\"“”'‘’«»„`")
    return bool(_END_PUNCT.search(inner)) or opens_para or inner[:1].isupper()


def _splits(text: str, first_end: int, second_start: int) -> bool:
    """Is the text between two quoted pieces just an attribution that splits one quote
    (“We are ready,” he said, “but …”)? The first piece ends on punctuation and the gap is short."""
    head = text[:first_end].rstrip()
    gap = text[first_end:second_start]
    return bool(head) and head[-1] in ",.?!—–-:;…" and len(gap) <= _SPLIT_GAP


def _groups(spans: tuple[QuotedSpan, ...]) -> list[list[QuotedSpan]]:
    """Join the pieces of a quote that runs across paragraphs."""
    groups: list[list[QuotedSpan]] = []
    joining = False
    for s in spans:
        if joining and groups:
            groups[-1].append(s)
        else:
            groups.append([s])
        joining = s.continues
    return groups


def _turns(
    doc: Doc, text: str, groups: list[list[QuotedSpan]]
) -> list[tuple[list[QuotedSpan], Cue | None]]:
    """Split quoted transcripts into turns: a quoted paragraph that opens with "NAME: " starts a
    quote of its own, without the label, whose speaker is NAME (see `core.quotes.transcript`)."""
    turns = Turns.of(text)
    if not turns.names:
        return [(g, None) for g in groups]
    out: list[tuple[list[QuotedSpan], Cue | None]] = []
    for group in groups:
        for m in group:
            label = turns.label_at(text, m.start)
            if label is None:
                if out and out[-1][0] and out[-1][0][-1].continues and out[-1][0][-1] in group:
                    out[-1][0].append(m)
                else:
                    out.append(([m], None))
                continue
            s0, s1, content = label
            colon = doc.char_span(s1, s1 + 1, alignment_mode="expand")
            cue = Cue(colon[0], s1, s1 + 1, s0, s1) if colon is not None and len(colon) else None
            out.append(([replace(m, start=content)], cue))
    return out


def find_direct(doc: Doc) -> list[DirectQuote]:
    """Every direct quote of `doc` in text order, split quotes joined into fragments."""
    text = text_of(doc)
    para_starts = _paragraph_index(text)
    out: list[DirectQuote] = []
    for marks, turn in _turns(doc, text, _groups(scan_quotes(text))):
        p = _para_of(para_starts, marks[0].open)
        last_p = _para_of(para_starts, marks[-1].open)
        last_end = para_starts[last_p + 1] if last_p + 1 < len(para_starts) else len(text)
        para = (para_starts[p], last_end)
        cue = turn or _cue_after(doc, text, marks, para)
        if cue is None:
            cue = _cue_by_parse(doc, marks, para)
        if cue is None or cue.speaker_start is None:
            cue = (
                _cue_before(doc, marks, para)
                or _cue_in_lead_in(doc, text, para_starts, p, marks[0].open)
                or cue
            )
        pieces = [(m.start, m.end) for m in marks]
        start, end = pieces[0][0], pieces[-1][1]
        if not _WORD.search(text[start:end]):
            continue
        if is_name_or_title(doc, start, end):
            continue
        quote = DirectQuote(pieces, cue, paragraph=p, last_paragraph=last_p, marks=list(marks))
        if cue is not None and cue.speaker_start is not None:
            quote.speaker = (cue.speaker_start, cue.speaker_end or cue.speaker_start)
        prev = out[-1] if out else None
        if cue is not None:
            # “…,” he said, “…”: the same cue governs both halves
            if (
                prev is not None
                and prev.cue is not None
                and prev.cue.verb.i == cue.verb.i
                and prev.end <= cue.start < start
                and _splits(text, prev.end, start)
            ):
                prev.pieces.extend(pieces)
                prev.marks.extend(marks)
                prev.last_paragraph = last_p
                continue
            out.append(quote)
            continue
        if not _reads_as_sentence(text, start, end, para_starts[p]):
            continue  # a scare quote or a term: not speech
        if prev is not None and prev.speaker is not None and prev.last_paragraph == p:
            # “…,” X said. “…”: the rest of the paragraph is more of the same quote
            prev.pieces.extend(pieces)
            prev.marks.extend(marks)
            prev.last_paragraph = last_p
            continue
        if prev is not None and prev.speaker is not None and p - prev.last_paragraph == 1:
            quote.speaker, quote.inherited = prev.speaker, True
            out.append(quote)
            continue
        if len(_WORD.findall(text[start:end])) >= _SENTENCE_WORDS:
            # a quoted sentence no verb of saying claims: whose stance or finding it is, when a
            # verb of those governs it ("X welcomed “…”", "the report found “…”")
            held = _cue_by_parse(doc, marks, para, speech_only=False)
            if held is not None and held.speaker_start is not None:
                quote.cue = held
                quote.speaker = (held.speaker_start, held.speaker_end or held.speaker_start)
            out.append(quote)
    return out
