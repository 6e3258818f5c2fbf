"""How fast and how lean the batch extraction is, against the bare spaCy parse of the same texts.

    python bench/bench_extract.py [--limit N] [--repeat R] [--json]

Three figures, each with its target (issue 8), on the polnear-dev texts when
../shared/eval/polnear-dev.jsonl is there, else on generated articles:

1. ratio: our whole extraction (read JSONL, parse, actors, quotes, positions, JSON, write) over the
   bare `nlp.pipe` parse of the same texts with the same stock model (as spaCy loads it, without
   the memo stand-ins of core.text.memo_pipes that ours runs), all components on, in this one
   process, interleaved, best of R (target <= 1.10). Also shown: the same extraction with no
   component left out, so the saving from `core.corpus.batch.UNUSED_COMPONENTS` is visible.
2. speed-up: wall time of `newsreader extract --jobs 1` over `--jobs 2`, as a user runs it
   (startup and model loads included), on every text (target >= 1.7 on 2 cores).
3. memory: peak RSS of `newsreader extract` over 300 and over 3,000 articles (the texts'
   openings, cycled, each with a few words of its own) (target: within 10%).

Timing is only printed, never asserted: the machine is shared and times move with its load
(the 1-minute load average is printed to judge that; CPU times, printed beside, move less).
Takes about seven minutes on 2 idle cores (the ratio on a subset: --limit N; on 100 texts it
swings more with the machine's load).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
sys.path.insert(0, str(ROOT))

from core.corpus import batch  # noqa: E402
from core.corpus.extract import run  # noqa: E402
from core.text.pipeline import load_pipeline, pipeline_id  # noqa: E402


def corpus_texts(path: Path = POLNEAR) -> tuple[str, list[str]]:
    if path.exists():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return path.stem, [r["text"] for r in rows if r.get("text")]
    return "generated", [generated_article(i) for i in range(312)]


def generated_article(i: int) -> str:
    """A news-like article of ~4,000 characters, for when the polnear texts are not there."""
    people = ["Angela Merkel", "Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping"]
    places = ["Berlin", "Washington", "Paris", "Beijing", "Kyiv", "Brussels"]
    paras = []
    for j in range(12):
        a, b = people[(i + j) % 5], people[(i + 2 * j + 1) % 5]
        where = places[(i * 7 + j) % 6]
        paras.append(
            f"{a} met {b} in {where} on day {j}, officials said. "
            f'"We have agreed to keep talking about trade and security," {a} told reporters. '
            f"{b} said the talks were useful, but warned that differences over tariffs remained."
        )
    return "\n\n".join(paras)


def opening(text: str, size: int = 400) -> str:
    """The first sentences of a text, about `size` characters (a short article)."""
    if len(text) <= size:
        return text
    cut = text.rfind(". ", 0, size)
    return text[: cut + 1] if cut > size // 3 else text[:size]


def write_corpus(path: Path, texts: list[str], ids: list[str] | None = None) -> Path:
    ids = ids or [f"t{i}" for i in range(len(texts))]
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, text in zip(ids, texts, strict=True):
            fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return path


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of fn in this process (CPU time moves less with the machine's load)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def newsreader_exe() -> str:
    exe = shutil.which("newsreader", path=str(Path(sys.executable).parent))
    if not exe:
        sys.exit("bench: the newsreader command is not installed beside this python")
    return exe


# Measures one command's peak RSS from a small Python of its own: a child forked straight from
# this process would start out with this process's memory (two loaded pipelines) as its peak.
_PEAK_RSS = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(proc.pid, 0)
sys.stderr.write(proc.stderr.read().decode(errors="replace")[-500:])
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime)
"""


def run_child(argv: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KiB) and CPU seconds of one command, its workers included."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, *argv], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    try:
        peak_s, code_s, cpu_s = proc.stdout.split()
        peak, code, cpu = int(peak_s), int(code_s), float(cpu_s)
    except ValueError:
        sys.exit(f"bench: could not measure {' '.join(argv)}: {proc.stderr[-500:]}")
    if code not in (0, 1):
        sys.exit(f"bench: {' '.join(argv)} failed ({code}): {proc.stderr[-500:]}")
    return wall, peak, cpu


