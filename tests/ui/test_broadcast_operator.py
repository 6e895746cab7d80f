"""The operator window beside the prompter: sales with undo and refused oversell, stock on the overlay, sold out,
flash-sale count-downs, reminders, corrections, script edits while prompting, navigation, keys."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import Qt

from villagecast.ui import formats, metrics
from villagecast.ui import settings as config
from villagecast.ui.commands import MoveStock
from villagecast.ui.prompter.keys import KeyMap

from . import test_broadcast_live_env as env
from .test_broadcast_live_env import BEEF, WALNUT, press, services

demo_master, clocks, demo, on_air = env.demo_master, env.clocks, env.demo, env.on_air  # shared fixtures


def on_hand(c, sku):
    return c.context.catalogue.on_hand(sku)


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_plus_one_and_plus_n_with_undo_and_oversell_refused(qtbot, on_air):
    c = on_air()
    op = c.operator
    sales = op.sales
    assert not sales.one_button.isEnabled()  # the opening has no product
    c.go_to(1)
    assert sales.one_button.isEnabled() and sales.product_label.text().endswith(": 64 on hand")
    sales.one_button.click()
    sales.quantity.setValue(5)
    assert sales.n_button.text() == "+5"
    sales.n_button.click()
    assert on_hand(c, WALNUT) == 58 and c.live.sold() == {WALNUT: 6}
    assert sales.message.text().startswith("Sold 5 \u00d7 漾濞薄壳核桃")
    assert sales.stock.item(0, 1).text() == "58" and sales.stock.item(0, 2).text() == "6"
    op.undo_action.trigger()  # Ctrl+Z: the mistaken +5 taken back
    assert on_hand(c, WALNUT) == 63 and c.live.sold() == {WALNUT: 1}
    assert sales.stock.item(0, 1).text() == "63"
    op.redo_action.trigger()
    assert c.live.sold() == {WALNUT: 6}
    c.go_to(2)  # 牛腱子: 4 on hand
    steps = c.context.undo_stack.count()
    sales.quantity.setValue(5)
    assert sales.sell(5) is False
    assert sales.message.text() == "Not enough stock: 4 on hand, 5 requested. Nothing was recorded."
    assert metrics.DANGER_COLOR in sales.message.styleSheet()
    assert on_hand(c, BEEF) == 4 and BEEF not in c.live.sold() and c.context.undo_stack.count() == steps


def test_another_product_can_be_picked_and_the_list_shows_its_sale(qtbot, on_air):
    c = on_air()
    sales = c.operator.sales
    sales.picker.setCurrentIndex(sales.picker.findData("JX-NAVEL-5KG"))
    assert sales.one_button.isEnabled()  # on the opening, but a product is picked
    assert sales.sell(1)
    assert c.live.sold() == {"JX-NAVEL-5KG": 1}
    names = [sales.stock.item(r, 0).text() for r in range(sales.stock.rowCount())]
    assert names[-1].startswith("赣南脐橙") and sales.stock.item(len(names) - 1, 2).text() == "1"


def test_overlay_and_placeholders_follow_the_stock(qtbot, on_air):
    c = on_air()
    c.go_to(1)
    assert dict(c.view.overlay_texts())["stock"] == "Stock 64"
    c.operator.sales.sell(4)
    assert dict(c.view.overlay_texts())["stock"] == "Stock 60"
    assert "库存还有60件" in c.view.document()[1].plain
    before = c.view.position()
    c.context.execute(MoveStock(c.context, WALNUT, "receive", 10, "", "Receive"))  # from the main window
    assert dict(c.view.overlay_texts())["stock"] == "Stock 70" and "库存还有70件" in c.view.document()[1].plain
    assert c.view.position() == before  # a live value changed, the reading line did not move
    assert dict(c.view.overlay_texts())["price"] == "\u00a535.90"


def test_selling_out_marks_the_segment_everywhere_and_skip_goes_past_it(qtbot, on_air):
    c = on_air()
    sheet = c.operator.sheet
    assert sheet.item(3).text().endswith("SOLD OUT")  # 草莓: none in stock from the start
    c.go_to(2)
    c.operator.sales.quantity.setValue(4)
    c.operator.sales.n_button.click()
    assert on_hand(c, BEEF) == 0
    assert c.view.document()[2].sold_out and "SOLD OUT" in sheet.item(2).text()
    assert sheet.item(2).foreground().color().name() == metrics.DANGER_COLOR
    texts = dict(c.view.overlay_texts())
    assert texts["sold_out"] == "SOLD OUT" and texts["stock"] == "Stock 0"
    c.operator.prompter_panel.skip_button.click()
    assert c.live.current() == 4 and c.view.current_segment() == 4
    c.context.undo_stack.undo()  # the sale taken back: in stock again
    assert not c.view.document()[2].sold_out and "SOLD OUT" not in sheet.item(2).text()


def test_flash_sale_shows_real_end_time_and_units_left_after_sales(qtbot, on_air, clocks):
    c = on_air()
    c.go_to(1)
    box = c.operator.flash
    box.duration.setTime(box.duration.time().fromString("02:00", "mm:ss"))
    box.quantity.setValue(10)
    clocks.advance(1)
    box.start_button.click()
    (state,) = c.live.countdowns()
    ends = formats.time_text(state.ends_at, seconds=True)
    assert box.state_label.text() == f"Running: ends at {ends} (2:00 left) \u00b7 10 of 10 units left"
    assert not box.start_button.isEnabled() and box.stop_button.isEnabled()
    clocks.advance(30)
    c.operator.sales.quantity.setValue(3)
    c.operator.sales.n_button.click()
    c.tick()
    assert box.state_label.text() == f"Running: ends at {ends} (1:30 left) \u00b7 7 of 10 units left"
    assert dict(c.view.overlay_texts())["countdown"] == "Flash sale 01:30 \u00b7 7 left"
    clocks.advance(91)
    c.tick()
    assert box.state_label.text().startswith("Ended (time up) \u00b7 3 of 10 units sold")
    assert dict(c.view.overlay_texts())["countdown"] == "Flash sale 00:00 ended"
    clocks.advance(61)
    c.tick()
    assert "countdown" not in dict(c.view.overlay_texts())  # an ended sale leaves the overlay after a minute
    assert box.start_button.isEnabled()
    box.start_button.click()
    box.stop_button.click()
    assert c.live.countdowns()[-1].reason == "stopped"
    c.context.undo_stack.undo()  # the stop undone: running again
    assert not c.live.countdowns()[-1].ended and box.stop_button.isEnabled()


def test_reminder_due_with_the_clock_and_done(qtbot, on_air, clocks):
    c = on_air()
    bar = c.operator.reminders
    assert bar.isHidden() and c.poll_reminders() == []
    clocks.advance(10 * 60)
    with qtbot.waitSignal(c.reminders_changed):
        c.poll_reminders()
    assert set(bar.buttons) == {"PRICE-01", "DATA-02"} and bar.isVisible()
    assert bar.labels["PRICE-01"].text().startswith("Reminder: Show product name, price and unit clearly")
    bar.buttons["PRICE-01"].click()
    assert set(bar.buttons) == {"DATA-02"}
    states = {r.item_id: r for r in c.live.reminders(clocks.clock())}
    assert states["PRICE-01"].count == 1 and not states["PRICE-01"].due
    rows = [c.operator.checklist.list.item(r).text() for r in range(c.operator.checklist.list.count())]
    assert len(rows) == 5 and sum("due now" in r for r in rows) == 1
    next_at = formats.time_text(clocks.clock() + timedelta(minutes=10))
    assert rows[0].startswith("Show product name")
    assert rows[0].endswith(f"every 10 min \u00b7 next at {next_at} \u00b7 done 1\u00d7")
    c.context.undo_stack.undo()
    assert set(bar.buttons) == {"PRICE-01", "DATA-02"}
    assert c._reminders.isActive() and c._reminders.interval() == 5000


def test_corrections_are_logged_with_times(qtbot, on_air, clocks):
    c = on_air()
    c.go_to(1)
    panel = c.operator.corrections
    assert panel.log() is False and panel.message.text().startswith("What was said")
    panel.said.insert("今天有200件")
    panel.truth.insert("今天只有64件")
    panel.truth.returnPressed.emit()
    (logged,) = c.live.state().corrections
    assert (logged.said, logged.truth, logged.index) == ("今天有200件", "今天只有64件", 1)
    at = formats.time_text(logged.at, seconds=True)
    assert panel.list.item(0).text() == (f"{at} \u00b7 漾濞薄壳核桃 1kg（2026新季） \u2014 "
                                         "said: 今天有200件 \u2192 true: 今天只有64件")
    assert panel.said.text() == "" and panel.message.text() == ""
    c.context.undo_stack.undo()
    assert c.live.state().corrections == () and panel.list.count() == 0


def test_script_edited_while_prompting_reaches_the_prompter_and_the_record(qtbot, on_air, demo, clocks):
    c = on_air()
    c.go_to(2)
    panel = c.operator.script
    assert panel.edit.toPlainText() == "牛腱子{价格}元一份，只剩{库存}件了。"
    panel.edit.selectAll()
    panel.edit.insertPlainText("牛腱子{价格}元，全网最好，只剩{库存}件。")
    qtbot.waitUntil(lambda: "must-change" in panel.findings.text())
    assert panel.apply_button.isEnabled()
    c.go_to(1)  # moving on while editing: the edit stays on its segment
    assert panel.index == 2 and panel.heading.text().endswith("(not the segment on air)")
    assert panel.apply()
    assert c.view.document()[2].plain == "牛腱子109.00元，全网最好，只剩4件。"
    assert c.live.repo.segments(c.session_id)[2].script == "牛腱子{价格}元，全网最好，只剩{库存}件。"
    sheet = services(demo, clocks).sheets.sheets()[0]
    assert sheet.segments[2].script == "牛腱子{价格}元一份，只剩{库存}件了。"  # the run sheet is not changed
    assert panel.index == 1  # not edited any more: it follows the segment on air
    c.context.undo_stack.undo()
    assert c.view.document()[2].plain == "牛腱子109.00元一份，只剩4件了。"


def test_editing_the_segment_on_air_keeps_the_reading_line(qtbot, on_air):
    c = on_air()
    c.go_to(1)
    panel = c.operator.script
    text = panel.edit.toPlainText()
    panel.edit.selectAll()
    panel.edit.insertPlainText(text + "\n最后一段。")
    c.operator.tabs.setCurrentIndex(1)
    panel.apply_button.click()
    assert c.view.document()[1].plain.endswith("最后一段。") and c.view.position() == (1, 0, 0.0)


def test_navigation_from_both_windows_keeps_the_core_segment(qtbot, on_air):
    c = on_air()
    op = c.operator
    op.sheet.itemClicked.emit(op.sheet.item(2))
    assert c.live.current() == 2 and c.view.current_segment() == 2
    assert op.sheet.item(2).text().startswith("\u25b6 3.") and op.now_label.text().startswith("On air: 3 of 6")
    press(c, Qt.Key.Key_PageUp)
    assert c.live.current() == 1 and op.sheet.currentRow() == 1
    active(qtbot, op)
    op.sheet.setFocus()
    qtbot.keyClick(op.sheet, Qt.Key.Key_PageDown)  # a clicker, with the operator window in front
    assert c.live.current() == 2
    op.sheet.setCurrentRow(5)
    qtbot.keyClick(op.sheet, Qt.Key.Key_Return)
    assert c.live.current() == 5 and c.view.current_segment() == 5
    log = [e.index for e in c.live.state().log]
    assert log == [0, 2, 1, 2, 5]
    op.tabs.setCurrentIndex(1)
    op.script.edit.setFocus()
    qtbot.keyClick(op.script.edit, Qt.Key.Key_PageUp)  # inside the script box the page keys page the text
    qtbot.keyClick(op.script.edit, Qt.Key.Key_Left)
    assert c.live.current() == 5


def test_operator_keys_sell_and_do_not_clash_with_the_prompter(qtbot, on_air):
    c = on_air()
    op = c.operator
    keymap = KeyMap()
    for action in (op.sell_one_action, op.sell_many_action, op.undo_action, op.redo_action, op.toggle_action):
        for sequence in action.shortcuts():
            assert keymap.owner(sequence.toString()) is None, sequence.toString()
    c.go_to(1)
    active(qtbot, op)
    op.sheet.setFocus()
    qtbot.keyClick(op.sheet, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert c.live.sold() == {WALNUT: 1}
    op.sales.quantity.setValue(3)
    qtbot.keyClick(op.sheet, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert c.live.sold() == {WALNUT: 4}
    qtbot.keyClick(op.sheet, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.live.sold() == {WALNUT: 1}
    qtbot.keyClick(op.sheet, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert c.view.is_playing() and op.prompter_panel.play_button.text() == "\u23f8 P&ause"


def test_prompter_controls_follow_the_view_and_are_kept(qtbot, on_air):
    c = on_air()
    panel = c.operator.prompter_panel
    panel.speed.setValue(330)
    assert c.view.speed == 330 and c.live.state().speed == 330
    panel.font_px.setValue(96)
    panel.mirror_h.setChecked(True)
    assert c.view.style().font_px == 96 and c.view.style().mirror_h
    assert '"font_px": 96' in config.Settings().get(config.PROMPTER_STYLE)
    press(c, Qt.Key.Key_Up)  # faster, on the prompter: the control follows
    assert panel.speed.value() == c.view.speed > 330
    panel.blank.setChecked(True)
    assert c.view.blank()
    c.set_keymap(KeyMap({**KeyMap().to_dict(), "next": ["N"]}))
    c.operator.bind_prompter_keys()
    assert [s.key().toString() for s in c.operator._nav_keys] == ["N", "PgUp", "Left"]
    assert "N / PgUp, Left move to the next / previous segment" in panel.keys_text()
    assert config.Settings().get(config.PROMPTER_KEYS)


def test_segment_and_show_times_turn_amber_then_red(qtbot, on_air, clocks):
    c = on_air()  # the opening: 1:00 planned, the main list 17:00
    op = c.operator
    clocks.advance(30)
    c.tick()
    assert op.times_label.text() == "This segment 0:30 of 1:00 \u00b7 the show 0:30 of 17:00"
    assert op.times_label.styleSheet() == ""
    clocks.advance(40)
    c.tick()
    assert metrics.WARNING_COLOR in op.times_label.styleSheet()
    clocks.advance(20)
    c.tick()
    assert metrics.DANGER_COLOR in op.times_label.styleSheet()
    assert dict(c.view.overlay_texts())["elapsed"] == "01:30 of 01:00"


def test_keys_dialog_rebinds_the_prompter_and_the_operator_window_follows(qtbot, on_air, monkeypatch):
    from villagecast.ui.prompter.keys_dialog import KeyMapDialog

    c = on_air()

    def exec_(dialog):
        dialog.assign("next", "N")
        return KeyMapDialog.DialogCode.Accepted

    monkeypatch.setattr(KeyMapDialog, "exec", exec_)
    panel = c.operator.prompter_panel
    assert panel.edit_keys()
    assert c.prompter.keymap().owner("N") == "next"
    assert "N" in [s.key().toString() for s in c.operator._nav_keys]
    assert "PgDown, Right, N / PgUp, Left" in panel.keys_text()
    assert press(c, Qt.Key.Key_N, "n") and c.live.current() == 1
    assert KeyMap.from_dict(json.loads(config.Settings().get(config.PROMPTER_KEYS))).owner("N") == "next"


def test_closing_the_operator_window_can_finish_the_show(qtbot, on_air, demo, clocks, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from villagecast.ui.broadcast import live_resume

    c = on_air()
    monkeypatch.setattr(live_resume, "ask_close", lambda *_a: "finish")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # no report now
    c.operator.close()
    assert c.done and not c.operator.isVisible()
    assert services(demo, clocks).book.session(c.session_id).status == "finished"


def test_big_sale_buttons_follow_the_ui_scale(qtbot, on_air):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    c = on_air()
    app = QApplication.instance()
    font = QFont(app.font())
    before = c.operator.sales.one_button.minimumHeight()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.75)
    app.setFont(bigger)
    QApplication.sendPostedEvents()  # as View > UI scale does: the widgets take the new font
    try:
        c.operator.rescale()
        assert c.operator.sales.one_button.minimumHeight() > before * 1.4
    finally:
        app.setFont(font)
        QApplication.sendPostedEvents()


def test_beside_the_prompter_on_a_laptop_every_tab_title_fits(qtbot, on_air):
    """On a 1366 px screen the operator window gets ~600 px: the tabs take the room their titles need (no scroll
    arrows hiding the Prompter tab), the run sheet keeps a readable width; on a wide window the shares hold."""
    from villagecast.ui.broadcast.operator_window import SHEET_MIN_CHARS, SHEET_SHARE

    operator = on_air().operator
    bar = operator.tabs.tabBar()
    titles = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    sheet, tabs = operator.split_sizes(600)
    assert sheet + tabs == 600 and tabs >= titles
    assert sheet >= operator.sheet.fontMetrics().averageCharWidth() * SHEET_MIN_CHARS
    assert operator.split_sizes(1400) == [int(1400 * SHEET_SHARE), 1400 - int(1400 * SHEET_SHARE)]
