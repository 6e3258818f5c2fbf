"""Quotes: who said what. Direct quotes (`core.direct_quotes`) and reported speech
(`core.reported_speech`), each with its cue, the words naming its speaker and the actor they name.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from core.actors import actor_at
from core.direct_quotes import find_direct
from core.model import Actor, Quote, QuoteKind, Span
from core.reported_speech import find_reported


def _quote(
    text: str,
    kind: QuoteKind,
    pieces: list[tuple[int, int]],
    cue: tuple[int, int] | None,
    speaker: tuple[int, int] | None,
    actors: tuple[Actor, ...],
) -> Quote:
    start, end = pieces[0][0], pieces[-1][1]
    mention = Span.of(text, *speaker) if speaker else None
    actor = actor_at(actors, mention.start, mention.end) if mention else None
    return Quote(
        id="",
        kind=kind,
        start=start,
        end=end,
        text=text[start:end],
        fragments=tuple(Span.of(text, s, e) for s, e in pieces) if len(pieces) > 1 else (),
        speaker=actor.id if actor else None,
        speaker_mention=mention,
        cue=Span.of(text, *cue) if cue else None,
    )


def find_quotes(doc: Doc, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    text = doc.text
    direct = find_direct(doc)
    quotes = [
        _quote(
            text,
            "direct",
            d.pieces,
            (d.cue.start, d.cue.end) if d.cue is not None and not d.inherited else None,
            d.speaker,
            actors,
        )
        for d in direct
    ]
    for r in find_reported(doc, direct):
        quotes.append(_quote(text, "indirect", [(r.start, r.end)], r.cue, r.speaker, actors))
    quotes.sort(key=lambda q: (q.start, q.end))
    return tuple(replace(q, id=f"q{i}") for i, q in enumerate(quotes, 1))