def bench_ratio(texts: list[str], work: Path, repeat: int) -> dict[str, float]:
    # The same model with every component, exactly as spaCy loads it: the bare parse (ours
    # replaces two of its components by exact memo stand-ins, core.text.memo_pipes).
    full = load_pipeline(stock=True)
    batch.extraction_pipeline()  # load before timing: model loads are not what is compared
    corpus = write_corpus(work / "ratio.jsonl", texts)
    for _doc in full.pipe(texts[:8]):  # warm both up
        pass
    run([str(write_corpus(work / "warm.jsonl", texts[:8])), "-o", str(work / "warm.out")])

    def bare() -> None:
        # The batch size ours uses (spaCy's default, 256, was ~10% slower here on news articles).
        for _doc in full.pipe(texts, batch_size=batch.PIPE_BATCH):
            pass

    def ours(tag: str) -> Callable[[], None]:
        def go() -> None:
            out = work / f"ours-{tag}.jsonl"
            out.unlink(missing_ok=True)
            run([str(corpus), "-o", str(out)])

        return go

    def ours_untrimmed() -> None:
        saved = batch.extraction_pipeline
        batch.extraction_pipeline = load_pipeline  # type: ignore[assignment]
        try:
            ours("full")()
        finally:
            batch.extraction_pipeline = saved  # type: ignore[assignment]

    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "ours": [], "untrimmed": []}
    for _ in range(repeat):
        runs["bare"].append(timed(bare))
        runs["ours"].append(timed(ours("trim")))
        # With nothing left out, "untrimmed" is the same run: not worth timing twice.
        runs["untrimmed"].append(
            timed(ours_untrimmed) if batch.UNUSED_COMPONENTS else runs["ours"][-1]
        )
    wall = {k: min(w for w, _ in v) for k, v in runs.items()}
    cpu = {k: min(c for _, c in v) for k, v in runs.items()}
    return {
        "articles": len(texts),
        "chars": sum(map(len, texts)),
        "bare_parse_s": round(wall["bare"], 2),
        "extract_s": round(wall["ours"], 2),
        "extract_untrimmed_s": round(wall["untrimmed"], 2),
        "ratio": round(wall["ours"] / wall["bare"], 3),
        "ratio_untrimmed": round(wall["untrimmed"] / wall["bare"], 3),
        "ratio_cpu": round(cpu["ours"] / cpu["bare"], 3),
        "ratio_untrimmed_cpu": round(cpu["untrimmed"] / cpu["bare"], 3),
        "all_wall_cpu_s": {k: [(round(w, 2), round(c, 2)) for w, c in v] for k, v in runs.items()},
    }


def bench_jobs(texts: list[str], work: Path, repeat: int) -> dict[str, float]:
    exe = newsreader_exe()
    corpus = write_corpus(work / "jobs.jsonl", texts)
    walls: dict[int, float] = {}
    cpus: dict[int, float] = {}
    for _ in range(repeat):  # interleaved, best of R: the machine's load comes and goes
        for jobs in (1, 2):
            out = work / f"jobs{jobs}.jsonl"
            out.unlink(missing_ok=True)
            argv = [exe, "extract", str(corpus), "--jobs", str(jobs), "-o", str(out)]
            wall, _, cpu = run_child(argv)
            walls[jobs] = min(wall, walls.get(jobs, wall))
            cpus[jobs] = min(cpu, cpus.get(jobs, cpu))
    same = (work / "jobs1.jsonl").read_bytes() == (work / "jobs2.jsonl").read_bytes()
    return {
        "articles": len(texts),
        "jobs1_s": round(walls[1], 2),
        "jobs2_s": round(walls[2], 2),
        "speedup": round(walls[1] / walls[2], 3),
        "jobs1_cpu_s": round(cpus[1], 2),
        "jobs2_cpu_s": round(cpus[2], 2),
        # At most this on 2 idle cores: jobs 1's CPU over half of the CPU jobs 2 spends.
        "speedup_bound": round(2 * cpus[1] / cpus[2], 3),
        "same_output": same,
        "cores": os.cpu_count() or 0,
    }


