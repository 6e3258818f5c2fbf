"""The `newsreader` command: open the reader, or run one of the headless commands (SUBCOMMANDS)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import threading
from collections.abc import Callable

from core import __version__
from core.display import report
from core.model import Article
from core.sources.files import seed_paths
from core.sources.resolve import Collection, SettingError, SourceError, is_url, resolve

# The headless commands: `newsreader NAME --help` tells each one's options.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "extract": (
        "core.corpus.extract",
        "print the analysis as JSON (or CSV), for one article or a corpus",
    ),
    "stats": ("core.collection.cli", "who is quoted across many articles, by gender, kind, outlet"),
    "eval": (
        "core.evaluation.cli",
        "score the analysis against your own annotations (brat, JSONL)",
    ),
    "serve": ("tui.served.cli", "serve the reader to web browsers (the 'serve' extra)"),
}


def build_parser() -> argparse.ArgumentParser:
    commands = "\n".join(
        f"  newsreader {name:<8} {what}" for name, (_, what) in SUBCOMMANDS.items()
    )
    p = argparse.ArgumentParser(
        prog="newsreader",
        description="A terminal reader for news: who speaks, what each one said, where each "
        "one stands.",
        epilog=f"commands (each with --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "path",
        nargs="?",
        help="what to open: a .txt or .html article, - for stdin, a web page URL, or a folder "
        "or RSS/Atom feed (URL or .xml file), which opens in the library (default: the "
        "bundled seed)",
    )
    p.add_argument(
        "--no-cache", action="store_true", help="analyse again even when the cache has it"
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in SUBCOMMANDS:
        module, _ = SUBCOMMANDS[argv[0]]
        # Imported only when asked for: the reader never pays for Dask, textual-serve, rich tables.
        run: Callable[[list[str]], int] = importlib.import_module(module).main
        return run(argv[1:])
    args = build_parser().parse_args(argv)
    if args.path:
        path = args.path
    else:
        seeds = seed_paths()
        if not seeds:
            report("no bundled seed article found; give a PATH")
            return 1
        path = str(seeds[0])
    if is_url(path) and sys.stderr.isatty():
        report(f"fetching {path} …")
    try:
        resolved = resolve(path)
        if path == "-":
            _keys_from_terminal()
    except SourceError as err:
        report(err)
        return 1
    except SettingError as err:
        report(err)
        return 2
    except KeyboardInterrupt:  # Ctrl-C while a page downloads
        return 130
    from tui.app import NewsReaderApp, cached_analyzer

    analyzer = cached_analyzer(use_cache=not args.no_cache)
    if isinstance(resolved, Collection):
        placeholder = Article(source=resolved.source, text="", title=resolved.title)
        app = NewsReaderApp(placeholder, collection=resolved, analyzer=analyzer)
    else:
        app = NewsReaderApp(resolved.article, analyzer=analyzer)
    app.run()
    code = app.return_code or 0
    if code:  # Textual has shown the error; the exit code must say it too, never 0
        report("the reader stopped on an internal error (above); nothing was saved in its place")
    _leave(code)
    return code


def _leave(code: int) -> None:
    """Exit now when an analysis or download is still running in its daemon thread.

    Python's shutdown would tear the interpreter down under a thread still inside spaCy's
    native code (BLIS then aborts the process, exit 134); the terminal is already restored and
    nothing is left to write, so end the process at once instead."""
    if any(t.daemon and t.is_alive() for t in threading.enumerate()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _keys_from_terminal() -> None:
    """The article came on stdin; the keys must come from the terminal, so make it stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        return
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise SourceError(
            "-: no terminal to read keys from; use `newsreader extract -` without one"
        ) from None
    os.dup2(fd, 0)
    os.close(fd)
    # fd 0 lives as long as we do (SIM115). typeshed makes sys.__stdin__ Final, but replacing the
    # original stdin (a pipe) with the terminal is the point here.
    sys.stdin = sys.__stdin__ = open(0, closefd=False)  # type: ignore[misc]  # noqa: SIM115


if __name__ == "__main__":
    sys.exit(main())
