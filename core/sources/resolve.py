"""Where articles come from: a file, a folder, stdin, a web page or a feed.

`resolve(arg)` turns what the user typed into either one opened article (`Opened`) or a list of
articles to open on demand (`Collection`, for a folder or a feed). `iter_articles(inputs)` streams
every article of a list of inputs for `newsreader extract`. Every way this can fail is a
`SourceError` whose str() is one line for the user; nothing here raises anything else.

Libraries: httpx fetches (timeouts, streaming so the size cap holds), trafilatura finds the article
in a web page with its title, author and date, feedparser reads RSS and Atom. Nothing is fetched
but the URL asked for (and, for a feed, each entry's link when it is opened).
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Literal
from urllib.parse import urlparse

from core import __version__
from core.model import Article
from core.sources.files import (
    MAX_BYTES,
    ArticleError,
    decode_text,
    guess_title,
    read_article,
    read_capped,
    read_file_bytes,
    refuse_non_text,
    seed_paths,
)

# A web page carries scripts and markup around the article: allow more than for a text file.
MAX_DOWNLOAD = 10_000_000
# Seconds. No single wait (connecting, or between two pieces of the answer) lasts longer than
# READ_TIMEOUT, and a download is abandoned once it has taken TOTAL_TIMEOUT.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
# Past the total, how long the in-thread deadline check may take to report before we stop waiting.
_GRACE = 0.5
# Fewer words than this after extraction is a menu, a paywall or an error page, not an article.
MIN_WORDS = 15

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/xml",
    "text/xml",
)
_TEXT_TYPES = ("text/plain",)
_LISTING_TITLE = 100
_DATE_IN_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})")

# trafilatura and htmldate log their doubts about a page; we report the outcome ourselves, and a
# stray log line would land in the middle of the reader's screen or the `extract` stderr contract.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

EntryKind = Literal["text", "html", "url", "inline", "stdin"]


class SourceError(ArticleError):
    """An input that gives no article; str() is one line naming the input and the reason."""


@dataclass(frozen=True)
class Entry:
    """One article a library lists: enough to show it, and to open it when asked."""

    source: str  # the path or URL as given; becomes Article.source
    kind: EntryKind
    title: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) when known
    author: str | None = None
    origin: str = ""  # where it was listed: a folder, a feed's title, "seed"
    # A feed entry's own HTML, read when the entry has no link to fetch.
    content: str | None = None

    @property
    def where(self) -> str:
        """A short name for where it comes from: a web site or a file name."""
        if self.kind in ("url", "inline"):
            return urlparse(self.source).hostname or self.source
        if self.kind == "stdin":
            return "stdin"
        return Path(self.source).name


@dataclass(frozen=True)
class Opened:
    """An article and what is known about it (its entry, with title, author and date filled in)."""

    article: Article
    entry: Entry


@dataclass(frozen=True)
class Collection:
    """A folder or a feed: a title and the entries it lists, none of them opened yet."""

    source: str
    kind: Literal["folder", "feed"]
    title: str
    entries: tuple[Entry, ...]


Resolved = Opened | Collection


def is_url(arg: str) -> bool:
    return urlparse(arg).scheme.lower() in ("http", "https")


def _one_line(text: object, limit: int = 160) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Fetching


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # the media type, lower case, "" when the server named none
    charset: str | None
    body: bytes


@dataclass(frozen=True)
class Fetcher:
    """Downloads one URL with a time limit and a size cap; every failure is a SourceError."""

    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    total_timeout: float = TOTAL_TIMEOUT
    max_bytes: int = MAX_DOWNLOAD

    def get(self, url: str) -> Fetched:
        """Download `url`; returns or raises within `total_timeout` seconds, whatever the network
        does (a stalled DNS lookup included): the download runs in a daemon thread, and one that
        is still going at the deadline is abandoned (it ends at its own next timeout)."""
        outcome: list[Fetched | BaseException] = []

        def work() -> None:
            try:
                outcome.append(self._get(url))
            except BaseException as err:  # handed to the caller's thread, raised there
                outcome.append(err)

        worker = threading.Thread(target=work, name="newsreader-fetch", daemon=True)
        worker.start()
        worker.join(self.total_timeout + _GRACE)
        if not outcome:
            raise SourceError(f"{url}: gave up, no page within {self.total_timeout:g} s")
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _get(self, url: str) -> Fetched:
        import httpx

        timeout = httpx.Timeout(
            min(self.read_timeout, self.total_timeout),
            connect=min(self.connect_timeout, self.total_timeout),
        )
        headers = {
            "User-Agent": f"newsreader/{__version__}",
            "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
            "application/atom+xml, application/xml;q=0.9, text/plain;q=0.8",
            "Accept-Encoding": ", ".join(_DECODERS),  # only what `decoded` can undo
        }
        deadline = time.monotonic() + self.total_timeout
        try:
            with (
                httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client,
                client.stream("GET", url) as resp,
            ):
                if resp.status_code >= 400:
                    reason = resp.reason_phrase or "error"
                    raise SourceError(
                        f"{url}: the server answered HTTP {resp.status_code} {reason}"
                    )
                content_type, charset = _media_type(resp.headers.get("content-type", ""))
                if content_type and not _readable_type(content_type):
                    raise SourceError(
                        f"{url}: not a web page or feed (content type {_one_line(content_type)})"
                    )
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise SourceError(self._too_large(url, int(declared)))
                chunks: list[bytes] = []
                size = 0
                # Decoded here, a piece at a time, so the cap holds on what the encodings unpack
                # to as it is unpacked: httpx would inflate a whole chunk at once, and a stacked
                # `gzip, gzip` turns 2 KB on the wire into gigabytes in one chunk.
                encodings = resp.headers.get("content-encoding", "")
                for chunk in decoded(resp.iter_raw(), encodings, url):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise SourceError(self._too_large(url, size, at_least=True))
                    if time.monotonic() > deadline:
                        raise SourceError(
                            f"{url}: gave up, the download took over {self.total_timeout:g} s"
                        )
                    chunks.append(chunk)
                return Fetched(str(resp.url), content_type, charset, b"".join(chunks))
        except SourceError:
            raise
        except httpx.ConnectTimeout:
            raise SourceError(
                f"{url}: no connection within {timeout.connect:g} s (host unreachable?)"
            ) from None
        except httpx.TimeoutException:
            raise SourceError(
                f"{url}: the server did not answer within {timeout.read:g} s"
            ) from None
        except httpx.ConnectError as err:
            raise SourceError(f"{url}: cannot connect ({_one_line(err) or 'refused'})") from None
        except httpx.TooManyRedirects:
            raise SourceError(f"{url}: too many redirects") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
            raise SourceError(f"{url}: not a valid web address ({_one_line(err)})") from None
        except httpx.HTTPError as err:
            raise SourceError(
                f"{url}: download failed ({type(err).__name__}: {_one_line(err)})"
            ) from None
        except (ValueError, UnicodeError) as err:
            # httpx raises these for malformed URLs and headers before any request is made
            raise SourceError(f"{url}: not a valid web address ({_one_line(err)})") from None

        except zlib.error as err:
            raise SourceError(f"{url}: the server's compressed answer is damaged ({err})") from None

    def _too_large(self, url: str, size: int, at_least: bool = False) -> str:
        if at_least:
            return f"{url}: too large to read, over the limit of {self.max_bytes:,} bytes"
        return f"{url}: {size:,} bytes is too large to read (limit {self.max_bytes:,})"


# Output of one decompression step at a time: what the size cap counts as it goes.
_PIECE = 1 << 16


def _inflate(chunks: Iterator[bytes], wbits: int) -> Iterator[bytes]:
    """Undo one gzip or deflate layer lazily, never more than _PIECE bytes per step."""
    d = None
    for chunk in chunks:
        data = chunk
        while data:
            if d is None:
                if wbits == _DEFLATE and not _zlib_header(data):
                    wbits = -zlib.MAX_WBITS  # servers send raw deflate as "deflate" too
                d = zlib.decompressobj(wbits)
            out = d.decompress(data, _PIECE)
            if out:
                yield out
            data = d.unconsumed_tail
            if d.eof:  # gzip allows several members, one after another
                data, d = d.unused_data, None
    if d is not None and (tail := d.flush()):
        yield tail


_DEFLATE = zlib.MAX_WBITS


def _zlib_header(data: bytes) -> bool:
    # A zlib stream opens with a CMF byte of method 8, and its first two bytes are a multiple
    # of 31 read as one number.
    return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0


_DECODERS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": _DEFLATE}


def decoded(raw: Iterator[bytes], content_encoding: str, url: str) -> Iterator[bytes]:
    """The body through every layer `Content-Encoding` names (last applied, first undone),
    lazily: each layer hands on at most _PIECE bytes at a time, however much it unpacks to."""
    stream = raw
    for name in reversed([e.strip().lower() for e in content_encoding.split(",") if e.strip()]):
        if name == "identity":
            continue
        if name not in _DECODERS:
            raise SourceError(f"{url}: sent in an encoding this reader cannot undo ({name})")
        stream = _inflate(stream, _DECODERS[name])
    return stream


def _media_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return parts[0].lower(), charset


def _readable_type(content_type: str) -> bool:
    return (
        content_type in _HTML_TYPES
        or content_type in _FEED_TYPES
        or content_type in _TEXT_TYPES
        or content_type.endswith("+xml")
    )


def _looks_like_feed(head: bytes) -> bool:
    low = head[:2048].lower()
    return (b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low) and b"<html" not in low


def _looks_like_html(head: bytes) -> bool:
    low = head[:2048].lstrip().lower()
    return low.startswith((b"<!doctype html", b"<html")) or b"<body" in low


# ---------------------------------------------------------------------------------------------
# Turning bytes into articles


def article_from_html(html: str | bytes, entry: Entry, url: str | None = None) -> Opened:
    """The main text of a web page, with its title, author and date where the page gives them."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as err:  # a third-party parser on arbitrary input: any failure is "no text"
        raise SourceError(
            f"{entry.source}: cannot read this page ({type(err).__name__}: {_one_line(err, 80)})"
        ) from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    # One paragraph a line from trafilatura; the reader's paragraphs are separated by blank lines.
    paragraphs = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    text = "\n\n".join(paragraphs)
    if len(text.split()) < MIN_WORDS:
        raise SourceError(f"{entry.source}: no article text found on this page")
    if len(text) > MAX_BYTES:  # the same bound as for a text file: past it, not one article
        raise SourceError(f"{entry.source}: the page's text is too long for one article")
    title = _clean(getattr(doc, "title", None)) or entry.title
    opened_entry = replace(
        entry,
        title=title,
        author=_clean(getattr(doc, "author", None)) or entry.author,
        date=_clean(getattr(doc, "date", None)) or entry.date,
    )
    return Opened(Article(source=entry.source, text=text, title=title), opened_entry)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    flat = " ".join(value.split())
    return flat or None


