"""Where `extract` writes: an append-only JSONL file it can resume (or stdout), and what may go
wrong with one. Only newsreader's own JSONL is appended to, never an input, by one run at a time;
a failed write is one line, and leaves the file ending in a whole line, so a rerun resumes.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

# Every analysis line starts so (core.model.Analysis.to_dict puts the schema first).
ANALYSIS_START = b'{"schema": "newsreader.analysis/1"'


class OutputError(Exception):
    """The output cannot be used or written; str() is one line for the user."""


def _why(err: OSError) -> str:
    return err.strerror or str(err)


def _is_ours(raw: bytes) -> bool:
    """Whether a line without its end could be the start of one of our analysis lines."""
    return raw.startswith(ANALYSIS_START) or ANALYSIS_START.startswith(raw.rstrip(b"\r"))


def open_to_resume(path: str | Path) -> BinaryIO | None:
    """An earlier output opened to read and cut, or None when there is nothing to resume from:
    no file, or a device or pipe (`/dev/null`). Any other failure is OutputError."""
    p = Path(path)
    try:
        if not stat.S_ISREG(os.stat(p).st_mode):
            return None
        return p.open("rb+")
    except FileNotFoundError:
        return None
    except OSError as err:
        raise OutputError(f"{path}: cannot read it to resume ({_why(err)})") from None


def done_ids(path: str | Path) -> set[str]:
    """Ids (article.source) already written to a JSONL output, for resuming.

    A run killed mid-write leaves a last line without its newline; when that line is clearly
    the start of one of our analyses it is cut off, so the article is redone and the file stays
    valid JSONL. Any line that is not ours means the file is someone else's: OutputError, and
    the file is left as it was. A device or pipe (`/dev/null`) has nothing to resume from.
    """
    fh = open_to_resume(path)
    if fh is None:
        return set()
    ids: set[str] = set()
    whole = 0  # bytes of whole lines
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.endswith(b"\n"):
                if not _is_ours(raw):
                    raise OutputError(_not_ours(path, lineno))
                fh.truncate(whole)
                break
            if raw.strip():
                try:
                    ids.add(str(json.loads(raw)["article"]["source"]))
                except (ValueError, KeyError, TypeError):
                    raise OutputError(_not_ours(path, lineno)) from None
            whole += len(raw)
    return ids


def _not_ours(path: str | Path, lineno: int) -> str:
    return (
        f"{path}:{lineno}: not newsreader's JSONL; -o appends to (and resumes) newsreader's own "
        "output only, so give a new file"
    )


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def refuse_input_as_output(output: str, inputs: Iterable[Path]) -> None:
    """OutputError when `output` is one of the input files: the same path, or one reached
    through a symlink or a hard link (the same file on disk)."""
    out = _identity(Path(output))
    if out is None:
        return
    for path in inputs:
        if _identity(path) == out:
            raise OutputError(f"{output}: is also an input ({path}); give another -o file")


@contextlib.contextmanager
def run_lock(output: str) -> Iterator[None]:
    """Hold `.NAME.lock` beside the output (a file, or the folder of Dask's parts) for the whole
    run: a second run on the same output is refused with the first one's process id, instead of
    writing every article twice. An advisory lock (flock) ends with its process, so a killed run
    never leaves it held."""
    out = Path(output)
    try:
        mode = os.stat(out).st_mode if out.exists() else 0
        if mode and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            yield  # /dev/null and the like: nothing to share
            return
    except OSError:
        pass
    lock = out.with_name(f".{out.name}.lock")
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as err:
            raise OutputError(f"{output}: cannot write there ({_why(err)})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            if err.errno in (errno.EAGAIN, errno.EACCES):
                raise OutputError(
                    f"{output}: another newsreader extract (pid {holder}) is writing it; wait "
                    "for it to finish, or give another -o"
                ) from None
            raise OutputError(f"{output}: cannot lock it ({_why(err)})") from None
        # The previous holder may have removed the file between our open and our lock: then we
        # hold a lock nobody else can see, and must take the new file's instead.
        if _identity(lock) == (os.fstat(fd).st_dev, os.fstat(fd).st_ino):
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


class Sink:
    """Whole lines to a file opened for appending, or to a text stream (stdout). A write that
    fails (disk full, file too large, `/dev/full`) is undone to the last whole line and raised
    as OutputError."""

    def __init__(self, name: str, fd: int | None = None, text: TextIO | None = None) -> None:
        self.name, self.fd, self.text = name, fd, text
        self.regular = fd is not None and stat.S_ISREG(os.fstat(fd).st_mode)

    @classmethod
    def append_to(cls, path: str) -> Sink:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as err:
            raise OutputError(f"{path}: cannot write there ({_why(err)})") from None
        return cls(path, fd=fd)

    @classmethod
    def stream(cls, text: TextIO) -> Sink:
        return cls("standard output", text=text)

    def write(self, line: str) -> None:
        start = os.lseek(self.fd, 0, os.SEEK_END) if self.regular else 0  # type: ignore[arg-type]
        try:
            if self.fd is not None:
                view = memoryview(line.encode("utf-8"))
                while view:  # a write may take only part of the line
                    view = view[os.write(self.fd, view) :]
            else:
                assert self.text is not None
                self.text.write(line)
                self.text.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            if self.regular:  # no torn line: the file ends where the last whole line did
                with contextlib.suppress(OSError):
                    os.ftruncate(self.fd, start)  # type: ignore[arg-type]
            elif self.text is not None:
                _quiet(self.text)
            raise OutputError(f"{self.name}: cannot write ({_why(err)})") from None

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _quiet(stream: TextIO) -> None:
    """Python flushes stdout again at exit; what it could not write must not come back as a
    second message (a traceback about the same full disk)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
