"""The frozen Actors, made from the registry (step 5), and the plain fallback.

Actors are ordered by prominence: mentions, with extra weight for being the subject of a speech
verb (the quotes to come).
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.actors.ledger import Ledger
from core.model import Actor, ActorKind, TextSpan
from core.text.parsed import text_of


def build(ledger: Ledger) -> tuple[Actor, ...]:
    """Every actor with a mention, the most prominent first, ids a1, a2, … in that order."""
    builders = [b for b in ledger.by_key.values() if b.mentions]
    first = {b.key: min(s for s, _ in b.mentions) for b in builders}
    builders.sort(key=lambda b: (-(len(b.mentions) + 2 * b.speech), first[b.key]))
    ids = {b.key: f"a{i}" for i, b in enumerate(builders, 1)}
    text = ledger.article.text
    out = []
    for b in builders:
        if b.kind == "person" and b.name.isupper():
            # a transcript's "MIKE PENCE:": the name as the prose writes it, if it does
            written = [n for n in b.names if not n.isupper()]
            b.name = max([*written, b.name.title()], key=len)
        mentions = tuple(TextSpan.of(text, s, e) for s, e in sorted(b.mentions))
        aliases = tuple(dict.fromkeys([b.name, *b.names]))
        out.append(
            Actor(
                id=ids[b.key],
                name=b.name,
                kind=b.kind,
                aliases=aliases,
                mentions=mentions,
                role=b.role,
                affiliation=ids.get(b.affiliation) if b.affiliation else None,
            )
        )
    return tuple(out)


# The model's entity labels as actor kinds, for the fallback.
_PLAIN_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}


def plain_entities(doc: Doc) -> tuple[Actor, ...]:
    """Entities grouped by their text, no folding: what the reader gets if the registry fails."""
    groups: dict[tuple[str, ActorKind], list[TextSpan]] = {}
    for ent in doc.ents:
        kind = _PLAIN_KINDS.get(ent.label_)
        if kind is not None:
            groups.setdefault((ent.text, kind), []).append(
                TextSpan.of(text_of(doc), ent.start_char, ent.end_char)
            )
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
    return tuple(
        Actor(id=f"a{i}", name=name, kind=kind, aliases=(name,), mentions=tuple(mentions))
        for i, ((name, kind), mentions) in enumerate(ranked, 1)
    )
