"""A cache of analyses in SQLite, so that reopening an article skips the pipeline.

An analysis is stored under the hash of the article's text, the spaCy pipeline (name and version,
and spaCy's version) and the analysis version: the package version plus a digest of the code and
data under core/, so that a changed rule never serves a stale analysis. The cache lives in the
user's cache directory (platformdirs), or in NEWSREADER_CACHE_DIR; NEWSREADER_NO_CACHE=1 bypasses
it, as `--no-cache` does by passing `use_cache=False`. A corrupt or outdated file is rebuilt; any
other failure turns the cache off for the process. It is never fatal: the worst case is analysing
again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, suppress
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from core import __version__
from core import analyze as _analysis  # looked up at call time, so tests can count the calls
from core.corpus.batch import too_long
from core.dirs import cache_dir
from core.model import Analysis, Article

ENV_OFF = "NEWSREADER_NO_CACHE"
FILE_NAME = "analyses.sqlite3"
# The layout of the file; a file with another value is dropped and rebuilt.
SCHEMA_VERSION = 1
# Keep the most recently used analyses; an analysis is a few tens of kB.
MAX_ROWS = 2000
_PRUNE_EVERY = 50

_CORE_DIR = Path(__file__).resolve().parent.parent  # all of core/, whatever layer changed


@dataclass(frozen=True)
class Counts:
    """How much an analysis found, for the library's columns."""

    actors: int
    quotes: int
    positions: int

    @classmethod
    def of(cls, analysis: Analysis) -> Counts:
        return cls(len(analysis.actors), len(analysis.quotes), len(analysis.positions))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


