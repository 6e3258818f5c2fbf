"""The key that identifies an actor while the registry is built: the same key is the same actor."""

from __future__ import annotations

import re

from spacy.tokens import Token


def org_key(text: str) -> str:
    return "o:" + re.sub(r"[^a-z0-9 ]", "", text.lower().removeprefix("the ")).strip()


def person_key(name_toks: list[Token]) -> str:
    """First and last name: "Donald J. Trump" and "Donald Trump" are one person."""
    words = [t.text for t in name_toks if not (len(t.text) <= 2 and t.text.endswith("."))]
    words = [w for w in words if w.lower() not in ("jr", "jr.", "sr", "sr.", "ii", "iii")]
    if not words:
        words = [t.text for t in name_toks]
    return "p:" + " ".join([words[0], words[-1]] if len(words) > 1 else words).lower()