def _decode_html(body: bytes, charset: str | None) -> str | bytes:
    """Honour the server's charset; without one, trafilatura sniffs the page's own declaration."""
    if charset:
        try:
            return body.decode(charset, errors="replace")
        except LookupError:
            pass
    return body


def article_from_text(data: bytes, entry: Entry, charset: str | None = None) -> Opened:
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
        try:
            data = data.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            raise SourceError(f"{entry.source}: not valid {charset} text") from None
    try:
        text = decode_text(data, entry.source)
    except ArticleError as err:
        raise SourceError(str(err)) from None
    title = guess_title(data) or entry.title
    return Opened(Article(source=entry.source, text=text, title=title), replace(entry, title=title))


def collection_from_feed(
    data: bytes, source: str, base_url: str | None = None, content_type: str = ""
) -> Collection:
    """The entries of an RSS or Atom feed; each opens its link (or its own content) on demand."""
    import feedparser

    try:
        # A file object, never a string: given a string feedparser would open it as a URL or path.
        headers = {"content-type": content_type or "application/xml"}
        if base_url:
            headers["content-location"] = base_url  # relative links resolve against it
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as err:  # feedparser on arbitrary bytes: any failure is "not a feed"
        raise SourceError(f"{source}: not a readable feed ({_one_line(err, 80)})") from None
    if not parsed.entries:
        if parsed.get("version"):
            raise SourceError(f"{source}: the feed lists no articles")
        why = _one_line(parsed.get("bozo_exception") or "no RSS or Atom found", 80)
        raise SourceError(f"{source}: not a readable feed ({why})")
    title = _clean(parsed.feed.get("title")) or source
    entries = []
    for i, e in enumerate(parsed.entries):
        link = e.get("link") or ""
        content = None
        if e.get("content"):
            content = e.content[0].get("value")
        content = content or e.get("summary")
        common = {
            "title": _clean(e.get("title")),
            "date": _feed_date(e),
            "author": _clean(e.get("author")),
            "origin": title,
            "content": content,
        }
        if is_url(link):
            entries.append(Entry(source=link, kind="url", **common))
        else:
            entries.append(
                Entry(source=f"{source}#{e.get('id') or i + 1}", kind="inline", **common)
            )
    return Collection(source=source, kind="feed", title=title, entries=tuple(entries))


