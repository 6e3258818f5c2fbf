"""`newsreader stats` output: a terminal table, Markdown, CSV (one row per merged actor) or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from core.collection.merge import MergedActor
from core.collection.stats import GENDERS, Report

CSV_COLUMNS = (
    "name", "kind", "role", "gender", "gender_by", "gender_p", "gender_evidence", "articles",
    "direct", "reported", "positions", "outlets", "first", "last", "joined",
)  # fmt: skip


def _cell(text: str) -> str:
    """One line: a role the analysis took across a paragraph break keeps its words only."""
    return " ".join(text.split())


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "–"


def _gender(a: MergedActor) -> str:
    if not a.gender:
        return ""
    return a.gender.value if not a.gender.by else f"{a.gender.value} ({a.gender.by})"


def sections(report: Report, top: int) -> list[tuple[str, Sequence[str], Sequence[Sequence[str]]]]:
    """The report as titled tables (title, header, rows), shared by the table and Markdown."""
    quoted = [a for a in report.people if a.quotes]
    people_rows = [
        (
            str(i),
            a.name,
            a.role or "",
            _gender(a),
            str(a.articles),
            str(a.direct),
            str(a.indirect),
            str(a.positions),
            ", ".join(o for o, _ in a.outlets[:3]),
        )
        for i, a in enumerate(quoted[:top], start=1)
    ]
    shares = report.gender_shares()
    q_total = sum(s.quotes for s in shares)
    p_total = sum(s.people for s in shares)
    gender_rows = [
        (s.label, str(s.quotes), _pct(s.quotes, q_total), str(s.people), _pct(s.people, p_total))
        for s in shares
    ]
    k_total = sum(q for _, q, _ in report.by_kind)
    kind_rows = [(k, str(q), _pct(q, k_total), str(n)) for k, q, n in report.by_kind]
    by_rows = []
    for value, quotes, people in report.groups:
        total = sum(quotes.values())
        pcts = [_pct(quotes[g], total) for g in GENDERS]
        by_rows.append((value, str(total), *pcts, str(sum(people.values()))))
    return [
        (
            f"Most-quoted people (top {min(top, len(quoted))} of {len(quoted)})",
            (
                "#",
                "name",
                "role",
                "gender",
                "articles",
                "direct",
                "reported",
                "positions",
                "outlets",
            ),
            people_rows,
        ),
        (
            "Quotes of people by gender",
            ("gender", "quotes", "share", "people quoted", "share"),
            gender_rows,
        ),
        ("Quotes by kind of speaker", ("kind", "quotes", "share", "quoted"), kind_rows),
        (
            f"Quotes of people by {report.by}",
            (report.by, "quotes", *(f"% {g}" for g in GENDERS), "people"),
            by_rows,
        ),
    ]


def _summary(report: Report) -> str:
    return (
        f"{report.articles} articles, {report.direct + report.indirect} quotes "
        f"({report.direct} direct, {report.indirect} reported, {report.unattributed} without a "
        f"speaker), {sum(1 for a in report.people if a.quotes)} people quoted"
    )


def as_markdown(report: Report, top: int) -> str:
    out = [f"# Sources\n\n{_summary(report)}\n"]
    for title, header, rows in sections(report, top):
        out.append(f"\n## {title}\n\n| " + " | ".join(header) + " |")
        out.append("| " + " | ".join("---" for _ in header) + " |")
        out += ["| " + " | ".join(_cell(c).replace("|", "\\|") for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def as_table(report: Report, top: int, width: int | None = None) -> str:
    from rich.console import Console
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, width=width or 120, color_system=None, highlight=False)
    console.print(_summary(report))
    for title, header, rows in sections(report, top):
        table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
        for h in header:
            numeric = h in ("#", "articles", "direct", "reported", "positions", "quotes")
            table.add_column(h, justify="right" if numeric else "left", overflow="fold")
        for r in rows:
            table.add_row(*map(_cell, r))
        console.print()
        console.print(table)
    return buf.getvalue()


def csv_row(a: MergedActor) -> dict[str, object]:
    g = a.gender
    return {
        "name": a.name,
        "kind": a.kind,
        "role": a.role or "",
        "gender": g.value if g else "",
        "gender_by": (g.by or "") if g else "",
        "gender_p": "" if not g or g.p is None else g.p,
        "gender_evidence": a.evidence,
        "articles": a.articles,
        "direct": a.direct,
        "reported": a.indirect,
        "positions": a.positions,
        "outlets": "; ".join(f"{o} ({n})" for o, n in a.outlets),
        "first": a.first or "",
        "last": a.last or "",
        "joined": "; ".join(f"{j.name} ({j.articles}, {j.why})" for j in a.joined),
    }


def as_csv(report: Report) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for a in report.actors:
        w.writerow(csv_row(a))
    return buf.getvalue()


def as_json(report: Report) -> str:
    shares = report.gender_shares()
    doc = {
        "articles": report.articles,
        "quotes": {
            "direct": report.direct,
            "reported": report.indirect,
            "without_speaker": report.unattributed,
        },
        "gender": {s.label: {"quotes": s.quotes, "people": s.people} for s in shares},
        "kinds": {k: {"quotes": q, "actors": n} for k, q, n in report.by_kind},
        "by": {
            "breakdown": report.by,
            "groups": [
                {"value": v, "quotes": dict(q), "people": dict(p)} for v, q, p in report.groups
            ],
        },
        "actors": [a.to_dict() for a in report.actors],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render(report: Report, fmt: str, top: int = 20) -> str:
    if fmt == "md":
        return as_markdown(report, top)
    if fmt == "csv":
        return as_csv(report)
    if fmt == "json":
        return as_json(report)
    return as_table(report, top)
