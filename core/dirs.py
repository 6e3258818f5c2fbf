"""Where newsreader keeps what it can rebuild: the analysis cache, the name index.

At the bottom of the package so any layer may ask (the actors' name index as much as the
corpus cache) without importing what sits above it."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DIR = "NEWSREADER_CACHE_DIR"


def cache_dir() -> Path:
    """$NEWSREADER_CACHE_DIR, else the platform's cache folder for newsreader."""
    override = os.environ.get(ENV_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("newsreader", appauthor=False))
