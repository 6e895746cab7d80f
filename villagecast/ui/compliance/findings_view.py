"""Below the script: the findings list (severity, wording, why, instead) and whether product checks ran."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...compliance_messages import category_name, describe_finding, severity_name
from .. import formats, metrics
from .words import alternatives

FINDING_ROLE = Qt.ItemDataRole.UserRole
SEVERITY, WORDING, WHY, INSTEAD = range(4)


class FindingsView(QWidget):
    """``chosen(finding)`` when a row becomes current (the editor selects the span); ``activated`` on Enter."""

    chosen = Signal(object)
    activated = Signal(object)

    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.result = None
        self.product = None
        self.free = True
        self.summary = QLabel(objectName="findingsSummary")
        self.summary.setWordWrap(True)
        self.product_line = QLabel(objectName="productChecksLine")
        self.product_line.setWordWrap(True)
        self.tree = QTableWidget(0, 4, objectName="findingsList")
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setShowGrid(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTabKeyNavigation(False)
        self.tree.verticalHeader().hide()
        header = self.tree.horizontalHeader()
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(INSTEAD, QHeaderView.ResizeMode.Interactive)
        self._rows = QTimer(self, singleShot=True, interval=0)  # row heights once the columns settled
        self._rows.timeout.connect(self.tree.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows.start())
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemClicked.connect(lambda item: self.chosen.emit(self._finding(item.row())))
        self.tree.itemActivated.connect(lambda item: self.activated.emit(self._finding(item.row())))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.product_line)
        box.addWidget(self.summary)
        box.addWidget(self.tree, 1)

    def retranslate(self) -> None:
        self.tree.setHorizontalHeaderLabels([self.tr("Severity"), self.tr("Wording"), self.tr("Why"),
                                             self.tr("Instead")])
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setColumnWidth(INSTEAD, self.fontMetrics().horizontalAdvance("\u4e2d") * 9)
        self.show_result(self.result, self.product, self.free)

    def show_result(self, result, product, free: bool) -> None:
        """List ``result``'s findings; ``product`` is the ProductContext the checks used (None: skipped)."""
        self.result, self.product, self.free = result, product, free
        self._product_line()
        current = self.tree.currentRow()
        keep = self._finding(current) if current >= 0 else None
        self.tree.blockSignals(True)
        self.tree.setRowCount(0)
        if result is None:
            self.summary.clear()
            self.tree.blockSignals(False)
            return
        rows = [(f, False) for f in result.findings] + [(f, True) for f in result.upcoming]
        self.tree.setRowCount(len(rows))
        for n, (f, upcoming) in enumerate(rows):
            for col, item in enumerate(self._items(f, upcoming)):
                self.tree.setItem(n, col, item)
            if keep is not None and (f.start, f.text) == (keep.start, keep.text):
                self.tree.setCurrentCell(n, 0)  # the same wording stays current while typing elsewhere
        self.tree.resizeRowsToContents()
        self.tree.blockSignals(False)
        blocks, warns = len(result.blocks), len(result.warnings)
        if not blocks and not warns:
            self.summary.setText(self.tr("No risky wording found."))
            self.summary.setStyleSheet(f"color: {metrics.OK_COLOR};")
        else:
            parts = []
            if blocks:
                parts.append(self.tr("%n must change", None, blocks))
            if warns:
                parts.append(self.tr("%n to check", None, warns))
            self.summary.setText(", ".join(parts))
            self.summary.setStyleSheet(f"color: {metrics.DANGER_COLOR if blocks else metrics.WARNING_COLOR};"
                                       " font-weight: bold;")

    def _items(self, f, upcoming: bool) -> list[QTableWidgetItem]:
        alts = alternatives(f, self.hub)
        instead = " / ".join(alts[:2]) if alts else self.tr("(leave it out or reword)")
        if upcoming:
            item = self.hub.pack.item(f.rule)
            when = item.effective_from if item else "?"
            severity = self.tr("Upcoming from %1").replace("%1", when)
        else:
            severity = severity_name(f.severity)
        why = describe_finding(f)
        items = [QTableWidgetItem(text) for text in (severity, f.text, why, instead)]
        items[0].setData(FINDING_ROLE, f)
        tip = f"{category_name(f.category)} \u00b7 {f.rule}\n{why}"
        color = metrics.MUTED_COLOR if upcoming else metrics.DANGER_COLOR if f.is_block else metrics.WARNING_COLOR
        for col, item in enumerate(items):
            item.setToolTip(tip)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if col == SEVERITY or upcoming:
                item.setForeground(QBrush(QColor(color)))
        return items

    def _product_line(self) -> None:
        if self.free or self.result is None:
            text = self.tr("Product checks skipped: a free script is not about one product.") if self.free else ""
            self.product_line.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        elif self.product is None:
            text = self.tr("Product checks skipped: the product no longer exists.")
            self.product_line.setStyleSheet(f"color: {metrics.WARNING_COLOR};")
        else:
            p = self.product
            reference = formats.money(p.reference_price_fen)
            text = (self.tr("Product checks ran against %1 (%2): %3 in stock, reference price "
                            "(\u539f\u4ef7, the lowest of the last 7 days) %4.") if reference else
                    self.tr("Product checks ran against %1 (%2): %3 in stock, no price in the last 7 days, so no "
                            "original price (\u539f\u4ef7) may be mentioned."))
            text = text.replace("%1", p.product.name_zh).replace("%2", p.product.sku).replace(
                "%3", formats.integer(p.on_hand)).replace("%4", reference)
            self.product_line.setStyleSheet("")
        self.product_line.setText(text)

    def _finding(self, row: int):
        item = self.tree.item(row, SEVERITY)
        return item.data(FINDING_ROLE) if item is not None else None

    def _current_changed(self, current, previous) -> None:
        if current is not None and (previous is None or previous.row() != current.row()):
            self.chosen.emit(self._finding(current.row()))

    def findings(self) -> list:
        """The findings listed, in order (upcoming ones last)."""
        return [self._finding(n) for n in range(self.tree.rowCount())]
