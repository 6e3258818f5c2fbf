"""The reader as a browser session runs it: `o` opens only what `Confinement` allows, `e` hands
the export to the browser as a download, `y` copies to the browser's clipboard only.

Nothing here writes the server's disk or starts a program: a session can read the collection
and nothing else.
"""

from __future__ import annotations

import io

from core.export import default_download_name, download_name, export_text
from core.model import Article
from core.sources.confine import Confinement
from core.sources.resolve import Collection, SourceError, is_url, resolve
from tui.app import NewsReaderApp, default_analyzer
from tui.safe import visible
from tui.screens.open import OpenFileScreen, Opening, WebAddress
from tui.screens.prompts import PathPrompt
from tui.screens.reader import Analyzer, ReaderScreen


class ConfinedOpenScreen(OpenFileScreen):
    """`o` in a shared reader: what `Confinement.check` refuses stays in the prompt as its
    one-line reason."""

    def __init__(self, confinement: Confinement) -> None:
        super().__init__()
        self.confinement = confinement

    def accept(self, value: str) -> Opening:
        try:
            allowed = self.confinement.check(value)
        except SourceError as err:
            raise ValueError(str(err)) from None
        if is_url(allowed):
            return WebAddress(allowed)
        try:
            resolved = resolve(allowed)
        except SourceError as err:
            # Named as typed: the page need not show where the collection lies on the server.
            raise ValueError(str(err).replace(allowed, value.strip())) from None
        if isinstance(resolved, Collection):
            return resolved
        return resolved.article


class DownloadPrompt(PathPrompt[str]):
    """`e` in a shared reader: the name the browser saves the export under (no path: nothing is
    written on the server, so there is nothing to overwrite)."""

    def __init__(self, value: str) -> None:
        super().__init__(
            "Download the analysis as",
            value,
            "Ends in .md: Markdown; anything else: JSON. Your browser saves it. "
            "Enter: download, Esc: cancel.",
        )

    def accept(self, value: str) -> str:
        return download_name(value)


class ServedReaderScreen(ReaderScreen):
    def action_copy_quote(self) -> None:
        text = self.selected_quote_text()
        if text is None:
            return
        # OSC 52, which the page's terminal hands to the browser's clipboard; never to a file.
        self.app.copy_to_clipboard(text)
        self.notify(visible(text[:160]), title="Copied to your clipboard", markup=False)

    def action_export(self) -> None:
        if self.analysis is None:
            self.notify("The analysis is not ready yet", severity="warning")
            return
        self.app.push_screen(
            DownloadPrompt(default_download_name(self.article.source)), self._deliver
        )

    def _deliver(self, name: str | None) -> None:
        if not name or self.analysis is None:
            return
        if not self.app.is_web:
            # Outside a browser Textual would save to the server's Downloads folder instead.
            self.notify("Not in a browser: nothing exported", severity="error")
            return
        body, fmt = export_text(self.analysis, name)
        mime = "text/markdown" if fmt == "markdown" else "application/json"
        self.app.deliver_text(io.StringIO(body), save_filename=name, mime_type=mime)
        self.notify(visible(f"{name} ({fmt})"), title="Download started", markup=False)


class ServedApp(NewsReaderApp):
    """The reader of one browser session, confined to the served collection."""

    reader_screen = ServedReaderScreen

    def __init__(
        self,
        article: Article,
        confinement: Confinement,
        *,
        collection: Collection | None = None,
        analyzer: Analyzer = default_analyzer,
    ) -> None:
        # The served PATH is the operator's choice: its web entries (a feed's) open as listed;
        # a file in it that resolves outside (a symlink out) is dropped all the same.
        if collection is not None:
            collection = confinement.confine(collection, web=True)
        super().__init__(article, collection=collection, analyzer=analyzer)
        self.confinement = confinement

    def action_open(self) -> None:
        self.push_screen(ConfinedOpenScreen(self.confinement), self._opened)

    def browse(self, collection: Collection) -> None:
        super().browse(self.confinement.confine(collection, web=self.confinement.allow_web))

    def action_suspend_process(self) -> None:
        """No suspending into a shell: there is none behind a browser session."""