def _feed_date(e: object) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = getattr(e, "get", lambda _k: None)(key)
        if t:
            try:
                return time.strftime("%Y-%m-%d", t)
            except (TypeError, ValueError):
                continue
    return None


# ---------------------------------------------------------------------------------------------
# Files, folders, stdin


def _read_file(path: Path, source: str, limit: int) -> bytes:
    try:
        return read_file_bytes(path, source, limit)
    except ArticleError as err:
        raise SourceError(str(err)) from None


def _html_file(entry: Entry) -> Opened:
    data = _read_file(Path(entry.source), entry.source, MAX_DOWNLOAD)
    try:
        refuse_non_text(data, entry.source, "a web page")
    except ArticleError as err:
        raise SourceError(str(err)) from None
    return article_from_html(data, entry)


def read_stdin(stream: BinaryIO | None = None, limit: int = MAX_BYTES) -> Opened:
    """All of stdin as one article: plain text, or a web page when it starts like one."""
    entry = Entry(source="-", kind="stdin", origin="stdin")
    if stream is None:
        stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        raise SourceError("-: there is no standard input")
    try:
        data = read_capped(stream, limit)
    except OSError as err:
        raise SourceError(f"-: cannot read standard input ({err.strerror or err})") from None
    if data is None:
        raise SourceError(f"-: standard input is over {limit:,} bytes, too large for one article")
    if not data.strip():
        raise SourceError("-: standard input is empty")
    if _looks_like_html(data):
        return article_from_html(data, entry)
    return article_from_text(data, entry)


