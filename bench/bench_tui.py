"""How fast the reader is: time to first paint, to a filled analysis, and per selection change.

Runs the app headless (Textual's Pilot, the same rendering work without a terminal) on:
  - the seed article with the real pipeline;
  - a generated ~10,000-word article with the real pipeline;
  - the same article with a synthetic analysis holding many quotes (a stress case: the real
    pipeline may find fewer), built here from the quotation marks the generator wrote.

"Selection change" is one `j` in the quotes pane: the quote highlight moves, the article
scrolls to it, the footer and panes repaint. Key repeat is ~30/s, so under ~33 ms keeps up.

    .venv/bin/python bench/bench_tui.py [--keys 200] [--words 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual import events  # noqa: E402

from core.model import Actor, Analysis, Article, Quote, Span  # noqa: E402
from tui.app import NewsReaderApp  # noqa: E402
from tui.widgets.article import ArticleView  # noqa: E402
from tui.widgets.panes import QuotePane  # noqa: E402

SEED = ROOT / "seeds" / "2023-04-27-xi-zelensky-call.txt"

NAMES = [
    "Maria Lindqvist", "Owen Carter", "Priya Nair", "Tomas Novak", "Helen Ortiz", "Jonas Weber",
    "Amara Okafor", "Lucas Moreau", "Sofia Rossi", "Daniel Kim", "Elena Petrova", "Marcus Hale",
]  # fmt: skip
ORGS = ["the city council", "the Port Authority", "the Transport Union", "the Green Alliance"]
TOPICS = ["the new bridge", "the harbour tax", "the rail link", "the school budget", "bus fares"]
VERBS = ["said", "told reporters", "wrote in a statement", "added", "argued"]
DAYS = ["on Monday", "on Tuesday", "late on Wednesday", "this week", "in an interview"]


def generate_article(words: int, seed: int = 7) -> str:
    """A plausible news text of about `words` words, with direct and reported speech."""
    rng = random.Random(seed)
    paragraphs: list[str] = ["Council weighs the harbour plan"]
    count = 0
    while count < words:
        name, org, topic = rng.choice(NAMES), rng.choice(ORGS), rng.choice(TOPICS)
        surname = name.split()[-1]
        kind = rng.randrange(4)
        if kind == 0:
            p = (
                f"“We cannot wait another year for {topic},” {name} {rng.choice(VERBS)} "
                f"{rng.choice(DAYS)}. {surname} said {org} had promised a decision before the "
                f"summer, and that residents deserved a clear answer."
            )
        elif kind == 1:
            p = (
                f"{name} said that {topic} would cost more than {org} had admitted. “The numbers "
                f"do not add up, and people will pay for it,” {surname} {rng.choice(VERBS)}."
            )
        elif kind == 2:
            p = (
                f"In a statement, {org} said it would review {topic} again. A spokesman "
                f"declined to say when the review would end, but {name} welcomed the move "
                f"{rng.choice(DAYS)}."
            )
        else:
            p = (
                f"Residents gathered near the harbour {rng.choice(DAYS)} to discuss {topic}. "
                f"Many said they had heard little from {org} since the spring, and some carried "
                f"signs in support of {name}."
            )
        paragraphs.append(p)
        count += len(p.split())
    return "\n\n".join(paragraphs) + "\n"


def synthetic_analysis(article: Article) -> Analysis:
    """Actors from the generator's names, every “…” a direct quote of the next name after it."""
    text = article.text
    actors = []
    for i, name in enumerate(NAMES, 1):
        surname = name.split()[-1]
        mentions = tuple(
            Span.of(text, m.start(), m.end())
            for m in re.finditer(rf"\b(?:{re.escape(name)}|{re.escape(surname)})\b", text)
        )
        if mentions:
            actors.append(Actor(f"a{i}", name, "person", (surname,), mentions))
    quotes = []
    for n, m in enumerate(re.finditer(r"“([^”]+)”", text), 1):
        start, end = m.start(1), m.end(1)
        speaker = min(
            ((mm, a) for a in actors for mm in a.mentions if mm.start >= end),
            key=lambda pair: pair[0].start,
            default=(None, None),
        )
        mention, actor = speaker
        quotes.append(
            Quote(f"q{n}", "direct", start, end, text[start:end], (),
                  actor.id if actor else None, mention)
        )  # fmt: skip
    return Analysis(article, tuple(actors), tuple(quotes))


