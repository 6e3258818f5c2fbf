"""`newsreader extract`: the analysis contract as JSON on stdout, for one article or many."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TextIO

from core import __version__
from core.analyze import analyze_many
from core.model import Article
from core.nlp import ModelNotFound, load_pipeline
from core.reader import ArticleError, expand_paths, read_article


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader extract",
        description="Print who speaks, what they said and where they stand, as JSON "
        "(schema newsreader.analysis/1).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or folders of them")
    p.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json: one indented object (one article); jsonl: one line per article "
        "(the default for more than one)",
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def _readable(paths: list[str], errors: list[str]) -> Iterator[Article]:
    for path in paths:
        try:
            yield read_article(path)
        except ArticleError as err:
            errors.append(str(err))
            print(f"newsreader: {err}", file=sys.stderr)


def run(argv: list[str], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    paths = expand_paths(args.paths)
    if not paths:
        print("newsreader: no .txt articles found in " + ", ".join(args.paths), file=sys.stderr)
        return 1
    fmt = args.format or ("json" if len(paths) == 1 else "jsonl")
    if fmt == "json" and len(paths) > 1:
        print(
            f"newsreader: --format json prints one article, but {len(paths)} were given; "
            "use --format jsonl",
            file=sys.stderr,
        )
        return 2
    try:
        nlp = load_pipeline()
    except ModelNotFound as err:
        print(f"newsreader: {err}", file=sys.stderr)
        return 2
    errors: list[str] = []
    for analysis in analyze_many(_readable(paths, errors), nlp):
        if fmt == "json":
            json.dump(analysis.to_dict(), out, ensure_ascii=False, indent=2)
        else:
            json.dump(analysis.to_dict(), out, ensure_ascii=False)
        out.write("\n")
        out.flush()
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
