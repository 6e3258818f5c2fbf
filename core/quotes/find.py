"""Quotes: who said what. Direct quotes (`core.quotes.direct`) and reported speech
(`core.quotes.reported`), each with its cue, the words naming its speaker and the actor they name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from core.actors.registry import actor_at
from core.model import Actor, Quote, QuoteKind, TextSpan
from core.quotes.attribution import is_speech_verb
from core.quotes.direct import DirectQuote, find_direct
from core.quotes.reported import Reported, find_reported
from core.reference import Resolver, resolver_for
from core.sources.boilerplate import (
    Boilerplate,
    after_dateline,
    find_boilerplate,
    inside_boilerplate,
)
from core.text.parsed import text_of


def _joint(actors: tuple[Actor, ...], mention: TextSpan, first: Actor | None) -> tuple[str, ...]:
    """Every actor a joint mention names, `first` first; () unless it names two or more."""
    if " and " not in mention.text and " & " not in mention.text:
        return ()
    ids: list[str] = [first.id] if first else []
    for s, e in _joint_parts(mention.text):
        found = actor_at(actors, mention.start + s, mention.start + e)
        if found is not None and found.id not in ids:
            ids.append(found.id)
    return tuple(ids) if len(ids) > 1 else ()


def _in_boilerplate(site: tuple[Boilerplate, ...], quote: Quote) -> bool:
    cue = quote.cue
    return inside_boilerplate(site, quote.start, quote.end) or (
        cue is not None and inside_boilerplate(site, cue.start, cue.end)
    )


def _joint_parts(text: str) -> list[tuple[int, int]]:
    """The names a joint mention joins ("Okoro and Lund"), as offsets into the mention."""
    out, pos = [], 0
    for part in re.split(r"(\s+(?:and|&)\s+|,\s+)", text):
        if part and not re.fullmatch(r"\s+(?:and|&)\s+|,\s+", part):
            out.append((pos, pos + len(part)))
        pos += len(part)
    return out


# What may follow the words of a report or quote before its paragraph ends.
_CLOSING = re.compile(r"[\s.,;:!?”’\"')]*")


def _closes_paragraph(text: str, end: int) -> int | None:
    """Where the paragraph ends when only closing punctuation follows `end` in it, else None."""
    stop = text.find("\n", end)
    stop = len(text) if stop == -1 else stop
    return stop if _CLOSING.fullmatch(text[end:stop]) else None


def _continue_reports(doc: Doc, direct: list[DirectQuote], reported: list[Reported]) -> None:
    """ "Okafor said the plan would fail.\n\n“It is a disaster …”": a paragraph that is nothing
    but a quote no cue claims, after a paragraph that ends with someone's report in a verb of
    saying, is theirs (the newswire convention, as for a paragraph after an attributed quote),
    and so is the next such paragraph. A paragraph of anything else between breaks the chain."""
    text = text_of(doc)
    closing: dict[int, tuple[int, int]] = {}  # paragraph end -> speaker of the report ending it
    for r in reported:
        verb = doc.char_span(*r.cue, alignment_mode="expand")
        stop = _closes_paragraph(text, r.end)
        if (
            r.speaker is not None
            and verb is not None
            and stop is not None
            and is_speech_verb(verb.root)
        ):
            closing[stop] = r.speaker
    if not closing:
        return
    for d in direct:
        if d.speaker is not None or d.cue is not None:
            continue
        start = text.rfind("\n", 0, d.start) + 1
        stop = _closes_paragraph(text, d.end)
        if text[start : d.start].strip(" \t“\"‘'«") or stop is None:
            continue  # the paragraph is more than the quote
        prev_end = start
        while prev_end > 0 and text[prev_end - 1] in "\n \t":
            prev_end -= 1
        speaker = closing.get(prev_end)
        if speaker is None:
            continue
        d.speaker, d.inherited = speaker, True
        closing[stop] = speaker


def _quote(
    text: str,
    kind: QuoteKind,
    pieces: list[tuple[int, int]],
    cue: tuple[int, int] | None,
    speaker: tuple[int, int] | None,
    speakers: Resolver,
) -> Quote:
    start, end = pieces[0][0], pieces[-1][1]
    mention = TextSpan.of(text, *speaker) if speaker else None
    actor = speakers.actor_in(mention.start, mention.end) if mention else None
    return Quote(
        id="",
        kind=kind,
        start=start,
        end=end,
        text=text[start:end],
        fragments=tuple(TextSpan.of(text, s, e) for s, e in pieces) if len(pieces) > 1 else (),
        speaker=actor.id if actor else None,
        speaker_mention=mention,
        cue=TextSpan.of(text, *cue) if cue else None,
        speakers=(
            _joint(speakers.actors, mention, actor) or speakers.joint_in(mention.start, mention.end)
        )
        if mention
        else (),
    )


def find_quotes(doc: Doc, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    text = text_of(doc)
    speakers = resolver_for(doc, actors)
    direct = find_direct(doc)
    reported = find_reported(doc, direct)
    _continue_reports(doc, direct, reported)
    quotes = [
        _quote(
            text,
            "direct",
            d.pieces,
            (d.cue.start, d.cue.end) if d.cue is not None and not d.inherited else None,
            d.speaker,
            speakers,
        )
        for d in direct
    ]
    # a byline, teaser, caption or share prompt is the site's, not the story's: no one speaks there
    site = find_boilerplate(text)
    for r in reported:
        pieces = list(r.pieces) or [(r.start, r.end)]
        if site:  # "LAGOS (Reuters) — X met Y, the city said": the report starts after the dash
            first = after_dateline(text, site, pieces[0][0])
            if first < pieces[0][1]:
                pieces[0] = (first, pieces[0][1])
        quotes.append(_quote(text, "indirect", pieces, r.cue, r.speaker, speakers))
    if site:
        quotes = [q for q in quotes if not _in_boilerplate(site, q)]
    quotes.sort(key=lambda q: (q.start, q.end))
    return tuple(replace(q, id=f"q{i}") for i, q in enumerate(quotes, 1))
