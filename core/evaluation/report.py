"""The evaluation as data for output: a JSON document, and the rows of the table the CLI draws."""

from __future__ import annotations

from typing import Any

from core.evaluation.score import CATEGORIES, ERROR_KINDS, Counts, Evaluation, QuoteError

SCHEMA = "newsreader.evaluation/1"
# Figures are printed to three decimals, as score.py prints them.
DIGITS = 3


def _undefined(c: Counts) -> set[str]:
    """Figures with nothing to divide by: shown as "–" (null in JSON), not as a misleading 0."""
    out = set()
    if not c.n_pred:
        out |= {"P", "F1", "attr_F1"}
    if not c.n_gold:
        out |= {"R", "F1", "attr_F1"}
    if not c.speaker_n:
        out.add("speaker_acc")
    return out


def _values(c: Counts) -> dict[str, float | None]:
    values = {
        "P": c.precision,
        "R": c.recall,
        "F1": c.f1,
        "speaker_acc": c.speaker_accuracy,
        "attr_F1": c.attribution_f1,
    }
    undefined = _undefined(c)
    return {k: None if k in undefined else round(v, DIGITS) for k, v in values.items()}


def _figures(c: Counts) -> dict[str, Any]:
    return {
        **_values(c),
        "n_gold": c.n_gold,
        "n_pred": c.n_pred,
        "gold_found": c.gold_hit,
        "pred_right": c.pred_ok,
        "speaker_n": c.speaker_n,
        "speaker_right": c.speaker_ok,
    }


def error_dict(e: QuoteError) -> dict[str, Any]:
    d: dict[str, Any] = {
        "error": e.what,
        "article": e.article,
        "kind": e.kind,
        "start": e.start,
        "end": e.end,
        "text": e.text,
    }
    if e.what != "spurious":
        d["gold_speaker"] = e.gold_speaker
        d["where"] = e.where
    if e.what != "missed":
        d["pred_speaker"] = e.pred_speaker
    return d


def to_dict(ev: Evaluation, gold: str, errors: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "gold": gold,
        "articles": ev.articles,
        "iou": ev.iou,
        "quotes": {c.name: _figures(ev.counts[c.name]) for c in CATEGORIES},
    }
    if ev.actors is not None:
        a = ev.actors
        out["actors"] = {
            "n_gold": a.gold,
            "found": a.found,
            "mentions_resolvable": a.resolvable,
            "mentions_resolved": a.resolved,
            "wrong_people": list(a.wrong_people),
        }
    if ev.positions is not None:
        p, r, f = ev.positions.figures
        out["positions"] = {
            "P": round(p, DIGITS),
            "R": round(r, DIGITS),
            "F1": round(f, DIGITS),
            "n_gold": ev.positions.n_gold,
            "n_pred": ev.positions.n_pred,
        }
    if ev.failed:
        out["failed"] = [{"article": i, "error": why} for i, why in ev.failed]
    out["errors"] = [error_dict(e) for e in ev.errors[:errors]]
    out["error_counts"] = {
        what: sum(1 for e in ev.errors if e.what == what) for what in ERROR_KINDS
    }
    return out


QUOTE_COLUMNS = ("quotes", "P", "R", "F1", "speaker", "attr F1", "gold", "predicted")


def quote_rows(ev: Evaluation) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for c in CATEGORIES:
        n = ev.counts[c.name]
        shown = ["–" if v is None else f"{v:.3f}" for v in _values(n).values()]
        rows.append((c.name, *shown, str(n.n_gold), str(n.n_pred)))
    return rows


def errors_heading(ev: Evaluation, limit: int) -> str:
    counts = ", ".join(f"{sum(1 for e in ev.errors if e.what == w)} {w}" for w in ERROR_KINDS)
    total = len(ev.errors)
    if limit >= total:
        return f"{total} error{'s' * (total != 1)} ({counts}):"
    return f"worst {limit} of {total} errors ({counts}):"


def error_lines(e: QuoteError, width: int = 100) -> tuple[str, str]:
    """A heading (what, where) and the quote's text, clipped, for the errors listing."""
    head = f"{e.what} {e.kind}: {e.article} {e.start}-{e.end}"
    if e.what == "wrong speaker":
        head += f" (gold: {e.gold_speaker}; newsreader: {e.pred_speaker or 'no speaker'})"
    elif e.what == "missed" and e.gold_speaker:
        head += f" (speaker: {e.gold_speaker})"
    elif e.what == "spurious":
        head += f" (newsreader: {e.pred_speaker or 'no speaker'})"
    text = " ".join(e.text.split())
    return head, text if len(text) <= width else text[: width - 1] + "…"
