"""The same extraction on a Dask cluster (dask.distributed), for corpora past one machine.

Two modes. `run_shards` (JSONL shards the workers can read: shared storage or fsspec URLs): the
client only lists the shards and maps one task per byte range (`core.corpus.shards.Block`); each
worker reads its range, analyses it and writes `OUT/part-NNNNN.jsonl` itself, and sends back
counts and errors only, so neither the client nor the scheduler carries the text. `run_dask`
(input only this client can read: files, feeds, stdin, or --read-here): the client reads the
input lazily, sends it to the cluster in partitions (one task each), and
writes each partition's analyses to `OUT/part-NNNNN.jsonl` as it comes back, in input order, so
`cat OUT/part-*.jsonl` is exactly what the single-process run prints. Every worker process loads
the spaCy pipeline once (a worker plugin, then a per-process cache). Workers need newsreader and
its model installed; they need no shared filesystem. Dask is an optional extra: this module is
imported only when `--engine dask` or `--scheduler` is asked for.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from core.corpus import shards as sh
from core.corpus.batch import (
    Item,
    Result,
    analyze_chunk,
    chunked,
    extraction_pipeline,
    skip_done,
)
from core.corpus.output import done_ids
from core.sources.resolve import seconds_setting
from core.text.pipeline import ModelNotFound
from core.writing import write_atomic

PARTITION_SIZE = 100
# Seconds to reach a scheduler given with --scheduler before saying it cannot be reached; a
# cluster across a slow link may need more: NEWSREADER_SCHEDULER_TIMEOUT (scheduler_timeout()).
SCHEDULER_TIMEOUT = 20.0
SCHEDULER_TIMEOUT_ENV = "NEWSREADER_SCHEDULER_TIMEOUT"
# What --scheduler takes: Dask's own protocols, or HOST:PORT (tcp).
_SCHEDULER = re.compile(
    r"inproc://\S+|((tcp|tls|ucx|ws|wss)://)?(\[[0-9a-fA-F:.]+\]|[\w.-]+):\d{1,5}/?"
)


def scheduler_problem(address: str) -> str | None:
    """Why `address` is not a scheduler address (a one-line message), None when it is one."""
    if _SCHEDULER.fullmatch(address):
        return None
    if address.lower().startswith(("http://", "https://")):
        return (
            f"--scheduler {address}: that is a web address (the dashboard's?); the scheduler's "
            "is tcp://HOST:PORT, 8786 by default"
        )
    return f"--scheduler {address}: not a Dask scheduler address (tcp://HOST:PORT)"


_PART = re.compile(r"part-(\d+)\.jsonl$")


class LoadPipeline(WorkerPlugin):
    """Load the pipeline when a worker starts, so the first partition only parses."""

    def setup(self, worker: Any) -> None:
        # A missing model surfaces later, with its message, through the first task.
        with contextlib.suppress(ModelNotFound):
            extraction_pipeline()


def existing_parts(out_dir: Path) -> list[Path]:
    return sorted(p for p in out_dir.glob("part-*.jsonl") if _PART.search(p.name))


def _done(out_dir: Path) -> tuple[set[str], int]:
    """Ids already written to OUT, and the number for the next part."""
    ids: set[str] = set()
    next_part = 0
    for part in existing_parts(out_dir):
        ids |= done_ids(part)
        next_part = max(next_part, int(_PART.search(part.name).group(1)) + 1)  # type: ignore[union-attr]
    return ids, next_part


def _write_part(out_dir: Path, number: int, lines: list[str]) -> None:
    # Write then rename: an interrupted run never leaves half a part behind.
    write_atomic(out_dir / f"part-{number:05d}.jsonl", "".join(line + "\n" for line in lines))


@contextlib.contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes."""
    if scheduler:
        with _connect(scheduler) as client:
            yield client
        return
    # One thread per worker process: spaCy is CPU-bound and a Language is not shared by threads.
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def scheduler_timeout() -> float:
    """NEWSREADER_SCHEDULER_TIMEOUT in seconds (SCHEDULER_TIMEOUT when unset); SettingError out
    of range, checked before a run starts."""
    what = "the time to reach --scheduler"
    return seconds_setting(SCHEDULER_TIMEOUT_ENV, SCHEDULER_TIMEOUT, what)


