"""The key that identifies an actor while the registry is built: the same key is the same actor."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from spacy.tokens import Token

from core.lexicon.people import NAME_SUFFIXES

# A country is a state ("Beijing said" is China); a location is a place that is not one (a city,
# a US state). The kinds sort in the order of their initials, so keys sort as they always did.
KeyKind = Literal["country", "group", "location", "organization", "person"]


class ActorKey(NamedTuple):
    """What makes two mentions one actor: a kind and a normalised name ("person", "donald trump").

    A tuple, not a dataclass: the passes hash one per mention, and a tuple hashes in C.
    """

    kind: KeyKind
    name: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.name}"


def country_key(country: str) -> ActorKey:
    return ActorKey("country", country)


def location_key(text: str) -> ActorKey:
    return ActorKey("location", text.lower())


def group_key(name: str) -> ActorKey:
    return ActorKey("group", name.lower())


def org_key(text: str) -> ActorKey:
    return ActorKey(
        "organization", re.sub(r"[^a-z0-9 ]", "", text.lower().removeprefix("the ")).strip()
    )


def body_key(owner: ActorKey, body: str) -> ActorKey:
    """A person's organisation: "the Clinton campaign", "the Obama administration"."""
    return ActorKey("organization", f"{owner.name} {body}")


def person_key(name_toks: list[Token]) -> ActorKey:
    """First and last name: "Donald J. Trump" and "Donald Trump" are one person."""
    words = [t.text for t in name_toks if not (len(t.text) <= 2 and t.text.endswith("."))]
    words = [w for w in words if w.lower() not in NAME_SUFFIXES]
    if not words:
        words = [t.text for t in name_toks]
    return ActorKey("person", " ".join([words[0], words[-1]] if len(words) > 1 else words).lower())
