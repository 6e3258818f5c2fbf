"""Score the extraction on a gold JSONL corpus (default: ../shared/eval/polnear-dev.jsonl).

    python bench/eval_corpus.py [--gold PATH] [--limit N] [--cache] [--missed N]

Runs the same analysis as `newsreader extract`, writes the predictions to
/tmp/newsreader-eval/pred.jsonl (sources named `<id>.txt`, as score.py expects) and runs the
project's yardstick, score.py, on them. `--cache` keeps the spaCy parses in a DocBin under
/tmp so that tuning the rules does not re-parse the corpus each time (the parse is identical).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from spacy.tokens import DocBin

from core.analyze import analyze_doc
from core.model import Article
from core.text.pipeline import load_pipeline, pipeline_id

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
OUT = Path("/tmp/newsreader-eval")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(EVAL / "polnear-dev.jsonl"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--cache", action="store_true", help="reuse parses from a DocBin in /tmp")
    ap.add_argument("--missed", type=int, default=0)
    ap.add_argument("--out", default=str(OUT / "pred.jsonl"))
    a = ap.parse_args()
    rows = [json.loads(line) for line in Path(a.gold).read_text().splitlines() if line.strip()]
    if a.limit:
        rows = rows[: a.limit]
    nlp = load_pipeline()
    texts = [r["text"] for r in rows]
    cache = OUT / f"{Path(a.gold).stem}-{len(rows)}-{pipeline_id(nlp)}.spacy"
    if a.cache and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(texts, batch_size=16))
        if a.cache:
            OUT.mkdir(parents=True, exist_ok=True)
            DocBin(docs=docs, store_user_data=True).to_disk(cache)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row, doc in zip(rows, docs, strict=True):
            analysis = analyze_doc(Article(source=f"{row['id']}.txt", text=row["text"]), doc)
            fh.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
    gold = a.gold
    if a.limit:
        gold = str(OUT / "gold-limited.jsonl")
        Path(gold).write_text("".join(json.dumps(r) + "\n" for r in rows))
    cmd = [sys.executable, str(EVAL / "score.py"), "--gold", gold, "--pred", str(out)]
    if a.missed:
        cmd += ["--missed", str(a.missed)]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
