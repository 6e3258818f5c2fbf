"""Writing the analysis to a file: JSON (the extract contract) or Markdown for people."""

from __future__ import annotations

import re
from pathlib import Path

from core.display import json_text
from core.model import Actor, Analysis, Position
from core.writing import write_atomic

# How a position reads for people (the pane and the Markdown export). Core's JSON keeps
# `polarity` and `topic` apart (the contract); people read them together. A neutral position's
# topic often names the neutrality itself, so such a topic reads as the adjective instead.
POLARITY_WORD = {"support": "for", "oppose": "against", "neutral": "neutral on"}

# A topic that starts with one of these words already states the neutrality.
_NEUTRALITY_ADJECTIVE = {
    "neutrality": "neutral",
    "neutral": "neutral",
    "impartiality": "impartial",
    "impartial": "impartial",
}


def stance_phrase(polarity: str, topic: str | None) -> str:
    """`for peace talks`, `against sanctions`, `neutral on the vote`, `neutral in the war`;
    without a topic the polarity alone (`neutral`)."""
    topic = " ".join((topic or "").split())
    if not topic:
        return polarity
    if polarity == "neutral":
        first, _, rest = topic.partition(" ")
        adjective = _NEUTRALITY_ADJECTIVE.get(first.lower())
        if adjective is not None:
            return f"{adjective} {rest}" if rest else adjective
    return f"{POLARITY_WORD.get(polarity, polarity)} {topic}"


# The order stances are listed in, each with its label ("for: …").
STANCE_ORDER = (("support", "for"), ("oppose", "against"), ("neutral", "neutral on"))


def positions_by_actor(analysis: Analysis) -> list[tuple[Actor, list[Position]]]:
    """Each actor with positions, in the actors' order, its positions in the article's order."""
    out = []
    for actor in analysis.actors:
        own = [p for p in analysis.positions if p.actor == actor.id]
        if own:
            out.append((actor, sorted(own, key=lambda p: (_first(p), p.id))))
    return out


def _first(p: Position) -> int:
    return min((e.start for e in p.evidence), default=p.start)


def statements(p: Position) -> int:
    """How many statements a position groups (its pieces of evidence)."""
    return max(1, len(p.evidence))


def stances_line(positions: list[Position], limit: int = 3) -> str:
    """An actor's stances in one line: `for: peace talks, a settlement · against: sanctions`."""
    parts = []
    for polarity, label in STANCE_ORDER:
        topics: list[str] = []
        for p in positions:
            topic = " ".join((p.topic or "").split())
            if p.polarity == polarity and topic and topic not in topics:
                topics.append(topic)
        if topics:
            shown = ", ".join(topics[:limit]) + (
                f" +{len(topics) - limit}" if len(topics) > limit else ""
            )
            parts.append(f"{label}: {shown}")
    return " · ".join(parts)


MARKDOWN_SUFFIXES = (".md", ".markdown")


def export_format(path: str | Path) -> str:
    """`markdown` for .md/.markdown, else `json`."""
    return "markdown" if Path(path).suffix.lower() in MARKDOWN_SUFFIXES else "json"


def _md(text: str) -> str:
    """One line, with Markdown's active characters escaped so the export reads as written."""
    flat = " ".join(text.split())
    for ch in "\\`*_[]<>#|":
        flat = flat.replace(ch, "\\" + ch)
    return flat


def to_markdown(analysis: Analysis) -> str:
    art = analysis.article
    name = {a.id: a.name for a in analysis.actors}
    lines = [f"# {_md(art.title or Path(art.source).name or 'Article')}", ""]
    if art.source:
        lines += [f"Source: `{art.source.replace('`', '')}`", ""]
    lines += ["## Actors", ""]
    for a in analysis.actors:
        extra = f", {_md(a.role)}" if a.role else ""
        lines.append(f"- **{_md(a.name)}** ({a.kind}{extra}): {len(a.mentions)} mentions")
    lines += ["", "## Quotes", ""]
    for q in analysis.quotes:
        who = _md(name.get(q.speaker or "", "(unattributed)"))
        lines.append(f"- **{who}** ({q.kind}): “{_md(q.text)}”")
    lines += ["", "## Positions"]
    for actor, own in positions_by_actor(analysis):
        lines += ["", f"### {_md(actor.name)}", ""]
        for p in own:
            stance = _md(stance_phrase(p.polarity, p.topic))
            n = statements(p)
            count = f", {n} statements" if n > 1 else ""
            lines.append(f"- {stance}{count}: {_md(p.claim)}")
    if not analysis.positions:
        lines += ["", "(none found)"]
    return "\n".join(lines) + "\n"


def export_text(analysis: Analysis, name: str | Path) -> tuple[str, str]:
    """The export's text in the format `name`'s suffix names; returns (text, format)."""
    fmt = export_format(name)
    if fmt == "markdown":
        return to_markdown(analysis), fmt
    return json_text(analysis.to_dict(), indent=2) + "\n", fmt


def write_export(analysis: Analysis, path: str | Path) -> tuple[Path, str]:
    """Write the analysis to `path` in the format its suffix names; returns (path, format)."""
    p = Path(path).expanduser()
    body, fmt = export_text(analysis, p)
    write_atomic(p, body)  # a failed write leaves the old file whole
    return p, fmt


# A download's name goes into an HTTP header and the browser's save dialog: a plain ASCII name.
_DOWNLOAD_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._()+ -]{0,150}")


def download_name(value: str) -> str:
    """`value` as the name of an export the browser downloads; ValueError (one line) for a path
    or a name a header cannot carry, since a shared reader never writes the server's disk."""
    name = value.strip()
    if "/" in name or "\\" in name or name.startswith((".", "~")):
        raise ValueError(
            f"{name}: a shared reader exports as a download; give a file name, not a path"
        )
    if not _DOWNLOAD_NAME.fullmatch(name):
        raise ValueError(f"{name}: use letters, digits, spaces and ._-()+ in the file name")
    return name


def default_download_name(source: str) -> str:
    """`STEM.analysis.json` for an article's source, with what a download name cannot hold
    replaced by `-`."""
    stem = re.sub(r"[^A-Za-z0-9._()+ -]", "-", Path(source).stem).strip(" .-") or "article"
    return f"{stem[:120]}.analysis.json"
