"""Before an export: which products (all, or the selected one) and, for a bundle or the PDF, the cooperative."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout)

from .. import metrics


class ExportOptionsDialog(QDialog):
    """Asks the scope and, with ``ask_cooperative``, the cooperative name (prefilled with ``cooperative``)."""

    def __init__(self, title: str, total: int, selected: tuple[str, str] | None, ask_cooperative: bool,
                 cooperative: str, parent=None):
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle(title)
        self.all_button = QRadioButton(self.tr("All products (%n)", None, total), objectName="exportAll")
        sku, name = selected if selected else ("", "")
        self.selected_button = QRadioButton(objectName="exportSelected")
        if selected:
            self.selected_button.setText(self.tr("Only the selected product: %1 (%2)").replace("%1", name)
                                         .replace("%2", sku))
        else:
            self.selected_button.setText(self.tr("Only the selected product (none is selected)"))
        self.selected_button.setEnabled(bool(selected))
        self.group = QButtonGroup(self)
        self.group.addButton(self.all_button)
        self.group.addButton(self.selected_button)
        self.all_button.setChecked(True)
        self.sku = sku or None
        self.cooperative = QLineEdit(cooperative, objectName="exportCooperative")
        self.cooperative.setAccessibleName(self.tr("Cooperative name"))
        self.cooperative.setPlaceholderText(self.tr("e.g. 光明村核桃合作社"))
        hint = QLabel(self.tr("Shown on the cover and in the bundle; remembered for next time."), wordWrap=True)
        hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export\u2026"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Which products?")))
        box.addWidget(self.all_button)
        box.addWidget(self.selected_button)
        if ask_cooperative:
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            label = QLabel(self.tr("&Cooperative"))
            label.setBuddy(self.cooperative)
            form.addRow(label, self.cooperative)
            box.addSpacing(6)
            box.addLayout(form)
            box.addWidget(hint)
        else:
            self.cooperative.hide()
            hint.hide()
        box.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 26)

    def skus(self) -> list[str] | None:
        """None for all products, else the selected SKU in a list."""
        return [self.sku] if self.selected_button.isChecked() and self.sku else None

    def cooperative_name(self) -> str:
        return " ".join(self.cooperative.text().split())
