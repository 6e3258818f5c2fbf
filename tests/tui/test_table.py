"""The sources view's table (tui/widgets/table.py) on its own: rows shown and updated in place,
sorted by keys made once, the cursor kept on its row and in view by pages, header clicks."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content

from tui.widgets.table import Cell, SortableTable

COLUMNS = (("name", "Name"), ("count", "Count"))
made: list[str] = []


def sort_key(column: str, cells: tuple[Cell, ...]) -> object:
    made.append(str(cells[0]))
    value = cells[0 if column == "name" else 1]
    return value.plain.casefold() if isinstance(value, Content) else value


def rows(n: int) -> dict[str, tuple[Cell, ...]]:
    return {f"k{i}": (Content(f"Harbour pilot {i:03d}"), (i * 7) % n) for i in range(n)}


class TableApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.chosen: list[str] = []
        self.headers: list[str] = []

    def compose(self) -> ComposeResult:
        yield SortableTable(COLUMNS, sort_key, id="t")

    def on_sortable_table_row_chosen(self, event: SortableTable.RowChosen) -> None:
        self.chosen.append(event.key)

    def on_sortable_table_header_chosen(self, event: SortableTable.HeaderChosen) -> None:
        self.headers.append(event.column)


def names(table: SortableTable) -> list[str]:
    return [str(table.row_at(i)[0]) for i in range(table.row_count)]


async def test_rows_sort_by_keys_made_once_and_the_cursor_stays_on_its_row():
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(SortableTable)
        table.show(rows(50))
        table.sort("name")
        assert names(table) == sorted(names(table))
        table.move_cursor(10)
        on = table.cursor_key
        made.clear()
        table.sort("count", reverse=True)
        counts = [table.row_at(i)[1] for i in range(table.row_count)]
        assert counts == sorted(counts, reverse=True)
        assert table.cursor_key == on  # the cursor followed its row
        assert len(made) == 50
        made.clear()
        table.sort("count")
        table.sort("count", reverse=True)
        assert made == []  # each row's key for "count" was made once, at the first sort
        # Shown again with one row changed and one gone: only the changed row's key is made.
        again = rows(50)
        del again["k3"]
        again["k4"] = (Content("Harbour pilot 004"), 99)
        table.show(again)
        assert made == ["Harbour pilot 004"] and table.row_count == 49
        assert table.row_at(0)[1] == 99  # in its place in the order (most first)
        await pilot.pause()


async def test_the_cursor_keeps_in_view_by_pages_and_enter_chooses_its_row():
    app = TableApp()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(SortableTable)
        table.show(rows(60))
        table.sort("name")
        table.focus()
        await pilot.pause()
        window = table.scrollable_content_region.height - 1  # rows under the header
        await pilot.press(*["down"] * (window - 1))
        assert table.cursor_row == window - 1 and table.scroll_y == 0
        await pilot.press("down")  # past the bottom: the next page, this row on top
        assert table.cursor_row == window and table.scroll_y == window
        await pilot.press("up")  # past the top: the page before
        assert table.cursor_row == window - 1 and table.scroll_y == 0
        await pilot.press("end")
        assert table.cursor_row == 59 and table.scroll_y == table.max_scroll_y
        await pilot.press("enter")
        assert app.chosen == [table.cursor_key]


async def test_a_click_on_a_header_names_its_column_and_on_a_row_moves_the_cursor():
    app = TableApp()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(SortableTable)
        table.show(rows(20))
        await pilot.pause()
        width = len("Harbour pilot 000") + 2
        assert await pilot.click(SortableTable, offset=(width + 2, 0))  # "Count"
        assert await pilot.click(SortableTable, offset=(2, 0))  # "Name"
        await pilot.pause()
        assert app.headers == ["count", "name"]
        assert await pilot.click(SortableTable, offset=(2, 3))  # the third row
        await pilot.pause()
        assert table.cursor_row == 2 and app.chosen == []
        assert await pilot.click(SortableTable, offset=(2, 3))  # again: chosen
        await pilot.pause()
        assert app.chosen == [table.cursor_key]
