"""Dask over JSONL shards (workers read their shards, write their parts) against one process.

    python bench/bench_shards.py [--articles 3000] [--shards 30] [--workers 2] [--json]

On N polnear-dev texts (cycled, each with an id of its own) in S shards, in this one run:

1. output: `cat OUT/part-*.jsonl` of `--engine dask` equals `--jobs 1`'s output, byte for byte.
2. throughput: wall time of `--jobs 1`, `--jobs 2` and `--engine dask --jobs W` (its own
   LocalCluster, started and stopped inside the timing, as a user runs it), each as a ratio to
   `--jobs 1` (target: dask within 10% of `--jobs 2`).
3. bytes the client sends and receives, counted by a TCP proxy between the client and the
   scheduler of a LocalCluster started here: the shard mode against `--read-here` (today's mode,
   the client reads and ships the text) on the same corpus (target: at least 50x fewer).
4. the client's peak memory (RSS of the client process alone, the cluster is not its child)
   over the openings of the texts at 300 and 3,000 articles (target: within 10%).
5. kill -9 of the client once about half the parts are written, then the same command again:
   every article exactly once, output still equal, and no worker process left behind.

Times are printed, never asserted; the 1-minute load average is printed to judge them (the
machine is shared). A few minutes per 300 full articles on 2 idle cores.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import (  # noqa: E402
    POLNEAR,
    corpus_texts,
    newsreader_exe,
    opening,
    run_child,
)


def write_shards(folder: Path, texts: list[str], n: int, shards: int) -> list[Path]:
    """n articles (the texts cycled, ids distinct) in `shards` files of (nearly) equal size."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        json.dumps({"id": f"a{i:06d}", "text": text}, ensure_ascii=False) + "\n"
        for i, text in zip(range(n), itertools.cycle(texts))
    ]
    paths = []
    per = -(-n // shards)
    for s in range(shards):
        path = folder / f"shard-{s:03d}.jsonl"
        path.write_text("".join(rows[s * per : (s + 1) * per]), encoding="utf-8")
        paths.append(path)
    return paths


def cat(out: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl")))


class CountingProxy:
    """A TCP forwarder in front of the scheduler that counts the bytes each way."""

    def __init__(self, target: str) -> None:
        host, port = target.removeprefix("tcp://").rsplit(":", 1)
        self.target = (host, int(port))
        self.sent = 0  # client -> scheduler
        self.received = 0  # scheduler -> client
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        threading.Thread(target=self._serve, args=(ready,), daemon=True).start()
        ready.wait()

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def reset(self) -> None:
        self.sent = self.received = 0

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        self.loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter, up: bool) -> None:
            with contextlib.suppress(ConnectionError):
                while data := await src.read(1 << 16):
                    if up:
                        self.sent += len(data)
                    else:
                        self.received += len(data)
                    dst.write(data)
                    await dst.drain()
            with contextlib.suppress(ConnectionError, RuntimeError):
                dst.close()

        await asyncio.gather(pipe(reader, up_writer, True), pipe(up_reader, writer, False))


@contextlib.contextmanager
def cluster(workers: int) -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c.scheduler_address


def through_proxy(proxy: CountingProxy, argv: list[str]) -> dict[str, float]:
    proxy.reset()
    wall, peak, _ = run_child(argv)
    return {
        "wall_s": round(wall, 1),
        "client_peak_rss_mib": round(peak / 1024, 1),
        "client_sent_bytes": proxy.sent,
        "client_received_bytes": proxy.received,
    }


def kill_and_rerun(exe: str, shards: Path, out: Path, blocks: int, workers: int) -> dict:
    import psutil

    argv = [exe, "extract", str(shards), "--engine", "dask", "--jobs", str(workers), "-o", str(out)]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None and len(list(out.glob("part-*.jsonl"))) < blocks // 2:
        time.sleep(0.05)
    tree = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = len(list(out.glob("part-*.jsonl")))
    half_written = len(list(out.glob(".part-*.tmp")))
    _, alive = psutil.wait_procs(tree, timeout=60)
    for p in alive:  # ours: started by the command this bench ran
        p.kill()
    wall, _, _ = run_child(argv)
    return {
        "parts_at_kill": at_kill,
        "half_written_at_kill": half_written,
        "blocks": blocks,
        "orphans_after_60s": len(alive),
        "rerun_s": round(wall, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--shards", type=int, default=30)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--memory-sizes", default="300,3000", help="article counts for the client's memory"
    )
    ap.add_argument("--texts", type=Path, default=POLNEAR)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    exe = newsreader_exe()
    source, texts = corpus_texts(a.texts)
    figures: dict[str, object] = {
        "texts": source,
        "articles": a.articles,
        "shards": a.shards,
        "workers": a.workers,
        "load_avg_1m_at_start": round(os.getloadavg()[0], 2),
    }

    def say(line: str) -> None:
        print(line, flush=True)

    with tempfile.TemporaryDirectory(prefix="newsreader-bench-shards-") as tmp:
        work = Path(tmp)
        paths = write_shards(work / "corpus", texts, a.articles, a.shards)
        shards = work / "corpus"
        names = [str(p) for p in paths]

        walls = {}
        for jobs in (1, 2):
            out = work / f"jobs{jobs}.jsonl"
            walls[f"jobs{jobs}"], _, _ = run_child(
                [exe, "extract", *names, "--jobs", str(jobs), "-o", str(out)]
            )
        out = work / "dask-out"
        walls["dask"], _, _ = run_child(
            [
                exe,
                "extract",
                str(shards),
                "--engine",
                "dask",
                "--jobs",
                str(a.workers),
                "-o",
                str(out),
            ]
        )
        reference = (work / "jobs1.jsonl").read_bytes()
        same = cat(out) == reference and (work / "jobs2.jsonl").read_bytes() == reference
        base = walls["jobs1"]
        figures["throughput"] = {
            **{f"{k}_s": round(v, 1) for k, v in walls.items()},
            **{f"{k}_vs_jobs1": round(base / v, 3) for k, v in walls.items()},
            "dask_vs_jobs2": round(walls["jobs2"] / walls["dask"], 3),
            "identical_output": same,
        }
        t = figures["throughput"]
        say(
            f"throughput  {a.articles} {source} articles in {a.shards} shards: --jobs 1 "
            f"{t['jobs1_s']}s (1.0), --jobs 2 {t['jobs2_s']}s ({t['jobs2_vs_jobs1']}x), dask "
            f"{a.workers} workers {t['dask_s']}s ({t['dask_vs_jobs1']}x; {t['dask_vs_jobs2']} of "
            f"--jobs 2's speed, target >= 0.91); output identical to --jobs 1: {same}"
        )

        sizes = [int(s) for s in a.memory_sizes.split(",")]
        shorts = [opening(text) for text in texts]
        with cluster(a.workers) as address:
            proxy = CountingProxy(address)
            runs = {}
            for mode in ("shards", "read-here"):
                o = work / f"proxy-{mode}"
                extra = ["--read-here"] if mode == "read-here" else []
                runs[mode] = through_proxy(
                    proxy,
                    [
                        exe,
                        "extract",
                        str(shards),
                        *extra,
                        "--scheduler",
                        proxy.address,
                        "-o",
                        str(o),
                    ],
                )
                runs[mode]["identical_output"] = cat(o) == reference
            total = {
                m: r["client_sent_bytes"] + r["client_received_bytes"] for m, r in runs.items()
            }
            figures["bytes"] = {
                **runs,
                "ratio": round(total["read-here"] / max(total["shards"], 1), 1),
            }
            say(
                f"bytes       client<->scheduler: read-here {total['read-here']:,} "
                f"(sent {runs['read-here']['client_sent_bytes']:,}), shards {total['shards']:,} "
                f"(sent {runs['shards']['client_sent_bytes']:,}) -> {figures['bytes']['ratio']}x "
                f"fewer (target >= 50)"
            )
            peaks = {}
            for n in sizes:
                folder = work / f"mem{n}"
                write_shards(folder, shorts, n, max(1, n // 100))  # 100 a shard, as at 3,000
                got = through_proxy(
                    proxy,
                    [
                        exe,
                        "extract",
                        str(folder),
                        "--scheduler",
                        proxy.address,
                        "-o",
                        str(work / f"mem{n}-out"),
                    ],
                )
                peaks[n] = got["client_peak_rss_mib"]
            small, large = sizes[0], sizes[-1]
            figures["memory"] = {
                **{f"client_peak_rss_{n}_mib": v for n, v in peaks.items()},
                "growth": round(peaks[large] / peaks[small] - 1, 3),
                "read_here_client_peak_rss_mib": runs["read-here"]["client_peak_rss_mib"],
            }
            say(
                f"memory      client peak RSS {small:,} articles {peaks[small]} MiB, {large:,} "
                f"{peaks[large]} MiB -> {figures['memory']['growth']:+.1%} (target within 10%)"
            )

        from core.corpus.shards import BLOCKSIZE, blocks_of, list_shards

        blocks = len(blocks_of(list_shards(str(shards))[0], BLOCKSIZE))
        killed = work / "killed-out"
        k = kill_and_rerun(exe, shards, killed, blocks, a.workers)
        got = cat(killed)
        ids = [json.loads(line)["article"]["source"] for line in got.splitlines()]
        k["every_article_once"] = len(ids) == len(set(ids)) == a.articles
        k["identical_output"] = got == reference
        figures["kill"] = k
        say(
            f"kill -9     at {k['parts_at_kill']}/{blocks} parts ({k['half_written_at_kill']} "
            f"half-written); rerun {k['rerun_s']}s: every article once {k['every_article_once']}, "
            f"identical {k['identical_output']}, orphans {k['orphans_after_60s']}"
        )
    figures["load_avg_1m_at_end"] = round(os.getloadavg()[0], 2)
    say(
        f"load avg    {figures['load_avg_1m_at_start']} at start, "
        f"{figures['load_avg_1m_at_end']} at end"
    )
    if a.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
