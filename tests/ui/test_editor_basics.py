"""The product editor's Basics section: fields save as you leave them, refused input stays red, undo works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from villagecast.storage import Repository, open_database
from villagecast.core.catalogue import Catalogue


@pytest.fixture
def window(main_window):
    return main_window("WAL-001", "basics")


def type_into(qtbot, widget, text: str) -> None:
    """Replace a line edit's text as a user would and leave the field (editingFinished)."""
    widget.setFocus()
    widget.selectAll()
    widget.insert(text)  # typed by an input method (keyClicks only knows ASCII)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def basics(win):
    return win.editor.panel("basics")


def test_a_field_is_saved_when_you_leave_it_and_undo_restores_it(qtbot, window, context):
    panel = basics(window)
    type_into(qtbot, panel.widgets["live_price_fen"], "35.5")
    assert context.catalogue.get("WAL-001").live_price_fen == 3550
    assert window.model.row_data(window.model.row_of("WAL-001"))["live_price_fen"] == 3550  # the list follows
    assert "Live price" in window.undo_action.text()
    window.undo_action.trigger()
    assert context.catalogue.get("WAL-001").live_price_fen == 3990
    assert panel.widgets["live_price_fen"].text() == "39.90"
    assert [r["price_fen"] for r in context.catalogue.price_history("WAL-001", "live")] == [3990]
    window.redo_action.trigger()
    assert context.catalogue.get("WAL-001").live_price_fen == 3550


def test_refused_input_stays_in_the_field_with_a_message_and_is_not_saved(qtbot, window, context):
    panel = basics(window)
    type_into(qtbot, panel.widgets["net_weight_g"], "一千克")
    label = panel.messages.labels["net_weight_g"]
    assert label.isVisible() and "whole number" in label.text()
    assert panel.widgets["net_weight_g"].text() == "一千克"
    assert context.catalogue.get("WAL-001").net_weight_g == 1000
    assert context.undo_stack.count() == 0
    type_into(qtbot, panel.widgets["name_en"], "Walnuts in shell")  # another field saves; the bad one stays
    assert panel.widgets["net_weight_g"].text() == "一千克" and label.isVisible()
    type_into(qtbot, panel.widgets["net_weight_g"], "1200")
    assert not label.isVisible() and context.catalogue.get("WAL-001").net_weight_g == 1200


def test_a_value_that_breaks_another_field_is_refused_with_the_reason(qtbot, window, context):
    panel = basics(window)
    type_into(qtbot, panel.widgets["gross_weight_g"], "900")  # below the net weight of 1000 g
    assert "less than the net weight" in panel.messages.labels["gross_weight_g"].text()
    assert context.catalogue.get("WAL-001").gross_weight_g is None


def test_warnings_are_shown_but_the_value_is_saved(qtbot, window, context):
    panel = basics(window)
    type_into(qtbot, panel.widgets["live_price_fen"], "15")  # below the cost of 20.00
    assert context.catalogue.get("WAL-001").live_price_fen == 1500
    assert "below the cost" in panel.messages.labels["live_price_fen"].text()


def test_choices_checkboxes_and_dates_save(qtbot, window, context):
    panel = basics(window)
    combo = panel.widgets["storage"]
    combo.setCurrentIndex(combo.findData("chilled"))
    combo.activated.emit(combo.currentIndex())
    panel.widgets["perishable"].setChecked(True)
    date_field = panel.widgets["harvest_date"]
    date_field.setText("2026-09-30")
    date_field.editingFinished.emit()
    stored = context.catalogue.get("WAL-001")
    assert (stored.storage, stored.perishable, stored.harvest_date) == ("chilled", True, "2026-09-30")
    assert context.undo_stack.count() == 3


def test_renaming_the_sku_keeps_the_product_selected(qtbot, window, context):
    type_into(qtbot, basics(window).widgets["sku"], "WAL-XL")
    assert window.current_sku() == "WAL-XL" and window.editor.current_sku == "WAL-XL"
    window.undo_action.trigger()
    assert window.current_sku() == "WAL-001"


def test_tab_order_follows_the_form(qtbot, window):
    panel = basics(window)
    names = list(panel.widgets)
    panel.widgets[names[0]].setFocus()
    qtbot.waitUntil(panel.widgets[names[0]].hasFocus)
    for expected in names[1:4]:
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        assert panel.widgets[expected].hasFocus() or panel.widgets[expected].isAncestorOf(panel.focusWidget())


def test_edits_survive_a_restart(qtbot, window, context, db_path):
    type_into(qtbot, basics(window).widgets["producer"], "漾濞核桃合作社")
    context.close()
    db = open_database(db_path)
    try:
        assert Catalogue(Repository(db)).get("WAL-001").producer == "漾濞核桃合作社"
    finally:
        db.conn.close()
