"""The analysis model: frozen dataclasses that serialise to the contract `newsreader.analysis/1`.

Every offset is a Python ``str`` index into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "newsreader.analysis/1"

ActorKind = Literal["person", "organization", "place", "group"]
QuoteKind = Literal["direct", "indirect"]
Polarity = Literal["support", "oppose", "neutral"]

GenderValue = Literal["female", "male", "unknown"]
GenderEvidence = Literal["pronoun", "honorific", "role", "name"]

ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "place", "group")
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect")
POLARITIES: tuple[str, ...] = ("support", "oppose", "neutral")


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the article text; ``text`` always equals ``article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TextSpan:
        return cls(int(d["start"]), int(d["end"]), str(d.get("text", "")))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> TextSpan:
        return cls(start, end, text[start:end])


# A mention is a span that names an actor; the contract gives it the same shape.
Mention = TextSpan


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "title": self.title, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(source=str(d.get("source", "")), text=str(d["text"]), title=d.get("title"))


@dataclass(frozen=True)
class Gender:
    """A person's gender as the text shows it: `by` names the evidence (None with `unknown`);
    `p` is the name data's probability that the name is a woman's, where a name was looked up."""

    value: GenderValue
    by: GenderEvidence | None = None
    p: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": self.value, "by": self.by}
        if self.p is not None:
            d["p"] = self.p
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Gender:
        p = d.get("p")
        return cls(d.get("value", "unknown"), d.get("by"), float(p) if p is not None else None)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    role: str | None = None
    # The id of the actor this one speaks for or belongs to (a spokesman's principal, a
    # broadcaster's state), where the text says so.
    affiliation: str | None = None
    # Optional, people only: set by core.gender.evidence (`extract` leaves it out).
    gender: Gender | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
            "role": self.role,
            "affiliation": self.affiliation,
        }
        if self.gender is not None:
            d["gender"] = self.gender.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            id=str(d["id"]),
            name=str(d["name"]),
            kind=d["kind"],
            aliases=tuple(d.get("aliases", ())),
            mentions=tuple(TextSpan.from_dict(m) for m in d.get("mentions", ())),
            role=d.get("role"),
            affiliation=d.get("affiliation"),
            gender=Gender.from_dict(d["gender"]) if d.get("gender") else None,
        )


@dataclass(frozen=True)
class Quote:
    id: str
    kind: QuoteKind
    start: int
    end: int
    text: str
    # The pieces of a discontinuous quote ("…,” he said, “…”); empty when it is one piece.
    fragments: tuple[TextSpan, ...] = ()
    speaker: str | None = None
    speaker_mention: TextSpan | None = None
    cue: TextSpan | None = None
    # Everyone a joint mention names ("reply Okoro and Lund"): `speaker` first; empty otherwise.
    speakers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.fragments:
            d["fragments"] = [f.to_dict() for f in self.fragments]
        d["speaker"] = self.speaker
        d["speaker_mention"] = self.speaker_mention.to_dict() if self.speaker_mention else None
        d["cue"] = self.cue.to_dict() if self.cue else None
        if self.speakers:
            d["speakers"] = list(self.speakers)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        sm, cue = d.get("speaker_mention"), d.get("cue")
        return cls(
            id=str(d["id"]),
            kind=d["kind"],
            start=int(d["start"]),
            end=int(d["end"]),
            text=str(d["text"]),
            fragments=tuple(TextSpan.from_dict(f) for f in d.get("fragments") or ()),
            speaker=d.get("speaker"),
            speaker_mention=TextSpan.from_dict(sm) if sm else None,
            cue=TextSpan.from_dict(cue) if cue else None,
            speakers=tuple(str(x) for x in d.get("speakers") or ()),
        )

    @property
    def pieces(self) -> tuple[TextSpan, ...]:
        """The spans to highlight: the fragments, or the whole quote."""
        return self.fragments or (TextSpan(self.start, self.end, self.text),)


@dataclass(frozen=True)
class Position:
    id: str
    actor: str
    polarity: Polarity
    claim: str
    start: int
    end: int
    topic: str | None = None
    quote: str | None = None
    # Every piece of evidence when one position groups several statements; start/end is the first.
    evidence: tuple[TextSpan, ...] = ()
    # The words that name the actor as holder ("we" in its speaker's quote), each a mention.
    holders: tuple[TextSpan, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actor": self.actor,
            "polarity": self.polarity,
            "claim": self.claim,
            "topic": self.topic,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "evidence": [e.to_dict() for e in self.evidence],
            "holders": [h.to_dict() for h in self.holders],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Position:
        return cls(
            id=str(d["id"]),
            actor=str(d["actor"]),
            polarity=d["polarity"],
            claim=str(d["claim"]),
            topic=d.get("topic"),
            start=int(d["start"]),
            end=int(d["end"]),
            quote=d.get("quote"),
            evidence=tuple(TextSpan.from_dict(e) for e in d.get("evidence") or ()),
            holders=tuple(TextSpan.from_dict(h) for h in d.get("holders") or ()),
        )


@dataclass(frozen=True)
class Analysis:
    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    positions: tuple[Position, ...] = ()
    # Anything the pipeline wants the reader to know (a skipped part, a fallback), one line each.
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "positions": [p.to_dict() for p in self.positions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document (schema: {d.get('schema')!r})")
        return cls(
            article=Article.from_dict(d["article"]),
            actors=tuple(Actor.from_dict(a) for a in d.get("actors", ())),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            positions=tuple(Position.from_dict(p) for p in d.get("positions", ())),
        )

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None
