"""Reading an article from a file, with one clear message for every way that can fail."""

from __future__ import annotations

from pathlib import Path

from core.model import Article

# A news article is a few thousand words; anything past this is not one (and would stall the parse).
MAX_BYTES = 5_000_000


class ArticleError(Exception):
    """An input that cannot be read as an article; str() is a one-line message for the user."""


def decode_text(data: bytes, source: str) -> str:
    """Bytes to article text, refusing what is not text rather than guessing at it."""
    if not data.strip():
        raise ArticleError(f"{source}: the file is empty")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{source}: this is a binary file, not text")
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
    return Article(source=source, text=decode_text(data, source), title=guess_title(data))


def read_file_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    """A file's bytes, refusing a folder or anything over `max_bytes` before reading it."""
    try:
        if path.is_dir():
            raise ArticleError(f"{source}: is a folder, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(
                f"{source}: {size:,} bytes is too large to read (limit {max_bytes:,})"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{source}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{source}: permission denied") from None
    except OSError as err:
        raise ArticleError(f"{source}: cannot read ({err.strerror or err})") from None


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
