"""The product table of the main window: says once when it has first painted rows, fits its columns."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableView

from .. import metrics
from ..models.product_list import Column


class ProductTable(QTableView):
    """The product table; says once when it has first painted rows (start-up's finish line)."""

    first_painted = Signal()

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._painted = False
        self.wanted_widths: dict[int, tuple[int, int]] = {}  # column: (comfortable, least) in pixels

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Comfortable widths while they fit; when they don't (a narrow pane, 150-200 % text), origin, SKU
        and status shrink towards their header width so the stretched name column keeps ``NAME_MIN_EMS``."""
        if not self.wanted_widths:
            return
        header = self.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("中")
        widths = {c: w for c, (w, _) in self.wanted_widths.items()}
        shown = [c for c in widths if c != Column.NAME and not header.isSectionHidden(c)]
        over = sum(widths[c] for c in shown) + int(metrics.NAME_MIN_EMS * em) - self.viewport().width()
        for column in metrics.SHRINK_ORDER:
            if over <= 0:
                break
            if column in shown:
                give = min(over, widths[column] - self.wanted_widths[column][1])
                widths[column] -= max(0, give)
                over -= max(0, give)
        for column, width in widths.items():
            if column != Column.NAME and self.columnWidth(column) != width:
                self.setColumnWidth(column, width)
        # Still too narrow: the name keeps its least width and the table scrolls sideways.
        mode = QHeaderView.ResizeMode.Interactive if over > 0 else QHeaderView.ResizeMode.Stretch
        if header.sectionResizeMode(Column.NAME) != mode:
            header.setSectionResizeMode(Column.NAME, mode)
        if over > 0:
            self.setColumnWidth(Column.NAME, int(metrics.NAME_MIN_EMS * em))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override; paints the viewport)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
