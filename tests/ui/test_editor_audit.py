"""The editor's Selection review: record the five steps through the form, see the verdict, remove and undo lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from villagecast.core import editing
from villagecast.core.product import Certificate
from villagecast.ui import settings as config
from villagecast.ui.views.main_window import MainWindow

STEPS = ("supplier_review", "qualification_review", "sample_test", "selling_point_review", "final_approval")
EVIDENCE = {"qualification_review": ("ORG-2025-001",), "sample_test": ("ORG-2025-001",)}
TODAY = date.today().isoformat()


@pytest.fixture
def window(main_window):
    return main_window("WAL-001", "audit")


def audit_panel(win):
    return win.editor.panel("audit")


def approved_in_list(win, sku="WAL-001") -> bool:
    return win.model.row_data(win.model.row_of(sku))["approved"]


def fill_form(panel, step, reviewer="Wang Fang", day=TODAY, result="passed", evidence=(), note=""):
    """Prepare the form for ``step`` with its Record button and fill it as a user would."""
    panel.step_rows[step][3].click()
    form = panel.form
    assert form.current_step() == step
    form.reviewer.selectAll()
    form.reviewer.insert(reviewer)
    form.date.setText(day)
    (form.passed if result == "passed" else form.failed).click()
    for box, _label, (_kind, ref), _row in form.evidence.rows:
        box.setChecked(ref in evidence)
    form.note.setText(note)


def record(panel, step, **kwargs):
    fill_form(panel, step, **kwargs)
    panel.form.record_button.click()


def record_all(panel):
    for step in STEPS:
        record(panel, step, evidence=EVIDENCE.get(step, ()))


def test_recording_all_five_steps_approves_the_product(qtbot, window, context):
    panel = audit_panel(window)
    assert not panel.banner.property("approved") and "Not approved" in panel.banner.text()
    assert not approved_in_list(window)
    record(panel, "supplier_review", note="Licence and credit code seen")
    assert panel.form.current_step() == "qualification_review"  # moved on to the next open step
    assert panel.form.reviewer.text() == "Wang Fang" and panel.form.date.text() == TODAY
    assert panel.form.note.text() == ""
    assert panel.step_rows["supplier_review"][0].text() == "\u2713"
    assert "Wang Fang" in panel.step_rows["supplier_review"][2].text()
    for step in STEPS[1:]:
        record(panel, step, evidence=EVIDENCE.get(step, ()))
    stored = context.catalogue.get("WAL-001")
    assert [a.step for a in stored.audit] == list(STEPS)
    assert stored.audit[1].evidence[0].ref == "ORG-2025-001"
    assert panel.banner.property("approved") and panel.banner.text().endswith("Approved for broadcast")
    assert "three years" in panel.reasons.text()
    assert approved_in_list(window)
    assert panel.table.rowCount() == 5
    assert panel.table.item(0, 1).text().startswith("Final approval \u2014 Passed")  # newest first
    assert panel.table.item(0, 0).text() == TODAY
    assert "Evidence: Organic ORG-2025-001" in panel.table.item(3, 1).text()  # the qualification review
    assert "Note: Licence and credit code seen" in panel.table.item(4, 1).text()
    assert context.undo_stack.count() == 5 and "Review line" in window.undo_action.text()
    assert not any(box.isChecked() for box in panel.form.evidence.boxes())


def test_a_failed_sample_test_withdraws_the_approval_with_the_reason(qtbot, window, context):
    panel = audit_panel(window)
    record_all(panel)
    assert approved_in_list(window)
    record(panel, "sample_test", reviewer="Li Ming", result="failed", note="Kernels mouldy")
    assert not panel.banner.property("approved")
    assert f"Sample evaluation or sampling test: failed on {TODAY} (Li Ming)." in panel.reasons.text()
    assert panel.step_rows["sample_test"][0].text() == "\u2717"
    assert not approved_in_list(window)
    assert context.catalogue.get("WAL-001").audit[-1].result == "failed"


def test_a_passed_qualification_review_without_evidence_is_refused_beside_the_list(qtbot, window, context):
    panel = audit_panel(window)
    fill_form(panel, "qualification_review", note="Certificate looked fine")
    panel.form.record_button.click()
    label = panel.form.messages.labels["evidence"]
    assert label.isVisible() and "must cite" in label.text()
    assert context.catalogue.get("WAL-001").audit == []
    assert context.undo_stack.count() == 0
    form = panel.form
    assert (form.current_step(), form.reviewer.text(), form.note.text()) == (
        "qualification_review", "Wang Fang", "Certificate looked fine")  # the form keeps what was typed
    qtbot.mouseClick(form.evidence.rows[0][1], Qt.MouseButton.LeftButton)  # clicking the text ticks it
    assert form.evidence.boxes()[0].isChecked()
    form.record_button.click()
    assert not label.isVisible()
    assert [e.ref for e in context.catalogue.get("WAL-001").audit[0].evidence] == ["ORG-2025-001"]


def test_missing_reviewer_and_bad_date_are_shown_beside_their_fields(qtbot, window, context):
    panel = audit_panel(window)
    fill_form(panel, "supplier_review", reviewer="  ", day="2026-13-40")
    panel.form.record_button.click()
    assert "Reviewer: required." in panel.form.messages.labels["reviewer"].text()
    assert "is not a date" in panel.form.messages.labels["date"].text()
    assert context.catalogue.get("WAL-001").audit == []


def test_changing_a_talking_point_after_the_review_needs_a_new_review(qtbot, window, context):
    panel = audit_panel(window)
    record_all(panel)
    before = context.catalogue.get("WAL-001")
    point = replace(before.talking_points[1], text="一捏就开，香脆")
    assert window.editor.save(before, editing.set_item(before, "talking_points", 1, point), "Talking point").ok
    assert not panel.banner.property("approved")
    assert "The talking points changed after the selling-point review" in panel.reasons.text()
    assert "review them again" in panel.step_rows["selling_point_review"][2].text()
    assert not approved_in_list(window)
    record(panel, "selling_point_review")
    assert approved_in_list(window) and panel.banner.property("approved")


def test_remove_a_line_and_undo_it(qtbot, window, context):
    panel = audit_panel(window)
    record(panel, "supplier_review", reviewer="Wang Fang")
    record(panel, "qualification_review", reviewer="Li Ming", evidence=("ORG-2025-001",))
    assert not panel.remove_button.isEnabled()
    panel.table.selectRow(1)  # newest first: row 1 is the supplier review
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert [a.step for a in context.catalogue.get("WAL-001").audit] == ["qualification_review"]
    assert panel.table.rowCount() == 1 and panel.step_rows["supplier_review"][0].text() == "\u2014"
    context.undo_stack.undo()
    assert [a.step for a in context.catalogue.get("WAL-001").audit] == ["supplier_review", "qualification_review"]
    assert panel.table.rowCount() == 2 and panel.step_rows["supplier_review"][0].text() == "\u2713"
    window.activateWindow()
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)  # the keyboard way
    assert [a.step for a in context.catalogue.get("WAL-001").audit] == ["supplier_review"]


def test_the_last_reviewer_is_remembered(qtbot, window, context):
    panel = audit_panel(window)
    record(panel, "supplier_review", reviewer="李明")
    assert config.Settings().get(config.LAST_REVIEWER) == "李明"
    window.select_sku("HON-002")
    assert panel.product.sku == "HON-002"
    assert panel.form.reviewer.text() == "李明" and panel.form.current_step() == "supplier_review"
    other = MainWindow(context, config.Settings())  # a later session
    qtbot.addWidget(other)
    other.select_sku("MIL-003")
    other.editor.set_section("audit")
    assert audit_panel(other).form.reviewer.text() == "李明"


def test_ctrl_enter_records_and_clicking_a_step_prepares_the_form(qtbot, window, context):
    panel = audit_panel(window)
    qtbot.mouseClick(panel.step_rows["final_approval"][1], Qt.MouseButton.LeftButton)
    assert panel.form.current_step() == "final_approval"
    assert "signs off" in panel.form.hint.text()
    fill_form(panel, "supplier_review")
    window.activateWindow()
    panel.form.note.setFocus()
    qtbot.waitUntil(panel.form.note.hasFocus)
    qtbot.keyClick(panel.form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [a.step for a in context.catalogue.get("WAL-001").audit] == ["supplier_review"]


def test_expired_certificates_are_shown_as_such(qtbot, window, context):
    panel = audit_panel(window)
    before = context.catalogue.get("WAL-001")
    old = Certificate("inspection_report", "JC-2023-7", "县质检站", "2023-01-01",
                      (date.today() - timedelta(days=3)).isoformat())
    assert window.editor.save(before, editing.set_certificate(before, None, old), "Certificate").ok
    texts = panel.form.evidence.texts()
    assert texts[0] == "Organic ORG-2025-001"
    assert texts[1].startswith("Inspection report JC-2023-7 (expired on")


def test_tab_goes_through_the_form_including_the_evidence(qtbot, window):
    panel = audit_panel(window)
    form = panel.form
    window.activateWindow()
    form.reviewer.setFocus()
    qtbot.waitUntil(form.reviewer.hasFocus)
    expected = [form.date.edit, form.passed, form.evidence.boxes()[0], form.note, form.record_button]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