def bench_memory(texts: list[str], work: Path, sizes: tuple[int, int]) -> dict[str, float]:
    exe = newsreader_exe()
    shorts = [opening(t) for t in texts]
    peaks = {}
    for n in sizes:
        # Real corpora keep bringing new words (names, numbers): each article gets a few of its
        # own, so a vocabulary that grew with the corpus would show here.
        cycled = [
            f"{text}\n\nFiled by Zq{i:06x}kel in Bx{7 * i:07x}ville, story {13 * i:09d}."
            for i, text in zip(range(n), itertools.cycle(shorts))
        ]
        corpus = write_corpus(work / f"mem{n}.jsonl", cycled)
        out = work / f"mem{n}.out.jsonl"
        out.unlink(missing_ok=True)
        _, peaks[n], _ = run_child([exe, "extract", str(corpus), "-o", str(out)])
        lines = sum(1 for _ in out.open(encoding="utf-8"))
        if lines != n:
            sys.exit(f"bench: {n} articles in, {lines} out")
    small, large = sizes
    return {
        f"peak_rss_{small}_mib": round(peaks[small] / 1024, 1),
        f"peak_rss_{large}_mib": round(peaks[large] / 1024, 1),
        "growth": round(peaks[large] / peaks[small] - 1, 3),
        "chars_per_article": round(sum(map(len, shorts)) / len(shorts)),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="texts for the ratio (default all)")
    ap.add_argument("--jobs-limit", type=int, default=0, help="texts for --jobs (default all)")
    ap.add_argument("--repeat", type=int, default=2, help="interleaved rounds, best one kept")
    ap.add_argument("--only", choices=("ratio", "jobs", "memory"), action="append")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument(
        "--texts",
        type=Path,
        default=POLNEAR,
        help='JSONL with a "text" a line (default polnear-dev)',
    )
    a = ap.parse_args()
    source, texts = corpus_texts(a.texts)
    only = set(a.only or ("ratio", "jobs", "memory"))
    figures: dict[str, object] = {
        "texts": source,
        "model": pipeline_id(load_pipeline()),
        "left_out": list(batch.UNUSED_COMPONENTS),
        "load_avg_1m_at_start": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory(prefix="newsreader-bench-") as tmp:
        work = Path(tmp)
        if "ratio" in only:
            figures["ratio"] = bench_ratio(texts[: a.limit or None], work, a.repeat)
            report(figures, "ratio")
        if "jobs" in only:
            figures["jobs"] = bench_jobs(texts[: a.jobs_limit or None], work, a.repeat)
            report(figures, "jobs")
        if "memory" in only:
            figures["memory"] = bench_memory(texts, work, (300, 3000))
            report(figures, "memory")
    figures["load_avg_1m_at_end"] = round(os.getloadavg()[0], 2)
    if a.json:
        print(json.dumps(figures))
    return 0


def report(figures: dict[str, object], part: str) -> None:
    f: dict = figures[part]  # type: ignore[assignment]
    if part == "ratio":
        print(
            f"ratio   {f['articles']} {figures['texts']} articles ({f['chars']:,} chars), "
            f"model {figures['model']}: bare nlp.pipe {f['bare_parse_s']}s, our extraction "
            f"{f['extract_s']}s (leaving out {', '.join(figures['left_out']) or 'nothing'}) "
            f"-> ratio {f['ratio']} (target <= 1.10; by CPU time {f['ratio_cpu']}); with every "
            f"component {f['extract_untrimmed_s']}s -> {f['ratio_untrimmed']} "
            f"(by CPU time {f['ratio_untrimmed_cpu']})",
            flush=True,
        )
    elif part == "jobs":
        print(
            f"jobs    {f['articles']} articles on {f['cores']} cores: --jobs 1 {f['jobs1_s']}s, "
            f"--jobs 2 {f['jobs2_s']}s -> speed-up {f['speedup']} (target >= 1.7); CPU "
            f"{f['jobs1_cpu_s']}s vs {f['jobs2_cpu_s']}s, so at most {f['speedup_bound']} on idle "
            f"cores; identical output: {f['same_output']}",
            flush=True,
        )
    else:
        keys = sorted((k for k in f if re.match(r"peak_rss_\d+_mib", k)), key=_size)
        print(
            f"memory  peak RSS {', '.join(f'{_size(k):,} articles {f[k]} MiB' for k in keys)} "
            f"(~{f['chars_per_article']} chars each) -> growth {f['growth']:+.1%} "
            f"(target within 10%)",
            flush=True,
        )


def _size(key: str) -> int:
    return int(re.search(r"\d+", key).group())  # type: ignore[union-attr]


if __name__ == "__main__":
    sys.exit(main())
