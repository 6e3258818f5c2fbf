"""A name-based gender estimate from nomquamgender's data (MIT; Van Buskirk, Clauset & Larremore
2023), used only when the text shows nothing.

Why nomquamgender: it is permissively licensed (gender-guesser's data is GPL), it was built for
research that counts people by gender and pools 36 sources from many countries, and it gives a
probability, not a label: p(gf), how strongly a name is gendered female. We follow its own rule
and default threshold (classify only when 0.5 - |0.5 - p| <= 0.1, i.e. p <= 0.1 or p >= 0.9) and
also need 10 observations (its taxonomy's "high coverage"); anything else is `unknown`.

The package loads its 22 MB JSON (and pandas) on import, seconds and 300 MB per process, so we
read the JSON once into a SQLite index in the cache directory (keyed by the package version), and
each look-up after that is a query. Without a writable cache directory the index lives in memory.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from core.dirs import cache_dir
from core.model import GenderValue

THRESHOLD = 0.1  # nomquamgender's default: the largest uncertainty a classified name may have
MIN_COUNTS = 10  # observations a name needs in the data (its taxonomy's "high coverage")


@dataclass(frozen=True)
class NameEstimate:
    value: GenderValue
    p_female: float | None  # the data's p(gf); None when the name is not in it
    used: str  # the name looked up


def first_name(name: str) -> str | None:
    """The given name of a full name, or None when the name is one word (a surname alone says
    nothing: "Clinton" is also a first name) or starts with an initial ("J. K. Rowling")."""
    parts = [p for p in name.replace("\u00a0", " ").split() if p]
    if len(parts) < 2:
        return None
    first = parts[0].strip(".,")
    if len(first) < 2 or not first.isalpha():
        return None
    return first


def _fold(word: str) -> str:
    """Lower case without diacritics, as the data's keys are (it uses unidecode; NFKD is enough
    for the Latin names news prints)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def estimate(name: str) -> NameEstimate:
    first = first_name(name)
    if first is None:
        return NameEstimate("unknown", None, "")
    used = _fold(first)
    row = _index().get(used)
    if row is None:
        return NameEstimate("unknown", None, used)
    counts, p = row
    if counts < MIN_COUNTS or 0.5 - abs(0.5 - p) > THRESHOLD:
        return NameEstimate("unknown", p, used)
    return NameEstimate("female" if p >= 0.5 else "male", p, used)


class _Index:
    """name -> (counts, p(gf)) in SQLite, built once from the package's JSON."""

    def __init__(self, path: Path | None) -> None:
        self._lock = threading.Lock()  # the reader asks from a worker thread
        self._db = self._open(path)

    def _open(self, path: Path | None) -> sqlite3.Connection:
        if path is not None:
            with contextlib.suppress(sqlite3.Error, OSError):
                if path.exists():
                    db = sqlite3.connect(path, check_same_thread=False)
                    db.execute("SELECT counts FROM names LIMIT 1")
                    return db
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                db = sqlite3.connect(tmp)
                self._fill(db)
                db.close()
                os.replace(tmp, path)  # a half-built index is never seen under the real name
                return sqlite3.connect(path, check_same_thread=False)
        db = sqlite3.connect(":memory:", check_same_thread=False)
        self._fill(db)
        return db

    @staticmethod
    def _fill(db: sqlite3.Connection) -> None:
        raw = _data_file().read_bytes()
        data: dict[str, list[object]] = json.loads(raw)
        rows = (
            (k, int(v[1]), float(v[2]))
            for k, v in data.items()
            if isinstance(v[2], (int, float)) and isinstance(v[1], (int, float))
        )
        db.execute("CREATE TABLE names (name TEXT PRIMARY KEY, counts INTEGER, p REAL)")
        db.executemany("INSERT OR REPLACE INTO names VALUES (?, ?, ?)", rows)
        db.commit()

    def get(self, name: str) -> tuple[int, float] | None:
        with self._lock:
            row = self._db.execute("SELECT counts, p FROM names WHERE name = ?", (name,)).fetchone()
        return (int(row[0]), float(row[1])) if row else None


def _data_file() -> Path:
    """The package's data file, found without importing the package (which loads it, and pandas)."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("nomquamgender is not installed: pip install nomquamgender")
    return Path(next(iter(spec.submodule_search_locations))) / "name_data.json"


@cache
def _index() -> _Index:
    try:
        version = metadata.version("nomquamgender")
        path: Path | None = cache_dir() / f"names-nomquamgender-{version}.sqlite3"
    except Exception:  # no home to find a cache directory in: build it in memory
        path = None
    return _Index(path)
