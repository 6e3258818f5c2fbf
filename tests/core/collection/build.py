"""Analyses written by hand for the merging and gender rules: each actor's mentions are found in
the text as written, so offsets are real."""

from __future__ import annotations

from core.model import Actor, Analysis, Article, Quote, TextSpan


def article(source: str, text: str, actors: list[dict], quotes: list[tuple[str, str]] = ()):
    """actors: dicts of name, kind, aliases, role and `says` (words of the text that mention
    it, each found in order); quotes: (speaker id, quoted words found in the text)."""
    built = []
    for i, a in enumerate(actors, start=1):
        mentions, at = [], 0
        for said in a.get("says", [a["name"]]):
            start = text.index(said, at)
            mentions.append(TextSpan(start, start + len(said), said))
            at = start + len(said)
        built.append(
            Actor(
                id=f"a{i}",
                name=a["name"],
                kind=a.get("kind", "person"),
                aliases=tuple(a.get("aliases", [a["name"]])),
                mentions=tuple(mentions),
                role=a.get("role"),
            )
        )
    qs = []
    for j, (speaker, words) in enumerate(quotes, start=1):
        start = text.index(words)
        qs.append(Quote(f"q{j}", "direct", start, start + len(words), words, speaker=speaker))
    return Analysis(Article(source, text), tuple(built), tuple(qs))
