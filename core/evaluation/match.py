"""Span matching as quote-attribution papers do it: IoU over letters and digits, one to one.

Only letters and digits count, so a quote taken with or without its quote marks, a trailing comma
or the space before it is the same quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def letters(text: str, pieces: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The indices of the letters and digits the pieces cover (clipped to the text)."""
    return frozenset(
        i for s, e in pieces for i in range(max(0, s), min(len(text), e)) if text[i].isalnum()
    )


def iou(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def match(
    preds: Sequence[frozenset[int]], golds: Sequence[frozenset[int]], threshold: float
) -> dict[int, int]:
    """Pairs {prediction index: gold index}, one to one, best overlap first (greedy).

    Greedy on the best IoU is what the quote-attribution literature (and score.py) does; with
    spans that rarely overlap more than one partner it is also what an optimal assignment gives.
    """
    pairs = sorted(
        (
            (-v, i, j)
            for i, p in enumerate(preds)
            for j, g in enumerate(golds)
            if (v := iou(p, g)) > 0 and v >= threshold
        ),
    )
    used_gold: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in out and j not in used_gold:
            out[i] = j
            used_gold.add(j)
    return out
