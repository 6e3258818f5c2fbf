"""Starting the reader on the fixed fixture analysis, and reading what it shows."""

from __future__ import annotations

from core.model import Analysis
from tests.support.tui_fixture import fixture_analysis
from tui.app import NewsReaderApp
from tui.widgets.article import ArticleView, Paragraph


def fixture_app(analysis: Analysis | None = None, **kw: object) -> NewsReaderApp:
    analysis = analysis or fixture_analysis()
    return NewsReaderApp(analysis.article, analyzer=lambda _article: analysis, **kw)  # type: ignore[arg-type]


async def ready(app: NewsReaderApp, pilot) -> None:
    """Wait for the analysis worker and the messages it posted."""
    await app.workers.wait_for_complete()
    await pilot.pause()


def styles_at(app: NewsReaderApp, offset: int) -> list[str]:
    """The highlight styles the article paints at this offset of the text."""
    para = app.query_one(ArticleView).paragraph_at(offset)
    assert para is not None
    return [h.style for h in para._highlights if h.start <= offset < h.end]


def current_paragraph(app: NewsReaderApp) -> Paragraph | None:
    """The paragraph the article marks as the one the reader is on."""
    return app.query_one(ArticleView).current


def visible_in_article(app: NewsReaderApp, offset: int) -> bool:
    """Whether the paragraph holding `offset` is within the article's scrolled window."""
    view = app.query_one(ArticleView)
    para = view.paragraph_at(offset)
    assert para is not None
    top, bottom = view.scroll_y, view.scroll_y + view.scrollable_content_region.height
    region = para.virtual_region
    return top <= region.y + para.line_of(offset) < bottom


def text_cell(app: NewsReaderApp, offset: int, into: int = 0) -> tuple[int, int]:
    """Where the article shows `offset` of the text (`into` cells further on), as an offset into
    the article widget for Pilot's click: the padding, the mark column, then the line's text."""
    view = app.query_one(ArticleView)
    para = view.paragraph_at(offset)
    assert para is not None
    line = para.line_of(offset)
    line_start = para.start + (para._line_ends(para.width)[line - 1] if line else 0)
    column = (
        len(para.source[line_start - para.start : offset].lstrip()) if line else offset - para.start
    )
    y = para.top + line - round(view.scroll_y)
    return view.styles.padding.left + 1 + column + into, y


def notified(app: NewsReaderApp) -> str:
    """Every notification (title and message) the app has raised, including those that timed
    out already (tests/tui/conftest.py records them: on a fast or a loaded machine a toast may be
    gone before the test looks)."""
    seen = getattr(app, "notes_seen", None)
    if seen is not None:
        return "\n".join(seen)
    return "\n".join(f"{n.title}: {n.message}" for n in app._notifications)
