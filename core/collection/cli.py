"""`newsreader stats PATH...`: who is quoted across a collection, headless.

PATH is anything `newsreader extract` reads (analysed here, through the same cache), or a file of
analyses `extract -o` wrote (or a folder of its parts), read without parsing anything again.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from core import __version__, display
from core.collection.stats import BREAKDOWNS, Stats, outlet_of
from core.corpus.dates import month_of
from core.model import SCHEMA, Analysis

ANALYSIS_SUFFIXES = (".jsonl", ".ndjson", ".json")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader stats",
        description="Who is quoted across many articles: the most-quoted people (one person "
        "across articles), and the share of quotes and of quoted people by gender, by kind of "
        "speaker and by outlet, month or article.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="what `newsreader extract` reads (files, folders, feeds, URLs, .jsonl corpora), or "
        "files of analyses it wrote with -o (read as they are, not parsed again)",
    )
    p.add_argument(
        "--format",
        choices=("table", "md", "csv", "json"),
        default="table",
        help="table (default), md (Markdown), csv (one row per merged actor), json",
    )
    p.add_argument(
        "--by", choices=BREAKDOWNS, default="outlet", help="the breakdown (default outlet)"
    )
    p.add_argument("--top", type=int, default=20, metavar="N", help="people listed (default 20)")
    p.add_argument("--no-cache", action="store_true", help="analyse again even when cached")
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def _first_line(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            for raw in fh:
                if raw.strip():
                    return raw
    except OSError:
        return None
    return None


def is_analyses(arg: str) -> bool:
    """A file whose first line is an object with a "schema" (what `extract` writes), or a folder
    of such part files."""
    p = Path(arg)
    if p.is_dir():
        parts = sorted(f for f in p.iterdir() if f.suffix.lower() in ANALYSIS_SUFFIXES)
        return bool(parts) and all(f.is_file() for f in parts) and is_analyses(str(parts[0]))
    if not p.is_file() or p.suffix.lower() not in ANALYSIS_SUFFIXES:
        return False
    line = _first_line(p)
    if line is None:
        return False
    if _is_indented(p):  # `extract --format json`: one indented object, "schema" first
        with p.open("rb") as fh:
            return fh.read(200).split(b"\n", 2)[1].strip().startswith(b'"schema"')
    try:
        head = json.loads(line)
    except ValueError:
        return False
    return isinstance(head, dict) and "schema" in head


Found = tuple[Analysis, str, str | None]


def read_analyses(arg: str, report: Callable[[str], object]) -> Iterator[Found]:
    """Each analysis of a file (or folder of parts) `extract` wrote; a bad line is reported and
    skipped; a file of another schema is reported once and skipped whole."""
    p = Path(arg)
    files = (
        sorted(f for f in p.iterdir() if f.suffix.lower() in ANALYSIS_SUFFIXES)
        if p.is_dir()
        else [p]
    )
    fallback = p.stem if p.is_file() else p.name
    for f in files:
        if _is_indented(f):
            lines: Iterator[tuple[int, str]] = iter([(1, f.read_text(encoding="utf-8"))])
        else:
            lines = _lines(f)
        for lineno, line in lines:
            try:
                doc = json.loads(line)
            except ValueError as err:
                report(f"{f}:{lineno}: not a JSON line ({err})"[:200])
                continue
            if not isinstance(doc, dict) or "schema" not in doc:
                report(f'{f}:{lineno}: not an analysis (no "schema")')
                continue
            if doc["schema"] != SCHEMA:
                report(f"{f}: analyses of schema {doc['schema']!r}; this newsreader reads {SCHEMA}")
                break
            try:
                a = Analysis.from_dict(doc)
            except (KeyError, TypeError, ValueError) as err:
                report(f"{f}:{lineno}: not a usable analysis ({type(err).__name__}: {err})"[:200])
                continue
            yield a, outlet_of(a.article.source, fallback), month_of(a.article.source)


def _is_indented(f: Path) -> bool:
    line = _first_line(f)
    return line is not None and line.strip() == b"{"


def _lines(f: Path) -> Iterator[tuple[int, str]]:
    with f.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if raw.strip():
                yield lineno, raw.decode("utf-8", errors="replace")


def analysed(arg: str, use_cache: bool, report: Callable[[str], object]) -> Iterator[Found]:
    """The articles of an input as `extract` reads them, analysed (through the cache)."""
    from core.corpus.extract import cached_results, iter_items

    fallback = Path(arg).stem if not Path(arg).is_dir() else Path(arg).name
    for result in cached_results(iter_items([arg]), use_cache):
        if result.line is None:
            report(f"{result.id}: {result.error}")
            continue
        a = Analysis.from_dict(json.loads(result.line))
        yield a, outlet_of(a.article.source, fallback), month_of(a.article.source)


def run(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    from core.collection.report import render

    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    failures = 0

    def report(msg: str) -> None:
        nonlocal failures
        failures += 1
        display.report(msg, stream=err)  # the terminal rule: file names and ids are anyone's

    stats = Stats(by=args.by)
    use_cache = not args.no_cache
    try:
        for arg in args.paths:
            p = Path(arg)
            if p.is_dir() and not any(p.iterdir()):
                report(f"{arg}: an empty folder")
                continue
            found = (
                read_analyses(arg, report) if is_analyses(arg) else analysed(arg, use_cache, report)
            )
            for analysis, outlet, month in found:
                stats.add(analysis, outlet, month)
    except KeyboardInterrupt:
        report("interrupted")
        return 130
    except Exception as e:
        report(f"{type(e).__name__}: {e}"[:300])
        return 2
    try:
        out.write(render(stats.report(), args.format, args.top))
        out.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
