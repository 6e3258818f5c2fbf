"""Actors: who and what the article names, each with every mention of it.

First pass: spaCy's named entities, grouped by their text. The actors issue replaces this with a
registry that folds surnames, titles, role phrases, pronouns and metonymy into the right actor.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.model import Actor, ActorKind, Span

ENTITY_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "NORP": "group",
}


def find_actors(doc: Doc) -> tuple[Actor, ...]:
    text = doc.text
    groups: dict[tuple[str, ActorKind], list[Span]] = {}
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        if kind is None:
            continue
        key = (ent.text, kind)
        groups.setdefault(key, []).append(Span.of(text, ent.start_char, ent.end_char))
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
    return tuple(
        Actor(id=f"a{i}", name=name, kind=kind, aliases=(name,), mentions=tuple(mentions))
        for i, ((name, kind), mentions) in enumerate(ranked, 1)
    )


def actor_at(actors: tuple[Actor, ...], start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping [start, end), the tightest one first."""
    best: tuple[int, Actor] | None = None
    for actor in actors:
        for m in actor.mentions:
            if m.start < end and start < m.end:
                size = m.end - m.start
                if best is None or size < best[0]:
                    best = (size, actor)
    return best[1] if best else None
