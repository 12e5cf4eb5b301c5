"""A DataTable that reads its rows from SQLite a window at a time, as the cursor nears the end.

A register of thousands of rows opens as fast as one of fifty.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import DataTable


class LazyTable(DataTable):
    def __init__(self, load: Callable[[int, int], list[dict]],
                 cells: Callable[[dict], tuple], *, window: int = 200, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.load, self.cells, self.window = load, cells, window
        self.exhausted = False

    def load_more(self) -> int:
        if self.exhausted:
            return 0
        rows = self.load(self.row_count, self.window)
        for row in rows:
            self.add_row(*self.cells(row), key=row["id"])
        self.exhausted = len(rows) < self.window
        return len(rows)

    def ensure(self, index: int) -> bool:
        """Read windows until row ``index`` is loaded; False if there is no such row."""
        while self.row_count <= index:
            if not self.load_more():
                return False
        return True

    def reset(self) -> None:
        self.clear()
        self.exhausted = False
        self.load_more()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= self.row_count - max(1, self.window // 4):
            self.load_more()
