"""Packaging presets or fee profiles as a table edited in place: each cell edit is one undoable save.

A refused value stays in its cell, red, with the reason beside the table, until it is corrected.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError, VillageCastError
from .. import metrics
from . import words
from .commands import DeleteItems, SaveItem
from .item_specs import ItemSpec

ID_ROLE = Qt.ItemDataRole.UserRole


class ItemTab(QWidget):
    """One table for one ``ItemSpec`` (presets or profiles); the database is the truth, refreshed on change."""

    def __init__(self, context, spec: ItemSpec, parent=None):
        super().__init__(parent)
        self.setObjectName(f"{spec.kind}Tab")
        self.context = context
        self.spec = spec
        self.items: list = []
        self.bad: dict[tuple[int | None, str], tuple[str, str]] = {}  # (item id, column) -> (text, reason)
        self._filling = False
        self.hint = QLabel(objectName=f"{spec.kind}Hint")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, len(spec.columns), objectName=f"{spec.kind}Table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(objectName=f"{spec.kind}Message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
        self.add_button = QPushButton(objectName=f"{spec.kind}Add")
        self.delete_button = QPushButton(objectName=f"{spec.kind}Delete")
        self.delete_action = QAction(self.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing in a cell
        self.table.addAction(self.delete_action)
        self.delete_action.triggered.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.hint)
        box.addLayout(buttons)
        box.addWidget(self.table, 1)
        box.addWidget(self.message)
        self.table.itemChanged.connect(self._cell_changed)
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh()
        self.retranslate()

    def text(self, key: str) -> str:
        return QCoreApplication.translate("ItemTab", self.spec.texts[key])

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ItemTab", c.title) for c in self.spec.columns])
        self.table.setAccessibleName(self.text("table"))
        self.hint.setText(self.text("hint"))
        self.add_button.setText(self.text("add"))
        self.delete_button.setText(self.text("delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected rows (Edit > Undo brings them back)"))
        self.rescale()

    def rescale(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        em = self.table.fontMetrics().horizontalAdvance("\u4e2d")
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.spec.columns):
            title = self.table.horizontalHeaderItem(i).text() if self.table.horizontalHeaderItem(i) else ""
            width = {"name": 13, "valid_from": 6.5, "valid_to": 6.5, "dims": 6}.get(column.key, 5)
            self.table.setColumnWidth(i, max(int(width * em), header.fontMetrics().horizontalAdvance(title) + 20))

    # --- showing --------------------------------------------------------------------------------
    def load(self) -> list:
        book = self.context.shipping
        return book.presets() if self.spec.kind == "preset" else book.profiles()

    def refresh(self, *_args) -> None:
        """Rows from the database; cells refused earlier keep their typed text, in red."""
        current = self._current_id()
        self.items = self.load()
        ids = {item.id for item in self.items}
        self.bad = {key: value for key, value in self.bad.items() if key[0] in ids}
        self._filling = True
        self.table.setRowCount(len(self.items))
        tint = QColor(metrics.DANGER_COLOR)
        tint.setAlpha(50)
        for row, item in enumerate(self.items):
            for i, column in enumerate(self.spec.columns):
                cell = QTableWidgetItem(column.text(item))
                cell.setData(ID_ROLE, item.id)
                if column.parse is None:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    cell.setForeground(QColor(metrics.MUTED_COLOR))
                if column.number:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                else:
                    cell.setToolTip(cell.text())  # long names and source notes, whole
                refused = self.bad.get((item.id, column.key))
                if refused is not None:
                    cell.setText(refused[0])
                    cell.setForeground(QColor(metrics.DANGER_COLOR))
                    cell.setBackground(tint)
                    cell.setToolTip(refused[1])
                self.table.setItem(row, i, cell)
        self._filling = False
        self.message.setText("\n".join(reason for _text, reason in self.bad.values()))
        self.message.setVisible(bool(self.bad))
        self.select_id(current)

    def _current_id(self) -> int | None:
        item = self.table.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select_id(self, item_id: int | None, column: int | None = None) -> None:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                self.table.setCurrentCell(row, self.table.currentColumn() if column is None else column)
                return

    def row_of(self, name: str) -> int | None:
        return next((row for row, item in enumerate(self.items) if item.name == name), None)

    # --- editing ------------------------------------------------------------------------------
    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        self.commit(cell.row(), cell.column(), cell.text())

    def commit(self, row: int, index: int, text: str) -> bool:
        """Save what was typed in one cell; refused: the cell keeps it in red with the reason."""
        item, column = self.items[row], self.spec.columns[index]
        key = (item.id, column.key)
        try:
            after = replace(item, **column.parse(text))
            if after == item:
                self.bad.pop(key, None)
                self.refresh()
                return True
            label = after.name or item.name
            self.context.execute(SaveItem(self.context, item, after, self.text("changed").replace("%1", label)))
        except ValidationError as exc:
            mine = [i for i in exc.issues if i.is_error and i.field in column.fields] or \
                [i for i in exc.issues if i.is_error]
            self.bad[key] = (text, "\n".join(words.describe(i) for i in mine))
            self.refresh()
            return False
        except VillageCastError as exc:
            self.bad[key] = (text, words.describe_error(exc))
            self.refresh()
            return False
        self.bad.pop(key, None)
        self.refresh()
        self.select_id(item.id, index)
        return True

    def add_item(self) -> bool:
        """A new row with a free name and usable defaults, then its name cell ready for typing."""
        base = self.text("new")
        names = {item.name for item in self.items}
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        try:
            self.context.execute(SaveItem(self.context, None, self.spec.new_item(name),
                                          self.text("added").replace("%1", name)))
        except VillageCastError as exc:
            self.message.setText(words.describe_error(exc))
            self.message.show()
            return False
        self.refresh()
        row = self.row_of(name)
        if row is not None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        return True

    def selected_items(self) -> list:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.items[row] for row in rows if row < len(self.items)]

    def delete_selected(self) -> bool:
        items = self.selected_items()
        if not items:
            return False
        names = "、".join(item.name for item in items)
        try:
            self.context.execute(DeleteItems(self.context, items, self.text("deleted").replace("%1", names)))
        except VillageCastError as exc:
            self.message.setText(words.describe_error(exc))
            self.message.show()
            return False
        self.refresh()
        return True
