"""`newsreader eval GOLD`: the command line of the evaluation."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    print("newsreader eval: not available yet", file=sys.stderr)
    return 2
