"""The reader's analysis in a process of its own, which the reader can end at once.

spaCy's parse holds the interpreter for long stretches: run in a thread of the reader's process,
it kept `q` waiting for seconds on a long article (about 5 s at 900,000 characters), and every
key waited on it too. In a child process the reader's thread only waits on a pipe, and quitting
kills the child outright. Nothing is lost by that: the cache stores an analysis in one SQLite
transaction, so an analysis killed half way is only a miss the next time.

One child serves the calls one at a time and loads the pipeline once. It starts on first use as a
fresh interpreter with this process's import path (not a fork: nothing of the reader's threads
comes along) and the environment the caller has then; when that environment has changed
(NEWSREADER_CACHE_DIR, NEWSREADER_MODEL ...) the next call starts a fresh child, so the child
never analyses under settings the reader no longer has. Requests and answers go over a socket
pair as pickled frames (multiprocessing.connection.Connection): the analysis as the JSON
contract's dict (`Analysis.to_dict`, the form the cache stores and `core.components` sends
between processes), an error as the exception. multiprocessing's own "spawn" is not used: it
starts a resource tracker with the fd of sys.stderr, which under Textual is a capture whose
fileno() is -1, and the start fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import weakref
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from typing import IO, Any

from core.model import Analysis, Article

# How long a killed child gets to be reaped before the caller moves on; SIGKILL ends it at once.
REAP_SECONDS = 2.0


class AnalysisStopped(RuntimeError):
    """The analysis process ended before it answered (killed, out of memory, a crash)."""


@dataclass
class _Child:
    process: subprocess.Popen[bytes]
    conn: Connection
    env: dict[str, str]
    errors: IO[bytes]  # the child's stderr (an unlinked file): its last words, if it dies

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> int | None:
        """End the child now, and reap it; its exit code (negative: the signal)."""
        if self.alive():
            self.process.kill()
        try:
            return self.process.wait(REAP_SECONDS)
        except subprocess.TimeoutExpired:
            return None

    def last_words(self) -> str:
        """The last line the child wrote to stderr (a traceback's last line names the error)."""
        try:
            self.errors.seek(0, os.SEEK_END)
            self.errors.seek(max(0, self.errors.tell() - 4096))
            lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):
            return ""
        return lines[-1] if lines else ""

    def close(self) -> None:
        self.conn.close()
        self.errors.close()


class _Children:
    """The current child; apart from the AnalysisProcess, so that collecting that object can
    still end it (weakref.finalize must not hold the object itself)."""

    def __init__(self) -> None:
        self.current: _Child | None = None

    def kill(self) -> None:
        child, self.current = self.current, None
        if child is not None:
            child.kill()  # a call waiting on it gets EOF, and closes it


class AnalysisProcess:
    """Call it like `core.corpus.cache.cached_analyze(article, use_cache=...)`: the same Analysis,
    from a child process. `stop()` ends the child at once (a call waiting on it raises
    AnalysisStopped); the next call starts another."""

    def __init__(self, use_cache: bool = True) -> None:
        self.use_cache = use_cache
        self._lock = threading.Lock()  # one request on the pipe at a time
        self._children = _Children()
        # Collected, or the interpreter exits: no child is left parsing for nobody.
        weakref.finalize(self, self._children.kill)

    def __call__(self, article: Article) -> Analysis:
        with self._lock:
            child = self._child()
            try:
                child.conn.send((article, self.use_cache))
                status, payload, notes = child.conn.recv()
            except (EOFError, OSError):
                code = child.kill()
                if self._children.current is child:
                    self._children.current = None
                said = child.last_words()
                child.close()
                raise AnalysisStopped(_ended(code) + (f": {said}" if said else "")) from None
        if status == "error":
            raise payload
        analysis = replace(Analysis.from_dict(payload), article=article, notes=tuple(notes))
        from core.corpus.cache import remember

        remember(analysis)  # the library's counts, as when this process analysed it
        return analysis

    def start(self) -> None:
        """Start the child (it loads the pipeline while nothing is asked), unless a call is
        using it: the first analysis then begins at once. Never waits for a running call."""
        if self._lock.acquire(blocking=False):
            try:
                self._child()
            finally:
                self._lock.release()

    def stop(self) -> None:
        """End the child now, whatever it is doing."""
        self._children.kill()

    @property
    def pid(self) -> int | None:
        """The child's process id, while there is one."""
        child = self._children.current
        return child.process.pid if child is not None else None

    def _child(self) -> _Child:
        env = dict(os.environ)
        child = self._children.current
        if child is not None and child.alive() and child.env == env:
            return child
        self._children.kill()
        ours, theirs = socket.socketpair()
        errors = tempfile.TemporaryFile()  # noqa: SIM115  # open for the child's life
        with theirs:
            process = subprocess.Popen(
                # The import path is this process's, set before anything of ours is imported:
                # never the current folder's, where a `core` of the user's could stand.
                [sys.executable, "-c", _START, json.dumps(sys.path), str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,  # the terminal is the reader's
                stderr=errors,
                env=env,
            )
        self._children.current = _Child(process, Connection(ours.detach()), env, errors)
        return self._children.current


def _ended(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the analysis process was stopped ({name})"
    return f"the analysis process ended (exit code {code})"


# ---- the child ------------------------------------------------------------------------------


_START = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
    "from core.corpus.isolated import serve; serve(int(sys.argv[2]))"
)


def serve(fd: int) -> None:
    """The child: answer (article, use_cache) requests on socket `fd` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the reader
    conn = Connection(fd)
    from core.corpus.batch import watch_parent
    from core.corpus.cache import cached_analyze

    watch_parent()
    if not conn.poll(0.05):  # nothing asked yet: load the pipeline for the first one
        _warm()
    while True:
        try:
            article, use_cache = conn.recv()
        except (EOFError, OSError):
            return
        try:
            analysis = cached_analyze(article, use_cache=use_cache)
        except Exception as err:
            conn.send(("error", _sendable(err), ()))
        else:
            conn.send(("ok", analysis.to_dict(), list(analysis.notes)))


def _warm() -> None:
    from core.text.pipeline import ModelNotFound, load_pipeline

    with contextlib.suppress(ModelNotFound):  # said when an analysis asks for it
        load_pipeline()


def _sendable(err: Exception) -> Any:
    """The exception itself when it survives the pipe, else one that says the same."""
    try:
        pickle.loads(pickle.dumps(err))
    except Exception:
        return RuntimeError(f"{type(err).__name__}: {err}")
    return err
