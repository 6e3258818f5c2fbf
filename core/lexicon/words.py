"""How the word lists are written: whitespace-separated words, and tables of prepositions."""

from __future__ import annotations


def words(block: str) -> frozenset[str]:
    """A list written as whitespace-separated words (easier to read and extend than a list)."""
    return frozenset(block.split())


def by_preposition(rows: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Rows of (preposition, words) as a table from each word to the prepositions it takes."""
    table: dict[str, set[str]] = {}
    for prep, lemmas in rows:
        for lemma in lemmas.split():
            table.setdefault(lemma, set()).add(prep)
    return {lemma: frozenset(preps) for lemma, preps in table.items()}


def subset(of: frozenset[str], block: str) -> frozenset[str]:
    """Words of a larger list, written as such: each must be in `of` (a word missing there is a
    slip that would silently drop out of an intersection)."""
    picked = words(block)
    missing = picked - of
    if missing:
        raise ValueError(f"not in the larger list: {sorted(missing)}")
    return picked