def _connect(scheduler: str) -> Any:
    """A Client of the scheduler, or OSError within scheduler_timeout() seconds. Client's own
    timeout does not cover a port that takes the connection and never answers (it waited for
    minutes), so the connection is made in a daemon thread and abandoned at the deadline."""
    box: list[Any] = []
    seconds = scheduler_timeout()

    def work() -> None:
        try:
            box.append(Client(scheduler, timeout=seconds))
        except BaseException as err:  # handed to the caller's thread
            box.append(err)

    thread = threading.Thread(target=work, name="newsreader-dask-connect", daemon=True)
    thread.start()
    thread.join(seconds + min(5.0, seconds))
    if not box:
        raise OSError(
            f"no answer from {scheduler} within {seconds:g} s ({SCHEDULER_TIMEOUT_ENV}); "
            "is it Dask's?"
        )
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def _in_order(
    client: Any, partitions: Iterable[list[Item]], window: int
) -> Iterator[tuple[list[Item], list[Result] | BaseException]]:
    """Submit partitions with at most `window` in flight; yield each result in input order."""
    run_id = uuid.uuid4().hex[:8]
    pending: deque[tuple[list[Item], Any]] = deque()

    def oldest() -> tuple[list[Item], list[Result] | BaseException]:
        items, future = pending.popleft()
        try:
            return items, future.result()
        except ModelNotFound:
            raise
        except Exception as err:  # a lost worker, a task that cannot run: that partition fails
            return items, err
        finally:
            future.release()

    for n, items in enumerate(partitions):
        key = f"newsreader-extract-{run_id}-{n}"
        pending.append((items, client.submit(analyze_chunk, items, key=key, pure=False)))
        if len(pending) >= window:
            yield oldest()
    while pending:
        yield oldest()


def run_dask(
    items: Iterable[Item],
    out_dir: Path,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    partition_size: int | None = None,
    report: Callable[[str], object] = print,
    advance: Callable[[], object] = lambda: None,
) -> int:
    """Extract on Dask into OUT/part-NNNNN.jsonl, resuming after the parts already there.

    Returns the exit code: 0, 1 when some articles failed (each reported with its id), 2 when
    the run could not start.
    """
    size = partition_size or PARTITION_SIZE
    if size < 1:
        report("--partition-size must be at least 1")
        return 2
    if out_dir.exists() and not out_dir.is_dir():
        report(f"{out_dir}: with --engine dask, -o names a folder of part-NNNNN.jsonl files")
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    done, part = _done(out_dir)
    failed = 0
    try:
        with dask_client(scheduler, workers) as client:
            client.register_plugin(LoadPipeline(), name="newsreader-load-pipeline")
            window = 2 * max(1, sum(client.nthreads().values()))
            partitions = chunked(skip_done(items, done, advance), size)
            for chunk, outcome in _in_order(client, partitions, window):
                if isinstance(outcome, BaseException):
                    for item in chunk:
                        report(f"{item.id}: the Dask task failed ({type(outcome).__name__})")
                    failed += len(chunk)
                    for _ in chunk:
                        advance()
                    continue
                lines = [r.line for r in outcome if r.line is not None]
                for r in outcome:
                    if r.line is None:
                        report(f"{r.id}: {r.error}")
                        failed += 1
                    advance()
                if lines:
                    _write_part(out_dir, part, lines)
                    part += 1
    except ModelNotFound as err:
        report(str(err))
        return 2
    except OSError as err:  # no scheduler at that address, a port that will not open
        report(f"cannot reach the Dask scheduler ({err})")
        return 2
    return 1 if failed else 0


def _check_out(out_fs: Any, out: str, manifest: str) -> str | None:
    """Why OUT cannot take this run's parts (None when it can), writing the manifest if new."""
    path = f"{out}/{sh.MANIFEST}"
    if out_fs.exists(path):
        with out_fs.open(path, "r", encoding="utf-8") as fh:
            if fh.read() == manifest:
                return None
        return (
            "holds the parts of other shards (or of these before they changed, or another "
            "--blocksize); give a new -o folder"
        )
    names = [p.rsplit("/", 1)[-1] for p in out_fs.ls(out, detail=False)]
    if any(sh.is_part(n) for n in names):
        return "holds parts of a run that read its input here (--read-here); give a new -o folder"
    with out_fs.open(f"{path}.tmp", "w", encoding="utf-8") as fh:
        fh.write(manifest)
    out_fs.mv(f"{path}.tmp", path)
    return None


def _finished(out_fs: Any, out: str, number: int) -> dict[str, Any] | None:
    """The record of a part a run finished (its rename done), or None when it must be redone."""
    if not out_fs.exists(f"{out}/{sh.part_name(number)}"):
        return None
    try:
        with out_fs.open(f"{out}/{sh.meta_name(number)}", "r", encoding="utf-8") as fh:
            record = json.load(fh)
        return record if isinstance(record, dict) else None
    except (OSError, ValueError):
        return None


