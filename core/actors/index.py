"""Which actor a stretch of text names: actor_at, over an index of every mention."""

from __future__ import annotations

import threading
from bisect import bisect_left

from core.model import Actor


class _MentionIndex:
    """Every mention of every actor, sorted by start, so actor_at looks only at the mentions near
    the words it is asked about."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.actors = actors
        self.rows = sorted(
            (m.start, m.end, ai, mi)
            for ai, actor in enumerate(actors)
            for mi, m in enumerate(actor.mentions)
        )
        self.starts = [r[0] for r in self.rows]
        self.longest = max((e - s for s, e, _, _ in self.rows), default=0)

    def at(self, start: int, end: int) -> Actor | None:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        best: tuple[int, int, int, int] | None = None
        for s, e, ai, mi in self.rows[lo:hi]:
            if start < e:
                # the most overlap, then the tightest, then the first in the actors' order
                rank = (max(start, s) - min(end, e), e - s, ai, mi)
                if best is None or rank < best:
                    best = rank
        return self.actors[best[2]] if best else None


_index = threading.local()  # the reader analyses in a worker thread


def actor_at(actors: tuple[Actor, ...], start: int, end: int) -> Actor | None:
    """The actor whose mention covers most of [start, end); of equal ones, the tightest.

    For "Ohio Sen. Tomas Lund" that is Lund, not Ohio; for a pronoun, the actor it resolves to.
    """
    index = getattr(_index, "last", None)
    if index is None or index.actors is not actors:  # one article's actors are asked many times
        index = _index.last = _MentionIndex(actors)
    return index.at(start, end)
