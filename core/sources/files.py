"""Reading an article from a file, with one clear message for every way that can fail."""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from core.model import Article

# A news article is a few thousand words; anything past this is not one (and would stall the parse).
MAX_BYTES = 5_000_000


class ArticleError(Exception):
    """An input that cannot be read as an article; str() is a one-line message for the user."""


def refuse_non_text(data: bytes, source: str, what: str = "text") -> None:
    """The one rule for bytes that are no article: empty, or binary (a NUL anywhere; text never
    holds one, and a rule that only looked at the start would let a tail through)."""
    if not data.strip():
        raise ArticleError(f"{source}: the file is empty")
    if b"\x00" in data:
        raise ArticleError(f"{source}: this is a binary file, not {what}")


_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode_text(data: bytes, source: str) -> str:
    """Bytes to article text, refusing what is not text rather than guessing at it."""
    for bom, codec in _UTF16_BOMS:
        # A file that says it is UTF-16 (Windows' "Unicode") is read as such, not called binary.
        if data.startswith(bom):
            # Not valid UTF-16 after all: judged below as the bytes it is (binary, mostly).
            with contextlib.suppress(UnicodeDecodeError):
                data = data[len(bom) :].decode(codec).encode("utf-8")
            break
    refuse_non_text(data, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"{source}: not valid UTF-8 (byte {err.start}); save it as UTF-8 and try again"
        ) from None
    # A BOM is an encoding mark, not part of the article.
    return text.removeprefix("\ufeff")


def read_article(path: str | Path, max_bytes: int = MAX_BYTES) -> Article:
    """Read a UTF-8 text file as an Article whose source is the path as given."""
    source = str(path)
    data = read_file_bytes(Path(path), source, max_bytes)
    text = decode_text(data, source)
    return Article(source=source, text=text, title=guess_title(text.encode("utf-8")))


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int, source: str) -> ArticleError | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return ArticleError(f"{source}: is a folder, not a file")
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return ArticleError(
        f"{source}: not a regular file ({kind}); to read a stream, pipe it in and give -"
    )


def open_regular(path: Path, source: str) -> BinaryIO:
    """`path` opened for reading, only when it is a regular file: a FIFO would block, a device
    like /dev/zero never ends. Checked before opening (so nothing blocks) and again on the open
    file (so nothing swapped in between gets through)."""
    try:
        if refused := _not_regular(os.stat(path).st_mode, source):
            raise refused
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        raise ArticleError(f"{source}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{source}: permission denied") from None
    except OSError as err:
        raise ArticleError(f"{source}: cannot read ({err.strerror or err})") from None
    if refused := _not_regular(os.fstat(fd).st_mode, source):
        os.close(fd)
        raise refused
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_file_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    """A file's bytes through the one bounded reader: regular files only, at most `max_bytes`,
    counted while reading (a file's stated size is not trusted: it may grow, or lie)."""
    with open_regular(path, source) as fh:
        try:
            data = read_capped(fh, max_bytes)
        except OSError as err:
            raise ArticleError(f"{source}: cannot read ({err.strerror or err})") from None
    if data is None:
        raise ArticleError(f"{source}: too large to read (over the limit of {max_bytes:,} bytes)")
    return data


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """Everything `stream` holds when that is at most `max_bytes`, else None; never more than
    `max_bytes` + one chunk in memory. Files and stdin are read through this one loop."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(1 << 20, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            return None
    return b"".join(chunks)


def guess_title(data: bytes) -> str | None:
    """The first line, when it is short enough to be a headline."""
    try:
        first = data.decode("utf-8", errors="replace").lstrip("\ufeff").strip().splitlines()[0]
    except IndexError:
        return None
    first = first.strip()
    return first if 0 < len(first) <= 200 else None


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given; a folder becomes its .txt files, sorted."""
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.glob("*.txt")) if f.is_file())
        else:
            out.append(raw)
    return out


def seeds_dir() -> Path:
    """The bundled seed articles: packaged inside core/ in a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parent.parent  # core/
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return here / "seeds"


def seed_paths() -> list[Path]:
    return sorted(seeds_dir().glob("*.txt"))
