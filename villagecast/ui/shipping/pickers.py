"""Choosers the shipping window shares: a searchable product combo and a province combo."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QWidget

from ...core.shipping import provinces
from . import words

SKU_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold().replace(" ", "")


class _Completer(QCompleter):
    """Matches the search text (SKU, name, pinyin, initials) but puts the shown text in the field."""

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt override)
        return index.data(Qt.ItemDataRole.DisplayRole) or ""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [_fold(path)]


class ProductPicker(QComboBox):
    """"SKU  name" entries; type part of a SKU, name or its pinyin (e.g. "pg" for 苹果) to find one."""

    product_changed = Signal(object)  # the SKU, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        completer = _Completer(self)
        completer.setModel(self.items)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated[str].connect(self._completed)
        self.currentIndexChanged.connect(self._changed)
        self.lineEdit().editingFinished.connect(self._restore_text)

    def set_rows(self, rows: list[dict]) -> None:
        """Fill from ``Catalogue.list_rows()``; keeps the current SKU when it is still there."""
        current = self.sku()
        self.blockSignals(True)
        self.items.clear()
        for row in rows:
            item = QStandardItem(f"{row['sku']}  {row['name_zh']}")
            item.setData(row["sku"], SKU_ROLE)
            item.setData(_fold(" ".join(str(row.get(k) or "") for k in (
                "sku", "name_zh", "name_en", "search_pinyin", "search_initials"))), SEARCH_ROLE)
            item.setToolTip(row["name_zh"])
            self.items.appendRow(item)
        found = self.findData(current, SKU_ROLE) if current is not None else -1
        self.setCurrentIndex(found if found >= 0 else (0 if rows else -1))
        self.blockSignals(False)
        if self.sku() != current:
            self._changed()

    def sku(self) -> str | None:
        return self.currentData(SKU_ROLE) if self.currentIndex() >= 0 else None

    def select(self, sku: str | None) -> bool:
        """Make ``sku`` current; False when it is not in the list."""
        index = self.findData(sku, SKU_ROLE) if sku is not None else -1
        if index < 0:
            return False
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        return True

    def _completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)

    def _restore_text(self) -> None:
        """Typed text that names no product gives way to the current product again."""
        if self.currentIndex() >= 0 and self.lineEdit().text() != self.currentText():
            index = self.findText(self.lineEdit().text(), Qt.MatchFlag.MatchExactly)
            if index >= 0:
                self.setCurrentIndex(index)
            else:
                self.lineEdit().setText(self.itemText(self.currentIndex()))

    def _changed(self, *_args) -> None:
        self.product_changed.emit(self.sku())


class ProvinceCombo(QComboBox):
    """The 31 provinces (official names, GB/T 2260 order); ``code()`` / ``set_code()``."""

    def __init__(self, parent=None, with_all: str | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        if with_all is not None:
            self.addItem(with_all, None)
        for p in provinces.all_provinces():
            self.addItem(words.province_name(p), p.code)

    def retranslate(self) -> None:
        """Province names in the UI language (the first item, when there is an \"all\" item, is the caller's)."""
        first = 1 if self.count() > len(provinces.all_provinces()) else 0
        for row, p in enumerate(provinces.all_provinces(), start=first):
            self.setItemText(row, words.province_name(p))

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))


class DivisorField(QWidget):
    """The volumetric divisor: none (不计泡), 6000, 8000, 12000 or another whole number typed beside."""

    CHOICES = (None, 6000, 8000, 12000, "other")

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox(objectName="card_divisor_choice")
        for value in self.CHOICES:
            self.choice.addItem(str(value) if isinstance(value, int) else "", value)
        self.other = QLineEdit(objectName="card_divisor_other")
        self.other.setPlaceholderText("5000")
        row.addWidget(self.choice, 1)
        row.addWidget(self.other, 1)
        self.setFocusProxy(self.choice)
        self.choice.currentIndexChanged.connect(self._changed)
        self._changed()

    def set_names(self, none: str, other: str) -> None:
        self.choice.setItemText(0, none)
        self.choice.setItemText(len(self.CHOICES) - 1, other)

    def set_value(self, divisor: int | None) -> None:
        index = self.choice.findData(divisor) if divisor in self.CHOICES else len(self.CHOICES) - 1
        self.choice.setCurrentIndex(index)
        self.other.setText(str(divisor) if index == len(self.CHOICES) - 1 else "")

    def value(self, field: str = "divisor") -> int | None:
        """The divisor; raises ValidationError when "other" holds no whole number."""
        choice = self.choice.currentData()
        return words.whole(self.other.text(), field) if choice == "other" else choice

    def _changed(self, *_args) -> None:
        self.other.setVisible(self.choice.currentData() == "other")
