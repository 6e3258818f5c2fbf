"""What the article shows highlighted, for a given analysis and reader state.

Pure functions from (analysis, state) to spans with style strings; the article view only paints
them. Styles name theme variables (`$primary`, ...), so a theme change recolours everything and
every highlight also carries a cue that reads without colour (underline, bold, reverse).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Analysis, Quote
from core.sources.boilerplate import find_boilerplate
from tui.state import ReaderState

# Theme colours a speaker can get, in order of first quote; they repeat past six speakers.
SPEAKER_COLOURS: tuple[str, ...] = (
    "$primary",
    "$warning",
    "$success",
    "$error",
    "$accent",
    "$secondary",
)
UNATTRIBUTED = "$foreground"

# Every quote: tinted in its speaker's colour and underlined (the cue without colour).
QUOTE_STYLE = "underline on {colour} 22%"
# A quote by someone other than the selected actor: the underline stays, the colour goes.
MUTED_QUOTE_STYLE = "underline"
# The quote or position evidence the reader is on.
CURRENT_STYLE = "bold underline on {colour} 55%"
# The other pieces of evidence of the position the reader is on (Enter or n goes to each).
EVIDENCE_STYLE = "underline on {colour} 25%"
# Mentions of the selected actor.
MENTION_STYLE = "bold reverse"
SEARCH_STYLE = "bold italic on $warning 45%"
SEARCH_CURRENT_STYLE = "bold italic reverse"
# Bylines, teasers, captions and prompts a site wraps around the story: there, but quiet.
BOILERPLATE_STYLE = "dim"


@dataclass(frozen=True)
class Highlight:
    """A styled stretch of the article; offsets index `article.text`."""

    start: int
    end: int
    style: str


def speaker_colours(analysis: Analysis) -> dict[str | None, str]:
    """A theme colour for each speaker, in order of first quote, so colours stay put."""
    colours: dict[str | None, str] = {None: UNATTRIBUTED}
    for q in analysis.quotes:
        if q.speaker not in colours:
            n = len(colours) - 1
            colours[q.speaker] = SPEAKER_COLOURS[n % len(SPEAKER_COLOURS)]
    return colours


def inside_statement(quote: Quote, quotes: tuple[Quote, ...]) -> Quote | None:
    """The reported statement a direct quote is part of: “…” words quoted inside what the same
    speaker is reported to have said ("the leaders had “a long call”"), else None."""
    if quote.kind != "direct":
        return None
    for other in quotes:
        if (
            other.kind == "indirect"
            and other.speaker == quote.speaker
            and (quote.speaker is not None or _same_words(other, quote))
            and all(other.start <= p.start and p.end <= other.end for p in quote.pieces)
        ):
            return other
    return None


def _same_words(a: Quote, b: Quote) -> bool:
    ma, mb = a.speaker_mention, b.speaker_mention
    return ma is not None and mb is not None and (ma.start, ma.end) == (mb.start, mb.end)


def listed_quotes(analysis: Analysis) -> list[Quote]:
    """The quotes the quotes pane lists: each statement once, a quote inside a reported
    statement of the same speaker shown within it (both stay in the JSON)."""
    return [q for q in analysis.quotes if inside_statement(q, analysis.quotes) is None]


def colour_of(colours: dict[str | None, str], speaker: str | None) -> str:
    return colours.get(speaker, UNATTRIBUTED)


def _quote_spans(quote: Quote, style: str) -> list[Highlight]:
    return [Highlight(p.start, p.end, style) for p in quote.pieces if p.start < p.end]


def base_highlights(
    analysis: Analysis, actor: str | None, colours: dict[str | None, str]
) -> list[Highlight]:
    """Every quote in its speaker's colour, and the selected actor's mentions.

    This layer changes only when the selected actor changes, so it is worth keeping apart from
    the current-item layer that changes on every key press.
    """
    out = [
        Highlight(b.start, b.end, BOILERPLATE_STYLE)
        for b in find_boilerplate(analysis.article.text)
    ]
    for q in analysis.quotes:
        if actor is None or q.speaker == actor:
            style = QUOTE_STYLE.format(colour=colour_of(colours, q.speaker))
        else:
            style = MUTED_QUOTE_STYLE
        out.extend(_quote_spans(q, style))
    selected = analysis.actor(actor)
    if selected is not None:
        out.extend(Highlight(m.start, m.end, MENTION_STYLE) for m in selected.mentions)
    return out


def current_highlights(
    analysis: Analysis, state: ReaderState, colours: dict[str | None, str]
) -> list[Highlight]:
    """The quote or position evidence the reader is on, and the search matches."""
    out: list[Highlight] = []
    quote = next((q for q in analysis.quotes if q.id == state.quote), None)
    if quote is not None:
        style = CURRENT_STYLE.format(colour=colour_of(colours, quote.speaker))
        out.extend(_quote_spans(quote, style))
    position = next((p for p in analysis.positions if p.id == state.position), None)
    if position is not None:
        style = CURRENT_STYLE.format(colour="$accent")
        other = EVIDENCE_STYLE.format(colour="$accent")
        at = state.evidence % len(position.evidence) if position.evidence else 0
        for i, e in enumerate(position.evidence or ()):
            out.append(Highlight(e.start, e.end, style if i == at else other))
        if not position.evidence and position.start < position.end:
            out.append(Highlight(position.start, position.end, style))
    for i, (lo, hi) in enumerate(state.matches):
        out.append(Highlight(lo, hi, SEARCH_CURRENT_STYLE if i == state.match else SEARCH_STYLE))
    return out
