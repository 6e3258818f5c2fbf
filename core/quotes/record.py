"""One reported statement as the finders return it; how much of it direct quotes already show."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A reported statement this much inside direct quotes is already shown as the direct quote.
COVERED = 0.98


WORD = re.compile(r"\w+")


_ALNUM = re.compile(r"[^\W_]")  # one letter or digit: what str.isalnum() accepts


@dataclass(frozen=True)
class Reported:
    start: int
    end: int
    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    # the pieces of a content the cue's own attribution splits ("Lund “has won,” Okafor said.
    # “He will lead.”"); () when it is one piece
    pieces: tuple[tuple[int, int], ...] = ()


def covered(text: str, span: tuple[int, int], quoted: bytearray) -> float:
    """The share of the span's letters and digits that lie inside direct quotes."""
    seg = text[span[0] : span[1]]
    own = len(_ALNUM.findall(seg))
    if not own:
        return 1.0
    if not any(quoted[span[0] : span[1]]):
        return 0.0
    inside = "".join(c for c, q in zip(seg, quoted[span[0] : span[1]], strict=True) if q)
    return len(_ALNUM.findall(inside)) / own
