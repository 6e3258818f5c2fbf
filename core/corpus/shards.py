"""JSONL shards read where they are: listing them, cutting them into byte ranges, and the task a
Dask worker runs on one range (read it, analyse it, write its part).

Paths go through fsspec, so a shard may be a local or NFS path or an `s3://`, `gs://`, … URL
when that filesystem's package is installed. Nothing here imports Dask: the task is a plain
function the client hands to `client.map`.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import socket
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlparse

from core.corpus.batch import CHUNK, analyze_chunk, chunked
from core.sources.items import Item
from core.sources.jsonl import JSONL_SUFFIXES, is_jsonl, parse_line, without_mark

# A Dask task per this many bytes of a shard (dask.dataframe.read_csv's default): big enough that
# scheduling costs nothing beside the parse (~15,000 news articles), small enough to spread one
# huge shard over many workers.
BLOCKSIZE = 64 * 2**20
# Per-article errors a task sends back to the client; the rest are counted (and kept in OUT).
ERRORS_RETURNED = 50
MANIFEST = ".shards.json"
_ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_PART = re.compile(r"^part-(\d{5,})\.jsonl$")


class NoShards(ValueError):
    """An input that names no shard: a glob matching nothing, an empty folder, a bad URL."""


@dataclass(frozen=True)
class Block:
    """Bytes [offset, offset + length) of one shard: the lines that start in it are its articles."""

    shard: str  # as the user named it, for messages
    url: str  # what a worker opens: an absolute local path or an fsspec URL
    offset: int
    length: int


@dataclass(frozen=True)
class PartResult:
    """What a worker sends back for one part: counts and errors, never the analyses."""

    number: int
    articles: int = 0
    failed: int = 0
    errors: tuple[str, ...] = ()
    unreadable: str | None = None  # the shard could not be read: no part was written


def is_glob(arg: str) -> bool:
    """A pattern of JSONL shards ('corpus/*.jsonl'); a missing 'a[1].txt' stays a missing file."""
    return any(c in arg for c in "*?[") and not os.path.exists(arg) and is_jsonl(arg)


def has_protocol(arg: str) -> bool:
    """An fsspec URL (s3://, gs://, file://, …); http(s) pages and feeds are read as articles."""
    scheme = urlparse(arg).scheme.lower()
    return len(scheme) > 1 and scheme not in ("http", "https")  # len 1: a Windows drive


def is_shard_folder(arg: str) -> bool:
    """A folder of JSONL shards: .jsonl files and no articles (.txt, .html) beside them."""
    p = Path(arg)
    if not p.is_dir():
        return False
    names = [f.name.lower() for f in p.iterdir() if f.is_file()]
    return any(n.endswith(JSONL_SUFFIXES) for n in names) and not any(
        n.endswith(_ARTICLE_SUFFIXES) for n in names
    )


def names_shards(arg: str) -> bool:
    """Whether Dask workers can read this input themselves: a JSONL file, a glob of them, a
    folder of shards, or an fsspec URL of one of those."""
    return has_protocol(arg) or is_glob(arg) or is_shard_folder(arg) or is_jsonl(arg)


def local_shards(arg: str) -> list[str]:
    """The shard files a local glob or folder names, sorted, spelled as the user spelled them."""
    if is_shard_folder(arg):
        return sorted(str(f) for f in Path(arg).iterdir() if f.is_file() and is_jsonl(f.name))
    if is_glob(arg):
        return sorted(p for p in glob.glob(arg) if os.path.isfile(p))
    return [arg]


def _fs(url: str) -> tuple[Any, str]:
    import fsspec  # type: ignore[import-untyped]  # no stubs; typed Any here

    try:
        fs, path = fsspec.core.url_to_fs(url)
        return fs, str(path)
    except (ImportError, ValueError) as err:  # an unknown protocol, its package not installed
        raise NoShards(f"{url}: cannot open this kind of path ({err})") from None


def list_shards(arg: str) -> tuple[list[tuple[str, str, int]], list[str]]:
    """(name, url, size) of every shard an input names, in order, and the named ones that cannot
    be read here (each a message); NoShards when a glob, folder or URL names none."""
    if not has_protocol(arg):
        found, unreadable = [], []
        for name in local_shards(arg):
            if os.path.isfile(name):
                found.append((name, os.path.abspath(name), os.path.getsize(name)))
            else:
                why = "Is a directory" if os.path.isdir(name) else "No such file or directory"
                unreadable.append(f"{name}: cannot read ({why})")
        if not found and not unreadable:
            raise NoShards(f"{arg}: no JSONL shards match")
        return found, unreadable
    fs, path = _fs(arg)
    try:
        if is_glob(path):
            paths = fs.glob(path)
        elif fs.isdir(path):
            paths = [p for p in fs.ls(path, detail=False) if is_jsonl(p)]
        else:
            paths = [path]
        urls = [fs.unstrip_protocol(p) for p in sorted(paths)]
        found = [(url, url, fs.size(url)) for url in urls]
    except OSError as err:  # FileNotFoundError, PermissionError, a bucket that is not there
        return [], [f"{arg}: cannot read ({_why(err)})"]
    if not found:
        raise NoShards(f"{arg}: no JSONL shards match")
    return found, []


def blocks_of(shards: list[tuple[str, str, int]], blocksize: int) -> list[Block]:
    """Each shard cut into byte ranges of `blocksize`; part N is block N, in input order."""
    blocks = []
    for name, url, size in shards:
        starts = range(0, size, blocksize) if size else [0]  # an empty shard still has its part
        blocks += [Block(name, url, s, min(blocksize, size - s)) for s in starts]
    return blocks


def manifest_text(blocks: list[Block], blocksize: int) -> str:
    # What OUT's parts were cut from: a rerun over other shards (or grown ones) must not mix in.
    rows = [asdict(b) for b in blocks]
    return json.dumps({"blocksize": blocksize, "blocks": rows}, indent=1) + "\n"


def part_name(number: int) -> str:
    return f"part-{number:05d}.jsonl"


def meta_name(number: int) -> str:
    return f".part-{number:05d}.json"


def is_part(name: str) -> bool:
    return bool(_PART.match(name))


def _lines(fh: IO[bytes], offset: int, length: int) -> Iterator[tuple[int, bytes]]:
    """(start byte, line) for each line that starts in [offset, offset + length), streamed."""
    if offset:
        # Byte offset-1 ends the line before ours (a newline) or sits inside the previous
        # block's last line, which is read to its end and left to that block.
        fh.seek(offset - 1)
        fh.readline()
    else:
        fh.seek(0)
    end = offset + length
    while (start := fh.tell()) < end:
        raw = fh.readline()
        if not raw:
            return
        yield start, raw


def _newlines_before(fs: Any, path: str, position: int) -> int:
    """Lines in the shard before `position`, for error messages only (a rare, sequential read)."""
    count = 0
    with fs.open(path, "rb") as fh:
        while position > 0:
            data = fh.read(min(position, 2**22))
            if not data:
                break
            count += data.count(b"\n")
            position -= len(data)
    return count


# Stands in for PATH:LINE while a line is parsed: only a bad line needs its number, which a block
# past the first learns by counting the shard's lines before it.
_WHERE = "\x00where\x00"


def _items(fs: Any, path: str, fh: IO[bytes], block: Block) -> Iterator[tuple[int, Item]]:
    """(start byte, item) for each article of the block."""
    before: int | None = 0 if block.offset == 0 else None
    first = 0
    for k, (start, raw) in enumerate(_lines(fh, block.offset, block.length)):
        first = start if k == 0 else first
        if start == 0:
            raw = without_mark(raw)
        item = parse_line(raw, _WHERE)
        if item is not None and item.article is None and _WHERE in f"{item.id}{item.error}":
            if before is None:
                before = _newlines_before(fs, path, first)
            item = parse_line(raw, f"{block.shard}:{before + k + 1}")
        if item is not None:
            yield start, item


def line_at(block: Block, start: int) -> str:
    """`SHARD:LINE` of the line starting at byte `start` (read here: only for a message)."""
    try:
        fs, path = _fs(block.url)
        return f"{block.shard}:{_newlines_before(fs, path, start) + 1}"
    except (OSError, NoShards):
        return f"{block.shard} (byte {start:,})"


def extract_block(block: Block, out_url: str, number: int) -> PartResult:
    """On a worker: read one block, analyse it, write OUT/part-NNNNN.jsonl; return only counts.

    The part is written under a temporary name and renamed last, after its record
    (`.part-NNNNN.json`, what a rerun reports without redoing it), so a part that exists is
    finished; the temporary name is unique, so a worker left over from a killed run can never
    interleave with the rerun's.
    """
    out_fs, out = _fs(out_url)
    final = f"{out}/{part_name(number)}"
    tmp = f"{out}/.{part_name(number)}.{uuid.uuid4().hex[:8]}.tmp"
    articles = 0
    errors: list[str] = []
    # Each id written, with the byte its line starts at: the client finds ids that repeat
    # across blocks and shards, which no worker can see on its own.
    written: list[tuple[str, int]] = []
    try:
        sink = out_fs.open(tmp, "wb")
    except OSError as err:
        return PartResult(number, unreadable=f"{out_url}: cannot write there ({_why(err)})")
    try:
        with sink:
            fs, path = _fs(block.url)
            with fs.open(path, "rb") as fh:
                for chunk in chunked(_items(fs, path, fh, block), CHUNK):
                    results = analyze_chunk([item for _, item in chunk])
                    for (start, _), r in zip(chunk, results, strict=True):
                        if r.line is None:
                            errors.append(f"{r.id}: {r.error}")
                        else:
                            sink.write(r.line.encode("utf-8") + b"\n")
                            articles += 1
                            written.append((r.id, start))
    except (OSError, NoShards) as err:
        with contextlib.suppress(OSError):
            out_fs.rm(tmp)
        why = _why(err)
        if isinstance(err, FileNotFoundError):
            # The client listed it: this worker does not see the storage the client does.
            why = f"{why} on worker {socket.gethostname()}; the workers must see the shards"
        return PartResult(number, unreadable=f"{block.shard}: cannot read ({why})")
    record = {"articles": articles, "errors": errors, "ids": written}
    tmp_meta = f"{tmp}.json"
    with out_fs.open(tmp_meta, "w", encoding="utf-8") as fh:
        json.dump(record, fh, ensure_ascii=False)
    out_fs.mv(tmp_meta, f"{out}/{meta_name(number)}")
    out_fs.mv(tmp, final)
    return PartResult(number, articles, len(errors), tuple(errors[:ERRORS_RETURNED]))


def _why(err: Exception) -> str:
    return str(err.strerror if isinstance(err, OSError) and err.strerror else err)
