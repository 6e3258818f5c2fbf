"""The source-diversity report: who is quoted across a collection, by gender, kind, outlet, month.

`Stats.add` takes one analysis at a time and keeps running totals only (core.collection.merge's
tallies, and a few counters), so memory stays flat however many articles stream through; only
`--by article` keeps one small row per article, as its output has one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlparse

from core.collection.merge import MergedActor, Merger, name_key, quote_counts
from core.model import ACTOR_KINDS, Analysis

GENDERS = ("female", "male", "unknown")
BREAKDOWNS = ("outlet", "month", "article")


def outlet_of(source: str, fallback: str) -> str:
    """Where an article comes from: a web page's domain, a file's folder, else `fallback` (the
    corpus or analyses file it was read from)."""
    url = urlparse(source)
    if url.scheme in ("http", "https") and url.hostname:
        host = url.hostname
        return host[4:] if host.startswith("www.") else host
    parent = PurePosixPath(source.replace("\\", "/")).parent.name
    return parent or fallback


@dataclass(frozen=True)
class Share:
    label: str
    quotes: int
    people: int


@dataclass(frozen=True)
class Report:
    articles: int
    direct: int
    indirect: int
    unattributed: int
    actors: tuple[MergedActor, ...]
    by_kind: tuple[tuple[str, int, int], ...]  # kind, quotes, quoted actors
    # breakdown value -> gender -> quotes; with the quoted people per value and gender.
    by: str
    groups: tuple[tuple[str, dict[str, int], dict[str, int]], ...]

    @property
    def people(self) -> tuple[MergedActor, ...]:
        return tuple(a for a in self.actors if a.kind == "person")

    def gender_shares(self) -> list[Share]:
        quotes: Counter[str] = Counter()
        people: Counter[str] = Counter()
        for a in self.people:
            if a.quotes:
                g = a.gender.value if a.gender else "unknown"
                quotes[g] += a.quotes
                people[g] += 1
        return [Share(g, quotes[g], people[g]) for g in GENDERS]


class Stats:
    def __init__(self, by: str = "outlet") -> None:
        self.by = by
        self.merger = Merger()
        self.direct = self.indirect = self.unattributed = 0
        # --by article: (label, [(kind, key, quotes)]) per article, resolved to genders at the end.
        self._articles: list[tuple[str, list[tuple[str, tuple[str, ...], int]]]] = []

    def add(self, analysis: Analysis, outlet: str, month: str | None) -> None:
        self.merger.add(analysis, outlet, month)
        for q in analysis.quotes:
            if q.kind == "direct":
                self.direct += 1
            else:
                self.indirect += 1
            if not q.speaker:
                self.unattributed += 1
        if self.by == "article":
            counts = quote_counts(analysis)
            rows: list[tuple[str, tuple[str, ...], int]] = [
                (a.kind, name_key(a.name), sum(counts[a.id]))
                for a in analysis.actors
                if a.kind == "person" and a.id in counts
            ]
            label = analysis.article.title or analysis.article.source
            self._articles.append((label, rows))

    def report(self) -> Report:
        actors, owner = self.merger.resolve()
        by_kind = []
        for kind in ACTOR_KINDS:
            of_kind = [a for a in actors if a.kind == kind]
            by_kind.append(
                (kind, sum(a.quotes for a in of_kind), sum(1 for a in of_kind if a.quotes))
            )
        by_kind.append(("unattributed", self.unattributed, 0))
        groups: dict[str, tuple[dict[str, int], dict[str, int]]] = {}

        def cell(value: str) -> tuple[dict[str, int], dict[str, int]]:
            return groups.setdefault(value, ({g: 0 for g in GENDERS}, {g: 0 for g in GENDERS}))

        if self.by == "article":
            for label, rows in self._articles:
                quotes, people = cell(label)
                for kind, key, n in rows:
                    a = owner.get((kind, key))
                    g = a.gender.value if a and a.gender else "unknown"
                    quotes[g] += n
                    people[g] += 1
        else:
            for a in actors:
                if a.kind != "person":
                    continue
                g = a.gender.value if a.gender else "unknown"
                for (by, value), (d, i) in a.quotes_by:
                    if by == self.by:
                        quotes, people = cell(value)
                        quotes[g] += d + i
                        people[g] += 1
        order = sorted(groups) if self.by != "article" else list(groups)
        return Report(
            articles=self.merger.articles,
            direct=self.direct,
            indirect=self.indirect,
            unattributed=self.unattributed,
            actors=tuple(actors),
            by_kind=tuple(by_kind),
            by=self.by,
            groups=tuple((v, groups[v][0], groups[v][1]) for v in order),
        )
