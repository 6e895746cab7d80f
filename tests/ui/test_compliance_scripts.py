"""Scripts tab: findings marked live at their exact spans, product-aware checks, one-click replace, save + undo."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from villagecast.ui import settings as config
from villagecast.ui.compliance import ComplianceWindow


@pytest.fixture
def window(qtbot, context):
    win = ComplianceWindow(context, config.Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def new_script(window, sku=None):
    """A new empty script (free, or for ``sku``), shown in the editor."""
    tab = window.scripts
    if sku is None:
        tab.tree.tree.setCurrentItem(tab.tree.tree.topLevelItem(0))
    else:
        assert tab.show_product(sku)
    tab.new_action.trigger()
    assert tab.stored is not None and tab.stored.sku == sku
    return tab


def type_text(qtbot, tab, text):
    """Put ``text`` at the cursor as typing would, and wait for the scan it starts."""
    with qtbot.waitSignal(tab.edit.scanned, timeout=2000):
        tab.edit.insertPlainText(text)
    return tab.edit.result


def marks(edit):
    """(start, length, underline colour, wavy) of every format range in the document."""
    out = []
    block = edit.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            fmt = r.format
            out.append((block.position() + r.start, r.length, fmt.underlineColor().name(),
                        fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline))
        block = block.next()
    return out


@pytest.mark.parametrize("text, start, wording", [("这个核桃最 好吃", 4, "最 好"), ("我家的最*好", 3, "最*好"),
                                                   ("最最最好吃", 0, "最最最好")])
def test_typing_marks_the_exact_span(qtbot, window, text, start, wording):
    tab = new_script(window)
    result = type_text(qtbot, tab, text)
    assert [(f.text, f.severity) for f in result.findings] == [(wording, "block")]
    assert marks(tab.edit) == [(start, len(wording), "#b91c1c", True)]
    listed = tab.findings.tree
    assert listed.rowCount() == 1 and listed.item(0, 1).text() == wording
    assert listed.item(0, 0).text() == "Must change" and "absolute" in listed.item(0, 2).text()
    assert tab.findings.summary.text() == "1 must change"


def test_clean_script_with_traps_has_no_marks(qtbot, window):
    tab = new_script(window)
    result = type_text(qtbot, tab, "最近天气好，第一次来直播间的朋友，首先看看这个核桃。最后一单发顺丰。")
    assert result.findings == ()
    assert marks(tab.edit) == [] and tab.findings.tree.rowCount() == 0
    assert tab.findings.summary.text() == "No risky wording found."
    assert tab.findings.product_line.text().startswith("Product checks skipped")


def test_marks_follow_typing_and_a_paste_is_scanned_once(qtbot, window):
    tab = new_script(window)
    type_text(qtbot, tab, "最好吃")
    assert marks(tab.edit)[0][:2] == (0, 2)
    cursor = tab.edit.textCursor()
    cursor.setPosition(0)
    tab.edit.setTextCursor(cursor)
    scans = []
    tab.edit.scanned.connect(scans.append)
    with qtbot.waitSignal(tab.edit.scanned):
        for ch in "今天的":  # three edits before the event loop runs: one scan
            tab.edit.insertPlainText(ch)
    assert len(scans) == 1
    assert [m[:2] for m in marks(tab.edit)] == [(3, 2)]


def test_emoji_before_a_finding_keeps_the_mark_on_it(qtbot, window):
    tab = new_script(window)
    result = type_text(qtbot, tab, "🔥🔥最好吃")
    assert [(f.start, f.text) for f in result.findings] == [(2, "最好")]
    assert [m[:2] for m in marks(tab.edit)] == [(4, 2)]  # Qt counts UTF-16 units: each emoji is two
    tab.edit.select_finding(result.findings[0])
    assert tab.edit.textCursor().selectedText() == "最好"


def test_product_aware_organic_claim(qtbot, window):
    walnut = new_script(window, "WAL-001")
    result = type_text(qtbot, walnut, "有机核桃，漾濞老品种")
    assert result.product_checked and result.findings == ()  # WAL-001 holds a valid organic certificate
    line = walnut.findings.product_line.text()
    assert "WAL-001" in line and "50 in stock" in line and "原价" in line and line.endswith("7 days) ¥39.90.")
    honey = new_script(window, "HON-002")
    result = type_text(qtbot, honey, "有机蜂蜜")
    assert [(f.text, f.severity, f.explanation) for f in result.findings] == [("有机", "block", "certificate_missing")]
    assert marks(honey.edit)[0][:2] == (0, 2)
    assert "5 in stock" in honey.findings.product_line.text()


def test_stock_change_rechecks_the_open_script(qtbot, window, context):
    from villagecast.ui.commands import MoveStock

    tab = new_script(window, "HON-002")
    assert type_text(qtbot, tab, "只剩5件了").findings == ()  # 5 on hand: true
    context.execute(MoveStock(context, "HON-002", "receive", 20, "", "Receive"))
    assert [f.explanation for f in tab.edit.result.findings] == ["scarcity_count_false"]
    assert "25 in stock" in tab.findings.product_line.text()


def test_one_click_replace_is_one_editor_undo_step(qtbot, window):
    tab = new_script(window)
    result = type_text(qtbot, tab, "这是最好吃的核桃")
    finding = result.findings[0]
    menu = tab.edit.finding_menu(finding)
    choices = [a for a in menu.actions() if a.data() is not None]
    assert choices[0].data() == "品质很不错" and choices[-1].data() == ""  # the last one leaves it out
    with qtbot.waitSignal(tab.edit.scanned):
        choices[0].trigger()
    assert tab.edit.toPlainText() == "这是品质很不错吃的核桃"
    assert tab.edit.result.findings == ()
    qtbot.keyClick(tab.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.edit.toPlainText() == "这是最好吃的核桃"


def test_ctrl_period_targets_the_finding_at_the_cursor(qtbot, window):
    tab = new_script(window)
    result = type_text(qtbot, tab, "绝对正宗，最好吃")
    cursor = tab.edit.textCursor()
    cursor.setPosition(6)  # inside 最好
    tab.edit.setTextCursor(cursor)
    assert tab.edit.fix_target().text == "最好"
    cursor.setPosition(0)
    tab.edit.setTextCursor(cursor)
    assert tab.edit.fix_target() is result.findings[0]


def hover(edit, point):
    """Send the tooltip event Qt sends when the pointer rests at ``point`` (viewport coordinates)."""
    viewport = edit.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))


def test_hover_shows_why_and_the_alternative(qtbot, window):
    tab = new_script(window)
    type_text(qtbot, tab, "这是最好吃的核桃")
    cursor = tab.edit.textCursor()
    cursor.setPosition(3)
    point = tab.edit.cursorRect(cursor).center()
    point.setX(point.x() + 3)  # over 好, the right-hand character of 最好
    hover(tab.edit, point)
    qtbot.waitUntil(QToolTip.isVisible)
    tip = QToolTip.text()
    assert "“最好”" in tip and "absolute" in tip and "Instead: 品质很不错" in tip and "Ctrl+." in tip
    cursor.setPosition(1)
    hover(tab.edit, tab.edit.cursorRect(cursor).center())  # over 是: clean text
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    hover(tab.edit, tab.edit.viewport().rect().bottomRight())  # beside the text
    assert not QToolTip.isVisible()


def test_finding_row_selects_the_span(qtbot, window):
    tab = new_script(window)
    type_text(qtbot, tab, "纯天然的，最好吃")
    rows = tab.findings.tree
    assert rows.rowCount() == 2
    rows.setCurrentCell(1, 0)
    assert tab.edit.textCursor().selectedText() == "最好"


def test_save_is_one_app_undo_step(qtbot, window, context):
    tab = new_script(window, "WAL-001")
    ref = tab.ref
    book = window.hub.book
    type_text(qtbot, tab, "漾濞核桃，")
    type_text(qtbot, tab, "一捏就开")
    assert book.scripts("WAL-001")[0].text == ""  # nothing stored while typing
    tab.save_action.trigger()
    assert book.scripts("WAL-001")[0].text == "漾濞核桃，一捏就开"
    assert context.undo_stack.undoText().startswith("Edit script")
    window.undo_action.trigger()
    assert book.scripts("WAL-001")[0].text == "" and tab.edit.toPlainText() == ""
    window.redo_action.trigger()
    assert book.scripts("WAL-001")[0].text == "漾濞核桃，一捏就开" == tab.edit.toPlainText()
    assert tab.ref is ref


def test_leaving_the_editor_saves(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = new_script(window)
    tab.edit.setFocus()
    qtbot.waitUntil(tab.edit.hasFocus)
    type_text(qtbot, tab, "大家好")
    tab.title_edit.setFocus()
    qtbot.waitUntil(lambda: window.hub.book.scripts(free=True)[0].text == "大家好")


def test_switching_script_saves_the_one_left(qtbot, window):
    first = new_script(window)
    first_ref = first.ref
    type_text(qtbot, first, "开场白")
    new_script(window)  # saves the first before showing the new one
    assert [s.text for s in window.hub.book.scripts(free=True)] == ["开场白", ""]
    assert first.tree.select_ref(first_ref)
    assert first.edit.toPlainText() == "开场白"


def test_new_rename_delete_and_undo(qtbot, window, context):
    new_script(window)
    tab = new_script(window, "MIL-003")
    assert tab.title_edit.text() == "小米"
    tab.title_edit.setText("小米讲解")
    tab.title_edit.editingFinished.emit()
    type_text(qtbot, tab, "沁县小米")
    tab.save_current()
    ref = tab.ref
    old_id = ref.id
    new_script(window)  # a later row: the restored script cannot take its old id back
    tab.show_product("MIL-003")
    assert tab.ref is ref
    tab.tree.delete_button.click()
    assert window.hub.book.scripts("MIL-003") == [] and tab.stored is None
    assert tab.tree.current()[:2] == ("product", "MIL-003")  # the product's group stays
    window.undo_action.trigger()
    back = window.hub.book.scripts("MIL-003")
    assert [(s.title, s.text) for s in back] == [("小米讲解", "沁县小米")]
    assert ref.id == back[0].id != old_id and tab.ref is ref and tab.edit.toPlainText() == "沁县小米"
    window.undo_action.trigger()  # the third script
    window.undo_action.trigger()  # the text edit, on the restored row (no duplicate)
    assert [(s.title, s.text) for s in window.hub.book.scripts("MIL-003")] == [("小米讲解", "")]
    window.undo_action.trigger()  # the rename
    assert [(s.title, s.text) for s in window.hub.book.scripts("MIL-003")] == [("小米", "")]
    assert tab.title_edit.text() == "小米"


def test_placeholders_insert_and_fill(qtbot, window):
    tab = new_script(window, "WAL-001")
    names = {a.data()[0]: a.text() for a in tab.insert_actions}
    assert names["{价格}"] == "{价格}  \u2192 39.90" and names["{库存}"] == "{库存}  \u2192 50"
    with qtbot.waitSignal(tab.edit.scanned):
        tab.insert_actions[0].trigger()
    assert tab.edit.toPlainText() == "{价格}" and tab.edit.result.findings == ()
    result = type_text(qtbot, tab, "元 {运费}")
    assert [(f.text, f.explanation) for f in result.findings] == [("{运费}", "placeholder_unknown")]


def test_show_compliance_reuses_the_window(qtbot, main_window):
    from villagecast.ui.compliance import show_compliance

    win = main_window()
    first = show_compliance(win, win.context, win.settings, sku="HON-002")
    qtbot.addWidget(first)
    assert first.scripts.tree.current()[:2] == ("product", "HON-002")
    again = show_compliance(win, win.context, win.settings)
    assert again is first and again.isVisible()


def test_picking_a_product_lists_it_for_a_new_script(qtbot, window):
    tree = window.scripts.tree
    assert tree.tree.topLevelItemCount() == 1  # only the free group: no product has a script yet
    labels = [tree.products.item(n).text() for n in range(tree.products.rowCount())]
    assert labels == ["土蜂蜜  HON-002", "小米  MIL-003", "绿茶  TEA-004", "核桃  WAL-001"]  # by SKU
    tree.picker.activated.emit(labels.index("绿茶  TEA-004"))
    assert tree.current() == ("product", "TEA-004", None)
    assert "绿茶" in window.scripts.edit.placeholderText() and not window.scripts.edit.isEnabled()
    window.scripts.new_action.trigger()
    assert [s.title for s in window.hub.book.scripts("TEA-004")] == ["绿茶"]
    assert window.scripts.edit.isEnabled() and tree.current()[:2] == ("script", "TEA-004")


def test_a_refused_save_keeps_the_text_and_says_why(qtbot, window):
    tab = new_script(window)
    ref = tab.ref
    with qtbot.waitSignal(tab.edit.scanned, timeout=5000):
        tab.edit.setPlainText("好" * 50_001)
    assert not tab.save_current()
    assert tab.issue.isVisible() and "longer than 50000 characters" in tab.issue.text()
    assert window.hub.book.scripts(free=True)[0].text == ""
    tab.tree.tree.setCurrentItem(tab.tree.tree.topLevelItem(0))  # try to leave it: refused, it stays
    assert tab.ref is ref and len(tab.edit.toPlainText()) == 50_001
    tab.edit.setPlainText("好")
    assert tab.save_current() and not tab.issue.isVisible()
