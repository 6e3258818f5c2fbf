"""Reading a corpus given as JSON Lines, one `{"id": ..., "text": ...}` object a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from core.model import Article
from core.sources.items import Item

JSONL_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson")


def is_jsonl(path: str) -> bool:
    return Path(path).suffix.lower() in JSONL_SUFFIXES


def read_jsonl(path: str) -> Iterator[Item]:
    """One Item per non-blank line, read lazily; a bad line becomes an Item with its error.

    The article's source is the row's id (score.py matches a prediction to gold by it); a line
    that has no usable id is named `PATH:LINE`.
    """
    try:
        fh = open(path, encoding="utf-8", errors="strict", newline="\n")  # noqa: SIM115
    except OSError as err:
        yield Item(path, error=f"cannot read ({err.strerror or err})")
        return
    with fh:
        lineno = 0
        while True:
            lineno += 1
            where = f"{path}:{lineno}"
            try:
                line = fh.readline()
            except UnicodeDecodeError as err:
                yield Item(where, error=f"not valid UTF-8 (byte {err.start}); the rest is skipped")
                return
            if not line:
                return
            if line.strip():
                yield _row(line, where)


def _row(line: str, where: str) -> Item:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        return Item(where, error=f"not a JSON line ({err.msg} at column {err.colno})")
    except (ValueError, RecursionError) as err:  # e.g. nesting deeper than Python recurses
        return Item(where, error=f"not a usable JSON line ({type(err).__name__})")
    if not isinstance(row, dict):
        return Item(where, error='not a JSON object with "id" and "text"')
    raw_id = row.get("id")
    if raw_id is None or isinstance(raw_id, (dict, list)) or str(raw_id).strip() == "":
        return Item(where, error='no "id"')
    item_id = str(raw_id)
    text = row.get("text")
    if not isinstance(text, str):
        return Item(item_id, error=f'{where}: no "text" string')
    if not text.strip():
        return Item(item_id, error=f"{where}: the text is empty")
    title = row.get("title")
    return Item(
        item_id,
        article=Article(source=item_id, text=text, title=title if isinstance(title, str) else None),
    )
