"""Open another article: a prompt for a path (text or HTML file, folder, feed file) or a web
address (a page or a feed).

A file or folder is read by the prompt in a worker, never on the UI thread (a 5 MB page takes
seconds to extract, a folder of thousands of articles to list): the prompt says "Opening …" and
stays usable (Esc cancels), and an error stays in it to correct. A web address is only checked
here: the download can take up to its time limit, so the app runs it in a worker
(`NewsReaderApp.fetch_url`) while the reader stays usable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlparse

from textual import on, work
from textual.widgets import Input, Static

from core.model import Article
from core.sources.resolve import Collection, SourceError, is_url, resolve
from tui.background import in_daemon_thread
from tui.safe import content
from tui.screens.prompts import PathPrompt


@dataclass(frozen=True)
class WebAddress:
    """An http(s) address to download in the background: a page or a feed."""

    url: str


Opening = Article | Collection | WebAddress


class OpenFileScreen(PathPrompt[Opening]):
    """Ask for a file, folder or web address; a file comes back read (errors stay in the prompt),
    a folder or feed file as its Collection, a web address as itself, to fetch."""

    def __init__(self, value: str = "") -> None:
        super().__init__(
            "Open an article",
            value,
            "A text or HTML file, a folder or feed file, or an http(s) address of a page or "
            "feed. Enter: open, Esc: cancel.",
        )

    def accept(self, value: str) -> Opening:
        """What `value` opens; ValueError with the reason. Run in a worker's thread (it reads
        the file), never on the UI thread: it touches no widget."""
        value = value.strip()
        if value == "-":
            # The reader's keys come from the terminal; reading stdin here would wait on it
            # for ever (and a file is only read once its kind is known: a FIFO is refused).
            raise ValueError(
                "-: standard input cannot be opened from inside the reader; pipe it in when "
                "starting: … | newsreader -"
            )
        if is_url(value):
            if not urlparse(value).hostname:
                raise ValueError(f"{value}: not a web address (no host name)")
            return WebAddress(value)
        try:
            # A folder is listed with its titles and dates, as when newsreader starts on it.
            resolved = resolve(os.path.expanduser(value))
        except SourceError as err:
            raise ValueError(str(err)) from None
        if isinstance(resolved, Collection):
            return resolved
        return resolved.article

    @on(Input.Submitted)
    def _open(self, event: Input.Submitted) -> None:
        # Instead of the prompt's own handler, which would call `accept` here, on the UI thread.
        event.prevent_default()
        event.stop()
        value = event.value.strip()
        if not value:
            return
        self.query_one(".error", Static).update("")
        self.query_one(".hint", Static).update(content(f"Opening {value} …", "italic"))
        self.read(value)

    @work(exclusive=True, group="open-file")
    async def read(self, value: str) -> None:
        try:
            opening = await in_daemon_thread(lambda: self.accept(value), name="newsreader-open")
        except ValueError as err:
            self._failed(str(err))
        except Exception as err:  # a bug must not take the app down; say what it was
            self._failed(f"{value}: {type(err).__name__}: {err}")
        else:
            self.finish(opening)

    def _failed(self, reason: str) -> None:
        self.query_one(".hint", Static).update(content(self.hint))
        self.query_one(".error", Static).update(content(reason))
