"""Open another article: a path prompt read through core.reader (swappable for a library screen)."""

from __future__ import annotations

import os

from core.model import Article
from core.reader import ArticleError, read_article
from tui.prompt import PathPrompt


class OpenFileScreen(PathPrompt[Article]):
    """Ask for a UTF-8 text file and return it read as an Article (errors stay in the prompt)."""

    def __init__(self, value: str = "") -> None:
        super().__init__("Open an article", value, "A UTF-8 text file. Enter: open, Esc: cancel.")

    def accept(self, value: str) -> Article:
        try:
            return read_article(os.path.expanduser(value))
        except ArticleError as err:
            raise ValueError(str(err)) from None
