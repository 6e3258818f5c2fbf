"""The one resolver: which actor a token or a span stands for (`Resolver`, `resolver_for`).

`core.actors.index.actor_at` is asked first everywhere: the actors module resolves pronouns
(core.actors.pronouns, the one place their rules are applied, knowing a document's issuer and a
body's owner through core.actors.stands_for) and role phrases, and its answer wins. The rest is
what the parse shows beyond the actors' own mentions: a document that speaks for whoever issued
it ("a paper published by China ... the paper called for"), a body for the actor it speaks for
("China's foreign ministry"), both by core.actors.stands_for; "I"/"we" inside a quote (its
speaker; in a quoted paragraph with no attribution, the speaker of the quote just before it;
"we" the body the text says the speaker speaks for: "as TVP, we", a Chilean president's "we");
it/they for actors the actors module did not read itself (its rule, `thing_antecedent`, asking
this resolver); a joint subject for "they" (`joint_of`); and "X's position is that ...".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from core.actors.pronouns import (
    plural_name,
    relative_antecedents,
    relative_fits,
    thing_antecedent,
    thing_kinds,
)
from core.actors.registry import actor_at
from core.actors.stands_for import document_owners, stands_for
from core.lexicon.people import is_person_noun
from core.lexicon.pronouns import (
    FIRST_PERSON,
    FIRST_PLURAL,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    THIRD_PERSON,
)
from core.lexicon.speech import SPEECH_VERBS
from core.model import Actor, Quote
from core.text.parsed import text_of
from core.text.syntax import (
    MAX_HOPS,
    NOMINAL_SUBJECTS,
    governing_subject,
    opening_subject,
    own_subject,
)

# How far (characters) an unattributed direct quote may sit after the last one it continues:
# the rest of that sentence ("…,” said the foreign ministry's spokeswoman.") and a paragraph
# break.
CONTINUATION_GAP = 160
# The plural pronouns that can stand for a joint subject ("they", not "themselves").
JOINT_PRONOUNS = PLURAL_PRONOUNS & THIRD_PERSON


@dataclass
class Resolver:
    """Which actor a token or a span of one article stands for: a name or role (the actors'
    own mentions), a pronoun, a document for its issuer, a body for the actor it speaks for.
    Built once per article (`resolver_for`); the quotes ask it for their speakers, the positions
    for their holders, with the quotes known (`with_quotes`: "I" in a quote is its speaker)."""

    doc: Doc
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...] = ()
    # Doc.text joins every token on each access: read it once.
    text: str = ""
    # Document nouns to the actor the text says issued them, found on the first question.
    _owners: dict[str, Actor] | None = None
    _quote_at_char: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = text_of(self.doc)
        # Each character's tightest quote piece, so a look-up costs no scan of all quotes.
        self._quote_at_char = [-1] * len(self.text) if self.quotes else []
        pieces = [(p.start, p.end, n) for n, q in enumerate(self.quotes) for p in q.pieces]
        for start, end, n in sorted(pieces, key=lambda x: x[0] - x[1]):  # longest first
            lo, hi = max(0, start), min(len(self.text), end)
            self._quote_at_char[lo:hi] = [n] * max(0, hi - lo)

    def with_quotes(self, quotes: tuple[Quote, ...]) -> Resolver:
        """This resolver, knowing the article's quotes (what it found so far is kept)."""
        return Resolver(self.doc, self.actors, quotes, _owners=self._owners_found())

    def _owners_found(self) -> dict[str, Actor]:
        if self._owners is None:
            self._owners = self._document_owners()
        return self._owners

    # -- quotes -------------------------------------------------------------------------------
    def quote_at(self, start: int, end: int) -> Quote | None:
        """The quote whose text holds [start, end), the tightest first."""
        if not 0 <= start < len(self._quote_at_char):
            return None
        n = self._quote_at_char[start]
        if n < 0:
            return None
        q = self.quotes[n]
        return q if any(p.start <= start and end <= p.end for p in q.pieces) else None

    def _voice_at(self, tok: Token) -> Quote | None:
        """The quote whose speaker a first-person word inside it is: the tightest quote that
        holds it, unless the word names that quote's own speaker (“… I expect the world to
        act …,” he said: the report "I expect" is inside his quote, so its "I" is he)."""
        start, end = tok.idx, tok.idx + len(tok.text)
        q = self.quote_at(start, end)
        mention = q.speaker_mention if q is not None else None
        if q is None or mention is None or not (mention.start <= start < mention.end):
            return q
        around = [
            o
            for o in self.quotes
            if o is not q and any(p.start <= start and end <= p.end for p in o.pieces)
        ]
        return min(around, key=lambda o: o.end - o.start, default=None)

    def _continued(self, quote: Quote) -> Quote | None:
        """The quote an unattributed one goes on from: news runs a speaker's next quoted
        paragraph with no "he said", so it is the speaker of the quote just before it; also
        after a report of theirs ("Park said that sales will grow. “We hope …”")."""
        before = [
            q
            for q in self.quotes
            if q.end <= quote.start and (q.kind == "direct" or q.speaker is not None)
        ]
        if not before or quote.kind != "direct":
            return None
        last = max(before, key=lambda q: q.end)
        gap = self.text[last.end : quote.start]
        if len(gap) > CONTINUATION_GAP:
            return None
        return last

    def _framing_speaker(self, quote: Quote, hops: int) -> Actor | None:
        """The one who says a direct quote the quotes left without a speaker, when the sentence
        it opens or closes in has exactly one verb of saying outside any quote, whose subject is
        an actor: '“… we are concerned,” spokesman Ari Fleischer told reporters', 'Okoro said:
        “I will accept it”'. A sentence with no such verb, or two, says nothing."""
        if quote.kind != "direct":
            return None
        sents = {}
        for pos in (quote.pieces[0].start, quote.pieces[-1].end - 1):
            span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
            if span is not None and len(span):
                sents[span[0].sent.start] = span[0].sent
        verbs = [
            t
            for s in sents.values()
            for t in s
            if t.pos_ == "VERB"
            and t.lemma_.lower() in SPEECH_VERBS
            and self.quote_at(t.idx, t.idx + len(t.text)) is None
        ]
        if len(verbs) != 1:
            return None
        subj = own_subject(verbs[0], NOMINAL_SUBJECTS)
        if subj is None or subj.lower_ in FIRST_PERSON:
            return None
        return self.actor_of(subj, hops + 1)

    def actor_by_id(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    # -- tokens to actors ---------------------------------------------------------------------
    def actor_in(self, start: int, end: int) -> Actor | None:
        """The actor the words [start, end) name: an actor's own mention, else what the parse
        shows its head noun stands for (a document for its issuer: "the paper read")."""
        found = actor_at(self.actors, start, end)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if found is not None:
            if span is None or len(span) == 0:
                return found
            head = head_noun(span)
            if _names(found, head) or not is_person_noun(head):
                return found
            # "Managing Editor Ines Marr": a person's name that closes the phrase is who
            last = [t for t in span if not t.is_punct][-1:]
            if found.kind == "person" and last and _names(found, last[0]):
                return found
            # "the soft-spoken Leeds resident said", "the CNN host": the name only modifies
            # the one who speaks; the words stand for what their head noun stands for, if
            # anything ("China's foreign ministry spokesman" is China's)
            return self.actor_of(head)
        words = self.text[start:end].split()
        if words and all(w.isupper() for w in words):
            # a transcript's label ("PENCE:") names the one person the article calls Pence
            named = [a for a in self.actors if a.kind == "person" and _has_name_word(a, words[-1])]
            if len(named) == 1:
                return named[0]
        if span is None or len(span) == 0:
            return None
        actor = self.actor_of(head_noun(span))
        if actor is None and len(span) == 1:
            # "Okoro and Lund met. They said …": the first of the pair (`joint_in`: both)
            actor = next(iter(self.joint_of(span[0])), None)
        return actor

    def joint_in(self, start: int, end: int) -> tuple[str, ...]:
        """The ids of the actors a plural pronoun of [start, end) stands for jointly ("Okoro
        and Lund met. They said …"), when it is one; else ()."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or actor_at(self.actors, start, end) is not None:
            return ()
        return tuple(a.id for a in self.joint_of(span[0]))

    def actor_of(self, tok: Token, hops: int = 0) -> Actor | None:
        """The actor a noun or pronoun stands for, or None when the text does not say."""
        if hops > MAX_HOPS:
            return None
        own = actor_at(self.actors, tok.idx, tok.idx + len(tok.text))
        if own is not None:
            return own
        if tok.pos_ == "PRON":
            return self._pronoun(tok, hops)
        return stands_for(
            tok,
            self._named,
            lambda a: a.kind,
            self._owners_found,
            lambda t: self.actor_of(t, hops + 1),
        )

    def _named(self, span: SpacySpan) -> Actor | None:
        return actor_at(self.actors, span.start_char, span.end_char)

    def _pronoun(self, tok: Token, hops: int) -> Actor | None:
        low = tok.lower_
        if low in FIRST_PERSON:
            q = self._voice_at(tok)
            framed = q
            if q is not None and q.speaker is None and q.speaker_mention is None:
                q = self._continued(q)
            speaker = self.actor_by_id(q.speaker) if q and q.speaker else None
            if speaker is None and framed is not None and framed.speaker_mention is None:
                speaker = self._framing_speaker(framed, hops)
            if speaker is not None and low in FIRST_PLURAL:
                return self._we_of(tok, speaker)
            return speaker
        nouns = relative_antecedents(tok)
        for noun in nouns:
            # "China's foreign ministry, which said …": what the noun stands for
            actor = self.actor_of(noun, hops + 1)
            if actor is not None and relative_fits(tok, noun, actor.kind):
                return actor
        if nouns:
            return None
        if (low not in THING_PRONOUNS and low not in PLURAL_PRONOUNS) or tok.dep_ == "expl":
            return None
        # The actors' pass resolves pronouns (a document's issuer and a body's owner included);
        # for actors it did not read itself, its rule for it/they, asking this resolver.
        kinds = thing_kinds(low)

        def known(subj: Token) -> Actor | None:
            if subj.i == tok.i:
                return None
            actor = self.actor_of(subj, hops + 1)
            if actor is not None and actor.kind == "place" and low in PLURAL_PRONOUNS:
                return actor if plural_name(subj) else None
            return actor if actor is not None and actor.kind in kinds else None

        start = tok.sent.start
        prev = self.doc[start - 1].sent.start if start > 0 else None
        return thing_antecedent(tok, known, start, prev)

    def _we_of(self, tok: Token, speaker: Actor) -> Actor:
        """ "we" in a speaker's quote: the body or state the text says the speaker speaks for
        ("as TVP, we reject …"; the affiliation of "China's foreign ministry spokesman Yu Jun",
        "Acme Chairman Tomas Harlow"), else the speaker."""
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                body = self.actor_of(obj, 1) if obj is not None else None
                if body is not None and body.kind in ("organization", "place", "group"):
                    return body
        if speaker.kind == "person" and speaker.affiliation:
            body = self.actor_by_id(speaker.affiliation)
            if body is not None and body.kind in ("organization", "place"):
                return body
        return speaker

    def joint_of(self, tok: Token) -> tuple[Actor, ...]:
        """ "Okoro and Lund sent a letter in which they urge …": a plural pronoun whose
        antecedent is a joint subject of actors stands for each of them (else nothing)."""
        if tok.lower_ not in JOINT_PRONOUNS:
            return ()

        def each(subj: Token) -> tuple[Actor, ...] | None:
            # "The head of the bank, Jane Smith, and the union's leader, Tom Brown, …": the
            # parse hangs the second of the pair on the first one's apposition
            if subj.pos_ == "PRON":
                # "Okoro and Lund met. They said they …": the one "they" is the other
                return (self.joint_of(subj) or None) if subj.i < tok.i else None
            members = [subj, *subj.conjuncts]
            for c in subj.children:
                if c.dep_ == "appos":
                    members.extend(c.conjuncts)
            if len(members) < 2:
                return None
            found = [self._member(t) for t in members]
            actors = tuple(dict.fromkeys(a for a in found if a is not None))
            return actors if len(actors) > 1 and len(actors) == len(found) else None

        joint = governing_subject(tok, each)
        if joint is None and tok.i == tok.sent.start and tok.i > 0:
            prev = opening_subject(tok, tok.i, self.doc[tok.i - 1].sent.start)
            joint = each(prev) if prev is not None else None
        return joint or ()

    def _member(self, tok: Token) -> Actor | None:
        """One of a joint subject: the name set off beside a title names who it is ("the
        head of the river board, Piet Dunmore"), whatever the title alone was read as."""
        for c in tok.children if tok.pos_ == "NOUN" else ():
            # (a name's own "apposition" is the parser's reading of a list: "Tom Brown,
            # Ines Marr and …")
            if c.dep_ == "appos":
                named = self.actor_of(c, 1)
                if named is not None:
                    return named
        return self.actor_of(tok, 1)

    def _document_owners(self) -> dict[str, Actor]:
        return document_owners(self.doc, self._named)


def head_noun(span: SpacySpan) -> Token:
    """The noun a mention is about; the parse's root of a misparse ("the paper read", where
    "read" is taken for a noun) can be a determiner."""
    nominal = [t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON")]
    heads = [t for t in nominal if not (span.start <= t.head.i < span.end)]
    return (heads or nominal or [span.root])[-1]


def _names(actor: Actor, tok: Token) -> bool:
    """Does one of the actor's mentions cover this token?"""
    return any(m.start <= tok.idx < m.end for m in actor.mentions)


def _has_name_word(actor: Actor, word: str) -> bool:
    return any(word.casefold() in n.casefold().split() for n in (actor.name, *actor.aliases))


_local = threading.local()  # the reader analyses in a worker thread


def resolver_for(doc: Doc, actors: tuple[Actor, ...]) -> Resolver:
    """The article's resolver, built once: the quotes and the positions of one analysis share it
    (only the article being analysed is kept)."""
    last: Resolver | None = getattr(_local, "last", None)
    if last is None or last.doc is not doc or last.actors is not actors:
        last = _local.last = Resolver(doc, actors)
    return last
