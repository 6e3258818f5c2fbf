"""The one resolver: which actor a token or a span stands for (`Resolver`, `resolver_for`).

`core.actors.index.actor_at` is asked first everywhere: when the actors module resolves
pronouns and role phrases, its answer wins. The rest is what the parse shows beyond the actors'
own mentions: a document that speaks for whoever issued it ("a paper published by China ... the
paper called for"), a body for the actor it speaks for ("China's foreign ministry"), "I"/"we"
inside a quote (its speaker; in a quoted paragraph with no attribution, the speaker of the quote
just before it), a pronoun whose antecedent is one of these (the actors' pronoun
rules, `core.text.syntax.governing_subject` and `opening_subject`, asked again through the
resolver), and "X's position is that ...".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from core.actors.registry import actor_at
from core.lexicon.documents import DOCUMENT_NOUNS, ISSUE_VERBS
from core.lexicon.people import SPEAKING_BODIES, is_person_noun
from core.lexicon.pronouns import FIRST_PERSON, PERSONAL, PLURAL_PRONOUNS, THIRD_PERSON
from core.lexicon.speech import POSITION_NOUNS
from core.model import Actor, Quote
from core.text.parsed import text_of, tokens_where
from core.text.syntax import MAX_HOPS, agent_of, governing_subject, opening_subject, subject_of

# How far (characters) an unattributed direct quote may sit after the last one it continues:
# the rest of that sentence ("…,” said the foreign ministry's spokeswoman.") and a paragraph
# break.
CONTINUATION_GAP = 160
# The plural pronouns that can stand for a joint subject ("they", not "themselves").
JOINT_PRONOUNS = PLURAL_PRONOUNS & THIRD_PERSON


def _is_document_noun(lemma: str) -> bool:
    return lemma.lower() in DOCUMENT_NOUNS


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

    def _continued(self, quote: Quote) -> Quote | None:
        """The quote an unattributed one goes on from: news runs a speaker's next quoted
        paragraph with no "he said", so it is the speaker of the quote just before it."""
        before = [q for q in self.quotes if q.end <= quote.start and q.kind == "direct"]
        if not before or quote.kind != "direct":
            return None
        last = max(before, key=lambda q: q.end)
        gap = self.text[last.end : quote.start]
        if len(gap) > CONTINUATION_GAP:
            return None
        return last

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
            # "Managing Editor Bill Sammon": a person's name that closes the phrase is who
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
        return self.actor_of(head_noun(span))

    def actor_of(self, tok: Token, hops: int = 0) -> Actor | None:
        """The actor a noun or pronoun stands for, or None when the text does not say."""
        if hops > MAX_HOPS:
            return None
        own = actor_at(self.actors, tok.idx, tok.idx + len(tok.text))
        if own is not None:
            return own
        if tok.pos_ == "PRON":
            return self._pronoun(tok, hops)
        lemma = tok.lemma_.lower()
        if lemma in DOCUMENT_NOUNS:
            issuer = self._issuer(tok) or self._owners_found().get(lemma)
            if issuer is not None:
                return issuer
        if lemma in POSITION_NOUNS or lemma in DOCUMENT_NOUNS:
            for child in tok.children:
                if child.dep_ == "poss":
                    return self.actor_of(child, hops + 1)
        # The noun phrase's own modifiers: "many Western governments", "Chinese officials";
        # a possessor only for a body that speaks for it ("China's foreign ministry"), since
        # "his wife" is not he.
        # A person's name before a noun is someone else ("the Clinton aide") unless the noun
        # is a body that speaks for them ("the Trump campaign").
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        if lemma in SPEAKING_BODIES:
            mods += [c for c in tok.children if c.dep_ == "poss"]
        for mod in mods:
            found = actor_at(self.actors, mod.left_edge.idx, mod.idx + len(mod.text))
            # "Western governments", "U.S. officials" but not "the Manhattan billionaire"
            body = lemma in SPEAKING_BODIES or (
                tok.tag_ in ("NNS", "NNPS") and found is not None and found.kind != "person"
            )
            if found is not None and body:
                return found
        return None

    def _pronoun(self, tok: Token, hops: int) -> Actor | None:
        low = tok.lower_
        if low in FIRST_PERSON:
            q = self.quote_at(tok.idx, tok.idx + len(tok.text))
            if q is not None and q.speaker is None and q.speaker_mention is None:
                q = self._continued(q)
            return self.actor_by_id(q.speaker) if q and q.speaker else None
        if low not in THIRD_PERSON:
            return None
        # The actors' pass left it open, but its antecedent may be what only the resolver
        # knows (a document for its issuer, a body for its owner): the same two rules again,
        # asking the resolver ("X said it …", "The paper … . Its first point …").
        found = governing_subject(tok, lambda subj: self._antecedent(subj, tok, hops))
        if found is not None or tok.i != tok.sent.start:
            return found
        start = tok.sent.start
        if start == 0:
            return None
        prev = opening_subject(tok, start, self.doc[start - 1].sent.start)
        return self._antecedent(prev, tok, hops)

    def joint_of(self, tok: Token) -> tuple[Actor, ...]:
        """ "Aznar and Prodi sent a letter in which they urge …": a plural pronoun whose
        antecedent is a joint subject of actors stands for each of them (else nothing)."""
        if tok.lower_ not in JOINT_PRONOUNS:
            return ()

        def each(subj: Token) -> tuple[Actor, ...] | None:
            # "The head of the bank, Jane Smith, and the union's leader, Tom Brown, …": the
            # parse hangs the second of the pair on the first one's apposition
            members = [subj, *subj.conjuncts]
            for c in subj.children:
                if c.dep_ == "appos":
                    members.extend(c.conjuncts)
            if subj.pos_ == "PRON" or len(members) < 2:
                return None
            found = [self.actor_of(t, 1) for t in members]
            actors = tuple(dict.fromkeys(a for a in found if a is not None))
            return actors if len(actors) > 1 and len(actors) == len(found) else None

        joint = governing_subject(tok, each)
        if joint is None and tok.i == tok.sent.start and tok.i > 0:
            prev = opening_subject(tok, tok.i, self.doc[tok.i - 1].sent.start)
            joint = each(prev) if prev is not None else None
        return joint or ()

    def _antecedent(self, subj: Token | None, pronoun: Token, hops: int) -> Actor | None:
        """`subj` as the antecedent of `pronoun`, when it is an actor of a fitting kind."""
        if subj is None or subj.i == pronoun.i or subj.pos_ == "PRON":
            return None
        actor = self.actor_of(subj, hops + 1)
        if actor is None:
            return None
        personal = pronoun.lower_ in PERSONAL
        if personal != (actor.kind == "person"):
            return None  # "it" is no person, "he" is no country
        return actor

    def _document_owners(self) -> dict[str, Actor]:
        """Document nouns mapped to the actor the text says issued them, first mention wins."""
        owners: dict[str, Actor] = {}
        for tok in tokens_where(self.doc, LEMMA=_is_document_noun):
            lemma = tok.lemma_.lower()
            if lemma not in DOCUMENT_NOUNS or lemma in owners:
                continue
            owner = self._issuer(tok)
            if owner is not None:
                owners[lemma] = owner
        return owners

    def _issuer(self, tok: Token) -> Actor | None:
        # "China's paper", "a Chinese paper" (an actor among the modifiers).
        for child in tok.children:
            if child.dep_ in ("poss", "amod", "compound") and child.pos_ in ("PROPN", "ADJ"):
                own = actor_at(self.actors, child.idx, child.idx + len(child.text))
                if own is not None:
                    return own
        # "a paper published by China"
        for child in tok.children:
            if child.dep_ == "acl" and child.lemma_.lower() in ISSUE_VERBS:
                by = agent_of(child)
                if by is not None:
                    return actor_at(self.actors, by.idx, by.idx + len(by.text))
        # "China published a paper"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUE_VERBS:
            subj = subject_of(tok.head)
            if subj is not None and subj.pos_ != "PRON":
                return actor_at(self.actors, subj.idx, subj.idx + len(subj.text))
        return None


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
