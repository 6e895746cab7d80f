"""Run sheet tab over the demo catalogue: sheets and segments added, reordered by keys and by drops (within and
between the main list and the 返场 queue), planned time edited — each one undo step — with the not-approved
warning shown, the summary line's numbers, and Go on air handing the sheet to ``start_show``."""

import sys
import types

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from villagecast.core.broadcast.runsheet import RunSheets
from villagecast.storage.runsheet_repo import RunSheetRepository
from villagecast.ui import metrics
from villagecast.ui import settings as config
from villagecast.ui.broadcast import BroadcastWindow
from villagecast.ui.broadcast.sheet_model import (
    FINDINGS,
    KIND,
    PLANNED,
    PRODUCT,
    REVIEW,
    TITLE,
    parse_duration,
)

APPROVED, APPROVED_2, NOT_APPROVED = "YN-WALNUT-1KG", "SX-APPLE-5KG", "SX-HONEY-500G"
CONTROLLER = "villagecast.ui.broadcast.live_controller"


@pytest.fixture
def demo_context(demo_context):
    """The demo catalogue without its demo run sheet: these tests start from no sheet at all."""
    sheets = RunSheets(RunSheetRepository(demo_context.db), demo_context.catalogue)
    for sheet in sheets.sheets():
        sheets.delete(sheet.id)
    return demo_context


@pytest.fixture
def window(qtbot, demo_context):
    win = BroadcastWindow(demo_context, config.Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def pick(tab, sku):
    """Choose ``sku`` in the add-product picker, as the user does from its list."""
    row = tab.adder.row_of(sku)
    assert row >= 0
    tab.adder.picker.activated.emit(row)


def build(window):
    """A sheet: opening, walnut, apple, closing (main); honey in the 返场 queue."""
    tab = window.sheet_tab
    tab.actions.new_sheet("周五晚场")
    tab.adder.opening_button.click()
    pick(tab, APPROVED)
    pick(tab, APPROVED_2)
    tab.adder.closing_button.click()
    tab.show_sheet(tab.sheet_id, None)
    tab.actions.add_product(NOT_APPROVED)  # nothing selected: before the closing
    assert tab.sheet.main[-2].sku == NOT_APPROVED and tab.current_segment().sku == NOT_APPROVED
    tab.actions.toggle_queue()
    tab.show_sheet(tab.sheet_id, None)
    return tab


def order(tab):
    return ([(s.kind, s.sku) for s in tab.sheet.main], [(s.kind, s.sku) for s in tab.sheet.refeature])


def stored(context, tab):
    sheet = RunSheets(RunSheetRepository(context.db), context.catalogue).sheet(tab.sheet_id)
    return [(s.queue, s.kind, s.sku) for s in sheet.segments]


def cell(model, row, col, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, col), role)


def test_adding_segments_and_a_not_approved_product_with_its_warning(qtbot, window, demo_context):
    tab = window.sheet_tab
    assert tab.summary.text().startswith("No run sheet yet")
    tab.actions.new_sheet("周五晚场")
    assert tab.bar.combo.currentText() == "周五晚场"
    tab.adder.opening_button.click()
    pick(tab, APPROVED)
    assert not tab.notice.isVisible()
    assert [(s.kind, s.sku) for s in tab.sheet.main] == [("opening", None), ("product", APPROVED)]
    assert tab.current_segment().sku == APPROVED  # the new segment is selected
    model = tab.main_model
    assert cell(model, 1, KIND).endswith("Product") and cell(model, 1, TITLE).startswith("漾濞薄壳核桃")
    assert cell(model, 1, PRODUCT).startswith(APPROVED + "  漾濞") and cell(model, 0, PRODUCT) == "\u2014"
    assert cell(model, 1, PLANNED) == "5:00" and cell(model, 0, PLANNED) == "2:00"
    assert cell(model, 1, REVIEW) == "\u2713"

    pick(tab, NOT_APPROVED)  # added all the same, after the selected walnut, with the warning in amber
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED, NOT_APPROVED]
    assert tab.notice.isVisible() and metrics.WARNING_COLOR in tab.notice.styleSheet()
    assert "not approved" in tab.notice.text() and "failed on" in tab.notice.text()
    assert cell(model, 2, REVIEW) == "NOT APPROVED"
    assert cell(model, 2, REVIEW, Qt.ItemDataRole.ForegroundRole).color().name() == metrics.WARNING_COLOR
    assert "Sample evaluation" in cell(model, 2, REVIEW, Qt.ItemDataRole.ToolTipRole)
    assert tab.summary_numbers["not_approved"] == 1
    assert window.context.undo_stack.undoText() == f"Add product {NOT_APPROVED}"

    window.undo_action.trigger()
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED]
    assert tab.summary_numbers["not_approved"] == 0
    window.redo_action.trigger()
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED, NOT_APPROVED]
    assert stored(demo_context, tab) == [("main", "opening", None), ("main", "product", APPROVED),
                                         ("main", "product", NOT_APPROVED)]


