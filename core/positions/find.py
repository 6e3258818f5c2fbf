"""Positions: where each actor stands, with the evidence, grouped by topic.

Two sources feed one pass over the parse:
(a) what actors say: a cue inside a quote with a speaker belongs to that speaker (quote id kept);
(b) stance language about an actor.
The steps: `core.positions.cues` finds the stance cues, `core.positions.claims` gives each its
holders (through `core.reference`), evidence and topic (`core.positions.topics`), and
`core.positions.grouping` makes one position of an actor's claims on one topic.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.model import Actor, Position, Quote
from core.positions.claims import Claim, claims_of
from core.positions.cues import cue_candidates, cue_of
from core.positions.grouping import group
from core.reference import Holders


def find_positions(
    doc: Doc, actors: tuple[Actor, ...], quotes: tuple[Quote, ...]
) -> tuple[Position, ...]:
    if not actors or len(doc) == 0:
        return ()
    holders = Holders(doc, actors, quotes)
    claims: list[Claim] = []
    for tok in cue_candidates(doc):
        cue = cue_of(tok)
        if cue is None:
            continue
        claims.extend(claims_of(holders, cue))
    return group(claims, actors)
