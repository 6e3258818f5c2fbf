"""Copying a quote: to the terminal's clipboard (OSC 52) and, as a fallback, to a file."""

from __future__ import annotations

import os
from pathlib import Path

from core.display import visible
from core.model import Analysis, Quote
from core.writing import write_atomic


def quote_with_speaker(quote: Quote, analysis: Analysis) -> str:
    speaker = analysis.actor(quote.speaker)
    who = speaker.name if speaker else "unattributed"
    # Pasted into a terminal, a control character in the quote would act: copy its symbol.
    return visible(f"“{' '.join(quote.text.split())}” — {' '.join(who.split())}")


def fallback_dir() -> Path:
    """Where copies are also saved: many terminals ignore OSC 52 (or a multiplexer eats it)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsreader"


def save_copy(text: str, folder: Path | None = None) -> Path | None:
    """Write `text` to `folder`/last-copied.txt; None when that cannot be written."""
    folder = folder or fallback_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = write_atomic(folder / "last-copied.txt", text + "\n")
    except OSError:
        return None
    return path