def test_the_product_picker_finds_names_skus_and_pinyin(window):
    adder = window.sheet_tab.adder
    for typed in ("hetao", "ybbk", "walnut-1", "核桃"):
        adder.completer.setCompletionPrefix(typed)
        found = [adder.completer.completionModel().index(n, 0).data()
                 for n in range(adder.completer.completionModel().rowCount())]
        assert any(APPROVED in text for text in found), typed
    row = adder.row_of(NOT_APPROVED)
    item = adder.products.item(row)
    assert item.foreground().color().name() == metrics.WARNING_COLOR
    assert "Not approved" in item.toolTip()


def test_sheets_are_renamed_and_deleted_undoably(window):
    tab = window.sheet_tab
    build(window)
    first = tab.sheet_id
    tab.actions.new_sheet("备用")
    assert tab.bar.combo.count() == 2 and tab.sheet.segments == []
    tab.actions.rename_sheet("周六早场")
    assert tab.bar.combo.currentText() == "周六早场"
    window.undo_action.trigger()
    assert tab.bar.combo.currentText() == "备用"
    tab.show_sheet(first)
    tab.bar.delete_button.click()
    assert [tab.bar.combo.itemText(n) for n in range(tab.bar.combo.count())] == ["备用"]
    assert "Ctrl+Z" in tab.notice.text()
    window.undo_action.trigger()  # back with every segment, under the same id
    assert tab.sheet_id == first and len(tab.sheet.segments) == 5


def test_reorder_with_ctrl_up_and_down_across_the_lists(qtbot, window, demo_context):
    tab = build(window)
    assert order(tab) == ([("opening", None), ("product", APPROVED), ("product", APPROVED_2), ("closing", None)],
                          [("product", NOT_APPROVED)])
    apple = tab.sheet.main[2].id
    tab.show_sheet(tab.sheet_id, apple)
    view = tab.main_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED_2, APPROVED, None]
    assert tab.segment_id == apple and view.currentIndex().row() == 1  # the moved row stays selected
    window.undo_action.trigger()
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED, APPROVED_2, None]
    closing = tab.sheet.main[-1].id
    tab.show_sheet(tab.sheet_id, closing)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # off the end: into 返场
    assert order(tab)[1] == [("closing", None), ("product", NOT_APPROVED)]
    assert tab.refeature_view.currentIndex().row() == 0
    tab.refeature_view.setFocus()
    qtbot.keyClick(tab.refeature_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # and back
    assert order(tab)[0][-1] == ("closing", None) and len(tab.sheet.refeature) == 1
    assert stored(demo_context, tab)[-2:] == [("main", "closing", None), ("refeature", "product", NOT_APPROVED)]


def test_drops_and_move_rows_reorder_and_cross_to_the_refeature_queue(window):
    tab = build(window)
    main, extra = tab.main_model, tab.refeature_model
    walnut = tab.sheet.main[1].id
    data = main.mimeData([main.index(1, TITLE)])
    assert main.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # dropped above the closing
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED_2, APPROVED, None]
    assert tab.segment_id == walnut
    data = main.mimeData([main.index(2, TITLE)])
    assert extra.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # into 返场, at its top
    assert order(tab) == ([("opening", None), ("product", APPROVED_2), ("closing", None)],
                          [("product", APPROVED), ("product", NOT_APPROVED)])
    assert tab.refeature_view.currentIndex().row() == 0 and not tab.main_view.selectionModel().hasSelection()
    window.undo_action.trigger()
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED_2, APPROVED, None]
    data = extra.mimeData([extra.index(0, TITLE)])
    assert main.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, main.index(0, TITLE))  # onto the opening row
    assert [s.sku for s in tab.sheet.main] == [NOT_APPROVED, None, APPROVED_2, APPROVED, None]
    assert main.moveRows(QModelIndex(), 1, 1, QModelIndex(), 0)  # Qt's own move: the opening back on top
    assert [s.sku for s in tab.sheet.main] == [None, NOT_APPROVED, APPROVED_2, APPROVED, None]
    assert not main.moveRows(QModelIndex(), 0, 1, QModelIndex(), 0)  # onto itself: nothing, no undo step
    assert window.context.undo_stack.undoText().startswith("Move")
    for _ in range(2):
        window.undo_action.trigger()
    assert order(tab)[1] == [("product", NOT_APPROVED)]


