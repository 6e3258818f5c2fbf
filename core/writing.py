"""Writing a file whole or not at all: the one way the project writes a file it replaces.

A file is written to a temporary file beside it, flushed to disk, then renamed over the old one,
so a failure (disk full, file too large, a kill) leaves the old file as it was and no half of the
new one. The append-only `extract -o` output is the exception, and keeps its own rule
(core.corpus.output: whole lines only, and a resume).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Replace `path` with `data` (str as UTF-8) in one step; returns the path written.

    A symlink keeps pointing where it did (its target is replaced); an existing file keeps its
    permissions, a new one gets the umask's. OSError when it cannot be written, the old file
    untouched and the temporary one gone.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    body = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target