def _file_date(path: Path) -> str | None:
    m = _DATE_IN_NAME.match(path.name)
    if m:
        return m.group(1)
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).strftime("%Y-%m-%d")
    except OSError:
        return None


def _title_of_file(path: Path, kind: EntryKind) -> str | None:
    """A cheap title for a listing: the first line of a text file, the <title> of a page."""
    try:
        with path.open("rb") as f:
            head = f.read(65536 if kind == "html" else 2048)
    except OSError:
        return None
    if kind == "text":
        # A first line too long for a headline (a dateline and lead) still names the article.
        first = head.decode("utf-8", errors="replace").lstrip("\ufeff").strip().split("\n")[0]
        short = _clean(first[:_LISTING_TITLE])
        return guess_title(head) or (short + "…" if short else None)
    m = re.search(rb"<title[^>]*>(.*?)</title>", head, re.I | re.S)
    if not m:
        return None
    import html

    return _clean(html.unescape(m.group(1).decode("utf-8", errors="replace")))


def file_entry(path: str | Path, origin: str = "", describe: bool = True) -> Entry:
    p = Path(path)
    kind: EntryKind = "html" if p.suffix.lower() in HTML_SUFFIXES else "text"
    if not describe:
        return Entry(source=str(path), kind=kind, origin=origin)
    return Entry(
        source=str(path),
        kind=kind,
        title=_title_of_file(p, kind),
        date=_file_date(p),
        origin=origin,
    )


def list_folder(path: str | Path, describe: bool = True) -> Collection:
    """The articles in a folder (.txt and .html files, sorted by name); none are read yet
    except, when `describe`, their first bytes for a title."""
    source = str(path)
    p = Path(path)
    try:
        files = sorted(
            f
            for f in p.iterdir()
            if f.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES and f.is_file()
        )
    except PermissionError:
        raise SourceError(f"{source}: permission denied") from None
    except OSError as err:
        raise SourceError(f"{source}: cannot list this folder ({err.strerror or err})") from None
    if not files:
        raise SourceError(f"{source}: no articles (.txt or .html files) in this folder")
    entries = tuple(file_entry(f, origin=source, describe=describe) for f in files)
    return Collection(
        source=source, kind="folder", title=p.resolve().name or source, entries=entries
    )


def seed_entries() -> tuple[Entry, ...]:
    """The bundled seed articles, as the library always lists them."""
    return tuple(file_entry(p, origin="seed") for p in seed_paths())


# ---------------------------------------------------------------------------------------------
# The entry points


