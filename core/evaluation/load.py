"""Reading gold in whichever format it comes: a brat folder or the project's JSONL."""

from __future__ import annotations

from pathlib import Path

from core.evaluation.brat import parse_types, read_brat_gold
from core.evaluation.gold import GoldArticle, GoldError
from core.evaluation.jsonl import read_jsonl_gold


def read_gold(path: str | Path, types: str | None = None) -> list[GoldArticle]:
    """A folder is brat standoff (`types` maps its entity types); a file is JSONL gold.

    Raises GoldError (each problem one line, naming its file and line) or ValueError (a bad
    `types` spec).
    """
    p = Path(path)
    if p.is_dir():
        mapping, named = parse_types(types)
        return read_brat_gold(p, mapping, named)
    if not p.exists():
        raise GoldError([f"{p}: no such file or folder"])
    if types:
        raise ValueError("--types maps brat entity types; GOLD is a JSONL file, not a brat folder")
    return read_jsonl_gold(p)
