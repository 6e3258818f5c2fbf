"""`newsreader eval GOLD`: score the analysis against the user's own annotations and print it."""

from __future__ import annotations

import argparse
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import TextIO

from core import __version__
from core.display import json_text, report
from core.evaluation.gold import GoldError
from core.evaluation.load import read_gold
from core.evaluation.report import (
    QUOTE_COLUMNS,
    error_lines,
    errors_heading,
    quote_rows,
    to_dict,
)
from core.evaluation.run import analyse, read_predictions
from core.evaluation.score import Evaluation, evaluate
from core.text.pipeline import ModelNotFound


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader eval",
        description="Score newsreader's quotes (and actors and positions, where the gold has "
        "them) against your own annotations: precision, recall, F1 and speaker accuracy for "
        "direct, reported and all quotes, and the worst errors.",
    )
    p.add_argument(
        "gold",
        metavar="GOLD",
        help="a brat folder (NAME.txt + NAME.ann) or a JSONL file, one annotated article a "
        "line (see README, 'Check it on your own articles')",
    )
    p.add_argument(
        "--iou",
        type=float,
        default=0.5,
        help="letters-and-digits overlap (intersection over union) a match needs (default 0.5)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--errors",
        type=int,
        default=10,
        metavar="N",
        help="list the N worst errors: missed, spurious, wrong speaker (default 10; 0 for none)",
    )
    p.add_argument(
        "--types",
        metavar="ROLE=TYPE,...",
        help="brat entity types for the roles content, source and cue "
        "(default content=Content,source=Source,cue=Cue)",
    )
    p.add_argument(
        "--pred",
        metavar="FILE",
        help="score this `newsreader extract --format jsonl` output instead of analysing again",
    )
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def _say(msg: str) -> None:
    report(msg, prog="newsreader eval")  # one line; ids and file names come from the input


def main(argv: list[str], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    if not 0 < args.iou <= 1:
        _say("--iou must be more than 0 and at most 1")
        return 2
    if args.errors < 0 or args.jobs < 1:
        _say("--errors must be 0 or more and --jobs at least 1")
        return 2
    try:
        golds = read_gold(args.gold, args.types)
    except ValueError as err:
        _say(str(err))
        return 2
    except GoldError as err:
        for problem in err.problems:
            _say(problem)
        _say("nothing scored: fix the gold above")
        return 1
    if args.pred:
        scored = read_predictions(args.pred, golds)
    else:
        if sys.stderr.isatty():
            _say(f"analysing {len(golds)} article{'s' * (len(golds) != 1)} …")
        scored = analyse(golds, args.jobs)
    try:
        # Lazily: each analysis is scored as it comes and dropped, so memory stays flat.
        ev = evaluate(scored, args.iou)
    except GoldError as err:
        _say(str(err))
        return 1
    except ModelNotFound as err:
        _say(str(err))
        return 2
    except BrokenProcessPool:
        _say("a worker process died (out of memory?); rerun with fewer --jobs")
        return 2
    except KeyboardInterrupt:
        return 130
    for article, why in ev.failed:
        _say(f"{article}: {why}; its gold counts as missed")
    if args.format == "json":
        out.write(json_text(to_dict(ev, args.gold, args.errors)) + "\n")
    else:
        _table(ev, args.gold, args.errors, out)
    return 1 if ev.failed else 0


def _table(ev: Evaluation, gold: str, errors: int, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False, soft_wrap=False)
    table = Table(
        title=f"{gold}: {ev.articles} article{'s' * (ev.articles != 1)}, IoU ≥ {ev.iou}",
        title_justify="left",
    )
    for i, col in enumerate(QUOTE_COLUMNS):
        table.add_column(col, justify="left" if i == 0 else "right")
    for row in quote_rows(ev):
        table.add_row(*row)
    console.print(table)
    if ev.actors is not None:
        a = ev.actors
        line = f"actors: {a.found}/{a.gold} found, {a.resolved}/{a.resolvable} mentions resolved"
        if a.wrong_people:
            line += f"; not people, taken for people: {', '.join(a.wrong_people)}"
        console.print(line)
    if ev.positions is not None:
        p, r, f = ev.positions.figures
        n = ev.positions
        console.print(
            f"positions: P {p:.3f} R {r:.3f} F1 {f:.3f} ({n.n_gold} gold, {n.n_pred} predicted)"
        )
    if errors and ev.errors:
        # Plain lines, not rich's: a quote must not be re-wrapped into the next heading.
        out.write(f"\n{errors_heading(ev, errors)}\n")
        for e in ev.errors[:errors]:
            head, text = error_lines(e)
            out.write(f"{head}\n    {text}\n")
