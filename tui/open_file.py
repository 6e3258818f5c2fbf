"""Open another article: a path prompt read through core.sources (text or HTML files)."""

from __future__ import annotations

import os

from core.model import Article
from core.sources import Collection, SourceError, is_url, resolve
from tui.prompt import PathPrompt


class OpenFileScreen(PathPrompt[Article]):
    """Ask for a text or HTML file and return it read as an Article (errors stay in the prompt)."""

    def __init__(self, value: str = "") -> None:
        super().__init__(
            "Open an article", value, "A UTF-8 text or HTML file. Enter: open, Esc: cancel."
        )

    def accept(self, value: str) -> Article:
        value = value.strip()
        if is_url(value):
            # A download could keep the prompt waiting for up to its time limit.
            raise ValueError(f"open web pages and feeds from the command line: newsreader {value}")
        try:
            resolved = resolve(os.path.expanduser(value), describe=False)
        except SourceError as err:
            raise ValueError(str(err)) from None
        if isinstance(resolved, Collection):
            raise ValueError(f"{value}: a {resolved.kind}; start newsreader with it to browse it")
        return resolved.article
