"""`newsreader extract --format csv`: one row per quote, the table researchers load into pandas.

Each row is one line (line breaks inside a quote or title are written as spaces; `start`/`end`
still index the article's text), so a run cut off mid-write is resumed like JSONL: the cut
article's rows are dropped and it is done again.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from core.collection.gender import gender_of
from core.collection.stats import date_of
from core.model import Analysis

QUOTE_COLUMNS = (
    "source", "title", "date", "speaker", "speaker_kind", "gender", "gender_by", "role", "kind",
    "cue", "text", "start", "end",
)  # fmt: skip


def _line(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def header() -> str:
    return ",".join(QUOTE_COLUMNS) + "\n"


def quote_rows(analysis_line: str) -> str:
    """The CSV rows of one analysis (its JSON line as `extract` writes it); "" without quotes."""
    a = Analysis.from_dict(json.loads(analysis_line))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    genders = {x.id: gender_of(a, x) for x in a.actors if x.kind == "person"}
    date = date_of(a.article.source)
    for q in a.quotes:
        who = a.actor(q.speaker)
        g = genders.get(q.speaker or "")
        row = (
            a.article.source,
            a.article.title or "",
            date or "",
            who.name if who else "",
            who.kind if who else "",
            g.value if g else "",
            (g.by or "") if g else "",
            (who.role or "") if who else "",
            q.kind,
            q.cue.text if q.cue else "",
            q.text,
            q.start,
            q.end,
        )
        w.writerow([_line(v) for v in row])
    return buf.getvalue()


def done_ids(path: str | Path) -> set[str]:
    """Sources already in a CSV output, for resuming; a row cut off by a kill is removed with the
    rows of the last article before it, so the article it belonged to is done again whole."""
    p = Path(path)
    if not p.exists():
        return set()
    data = p.read_bytes()
    if data and not data.endswith(b"\n"):
        # The cut row may not even hold its whole source: drop it, and the rows of the article
        # before it too (it may be the cut one), so whichever it was is done again whole.
        keep = data.split(b"\n")[:-1]
        last = _source(keep[-1]) if len(keep) > 1 else None
        while len(keep) > 1 and _source(keep[-1]) == last:
            keep.pop()
        data = b"\n".join(keep) + b"\n" if keep else b""
        with p.open("rb+") as fh:
            fh.truncate(len(data))
    ids = set()
    for i, line in enumerate(data.decode("utf-8", "replace").splitlines()):
        if i == 0 and line == header().rstrip("\n"):
            continue
        ids.add(_source(line.encode()))
    return ids


def _source(line: bytes) -> str:
    return next(csv.reader([line.decode("utf-8", "replace")]), [""])[0]


def needs_header(path: str | None) -> bool:
    return path is None or not os.path.exists(path) or os.path.getsize(path) == 0
