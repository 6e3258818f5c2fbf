"""Gold in brat standoff: a folder of `NAME.txt` articles, each with its `NAME.ann` annotations.

An attribution is a content entity linked to its source (the speaker as written) and its cue,
by an event (`E1  Attribution:T4 Content:T3 Cue:T2 Source:T1`, as PolNeAR writes it) or by
relations (`R1  Said Arg1:T1 Arg2:T3`). Which entity types are content, source and cue is the
user's (`--types content=Quote,source=Speaker,cue=Cue`); other types are left alone. The kind
comes from an attribute on the content (`A1  Kind T3 direct`) or else from its quote marks: all
of it inside them is direct, part of it mixed, none indirect (the definitions of score.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from core.evaluation.gold import (
    GOLD_KINDS,
    MAX_PROBLEMS,
    GoldArticle,
    GoldError,
    GoldKind,
    GoldQuote,
)
from core.text.quote_marks import scan_quotes

ROLES: tuple[str, ...] = ("content", "source", "cue")
DEFAULT_TYPES: dict[str, str] = {"content": "Content", "source": "Source", "cue": "Cue"}

_SPANS = re.compile(r"^\d+ \d+(;\d+ \d+)*$")


def parse_types(spec: str | None) -> tuple[dict[str, str], set[str]]:
    """`content=Quote,source=Speaker` -> the full mapping and the roles the user named.

    Raises ValueError with a one-line message on a malformed spec or an unknown role.
    """
    types = dict(DEFAULT_TYPES)
    named: set[str] = set()
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        role, sep, name = (s.strip() for s in part.partition("="))
        if not sep or not name:
            raise ValueError(f"--types: {part.strip()!r} is not ROLE=TYPE (e.g. content=Quote)")
        if role.lower() not in ROLES:
            raise ValueError(f"--types: unknown role {role!r}; the roles are {', '.join(ROLES)}")
        types[role.lower()] = name
        named.add(role.lower())
    return types, named


@dataclass
class _Entity:
    id: str
    type: str
    pieces: tuple[tuple[int, int], ...]
    line: int


@dataclass
class _Ann:
    """One .ann file as read: its entities, the groups linking them, kinds set by attributes."""

    entities: dict[str, _Entity] = field(default_factory=dict)
    links: list[tuple[list[str], int]] = field(default_factory=list)
    kinds: dict[str, GoldKind] = field(default_factory=dict)


def read_brat_gold(
    folder: str | Path, types: Mapping[str, str] | None = None, named: Iterable[str] = ()
) -> list[GoldArticle]:
    """Every annotated article under `folder` (recursively), in path order.

    Raises GoldError naming each problem's file (and line): an .ann without its .txt (or the
    reverse), a malformed line, offsets outside the text, text that is not what the offsets
    hold, a link to an undefined annotation, or a type named in `types` that no file uses.
    """
    root = Path(folder)
    types = dict(types or DEFAULT_TYPES)
    problems: list[str] = []
    anns = sorted(root.rglob("*.ann"))
    for txt in sorted(root.rglob("*.txt")):
        if not txt.with_suffix(".ann").exists():
            problems.append(
                f"{txt}: no {txt.with_suffix('.ann').name} beside it "
                "(an article without quotes needs an empty .ann)"
            )
    if not anns and not problems:
        raise GoldError([f"{root}: no .ann files (brat standoff: NAME.txt with NAME.ann)"])
    lowered = {role: name.lower() for role, name in types.items()}
    seen_types: set[str] = set()
    articles: list[GoldArticle] = []
    for ann_path in anns:
        if len(problems) >= MAX_PROBLEMS:
            break
        txt = ann_path.with_suffix(".txt")
        if not txt.exists():
            problems.append(f"{ann_path}: no {txt.name} beside it (brat needs the article text)")
            continue
        text, ann_text = _read(txt, problems), _read(ann_path, problems)
        if text is None or ann_text is None:
            continue
        ann = _parse(ann_text, text, str(ann_path), problems)
        seen_types |= {e.type for e in ann.entities.values()}
        article_id = str(ann_path.relative_to(root).with_suffix(""))
        quotes = _quotes(ann, text, lowered, str(ann_path))
        articles.append(GoldArticle(id=article_id, text=text, quotes=quotes, source=str(txt)))
    seen_lower = {t.lower() for t in seen_types}
    for role in ROLES:
        # Only once every file was read: a skipped file may hold the type.
        if problems:
            break
        if (role in named or role == "content") and lowered[role] not in seen_lower:
            listed = ", ".join(sorted(seen_types)) or "none"
            problems.append(
                f"{root}: --types {role}={types[role]}: no .ann has an entity of type "
                f"{types[role]} (the types there: {listed})"
            )
    if problems:
        raise GoldError(problems[:MAX_PROBLEMS])
    return articles


def _read(path: Path, problems: list[str]) -> str | None:
    try:
        # newline="" keeps \r\n: brat offsets count the file's characters as they are.
        with path.open(encoding="utf-8", newline="") as fh:
            return fh.read()
    except UnicodeDecodeError as err:
        problems.append(f"{path}: not valid UTF-8 (byte {err.start})")
    except OSError as err:
        problems.append(f"{path}: cannot read ({err.strerror or err})")
    return None


def _parse(ann_text: str, text: str, where: str, problems: list[str]) -> _Ann:
    ann = _Ann()
    refs: list[tuple[str, int]] = []
    for lineno, line in enumerate(ann_text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        at = f"{where}:{lineno}"
        cols = line.rstrip("\r").split("\t")
        ann_id, body = cols[0].strip(), cols[1].strip() if len(cols) > 1 else ""
        kind = ann_id[:1]
        if kind == "T":
            entity = _entity(ann_id, body, cols[2] if len(cols) > 2 else None, text, at, problems)
            if entity is not None:
                entity.line = lineno
                ann.entities[ann_id] = entity
        elif kind in ("E", "R", "*"):
            parts = body.split()
            if not parts:
                problems.append(f"{at}: {ann_id} has no type and arguments")
                continue
            # E: "Type:Trigger Role:Id ..."; R: "Type Arg1:Id Arg2:Id"; *: "Equiv Id Id ..."
            args = [a.partition(":")[2] if ":" in a else a for a in parts[1:]]
            if kind == "E" and ":" in parts[0]:
                args.insert(0, parts[0].partition(":")[2])
            members = [a for a in args if a.startswith("T")]
            refs += [(a, lineno) for a in members]
            ann.links.append((members, lineno))
        elif kind == "A" or kind == "M":
            parts = body.split()
            if len(parts) >= 2:
                label = (parts[2] if len(parts) > 2 else parts[0]).lower()
                if label in GOLD_KINDS:
                    ann.kinds[parts[1]] = label  # type: ignore[assignment]
                refs.append((parts[1], lineno))
        # N (normalisation) and anything else carry nothing the scorer reads.
    for ref, lineno in refs:
        if ref.startswith("T") and ref not in ann.entities:
            problems.append(f"{where}:{lineno}: {ref} is not defined in this file")
    return ann


def _entity(
    ann_id: str, body: str, said: str | None, text: str, at: str, problems: list[str]
) -> _Entity | None:
    type_name, _, spans = body.partition(" ")
    if not type_name or not _SPANS.match(spans.strip()):
        problems.append(f"{at}: {ann_id}: expected 'TYPE START END[;START END]' ({body!r})")
        return None
    pieces = []
    for piece in spans.strip().split(";"):
        s, e = (int(v) for v in piece.split())
        if not s <= e <= len(text):
            problems.append(
                f"{at}: {ann_id} offsets {s}-{e} are outside the text ({len(text)} characters)"
                if s <= e
                else f"{at}: {ann_id} offsets {s}-{e} end before they start"
            )
            return None
        pieces.append((s, e))
    if said is not None:
        # brat writes the covered text after the offsets (pieces joined by a space); if it is not
        # what the offsets hold, the .txt is not the one annotated (or its line ends changed).
        held = "".join(text[s:e] for s, e in pieces)
        if re.sub(r"\s", "", held) != re.sub(r"\s", "", said):
            problems.append(
                f"{at}: {ann_id} offsets {pieces[0][0]}-{pieces[-1][1]} hold {_clip(held)!r}, "
                f"not {_clip(said)!r}: is the .txt the file that was annotated?"
            )
            return None
    return _Entity(ann_id, type_name, tuple(pieces), 0)


def _clip(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _quotes(ann: _Ann, text: str, types: Mapping[str, str], where: str) -> tuple[GoldQuote, ...]:
    def role(e: _Entity) -> str | None:
        t = e.type.lower()
        return next((r for r in ROLES if types[r] == t), None)

    # Entities linked (through events or relations, directly or not) form one attribution.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for members, _ in ann.links:
        present = [m for m in members if m in ann.entities]
        for m in present[1:]:
            parent[find(m)] = find(present[0])
    groups: dict[str, list[_Entity]] = {}
    for e in ann.entities.values():
        groups.setdefault(find(e.id), []).append(e)
    quoted = _quoted_chars(text)
    out = []
    for e in sorted(ann.entities.values(), key=lambda e: e.pieces[0]):
        if role(e) != "content":
            continue
        sources = [s for s in groups[find(e.id)] if role(s) == "source"]
        speaker = None
        if sources:
            # Several sources in one linked group: the nearest to this content is its own.
            near = min(sources, key=lambda s: abs(s.pieces[0][0] - e.pieces[0][0]))
            speaker = (near.pieces[0][0], near.pieces[-1][1])
        out.append(
            GoldQuote(
                kind=ann.kinds.get(e.id) or _kind(e.pieces, text, quoted),
                pieces=e.pieces,
                speaker_span=speaker,
                where=f"{where}:{e.line}",
            )
        )
    return tuple(out)


def _quoted_chars(text: str) -> set[int]:
    return {i for q in scan_quotes(text) for i in range(q.start, q.end)}


def _kind(pieces: tuple[tuple[int, int], ...], text: str, quoted: set[int]) -> GoldKind:
    letters = [i for s, e in pieces for i in range(s, e) if text[i].isalnum()]
    inside = sum(1 for i in letters if i in quoted)
    if letters and inside == len(letters):
        return "direct"
    return "mixed" if inside else "indirect"
