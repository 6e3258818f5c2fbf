"""`newsreader extract`: the analysis contract as JSON on stdout, for one article or many."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TextIO

from core import __version__
from core.cache import cached_analyze_many
from core.model import Article
from core.nlp import ModelNotFound, load_pipeline
from core.sources import SourceError, is_single, iter_articles


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
        help="articles: .txt or .html files, folders of them, - for stdin, web pages or "
        "RSS/Atom feeds (http/https URLs or local .xml files)",
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json: one indented object (one article); jsonl: one line per article "
        "(the default for more than one)",
    )
    p.add_argument(
        "--no-cache", action="store_true", help="analyse again even when the cache has it"
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def _readable(paths: list[str], errors: list[str]) -> Iterator[Article]:
    for item in iter_articles(paths):
        if isinstance(item, SourceError):
            errors.append(str(item))
            print(f"newsreader: {item}", file=sys.stderr)
        else:
            yield item


def run(argv: list[str], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    paths = args.paths
    fmt = args.format or ("json" if is_single(paths) else "jsonl")
    if fmt == "json" and not is_single(paths):
        print(
            "newsreader: --format json prints one article, but a folder, a feed or several "
            "were given; use --format jsonl",
            file=sys.stderr,
        )
        return 2
    try:
        nlp = load_pipeline()
    except ModelNotFound as err:
        print(f"newsreader: {err}", file=sys.stderr)
        return 2
    errors: list[str] = []
    held = None  # --format json: one article, printed once we know a URL was not a feed
    analyses = cached_analyze_many(_readable(paths, errors), nlp, use_cache=not args.no_cache)
    for analysis in analyses:
        if fmt == "json":
            if held is None:
                held = analysis
                continue
            if args.format == "json":
                print(f"newsreader: {paths[0]} is a feed; use --format jsonl", file=sys.stderr)
                return 2
            fmt = "jsonl"  # a URL that was a feed: one line per article, as for a folder
            json.dump(held.to_dict(), out, ensure_ascii=False)
            out.write("\n")
            held = None
        json.dump(analysis.to_dict(), out, ensure_ascii=False)
        out.write("\n")
        out.flush()
    if held is not None:
        json.dump(held.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
