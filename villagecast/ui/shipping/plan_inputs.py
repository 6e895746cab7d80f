"""The plan's inputs: product, quantity, packaging, fee profile, live price and target margin, in two rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from . import words
from .pickers import ProductPicker

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the preset or profile itself (UserRole holds its name)


class PlanInputs(QWidget):
    """Says ``changed`` on every edit and ``product_changed(sku)`` when another product is picked."""

    changed = Signal()
    product_changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.product_box = ProductPicker(self)
        self.product_box.setObjectName("planProduct")
        self.quantity = QSpinBox(objectName="planQuantity", minimum=1, maximum=999)
        self.packaging = QComboBox(objectName="planPackaging")
        self.fees = QComboBox(objectName="planFees")
        for combo in (self.packaging, self.fees):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.price = QLineEdit(objectName="planPrice", maxLength=12)
        self.target = QLineEdit("0.00", objectName="planTarget", maxLength=12)
        self.export_button = QPushButton(objectName="planExport")
        widgets = (self.product_box, self.quantity, self.packaging, self.fees, self.price, self.target)
        self.labels = {name: QLabel() for name in ("product", "quantity", "packaging", "fees", "price", "target")}
        for label, widget in zip(self.labels.values(), widgets):
            label.setBuddy(widget)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        places = {"product": (0, 0, 3), "quantity": (0, 4, 1), "packaging": (0, 6, 1), "fees": (1, 0, 1),
                  "price": (1, 2, 1), "target": (1, 4, 1)}
        for (name, (row, column, span)), widget in zip(places.items(), widgets):
            grid.addWidget(self.labels[name], row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.addWidget(self.export_button, 1, 7)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(7, 1)
        self._filled = False
        self.product_box.product_changed.connect(self._product_changed)
        self.quantity.valueChanged.connect(self.changed)
        self.packaging.currentIndexChanged.connect(self.changed)
        self.fees.currentIndexChanged.connect(self.changed)
        self.price.textChanged.connect(self.changed)
        self.target.textChanged.connect(self.changed)
        self.price.returnPressed.connect(self.target.setFocus)
        self.rescale()

    def retranslate(self) -> None:
        texts = {"product": self.tr("&Product"), "quantity": self.tr("&Quantity"),
                 "packaging": self.tr("Pac&kaging"), "fees": self.tr("&Fees"),
                 "price": self.tr("Live price (&yuan)"), "target": self.tr("&Target margin (yuan)")}
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.labels[name].buddy().setAccessibleName(text.replace("&", ""))
        self.product_box.lineEdit().setPlaceholderText(self.tr("SKU, name or pinyin"))
        self.product_box.setToolTip(self.tr("Type part of the SKU, the name or its pinyin initials to find a product"))
        self.quantity.setToolTip(self.tr("Units per order (one parcel unless the card's weight limit splits it)"))
        self.packaging.setToolTip(self.tr("The box the order ships in. As packed: the product's own carton, with its "
                                          "gross weight and size from the product"))
        self.fees.setToolTip(self.tr("The platform fee profile: its percentages are taken from the price"))
        self.price.setToolTip(self.tr("The live price per unit, in yuan; prefilled from the product"))
        self.target.setToolTip(self.tr("The least an order should earn; provinces below it get no free shipping"))
        self.export_button.setText(self.tr("&Export policy CSV…"))
        self.export_button.setToolTip(self.tr("Save the policy per province as a CSV file for Excel or WPS"))

    def rescale(self) -> None:
        for edit in (self.price, self.target):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 12 + 16)

    def fill_choices(self, presets: list, profiles: list, day: date) -> None:
        """Presets and profiles from the book; the choice made stays (the first profile in force at first)."""
        for combo, items, none_text in (
                (self.packaging, presets, self.tr("As packed (own carton)")),
                (self.fees, profiles, self.tr("No fees (0 %)"))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none_text, None)
            for item in items:
                text = item.name if combo is self.packaging else \
                    self.tr("%1 (%2 %)").replace("%1", item.name).replace("%2", words.pct(item.total_pct))
                combo.addItem(text, item.name)
                combo.setItemData(combo.count() - 1, item, ITEM_ROLE)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(chosen)
            if not self._filled and combo is self.fees:
                index = next((i + 1 for i, profile in enumerate(items) if profile.applies_on(day)), 0)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._filled = True

    def preset(self):
        return self.packaging.currentData(ITEM_ROLE)

    def profile(self):
        return self.fees.currentData(ITEM_ROLE)

    def prefill_price(self, fen: int | None) -> None:
        """The product's live price, without a recompute of its own (the caller recomputes)."""
        self.price.blockSignals(True)
        self.price.setText(words.yuan(fen))
        self.price.blockSignals(False)

    def _product_changed(self, sku) -> None:
        self.product_box.lineEdit().setCursorPosition(0)  # the SKU first, not the end of a long name
        self.product_changed.emit(sku)
