"""One browser session of `newsreader serve`: textual-serve starts this module once per browser
that connects (`python -m tui.served.session PATH [--allow-web] [--no-cache]`), and the reader
talks to that browser through Textual's web driver."""

from __future__ import annotations

import argparse
import sys

from core.display import report
from core.model import Article
from core.sources.confine import Confinement
from core.sources.resolve import Collection, SourceError, resolve


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="newsreader-session")
    p.add_argument("path")
    p.add_argument("--allow-web", action="store_true")
    p.add_argument("--no-cache", action="store_true")
    args = p.parse_args(argv)
    try:
        resolved = resolve(args.path)
    except SourceError as err:  # textual-serve shows a session's stderr in the server's log
        report(f"{err}", prog="newsreader serve")
        return 1
    from tui.app import cached_analyzer
    from tui.served.app import ServedApp

    confinement = Confinement.of(args.path, allow_web=args.allow_web)
    analyzer = cached_analyzer(use_cache=not args.no_cache)
    if isinstance(resolved, Collection):
        placeholder = Article(source=resolved.source, text="", title=resolved.title)
        app = ServedApp(placeholder, confinement, collection=resolved, analyzer=analyzer)
    else:
        app = ServedApp(resolved.article, confinement, analyzer=analyzer)
    app.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
