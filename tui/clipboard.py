"""Copying a quote: to the terminal's clipboard (OSC 52) and, as a fallback, to a file."""

from __future__ import annotations

import os
from pathlib import Path

from core.model import Analysis, Quote


def quote_with_speaker(quote: Quote, analysis: Analysis) -> str:
    speaker = analysis.actor(quote.speaker)
    who = speaker.name if speaker else "unattributed"
    return f"“{' '.join(quote.text.split())}” — {who}"


def fallback_dir() -> Path:
    """Where copies are also saved: many terminals ignore OSC 52 (or a multiplexer eats it)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsreader"


def save_copy(text: str, folder: Path | None = None) -> Path | None:
    """Write `text` to `folder`/last-copied.txt; None when that cannot be written."""
    folder = folder or fallback_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "last-copied.txt"
        path.write_text(text + "\n", encoding="utf-8")
    except OSError:
        return None
    return path
