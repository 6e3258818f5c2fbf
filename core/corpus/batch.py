"""Batch extraction: many articles through `nlp.pipe`, in input order, in one or N processes.

Memory stays flat however long the input is: articles are read lazily, at most a few chunks are
in flight at once, and each analysis is written out as one JSON line as soon as it is done.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from core.display import json_text
from core.sources.items import Item
from core.text.pipeline import load_pipeline

if TYPE_CHECKING:  # the parent of N workers never parses, so it never imports spaCy
    from spacy.language import Language
    from spacy.tokens import Doc

# Pipeline components left out of the batch because no rule reads what they set. The rules read
# pos_, tag_ and lemma_, and the rest (tok2vec, tagger, parser, ner) feed doc.ents and the
# dependency parse, so nothing can go. The stock attribute_ruler and lemmatizer cost ~22% of the
# parse (CPU time over 80 polnear-dev texts: a Matcher of 179 patterns, per-token Python); the
# ones load_pipeline gives are the exact memo stand-ins of core.text.memo_pipes: ~7% on a cold
# memo, ~1.5% once it is warm.
# tests/core/corpus/test_batch.py checks that analyses with and without the listed components
# are identical.
UNUSED_COMPONENTS: tuple[str, ...] = ()

# Articles per `nlp.pipe` call in one process, and per task sent to a worker process. Small tasks
# keep N workers evenly loaded at the end of a run; a failing article costs a re-run of one chunk.
CHUNK = 64
POOL_CHUNK = 8
PIPE_BATCH = 16

T = TypeVar("T")


@dataclass(frozen=True)
class Result:
    """One unit of output: the analysis as one JSON line (no newline), or why there is none."""

    id: str
    line: str | None = None
    error: str | None = None


@cache
def extraction_pipeline() -> Language:
    """The pipeline the batch runs: the project's model less the components no rule reads."""
    # With nothing left out, this is the very pipeline the rest of the process shares.
    return load_pipeline(exclude=UNUSED_COMPONENTS) if UNUSED_COMPONENTS else load_pipeline()


# A worker thread on a Dask cluster may share its process (and so the cached pipeline) with other
# threads; spaCy does not promise a Language is safe to run from two threads at once.
_PIPE_LOCK = threading.Lock()


# Articles a process parses before it starts using memory zones (below).
WARM_ARTICLES = 64
_warmed: dict[int, int] = {}


def _memory_zone(nlp: Language, articles: int) -> contextlib.AbstractContextManager[object]:
    """spaCy's memory zone, so the vocabulary does not grow with every new word of the corpus.

    Strings and lexemes first seen inside a zone are dropped when it closes, which keeps memory
    flat over millions of articles; nothing outside holds a Doc (analyses are plain strings).
    Inside a zone the tokenizer's cache stops filling (the tokenizer alone runs ~80% slower), so
    each process first parses a few chunks outside one to warm that cache, as spaCy advises; any
    lazy set-up in the rules (a Matcher's keys) also happens then, and so is never dropped.
    """
    done = _warmed.get(id(nlp), 0)
    if done < WARM_ARTICLES:
        _warmed[id(nlp)] = done + articles
        return contextlib.nullcontext()
    return nlp.memory_zone()


def _line(item: Item, doc: Doc) -> Result:
    from core.analyze import analyze_doc

    assert item.article is not None
    try:
        analysis = analyze_doc(item.article, doc)
        return Result(item.id, line=json_text(analysis.to_dict()))
    except Exception as err:  # one bad article must not sink the batch
        return Result(item.id, error=f"analysis failed ({type(err).__name__}: {err})"[:300])


def analyze_chunk(items: Sequence[Item], nlp: Language | None = None) -> list[Result]:
    """Analyse a chunk in order; every item gets a Result, a failing article an error."""
    nlp = nlp or extraction_pipeline()
    results: dict[int, Result] = {}
    todo: list[tuple[int, Item]] = []
    for i, item in enumerate(items):
        if item.article is None:
            results[i] = Result(item.id, error=item.error or "no article")
        elif problem := too_long(item.article.text, nlp):
            results[i] = Result(item.id, error=problem)
        else:
            todo.append((i, item))
    with _PIPE_LOCK, _memory_zone(nlp, len(todo)):
        try:
            texts = [item.article.text for _, item in todo]  # type: ignore[union-attr]
            docs = nlp.pipe(texts, batch_size=PIPE_BATCH)
            for (i, item), doc in zip(todo, docs, strict=True):
                results[i] = _line(item, doc)
        except Exception:
            # A whole nlp.pipe batch fails together: redo the chunk one article at a time to
            # find the culprit and keep the rest.
            for i, item in todo:
                if i in results:
                    continue
                try:
                    doc = nlp(item.article.text)  # type: ignore[union-attr]
                except Exception as err:
                    msg = f"the pipeline failed ({type(err).__name__}: {err})"
                    results[i] = Result(item.id, error=msg[:300])
                    continue
                results[i] = _line(item, doc)
    return [results[i] for i in range(len(items))]


def too_long(text: str, nlp: Language) -> str | None:
    """Why the pipeline cannot take `text` (one line, with its limit), None when it can: spaCy
    refuses these with its long E088 message, and a parse that long would exhaust memory."""
    if len(text) > nlp.max_length:
        return f"{len(text):,} characters is more than the pipeline takes ({nlp.max_length:,})"
    return None


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def iter_results(items: Iterable[Item], jobs: int = 1) -> Iterator[Result]:
    """Results in input order. jobs > 1 runs that many worker processes, each with its pipeline."""
    if jobs <= 1:
        nlp = extraction_pipeline()
        for chunk in chunked(items, CHUNK):
            yield from analyze_chunk(chunk, nlp)
        return
    # "spawn": a clean interpreter per worker (no forked threads, e.g. the progress bar's).
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    # Each worker loads its pipeline on its first task (cached for the rest); a load failure
    # (ModelNotFound) then comes back through that task's future with its message.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_start) as pool:
        # Executor.map would read the whole input up front; a bounded window keeps memory flat.
        window: deque[Future[list[Result]]] = deque()
        try:
            for chunk in chunked(items, POOL_CHUNK):
                window.append(pool.submit(analyze_chunk, chunk))
                if len(window) >= 3 * jobs:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        except BaseException:
            # Ctrl-C or a failure: drop the queued chunks rather than finish them.
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _worker_start() -> None:
    # Ctrl-C reaches the whole process group: the parent alone handles it and stops the pool,
    # so the workers do not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A parent killed outright (kill -9, the OOM killer) cannot stop its pool: each worker
    # watches for it and ends itself, rather than parse on for nobody with 300 MB each.
    watch_parent()


def watch_parent() -> None:
    """End this process when its parent has gone (checked every PARENT_CHECK seconds)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="newsreader-parent-watch", daemon=True).start()


# Seconds between a worker's checks that its parent is still alive.
PARENT_CHECK = 0.5


def skip_done(
    items: Iterable[Item], done: set[str], on_skip: Callable[[], object] = lambda: None
) -> Iterator[Item]:
    for item in items:
        if item.id in done:
            on_skip()  # counts toward the progress bar
        else:
            yield item


def write_results(
    results: Iterable[Result],
    write: Callable[[str], object],
    report: Callable[[str], object],
    advance: Callable[[], object] = lambda: None,
) -> int:
    """Write each line as it comes, report each failure with its id; return the failure count."""
    failed = 0
    for result in results:
        if result.line is not None:
            write(result.line + "\n")
        else:
            failed += 1
            report(f"{result.id}: {result.error}")
        advance()
    return failed
