"""The registry the passes fill in: one builder per actor, every mention, which token names whom.

It is the one thing the passes share and add to; what a pass learns for a later pass it returns.
Frozen Actors are made from it at the end (core.actors.build).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan

from core.actors.article import Article
from core.actors.keys import ActorKey
from core.actors.syntax import is_speech_subject, subjectish
from core.model import ActorKind


@dataclass
class Builder:
    """One actor as the passes learn about it."""

    key: ActorKey
    kind: ActorKind
    name: str
    names: list[str] = field(default_factory=list)
    mentions: dict[tuple[int, int], bool] = field(default_factory=dict)  # span -> is a name
    role: str | None = None
    role_head: str | None = None
    nationality: str | None = None  # a country name
    affiliation: ActorKey | None = None  # another builder's key
    gender: str | None = None
    speech: int = 0

    def add(self, start: int, end: int, named: bool, name: str | None = None) -> None:
        self.mentions[(start, end)] = self.mentions.get((start, end), False) or named
        if name and name not in self.names:
            self.names.append(name)


@dataclass(frozen=True)
class Mention:
    """A resolved mention, for the pronoun pass."""

    key: ActorKey
    start: int
    end: int
    tok: int  # the token that heads it
    sent: int
    subject: bool
    quoted: bool
    speech: bool = False  # the subject of a speech verb: a speaker


class Ledger:
    """The actors found so far in one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.by_key: dict[ActorKey, Builder] = {}
        # token index -> key of the actor whose named mention covers it
        self.token_actor: dict[int, ActorKey] = {}
        self.mentions: list[Mention] = []

    def get(self, key: ActorKey, kind: ActorKind, name: str) -> Builder:
        b = self.by_key.get(key)
        if b is None:
            b = self.by_key[key] = Builder(key=key, kind=kind, name=name)
        return b

    def mention(self, b: Builder, span: SpacySpan, named: bool, name: str | None = None) -> Mention:
        b.add(span.start_char, span.end_char, named, name)
        head = span.root
        speech = is_speech_subject(head)
        if speech:
            b.speech += 1
        if named:
            for i in range(span.start, span.end):
                self.token_actor.setdefault(i, b.key)
        sent_of = self.article.sent_of
        m = Mention(
            key=b.key,
            start=span.start_char,
            end=span.end_char,
            tok=head.i,
            sent=sent_of[head.i] if len(sent_of) > head.i else 0,
            subject=subjectish(head),
            quoted=self.article.is_quoted(span.start_char),
            speech=speech,
        )
        self.mentions.append(m)
        return m

    def mark(self, span: SpacySpan, key: ActorKey) -> None:
        """These tokens name this actor (for the passes after), without a mention of their own."""
        for i in range(span.start, span.end):
            self.token_actor.setdefault(i, key)

    def rekey(self, moved: dict[ActorKey, ActorKey]) -> None:
        """Mentions and tokens of the actors folded into others (old key -> new key) go along."""
        self.mentions = [
            Mention(moved[m.key], m.start, m.end, m.tok, m.sent, m.subject, m.quoted, m.speech)
            if m.key in moved
            else m
            for m in self.mentions
        ]
        for i, k in list(self.token_actor.items()):
            if k in moved:
                self.token_actor[i] = moved[k]
