"""One unit of input for a batch run: an article, or why it could not be read."""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Article


@dataclass(frozen=True)
class Item:
    """One unit of input: an article to analyse, or the reason it could not be read."""

    id: str
    article: Article | None = None
    error: str | None = None
    # Where it was read (`PATH:LINE` for a corpus row), to name a row whose id repeats another's.
    where: str = ""
