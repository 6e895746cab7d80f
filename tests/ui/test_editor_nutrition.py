"""The Nutrition section: amounts save as entered, refusals stay red, NRV % and claims follow the stored values."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from villagecast.core import claims, nutrition
from villagecast.core.demo import load_demo_products
from villagecast.ui.editor import nutrition_claims_view as words
from villagecast.ui.editor.nutrition_table import AMOUNT, DECLARED, NAME, NRV, NutritionModel

CORE = ["energy_kj", "protein", "fat", "saturated_fat", "carbohydrate", "sugar", "sodium"]


@pytest.fixture
def window(main_window):
    return main_window("WAL-001", "nutrition")


def panel_of(win):
    return win.editor.panel("nutrition")


def cell(panel, code: str, column: int = AMOUNT) -> str:
    return panel.model.index(panel.model.row(code), column).data()


def enter(panel, code: str, text: str) -> bool:
    """Enter an amount the way the table's editor does (setData on the amount cell)."""
    return panel.model.setData(panel.model.index(panel.model.row(code), AMOUNT), text, Qt.ItemDataRole.EditRole)


def show_demo(win, context, sku: str) -> None:
    product = next(p for p in load_demo_products() if p.sku == sku)
    context.publish(context.catalogue.add(product))
    win.select_sku(sku)


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = NutritionModel(lambda code, text: True)
    model.set_rows(CORE + ["calcium"], {"protein": 14.9, "fat": 58.8, "calcium": 56}, 2011, {"sodium": "abc"})
    qtmodeltester.check(model)
    assert model.flags(model.index(0, AMOUNT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable


def test_core_rows_always_and_values_with_declared_value_and_nrv(window):
    panel = panel_of(window)
    assert panel.model.codes == CORE  # the walnut fixture has only three values
    edition = nutrition.edition_for(date.today())
    expected = {r["code"]: r for r in nutrition.nutrition_table({"protein": 14.9, "fat": 58.8,
                                                                 "carbohydrate": 19.1}, edition)}
    assert cell(panel, "protein") == "14.9"
    assert cell(panel, "protein", NRV) == f"{expected['protein']['nrv_percent']}%" == "25%"
    assert cell(panel, "fat", DECLARED) == "58.8"
    assert cell(panel, "sugar") == "" and cell(panel, "sugar", NRV) == ""
    assert cell(panel, "protein", NAME) == "Protein"


def test_an_amount_is_saved_at_once_as_one_undo_step(qtbot, window, context):
    panel = panel_of(window)
    assert enter(panel, "saturated_fat", "\uff15.\uff12")  # full-width "５.２" from a Chinese input method
    assert context.catalogue.get("WAL-001").nutrition["saturated_fat"] == 5.2
    assert context.undo_stack.count() == 1 and "Saturated fat" in window.undo_action.text()
    assert cell(panel, "saturated_fat") == "5.2" and cell(panel, "saturated_fat", NRV) == "26%"
    window.undo_action.trigger()
    assert "saturated_fat" not in context.catalogue.get("WAL-001").nutrition
    assert cell(panel, "saturated_fat") == ""


def test_an_empty_amount_clears_the_value(window, context):
    panel = panel_of(window)
    assert enter(panel, "protein", "  ")
    assert "protein" not in context.catalogue.get("WAL-001").nutrition
    assert cell(panel, "protein") == "" and "protein" in panel.model.codes


def test_enter_f2_and_tab_edit_amount_after_amount(qtbot, window, context):
    panel = panel_of(window)
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.model.index(panel.model.row("energy_kj"), NAME))
    assert table.currentIndex().column() == AMOUNT  # the cursor stays on the editable cell
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert("2704")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # saves and opens the next row's amount
    assert context.catalogue.get("WAL-001").nutrition["energy_kj"] == 2704
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert table.currentIndex().row() == panel.model.row("protein")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    table.setCurrentIndex(panel.model.index(panel.model.row("sodium"), AMOUNT))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("6")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: context.catalogue.get("WAL-001").nutrition.get("sodium") == 6)
    assert context.undo_stack.count() == 2


