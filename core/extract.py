"""`newsreader extract`: the analysis contract as JSON, for one article or a whole corpus.

Input (files, folders of .txt, JSONL corpora) is read by `iter_items`, the one function that knows
where articles come from; running them goes through `core.batch` (one or N processes) or
`core.distributed` (Dask); output is one JSON line per article, in input order.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TextIO

from core import __version__
from core.batch import Item, done_ids, extraction_pipeline, iter_results, skip_done, write_results
from core.jsonl_input import is_jsonl, read_jsonl
from core.nlp import ModelNotFound, model_name
from core.reader import ArticleError, expand_paths, read_article


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader extract",
        description="Print who speaks, what they said and where they stand, as JSON "
        "(schema newsreader.analysis/1).",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help='article .txt files, folders of them, or .jsonl corpora ({"id", "text"} a line)',
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json: one indented object (one article); jsonl: one line per article "
        "(the default for more than one)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="append JSONL to FILE instead of printing it, skipping articles already in FILE "
        "(so an interrupted run resumes); with --engine dask, a folder of part-NNNNN.jsonl",
    )
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine (--jobs processes); dask: a Dask cluster (a LocalCluster of "
        "--jobs workers unless --scheduler is given)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="address of a running dask.distributed scheduler, e.g. tcp://10.0.0.5:8786 "
        "(implies --engine dask)",
    )
    p.add_argument(
        "--partition-size",
        type=int,
        default=None,
        metavar="N",
        help="articles per Dask task and per output part (default 100)",
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def iter_items(paths: list[str]) -> Iterator[Item]:
    """Every article the inputs name, lazily, in order; unreadable ones carry their error.

    This is the only place that reads input: a different source of articles (URLs, feeds,
    stdin) plugs in here by yielding Items (`Item(article.source, article)`).
    """
    for path in expand_paths(paths):
        if is_jsonl(path):
            yield from read_jsonl(path)
            continue
        try:
            yield Item(path, article=read_article(path))
        except ArticleError as err:
            yield Item(path, error=str(err).removeprefix(f"{path}: "))


def count_items(paths: list[str]) -> int:
    """How many articles `iter_items` will yield, for the progress bar (blank lines aside)."""
    total = 0
    for path in expand_paths(paths):
        if not is_jsonl(path):
            total += 1
            continue
        with contextlib.suppress(OSError), open(path, "rb") as fh:
            total += sum(1 for line in fh if line.strip())
    return total


def _report(msg: str) -> None:
    print(f"newsreader: {msg}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def _progress(paths: list[str], enabled: bool) -> Iterator[Callable[[], object]]:
    """A rich progress bar on stderr, only when stderr is a terminal (never in logs or pipes)."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("extract", total=count_items(paths) or None)
        yield lambda: progress.advance(task)


def run(argv: list[str], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    paths = expand_paths(args.paths)
    if not paths:
        _report("no .txt articles found in " + ", ".join(args.paths))
        return 1
    engine = "dask" if args.scheduler else args.engine
    several = len(paths) > 1 or any(is_jsonl(p) for p in paths)
    fmt = args.format or ("jsonl" if several or args.output else "json")
    if fmt == "json" and (several or args.output or engine == "dask"):
        _report(
            "--format json prints one article; use --format jsonl for several, -o or --engine dask"
        )
        return 2
    if args.jobs < 1:
        _report("--jobs must be at least 1")
        return 2
    if engine == "dask":
        if not args.output:
            _report("--engine dask writes partitioned JSONL: give -o FOLDER")
            return 2
        try:
            from core.distributed import run_dask
        except ImportError as err:
            _report(f"--engine dask needs Dask ({err}): pip install 'newsreader[dask]'")
            return 2
        try:
            with _progress(paths, sys.stderr.isatty()) as advance:
                return run_dask(
                    iter_items(paths),
                    Path(args.output),
                    scheduler=args.scheduler,
                    workers=args.jobs,
                    partition_size=args.partition_size,
                    report=_report,
                    advance=advance,
                )
        except KeyboardInterrupt:
            _report("interrupted; run the same command again to resume")
            return 130
    if args.partition_size is not None:
        _report("--partition-size is for --engine dask")
        return 2

    try:
        # Load (or at least find) the model before any output, so a missing one is one message.
        if args.jobs == 1:
            extraction_pipeline()
        else:
            model_name()
    except ModelNotFound as err:
        _report(str(err))
        return 2

    try:
        done = done_ids(args.output) if args.output else set()
        sink: TextIO = (
            open(args.output, "a", encoding="utf-8") if args.output else out  # noqa: SIM115
        )
    except OSError as err:
        _report(f"{args.output}: cannot write there ({err.strerror or err})")
        return 2

    def write(line: str) -> None:
        if fmt == "json":
            line = json.dumps(json.loads(line), ensure_ascii=False, indent=2) + "\n"
        sink.write(line)
        sink.flush()

    try:
        with _progress(paths, sys.stderr.isatty()) as advance:
            items = skip_done(iter_items(paths), done, advance)
            failed = write_results(iter_results(items, args.jobs), write, _report, advance)
    except ModelNotFound as err:
        _report(str(err))
        return 2
    except BrokenProcessPool:
        _report("a worker process died (out of memory?); rerun with -o to resume")
        return 2
    except KeyboardInterrupt:
        _report("interrupted; run the same command with -o again to resume")
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python's exit flush quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if sink is not out:
            sink.close()
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
