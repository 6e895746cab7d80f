"""Nutrition: values per 100 g (or 100 mL) in; declared values, NRV % (GB 28050) and content claims out.

Each amount is saved as soon as it is entered (one undo step); a refused amount stays in its cell
in red, with the reason under the table. The claims are judged on the stored values.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ... import messages
from ...core import claims, editing, nutrition
from ...core.errors import ValidationError
from ...core.fields import fold, parse_number
from ...core.product import NUTRITION_BASES, Product
from .. import formats, metrics
from .nutrition_claims_view import ClaimsView
from .nutrition_table import AMOUNT, HEADERS, NutritionModel, NutritionTable
from .panel import EditorPanel, heading
from .widgets import IssueLabel, fill_with, scrolling

class NutritionPanel(EditorPanel):
    """Basis, edition, the nutrient table, the refusals under it, and the claims the values allow."""

    def __init__(self, editor):
        super().__init__(editor)
        self._shown: set[str] = set()  # rows shown for this product (they stay until another product)
        self._pending: dict[str, tuple[str, list]] = {}  # refused amount: code -> (text, issues)
        self._filling = False
        self.basis = QComboBox(objectName="nutritionBasis")
        for code in NUTRITION_BASES:
            self.basis.addItem(code, code)
        self.basis.activated.connect(self._basis_chosen)
        self.basis_label = QLabel()
        self.basis_label.setBuddy(self.basis)
        self.edition_line = QLabel(objectName="editionLine", wordWrap=True)
        self.preview = QCheckBox(objectName="editionPreview")
        self.preview.toggled.connect(lambda _on: self.fill(self.product, new_product=False))
        self.table_heading = heading()
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.model = NutritionModel(self.commit, self)
        self.table = NutritionTable()
        self.table.setObjectName("nutritionTable")
        self.table.setModel(self.model)
        self.add_combo = QComboBox(objectName="addNutrient")
        self.add_combo.activated.connect(self._add_chosen)
        self.add_label = QLabel()
        self.add_label.setBuddy(self.add_combo)
        self.issues = IssueLabel()
        self.issues.setObjectName("nutritionIssues")
        self.claims_heading = heading()
        self.claims_note = QLabel(wordWrap=True)
        self.claims_note.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.claims = ClaimsView()

        content = QWidget(objectName="nutritionContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 8, 8)
        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        top.addRow(self.basis_label, self.basis)
        column.addLayout(top)
        for widget in (self.edition_line, self.preview, self.table_heading, self.hint, self.table):
            column.addWidget(widget)
        add = QFormLayout()
        add.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        add.addRow(self.add_label, self.add_combo)
        column.addLayout(add)
        for widget in (self.issues, self.claims_heading, self.claims_note, self.claims):
            column.addWidget(widget)
        column.addStretch(1)
        fill_with(self, scrolling(content, "nutritionScroll", sideways=False))
        QWidget.setTabOrder(self.basis, self.preview)
        QWidget.setTabOrder(self.preview, self.table)
        QWidget.setTabOrder(self.table, self.add_combo)
        self.retranslate()

    # --- editions ------------------------------------------------------------------------------
    @staticmethod
    def edition_in_force() -> int:
        return nutrition.edition_for(date.today())

    def edition(self) -> int:
        """The edition the table and claims use: the one in force, or the other one while previewing."""
        current = self.edition_in_force()
        return (2025 if current == 2011 else 2011) if self.preview.isChecked() else current

    def _edition_texts(self) -> None:
        current, shown = self.edition_in_force(), self.edition()
        since = formats.date_text(nutrition.EDITION_2025_IN_FORCE)
        if shown != current:
            text = self.tr("Preview: NRV % and claims under GB 28050-%1, not the edition in force today.")
            self.edition_line.setStyleSheet(f"color: {metrics.WARNING_COLOR};")
        elif current == 2011:
            text = self.tr("NRV % and claims follow GB 28050-%1, in force today; GB 28050-2025 applies from %2.")
            self.edition_line.setStyleSheet("")
        else:
            text = self.tr("NRV % and claims follow GB 28050-%1, in force since %2.")
            self.edition_line.setStyleSheet("")
        self.edition_line.setText(text.replace("%1", str(shown)).replace("%2", since))
        other = 2025 if current == 2011 else 2011
        self.preview.setText(self.tr("Preview GB 28050-%1").replace("%1", str(other)))

    # --- showing -------------------------------------------------------------------------------
    def fill(self, product: Product | None, new_product: bool) -> None:
        if new_product:
            self._shown.clear()
            self._pending.clear()
        self._edition_texts()
        if product is None:
            self.model.clear()
            self.claims.show_claims([], {}, "100g")
            self.issues.clear_issues()
            return
        self._filling = True
        try:
            self.basis.setCurrentIndex(max(0, self.basis.findData(product.nutrition_basis)))
            values = product.nutrition
            self._shown |= set(values)
            codes = [n.code for n in nutrition.NUTRIENTS if n.core or n.code in self._shown]
            edition = self.edition()
            self.model.set_rows(codes, values, edition, {c: text for c, (text, _) in self._pending.items()})
            self._fill_add_combo(codes)
        finally:
            self._filling = False
        self.table.fit_height()
        self.issues.show_issues([i for _, issues in self._pending.values() for i in issues])
        basis = product.nutrition_basis
        self.claims_note.setText(self.tr("Judged on the stored values per %1; a claim word not listed here is not "
                                         "a nutrient content claim.").replace("%1", self._basis_name(basis)))
        self.claims.show_claims(claims.evaluate(values, basis, edition), values, basis)

    def _fill_add_combo(self, codes: list[str]) -> None:
        self.add_combo.clear()
        self.add_combo.addItem(self.tr("Choose a nutrient to add\u2026"), None)
        for n in nutrition.NUTRIENTS:
            if n.code not in codes:
                self.add_combo.addItem(messages.label(messages.NUTRIENT_NAMES, n.code), n.code)

    def _basis_name(self, basis: str) -> str:
        return self.tr("100 mL") if basis == "100ml" else self.tr("100 g")

    def retranslate(self) -> None:
        self.basis_label.setText(self.tr("Values per"))
        self.basis.setItemText(0, self.tr("per 100 g (solid food)"))
        self.basis.setItemText(1, self.tr("per 100 mL (liquids)"))
        self.basis.setAccessibleName(self.basis_label.text())
        self.preview.setToolTip(self.tr("Shows the other edition's NRV % and claims; nothing is stored."))
        self.table_heading.setText(self.tr("Nutrition facts"))
        self.hint.setText(self.tr("Type the amounts from the test report. Enter or F2 edits the selected row, "
                                  "Tab moves to the next one; an empty amount means not measured."))
        self.table.setAccessibleName(self.tr("Nutrition facts"))
        self.add_label.setText(self.tr("Add nutrient"))
        self.add_combo.setAccessibleName(self.tr("Add nutrient"))
        self.claims_heading.setText(self.tr("Nutrient content claims"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        super().retranslate()

    # --- saving --------------------------------------------------------------------------------
    def commit(self, code: str, text: str) -> bool:
        """Save the typed amount of ``code`` (empty clears it); True when the stored product now holds it."""
        if self._filling or self.product is None:
            return False
        path = f"nutrition.{code}"
        try:
            amount = None if fold(text) == "" else parse_number(text, path)
        except ValidationError as exc:
            return self._refuse(code, text, exc.issues)
        self._pending.pop(code, None)
        if amount == self.product.nutrition.get(code):
            self.fill(self.product, new_product=False)
            return True
        result = self.save(editing.set_nutrient(self.product, code, amount), messages.field_name(path))
        if result.ok:
            return True
        return self._refuse(code, text, [i for i in result.issues if i.is_error] or result.issues)

    def _refuse(self, code: str, text: str, issues: list) -> bool:
        self._pending[code] = (text, issues)
        self.fill(self.product, new_product=False)
        return False

    def _basis_chosen(self, _index: int) -> None:
        basis = self.basis.currentData()
        if self._filling or self.product is None or basis == self.product.nutrition_basis:
            return
        what = messages.tr(messages.FIELD_NAMES["nutrition_basis"])
        result = self.save(replace(self.product, nutrition_basis=basis), what)
        if not result.ok:
            self.fill(self.product, new_product=False)  # back to the stored basis
            self.issues.show_issues([i for i in result.issues if i.is_error] or result.issues)

    def _add_chosen(self, index: int) -> None:
        code = self.add_combo.itemData(index)
        if code is None or self.product is None:
            return
        self._shown.add(code)
        self.fill(self.product, new_product=False)
        cell = self.model.index(self.model.row(code), AMOUNT)
        self.table.setFocus()
        self.table.setCurrentIndex(cell)
        self.table.edit(cell)
