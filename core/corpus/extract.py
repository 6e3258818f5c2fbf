"""`newsreader extract`: the analysis contract as JSON, for one article or a whole corpus.

Input (files, folders of .txt, JSONL corpora) is read by `iter_items`, the one function that knows
where articles come from; running them goes through `core.corpus.batch` (one or N processes) or
`core.corpus.distributed` (Dask); output is one JSON line per article, in input order. With Dask,
JSONL shards are not read here at all: the workers read them (`core.corpus.shards`).
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
from core.corpus.batch import (
    Item,
    Result,
    done_ids,
    extraction_pipeline,
    iter_results,
    skip_done,
    write_results,
)
from core.corpus.shards import is_glob, is_shard_folder, local_shards, names_shards
from core.sources.jsonl import is_jsonl, read_jsonl
from core.sources.resolve import SourceError, is_single, is_url, iter_articles
from core.text.pipeline import ModelNotFound, model_name

# Files a folder lists, for the progress bar's total (core.sources.resolve decides what is read).
_FOLDER_GLOBS = ("*.txt", "*.html", "*.htm")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader extract",
        description="Print who speaks, what they said and where they stand, as JSON "
        "(schema newsreader.analysis/1).",
        epilog="With --engine dask (or --scheduler), JSONL shards (files, a quoted glob such as "
        "'corpus/*.jsonl', a folder of them, or an fsspec URL like s3://bucket/corpus/) are read "
        "by the workers themselves, each writing its own OUT/part-NNNNN.jsonl, so the workers must "
        "see the shards and OUT at the same paths (shared storage); any other input, or "
        "--read-here, is read by this client and sent to the cluster, which then needs no shared "
        "storage but passes every article through this machine.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="articles: .txt or .html files, folders of them, - for stdin, web pages or "
        'RSS/Atom feeds (http/https URLs or local .xml files), or .jsonl corpora ({"id", "text"} '
        "a line)",
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "csv"),
        default=None,
        help="json: one indented object (one article); jsonl: one line per article "
        "(the default for more than one); csv: one row per quote (core.collection.table)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse again even when the cache has it (corpus runs, with JSONL input, -o, "
        "--jobs or Dask, never use the cache)",
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
        "--read-here",
        action="store_true",
        help="with Dask: this client reads the input and sends it to the workers, which then "
        "need no shared storage (the default when an input is not JSONL: files, feeds, stdin)",
    )
    p.add_argument(
        "--blocksize",
        default=None,
        metavar="SIZE",
        help="with Dask over JSONL shards: one task and one output part per SIZE bytes of a "
        "shard (default 64MiB; e.g. 16MB)",
    )
    p.add_argument(
        "--partition-size",
        type=int,
        default=None,
        metavar="N",
        help="with --read-here: articles per Dask task and per output part (default 100)",
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def iter_items(paths: list[str]) -> Iterator[Item]:
    """Every article the inputs name, lazily, in order; unreadable ones carry their error.

    This is the only place that reads input: `.jsonl` corpora here, everything else (files,
    folders, stdin, URLs, feeds) through `core.sources.resolve.iter_articles`.
    """
    for arg in paths:
        if is_glob(arg) or is_shard_folder(arg):
            for shard in local_shards(arg):  # the shards the Dask engine would read, in its order
                yield from read_jsonl(shard)
            continue
        if is_jsonl(arg) and not is_url(arg):
            yield from read_jsonl(arg)
            continue
        for got in iter_articles([arg]):
            if isinstance(got, SourceError):
                # A SourceError reads "SOURCE: reason"; a feed's failing entry names itself.
                source, sep, reason = str(got).partition(": ")
                yield Item(source, error=reason) if sep else Item(arg, error=str(got))
            else:
                yield Item(got.source, article=got)


def count_items(paths: list[str]) -> int | None:
    """How many articles `iter_items` will yield, for the progress bar; None when unknown."""
    total = 0
    for arg in paths:
        p = Path(arg)
        if arg == "-" or is_url(arg):
            return None  # a URL may turn out to be a feed
        if is_glob(arg) or is_shard_folder(arg):
            total += sum(count_items([s]) or 0 for s in local_shards(arg))
        elif is_jsonl(arg):
            with contextlib.suppress(OSError), open(arg, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif p.is_dir():
            total += sum(1 for g in _FOLDER_GLOBS for f in p.glob(g) if f.is_file())
        elif p.suffix.lower() in (".xml", ".rss", ".atom"):
            return None  # a feed: its entries are known once it is read
        else:
            total += 1
    return total


def cached_results(items: Iterator[Item], use_cache: bool) -> Iterator[Result]:
    """`iter_results` in one process, serving what core.corpus.cache already has (the reader's cache
    of recent analyses); what it has not is analysed and stored."""
    from core.corpus.cache import default_cache, pipeline_key
    from core.model import Analysis

    store = default_cache() if use_cache else None
    if store is None:
        yield from iter_results(items, 1)
        return
    from core.corpus.batch import CHUNK, analyze_chunk, chunked

    nlp = extraction_pipeline()
    pipeline = pipeline_key(nlp)
    for chunk in chunked(items, CHUNK):
        hits = [store.get(it.article, pipeline) if it.article else None for it in chunk]
        todo = [it for it, hit in zip(chunk, hits, strict=True) if hit is None]
        misses = iter(analyze_chunk(todo, nlp))
        for it, hit in zip(chunk, hits, strict=True):
            if hit is not None:
                yield Result(it.id, line=json.dumps(hit.to_dict(), ensure_ascii=False))
                continue
            result = next(misses)
            if result.line is not None:
                store.put(Analysis.from_dict(json.loads(result.line)), pipeline)
            yield result


def _report(msg: str) -> None:
    print(f"newsreader: {msg}", file=sys.stderr, flush=True)


def time_left(elapsed: float | None, done: float, total: float | None) -> str:
    """H:MM:SS left if the rest goes at the pace so far; "-:--:--" before anything is done."""
    if not done or not elapsed or total is None:
        return "-:--:--"
    left = int(elapsed * max(total - done, 0) / done)
    return f"{left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}"


@contextlib.contextmanager
def _progress(paths: list[str], enabled: bool) -> Iterator[Callable[[], object]]:
    """A rich progress bar of articles on stderr, only when stderr is a terminal."""
    with _bar(enabled, "articles") as bar:
        advance = bar(count_items(paths) if enabled else None)
        yield lambda: advance(1)


@contextlib.contextmanager
def _bar(enabled: bool, unit: str) -> Iterator[Callable[[int | None], Callable[[int], object]]]:
    """A rich progress bar on stderr, only when stderr is a terminal (never in logs or pipes):
    yields `start(total)`, which returns `advance(n)`; the unit is articles or bytes."""
    if not enabled:
        yield lambda total: lambda n: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    class AverageRemaining(ProgressColumn):
        """Time left at the whole run's pace. Articles finish a chunk at a time, so rich's own
        estimate, from the last few seconds' speed, swings between bursts (it said 1 s left with
        80% to go)."""

        def render(self, task: Task) -> Text:
            left = time_left(task.elapsed, task.completed, task.total)
            return Text(left, style="progress.remaining")

    with Progress(
        TextColumn("extracting"),
        BarColumn(),
        DownloadColumn() if unit == "bytes" else MofNCompleteColumn(),
        TimeElapsedColumn(),
        AverageRemaining(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:

        def start(total: int | None) -> Callable[[int], object]:
            task = progress.add_task("extract", total=total)
            return lambda n: progress.advance(task, n)

        yield start


def _run_shards(args: argparse.Namespace, paths: list[str]) -> int:
    from dask.utils import parse_bytes

    from core.corpus.distributed import run_shards
    from core.corpus.shards import BLOCKSIZE

    if args.partition_size is not None:
        _report("--partition-size is for --read-here; JSONL shards split by --blocksize")
        return 2
    try:
        blocksize = parse_bytes(args.blocksize) if args.blocksize else BLOCKSIZE
    except (ValueError, TypeError):
        _report(f"--blocksize {args.blocksize}: not a size (e.g. 64MiB, 500kB, 1000000)")
        return 2
    if blocksize < 1:
        _report("--blocksize must be at least 1 byte")
        return 2
    try:
        with _bar(sys.stderr.isatty(), "bytes") as bar:
            return run_shards(
                paths,
                args.output,
                scheduler=args.scheduler,
                workers=args.jobs,
                blocksize=blocksize,
                report=_report,
                progress=bar,
            )
    except KeyboardInterrupt:
        _report("interrupted; run the same command again to resume")
        return 130


class _NotOne(Exception):
    """--format json was asked for, but the one input (a URL) turned out to be a feed."""


def run(argv: list[str], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    paths: list[str] = args.paths
    engine = "dask" if args.scheduler else args.engine
    corpus = any((is_jsonl(p) or is_shard_folder(p)) and not is_url(p) for p in paths)
    single = is_single(paths) and not corpus
    fmt = args.format or ("json" if single and not args.output else "jsonl")
    if fmt == "json" and not single:
        _report(
            "--format json prints one article, but a folder, a feed, a corpus or several were "
            "given; use --format jsonl"
        )
        return 2
    if fmt == "json" and (args.output or engine == "dask"):
        _report("--format json prints one article to stdout; -o and --engine dask write JSONL")
        return 2
    if fmt == "csv" and engine == "dask":
        _report("--format csv is written here; --engine dask writes JSONL parts")
        return 2
    if args.jobs < 1:
        _report("--jobs must be at least 1")
        return 2
    shards = engine == "dask" and not args.read_here and all(map(names_shards, paths))
    if args.blocksize is not None and not shards:
        _report("--blocksize is for JSONL shards read by Dask workers (--engine dask)")
        return 2
    for arg in paths:
        if is_glob(arg) and not shards and not local_shards(arg):
            _report(f"{arg}: no JSONL shards match")
            return 2
    if engine == "dask":
        if not args.output:
            _report("--engine dask writes partitioned JSONL: give -o FOLDER")
            return 2
        try:
            from core.corpus.distributed import run_dask
        except ImportError as err:
            _report(f"--engine dask needs Dask ({err}): pip install 'newsreader[dask]'")
            return 2
        if shards:
            return _run_shards(args, paths)
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
    if args.read_here:
        _report("--read-here is for --engine dask")
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

    if fmt == "csv":  # one row per quote: the same run, each JSON line turned into rows
        from core.collection import table
    try:
        done = (table.done_ids if fmt == "csv" else done_ids)(args.output) if args.output else set()
        header = fmt == "csv" and table.needs_header(args.output)
        sink: TextIO = (
            open(args.output, "a", encoding="utf-8") if args.output else out  # noqa: SIM115
        )
        if header:
            sink.write(table.header())
    except OSError as err:
        _report(f"{args.output}: cannot write there ({err.strerror or err})")
        return 2

    held: list[str] = []  # --format json: the one analysis, printed once no second one comes

    def write(line: str) -> None:  # one JSON line, with its newline
        nonlocal fmt
        if fmt == "json":
            if not held:
                held.append(line)
                return
            if args.format == "json":
                raise _NotOne
            fmt = "jsonl"  # a URL that was a feed: one line per article, as for a folder
            sink.write(held.pop())
        sink.write(table.quote_rows(line) if fmt == "csv" else line)
        sink.flush()

    # The cache of recent analyses serves the reader and small runs; a corpus run (JSONL, -o,
    # --jobs) would only churn it, and -o already skips what is done.
    use_cache = not (args.no_cache or corpus or args.output or args.jobs > 1)
    try:
        with _progress(paths, sys.stderr.isatty()) as advance:
            items = skip_done(iter_items(paths), done, advance)
            results = (
                iter_results(items, args.jobs)
                if args.jobs > 1
                else cached_results(items, use_cache)
            )
            failed = write_results(results, write, _report, advance)
        if held:
            sink.write(json.dumps(json.loads(held.pop()), ensure_ascii=False, indent=2) + "\n")
    except _NotOne:
        _report(f"{paths[0]} is a feed; use --format jsonl")
        return 2
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
