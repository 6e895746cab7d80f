"""The script list: free scripts (开场, 结尾…) first, then scripts by product; a picker adds any product.

Only products that have scripts, or that were picked, are listed, so a large catalogue stays short.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import metrics

KIND_ROLE = Qt.ItemDataRole.UserRole  # "free" | "product" | "script"
SKU_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold().replace(" ", "")


class _Completer(QCompleter):
    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt override)
        return index.data(Qt.ItemDataRole.DisplayRole) or ""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [_fold(path)]


class ScriptTree(QWidget):
    """``current_changed(kind, sku, ref)`` when the current row changes (kind None: nothing chosen)."""

    current_changed = Signal(object, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pinned: list[str] = []
        self.rows: dict[str, dict] = {}
        self.picker = QComboBox(objectName="scriptProductPicker")
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(10)
        self.products = QStandardItemModel(self)
        self.picker.setModel(self.products)
        completer = _Completer(self)
        completer.setModel(self.products)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.setCompleter(completer)
        self.picker.activated.connect(self._picked)
        completer.activated[str].connect(lambda _t: self._picked(self.picker.currentIndex()))
        self.tree = QTreeWidget(objectName="scriptTree")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._current)
        self.new_button = QPushButton(objectName="newScriptButton")
        self.delete_button = QPushButton(objectName="deleteScriptButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picker)
        box.addWidget(self.tree, 1)
        box.addLayout(buttons)

    def retranslate(self) -> None:
        self.picker.lineEdit().setPlaceholderText(self.tr("Find a product (name, SKU or pinyin)\u2026"))
        self.picker.setToolTip(self.tr("Pick a product to list it and write its script."))
        self.picker.setAccessibleName(self.tr("Product"))
        self.tree.setAccessibleName(self.tr("Scripts"))
        self.new_button.setText(self.tr("&New script"))
        self.new_button.setToolTip(self.tr("A new script in the selected group (Ctrl+N)"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected script (Delete; Ctrl+Z brings it back)"))

    # --- content ------------------------------------------------------------------------------
    def set_products(self, rows: list[dict]) -> None:
        """The catalogue (``Catalogue.list_rows()``) for the picker and the product names."""
        self.rows = {r["sku"]: r for r in rows}
        self.products.clear()
        for r in rows:
            item = QStandardItem(f"{r['name_zh']}  {r['sku']}")
            item.setData(r["sku"], SKU_ROLE)
            item.setData(_fold(" ".join(str(r.get(k) or "") for k in ("sku", "name_zh", "name_en", "search_pinyin",
                                                                      "search_initials"))), SEARCH_ROLE)
            self.products.appendRow(item)
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()

    def set_scripts(self, scripts, hub, free_title: str) -> None:
        """Fill the tree; the current row stays (by script ref, else by group)."""
        kind, sku, ref = self.current()
        self.tree.blockSignals(True)
        self.tree.clear()
        free = QTreeWidgetItem([free_title])
        free.setData(0, KIND_ROLE, "free")
        self.tree.addTopLevelItem(free)
        groups = {None: free}
        skus = {s.sku for s in scripts if s.sku is not None} | {p for p in self.pinned if p in self.rows}
        for sku_ in sorted(skus):
            groups[sku_] = self._group(sku_)
        found = None
        for script in scripts:
            parent = groups.get(script.sku)
            if parent is None:
                continue
            item = QTreeWidgetItem([script.title])
            item.setData(0, KIND_ROLE, "script")
            item.setData(0, SKU_ROLE, script.sku)
            item.setData(0, REF_ROLE, hub.ref(script.id))
            item.setToolTip(0, script.title)
            parent.addChild(item)
            if ref is not None and hub.ref(script.id) is ref:
                found = item
        self.tree.expandAll()
        if found is None and kind in ("product", "script"):
            found = groups.get(sku, free)
        self.tree.setCurrentItem(found or free)
        self.tree.blockSignals(False)
        self._current(self.tree.currentItem(), None)

    def _group(self, sku: str) -> QTreeWidgetItem:
        row = self.rows.get(sku, {})
        item = QTreeWidgetItem([f"{row.get('name_zh', '')}  {sku}"])
        item.setData(0, KIND_ROLE, "product")
        item.setData(0, SKU_ROLE, sku)
        item.setToolTip(0, f"{row.get('name_zh', '')}  {sku}")
        if not row.get("approved", False):
            item.setForeground(0, QBrush(QColor(metrics.MUTED_COLOR)))
            item.setToolTip(0, item.toolTip(0) + "\n" + self.tr("Not approved for broadcast yet (selection review)"))
        self.tree.addTopLevelItem(item)
        return item

    # --- selection ----------------------------------------------------------------------------
    def current(self) -> tuple:
        item = self.tree.currentItem()
        if item is None:
            return None, None, None
        return item.data(0, KIND_ROLE), item.data(0, SKU_ROLE), item.data(0, REF_ROLE)

    def select_ref(self, ref) -> bool:
        for item in self._items():
            if item.data(0, REF_ROLE) is ref:
                self.tree.setCurrentItem(item)
                return True
        return False

    def select_product(self, sku: str | None) -> bool:
        """Show ``sku``'s group (listed even without scripts); its first script becomes current."""
        if sku is not None and sku not in self.rows:
            return False
        if sku is not None and sku not in self.pinned:
            self.pinned.append(sku)
        for n in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(n)
            if group.data(0, SKU_ROLE) == sku:
                self.tree.setCurrentItem(group.child(0) if group.childCount() else group)
                return True
        if sku is not None:
            self.tree.setCurrentItem(self._group(sku))
        return True

    def _items(self):
        for n in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(n)
            yield group
            for m in range(group.childCount()):
                yield group.child(m)

    def _current(self, item, _previous) -> None:
        if item is None:
            self.current_changed.emit(None, None, None)
        else:
            self.current_changed.emit(item.data(0, KIND_ROLE), item.data(0, SKU_ROLE), item.data(0, REF_ROLE))

    def _picked(self, index: int) -> None:
        sku = self.products.item(index).data(SKU_ROLE) if 0 <= index < self.products.rowCount() else None
        if sku:
            self.select_product(sku)
            self.picker.setCurrentIndex(-1)
            self.picker.clearEditText()
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
