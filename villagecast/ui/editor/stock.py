"""Stock: on hand in large type with the low-stock threshold, a movement form and the ledger, newest first."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ... import messages
from ...core.catalogue import STOCK_KINDS
from ...core.errors import Issue, ValidationError, VillageCastError
from ...core.fields import fold, parse_int
from .. import formats, metrics
from .panel import EditorPanel, heading
from .widgets import IssueLabel, fill_with, scrolling, stacked

# Reasons an anchor types for each kind of movement, offered in the reason box (data, not UI text).
REASONS = (
    ("receive", ("到货入库", "补货入库", "采购入库")),
    ("sell", ("直播成交", "店铺订单", "线下零售")),
    ("return", ("退货入库", "拒收退回")),
    ("damage", ("运输破损", "变质报损", "样品自用")),
    ("adjust", ("盘点调整", "盘盈", "盘亏")),
)
STOCK_HEADERS = (QT_TRANSLATE_NOOP("HistoryModel", "Time"), QT_TRANSLATE_NOOP("HistoryModel", "Kind"),
                 QT_TRANSLATE_NOOP("HistoryModel", "Quantity"), QT_TRANSLATE_NOOP("HistoryModel", "Reason"),
                 QT_TRANSLATE_NOOP("HistoryModel", "Balance"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def big_html(text: str, color: str = "") -> str:
    """Rich text in large bold type; relative to the widget's font, so it follows View > UI scale.

    (Qt style sheets take font sizes only in pt or px; rich text's ``xx-large`` is relative.)
    """
    style = "font-size: xx-large; font-weight: bold;" + (f" color: {color};" if color else "")
    return f'<span style="{style}">{html.escape(text)}</span>'


def signed(n: int) -> str:
    """A movement with its sign, grouped for the UI language: "+1,200", "\u22123", "0"."""
    return f"+{formats.integer(n)}" if n > 0 else f"\u2212{formats.integer(-n)}" if n < 0 else "0"


class HistoryModel(QAbstractTableModel):
    """A read-only table of rows already turned into text; the stock and price panels show history with it.

    ``set_rows`` takes tuples of cell texts; ``colors`` optionally gives a foreground colour per row.
    """

    def __init__(self, headers: tuple[str, ...], numeric: frozenset[int] = frozenset(), parent=None):
        super().__init__(parent)
        self.headers = headers
        self.numeric = numeric
        self.rows: list[tuple[str, ...]] = []
        self.colors: list[str] = []

    def set_rows(self, rows: list[tuple[str, ...]], colors: list[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.colors = colors or [""] * len(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in self.numeric else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and self.colors[index.row()]:
            return QBrush(QColor(self.colors[index.row()]))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.headers):
            return None
        return QCoreApplication.translate("HistoryModel", self.headers[section])


def history_table(model: HistoryModel, name: str, stretch: int) -> QTableView:
    """A compact read-only table for a history model; column ``stretch`` takes the spare width.

    Call ``fit_header`` after the headers are translated or the font changes.
    """
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    table.setProperty("stretch_column", stretch)
    return table


def fit_header(table: QTableView) -> None:
    """Keep the stretching column at least as wide as its title (a narrow panel at 150 % would clip it);
    the other columns fit their contents, title included."""
    header = table.horizontalHeader()
    header.setMinimumSectionSize(header.sectionSizeHint(table.property("stretch_column")))


class StockPanel(EditorPanel):
    """On hand, the threshold, a form that records one movement (an undo step) and the ledger."""

    def __init__(self, editor):
        super().__init__(editor)
        self.on_hand = QLabel(objectName="stockOnHand")
        self.on_hand.setTextFormat(Qt.TextFormat.RichText)
        self.low = QLabel(objectName="stockLow")
        self.low.setWordWrap(True)
        self.threshold = QLineEdit(objectName="stockThreshold")
        self.threshold.setMaxLength(7)
        self.threshold_label = QLabel()
        self.threshold_label.setBuddy(self.threshold)
        self.threshold_issue = IssueLabel()
        self.kind = QComboBox(objectName="stockKind")
        for code in STOCK_KINDS:
            self.kind.addItem(code, code)
        self.quantity = QLineEdit(objectName="stockQuantity")
        self.quantity.setMaxLength(12)
        self.quantity_issue = IssueLabel()
        self.reason = QComboBox(objectName="stockReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.record_button = QPushButton(objectName="stockRecord")
        self.model = HistoryModel(STOCK_HEADERS, frozenset((2, 4)), self)
        self.table = history_table(self.model, "stockHistory", 3)
        self._layout()
        self.threshold.editingFinished.connect(self.commit_threshold)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.quantity.returnPressed.connect(self.record)
        self.reason.lineEdit().returnPressed.connect(self.record)
        self.record_button.clicked.connect(self.record)
        self._threshold_bad = False
        self._kind_changed()
        self.retranslate()

    def _layout(self) -> None:
        self.heading = heading()
        self.form_box = QGroupBox(objectName="stockMoveBox")
        form = QFormLayout(self.form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(3)]
        fields = (self.kind, stacked(self.quantity, self.quantity_issue), self.reason)
        for label, field, buddy in zip(self.labels, fields, (self.kind, self.quantity, self.reason)):
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        form.addRow(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        form.addRow(row)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold_label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        self.history_heading = heading()
        content = QWidget(objectName="stockContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 8, 8)
        for item in (self.heading, self.on_hand, self.low, threshold_row, self.threshold_issue, self.form_box,
                     self.history_heading, self.table):
            column.addLayout(item) if isinstance(item, QHBoxLayout) else column.addWidget(item)
        column.setStretchFactor(self.table, 1)
        fill_with(self, scrolling(content, "stockScroll", sideways=False))
        for first, second in zip((self.threshold, self.kind, self.quantity, self.reason, self.record_button),
                                 (self.kind, self.quantity, self.reason, self.record_button, self.table)):
            QWidget.setTabOrder(first, second)

    # --- showing --------------------------------------------------------------------------------
    def fill(self, product, new_product: bool) -> None:
        if new_product:
            self.quantity.clear()
            self.quantity_issue.clear_issues()
            self.threshold_issue.clear_issues()
            self._threshold_bad = False
        if product is None:
            self.model.set_rows([])
            return
        rows = self.catalogue.stock_history(product.sku)
        on_hand = rows[-1]["balance"] if rows else 0
        low = on_hand <= product.low_stock_threshold
        color = metrics.WARNING_COLOR if low else ""
        self.on_hand.setText(big_html(self.tr("%n on hand", None, on_hand), color))
        self.low.setVisible(low)
        self.low.setText(self.tr("Low stock: restock (the warning starts at %1)").replace(
            "%1", formats.integer(product.low_stock_threshold)))
        if not self._threshold_bad:
            self.threshold.setText(str(product.low_stock_threshold))
        now, newest = self.catalogue.clock(), rows[::-1]
        self.model.set_rows(
            [(formats.datetime_text(r["at"], now), messages.label(messages.STOCK_KIND_NAMES, r["kind"]),
              signed(r["quantity"]), r["reason"] or "", formats.integer(r["balance"])) for r in newest],
            [metrics.WARNING_COLOR if r["kind"] == "damage" else "" for r in newest])  # losses stand out

    def _kind_changed(self) -> None:
        """Offer the reasons of the chosen kind; a reason still as suggested follows the kind."""
        kind = self.kind.currentData()
        current = self.reason.currentText()
        suggested = {r for _, reasons in REASONS for r in reasons}
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItems(dict(REASONS)[kind])
        self.reason.setEditText(dict(REASONS)[kind][0] if not current or current in suggested else current)
        self.reason.blockSignals(False)
        self._set_hint()

    def _set_hint(self) -> None:
        if self.kind.currentData() == "adjust":
            self.hint.setText(self.tr("Adjust by a signed number: +5 adds, -3 takes away (after a count)."))
            self.quantity.setPlaceholderText("-3")
        else:
            self.hint.setText(self.tr("A positive whole number of units."))
            self.quantity.setPlaceholderText("20")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Stock on hand"))
        self.low.setStyleSheet(f"color: {metrics.WARNING_COLOR}; font-weight: bold;")
        self.threshold_label.setText(self.tr("Low-stock warning at"))
        self.threshold.setAccessibleName(messages.tr(messages.FIELD_NAMES["low_stock_threshold"]))
        self.threshold.setToolTip(self.tr("Stock at or below this number is shown as low"))
        self.threshold.setMaximumWidth(self.threshold.fontMetrics().horizontalAdvance("0") * 9 + 16)
        self.form_box.setTitle(self.tr("Record a movement"))
        for label, text in zip(self.labels, (self.tr("Kind"), self.tr("Quantity"), self.tr("Reason"))):
            label.setText(text)
        for i, code in enumerate(STOCK_KINDS):
            self.kind.setItemText(i, messages.label(messages.STOCK_KIND_NAMES, code))
        self.kind.setAccessibleName(self.tr("Kind of movement"))
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setToolTip(self.tr("Pick a suggested reason or type your own"))
        self.record_button.setText(self.tr("Record"))
        self.record_button.setToolTip(self.tr("Record this movement (Enter); Ctrl+Z takes it back"))
        self.history_heading.setText(self.tr("Movements, newest first"))
        self.table.setAccessibleName(self.tr("Stock movements"))
        fit_header(self.table)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 9)
        self._set_hint()
        super().retranslate()

    # --- writing --------------------------------------------------------------------------------
    def undo_text(self, kind: str, quantity: int) -> str:
        name = self.product.name_zh or self.product.sku
        template = {"receive": self.tr("Receive %1 of %2"), "sell": self.tr("Sell %1 of %2"),
                    "return": self.tr("Return %1 of %2"), "damage": self.tr("Write off %1 of %2"),
                    "adjust": self.tr("Adjust %2 by %1")}[kind]
        amount = signed(quantity) if kind == "adjust" else formats.integer(quantity)
        return template.replace("%1", amount).replace("%2", name)

    def record(self) -> bool:
        """Record the typed movement as one undo step; a refused one is explained beside the quantity."""
        from ..commands import MoveStock

        if self.product is None:
            return False
        kind = self.kind.currentData()
        try:
            if not fold(self.quantity.text()):
                raise ValidationError([Issue("quantity", "required")])
            quantity = parse_int(self.quantity.text(), "quantity")
            reason = self.reason.currentText().strip()
            self.context.execute(MoveStock(self.context, self.product.sku, kind, quantity, reason,
                                           self.undo_text(kind, quantity)))
        except VillageCastError as exc:
            self.quantity_issue.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
            self.quantity_issue.setText(messages.describe_error(exc))
            self.quantity_issue.severity = "error"
            self.quantity_issue.show()
            return False
        self.quantity_issue.clear_issues()
        self.quantity.clear()
        self.quantity.setFocus()
        return True

    def commit_threshold(self) -> bool:
        """Save the low-stock threshold when the field is left (one undo step)."""
        if self.product is None:
            return False
        try:
            value = parse_int(self.threshold.text(), "low_stock_threshold")
        except ValidationError as exc:
            self._threshold_bad = True
            self.threshold_issue.show_issues(exc.issues)
            return False
        self._threshold_bad = False
        self.threshold_issue.clear_issues()
        if value == self.product.low_stock_threshold:
            return True
        result = self.save(replace(self.product, low_stock_threshold=value),
                           messages.tr(messages.FIELD_NAMES["low_stock_threshold"]))
        if not result.ok:
            self._threshold_bad = True
            self.threshold_issue.show_issues(result.issues)
        return result.ok