def test_planned_time_is_typed_in_place(qtbot, window):
    tab = build(window)
    view, model = tab.main_view, tab.main_model
    index = model.index(1, PLANNED)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "5:00"
    editor.setText("4:30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits when the event loop runs
    qtbot.waitUntil(lambda: tab.sheet.main[1].planned_s == 270)
    assert cell(model, 1, PLANNED) == "4:30"
    assert model.setData(model.index(2, PLANNED), "８分") and tab.sheet.main[2].planned_s == 480  # full-width
    assert not model.setData(model.index(2, PLANNED), "soon")
    assert tab.notice.isVisible() and "is not a time" in tab.notice.text()
    assert not model.setData(model.index(2, PLANNED), "7:00:00")
    assert "at most 6:00:00" in tab.notice.text() and tab.sheet.main[2].planned_s == 480
    assert model.setData(model.index(1, TITLE), "核桃返场预热") and tab.sheet.main[1].title == "核桃返场预热"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert tab.sheet.main[2].planned_s == 300 and tab.sheet.main[1].title.startswith("漾濞")
    window.undo_action.trigger()
    assert tab.sheet.main[1].planned_s == 300


@pytest.mark.parametrize("typed, seconds", [("5", 300), ("4:30", 270), ("1:05:00", 3900), ("4分30秒", 270),
                                            ("90秒", 90), ("３：１５", 195), ("10分钟", 600)])
def test_durations_typed_many_ways(typed, seconds):
    assert parse_duration(typed) == seconds


@pytest.mark.parametrize("typed", ["", "abc", "4:75", "1:75:00", "-3"])
def test_durations_refused(typed):
    with pytest.raises(ValueError):
        parse_duration(typed)


def test_remove_and_duplicate_are_undoable(qtbot, window):
    tab = build(window)
    walnut = tab.sheet.main[1]
    tab.show_sheet(tab.sheet_id, walnut.id)
    tab.main_view.setFocus()
    qtbot.keyClick(tab.main_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED, APPROVED, APPROVED_2, None]
    assert tab.segment_id != walnut.id and tab.current_segment().position == 2
    qtbot.keyClick(tab.main_view, Qt.Key.Key_Delete)
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED, APPROVED_2, None]
    assert tab.current_segment().sku == APPROVED_2  # the next one is selected
    tab.show_sheet(tab.sheet_id, walnut.id)
    tab.main_view.setFocus()
    qtbot.keyClick(tab.main_view, Qt.Key.Key_Delete)
    window.undo_action.trigger()
    assert tab.sheet.main[1].id == walnut.id  # back at its place under its id


