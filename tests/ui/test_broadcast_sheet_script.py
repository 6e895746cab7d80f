"""A segment's script in the run sheet tab: the compliance editor marks findings live (product-aware, placeholders
filled with the product's values), the row and the summary follow while typing, the text is saved as one undo
step when the editor is left or on Ctrl+S, and undo shows the stored script again."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from villagecast.core.broadcast import fill
from villagecast.core.broadcast.runsheet import RunSheets
from villagecast.storage.runsheet_repo import RunSheetRepository
from villagecast.ui import metrics
from villagecast.ui import settings as config
from villagecast.ui.broadcast import BroadcastWindow
from villagecast.ui.broadcast.sheet_model import FINDINGS

WALNUT = "YN-WALNUT-1KG"


@pytest.fixture
def window(qtbot, demo_context):
    sheets = RunSheets(RunSheetRepository(demo_context.db), demo_context.catalogue)
    sid = sheets.create("周五晚场").sheet_id
    sheets.add_segment(sid, "opening", "开场", planned_s=60)
    sheets.add_product(sid, WALNUT, script="核桃来了")
    win = BroadcastWindow(demo_context, config.Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def select(tab, index):
    tab.show_sheet(tab.sheet_id, tab.sheet.segments[index].id)
    return tab.pane


def type_text(qtbot, pane, text):
    with qtbot.waitSignal(pane.edit.scanned, timeout=2000):
        pane.edit.insertPlainText(text)
    return pane.edit.result


def marks(edit):
    out = []
    block = edit.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            out.append((block.position() + r.start, r.length, r.format.underlineColor().name(),
                        r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline))
        block = block.next()
    return out


def test_selecting_a_segment_shows_its_script_and_placeholder_values(window, demo_context):
    tab = window.sheet_tab
    pane = select(tab, 1)
    assert pane.edit.toPlainText() == "核桃来了" and pane.edit.isEnabled()
    assert pane.heading.text().startswith("#2 \u00b7 Product \u00b7 漾濞薄壳核桃") and WALNUT in pane.heading.text()
    values = fill.values(demo_context.catalogue, WALNUT)
    assert f"{{价格}} = {values['price']}" in pane.values_line.text()
    assert f"{{库存}} = {values['stock']}" in pane.values_line.text()
    assert pane.findings.product_line.text().startswith("Product checks ran against 漾濞薄壳核桃")
    pane = select(tab, 0)
    assert "free segment" in pane.values_line.text()
    assert pane.findings.product_line.text().startswith("Product checks skipped")


def test_findings_are_marked_live_and_follow_in_the_row_and_summary(qtbot, window):
    tab = window.sheet_tab
    pane = select(tab, 1)
    pane.edit.moveCursor(pane.edit.textCursor().MoveOperation.End)
    result = type_text(qtbot, pane, "，全网最低价，只要{价格}元！")
    assert [(f.text, f.severity) for f in result.blocks] == [("全网最低价", "block")]
    start = "核桃来了，".__len__()
    assert (start, len("全网最低价"), metrics.DANGER_COLOR, True) in marks(pane.edit)
    assert pane.findings.tree.rowCount() >= 1 and pane.findings.tree.item(0, 1).text() == "全网最低价"
    row = tab.main_model.row_of(pane.segment.id)
    assert tab.main_model.data(tab.main_model.index(row, FINDINGS)) == "1 must change"  # before it is saved
    assert tab.summary_numbers["blocks"] == 1
    assert tab.sheet.segments[1].script == "核桃来了"  # nothing stored while typing


def test_leaving_the_editor_saves_one_undo_step_and_undo_shows_the_stored_text(qtbot, window, demo_context):
    tab = window.sheet_tab
    pane = select(tab, 1)
    pane.edit.setFocus()
    qtbot.waitUntil(pane.edit.hasFocus)
    pane.edit.moveCursor(pane.edit.textCursor().MoveOperation.End)
    type_text(qtbot, pane, "，最好吃")
    tab.main_view.setFocus()  # leaving the editor saves
    qtbot.waitUntil(lambda: tab.sheet.segments[1].script == "核桃来了，最好吃")
    stack = demo_context.undo_stack
    assert stack.undoText() == "Edit script of \u201c漾濞薄壳核桃 1kg（2026新季）\u201d"
    assert not pane.dirty() and tab.summary_numbers["blocks"] == 1
    window.undo_action.trigger()
    assert pane.edit.toPlainText() == "核桃来了" and tab.summary_numbers["blocks"] == 0
    assert tab.current_segment().id == pane.segment.id
    window.redo_action.trigger()
    assert pane.edit.toPlainText() == "核桃来了，最好吃"


def test_ctrl_s_saves_and_undo_first_saves_what_is_typed(qtbot, window):
    tab = window.sheet_tab
    pane = select(tab, 0)
    pane.edit.setFocus()
    qtbot.waitUntil(pane.edit.hasFocus)
    type_text(qtbot, pane, "家人们好")
    qtbot.keyClick(pane.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.sheet.segments[0].script == "家人们好" and pane.edit.hasFocus()
    type_text(qtbot, pane, "，欢迎")
    window.undo_action.trigger()  # saves "家人们好，欢迎" first, then undoes exactly that
    assert tab.sheet.segments[0].script == "家人们好" and pane.edit.toPlainText() == "家人们好"
    window.redo_action.trigger()
    assert tab.sheet.segments[0].script == "家人们好，欢迎"


def test_switching_segments_saves_the_script_being_typed(qtbot, window):
    tab = window.sheet_tab
    pane = select(tab, 0)
    type_text(qtbot, pane, "开场白")
    tab.main_view.setCurrentIndex(tab.main_model.index(1, 1))
    assert tab.sheet.segments[0].script == "开场白"
    assert pane.segment.id == tab.sheet.segments[1].id and pane.edit.toPlainText() == "核桃来了"


def test_a_refused_script_stays_in_the_editor_with_the_reason(qtbot, window):
    tab = window.sheet_tab
    pane = select(tab, 0)
    pane.edit.setPlainText("长" * 50_001)
    assert tab.save_script() is False
    assert tab.notice.isVisible() and "longer than 50000" in tab.notice.text()
    assert pane.dirty() and tab.sheet.segments[0].script == ""


def test_an_undo_from_another_window_keeps_the_text_being_typed(qtbot, window, demo_context):
    tab = window.sheet_tab
    assert tab.main_model.setData(tab.main_model.index(1, 1), "核桃专场")
    pane = select(tab, 1)
    type_text(qtbot, pane, "正在输入")
    demo_context.undo_stack.undo()  # Ctrl+Z in the main window: nothing is saved in the middle of it
    assert tab.sheet.segments[1].title.startswith("漾濞") and "核桃专场" not in pane.heading.text()
    assert pane.dirty() and pane.edit.toPlainText().startswith("正在输入")
    assert tab.save_script() and tab.sheet.segments[1].script.startswith("正在输入")
