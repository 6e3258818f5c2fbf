"""The project's own gold format: JSON Lines, one annotated article a line (see the README).

    {"id": "a1", "text": "...", "quotes": [{"start": 10, "end": 42, "kind": "direct",
     "speaker_start": 0, "speaker_end": 9}]}

A quote's speaker is a span (`speaker_start`/`speaker_end`, the words in the text that name it)
or a name (`speaker`, or `speaker_any` for several); `fragments` gives the pieces of a
discontinuous quote and `optional: true` makes it count neither way. `actors` and `positions`
(as in `../shared/eval/seed-gold.json`) are scored where given. A file holding one JSON object
(the seed gold) is read as one article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.evaluation.gold import (
    GOLD_KINDS,
    MAX_PROBLEMS,
    GoldActor,
    GoldArticle,
    GoldError,
    GoldPosition,
    GoldQuote,
)


class _Bad(Exception):
    """One problem with one line; the reader adds where it is."""


def read_jsonl_gold(path: str | Path) -> list[GoldArticle]:
    """Every article in the file, or GoldError listing each bad line as `FILE:LINE: problem`."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise GoldError([f"{p}: not valid UTF-8 (byte {err.start})"]) from None
    except OSError as err:
        raise GoldError([f"{p}: cannot read ({err.strerror or err})"]) from None
    lines = raw.splitlines()
    stripped = raw.strip()
    if stripped.startswith("{") and "\n{" not in stripped and len(lines) > 1:
        # One indented object (the seed gold): the whole file is article 1, line 1.
        lines = [stripped]
    articles: list[GoldArticle] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{p}:{lineno}"
        try:
            article = _article(line, where)
        except _Bad as bad:
            problems.append(f"{where}: {bad}")
        else:
            if article.id in seen:
                problems.append(f'{where}: id "{article.id}" is already on line {seen[article.id]}')
            seen.setdefault(article.id, lineno)
            articles.append(article)
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise GoldError(problems)
    if not articles:
        raise GoldError([f"{p}: no articles (one JSON object a line was expected)"])
    return articles


def _article(line: str, where: str) -> GoldArticle:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise _Bad(f"not a JSON line ({err.msg} at column {err.colno})") from None
    except (ValueError, RecursionError) as err:
        raise _Bad(f"not a usable JSON line ({type(err).__name__})") from None
    if not isinstance(row, dict):
        raise _Bad('not a JSON object with "id", "text" and "quotes"')
    raw_id = row.get("id")
    if raw_id is None or isinstance(raw_id, (dict, list)) or not str(raw_id).strip():
        raise _Bad('no "id"')
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Bad(f'article "{raw_id}": no "text" (a non-empty string)')
    quotes = row.get("quotes")
    if not isinstance(quotes, list):
        raise _Bad(f'article "{raw_id}": no "quotes" list (give [] for an article without quotes)')
    gold_quotes = tuple(_quote(q, i, text, where) for i, q in enumerate(quotes, 1))
    actors = row.get("actors")
    positions = row.get("positions")
    return GoldArticle(
        id=str(raw_id),
        text=text,
        quotes=gold_quotes,
        actors=None
        if actors is None
        else tuple(_actor(a, i) for i, a in enumerate(_list(actors, "actors"), 1)),
        not_people=tuple(str(n) for n in _list(row.get("not_people") or [], "not_people")),
        positions=None
        if positions is None
        else tuple(_position(x, i, text) for i, x in enumerate(_list(positions, "positions"), 1)),
        source=where,
    )


def _list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(f'"{name}" is not a list')
    return value


def _offset(d: dict[str, Any], key: str, what: str) -> int:
    v = d.get(key)
    if isinstance(v, bool) or not isinstance(v, int):
        raise _Bad(f'{what}: "{key}" is not a whole number ({v!r})')
    return v


def _span(start: int, end: int, text: str, what: str) -> tuple[int, int]:
    if not 0 <= start <= end <= len(text):
        raise _Bad(
            f"{what}: offsets {start}-{end} are outside the text ({len(text)} characters)"
            if start >= 0 and end >= start
            else f"{what}: offsets {start}-{end} are not a span (0 <= start <= end)"
        )
    return (start, end)


def _quote(q: Any, i: int, text: str, where: str) -> GoldQuote:
    what = f"quote {i}"
    if not isinstance(q, dict):
        raise _Bad(f"{what}: not an object")
    start, end = _offset(q, "start", what), _offset(q, "end", what)
    whole = _span(start, end, text, what)
    kind = q.get("kind")
    if kind not in GOLD_KINDS:
        raise _Bad(f'{what}: "kind" is {kind!r}; expected one of {", ".join(GOLD_KINDS)}')
    pieces = [whole]
    frags = q.get("fragments")
    if frags:
        pieces = []
        for k, f in enumerate(_list(frags, f"{what} fragments"), 1):
            fwhat = f"{what} fragment {k}"
            if not isinstance(f, dict):
                raise _Bad(f"{fwhat}: not an object")
            pieces.append(_span(_offset(f, "start", fwhat), _offset(f, "end", fwhat), text, fwhat))
    speaker_span = None
    if q.get("speaker_start") is not None or q.get("speaker_end") is not None:
        s, e = _offset(q, "speaker_start", what), _offset(q, "speaker_end", what)
        speaker_span = _span(s, e, text, f"{what} speaker")
    names: list[str] = []
    if isinstance(q.get("speaker"), str) and q["speaker"].strip():
        names.append(q["speaker"])
    if q.get("speaker_any"):
        names = [str(n) for n in _list(q["speaker_any"], f"{what} speaker_any")]
    return GoldQuote(
        kind=kind,
        pieces=tuple(pieces),
        speaker_span=speaker_span,
        speaker_names=tuple(names),
        optional=bool(q.get("optional")),
        where=f"{where} {what}",
    )


def _actor(a: Any, i: int) -> GoldActor:
    if not isinstance(a, dict) or not isinstance(a.get("name"), str) or not a["name"].strip():
        raise _Bad(f'actor {i}: no "name"')
    resolve = a.get("must_resolve") or []
    return GoldActor(
        name=a["name"], must_resolve=tuple(str(x) for x in _list(resolve, "must_resolve"))
    )


def _position(x: Any, i: int, text: str) -> GoldPosition:
    what = f"position {i}"
    if not isinstance(x, dict):
        raise _Bad(f"{what}: not an object")
    names = x.get("actor_any") or ([x["actor"]] if isinstance(x.get("actor"), str) else [])
    if not names:
        raise _Bad(f'{what}: no "actor_any" (the names the actor may go by)')
    evidence: list[tuple[int, int]] = []
    for k, ev in enumerate(_list(x.get("evidence") or [], f"{what} evidence"), 1):
        ewhat = f"{what} evidence {k}"
        if isinstance(ev, dict):
            s, e = _offset(ev, "start", ewhat), _offset(ev, "end", ewhat)
        elif isinstance(ev, list) and len(ev) >= 2 and all(isinstance(v, int) for v in ev[:2]):
            s, e = ev[0], ev[1]
        else:
            raise _Bad(f"{ewhat}: expected [start, end, text] or {{start, end}}")
        evidence.append(_span(s, e, text, ewhat))
    if not evidence:
        raise _Bad(f'{what}: no "evidence" spans')
    polarity = x.get("polarity")
    return GoldPosition(
        actor_any=tuple(str(n) for n in names),
        evidence=tuple(evidence),
        polarity=polarity if isinstance(polarity, str) else None,
        optional=bool(x.get("optional")),
    )