def resolve(arg: str, fetcher: Fetcher | None = None, describe: bool = True) -> Resolved:
    """What the user named, as one opened article or a collection to open on demand."""
    if arg == "-":
        return read_stdin()
    if is_url(arg):
        return _resolve_url(arg, fetcher or environment_fetcher())
    p = Path(arg)
    if p.is_dir():
        return list_folder(arg, describe=describe)
    suffix = p.suffix.lower()
    if suffix in FEED_SUFFIXES:
        data = _read_file(p, arg, MAX_DOWNLOAD)
        if not data.strip():
            raise SourceError(f"{arg}: the file is empty")
        return collection_from_feed(data, arg)
    if suffix in HTML_SUFFIXES:
        return _html_file(Entry(source=arg, kind="html"))
    return open_entry(Entry(source=arg, kind="text"))


def _resolve_url(url: str, fetcher: Fetcher, entry: Entry | None = None) -> Resolved:
    fetched = fetcher.get(url)
    entry = entry or Entry(source=url, kind="url")
    ctype, body = fetched.content_type, fetched.body
    if not body.strip():
        raise SourceError(f"{url}: the page is empty")
    if ctype in _HTML_TYPES:
        if _looks_like_feed(body):  # some servers label their feeds text/html
            return collection_from_feed(body, url, fetched.url)
        return article_from_html(_decode_html(body, fetched.charset), entry, fetched.url)
    if ctype in _FEED_TYPES or ctype.endswith("+xml"):
        return collection_from_feed(body, url, fetched.url, ctype)
    if ctype in _TEXT_TYPES:
        return article_from_text(body, entry, fetched.charset)
    # No content type: judge by the first bytes.
    if _looks_like_feed(body):
        return collection_from_feed(body, url, fetched.url, ctype)
    if _looks_like_html(body):
        return article_from_html(_decode_html(body, fetched.charset), entry, fetched.url)
    return article_from_text(body, entry, fetched.charset)


def open_entry(entry: Entry, fetcher: Fetcher | None = None) -> Opened:
    """Read one listed article now (for a web entry, this is when it is downloaded)."""
    if entry.kind == "text":
        try:
            article = read_article(entry.source)
        except SourceError:
            raise
        except ArticleError as err:
            raise SourceError(str(err)) from None
        return Opened(article, replace(entry, title=article.title or entry.title))
    if entry.kind == "html":
        return _html_file(entry)
    if entry.kind == "inline":
        if not entry.content:
            raise SourceError(f"{entry.source}: this feed entry has no link and no text")
        return article_from_html(entry.content, entry)
    if entry.kind == "url":
        resolved = _resolve_url(entry.source, fetcher or environment_fetcher(), entry)
        if isinstance(resolved, Collection):
            raise SourceError(f"{entry.source}: is a feed, not an article")
        return resolved
    raise SourceError(f"{entry.source}: cannot be opened again; it was read once from stdin")


def is_single(inputs: list[str]) -> bool:
    """Whether the inputs name one article (so `extract` can print one JSON object).
    A URL counts as one; it may still turn out to be a feed."""
    if len(inputs) != 1:
        return False
    arg = inputs[0]
    if arg == "-" or is_url(arg):
        return True
    p = Path(arg)
    return not p.is_dir() and p.suffix.lower() not in FEED_SUFFIXES


# A feed in `extract`: its entries are fetched FEED_WORKERS at a time, at most FEED_ENTRIES of
# them (--max-entries), and the feed as a whole gives up after FEED_TIMEOUT seconds
# (NEWSREADER_FEED_TIMEOUT); whatever is skipped is said.
FEED_WORKERS = 4
FEED_ENTRIES = 500
FEED_TIMEOUT = 600.0


def iter_articles(
    inputs: Iterable[str], fetcher: Fetcher | None = None, max_entries: int = FEED_ENTRIES
) -> Iterator[Article | SourceError]:
    """Every article the inputs name, in order, each as soon as it is read; an input that fails
    (or a feed entry that does) is yielded as its SourceError and the rest go on."""
    fetcher = fetcher or environment_fetcher()
    for arg in inputs:
        try:
            resolved = resolve(arg, fetcher, describe=False)
        except SourceError as err:
            yield err
            continue
        if isinstance(resolved, Opened):
            yield resolved.article
        elif resolved.kind == "folder":
            for entry in resolved.entries:
                try:
                    yield open_entry(entry, fetcher).article
                except SourceError as err:
                    yield err
        else:
            yield from _feed_articles(resolved, fetcher, max_entries)


