"""`newsreader serve [PATH] [--host 127.0.0.1] [--port 8000] [--allow-web] [--no-cache]`."""

from __future__ import annotations

import argparse
import os
import sys

from core.display import report
from core.sources.files import seed_paths
from core.sources.resolve import SourceError, is_url, resolve

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader serve",
        description="Serve the reader to web browsers (textual-serve): each browser session "
        "runs its own reader on PATH, which can open only what is inside PATH.",
    )
    p.add_argument(
        "path",
        nargs="?",
        help="a .txt or .html article, a folder, or an RSS/Atom feed (file or URL), as for "
        "`newsreader PATH` (default: the bundled seed)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument(
        "--allow-web",
        action="store_true",
        help="let readers open web addresses with `o` (off: only what is inside PATH)",
    )
    p.add_argument(
        "--no-cache", action="store_true", help="analyse again even when the cache has it"
    )
    return p


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        import textual_serve  # noqa: F401 (the optional extra; only its presence is checked)
    except ImportError:
        report("needs the `serve` extra: pip install 'newsreader[serve]'", prog="newsreader serve")
        return 1
    if not 0 < args.port < 65536:
        report(f"--port {args.port}: not a port (1-65535)", prog="newsreader serve")
        return 2
    path = args.path
    if path is None:
        seeds = seed_paths()
        if not seeds:
            report("no bundled seed article found; give a PATH", prog="newsreader serve")
            return 1
        path = str(seeds[0])
    if path == "-":
        report("- (stdin) cannot be served; give a file", prog="newsreader serve")
        return 2
    if not is_url(path):
        path = os.path.abspath(path)  # each session starts elsewhere than the user's folder
    try:
        resolve(path)  # a PATH that cannot be read is said here once, not in every session
    except SourceError as err:
        report(err, prog="newsreader serve")
        return 1
    if args.host not in LOOPBACK:
        report(
            f"warning: listening on {args.host}: everyone who can reach port "
            f"{args.port} can read {path}",
            prog="newsreader serve",
        )
    session = [sys.executable, "-m", "tui.served.session", path]
    session += ["--allow-web"] * args.allow_web + ["--no-cache"] * args.no_cache
    from tui.served.server import serve

    try:
        serve(session, host=args.host, port=args.port, title=_name(path))
    except OSError as err:  # the port is taken, or the address is not this machine's
        report(f"{args.host}:{args.port}: {err.strerror or err}", prog="newsreader serve")
        return 1
    return 0


def _name(path: str) -> str:
    """What the page's title and the log call PATH: its last part (the page need not show
    where the collection lies on the server)."""
    return path if is_url(path) else os.path.basename(path.rstrip(os.sep)) or path
