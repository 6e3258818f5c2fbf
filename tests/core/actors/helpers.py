"""Reading the actors of a short text of our own."""

from __future__ import annotations

import re

from core.actors import actor_at, find_actors
from core.model import Actor


def actors_of(nlp, text: str) -> tuple[Actor, ...]:
    return find_actors(nlp(text))


def at(actors: tuple[Actor, ...], text: str, needle: str, nth: int = 0) -> Actor | None:
    """The actor at the nth occurrence of `needle` (a whole word) in `text`."""
    mo = list(re.finditer(rf"\b{re.escape(needle)}\b", text))[nth]
    return actor_at(actors, mo.start(), mo.end())


def named(actors: tuple[Actor, ...], name: str) -> Actor:
    (actor,) = [a for a in actors if a.name == name]
    return actor