def _feed_articles(
    feed: Collection, fetcher: Fetcher, max_entries: int
) -> Iterator[Article | SourceError]:
    """A feed's entries, fetched a few at a time in daemon threads (a stalled server holds up
    one of them, and quitting never waits for it), in the feed's order, within the feed's
    deadline; entries past --max-entries or the deadline are skipped, and said so."""
    entries = feed.entries[:max_entries]
    deadline = time.monotonic() + feed_timeout()
    done: dict[int, Article | SourceError] = {}
    cond = threading.Condition()
    state = {"next": 0, "taken": 0, "stop": False}

    def work() -> None:
        while True:
            with cond:
                # Never run far ahead of the reader: at most two articles a thread in memory.
                while state["next"] >= state["taken"] + 2 * FEED_WORKERS and not state["stop"]:
                    cond.wait()
                if state["stop"] or state["next"] >= len(entries):
                    return
                i = state["next"]
                state["next"] += 1
            try:
                got: Article | SourceError = open_entry(entries[i], fetcher).article
            except SourceError as err:
                got = err
            except Exception as err:  # a bug in one entry's parsing must not sink the feed
                got = SourceError(f"{entries[i].source}: {type(err).__name__}: {_one_line(err)}")
            with cond:
                done[i] = got
                cond.notify_all()

    for _ in range(min(FEED_WORKERS, len(entries))):
        threading.Thread(target=work, name="newsreader-feed", daemon=True).start()
    try:
        for i in range(len(entries)):
            with cond:
                while i not in done:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    cond.wait(left)
                got = done.pop(i, None)
                state["taken"] = i + 1
                cond.notify_all()
            if got is None:
                yield SourceError(
                    f"{feed.source}: {len(entries) - i:,} entries skipped: the feed took over "
                    f"{feed_timeout():g} s (NEWSREADER_FEED_TIMEOUT)"
                )
                return
            yield got
    finally:
        with cond:
            state["stop"] = True
            cond.notify_all()
    if len(feed.entries) > max_entries:
        yield SourceError(
            f"{feed.source}: {len(feed.entries) - max_entries:,} more entries skipped "
            f"(--max-entries {max_entries:,})"
        )


def feed_timeout() -> float:
    """NEWSREADER_FEED_TIMEOUT in seconds (FEED_TIMEOUT when unset); SettingError out of range."""
    return seconds_setting("NEWSREADER_FEED_TIMEOUT", FEED_TIMEOUT, "a whole feed's time limit")


def seconds_setting(name: str, default: float, what: str) -> float:
    """The environment's `name` in seconds (`default` when unset); SettingError out of range."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        seconds = float(raw)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds <= _MAX_SECONDS:  # also refuses nan and inf
        raise SettingError(
            f"{name}={raw}: give {what} in seconds, more than 0 and at most {_MAX_SECONDS:,.0f}"
        )
    return seconds


# The range a setting in seconds may take: past a day, a "timeout" is a hang.
_MAX_SECONDS = 86_400.0


class SettingError(ValueError):
    """An environment setting out of range; str() is one line naming it and what it takes."""


def environment_fetcher() -> Fetcher:
    """A Fetcher with NEWSREADER_TIMEOUT (seconds, the whole download) and NEWSREADER_MAX_BYTES
    applied when they are set; a value that is not a number in range is a SettingError."""
    kw: dict[str, float | int] = {}
    feed_timeout()  # checked with the others, before any download
    if os.environ.get("NEWSREADER_TIMEOUT", "").strip():
        seconds = seconds_setting("NEWSREADER_TIMEOUT", TOTAL_TIMEOUT, "the download's time limit")
        kw["total_timeout"] = seconds
        kw["read_timeout"] = min(READ_TIMEOUT, seconds)
        kw["connect_timeout"] = min(CONNECT_TIMEOUT, seconds)
    m = os.environ.get("NEWSREADER_MAX_BYTES", "").strip()
    if m:
        if not m.isdigit() or not 0 < int(m) <= 1 << 40:
            raise SettingError(
                f"NEWSREADER_MAX_BYTES={m}: give the download size cap in bytes (a whole number "
                "above 0)"
            )
        kw["max_bytes"] = int(m)
    return Fetcher(**kw)  # type: ignore[arg-type]
