"""How fast and how lean `newsreader stats` is over files of analyses (issue 15).

    python bench/bench_stats.py [--analyses FILE] [--sizes 3000,30000]

Makes the analyses once (`newsreader extract ../shared/eval/polnear-dev.jsonl -o`, a few
minutes) unless --analyses names a file `extract -o` wrote; then cycles them into files of 3,000
and 30,000 articles (each line its own article id, so nothing is deduplicated) and runs
`newsreader stats FILE --format json` on each in a fresh process: wall time, CPU time and peak
RSS. Targets: 3,000 in seconds; peak memory at 30,000 within 10% of that at 3,000. The name
index is built before timing (it is built once per cache directory, not per run).

Timing is only printed, never asserted: the machine is shared (the load average is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
sys.path.insert(0, str(ROOT))

from bench.bench_extract import newsreader_exe, run_child  # noqa: E402


def cycled(src: Path, dst: Path, n: int) -> None:
    lines = [ln for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip()]
    with dst.open("w", encoding="utf-8") as out:
        for i in range(n):
            doc = json.loads(lines[i % len(lines)])
            doc["article"]["source"] = f"{doc['article']['source']}#{i}"
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--analyses", type=Path, help="a file `newsreader extract -o` wrote")
    ap.add_argument("--sizes", default="3000,30000")
    args = ap.parse_args()
    exe = newsreader_exe()
    with tempfile.TemporaryDirectory(prefix="bench-stats-") as tmp:
        work = Path(tmp)
        os.environ["NEWSREADER_CACHE_DIR"] = str(work / "cache")
        source = args.analyses
        if source is None:
            if not POLNEAR.exists():
                sys.exit(f"bench: give --analyses FILE ({POLNEAR} is not there to analyse)")
            source = work / "polnear.analyses.jsonl"
            print(f"analysing {POLNEAR.name} once ...", flush=True)
            run_child([exe, "extract", str(POLNEAR), "-o", str(source)])
        print("building the name index once ...", flush=True)
        small = work / "one.jsonl"
        cycled(source, small, 10)
        run_child([exe, "stats", str(small), "--format", "json"])
        rows = []
        for n in (int(s) for s in args.sizes.split(",")):
            path = work / f"analyses-{n}.jsonl"
            cycled(source, path, n)
            size = path.stat().st_size
            wall, peak, cpu = run_child([exe, "stats", str(path), "--format", "json"])
            rows.append((n, wall, cpu, peak, size))
            print(
                f"{n:>6} articles ({size / 2**20:,.0f} MiB): wall {wall:.1f} s, cpu {cpu:.1f} s, "
                f"peak RSS {peak / 1024:.1f} MiB, load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            path.unlink()
        if len(rows) >= 2:
            first, last = rows[0], rows[-1]
            growth = 100 * (last[3] / first[3] - 1)
            print(
                f"peak memory at {last[0]:,} vs {first[0]:,}: {growth:+.1f}% "
                f"(target within 10%); {first[0]:,} articles in {first[1]:.1f} s wall"
            )


if __name__ == "__main__":
    main()