def run_shards(
    inputs: list[str],
    out_url: str,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    blocksize: int = sh.BLOCKSIZE,
    report: Callable[[str], object] = print,
    progress: Callable[[int | None], Callable[[int], object]] | None = None,
) -> int:
    """Extract JSONL shards on Dask, each worker reading its blocks and writing their parts.

    Returns the exit code: 0; 1 when an article or a whole shard failed (each reported, the rest
    written); 2 when the run could not start (no shards, OUT unusable, no cluster, no model).
    """
    import fsspec  # type: ignore[import-untyped]  # no stubs; typed Any here

    found: list[tuple[str, str, int]] = []
    unreadable: list[str] = []
    try:
        for arg in inputs:
            listed, bad = sh.list_shards(arg)
            found += listed
            unreadable += bad
        out_fs, out = fsspec.core.url_to_fs(out_url)
    except sh.NoShards as err:
        report(str(err))
        return 2
    except (ImportError, ValueError) as err:
        report(f"{out_url}: cannot write there ({err})")
        return 2
    blocks = sh.blocks_of(found, blocksize)
    try:
        if out_fs.exists(out) and not out_fs.isdir(out):
            report(f"{out_url}: with --engine dask, -o names a folder of part-NNNNN.jsonl files")
            return 2
        out_fs.makedirs(out, exist_ok=True)
        why = _check_out(out_fs, out, sh.manifest_text(blocks, blocksize))
        for name in out_fs.ls(out, detail=False):
            if name.rsplit("/", 1)[-1].startswith(".part-") and name.endswith(".tmp"):
                out_fs.rm(name)  # half-written by a killed run: that part is redone
    except OSError as err:
        report(f"{out_url}: cannot write there ({err.strerror or err})")
        return 2
    if why:
        report(f"{out_url} {why}")
        return 2
    # The workers write to `out` as they see it: a local path must mean the same on every machine.
    out_for_workers = out_fs.unstrip_protocol(out) if sh.has_protocol(out_url) else out
    advance = progress(sum(b.length for b in blocks)) if progress else (lambda n: None)

    out_fs.invalidate_cache(out)  # object stores cache listings; workers may have written since
    for message in unreadable:  # named, but not there: the rest still runs
        report(message)
    failed = len(unreadable)
    todo: list[int] = []
    for n, block in enumerate(blocks):
        record = _finished(out_fs, out, n)
        if record is None:
            todo.append(n)
            continue
        for error in record.get("errors", []):  # an earlier run's: still failing, still said
            report(str(error))
            failed += 1
        advance(block.length)
    if not todo:
        _report_repeats(out_fs, out, blocks, report)
        return 1 if failed else 0
    try:
        with dask_client(scheduler, workers) as client:
            client.register_plugin(LoadPipeline(), name="newsreader-load-pipeline")
            run_id = uuid.uuid4().hex[:8]
            futures = client.map(
                sh.extract_block,
                [blocks[n] for n in todo],
                [out_for_workers] * len(todo),
                todo,
                key=[f"newsreader-part-{run_id}-{n:05d}" for n in todo],
                pure=False,
            )
            number = {f.key: n for f, n in zip(futures, todo, strict=True)}
            for future in as_completed(futures):
                n = number[future.key]
                block = blocks[n]
                try:
                    result: sh.PartResult = future.result()
                except ModelNotFound:
                    raise
                except Exception as err:  # a worker that died on it (KilledWorker), …
                    report(
                        f"{block.shard} (bytes {block.offset:,}-{block.offset + block.length:,}): "
                        f"the Dask task failed ({type(err).__name__}); rerun to retry it"
                    )
                    failed += 1
                    continue
                finally:
                    future.release()
                if result.unreadable:
                    report(result.unreadable)
                    failed += 1
                else:
                    for error in result.errors:
                        report(error)
                    if result.failed > len(result.errors):
                        more = result.failed - len(result.errors)
                        report(f"{block.shard}: {more} more failed; see {sh.meta_name(n)} in OUT")
                    failed += result.failed
                    out_fs.invalidate_cache(out)
                    if not out_fs.exists(f"{out}/{sh.part_name(n)}"):
                        report(
                            f"{sh.part_name(n)} was written by a worker but is not in "
                            f"{out_url} here: the workers must share its storage (or use "
                            "--read-here)"
                        )
                        failed += 1
                advance(block.length)
    except ModelNotFound as err:
        report(str(err))
        return 2
    except OSError as err:  # no scheduler at that address, a port that will not open
        report(f"cannot reach the Dask scheduler ({err})")
        return 2
    _report_repeats(out_fs, out, blocks, report)
    return 1 if failed else 0


def _report_repeats(
    out_fs: Any, out: str, blocks: list[sh.Block], report: Callable[[str], object]
) -> None:
    """Say each id that two articles of the shards share, by `SHARD:LINE` of both.

    Each worker writes the ids of its part to the part's record; only here, with every record,
    can an id repeated across blocks or shards be seen. Both analyses stay in OUT (nothing is
    dropped: a rerun redoes parts, not ids), under the id the input gave them, so this says so.
    The client holds one entry per id for it, not the articles.
    """
    first: dict[str, tuple[int, int]] = {}
    for n, block in enumerate(blocks):
        record = _finished(out_fs, out, n)
        for entry in (record or {}).get("ids", []):
            if not (isinstance(entry, list) and len(entry) == 2):
                continue
            item_id, start = str(entry[0]), int(entry[1])
            if item_id not in first:
                first[item_id] = (n, start)
                continue
            was_n, was_start = first[item_id]
            report(
                f"{sh.line_at(block, start)}: duplicate id {item_id!r} (first at "
                f"{sh.line_at(blocks[was_n], was_start)}); both analyses are in OUT under it"
            )