def test_summary_line_counts_time_blocks_and_not_approved(demo_context, qtbot):
    sheets = RunSheets(RunSheetRepository(demo_context.db), demo_context.catalogue)
    sid = sheets.create("晚场").sheet_id
    sheets.add_segment(sid, "opening", "开场", planned_s=90, script="家人们，全网最低价！")
    sheets.add_product(sid, APPROVED, planned_s=600, script="最好吃的核桃，{价格}元")
    sheets.add_product(sid, NOT_APPROVED, planned_s=300)
    sheets.add_product(sid, "SC-PEPPER-250G", planned_s=240, queue="refeature")
    win = BroadcastWindow(demo_context, config.Settings())
    qtbot.addWidget(win)
    tab = win.sheet_tab
    numbers = dict(tab.summary_numbers)
    assert numbers == {"planned_s": 990, "refeature_s": 240, "blocks": 2, "not_approved": 2, "missing": 0,
                       "segments": 4}
    assert tab.summary.text() == ("Planned 16:30 (+ 4:00 in the re-feature queue) \u00b7 2 must-change finding(s) "
                                  "\u00b7 2 not approved")
    assert metrics.DANGER_COLOR in tab.summary.styleSheet()
    assert cell(tab.main_model, 0, FINDINGS) == "1 must change"
    assert cell(tab.main_model, 0, FINDINGS, Qt.ItemDataRole.ForegroundRole).color().name() == metrics.DANGER_COLOR
    assert "全网最低价" in cell(tab.main_model, 0, FINDINGS, Qt.ItemDataRole.ToolTipRole)
    assert tab.main_heading.text() == "&Run sheet \u2014 3 segment(s), 16:30"


def fake_controller(monkeypatch, result=True):
    calls = []
    module = types.ModuleType(CONTROLLER)
    module.start_show = lambda parent, context, settings, sheet_id: calls.append(
        ("start", parent, context, settings, sheet_id)) or result
    module.offer_resume = lambda parent, context, settings: calls.append(("resume", parent)) or result
    monkeypatch.setitem(sys.modules, CONTROLLER, module)
    return calls


def test_go_on_air_saves_the_script_and_calls_start_show(qtbot, window, monkeypatch):
    calls = fake_controller(monkeypatch)
    tab = window.sheet_tab
    assert not tab.go_button.isEnabled()  # no sheet yet
    build(window)
    tab.show_sheet(tab.sheet_id, tab.sheet.main[1].id)
    tab.pane.edit.insertPlainText("今天的核桃")
    tab.go_button.click()
    assert calls == [("start", window, window.context, window.settings, tab.sheet_id)]
    assert tab.sheet.main[1].script == "今天的核桃"  # saved before going on air
    window.go_action.trigger()  # the menu entry (Ctrl+Shift+Enter) does the same
    assert len(calls) == 2
    assert [k.toString() for k in window.go_action.shortcuts()] == ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"]


def test_go_on_air_without_the_on_air_part_says_so(window, monkeypatch):
    monkeypatch.setitem(sys.modules, CONTROLLER, None)  # import fails
    build(window)
    assert window.go_on_air() is False
    box = window.sheet_tab.message
    assert isinstance(box, QMessageBox) and "missing" in box.text()
    box.close()


def test_an_empty_sheet_does_not_go_on_air(window, monkeypatch):
    calls = fake_controller(monkeypatch)
    window.sheet_tab.actions.new_sheet("空的")
    assert window.go_on_air() is False and calls == []
    assert "at least one segment" in window.sheet_tab.notice.text()


def test_window_state_and_sheet_are_kept(qtbot, demo_context):
    settings = config.Settings()
    win = BroadcastWindow(demo_context, settings)
    qtbot.addWidget(win)
    win.show()
    tab = win.sheet_tab
    tab.actions.new_sheet("第一张")
    first = tab.sheet_id
    tab.actions.new_sheet("第二张")
    tab.show_sheet(first)
    tab.split.setSizes([500, 500])
    win.tabs.setCurrentIndex(1)
    win.close()
    again = BroadcastWindow(demo_context, settings)
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 1 and again.sheet_tab.sheet_id == first
    sizes = again.sheet_tab.split.sizes()
    assert abs(sizes[0] - sizes[1]) <= 2


def test_closing_the_window_saves_the_script_being_typed(qtbot, window, demo_context):
    tab = build(window)
    tab.show_sheet(tab.sheet_id, tab.sheet.main[0].id)
    tab.pane.edit.insertPlainText("欢迎来到直播间")
    window.close()
    sheet = RunSheets(RunSheetRepository(demo_context.db), demo_context.catalogue).sheet(tab.sheet_id)
    assert sheet.main[0].script == "欢迎来到直播间"


