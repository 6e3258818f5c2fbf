"""Time the spaCy parse alone against parse + quote extraction on the polnear-dev texts.

    python bench/bench_quotes.py [--gold PATH] [--limit N]

Both runs happen in one process on the same texts; the report gives each time and their ratio.
Actors are found once beforehand and are not part of either timing (they have their own bench).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from core.actors.registry import find_actors
from core.quotes.find import find_quotes
from core.text.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(EVAL / "polnear-dev.jsonl"))
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    texts = [json.loads(line)["text"] for line in Path(a.gold).read_text().splitlines() if line]
    if a.limit:
        texts = texts[: a.limit]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:4]))  # warm up: the first batch pays for lazy initialisation

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - t0

    actors = [find_actors(doc) for doc in docs]
    t0 = time.perf_counter()
    n_quotes = sum(len(find_quotes(doc, acts)) for doc, acts in zip(docs, actors, strict=True))
    quotes = time.perf_counter() - t0

    chars = sum(len(t) for t in texts)
    print(f"texts: {len(texts)}  chars: {chars}  quotes: {n_quotes}")
    print(f"parse alone:            {parse:8.2f} s")
    print(f"quote extraction:       {quotes:8.2f} s")
    print(f"parse + quotes:         {parse + quotes:8.2f} s")
    print(f"ratio (parse+quotes)/parse: {(parse + quotes) / parse:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