class TimedApp(NewsReaderApp):
    """Records when the first frame was painted and when the analysis arrived."""

    first_paint: float = 0.0
    analysed: float = 0.0

    def on_ready(self) -> None:
        self.first_paint = time.perf_counter()

    def on_analysis_ready(self) -> None:
        # AnalysisReady bubbles up from the reader screen once the screen has shown it.
        self.analysed = time.perf_counter()


async def measure(name: str, article: Article, analyzer, keys: int) -> dict[str, float]:
    app = TimedApp(article, analyzer=analyzer)
    t0 = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reader.analysis is not None
        view = app.query_one(ArticleView)
        quotes = app.query_one(QuotePane)
        await pilot.press("tab", "tab")
        assert app.focused is quotes
        # One key at a time, waiting for the screen each time: CPU time is the cost of one
        # selection change (wall time here is mostly Pilot's own waiting between keys).
        per_key, repainted = [], []
        n = min(keys, max(quotes.option_count - 1, 1))
        for _ in range(n):
            t = time.process_time()
            await pilot.press("j")
            await pilot.pause()
            per_key.append(time.process_time() - t)
            repainted.append(view.repainted)
        # Held key: presses queued at once, as key repeat delivers them (Pilot's press would
        # wait for idle after each); the time until the last one has moved the cursor.
        await pilot.press("home")
        await pilot.pause()
        assert app._driver is not None
        t = time.perf_counter()
        for _ in range(n):
            app._driver.send_message(events.Key("j", "j"))
        while quotes.highlighted != n:
            await asyncio.sleep(0.0005)
        await pilot.pause()
        burst = (time.perf_counter() - t) / n
        # Pure highlight work, without the event loop: repaint for every quote in turn.
        t = time.perf_counter()
        for q in app.reader.analysis.quotes[:n]:
            app.reader._set_state(quote=q.id)
        highlight_only = (time.perf_counter() - t) / max(n, 1)
        row = {
            "words": len(article.text.split()),
            "paragraphs": len(view.paragraphs),
            "quotes": len(app.reader.analysis.quotes),
            "first_paint_ms": (app.first_paint - t0) * 1000,
            "analysis_ms": (app.analysed - t0) * 1000,
            "keys": n,
            "select_median_ms": statistics.median(per_key) * 1000,
            "select_p95_ms": sorted(per_key)[int(0.95 * (len(per_key) - 1))] * 1000,
            "burst_ms": burst * 1000,
            "highlight_only_ms": highlight_only * 1000,
            "max_paragraphs_repainted": max(repainted),
        }
    print(
        f"{name:<28} {row['words']:>6} words {row['paragraphs']:>4} paras {row['quotes']:>4} quotes"
        f" | first paint {row['first_paint_ms']:7.0f} ms"
        f" | analysis ready {row['analysis_ms']:7.0f} ms"
        f" | j x{row['keys']}: median {row['select_median_ms']:5.1f} ms,"
        f" p95 {row['select_p95_ms']:5.1f} ms CPU; held j {row['burst_ms']:5.1f} ms/key"
        f" | highlight only {row['highlight_only_ms']:5.2f} ms"
        f" | <= {row['max_paragraphs_repainted']} paragraphs repainted"
    )
    return row


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keys", type=int, default=200, help="j presses per article")
    ap.add_argument("--words", type=int, default=10_000)
    args = ap.parse_args()

    from core.analyze import analyze
    from core.text.pipeline import load_pipeline

    t = time.perf_counter()
    nlp = load_pipeline()
    print(f"pipeline loaded in {(time.perf_counter() - t) * 1000:.0f} ms (once, before the runs)")

    def real(article: Article) -> Analysis:
        return analyze(article, nlp)

    seed = Article(str(SEED), SEED.read_text(encoding="utf-8"))
    long = Article("generated.txt", generate_article(args.words), "generated")
    await measure("seed, real pipeline", seed, real, args.keys)
    await measure("10k words, real pipeline", long, real, args.keys)
    await measure("10k words, synthetic", long, synthetic_analysis, args.keys)


if __name__ == "__main__":
    asyncio.run(main())