@cache
def analysis_version() -> str:
    """The package version and a digest of everything under core/ that can change an analysis."""
    digest = hashlib.sha256()
    for path in sorted(_CORE_DIR.rglob("*")):
        rel = path.relative_to(_CORE_DIR)
        if not path.is_file() or rel.parts[0] in ("seeds", "__pycache__"):
            continue
        if path.suffix in (".pyc", ".sqlite3"):
            continue
        digest.update(str(rel).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            continue
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _key_from_meta(meta: dict[str, Any]) -> str:
    from spacy import about

    lang, name, version = meta.get("lang", "xx"), meta.get("name", "?"), meta.get("version", "?")
    return f"{lang}_{name}=={version};spacy=={about.__version__}"


@cache
def _pipeline_key_for(name: str) -> str:
    """The key of an installed pipeline from its meta.json, without loading it (which takes
    seconds): a cache hit should be instant."""
    import importlib.util

    folder = Path(name)
    if not folder.is_dir():  # a package name, not a pipeline folder
        spec = importlib.util.find_spec(name)
        locations = list(spec.submodule_search_locations or []) if spec else []
        folder = Path(locations[0]) if locations else folder
    try:
        return _key_from_meta(json.loads((folder / "meta.json").read_text(encoding="utf-8")))
    except (OSError, ValueError):
        from core.text.pipeline import load_pipeline

        return _key_from_meta(load_pipeline(name).meta)


def pipeline_key(nlp: Language | None = None) -> str:
    """Which pipeline made an analysis: the same string whether or not `nlp` is given."""
    if nlp is not None:
        return _key_from_meta(nlp.meta)
    from core.text.pipeline import model_name

    return _pipeline_key_for(model_name())


class AnalysisCache:
    """One SQLite file. Each call opens its own connection, so threads and processes can share
    it; a locked or failing database is a miss, never an error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.disabled_reason: str | None = None
        self._ready = False
        self._lock = threading.Lock()
        self._puts = 0

    # -- setting up ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 2000")
        # A lost last write after a power cut costs one re-analysis; no fsync per article.
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def _ensure(self) -> bool:
        """Create or check the file once; rebuild it when it is corrupt or from another layout."""
        if self._ready:
            return True
        if self.disabled_reason:
            return False
        with self._lock:
            if self._ready:
                return True
            for attempt in (1, 2):
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    with closing(self._connect()) as conn:
                        self._create_or_check(conn)
                    self._ready = True
                    return True
                except sqlite3.DatabaseError as err:
                    # Not a database, or a damaged one: start again from an empty file.
                    if attempt == 2 or not self._remove_files():
                        self.disabled_reason = f"cache off: {err}"
                        return False
                except OSError as err:
                    self.disabled_reason = f"cache off: {err.strerror or err}"
                    return False
        return False

    def _create_or_check(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version != SCHEMA_VERSION or not {"analyses", "sources"} <= tables:
            conn.execute("BEGIN IMMEDIATE")
            for table in tables:
                conn.execute(f'DROP TABLE IF EXISTS "{table}"')
            conn.execute(
                "CREATE TABLE analyses (key TEXT PRIMARY KEY, data TEXT NOT NULL,"
                " actors INTEGER, quotes INTEGER, positions INTEGER, used REAL NOT NULL)"
            )
            conn.execute("CREATE INDEX analyses_used ON analyses (used)")
            conn.execute("CREATE TABLE sources (source TEXT PRIMARY KEY, key TEXT NOT NULL)")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
            # Readers never wait for a writer, and a write is one append, not a rewrite.
            with suppress(sqlite3.OperationalError):
                conn.execute("PRAGMA journal_mode = WAL")
        # A damaged page further in shows up as a DatabaseError on use; _fail rebuilds then.

    def _remove_files(self) -> bool:
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return True
        except OSError:
            return False

    def _fail(self, err: Exception) -> None:
        """A database error after setup: try a rebuild on next use."""
        if isinstance(err, sqlite3.OperationalError) and "locked" in str(err):
            return  # someone else is writing; this is just a miss
        self._ready = False
        if isinstance(err, sqlite3.DatabaseError):
            self._remove_files()

    # -- use -------------------------------------------------------------------------------

    @staticmethod
    def key(text: str, pipeline: str) -> str:
        return f"{text_hash(text)}|{pipeline}|{analysis_version()}"

    def get(self, article: Article, pipeline: str) -> Analysis | None:
        if not self._ensure():
            return None
        key = self.key(article.text, pipeline)
        try:
            with closing(self._connect()) as conn:
                row = conn.execute("SELECT data FROM analyses WHERE key = ?", (key,)).fetchone()
                if row is None:
                    return None
                conn.execute("UPDATE analyses SET used = ? WHERE key = ?", (time.time(), key))
                conn.execute(
                    "INSERT OR REPLACE INTO sources (source, key) VALUES (?, ?)",
                    (article.source, key),
                )
        except sqlite3.Error as err:
            self._fail(err)
            return None
        analysis = _decode(row[0], article)
        if analysis is None:  # a row we cannot read: forget it, analyse again
            self._delete(key)
        return analysis

    def put(self, analysis: Analysis, pipeline: str) -> None:
        if not self._ensure():
            return
        key = self.key(analysis.article.text, pipeline)
        d = analysis.to_dict()
        d["notes"] = list(analysis.notes)
        c = Counts.of(analysis)
        try:
            with closing(self._connect()) as conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, ?)",
                    (key, json.dumps(d, ensure_ascii=False), *_tuple(c), time.time()),
                )
                conn.execute(
                    "INSERT OR REPLACE INTO sources (source, key) VALUES (?, ?)",
                    (analysis.article.source, key),
                )
                conn.execute("COMMIT")
                self._puts += 1
                if self._puts % _PRUNE_EVERY == 0:
                    self._prune(conn)
        except sqlite3.Error as err:
            self._fail(err)

    def counts(self, source: str, pipeline: str | None = None) -> Counts | None:
        """What the latest cached analysis of `source` found, if it is still current."""
        if not self._ensure():
            return None
        try:
            pipeline = pipeline or pipeline_key()
        except Exception:  # no model installed: nothing current can be cached
            return None
        suffix = f"|{pipeline}|{analysis_version()}"
        try:
            with closing(self._connect()) as conn:
                row = conn.execute(
                    "SELECT a.key, a.actors, a.quotes, a.positions FROM sources s"
                    " JOIN analyses a ON a.key = s.key WHERE s.source = ?",
                    (source,),
                ).fetchone()
        except sqlite3.Error as err:
            self._fail(err)
            return None
        if row is None or not str(row[0]).endswith(suffix):
            return None
        return Counts(int(row[1]), int(row[2]), int(row[3]))

    def _delete(self, key: str) -> None:
        try:
            with closing(self._connect()) as conn:
                conn.execute("DELETE FROM analyses WHERE key = ?", (key,))
        except sqlite3.Error as err:
            self._fail(err)

    @staticmethod
    def _prune(conn: sqlite3.Connection) -> None:
        conn.execute(
            "DELETE FROM analyses WHERE key NOT IN"
            " (SELECT key FROM analyses ORDER BY used DESC LIMIT ?)",
            (MAX_ROWS,),
        )
        conn.execute("DELETE FROM sources WHERE key NOT IN (SELECT key FROM analyses)")


def _tuple(c: Counts) -> tuple[int, int, int]:
    return (c.actors, c.quotes, c.positions)


def _decode(data: str, article: Article) -> Analysis | None:
    try:
        d = json.loads(data)
        if d.get("article", {}).get("text") != article.text:
            return None
        analysis = Analysis.from_dict(d)
        notes = tuple(str(n) for n in d.get("notes") or ())
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    # The same text may come from another file or title: the article is the one asked about.
    return replace(analysis, article=article, notes=notes)


# ---------------------------------------------------------------------------------------------
# The process's cache, and the functions the CLI and the app call


def enabled() -> bool:
    return os.environ.get(ENV_OFF, "").strip().lower() in ("", "0", "false", "no")


_caches: dict[Path, AnalysisCache] = {}
_caches_lock = threading.Lock()
# Counts of what this process analysed, cache or no cache, for the library.
_seen: dict[str, Counts] = {}


def default_cache() -> AnalysisCache | None:
    """The cache the environment asks for, or None when it is turned off."""
    if not enabled():
        return None
    try:
        path = cache_dir() / FILE_NAME
    except Exception:  # platformdirs could not find a home: run without a cache
        return None
    with _caches_lock:
        if path not in _caches:
            _caches[path] = AnalysisCache(path)
        return _caches[path]


def _pick(cache: AnalysisCache | None, use_cache: bool) -> AnalysisCache | None:
    if not use_cache:
        return None
    return cache if cache is not None else default_cache()


class ArticleTooLong(ValueError):
    """An article past the pipeline's length limit; str() is one line with the limit."""


def cached_analyze(
    article: Article,
    nlp: Language | None = None,
    cache: AnalysisCache | None = None,
    use_cache: bool = True,
) -> Analysis:
    """`core.analyze.analyze`, unless the cache has this text analysed by this pipeline and code."""
    store = _pick(cache, use_cache)
    pipeline = pipeline_key(nlp) if store is not None else ""
    if store is not None:
        hit = store.get(article, pipeline)
        if hit is not None:
            _seen[article.source] = Counts.of(hit)
            return hit
    nlp = nlp or _load()
    if problem := too_long(article.text, nlp):
        raise ArticleTooLong(problem)
    analysis = _analysis.analyze(article, nlp)
    _seen[article.source] = Counts.of(analysis)
    if store is not None:
        store.put(analysis, pipeline)
    return analysis


def cached_analyze_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    cache: AnalysisCache | None = None,
    use_cache: bool = True,
    batch_size: int = 16,
) -> Iterator[Analysis]:
    """`core.analyze.analyze_many` in input order, taking what it can from the cache; misses go
    through `nlp.pipe` in chunks, so memory stays flat however long the stream."""
    store = _pick(cache, use_cache)
    if store is None:
        yield from _analysis.analyze_many(articles, nlp, batch_size=batch_size)
        return
    nlp = nlp or _load()
    pipeline = pipeline_key(nlp)
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= batch_size:
            yield from _chunk(chunk, nlp, store, pipeline, batch_size)
            chunk = []
    if chunk:
        yield from _chunk(chunk, nlp, store, pipeline, batch_size)


def _load() -> Language:
    from core.text.pipeline import load_pipeline

    return load_pipeline()


def _chunk(
    chunk: list[Article], nlp: Language, store: AnalysisCache, pipeline: str, batch_size: int
) -> Iterator[Analysis]:
    found = [store.get(a, pipeline) for a in chunk]
    misses = [a for a, hit in zip(chunk, found, strict=True) if hit is None]
    fresh = iter(_analysis.analyze_many(misses, nlp, batch_size=batch_size)) if misses else None
    for hit in found:
        if hit is None:
            assert fresh is not None
            analysis = next(fresh)
            store.put(analysis, pipeline)
        else:
            analysis = hit
        _seen[analysis.article.source] = Counts.of(analysis)
        yield analysis


def remember(analysis: Analysis) -> None:
    """Count an analysis made elsewhere (the reader's analysis process) as this process's own."""
    _seen[analysis.article.source] = Counts.of(analysis)


def counts_for(source: str) -> Counts | None:
    """What an analysis of `source` found: from this process, or from the cache."""
    if source in _seen:
        return _seen[source]
    store = default_cache()
    return store.counts(source) if store is not None else None
