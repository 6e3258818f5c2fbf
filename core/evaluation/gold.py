"""What a user's annotations say, whatever format they came in: the gold the scorer reads.

Both readers (`core.evaluation.brat`, `core.evaluation.jsonl`) produce these; every offset is a
Python `str` index into `GoldArticle.text`, as in the analysis contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GoldKind = Literal["direct", "mixed", "indirect"]
GOLD_KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")

# A reader collects at most this many problems before it stops: enough to fix a batch of files
# in one go, not so many that the first ones scroll away.
MAX_PROBLEMS = 20


class GoldError(Exception):
    """The gold cannot be scored against; each problem is one line naming its file (and line)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class GoldQuote:
    """One annotated attribution: its content and, where annotated, who it is attributed to."""

    kind: GoldKind
    pieces: tuple[tuple[int, int], ...]
    # The speaker as written (PolNeAR, brat's source span) ...
    speaker_span: tuple[int, int] | None = None
    # ... or the names it may go by (the seed gold's canonical name).
    speaker_names: tuple[str, ...] = ()
    # Counts neither way: neither a hit nor a miss, and a prediction on it is not counted.
    optional: bool = False
    # Where it was annotated ("FILE:LINE"), for the errors listing.
    where: str = ""

    @property
    def start(self) -> int:
        return min(s for s, _ in self.pieces)

    @property
    def end(self) -> int:
        return max(e for _, e in self.pieces)

    @property
    def has_speaker(self) -> bool:
        return self.speaker_span is not None or bool(self.speaker_names)


@dataclass(frozen=True)
class GoldActor:
    name: str
    # Words (an alias, a title) whose every occurrence in the text should resolve to this actor.
    must_resolve: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldPosition:
    # Names of the actor (any of them will do) and the spans that state the position.
    actor_any: tuple[str, ...]
    evidence: tuple[tuple[int, int], ...]
    polarity: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = ()
    # None where the gold does not annotate actors / positions at all (then they are not scored).
    actors: tuple[GoldActor, ...] | None = None
    not_people: tuple[str, ...] = ()
    positions: tuple[GoldPosition, ...] | None = None
    source: str = ""

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]