@pytest.mark.parametrize("code, text, words_in_message", [
    ("protein", "-1", "cannot be negative"),
    ("protein", "很多", "is not a number"),
    ("saturated_fat", "60", "cannot exceed Fat"),
    ("carbohydrate", "30", "more than 100 g"),
])
def test_refused_amounts_stay_red_with_the_reason_and_are_not_saved(window, context, code, text, words_in_message):
    panel = panel_of(window)
    before = dict(context.catalogue.get("WAL-001").nutrition)
    assert not enter(panel, code, text)
    assert panel.issues.isVisible() and words_in_message in panel.issues.text()
    assert panel.issues.severity == "error"
    assert cell(panel, code) == text
    assert panel.model.index(panel.model.row(code), AMOUNT).data(Qt.ItemDataRole.ForegroundRole).name() == "#b91c1c"
    assert context.catalogue.get("WAL-001").nutrition == before and context.undo_stack.count() == 0
    enter(panel, "sodium", "6")  # another amount saves; the refused one stays
    assert cell(panel, code) == text and panel.issues.isVisible()
    enter(panel, code, "1")
    assert not panel.issues.isVisible() and context.catalogue.get("WAL-001").nutrition[code] == 1


def test_add_nutrient_adds_a_row_and_opens_its_amount(qtbot, window, context):
    panel = panel_of(window)
    combo = panel.add_combo
    assert combo.findData("protein") == -1 and combo.findData("calcium") > 0
    combo.setCurrentIndex(combo.findData("calcium"))
    combo.activated.emit(combo.currentIndex())
    assert "calcium" in panel.model.codes and combo.findData("calcium") == -1
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("56")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: context.catalogue.get("WAL-001").nutrition.get("calcium") == 56)
    assert cell(panel, "calcium", NRV) == "7%"
    assert panel.claims.status_of("source_calcium") == "forbidden"  # 56 mg < 15 % of 800 mg


def test_the_basis_is_saved_and_changes_the_thresholds(window, context):
    panel = panel_of(window)
    enter(panel, "fat", "2")
    assert panel.claims.status_of("low_fat") == "allowed"  # at most 3 g per 100 g
    panel.basis.setCurrentIndex(panel.basis.findData("100ml"))
    panel.basis.activated.emit(panel.basis.currentIndex())
    assert context.catalogue.get("WAL-001").nutrition_basis == "100ml"
    assert panel.claims.status_of("low_fat") == "forbidden"  # at most 1.5 g per 100 mL
    assert "more than the 1.5 g allowed" in panel.claims.labels["low_fat"].text()
    window.undo_action.trigger()
    assert context.catalogue.get("WAL-001").nutrition_basis == "100g"
    assert panel.basis.currentData() == "100g"


def test_the_other_edition_can_be_previewed_without_storing_anything(window, context):
    panel = panel_of(window)
    combo = panel.add_combo
    combo.activated.emit(combo.findData("vitamin_d"))
    enter(panel, "vitamin_d", "2")
    count = context.undo_stack.count()
    current = nutrition.edition_for(date.today())
    other = 2025 if current == 2011 else 2011
    assert str(current) in panel.edition_line.text()
    assert cell(panel, "vitamin_d", NRV) == f"{nutrition.nrv_percent('vitamin_d', 2, current)}%"
    panel.preview.setChecked(True)
    assert f"GB 28050-{other}" in panel.edition_line.text() and "Preview" in panel.edition_line.text()
    assert cell(panel, "vitamin_d", NRV) == f"{nutrition.nrv_percent('vitamin_d', 2, other)}%"
    assert nutrition.nrv_percent("vitamin_d", 2, other) != nutrition.nrv_percent("vitamin_d", 2, current)
    assert context.undo_stack.count() == count
    panel.preview.setChecked(False)
    assert cell(panel, "vitamin_d", NRV) == f"{nutrition.nrv_percent('vitamin_d', 2, current)}%"


