"""Above the run sheet: the sheet picker (new, rename, delete) and the bar that adds segments — opening, a product
found by name, SKU or pinyin (not-approved products marked), closing.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from .. import metrics

SKU_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
APPROVED_ROLE = Qt.ItemDataRole.UserRole + 2


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold().replace(" ", "")


class _Completer(QCompleter):
    """Matches the search text (SKU, name, pinyin, initials) but puts the shown text in the field."""

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt override)
        return index.data(Qt.ItemDataRole.DisplayRole) or ""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [_fold(path)]


class SheetBar(QWidget):
    """``chosen(sheet_id)`` when the user picks another sheet; ``set_sheets`` never emits it."""

    chosen = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.combo = QComboBox(objectName="sheetPicker")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)
        self.label.setBuddy(self.combo)
        self.new_button = QPushButton(objectName="newSheetButton")
        self.rename_button = QPushButton(objectName="renameSheetButton")
        self.delete_button = QPushButton(objectName="deleteSheetButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        self.combo.activated.connect(lambda _i: self.chosen.emit(self.current_id()))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Run &sheet"))
        self.combo.setAccessibleName(self.tr("Run sheet"))
        self.combo.setToolTip(self.tr("The run sheet (\u6392\u54c1) shown below"))
        self.new_button.setText(self.tr("&New\u2026"))
        self.new_button.setToolTip(self.tr("A new, empty run sheet (Ctrl+N)"))
        self.rename_button.setText(self.tr("Rena&me\u2026"))
        self.rename_button.setToolTip(self.tr("Give this run sheet another name"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this run sheet with its segments (Ctrl+Z brings it back)"))

    def set_sheets(self, sheets, current_id) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for sheet in sheets:
            self.combo.addItem(sheet.title, sheet.id)
        index = self.combo.findData(current_id) if current_id is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else (0 if sheets else -1))
        self.combo.blockSignals(False)
        has = bool(sheets)
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def current_id(self) -> int | None:
        return self.combo.currentData() if self.combo.currentIndex() >= 0 else None


class ProductAdder(QWidget):
    """Opening / [find a product] / Closing. ``picked(sku)`` when a product is chosen from the list or the
    completer; ``opening`` / ``closing`` for the buttons."""

    picked = Signal(str)
    opening = Signal()
    closing = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.opening_button = QPushButton(objectName="addOpeningButton")
        self.closing_button = QPushButton(objectName="addClosingButton")
        self.picker = QComboBox(objectName="addProductPicker")
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(12)
        self.label.setBuddy(self.picker)
        self.products = QStandardItemModel(self)
        self.picker.setModel(self.products)
        self.completer = _Completer(self)
        self.completer.setModel(self.products)
        self.completer.setCompletionRole(SEARCH_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.setCompleter(self.completer)
        self.picker.activated.connect(self._picked)
        self.completer.activated[str].connect(lambda _t: self._picked(self.picker.currentIndex()))
        self.picker.lineEdit().returnPressed.connect(self._entered)
        self.opening_button.clicked.connect(self.opening)
        self.closing_button.clicked.connect(self.closing)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.opening_button)
        row.addWidget(self.picker, 1)
        row.addWidget(self.closing_button)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Add:"))
        self.opening_button.setText(self.tr("Opening"))
        self.opening_button.setToolTip(self.tr("Add an opening segment at the top of the run sheet"))
        self.closing_button.setText(self.tr("Closing"))
        self.closing_button.setToolTip(self.tr("Add a closing segment at the end of the run sheet"))
        self.picker.lineEdit().setPlaceholderText(self.tr("Product: name, SKU or pinyin\u2026"))
        self.picker.setAccessibleName(self.tr("Add a product"))
        self.picker.setToolTip(self.tr("Type part of a name, SKU or pinyin (e.g. \u201cht\u201d for \u6838\u6843) and "
                                       "pick the product: it is added after the selected segment. Products not "
                                       "approved by the selection review are marked and can still be added."))
        for n in range(self.products.rowCount()):
            self._mark(self.products.item(n))

    def set_products(self, rows: list[dict]) -> None:
        """The catalogue (``Catalogue.list_rows()``); the field stays empty until a product is picked."""
        self.products.clear()
        for r in rows:
            item = QStandardItem(f"{r['name_zh']}  {r['sku']}")
            item.setData(r["sku"], SKU_ROLE)
            item.setData(bool(r.get("approved")), APPROVED_ROLE)
            item.setData(_fold(" ".join(str(r.get(k) or "") for k in ("sku", "name_zh", "name_en", "search_pinyin",
                                                                      "search_initials"))), SEARCH_ROLE)
            self._mark(item)
            self.products.appendRow(item)
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()

    def _mark(self, item: QStandardItem) -> None:
        if item.data(APPROVED_ROLE):
            item.setToolTip(item.text())
            item.setData(None, Qt.ItemDataRole.ForegroundRole)
        else:
            item.setForeground(QBrush(QColor(metrics.WARNING_COLOR)))
            item.setToolTip(item.text() + "\n" + self.tr("Not approved for broadcast yet (selection review)"))

    def row_of(self, sku: str) -> int:
        return next((n for n in range(self.products.rowCount())
                     if self.products.item(n).data(SKU_ROLE) == sku), -1)

    def choose(self, sku: str | None) -> bool:
        """Put ``sku`` in the field, ready to be picked (the Tools menu opens the window on a product)."""
        row = self.row_of(sku) if sku else -1
        if row < 0:
            return False
        self.picker.setCurrentIndex(row)
        return True

    def _entered(self) -> None:
        """Enter on a field naming a product (put there by ``choose`` or typed out in full) adds it."""
        index = self.picker.findText(self.picker.lineEdit().text(), Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self._picked(index)

    def _picked(self, index: int) -> None:
        sku = self.products.item(index).data(SKU_ROLE) if 0 <= index < self.products.rowCount() else None
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()
        if sku:
            self.picked.emit(sku)
