"""Sale buttons in the operator window: +1 and +N for the product on air (or one picked), stock per product.

Every tap is one ``Live.sell`` through an undo step (Ctrl+Z takes a mistaken tap back). A sale beyond the
stock on hand is refused by the core: the reason shows in red and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...broadcast_messages import describe_error
from ...core.catalogue import MAX_QUANTITY
from ...core.errors import NotFound, VillageCastError
from .. import formats, metrics
from .live_document import skus

CURRENT = ""  # the picker's first entry: the product of the segment on air


class SalesPanel(QWidget):
    """+1 / +N for ``sku()``; ``refresh()`` after any change."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.picker = QComboBox(objectName="operatorProduct")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(12)
        self.picker.currentIndexChanged.connect(lambda _i: self.refresh())
        self.product_label = QLabel(objectName="operatorSaleProduct")
        self.product_label.setWordWrap(True)
        self.product_label.setStyleSheet("font-weight: bold;")
        self.one_button = QPushButton(objectName="sellOneButton")
        self.one_button.clicked.connect(lambda: self.sell(1))
        self.quantity = QSpinBox(objectName="sellQuantity")
        self.quantity.setRange(2, MAX_QUANTITY)
        self.quantity.setValue(2)
        self.quantity.valueChanged.connect(lambda _v: self._n_text())
        self.n_button = QPushButton(objectName="sellManyButton")
        self.n_button.clicked.connect(lambda: self.sell(self.quantity.value()))
        self.message = QLabel(objectName="saleMessage")
        self.message.setWordWrap(True)
        self.stock = QTableWidget(0, 3, objectName="operatorStock")
        self.stock.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stock.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.stock.setTabKeyNavigation(False)
        self.stock.verticalHeader().hide()
        self.stock.setWordWrap(True)
        header = self.stock.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.one_button, 2)
        buttons.addWidget(self.quantity, 1)
        buttons.addWidget(self.n_button, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.product_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.stock, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.picker.setAccessibleName(self.tr("Product to sell"))
        self.picker.setToolTip(self.tr("The product the sale buttons record: the one on air, or another"))
        self.one_button.setText(self.tr("+1"))
        self.one_button.setAccessibleName(self.tr("Sell one unit"))
        self.one_button.setToolTip(self.tr("Record one unit sold (Ctrl+1); Ctrl+Z takes it back"))
        self.quantity.setAccessibleName(self.tr("Units for +N"))
        self.n_button.setAccessibleName(self.tr("Sell the number of units"))
        self.n_button.setToolTip(self.tr("Record this many units sold (Ctrl+2); Ctrl+Z takes it back"))
        self.stock.setHorizontalHeaderLabels([self.tr("Product"), self.tr("On hand"), self.tr("Sold")])
        self.stock.setAccessibleName(self.tr("Stock on hand per product"))
        self._n_text()
        self._fill_picker()
        self.rescale()

    def rescale(self) -> None:
        tall = round(self.fontMetrics().height() * 2.6)
        for button in (self.one_button, self.n_button):
            button.setMinimumHeight(tall)
            button.setStyleSheet("font-weight: bold;")
        self.quantity.setMinimumHeight(tall)

    def _n_text(self) -> None:
        self.n_button.setText(self.tr("+%1").replace("%1", str(self.quantity.value())))

    def _fill_picker(self) -> None:
        chosen = self.picker.currentData()
        catalogue = self.controller.context.catalogue
        show = skus(self.controller.segments())
        names = {r["sku"]: r["name_zh"] for r in catalogue.list_rows()}
        others = sorted((s for s in names if s not in show), key=lambda s: names[s])
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(self.tr("The product on air"), CURRENT)
        for sku in show + others:
            if sku in names:
                self.picker.addItem(f"{names[sku]} \u00b7 {sku}", sku)
        found = self.picker.findData(chosen) if chosen else 0
        self.picker.setCurrentIndex(max(0, found))
        self.picker.blockSignals(False)

    def sku(self) -> str | None:
        """The product the buttons sell: the picked one, or the product of the segment on air (None if none)."""
        picked = self.picker.currentData()
        if picked:
            return picked
        seg = self.controller.segments()[self.controller.current()]
        return seg.sku if seg.kind == "product" and seg.sku else None

    def sell(self, quantity: int) -> bool:
        sku = self.sku()
        if sku is None:
            self._say(self.tr("The segment on air has no product: pick the product to sell."), metrics.DANGER_COLOR)
            return False
        try:
            sale = self.controller.sell(quantity, sku)
        except VillageCastError as exc:
            self._say(describe_error(exc), metrics.DANGER_COLOR)
            return False
        name = self._name(sku)
        self._say(self.tr("Sold %1 \u00d7 %2 at %3. Ctrl+Z takes it back.").replace("%1", str(quantity)).replace(
            "%2", name).replace("%3", formats.time_text(sale.at, seconds=True)), metrics.OK_COLOR)
        return True

    def _say(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _on_hand(self, sku: str) -> int | None:
        facts = self.controller.facts
        if sku in facts.on_hand:
            return facts.on_hand[sku]
        try:
            return self.controller.context.catalogue.on_hand(sku)
        except NotFound:
            return None

    def _name(self, sku: str) -> str:
        name = self.controller.facts.values.get(sku, {}).get("name")
        if name:
            return name
        try:
            return self.controller.context.catalogue.get(sku).name_zh
        except NotFound:
            return sku

    def refresh(self) -> None:
        facts = self.controller.facts
        sku = self.sku()
        if sku is None:
            self.product_label.setText(self.tr("No product on air: pick one to sell."))
        else:
            on_hand = self._on_hand(sku)
            name = self._name(sku)
            self.product_label.setText(self.tr("%1: %n on hand", None, on_hand or 0).replace("%1", name))
        for button in (self.one_button, self.n_button):
            button.setEnabled(sku is not None)
        sold = self.controller.live.sold()
        rows = skus(self.controller.segments()) + sorted(s for s in sold if s not in facts.on_hand)
        self.stock.setRowCount(len(rows))
        for n, row_sku in enumerate(rows):
            on_hand, name = self._on_hand(row_sku), self._name(row_sku)
            cells = (name, "" if on_hand is None else str(on_hand), str(sold.get(row_sku, 0)))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if on_hand is not None and on_hand <= 0:
                    item.setForeground(QColor(metrics.DANGER_COLOR))
                if row_sku == sku:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.stock.setItem(n, col, item)
        self.stock.resizeRowsToContents()
