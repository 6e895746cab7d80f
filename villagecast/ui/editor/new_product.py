"""The New product dialog: a name, a suggested SKU and a category are enough to start."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ... import messages
from ...core.errors import ValidationError, VillageCastError
from ...core.product import CATEGORIES, Product
from ...core.search import pinyin_keys
from .panel import FieldMessages
from .widgets import IssueLabel


def suggest_sku(name_zh: str, exists) -> str:
    """Pinyin initials of the name and the first free number: 核桃 -> HT-001 (HT-002 when taken)."""
    initials = re.sub(r"[^A-Za-z0-9]", "", pinyin_keys(name_zh)[1]).upper()[:12] or "P"
    for n in range(1, 10_000):
        sku = f"{initials}-{n:03d}"
        if not exists(sku):
            return sku
    return initials


class NewProductDialog(QDialog):
    """Creates the product as one undo step; ``created_sku`` is set when it was made."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("newProductDialog")
        self.context = context
        self.created_sku: str | None = None
        self._sku_touched = False
        self.name = QLineEdit(objectName="newName")
        self.sku = QLineEdit(objectName="newSku")
        self.category = QComboBox(objectName="newCategory")
        for code in CATEGORIES:
            self.category.addItem(messages.label(messages.CATEGORY_NAMES, code), code)
        self.messages = FieldMessages(IssueLabel(self))
        form = QFormLayout()
        self.name_label, self.sku_label, self.category_label = QLabel(), QLabel(), QLabel()
        for label, widget, path in ((self.name_label, self.name, "name_zh"), (self.sku_label, self.sku, "sku"),
                                    (self.category_label, self.category, "category")):
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", self.messages.add(path, self))
        self.hint = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.messages.general)
        box.addWidget(self.hint)
        box.addWidget(self.buttons)
        self.name.textEdited.connect(self._name_edited)
        self.sku.textEdited.connect(self._sku_edited)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New product"))
        self.name_label.setText(messages.tr(messages.FIELD_NAMES["name_zh"]))
        self.sku_label.setText(messages.tr(messages.FIELD_NAMES["sku"]))
        self.category_label.setText(messages.tr(messages.FIELD_NAMES["category"]))
        self.name.setPlaceholderText(self.tr("e.g. 云南漾濞核桃 1kg"))
        self.hint.setText(self.tr("Everything else (prices, origin, evidence, photos) is filled in the "
                                  "editor afterwards; each change is saved as you make it."))

    def _name_edited(self, text: str) -> None:
        if not self._sku_touched:
            self.sku.setText(suggest_sku(text, self.context.catalogue.exists) if text.strip() else "")

    def _sku_edited(self, _text: str) -> None:
        self._sku_touched = True

    def create(self) -> None:
        from ..commands import AddProduct

        product = Product(sku=self.sku.text().strip(), name_zh=self.name.text().strip(),
                          category=self.category.currentData())
        text = self.tr("New product %1").replace("%1", product.name_zh or product.sku)
        try:
            self.context.execute(AddProduct(self.context, product, text))
        except ValidationError as exc:
            self.messages.show(exc.issues)
            return
        except VillageCastError as exc:
            self.messages.general.setText(messages.describe_error(exc))
            self.messages.general.show()
            return
        self.created_sku = product.sku
        self.accept()
