"""The `newsreader` command: open the reader, or run one of the headless commands (SUBCOMMANDS)."""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
import time
import warnings
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
    from rich.console import Console

    from tui.app import NewsReaderApp, cached_analyzer

    analyzer = cached_analyzer(use_cache=not args.no_cache)
    if isinstance(resolved, Collection):
        placeholder = Article(source=resolved.source, text="", title=resolved.title)
        app = NewsReaderApp(placeholder, collection=resolved, analyzer=analyzer)
    else:
        app = NewsReaderApp(resolved.article, analyzer=analyzer)
    # Textual prints a crash's traceback, with the locals of every frame, above anything we
    # say: it goes to a log file instead, and the terminal gets one line naming the file.
    errors = io.StringIO()
    app.error_console = Console(file=errors, width=120, color_system=None, markup=False)
    app.quit_ends_process = True
    # A crash while widgets mount leaves some of Textual's coroutines unawaited; Python would
    # warn of each on the terminal, above the one line (the traceback in the log says enough).
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
    try:
        app.run()
    finally:
        analyzer.stop()  # an analysis still running is of no use now: end its process at once
    code = app.return_code or 0
    if code or errors.getvalue():
        code = code or 1
        report(f"the reader stopped on an internal error: {_keep(errors.getvalue())}")
    _leave(code)
    return code


def _keep(traceback: str) -> str:
    """Save the traceback in a new log file; where it went, or (no file could be written) the
    traceback itself, so that nothing is lost."""
    import platformdirs

    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        folder = platformdirs.user_log_path("newsreader", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}-{os.getpid()}.log"
        with open(path, "x", encoding="utf-8") as log:
            log.write(traceback)
    except OSError as err:
        sys.stderr.write(traceback)
        return f"the traceback is above (no log file: {err.strerror or err})"
    return f"the traceback is in {path}"


def _leave(code: int) -> None:
    """End the process now that the reader has closed.

    The terminal is restored and nothing is left to write. Python's own shutdown would free the
    reader's objects one by one (2 s after a 900,000-character article) and could tear the
    interpreter down under a daemon thread still at work (a download)."""
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
