"""Reading a corpus given as JSON Lines, one `{"id": ..., "text": ...}` object a line."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator
from pathlib import Path

from core.model import Article
from core.sources.files import ArticleError, open_regular
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
        os.stat(path)  # the words a Dask worker uses for a shard it cannot read (shards.py)
        fh = open_regular(Path(path), path)
    except OSError as err:
        yield Item(path, error=f"cannot read ({err.strerror or err})")
        return
    except ArticleError as err:  # "PATH: reason"; the Item names the path itself
        yield Item(path, error=str(err).removeprefix(f"{path}: "))
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if lineno == 1:
                raw = without_mark(raw)
            if item := parse_line(raw, f"{path}:{lineno}"):
                yield item


def without_mark(first: bytes) -> bytes:
    """A corpus's first line without its UTF-8 byte-order mark: an encoding mark, not part of
    the record (a Dask worker reading a shard's first block applies this very rule)."""
    return first.removeprefix(codecs.BOM_UTF8)


def parse_line(raw: bytes, where: str) -> Item | None:
    """One line of a JSONL corpus as an Item (None for a blank line); `where` is `PATH:LINE`.

    Lines split on b"\n" and each is decoded on its own, so a line that is not UTF-8 costs only
    that line; a Dask worker reading one byte range of a shard applies this very rule.
    """
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return Item(where, error=f"not valid UTF-8 (byte {err.start} of the line)")
    return _row(line, where) if line.strip() else None


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
        where=where,
        article=Article(source=item_id, text=text, title=title if isinstance(title, str) else None),
    )
