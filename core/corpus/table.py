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

from core.corpus.dates import date_of
from core.corpus.output import OutputError, open_to_resume
from core.gender.evidence import gender_of
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
    rows of the last article before it, so the article it belonged to is done again whole.

    The file must be ours: our header first, then rows of our columns, as `-o` JSONL must be
    newsreader's JSONL (core.corpus.output.done_ids). Anything else is refused with OutputError
    and left as it was: cutting the "torn" last line of someone's spreadsheet would lose it. The
    file is read a line at a time, so its size costs no memory.
    """
    fh = open_to_resume(path)
    if fh is None:
        return set()
    ours = header().encode()
    ids: set[str] = set()
    with fh:
        first = fh.readline()
        if first != ours:
            if not first.endswith(b"\n") and ours.startswith(first):  # empty, or a cut header
                fh.truncate(0)
                return set()
            raise OutputError(_not_ours(path, 1))
        whole = len(first)  # bytes of whole lines
        block, block_start = None, whole  # the last article's source, and where its rows start
        for lineno, raw in enumerate(fh, start=2):
            if not raw.endswith(b"\n"):
                # The cut row may not even hold its whole source: drop it, and the rows of the
                # article before it too (it may be the cut one).
                fh.truncate(block_start)
                ids.discard(block or "")
                break
            fields = next(csv.reader([raw.decode("utf-8", "replace")]), [])
            if len(fields) != len(QUOTE_COLUMNS):
                raise OutputError(_not_ours(path, lineno))
            if fields[0] != block:
                block, block_start = fields[0], whole
            ids.add(fields[0])
            whole += len(raw)
    return ids


def _not_ours(path: str | Path, lineno: int) -> str:
    return (
        f"{path}:{lineno}: not newsreader's CSV (its header and {len(QUOTE_COLUMNS)} columns); "
        "-o appends to (and resumes) newsreader's own output only, so give a new file"
    )


def needs_header(path: str | None) -> bool:
    return path is None or not os.path.exists(path) or os.path.getsize(path) == 0
