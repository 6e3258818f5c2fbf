"""The article pane: one widget per paragraph, so a highlight redraws only what it touches."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.safe import plain

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    style: str


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between blank lines."""
    spans, pos = [], 0
    for mo in _PARAGRAPH_BREAK.finditer(text):
        if text[pos : mo.start()].strip():
            spans.append((pos, mo.start()))
        pos = mo.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


class Paragraph(Static):
    """One paragraph of the article; knows where it sits in the text."""

    DEFAULT_CSS = """
    Paragraph { margin: 0 0 1 0; }
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__(plain(text[start:end]), markup=False)
        self.source = text[start:end]
        self.start = start
        self.end = end
        self._highlights: tuple[Highlight, ...] = ()

    def set_highlights(self, highlights: tuple[Highlight, ...]) -> None:
        if highlights == self._highlights:
            return
        self._highlights = highlights
        rendered: Text = plain(self.source)
        for h in highlights:
            s, e = max(h.start, self.start) - self.start, min(h.end, self.end) - self.start
            if s < e:
                rendered.stylize(h.style, s, e)
        self.update(rendered)


class ArticleView(VerticalScroll, can_focus=True):
    """The article, scrollable, paragraph by paragraph."""

    DEFAULT_CSS = """
    ArticleView { padding: 0 2; }
    """

    def __init__(self, text: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.text = text

    def compose(self):  # type: ignore[override]
        for start, end in split_paragraphs(self.text):
            yield Paragraph(self.text, start, end)

    def show_highlights(self, highlights: list[Highlight]) -> None:
        """Apply highlights; paragraphs whose highlights did not change are not redrawn."""
        for para in self.query(Paragraph):
            mine = tuple(h for h in highlights if h.start < para.end and para.start < h.end)
            para.set_highlights(mine)
