"""Quotes: who said what. First pass: text between curly or straight double quote marks.

The quotes issue replaces this with direct, partial and reported speech and speaker attribution.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.model import Actor, Quote

_QUOTED = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")


def find_quotes(doc: Doc, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    text = doc.text
    quotes = []
    for i, mo in enumerate(_QUOTED.finditer(text), 1):
        g = 1 if mo.group(1) is not None else 2
        start, end = mo.span(g)
        quotes.append(Quote(id=f"q{i}", kind="direct", start=start, end=end, text=text[start:end]))
    return tuple(quotes)
