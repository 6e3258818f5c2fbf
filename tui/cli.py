"""The `newsreader` command: open the reader, or run `newsreader extract` headless."""

from __future__ import annotations

import argparse
import sys

from core import __version__
from core.reader import ArticleError, read_article, seed_paths


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader",
        description="A terminal reader for news: who speaks, what each one said, where each "
        "one stands. `newsreader extract PATH...` prints the same analysis as JSON.",
    )
    p.add_argument("path", nargs="?", help="article to open (default: the bundled seed)")
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "extract":
        from core.extract import main as extract_main

        return extract_main(argv[1:])
    args = build_parser().parse_args(argv)
    if args.path:
        path = args.path
    else:
        seeds = seed_paths()
        if not seeds:
            print("newsreader: no bundled seed article found; give a PATH", file=sys.stderr)
            return 1
        path = str(seeds[0])
    try:
        article = read_article(path)
    except ArticleError as err:
        print(f"newsreader: {err}", file=sys.stderr)
        return 1
    from tui.app import NewsReaderApp

    NewsReaderApp(article).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
