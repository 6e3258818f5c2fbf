"""How well the actor registry covers the speakers a gold corpus names.

    python bench/actor_coverage.py [--gold PATH] [--cache]

For every gold quote with a speaker span (PolNeAR: the speaker as written, a pronoun stays a
pronoun) it asks `actor_at` which actor that span falls in, and reports per kind of span
(a name, a pronoun, anything else) the share that lands in some actor, and for one-word names
and title + name spans the share that lands in an actor carrying one of the span's names.
`--cache` reuses the parses that bench/eval_corpus.py keeps in /tmp/newsreader-eval.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

from core.actors.registry import actor_at, find_actors
from core.lexicon.people import bare, title_words
from core.text.pipeline import load_pipeline, pipeline_id

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CACHE = Path("/tmp/newsreader-eval")
PRONOUNS = frozenset(
    {"he", "she", "it", "they", "who", "i", "we", "you", "his", "her", "him", "that", "which"}
    | {"them", "their", "us", "its"}
)


def kind_of(span: str) -> str:
    words = span.split()
    if span.lower() in PRONOUNS:
        return "pronoun"
    if len(words) == 1 and span[:1].isupper() and span.isalpha():
        return "one-word name"
    if len(words) >= 2 and bare(words[0]) in title_words() and words[-1][:1].isupper():
        return "title + name"
    if any(w[:1].isupper() for w in words):
        return "other name"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(EVAL / "polnear-dev.jsonl"))
    ap.add_argument("--cache", action="store_true")
    a = ap.parse_args()
    rows = [json.loads(line) for line in Path(a.gold).read_text().splitlines() if line.strip()]
    nlp = load_pipeline()
    cache = CACHE / f"{Path(a.gold).stem}-{len(rows)}-{pipeline_id(nlp)}.spacy"
    if a.cache and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in rows), batch_size=16))
    total, landed, named = Counter(), Counter(), Counter()
    spent = 0.0
    for row, doc in zip(rows, docs, strict=True):
        started = time.perf_counter()
        actors = find_actors(doc)
        spent += time.perf_counter() - started
        text = row["text"]
        for q in row["quotes"]:
            s, e = q.get("speaker_start"), q.get("speaker_end")
            if s is None:
                continue
            span = text[s:e].strip()
            kind = kind_of(span)
            total[kind] += 1
            actor = actor_at(actors, s, e)
            if actor is None:
                continue
            landed[kind] += 1
            words = {re.sub(r"['’]s$|[,.]$", "", w) for w in span.split() if w[:1].isupper()}
            names = {w for n in (actor.name, *actor.aliases) for w in n.split()}
            if words & names:
                named[kind] += 1
    print(f"articles: {len(rows)}  find_actors: {spent:.2f}s in all")
    for kind in sorted(total):
        share = landed[kind] / total[kind]
        line = f"{kind:14} {landed[kind]:5}/{total[kind]:<5} in an actor {share:.3f}"
        if kind in ("one-word name", "title + name"):
            line += f"   of those, named so: {named[kind] / max(1, landed[kind]):.3f}"
        print(line)
    all_total, all_landed = sum(total.values()), sum(landed.values())
    print(f"{'all':14} {all_landed:5}/{all_total:<5} in an actor {all_landed / all_total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
