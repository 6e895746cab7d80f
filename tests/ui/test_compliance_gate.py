"""The pre-broadcast gate: block findings of the show's scripts and unticked "before" items; anyway is recorded."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from villagecast.core.broadcast.sessions import Script
from villagecast.core.product import AuditEntry, Evidence
from villagecast.ui import settings as config
from villagecast.ui.compliance import ComplianceWindow, GateDialog, open_gate


@pytest.fixture
def window(qtbot, context):
    win = ComplianceWindow(context, config.Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def book(window):
    return window.hub.book


def before_items(window):
    today = date.today()
    return [i.id for i in window.hub.pack.checklist if i.in_phase("before") and i.in_force(today)]


def tick_all_before(book, window, sid, but=()):
    for item_id in before_items(window):
        if item_id not in but:
            book.tick(sid, item_id)


def no_questions(monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("a clear gate asks nothing")
    monkeypatch.setattr(QMessageBox, "question", refuse)


def test_gate_anyway_records_the_override(qtbot, window, book, monkeypatch):
    book.save_script(Script("开场", "家人们好，这是最好吃的核桃！"))
    book.save_script(Script("结尾", "谢谢大家，下次见。"))
    sid = window.checklist.create_session("周五晚场")
    tick_all_before(book, window, sid, but=("ID-01",))
    dialog = GateDialog(window.hub, sid, parent=window)
    qtbot.addWidget(dialog)
    assert [f.text for _s, f in dialog.findings] == ["最好"]
    assert [i.id for i in dialog.unticked] == ["ID-01"]
    assert dialog.go_button.text() == "Go on air &anyway\u2026"
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    dialog.go_button.click()
    assert asked and book.session(sid).status == "preparing"  # said no: nothing recorded
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.go_button.click()
    session = book.session(sid)
    assert dialog.session.id == sid and session.status == "live" and session.overridden is True
    assert session.gate == {"findings": [{"script": "开场", "sku": None, "rule": "AD-01", "text": "最好",
                                          "start": 7, "end": 9}], "unticked": ["ID-01"]}
    assert window.checklist.status.text().startswith("On air since")
    assert "2 unresolved problem(s) recorded" in window.checklist.status.text()


def test_clear_gate_goes_on_air_without_asking(qtbot, window, book, monkeypatch):
    book.save_script(Script("开场", "家人们好，欢迎来到直播间。"))
    sid = window.checklist.create_session("彩排", rehearsal=True)
    tick_all_before(book, window, sid)
    dialog = GateDialog(window.hub, sid, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.clear() and dialog.go_button.text() == "Go on &air"
    assert dialog.summary.text().startswith("All clear")
    no_questions(monkeypatch)
    dialog.go_button.click()
    session = book.session(sid)
    assert session.status == "live" and session.overridden is False
    assert session.gate == {"findings": [], "unticked": []}


def test_default_scripts_are_free_and_approved_products(qtbot, window, book, context):
    book.save_script(Script("开场", "欢迎"))
    book.save_script(Script("蜂蜜", "有机蜂蜜", "HON-002"))  # HON-002 holds no organic certificate
    walnut = book.save_script(Script("核桃", "最好的核桃", "WAL-001"))
    sid = window.checklist.create_session("周五晚场")
    dialog = GateDialog(window.hub, sid, parent=window)
    qtbot.addWidget(dialog)
    assert [s.title for s in dialog.chosen_scripts()] == ["开场"]  # no product is approved yet
    assert dialog.findings == []
    honey = next(dialog.script_list.item(n) for n in range(dialog.script_list.count())
                 if dialog.script_list.item(n).data(Qt.ItemDataRole.UserRole).sku == "HON-002")
    assert "not approved" in honey.text()
    honey.setCheckState(Qt.CheckState.Checked)
    assert [(s.sku, f.text, f.explanation) for s, f in dialog.findings] == [("HON-002", "有机", "certificate_missing")]
    picked = GateDialog(window.hub, sid, scripts=[walnut], parent=window)
    qtbot.addWidget(picked)
    assert [s.title for s in picked.chosen_scripts()] == ["核桃"]
    assert [f.text for _s, f in picked.findings] == ["最好"]


def test_approved_product_scripts_are_in_by_default(qtbot, window, book, context):
    from villagecast.core.audit import points_digest
    from villagecast.core.product import AUDIT_STEPS

    product = context.catalogue.get("WAL-001")
    today = date.today().isoformat()
    proof = [Evidence("certificate", "ORG-2025-001")]
    product.audit = [AuditEntry(step, "张三", today, "passed", evidence=proof,
                                points_digest=points_digest(product.talking_points)
                                if step == "selling_point_review" else "") for step in AUDIT_STEPS]
    context.catalogue.save("WAL-001", product)
    book.save_script(Script("核桃", "核桃 {价格} 元", "WAL-001"))
    book.save_script(Script("小米", "小米 {价格} 元", "MIL-003"))
    sid = window.checklist.create_session("周五晚场")
    dialog = GateDialog(window.hub, sid, parent=window)
    qtbot.addWidget(dialog)
    assert [s.sku for s in dialog.chosen_scripts()] == ["WAL-001"]


def test_ticking_in_the_gate_is_an_undoable_tick(qtbot, window, book, context):
    sid = window.checklist.create_session("周五晚场")
    tick_all_before(book, window, sid, but=("ID-01", "ID-02"))
    dialog = GateDialog(window.hub, sid, parent=window)
    qtbot.addWidget(dialog)
    assert [i.id for i in dialog.unticked] == ["ID-01", "ID-02"]
    dialog.item_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert [i.id for i in dialog.unticked] == ["ID-02"] and dialog.item_list.count() == 1
    assert "ID-01" in book.session(sid).ticked()
    context.undo_stack.undo()
    assert "ID-01" not in book.session(sid).ticked()


def test_open_gate_returns_the_session(qtbot, window, book, monkeypatch):
    sid = window.checklist.create_session("周五晚场")
    tick_all_before(book, window, sid)
    no_questions(monkeypatch)

    def press_go():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GateDialog)
        dialog.go_button.click()

    QTimer.singleShot(0, press_go)
    session = open_gate(window, window.context, sid)
    assert session is not None and session.id == sid and session.status == "live"
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert window.go_on_air() is None  # already on air: told so, no gate


def test_the_window_button_opens_the_gate_on_the_current_session(qtbot, window, book):
    window.checklist.create_session("周五晚场")
    seen = []

    def look_and_cancel():
        dialog = QApplication.activeModalWidget()
        seen.append((type(dialog).__name__, dialog.windowTitle()))
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    window.gate_button.click()
    assert seen == [("GateDialog", "Go on air: 周五晚场")]
    assert window.checklist.session.status == "preparing"


def test_without_a_session_the_gate_asks_for_one_first(qtbot, window, book):
    def name_it():
        dialog = QApplication.activeModalWidget()
        dialog.title_edit.setText("临时加场")
        dialog.rehearsal_box.setChecked(True)
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # then cancel the gate
        dialog.accept()

    QTimer.singleShot(0, name_it)
    assert window.go_on_air() is None
    (session,) = book.sessions()
    assert (session.title, session.rehearsal, session.status) == ("临时加场", True, "preparing")
    assert window.checklist.current_session_id() == session.id
