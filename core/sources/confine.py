"""What a shared reader may open: only what lies inside the collection it serves.

`newsreader serve PATH` lets anyone who reaches the page type a path. `Confinement.check` is the one
place that decides whether such a path (or address) may be opened: a path is taken relative to
the collection, resolved through every symlink and `..`, and must land inside it; `file:` and
other schemes, stdin and home-directory paths are refused; a web address only when the server
was started with `--allow-web`. Every refusal is a `SourceError` with one line for the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

from core.sources.resolve import Collection, Entry, SourceError, is_url

# A Windows drive letter parses as a one-letter scheme; anything longer before a colon is a URL.
_MIN_SCHEME = 2


@dataclass(frozen=True)
class Confinement:
    """The collection a served reader may read from: `root` (a folder, or one file that is then
    the only thing it may open; None when the collection is a web feed) and whether web
    addresses may be opened."""

    root: Path | None
    allow_web: bool = False

    @classmethod
    def of(cls, path: str, allow_web: bool = False) -> Confinement:
        """The confinement of `newsreader serve PATH`: PATH itself, resolved (None for a URL)."""
        if is_url(path):
            return cls(None, allow_web)
        return cls(Path(path).resolve(), allow_web)

    def check(self, value: str) -> str:
        """What to open for `value` (a path inside the collection, absolute, or the web address
        as given); SourceError when it is outside or not allowed."""
        value = value.strip()
        if is_url(value):
            if not self.allow_web:
                raise SourceError(
                    f"{value}: web addresses are off in this shared reader "
                    "(its server was started without --allow-web)"
                )
            if not urlparse(value).hostname:
                raise SourceError(f"{value}: not a web address (no host name)")
            return value
        scheme = urlparse(value).scheme
        if len(scheme) >= _MIN_SCHEME:
            raise SourceError(f"{value}: only files inside the shared collection can be opened")
        if value == "-":
            raise SourceError("-: standard input cannot be read in a shared reader")
        if self.root is None:
            raise SourceError(f"{value}: this shared reader serves a web feed, not files")
        if value.startswith("~"):
            raise SourceError(f"{value}: give a path inside the shared collection, not from ~")
        base = self.root if self.root.is_dir() else self.root.parent
        # resolve() follows every symlink and `..`: what is checked is what would be read.
        target = (base / value).resolve()
        if not self.contains(target):
            raise SourceError(f"{value}: outside the shared collection; it cannot be opened")
        return str(target)

    def contains(self, target: Path) -> bool:
        """Whether the resolved `target` lies inside the collection (a file root: is it)."""
        if self.root is None:
            return False
        return target == self.root or (self.root.is_dir() and target.is_relative_to(self.root))

    def keeps(self, entry: Entry, web: bool) -> bool:
        """Whether a library entry may be listed: a file that resolves inside the collection (a
        symlink out is dropped), a web entry only when `web`."""
        if entry.kind in ("text", "html"):
            return self.contains(Path(entry.source).resolve())
        if entry.kind in ("url", "inline"):
            return web
        return False

    def confine(self, collection: Collection, web: bool) -> Collection:
        """`collection` without the entries it may not open (see `keeps`)."""
        kept = tuple(e for e in collection.entries if self.keeps(e, web))
        return replace(collection, entries=kept)
