"""Positions: what each actor stands for. Filled in by the positions issue."""

from __future__ import annotations

from spacy.tokens import Doc

from core.model import Actor, Position, Quote


def find_positions(
    doc: Doc, actors: tuple[Actor, ...], quotes: tuple[Quote, ...]
) -> tuple[Position, ...]:
    return ()
