"""Basics: every scalar fact of a product in one form; each field is saved when you leave it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget)

from ... import messages
from ...core.errors import ValidationError
from ...core.fields import parse_field
from ...core.money import format_fen
from ...core.product import CATEGORIES, PRICE_FIELDS, STORAGE_KINDS, Product
from ...core.validation import validate_product
from .panel import EditorPanel, FieldMessages
from .widgets import DateField, TextEdit, buddy_for, fill_with, scrolling, stacked

CONTEXT = "BasicsPanel"
translate = QCoreApplication.translate  # literal contexts, so lupdate sees every text
# Groups of the form, in order; each field is (name, widget kind).
GROUPS = (
    ("Name and category", (("name_zh", "line"), ("name_en", "line"), ("sku", "line"), ("category", "choice"))),
    ("Prices (yuan)", tuple((name, "line") for name in ("live_price_fen", "list_price_fen", "floor_price_fen",
                                                        "cost_fen"))),
    ("Size and weight", (("net_weight_g", "line"), ("gross_weight_g", "line"), ("units_per_pack", "line"),
                         ("length_cm", "line"), ("width_cm", "line"), ("height_cm", "line"))),
    ("Keeping", (("shelf_life_days", "line"), ("storage", "choice"), ("perishable", "check"),
                 ("low_stock_threshold", "line"))),
    ("Origin", (("origin_province", "line"), ("origin_county", "line"), ("origin_town", "line"),
                ("origin_village", "line"), ("producer", "line"), ("harvest_date", "date"))),
    ("Supply and after-sales", (("supplier", "line"), ("after_sales", "text"))),
)
CHOICES = {"category": (CATEGORIES, messages.CATEGORY_NAMES), "storage": (STORAGE_KINDS, messages.STORAGE_NAMES)}
PLACEHOLDERS = {
    "live_price_fen": "39.90", "list_price_fen": "59.90", "floor_price_fen": "35.00", "cost_fen": "20.00",
    "net_weight_g": "1000", "gross_weight_g": "1150", "units_per_pack": "1", "shelf_life_days": "270",
    "low_stock_threshold": "10",
}



def group_title(key: str) -> str:
    """Translated group titles (spelled out so lupdate sees each one)."""
    return {
        "Name and category": translate("BasicsPanel", "Name and category"),
        "Prices (yuan)": translate("BasicsPanel", "Prices (yuan)"),
        "Size and weight": translate("BasicsPanel", "Size and weight"),
        "Keeping": translate("BasicsPanel", "Storage and stock"),
        "Origin": translate("BasicsPanel", "Origin"),
        "Supply and after-sales": translate("BasicsPanel", "Supply and after-sales"),
    }[key]


def field_text(p: Product, name: str) -> str:
    """What a field shows for the stored value: prices in yuan, empty for "not recorded"."""
    value = getattr(p, name)
    if value is None:
        return ""
    if name in PRICE_FIELDS:
        return format_fen(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class BasicsPanel(EditorPanel):
    """The scalar fields, grouped; a refused value stays in its field, in red, and is not saved."""

    def __init__(self, editor):
        super().__init__(editor)
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._invalid: set[str] = set()
        self._filling = False
        self.messages = FieldMessages()
        content = QWidget(objectName="basicsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 8, 8)
        for key, items in GROUPS:
            box = QGroupBox(objectName=f"group_{key.split()[0].lower()}")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name, kind in items:
                widget = self._make(name, kind)
                holder = stacked(widget, self.messages.add(name))
                label = QLabel()
                label.setBuddy(buddy_for(widget))
                self.labels[name] = label
                form.addRow(label, holder)
            self.groups[key] = box
            column.addWidget(box)
        column.addStretch(1)
        fill_with(self, scrolling(content, "basicsScroll"))
        order = list(self.widgets.values())
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def _make(self, name: str, kind: str) -> QWidget:
        if kind == "line":
            widget = QLineEdit()
            widget.editingFinished.connect(lambda n=name: self.commit(n))
        elif kind == "choice":
            widget = QComboBox()
            for code in CHOICES[name][0]:
                widget.addItem(code, code)
            widget.activated.connect(lambda _i, n=name: self.commit(n))
        elif kind == "check":
            widget = QCheckBox()
            widget.toggled.connect(lambda _on, n=name: self.commit(n))
        elif kind == "date":
            widget = DateField()
            widget.editingFinished.connect(lambda n=name: self.commit(n))
        else:
            widget = TextEdit(lines=3)
            widget.editingFinished.connect(lambda n=name: self.commit(n))
        widget.setObjectName(f"field_{name}")
        self.widgets[name] = widget
        return widget

    # --- showing --------------------------------------------------------------------------------
    def fill(self, product: Product | None, new_product: bool) -> None:
        if new_product:
            self._invalid.clear()
            self.messages.clear()
        if product is None:
            return
        self._filling = True
        try:
            for name, widget in self.widgets.items():
                if name in self._invalid:
                    continue  # keep the refused text the user typed, with its message
                self._set(widget, name, product)
        finally:
            self._filling = False
        self._show_warnings(product)

    def _set(self, widget: QWidget, name: str, p: Product) -> None:
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(getattr(p, name))))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(getattr(p, name)))
        else:
            widget.setText(field_text(p, name))

    def _show_warnings(self, p: Product) -> None:
        warnings = [i for i in validate_product(p) if not i.is_error]
        for name in self.widgets:
            if name not in self._invalid:
                self.messages.show(warnings, only=name)

    def retranslate(self) -> None:
        for key, box in self.groups.items():
            box.setTitle(group_title(key))
        for name, label in self.labels.items():
            label.setText(messages.tr(messages.FIELD_NAMES[name]))
            self.widgets[name].setAccessibleName(label.text())
        for name, (codes, names) in CHOICES.items():
            combo = self.widgets[name]
            for i, code in enumerate(codes):
                combo.setItemText(i, messages.label(names, code))
        for name, hint in PLACEHOLDERS.items():
            self.widgets[name].setPlaceholderText(hint)
        self.widgets["harvest_date"].set_tooltips(
            translate("BasicsPanel", "Type a date as YYYY-MM-DD, or leave it empty"),
                                                  translate("BasicsPanel", "Pick from a calendar"))
        self.widgets["perishable"].setText(
            translate("BasicsPanel", "Fresh goods that spoil: no 7-day no-reason returns"))
        self.widgets["sku"].setToolTip(
            translate("BasicsPanel", "Letters, digits, - _ . ; at most 40. Renaming keeps all history."))
        self.widgets["name_zh"].setToolTip(translate("BasicsPanel", "The name buyers see and the anchor says"))
        width = max(label.sizeHint().width() for label in self.labels.values())
        for label in self.labels.values():
            label.setMinimumWidth(width)  # one label column across the groups
        super().retranslate()

    # --- saving ---------------------------------------------------------------------------------
    def value(self, name: str):
        """The typed value of field ``name``, read like the command line reads it."""
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return parse_field(name, widget.text())

    def commit(self, name: str) -> bool:
        """Save field ``name`` if it changed; True when the stored product now holds the typed value."""
        if self._filling or self.product is None:
            return False
        try:
            value = self.value(name)
        except ValidationError as exc:
            self._invalid.add(name)
            self.messages.show(exc.issues, only=name)
            return False
        if value == getattr(self.product, name):
            self._invalid.discard(name)
            self._show_warnings(self.product)
            return True
        after = replace(self.product, **{name: value})
        self._invalid.discard(name)  # the refill after a good save shows this field's stored value
        result = self.save(after, messages.tr(messages.FIELD_NAMES[name]))
        if result.ok:
            return True
        self._invalid.add(name)
        errors = [i for i in result.issues if i.is_error]
        self.messages.labels[name].show_issues(errors or result.issues)
        for other in self.widgets:
            if other != name:
                self.messages.show([i for i in errors if i.field != name], only=other)
        return False
