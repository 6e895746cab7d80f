"""The import preview: one row per SKU (new / changed / unchanged), the differences, and a choice per product.

A changed product keeps the stored version unless its "take theirs" box is ticked (Space on the row
toggles it); "Take all theirs" / "Keep all mine" set every box. Import accepts the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from ... import exchange_messages as words
from ...core.exchange.merge import Preview
from ...messages import tr
from .. import formats, metrics

SKU, NAME, STATUS, CHOICE = range(4)


def label(table: dict[str, str], code: str) -> str:
    """A status or action name from ``exchange_messages`` (declared in its "Exchange" context, not "Messages")."""
    return tr(table[code], words.CTX) if code in table else code


def made_at(stamp) -> str:
    """When a bundle says it was made, as local text; a stamp that is no time (another tool's file) as it is."""
    try:
        return formats.datetime_text(stamp)
    except (TypeError, ValueError):
        return str(stamp or "")


STATUS_COLORS = {"new": metrics.OK_COLOR, "changed": metrics.WARNING_COLOR, "unchanged": metrics.MUTED_COLOR}


class ImportPreviewDialog(QDialog):
    """Shows ``preview`` of the file ``file_name``; ``choices()`` after it was accepted."""

    def __init__(self, preview: Preview, file_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.preview = preview
        self.setWindowTitle(self.tr("Import \u201c%1\u201d").replace("%1", file_name))
        self.source_label = QLabel(self._source_text(), wordWrap=True, objectName="importSource")
        self.counts_label = QLabel(objectName="importCounts", wordWrap=True)
        self.hint = QLabel(self.tr("For a product you already have, your version is kept unless you tick "
                                   "\u201ctake theirs\u201d. Stock is never imported."), wordWrap=True)
        self.hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.tree = QTreeWidget(objectName="importTree")
        self.tree.setHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Status"), self.tr("Your choice")])
        self.tree.setAccessibleName(self.tr("Products in the file"))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self._size_columns()
        self.theirs_button = QPushButton(self.tr("Take all &theirs"), objectName="takeAllTheirs")
        self.mine_button = QPushButton(self.tr("Keep all &mine"), objectName="keepAllMine")
        self.theirs_button.clicked.connect(lambda: self.set_all(True))
        self.mine_button.clicked.connect(lambda: self.set_all(False))
        changed = preview.count("changed")
        self.theirs_button.setEnabled(bool(changed))
        self.mine_button.setEnabled(bool(changed))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.theirs_button)
        row.addWidget(self.mine_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.source_label)
        box.addWidget(self.counts_label)
        box.addWidget(self.tree, 1)
        box.addWidget(self.hint)
        box.addLayout(row)
        self.tree.itemChanged.connect(self._item_changed)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.tree, context=Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self.toggle_current)
        self._update_counts()
        self._size_to_screen()

    def _size_columns(self) -> None:
        """SKU, status and choice as wide as their longest text (the tree's indent included); the name takes the rest."""
        header = self.tree.header()
        header.setStretchLastSection(False)
        metrics_ = self.tree.fontMetrics()
        pad = 3 * self.tree.indentation()
        for column in (SKU, STATUS, CHOICE):
            texts = [header.model().headerData(column, Qt.Orientation.Horizontal)]
            texts += [item.text(column) for item in self.items.values()]
            texts += [label(words.ACTION_NAMES, a) for a in ("add", "replace", "keep", "skip")] if column == CHOICE else []
            width = max(metrics_.horizontalAdvance(str(t)) for t in texts) + (pad if column == SKU else 40)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, min(width, metrics_.horizontalAdvance("M") * 24))
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

    def _source_text(self) -> str:
        meta = self.preview.meta
        if self.preview.kind == "bundle":
            text = (self.tr("Catalogue bundle from \u201c%1\u201d, made %2 with VillageCast %3.")
                    .replace("%1", meta.get("cooperative") or self.tr("an unnamed cooperative"))
                    .replace("%2", made_at(meta.get("created_at"))).replace("%3", meta.get("app_version") or "?"))
        else:
            text = (self.tr("Spreadsheet (%1, %2), header on row %3.").replace("%1", self.preview.kind.upper())
                    .replace("%2", meta.get("encoding") or "XLSX").replace("%3", str(meta.get("header_line", 1))))
            if meta.get("ignored_columns"):
                text += " " + self.tr("Columns ignored (not known): %1").replace(
                    "%1", ", ".join(meta["ignored_columns"]))
        return text

    def _fill(self) -> None:
        for plan in self.preview.plans:
            item = QTreeWidgetItem(self.tree, [plan.sku, plan.name_zh, label(words.STATUS_NAMES, plan.status), ""])
            item.setData(SKU, Qt.ItemDataRole.UserRole, plan.sku)
            item.setForeground(STATUS, QBrush(QColor(STATUS_COLORS[plan.status])))
            if plan.line is not None:
                item.setToolTip(SKU, self.tr("Row %1 of the spreadsheet").replace("%1", str(plan.line)))
            if plan.status == "changed":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(CHOICE, Qt.CheckState.Unchecked)
            self._choice_text(item, plan.status)
            lines = [words.describe_change(c) for c in plan.changes] + [words.describe_issue(n) for n in plan.notes]
            for line in lines:
                child = QTreeWidgetItem(item, [line])
                child.setToolTip(0, line)  # a long name is cut at the dialog's edge
                child.setFirstColumnSpanned(True)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setExpanded(plan.status == "changed")
            self.items[plan.sku] = item

    def _choice_text(self, item: QTreeWidgetItem, status: str) -> None:
        if status == "changed":
            theirs = item.checkState(CHOICE) == Qt.CheckState.Checked
            text = label(words.ACTION_NAMES, "replace" if theirs else "keep")
        else:
            text = label(words.ACTION_NAMES, "add" if status == "new" else "skip")
        item.setText(CHOICE, text)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != CHOICE or item.parent() is not None:
            return
        blocked = self.tree.blockSignals(True)
        try:
            self._choice_text(item, "changed")
        finally:
            self.tree.blockSignals(blocked)
        self._update_counts()

    def set_all(self, theirs: bool) -> None:
        state = Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked
        blocked = self.tree.blockSignals(True)
        try:
            for plan in self.preview.plans:
                if plan.status == "changed":
                    self.items[plan.sku].setCheckState(CHOICE, state)
                    self._choice_text(self.items[plan.sku], "changed")
        finally:
            self.tree.blockSignals(blocked)
        self._update_counts()

    def toggle_current(self) -> None:
        """Space: switch the current product between keep mine and take theirs."""
        item = self.tree.currentItem()
        item = item.parent() or item if item is not None else None
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            theirs = item.checkState(CHOICE) != Qt.CheckState.Checked
            item.setCheckState(CHOICE, Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked)

    def set_choice(self, sku: str, theirs: bool) -> None:
        """Tick (theirs) or untick (mine) one changed product."""
        self.items[sku].setCheckState(CHOICE, Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked)

    def choices(self) -> dict[str, str]:
        """{SKU: "theirs" | "keep"} for every changed product."""
        return {p.sku: "theirs" if self.items[p.sku].checkState(CHOICE) == Qt.CheckState.Checked else "keep"
                for p in self.preview.plans if p.status == "changed"}

    def _update_counts(self) -> None:
        new, changed, same = (self.preview.count(s) for s in ("new", "changed", "unchanged"))
        theirs = sum(1 for v in self.choices().values() if v == "theirs")
        parts = [self.tr("%n new", None, new), self.tr("%n changed", None, changed),
                 self.tr("%n unchanged", None, same)]
        total = len(self.preview.plans)
        text = self.tr("%n product(s) in the file:", None, total) + " " + ", ".join(parts) + ". "
        text += self.tr("Importing adds %1 and replaces %2 with theirs.").replace(
            "%1", formats.integer(new)).replace("%2", formats.integer(theirs))
        self.counts_label.setText(text)
        self.import_button.setEnabled(new + theirs > 0)

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        em = self.fontMetrics().horizontalAdvance("中")
        width, height = em * 72, self.fontMetrics().height() * 32
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, int(available.width() * 0.9)), min(height, int(available.height() * 0.85))
        self.resize(width, height)
