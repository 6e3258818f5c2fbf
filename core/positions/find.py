"""Positions: where each actor stands, with the evidence, grouped by topic.

Two sources feed one pass over the parse:
(a) what actors say: a cue inside a quote with a speaker belongs to that speaker (quote id kept);
(b) stance language about an actor: the CAMEO classes (`core.positions.cues`) and attitudes
    (`core.positions.attitudes`: wanting, believing, welcoming, resenting).
The steps: `core.positions.cues` finds the stance cues, `core.positions.claims` gives each its
holders (through `core.reference`), evidence and topic (`core.positions.topics`), and
`core.positions.grouping` makes one position of an actor's claims on one topic.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from core.model import Actor, Position, Quote, TextSpan
from core.positions.attitudes import attitude_cue
from core.positions.claims import Claim, claims_of
from core.positions.cues import aimed_at, cue_candidates, cue_of
from core.positions.grouping import group
from core.positions.statements import statement_claims
from core.reference import resolver_for


def find_positions(
    doc: Doc, actors: tuple[Actor, ...], quotes: tuple[Quote, ...]
) -> tuple[Position, ...]:
    if not actors or len(doc) == 0:
        return ()
    holders = resolver_for(doc, actors).with_quotes(quotes)
    claims: list[Claim] = []
    for tok in cue_candidates(doc):
        cue = cue_of(tok) or attitude_cue(tok)
        if cue is None:
            continue
        claims.extend(claims_of(holders, cue))
        against = aimed_at(cue)
        if against is not None:
            claims.extend(claims_of(holders, against))
    for quote in quotes:
        if quote.speaker:
            claims.extend(c for c in statement_claims(holders, quote) if not _covered(c, claims))
    return group(claims, actors)


def _covered(new: Claim, claims: list[Claim]) -> bool:
    """A statement one of its speaker's stance cues already reads ("urged ... should")."""
    e = new.evidence
    return any(
        c.actor.id == new.actor.id and c.evidence.start < e.end and e.start < c.evidence.end
        for c in claims
    )


def with_holder_mentions(
    actors: tuple[Actor, ...], positions: tuple[Position, ...]
) -> tuple[Actor, ...]:
    """The actors with the words that name them as a position's holder among their mentions:
    what the resolver read as the actor ("we" in its speaker's quote) is a mention of it."""
    extra: dict[str, set[TextSpan]] = {}
    for p in positions:
        extra.setdefault(p.actor, set()).update(p.holders)
    out = []
    for actor in actors:
        new = [
            m
            for m in extra.get(actor.id, ())
            if not any(o.start < m.end and m.start < o.end for o in actor.mentions)
        ]
        if new:
            mentions = sorted((*actor.mentions, *new), key=lambda m: (m.start, m.end))
            actor = replace(actor, mentions=tuple(mentions))
        out.append(actor)
    return tuple(out)
