"""Make docs/screenshot.svg from the app itself: the seed article, analysed, on a quote.

    .venv/bin/python tools/screenshot.py [--out docs/screenshot.svg] [--size 140x40]

Rerun it when the analysis or the look changes; it uses the live pipeline, so the picture shows
what the reader really shows.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.sources.files import read_article, seed_paths  # noqa: E402
from tui.app import NewsReaderApp  # noqa: E402


async def shoot(out: Path, width: int, height: int, keys: list[str]) -> None:
    article = read_article(seed_paths()[0])
    app = NewsReaderApp(article)
    async with app.run_test(size=(width, height)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause(0.3)
        out.parent.mkdir(parents=True, exist_ok=True)
        app.save_screenshot(filename=out.name, path=str(out.parent))
    print(f"wrote {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description="Save an SVG screenshot of the reader.")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.svg")
    ap.add_argument("--size", default="140x40", help="terminal size, COLUMNSxROWS")
    # Quotes pane, a few quotes down: the article scrolls to it and marks it.
    ap.add_argument(
        "--keys", default="tab,tab,j,j,j,j", help="keys to press first, comma-separated"
    )
    args = ap.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    asyncio.run(shoot(args.out, width, height, [k for k in args.keys.split(",") if k]))


if __name__ == "__main__":
    main()
