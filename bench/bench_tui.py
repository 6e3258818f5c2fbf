"""How fast the reader is: time to first paint, to a filled analysis, and per selection change.

Runs the app headless (Textual's Pilot, the same rendering work without a terminal) on:
  - the seed article with the real pipeline;
  - a generated ~10,000-word article with the real pipeline;
  - the same article with a synthetic analysis holding many quotes (a stress case: the real
    pipeline may find fewer), built here from the quotation marks the generator wrote.

"Selection change" is one `j` in the quotes pane: the quote highlight moves, the article
scrolls to it when it leaves the middle of the window, the panes repaint. Key repeat is ~30/s,
and a frame at 60 Hz is 16 ms. A `j` step is measured three ways, all in CPU time:
  - "own": the key sent as the terminal driver would, then 50 ms to settle, minus what the app
    spends idle in 50 ms: the app's own cost of one step (the figure to keep under 16 ms);
  - "pilot": `pilot.press("j")` then `pilot.pause()`, as before: Pilot waits on every widget
    (a callback and an idle pass each, over 300 paragraphs), so this includes Pilot's own
    cost, shown alone as "pilot no-op" (a key that changes nothing);
  - full garbage collections (generation 2) during the steps: their number and longest pause
    (tui/heap.py keeps them off the key path; the deferred pass is timed when the keys stop).

    .venv/bin/python bench/bench_tui.py [--keys 200] [--words 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import re
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual import events  # noqa: E402

from core.model import Actor, Analysis, Article, Quote, TextSpan  # noqa: E402
from tui.app import NewsReaderApp  # noqa: E402
from tui.screens.reader import ReaderScreen  # noqa: E402
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
            TextSpan.of(text, m.start(), m.end())
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


class FullCollections:
    """Generation-2 garbage collections while it is active: how many, and the longest."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0

    def _callback(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.process_time()
        else:
            self.pauses.append(time.process_time() - self._started)

    def __enter__(self) -> FullCollections:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def summary(self) -> str:
        longest = max(self.pauses, default=0.0) * 1000
        return f"{len(self.pauses)} full GC (longest {longest:.0f} ms)"


def median_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000


async def measure(name: str, article: Article, analyzer, keys: int) -> dict[str, float]:
    app = TimedApp(article, analyzer=analyzer)
    t0 = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reader.analysis is not None
        assert app._driver is not None
        view = app.query_one(ArticleView)
        quotes = app.query_one(QuotePane)
        await pilot.press("tab", "tab")
        assert app.focused is quotes
        n = min(keys, max(quotes.option_count - 1, 1))
        # Own cost: one key at a time through the driver, 50 ms to settle each, idle subtracted.
        idle = []
        for _ in range(10):
            t = time.process_time()
            await asyncio.sleep(0.05)
            idle.append(time.process_time() - t)
        idle_cost = statistics.median(idle)
        own, repainted = [], []
        with FullCollections() as own_gc:
            for _ in range(n):
                t = time.process_time()
                app._driver.send_message(events.Key("j", "j"))
                await asyncio.sleep(0.05)
                own.append(max(time.process_time() - t - idle_cost, 0.0))
                repainted.append(view.repainted)
        t = time.process_time()
        app._calm.release()  # the full pass the keys deferred, as when the reader pauses
        deferred = time.process_time() - t
        # Through Pilot, as before: press, then wait for the screen (Pilot's waiting included).
        await pilot.press("home")
        await pilot.pause()
        per_key = []
        with FullCollections() as pilot_gc:
            for _ in range(n):
                t = time.process_time()
                await pilot.press("j")
                await pilot.pause()
                per_key.append(time.process_time() - t)
        noop = []
        for _ in range(20):
            t = time.process_time()
            await pilot.press("shift")  # bound to nothing: Pilot's own cost
            await pilot.pause()
            noop.append(time.process_time() - t)
        # Held key: presses queued at once, as key repeat delivers them (Pilot's press would
        # wait for idle after each); the time until the last one has moved the cursor.
        await pilot.press("home")
        await pilot.pause()
        t = time.perf_counter()
        for _ in range(n):
            app._driver.send_message(events.Key("j", "j"))
        while quotes.highlighted != n:
            await asyncio.sleep(0.0005)
        await pilot.pause()
        burst = (time.perf_counter() - t) / n
        # Pure highlight work, without the event loop or the panes: repaint for every quote.
        reader = app.reader
        t = time.perf_counter()
        for q in reader.analysis.quotes[:n]:
            reader.set_reactive(ReaderScreen.state, replace(reader.state, quote=q.id))
            reader._repaint()
        highlight_only = (time.perf_counter() - t) / max(n, 1)
        own_median, own_p95 = median_p95(own)
        pilot_median, pilot_p95 = median_p95(per_key)
        row = {
            "words": len(article.text.split()),
            "paragraphs": len(view.paragraphs),
            "quotes": len(reader.analysis.quotes),
            "first_paint_ms": (app.first_paint - t0) * 1000,
            "analysis_ms": (app.analysed - t0) * 1000,
            "keys": n,
            "own_median_ms": own_median,
            "own_p95_ms": own_p95,
            "pilot_median_ms": pilot_median,
            "pilot_p95_ms": pilot_p95,
            "pilot_noop_ms": statistics.median(noop) * 1000,
            "deferred_gc_ms": deferred * 1000,
            "burst_ms": burst * 1000,
            "highlight_only_ms": highlight_only * 1000,
            "max_paragraphs_repainted": max(repainted),
        }
    print(
        f"{name:<26} {row['words']:>6} words {row['paragraphs']:>4} paras {row['quotes']:>4} quotes"
        f" | first paint {row['first_paint_ms']:6.0f} ms"
        f" | analysis ready {row['analysis_ms']:6.0f} ms\n"
        f"{'':<26} j x{n}: own median {own_median:5.1f} ms, p95 {own_p95:5.1f} ms CPU,"
        f" {own_gc.summary()}, deferred pass {row['deferred_gc_ms']:.0f} ms"
        f" | pilot median {pilot_median:5.1f}, p95 {pilot_p95:5.1f} ms"
        f" ({pilot_gc.summary()}; pilot no-op {row['pilot_noop_ms']:.1f} ms)\n"
        f"{'':<26} held j {row['burst_ms']:5.1f} ms/key"
        f" | highlight only {row['highlight_only_ms']:5.2f} ms"
        f" | <= {row['max_paragraphs_repainted']} paragraphs repainted"
    )
    return row


async def measure_sources(folder: Path, analyzer, keys: int) -> None:
    """The sources view on a folder: `down` while it fills in (wall time until the cursor has
    moved, the analysis running in its daemon thread meanwhile), then, once full, the app's own
    CPU per `down`, per `s` (a re-sort: the table rebuilt) and per filter keystroke."""
    from core.sources.resolve import Collection, resolve
    from tui.screens.library import LibraryScreen
    from tui.screens.sources import SourcesScreen
    from tui.widgets.table import SortableTable

    collection = resolve(str(folder))
    assert isinstance(collection, Collection)
    placeholder = Article(collection.source, "", collection.title)
    app = NewsReaderApp(placeholder, collection=collection, analyzer=analyzer)
    async with app.run_test(size=(160, 48)) as pilot:
        while not isinstance(app.screen, LibraryScreen):
            await pilot.pause(0.01)
        await pilot.press("s")
        while not isinstance(app.screen, SourcesScreen):
            await pilot.pause(0.01)
        screen = app.screen
        table = screen.query_one("#sources", SortableTable)
        assert app._driver is not None
        filling: list[float] = []
        t0 = time.perf_counter()
        while screen.done < len(screen.entries):
            if table.row_count > 2:
                if table.cursor_row >= table.row_count - 1:
                    table.move_cursor(row=0, animate=False)
                    await asyncio.sleep(0.01)
                before = table.cursor_row
                t = time.perf_counter()
                app._driver.send_message(events.Key("down", None))
                # The cursor moves on (or follows its row when a refresh re-sorts meanwhile).
                while table.cursor_row == before and time.perf_counter() - t < 2:
                    await asyncio.sleep(0.0005)
                filling.append(time.perf_counter() - t)
            await asyncio.sleep(0.03)
        filled = time.perf_counter() - t0
        await pilot.pause()
        idle = []
        for _ in range(10):
            t = time.process_time()
            await asyncio.sleep(0.05)
            idle.append(time.process_time() - t)
        idle_cost = statistics.median(idle)

        async def own(key: str, character: str | None, n: int) -> list[float]:
            out = []
            for _ in range(n):
                t = time.process_time()
                app._driver.send_message(events.Key(key, character))  # type: ignore[union-attr]
                await asyncio.sleep(0.05)
                out.append(max(time.process_time() - t - idle_cost, 0.0))
            return out

        table.move_cursor(row=0, animate=False)  # from the top: in the window, then scrolling
        table.focus()
        await pilot.pause()
        downs = await own("down", None, keys)
        sorts = await own("s", "s", 20)
        await pilot.press("slash")
        typed = await own("a", "a", 3)
        rows = len(screen.snapshot.actors)
    fm, fp = median_p95(filling) if filling else (0.0, 0.0)
    dm, dp = median_p95(downs)
    sm, sp = median_p95(sorts)
    print(
        f"{'sources view':<26} {len(screen.entries)} articles, {rows} quoted, filled in "
        f"{filled:.1f} s\n"
        f"{'':<26} down while filling: median {fm:5.1f} ms, p95 {fp:5.1f} ms wall "
        f"({len(filling)} keys)\n"
        f"{'':<26} once full: down own median {dm:5.1f} ms, p95 {dp:5.1f} ms CPU"
        f" | s (re-sort) median {sm:5.1f} ms, p95 {sp:5.1f} ms"
        f" | filter keystroke {statistics.median(typed) * 1000:5.1f} ms"
    )


def sources_folder(tmp: Path, articles: int) -> tuple[Path, None]:
    """`articles` texts as files: polnear-dev's when ../shared/eval has it, else generated."""
    import json

    folder = tmp / "collection"
    folder.mkdir()
    corpus = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
    texts: list[tuple[str, str]] = []
    if corpus.exists():
        with corpus.open(encoding="utf-8") as fh:
            texts = [(r["id"], r["text"]) for r in map(json.loads, fh)]
    if not texts:
        texts = [(f"generated-{i}", generate_article(400, seed=i)) for i in range(articles)]
    for i in range(articles):
        ident, text = texts[i % len(texts)]
        (folder / f"{i:04d}-{Path(ident).stem}.txt").write_text(text, encoding="utf-8")
    return folder, None


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keys", type=int, default=200, help="j presses per article")
    ap.add_argument("--words", type=int, default=10_000)
    ap.add_argument("--sources", type=int, default=300, help="articles in the sources view")
    ap.add_argument(
        "--analyses",
        type=Path,
        help="for the sources view: a file `newsreader extract -o` wrote for the same texts, "
        "served as the cache would (by text) instead of analysing each again",
    )
    ap.add_argument("--only-sources", action="store_true")
    ap.add_argument(
        "--fill-real",
        type=int,
        default=20,
        help="with --analyses: how many articles the real pipeline analyses while keys are sent",
    )
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
    if not args.only_sources:
        await measure("seed, real pipeline", seed, real, args.keys)
        await measure("10k words, real pipeline", long, real, args.keys)
        await measure("10k words, synthetic", long, synthetic_analysis, args.keys)

    import json
    import tempfile

    known: dict[str, Analysis] = {}
    if args.analyses:
        with args.analyses.open(encoding="utf-8") as fh:
            for line in fh:
                a = Analysis.from_dict(json.loads(line))
                known[a.article.text] = a

    def served(article: Article) -> Analysis:
        hit = known.get(article.text)
        return replace(hit, article=article) if hit else real(article)

    if args.sources <= 0:  # --sources 0: the reader alone
        return
    with tempfile.TemporaryDirectory(prefix="bench-sources-") as tmp:
        folder, _ = sources_folder(Path(tmp), args.sources)
        # The first articles go through the real pipeline, so keys are measured while the
        # background thread really analyses (the rest come from --analyses, as from the cache).
        for f in sorted(folder.iterdir())[: args.fill_real]:
            known.pop(f.read_text(encoding="utf-8"), None)
        await measure_sources(folder, served, min(args.keys, 100))


if __name__ == "__main__":
    asyncio.run(main())
