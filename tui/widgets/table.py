"""A sortable table drawn line by line, for a collection's thousand rows and more.

Textual's DataTable renders each cell through Rich and keys its row cache on the cursor's
position, so every cursor move that scrolls renders every visible row again, and a sort renders
every visible cell afresh (measured with `bench/bench_tui.py` on 300 articles, 1,245 rows: a
scrolling `down` ~18 ms, a re-sort ~50 ms). Here each row is rendered once into a Strip and kept
by (row, its cells' version, zebra parity, cursor), sort keys are made once per row and column, a
sort only reorders, and the cursor keeps in view by pages (as the reader's panes do), so a key
repaints two rows and a page turn or a sort repaints one window of rows already made or cheap to
make.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

Cell = Content | int
SortKey = Callable[[str, tuple[Cell, ...]], Any]

PADDING = 1  # blank cells each side of a cell, as DataTable's default


def _as_content(cell: Cell) -> Content:
    return Content(str(cell)) if isinstance(cell, int) else cell


class SortableTable(ScrollView, can_focus=True):
    """Rows of cells under a header row; `show` gives the rows, `sort` orders them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Choose", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "sortable-table--header",
        "sortable-table--even-row",
        "sortable-table--odd-row",
        "sortable-table--cursor",
    }
    DEFAULT_CSS = """
    SortableTable {
        background: $surface;
        color: $foreground;
        overflow-x: auto;
        overflow-y: auto;
        &:focus {
            background-tint: $foreground 5%;
            & > .sortable-table--header { background-tint: $foreground 5%; }
            & > .sortable-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        &:dark > .sortable-table--even-row { background: $surface-darken-1 40%; }
        & > .sortable-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .sortable-table--even-row { background: $surface-lighten-1 50%; }
        & > .sortable-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    @dataclass
    class RowChosen(Message):
        """Enter (or a click on the cursor's row) on a row."""

        table: SortableTable
        key: str

        @property
        def control(self) -> SortableTable:
            return self.table

    @dataclass
    class HeaderChosen(Message):
        """A click on a column's header."""

        table: SortableTable
        column: str

        @property
        def control(self) -> SortableTable:
            return self.table

    def __init__(
        self,
        columns: Sequence[tuple[str, str]],
        sort_key: SortKey,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.columns = list(columns)
        self._sort_key = sort_key
        self._rows: dict[str, tuple[Cell, ...]] = {}
        self._versions: dict[str, int] = {}
        self._keys: dict[str, dict[str, Any]] = {key: {} for key, _ in self.columns}
        self._order: list[str] = []
        self._index: dict[str, int] = {}
        self._sorted_by: tuple[str, bool] | None = None
        self._cursor = 0
        self._widths = [len(label) for _, label in self.columns]
        self._lines: LRUCache[tuple[str, int, bool, bool], Strip] = LRUCache(4096)
        self._header: Strip | None = None
        self._style_key: object = None
        self._style_stale = True
        self._version = 0

    # ---- data ---------------------------------------------------------------------------

    def show(self, rows: Mapping[str, tuple[Cell, ...]]) -> None:
        """These rows, and only these (a key that stays keeps the cursor), in the table's sort
        order; rows whose cells are unchanged keep their rendering and sort keys."""
        keep = self.cursor_key
        for key in self._rows.keys() - rows.keys():
            del self._rows[key]
            self._versions.pop(key, None)
            for by_column in self._keys.values():
                by_column.pop(key, None)
        for key, cells in rows.items():
            if self._rows.get(key) != cells:
                self._rows[key] = cells
                self._versions[key] = self._version = self._version + 1
                for by_column in self._keys.values():
                    by_column.pop(key, None)
        widths = [len(label) for _, label in self.columns]
        for cells in self._rows.values():
            for i, cell in enumerate(cells):
                n = len(str(cell)) if isinstance(cell, int) else cell.cell_length
                if n > widths[i]:
                    widths[i] = n
        if widths != self._widths:
            self._widths = widths
            self._lines.clear()
            self._header = None
        self._reorder(keep)

    def sort(self, column: str, reverse: bool = False) -> None:
        """Order the rows by this column's sort key (made once per row)."""
        self._sorted_by = (column, reverse)
        self._reorder(self.cursor_key)

    def _reorder(self, keep: str | None) -> None:
        if self._sorted_by is None:
            order = list(self._rows)
        else:
            column, reverse = self._sorted_by
            keys = self._keys[column]
            for key in self._rows.keys() - keys.keys():
                keys[key] = self._sort_key(column, self._rows[key])
            order = sorted(self._rows, key=keys.__getitem__, reverse=reverse)
        self._order = order
        self._index = {key: i for i, key in enumerate(order)}
        self._cursor = self._index.get(keep, min(self._cursor, max(len(order) - 1, 0)))  # type: ignore[arg-type]
        self.virtual_size = Size(self._table_width(), len(order) + 1)
        self._keep_in_view(centre=True)
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self._order)

    @property
    def cursor_row(self) -> int:
        return self._cursor

    @property
    def cursor_key(self) -> str | None:
        return self._order[self._cursor] if self._order else None

    def row_at(self, index: int) -> tuple[Cell, ...]:
        return self._rows[self._order[index]]

    def index_of(self, key: str) -> int:
        return self._index[key]

    def move_cursor(self, row: int, animate: bool = False) -> None:
        """Put the cursor on this row (clamped), keeping it in view."""
        if not self._order:
            return
        row = max(0, min(row, len(self._order) - 1))
        if row == self._cursor:
            return
        old, self._cursor = self._cursor, row
        far = abs(row - old) > self._window()
        self._repaint_row(old)
        self._repaint_row(row)
        self._keep_in_view(centre=far)

    # ---- keeping the cursor in view -------------------------------------------------------

    def _window(self) -> int:
        """How many rows the window shows under the header."""
        return max(self.scrollable_content_region.height - 1, 1)

    def _keep_in_view(self, centre: bool = False) -> None:
        window, top = self._window(), round(self.scroll_y)
        row = self._cursor
        if top <= row < top + window:
            return
        if centre:
            y = row - window // 2
        elif row >= top + window:  # stepped past the bottom: the next page, this row on top
            y = row
        else:  # past the top: the page before, this row at the bottom
            y = row - window + 1
        self.scroll_to(y=max(y, 0), animate=False, force=True, immediate=True)

    def _repaint_row(self, index: int) -> None:
        y = index - round(self.scroll_y) + 1
        if 1 <= y < self.size.height:
            self.refresh_lines(index + 1)

    # ---- actions --------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.move_cursor(self._cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self._cursor - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self._cursor + self._window())

    def action_page_up(self) -> None:
        self.move_cursor(self._cursor - self._window())

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._order) - 1)

    def action_choose(self) -> None:
        key = self.cursor_key
        if key is not None:
            self.post_message(self.RowChosen(self, key))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        x, y = offset.x + round(self.scroll_x), offset.y
        if y == 0:
            column = self._column_at(x)
            if column is not None:
                self.post_message(self.HeaderChosen(self, column))
            return
        row = round(self.scroll_y) + y - 1
        if 0 <= row < len(self._order):
            if row == self._cursor:
                self.action_choose()
            else:
                self.move_cursor(row)

    def _column_at(self, x: int) -> str | None:
        left = 0
        for (key, _), width in zip(self.columns, self._widths, strict=True):
            left += width + 2 * PADDING
            if x < left:
                return key
        return None

    # ---- rendering ------------------------------------------------------------------------

    def _table_width(self) -> int:
        return sum(w + 2 * PADDING for w in self._widths)

    def notify_style_update(self) -> None:
        # Called on every focus or hover change too: rows are rendered again (at the next
        # paint, once the component styles are up to date) only when their style changed.
        super().notify_style_update()
        self._style_stale = True

    def _check_style(self) -> None:
        self._style_stale = False
        key = tuple(self.get_visual_style(name) for name in sorted(self.COMPONENT_CLASSES))
        if key != self._style_key:
            self._style_key = key
            self._lines.clear()
            self._header = None

    def on_resize(self, event: events.Resize) -> None:
        self._forget()  # rows are drawn out to the width

    def _forget(self) -> None:
        self._lines.clear()
        self._header = None
        self.refresh()

    def _line(self, cells: Sequence[Cell], style_names: tuple[str, ...]) -> Strip:
        pad = " " * PADDING
        pieces: list[Content | str] = []
        for cell, width in zip(cells, self._widths, strict=True):
            text = _as_content(cell).truncate(width, ellipsis=True)
            pieces += [pad, text, " " * (width - text.cell_length), pad]
        width = max(self._table_width(), self.scrollable_content_region.width)
        style = self.get_visual_style(*style_names)
        strips = Visual.to_strips(self, Content.assemble(*pieces), width, 1, style, pad=True)
        return strips[0] if strips else Strip.blank(width, style.rich_style)

    def _row_strip(self, index: int) -> Strip:
        key = self._order[index]
        odd = index % 2 == 1
        cursor = index == self._cursor
        cache_key = (key, self._versions.get(key, 0), odd, cursor)
        if (strip := self._lines.get(cache_key)) is None:
            names: tuple[str, ...] = (
                "sortable-table--odd-row" if odd else "sortable-table--even-row",
            )
            if cursor:
                names += ("sortable-table--cursor",)
            strip = self._line(self._rows[key], names)
            self._lines[cache_key] = strip
        return strip

    def render_line(self, y: int) -> Strip:
        if self._style_stale:
            self._check_style()
        width = self.scrollable_content_region.width
        x = round(self.scroll_x)
        if y == 0:
            if self._header is None:
                labels = [Content(label) for _, label in self.columns]
                self._header = self._line(labels, ("sortable-table--header",))
            return self._header.crop(x, x + width)
        index = round(self.scroll_y) + y - 1
        if not 0 <= index < len(self._order):
            return Strip.blank(width, self.visual_style.rich_style)
        return self._row_strip(index).crop(x, x + width)