def layout_position(panel, widget) -> int:
    return panel.claims.box.indexOf(widget)


def test_demo_honey_must_not_be_called_sugar_free(window, context):
    show_demo(window, context, "SX-HONEY-500G")
    panel = panel_of(window)
    assert panel.product.sku == "SX-HONEY-500G"
    assert panel.claims.status_of("sugar_free") == "forbidden"
    label = panel.claims.labels["sugar_free"]
    text = label.text()
    assert "无糖" in text and "不含糖" in text and "Sugar-free" in text
    assert "Sugar: 76.5 g per 100 g, more than the 0.5 g allowed." in text
    views = panel.claims
    assert layout_position(panel, views.headings["forbidden"]) < layout_position(panel, label)
    assert layout_position(panel, label) < layout_position(panel, views.headings["no_data"])
    assert "Must not be said" in views.headings["forbidden"].text()


def test_demo_walnut_is_high_in_protein_but_not_low_fat(window, context):
    show_demo(window, context, "YN-WALNUT-1KG")
    panel = panel_of(window)
    assert panel.claims.status_of("low_fat") == "forbidden"
    assert panel.claims.status_of("high_protein") == "allowed"
    assert "May be said" in panel.claims.headings["allowed"].text()
    assert "at least the 12 g needed" in panel.claims.labels["high_protein"].text()
    assert "低脂" in panel.claims.labels["low_fat"].text()
    assert "vitamin_e" in panel.model.codes and "calcium" in panel.model.codes  # valued rows beyond the core


def test_every_claim_has_a_name_and_every_verdict_a_reason():
    samples = [{}, {"energy_kj": 100, "fat": 2, "saturated_fat": 0.5, "trans_fat": 0.1, "cholesterol": 3,
                    "sugar": 0.2, "sodium": 3, "protein": 30, "dietary_fibre": 8},
               {code: 10_000 for code in nutrition.BY_CODE}]
    assert all(words.claim_name(code) != code for code in claims.CLAIM_CODES)
    assert words.claim_name("high_calcium") == "High in Calcium"
    for edition in claims.EDITIONS:
        for values in samples:
            for basis in ("100g", "100ml"):
                for result in claims.evaluate(values, basis, edition):
                    text = words.reason(result, values, basis)
                    assert text and "_" not in text and "%" not in text.replace("10 %", ""), (result, text)


def test_failed_conditions_are_worded():
    values = {"energy_kj": 150, "fat": 3}  # little energy, but fat gives 111 kJ of it
    result = claims.check("low_energy", values, "100g", 2011)
    assert result.status == "forbidden" and result.failed == ("fat_energy_share",)
    assert words.reason(result, values, "100g") == "Fat gives 111 kJ of the 150 kJ, more than half of the energy."
    result = claims.check("saturated_fat_free", {"saturated_fat": 0.05, "trans_fat": 0.1}, "100g", 2011)
    assert "together are 0.15 g" in words.reason(result, {"saturated_fat": 0.05, "trans_fat": 0.1}, "100g")


def test_after_the_2025_edition_takes_effect_the_2011_one_is_the_preview(window, monkeypatch):
    from villagecast.ui.editor.nutrition_panel import NutritionPanel

    monkeypatch.setattr(NutritionPanel, "edition_in_force", staticmethod(lambda: 2025))
    panel = panel_of(window)
    panel.retranslate()
    assert "GB 28050-2025, in force since 16 Mar 2027" in panel.edition_line.text()
    assert panel.preview.text() == "Preview GB 28050-2011" and panel.edition() == 2025
    panel.preview.setChecked(True)
    assert panel.edition() == 2011 and "GB 28050-2011" in panel.edition_line.text()
