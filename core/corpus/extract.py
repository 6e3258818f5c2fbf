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
import shutil
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from core import __version__
from core.corpus.batch import (
    Item,
    Result,
    extraction_pipeline,
    iter_results,
    skip_done,
    write_results,
)
from core.corpus.output import OutputError, Sink, done_ids, refuse_input_as_output, run_lock
from core.corpus.shards import (
    has_protocol,
    is_glob,
    is_shard_folder,
    local_shards,
    names_shards,
)
from core.display import json_text, report
from core.sources.jsonl import is_jsonl, read_jsonl
from core.sources.resolve import (
    FEED_ENTRIES,
    FEED_TIMEOUT,
    SettingError,
    SourceError,
    environment_fetcher,
    is_single,
    is_url,
    iter_articles,
)
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
        "(the default for more than one); csv: one row per quote (core.corpus.table)",
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
    p.add_argument(
        "--max-entries",
        type=int,
        default=FEED_ENTRIES,
        metavar="N",
        help=f"read at most N entries of a feed (default {FEED_ENTRIES}); the rest are skipped, "
        "and said so. A feed's entries are fetched a few at a time, and the whole feed gives up "
        f"after NEWSREADER_FEED_TIMEOUT seconds (default {FEED_TIMEOUT:g})",
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def iter_items(paths: list[str], max_entries: int = FEED_ENTRIES) -> Iterator[Item]:
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
        for got in iter_articles([arg], max_entries=max_entries):
            if isinstance(got, SourceError):
                # A SourceError reads "SOURCE: reason"; a feed's failing entry names itself.
                source, sep, reason = str(got).partition(": ")
                yield Item(source, error=reason) if sep else Item(arg, error=str(got))
            else:
                yield Item(got.source, article=got)


def distinct_ids(items: Iterator[Item], report: Callable[[str], object]) -> Iterator[Item]:
    """The items with every id told apart: a row whose id an earlier row has is reported by
    `FILE:LINE` and renamed `ID (FILE:LINE)` (the same name on every run, so a resume skips it
    as it should), never dropped as done, nor written under an id the output has twice."""
    first: dict[str, str] = {}
    for item in items:
        if item.id not in first:
            first[item.id] = item.where or item.id
            yield item
            continue
        where = item.where or "a later input"
        new_id = f"{item.id} ({where})"
        report(
            f"{where}: duplicate id {item.id!r} (first at {first[item.id]}); written as {new_id!r}"
        )
        article = replace(item.article, source=new_id) if item.article else None
        yield replace(item, id=new_id, article=article)


def input_files(paths: list[str]) -> Iterator[Path]:
    """The local files the inputs read (a folder's files, a glob's shards), to keep -o off them."""
    for arg in paths:
        if arg == "-" or is_url(arg):
            continue
        if is_glob(arg) or is_shard_folder(arg):
            yield from (Path(s) for s in local_shards(arg))
            continue
        p = Path(arg)
        if p.is_dir():
            with contextlib.suppress(OSError):
                yield from (f for f in p.iterdir() if f.is_file())
        else:
            yield p


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
            if not p.is_file():
                return None  # a FIFO would block here; the reader refuses it with a message
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
                yield Result(it.id, line=json_text(hit.to_dict()))
                continue
            result = next(misses)
            if result.line is not None:
                store.put(Analysis.from_dict(json.loads(result.line)), pipeline)
            yield result


def _report(msg: str) -> None:
    report(msg)  # one line, controls as symbols: ids and reasons come from the input


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
    if args.max_entries < 1:
        _report("--max-entries must be at least 1")
        return 2
    try:
        environment_fetcher()  # NEWSREADER_TIMEOUT and _MAX_BYTES: refused now, not mid-run
    except SettingError as err:
        _report(str(err))
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
            from core.corpus.distributed import scheduler_problem, scheduler_timeout
        except ImportError as err:
            _report(f"--engine dask needs Dask ({err}): pip install 'newsreader[dask]'")
            return 2
        if args.scheduler and (problem := scheduler_problem(args.scheduler)):
            _report(problem)
            return 2
        try:
            scheduler_timeout()  # refused now, not after the run has started
        except SettingError as err:
            _report(str(err))
            return 2
        # One run at a time on a folder here (an fsspec URL's storage has no lock to take):
        # taken before anything is looked at, so a refused run never touches the other's folder.
        local = not is_url(args.output) and not has_protocol(args.output)
        try:
            with run_lock(args.output) if local else contextlib.nullcontext():
                fresh = local and not os.path.lexists(args.output)
                code = _run_dask(args, paths, shards)
                if code == 2 and fresh and Path(args.output).is_dir():
                    # A run that could not start (no scheduler) leaves no folder behind it.
                    shutil.rmtree(args.output, ignore_errors=True)
                return code
        except OutputError as err:
            _report(str(err))
            return 2
    return _run_local(args, paths, fmt, corpus, out)


def _run_dask(args: argparse.Namespace, paths: list[str], shards: bool) -> int:
    from core.corpus.distributed import run_dask

    if shards:
        return _run_shards(args, paths)
    try:
        with _progress(paths, sys.stderr.isatty()) as advance:
            return run_dask(
                distinct_ids(iter_items(paths, args.max_entries), _report),
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


def _run_local(
    args: argparse.Namespace, paths: list[str], fmt: str, corpus: bool, out: TextIO
) -> int:
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
        from core.corpus import table
    with contextlib.ExitStack() as stack:
        try:
            if args.output:
                refuse_input_as_output(args.output, input_files(paths))
                stack.enter_context(run_lock(args.output))
                if fmt == "csv":  # a CSV output resumes by its own rows
                    regular = os.path.isfile(args.output)
                    done = table.done_ids(args.output) if regular else set()
                else:
                    done = done_ids(args.output)
                header = fmt == "csv" and table.needs_header(args.output)
                sink = Sink.append_to(args.output)
                stack.callback(sink.close)
            else:
                done, sink, header = set(), Sink.stream(out), fmt == "csv"
            if header:
                sink.write(table.header())
        except OutputError as err:
            _report(str(err))
            return 2
        return _write_all(args, paths, fmt, corpus, done, sink)


def _write_all(
    args: argparse.Namespace, paths: list[str], fmt: str, corpus: bool, done: set[str], sink: Sink
) -> int:
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
        if fmt == "csv":
            from core.corpus import table

            sink.write(table.quote_rows(line))
        else:
            sink.write(line)

    # The cache of recent analyses serves the reader and small runs; a corpus run (JSONL, -o,
    # --jobs) would only churn it, and -o already skips what is done.
    use_cache = not (args.no_cache or corpus or args.output or args.jobs > 1)
    try:
        with _progress(paths, sys.stderr.isatty()) as advance:
            read = distinct_ids(iter_items(paths, args.max_entries), _report)
            items = skip_done(read, done, advance)
            results = (
                iter_results(items, args.jobs)
                if args.jobs > 1
                else cached_results(items, use_cache)
            )
            failed = write_results(results, write, _report, advance)
        if held:
            sink.write(json_text(json.loads(held.pop()), indent=2) + "\n")
    except OutputError as err:
        _report(str(err))  # the file ends in a whole line: the same command resumes
        return 1
    except _NotOne:
        _report(f"{paths[0]} is a feed; use --format jsonl")
        return 2
    except ModelNotFound as err:
        _report(str(err))
        return 2
    except SettingError as err:
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
    return 1 if failed else 0


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM stops a run as Ctrl-C does: cleanly, resumable


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _interrupted)
    return run(sys.argv[1:] if argv is None else argv)
