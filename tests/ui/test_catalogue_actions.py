"""New product, delete with confirmation, undo across the catalogue, sections, UI scale, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from villagecast.ui import settings as config
from villagecast.ui.editor.new_product import NewProductDialog, suggest_sku
from villagecast.ui.views.main_window import MainWindow


@pytest.fixture
def window(main_window):
    return main_window()


def test_suggested_skus_come_from_pinyin_initials_and_skip_taken_ones():
    taken = {"HT-001"}
    assert suggest_sku("核桃", taken.__contains__) == "HT-002"
    assert suggest_sku("土蜂蜜", taken.__contains__) == "TFM-001"


def test_new_product_dialog_creates_one_undoable_product(qtbot, window, context, monkeypatch):
    def fill_and_accept(dialog):
        dialog.name.insert("富平柿饼")
        dialog.name.textEdited.emit(dialog.name.text())
        assert dialog.sku.text() == "FPSB-001"
        dialog.category.setCurrentIndex(dialog.category.findData("dried"))
        dialog.create()
        return dialog.result()

    monkeypatch.setattr(NewProductDialog, "exec", fill_and_accept)
    window.actions.new_action.trigger()
    assert context.catalogue.get("FPSB-001").category == "dried"
    assert window.current_sku() == "FPSB-001" and window.editor.section == "basics"
    assert window.model.total_count() == 5
    context.undo_stack.undo()
    assert not context.catalogue.exists("FPSB-001") and window.model.total_count() == 4
    context.undo_stack.redo()
    assert context.catalogue.exists("FPSB-001")


def test_new_product_dialog_shows_why_it_refuses(qtbot, context):
    dialog = NewProductDialog(context)
    qtbot.addWidget(dialog)
    dialog.sku.setText("WAL-001")  # taken
    dialog.create()
    assert "required" in dialog.messages.labels["name_zh"].text()
    dialog.name.setText("新核桃")
    dialog.create()
    assert "already exists" in dialog.messages.labels["sku"].text()
    assert context.catalogue.count() == 4 and context.undo_stack.count() == 0


def test_delete_asks_first_and_undo_restores_history(qtbot, window, context, monkeypatch):
    window.select_sku("WAL-001")
    history = context.catalogue.stock_history("WAL-001")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
    window.actions.delete_action.trigger()
    assert context.catalogue.exists("WAL-001") and "核桃" in asked[0]
    window.actions.delete_action.trigger()
    assert not context.catalogue.exists("WAL-001")
    assert window.current_sku() != "WAL-001"
    window.undo_action.trigger()
    assert context.catalogue.exists("WAL-001")
    assert [m["quantity"] for m in context.catalogue.stock_history("WAL-001")] == [m["quantity"] for m in history]
    assert window.current_sku() == "WAL-001"  # undo shows the product it brought back


def test_delete_key_works_in_the_list_but_not_in_a_text_field(qtbot, window, context, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.select_sku("TEA-004")
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Delete)
    assert context.catalogue.exists("TEA-004")
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert not context.catalogue.exists("TEA-004")


def test_undo_of_an_edit_on_a_hidden_product_brings_it_back_into_view(qtbot, window, context):
    window.select_sku("WAL-001")
    panel = window.editor.panel("basics")
    window.editor.set_section("basics")
    panel.widgets["producer"].setText("新合作社")
    panel.commit("producer")
    window.search.setText("fengmi")  # only the honey shows
    assert window.model.row_of("WAL-001") is None
    context.undo_stack.undo()
    assert window.search.text() == "" and window.current_sku() == "WAL-001"
    assert context.catalogue.get("WAL-001").producer == "光明合作社"


def test_section_shortcuts_and_remembered_section(qtbot, window, context):
    window.actions.section_actions[2].trigger()
    assert window.editor.section == "points"
    window.actions.next_section.trigger()
    assert window.editor.section == "evidence"
    window.save_settings()
    again = MainWindow(context, config.Settings())
    qtbot.addWidget(again)
    assert again.editor.section == "evidence"


def test_ui_scale_grows_every_text_and_is_remembered(qtbot, window):
    base = config.Settings().get(config.FONT_POINT_SIZE)
    before = QApplication.instance().font()
    row_height = window.table.verticalHeader().defaultSectionSize()
    window.actions.set_scale(150)
    try:
        assert QApplication.instance().font().pointSizeF() == pytest.approx(base * 1.5)
        assert window.table.verticalHeader().defaultSectionSize() > row_height
        assert config.Settings().get(config.UI_SCALE) == 150
        assert [a.data() for a in window.actions.scale_group.actions() if a.isChecked()] == [150]
        window.actions.set_scale(100)
        assert QApplication.instance().font().pointSizeF() == pytest.approx(base)
    finally:
        QApplication.instance().setFont(before)