def test_show_broadcast_keeps_one_window_and_readies_the_product(qtbot, demo_context):
    from PySide6.QtWidgets import QMainWindow

    from villagecast.ui.broadcast import show_broadcast

    main = QMainWindow()
    qtbot.addWidget(main)
    win = show_broadcast(main, demo_context, config.Settings(), sku=APPROVED)
    assert show_broadcast(main, demo_context, config.Settings()) is win
    assert APPROVED in win.sheet_tab.adder.picker.currentText()
    qtbot.keyClick(win.sheet_tab.adder.picker.lineEdit(), Qt.Key.Key_Return)  # Enter adds it
    assert [s.sku for s in win.sheet_tab.sheet.segments] == [APPROVED]


def drop_on(view, data, pos):
    """Deliver a drag of ``data`` to ``view`` at viewport point ``pos`` and drop it (as Qt's drag loop does)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    move, none = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    for event in (QDragEnterEvent(pos, move, data, none, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(pos, move, data, none, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    event = QDropEvent(QPointF(pos), move, data, none, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def test_a_drop_event_on_the_tables_moves_the_row(window):
    tab = build(window)
    main, extra = tab.main_model, tab.refeature_model
    apple = tab.sheet.main[2]
    below_last = tab.refeature_view.visualRect(extra.index(0, TITLE)).bottomLeft() + QPoint(5, 12)
    assert drop_on(tab.refeature_view, main.mimeData([main.index(2, TITLE)]), below_last)
    assert order(tab)[1] == [("product", NOT_APPROVED), ("product", APPROVED_2)]
    assert tab.segment_id == apple.id
    top_half = tab.main_view.visualRect(main.index(0, TITLE)).topLeft() + QPoint(5, 2)
    assert drop_on(tab.main_view, extra.mimeData([extra.index(1, TITLE)]), top_half)  # above the opening
    assert [s.sku for s in tab.sheet.main] == [APPROVED_2, None, APPROVED, None]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [s.sku for s in tab.sheet.main] == [None, APPROVED, APPROVED_2, None]


def test_a_language_switch_retranslates_the_tables(window):
    from PySide6.QtWidgets import QApplication

    from villagecast.ui.i18n import Translations

    tab = build(window)
    translations = Translations(QApplication.instance())
    translations.switch("zh_CN")
    try:
        window.retranslate_ui()
        assert cell(tab.main_model, 0, KIND).endswith("\u5f00\u573a")  # 开场
        assert cell(tab.main_model, 1, KIND).endswith("\u4ea7\u54c1")  # 产品
    finally:
        translations.switch("en")
        translations.remove()
        window.retranslate_ui()
    assert cell(tab.main_model, 0, KIND).endswith("Opening")


def test_a_product_removed_from_the_catalogue_is_flagged_missing(window, demo_context):
    tab = build(window)
    demo_context.publish(demo_context.catalogue.remove(APPROVED_2))  # as the main window's Remove does
    row = next(n for n, s in enumerate(tab.main_model.rows) if s.sku == APPROVED_2)
    assert cell(tab.main_model, row, REVIEW) == "PRODUCT MISSING"
    assert cell(tab.main_model, row, REVIEW, Qt.ItemDataRole.ForegroundRole).color().name() == metrics.DANGER_COLOR
    assert "no longer in the catalogue" in cell(tab.main_model, row, REVIEW, Qt.ItemDataRole.ToolTipRole)
    assert cell(tab.main_model, row, PRODUCT) == APPROVED_2
    assert tab.summary_numbers["missing"] == 1 and "1 product(s) missing" in tab.summary.text()
    assert tab.adder.row_of(APPROVED_2) == -1  # no longer offered
    tab.show_sheet(tab.sheet_id, tab.main_model.rows[row].id)
    assert "no longer in the catalogue" in tab.pane.values_line.text()


def test_tab_goes_from_the_lists_to_their_buttons_then_the_script(qtbot, window):
    from PySide6.QtWidgets import QApplication

    tab = build(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.adder.closing_button.setFocus()
    seen = []
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:2] == [tab.main_view, tab.refeature_view]
    assert seen[2:7] == tab.segment_buttons
    assert tab.pane.edit in seen[7:]
