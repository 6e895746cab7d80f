"""The editor's Stock section: movements are recorded as undo steps, refused ones explained, the ledger shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from villagecast.ui.editor.stock import REASONS, STOCK_HEADERS, HistoryModel
from villagecast.ui.models.product_list import Column


@pytest.fixture
def window(main_window):
    return main_window("WAL-001", "stock")


def stock(win):
    return win.editor.panel("stock")


def pick_kind(panel, code: str) -> None:
    panel.kind.setCurrentIndex(panel.kind.findData(code))


def list_stock(win, sku: str) -> str:
    return win.model.index(win.model.row_of(sku), Column.STOCK).data()


def history(panel) -> list[tuple[str, ...]]:
    model = panel.table.model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_receiving_shows_on_hand_history_and_the_list_follows(qtbot, window, context):
    panel = stock(window)
    assert "50 on hand" in panel.on_hand.text()
    pick_kind(panel, "receive")
    panel.quantity.setText("２０")  # full-width digits from a Chinese input method
    panel.reason.setEditText("")
    panel.reason.lineEdit().insert("到货入库")
    qtbot.keyClick(panel.quantity, Qt.Key.Key_Return)
    assert context.catalogue.on_hand("WAL-001") == 70
    assert "70 on hand" in panel.on_hand.text()
    newest = history(panel)[0]
    assert newest[1:] == ("Received", "+20", "到货入库", "70")
    assert history(panel)[-1][1:3] == ("Received", "+50")  # the opening stock, oldest last
    assert list_stock(window, "WAL-001") == "70"
    assert "Receive 20 of 核桃" in window.undo_action.text()
    assert panel.quantity.text() == "" and not panel.quantity_issue.isVisible()


def test_selling_more_than_on_hand_is_refused_and_nothing_is_stored(qtbot, window, context):
    panel = stock(window)
    pick_kind(panel, "sell")
    assert panel.reason.currentText() == dict(REASONS)["sell"][0]  # the suggested reason follows the kind
    panel.quantity.setText("51")
    panel.record_button.click()
    assert panel.quantity_issue.isVisible()
    assert panel.quantity_issue.text() == "Not enough stock: 50 on hand, 51 requested. Nothing was recorded."
    assert panel.quantity.text() == "51"
    assert context.catalogue.on_hand("WAL-001") == 50 and len(context.catalogue.stock_history("WAL-001")) == 1
    assert context.undo_stack.count() == 0
    panel.quantity.setText("abc")
    panel.record_button.click()
    assert "whole number" in panel.quantity_issue.text()
    panel.quantity.setText("-4")  # a sale takes a positive count
    panel.record_button.click()
    assert "positive whole number" in panel.quantity_issue.text()
    assert context.undo_stack.count() == 0
    panel.quantity.setText("12")
    panel.reason.lineEdit().returnPressed.emit()  # Enter in the reason records too
    assert context.catalogue.on_hand("WAL-001") == 38 and not panel.quantity_issue.isVisible()
    assert history(panel)[0][1:] == ("Sold", "\u221212", "直播成交", "38")


def test_adjust_takes_a_signed_number_and_undo_removes_the_movement(qtbot, window, context):
    panel = stock(window)
    pick_kind(panel, "adjust")
    assert panel.reason.currentText() == "盘点调整"
    panel.quantity.setText("0")
    panel.record_button.click()
    assert "0 changes nothing" in panel.quantity_issue.text()
    panel.quantity.setText("-3")
    panel.record_button.click()
    assert context.catalogue.on_hand("WAL-001") == 47
    assert history(panel)[0][1:] == ("Adjusted", "\u22123", "盘点调整", "47")
    assert list_stock(window, "WAL-001") == "47"
    context.undo_stack.undo()
    assert context.catalogue.on_hand("WAL-001") == 50
    assert len(history(panel)) == 1 and "50 on hand" in panel.on_hand.text()
    assert list_stock(window, "WAL-001") == "50"
    context.undo_stack.redo()
    assert context.catalogue.on_hand("WAL-001") == 47 and history(panel)[0][2] == "\u22123"


def test_low_stock_is_highlighted_at_the_threshold(qtbot, window, context):
    panel = stock(window)
    assert not panel.low.isVisible()
    window.select_sku("HON-002")  # 5 on hand, threshold 10
    assert "5 on hand" in panel.on_hand.text() and panel.low.isVisible()
    assert "Low stock: restock" in panel.low.text()
    assert panel.threshold.text() == "10"
    panel.threshold.setText("4")
    panel.threshold.editingFinished.emit()
    assert context.catalogue.get("HON-002").low_stock_threshold == 4
    assert not panel.low.isVisible()
    pick_kind(panel, "sell")
    panel.quantity.setText("1")
    panel.record_button.click()  # 4 left: at the threshold counts as low
    assert context.catalogue.on_hand("HON-002") == 4 and panel.low.isVisible()
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert context.catalogue.get("HON-002").low_stock_threshold == 10 and panel.threshold.text() == "10"


def test_a_refused_threshold_stays_with_its_message(qtbot, window, context):
    panel = stock(window)
    panel.threshold.setText("十")
    panel.threshold.editingFinished.emit()
    assert panel.threshold_issue.isVisible() and "whole number" in panel.threshold_issue.text()
    assert panel.threshold.text() == "十" and context.undo_stack.count() == 0


def test_a_custom_reason_is_kept_when_the_kind_changes(qtbot, window):
    panel = stock(window)
    panel.reason.setEditText("")
    panel.reason.lineEdit().insert("合作社送货")
    pick_kind(panel, "damage")
    assert panel.reason.currentText() == "合作社送货"
    assert [panel.reason.itemText(i) for i in range(panel.reason.count())] == list(dict(REASONS)["damage"])


def test_tab_goes_through_the_movement_form(qtbot, window):
    panel = stock(window)
    panel.kind.setFocus()
    qtbot.waitUntil(panel.kind.hasFocus)
    for expected in (panel.quantity, panel.reason, panel.record_button):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        assert expected.hasFocus() or expected.isAncestorOf(panel.focusWidget())


def test_the_history_model_passes_the_model_tester(qtmodeltester, window):
    model = stock(window).table.model()
    qtmodeltester.check(model)
    fresh = HistoryModel(STOCK_HEADERS)
    fresh.set_rows([("2026-12-01 08:00", "Sold", "\u22121", "", "9")], ["#b91c1c"])
    qtmodeltester.check(fresh)
    assert fresh.headerData(4, Qt.Orientation.Horizontal) == "Balance"


def test_the_reason_title_is_not_clipped_at_150_percent_in_a_narrow_panel(qtbot, window, qapp):
    """The stretching Reason column gives way last: never narrower than its title, however little room is left."""
    from PySide6.QtGui import QFont

    font = QFont(qapp.font())
    try:
        window.actions.set_scale(150)
        table = stock(window).table
        header = table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != 3)
        table.setFixedWidth(others + table.width() - table.viewport().width() + 20)  # 20 px left for the Reason
        qtbot.waitUntil(lambda: table.viewport().width() <= others + 20)
        title = str(table.model().headerData(3, Qt.Orientation.Horizontal))
        assert title == "Reason"
        qtbot.waitUntil(lambda: header.sectionSize(3) >= header.fontMetrics().horizontalAdvance(title))
        assert stock(window).table.accessibleName() == "Stock movements"
    finally:
        window.actions.set_scale(100)
        qapp.setFont(font)
