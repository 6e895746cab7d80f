"""The Talking points section: add, edit, reorder, cite and uncite points; every change is one undo step."""

from __future__ import annotations

import functools
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from villagecast.core.product import Document, Evidence
from villagecast.ui import metrics
from villagecast.ui.editor.evidence_parts import HTML_ROLE


@pytest.fixture
def open_window(open_section):
    """The window with ``sku`` in the points section, and that panel."""
    return functools.partial(open_section, "points")


@pytest.fixture
def panel(qtbot, context, open_window):
    return open_window()[1]


def stored(context, sku="WAL-001"):
    return context.catalogue.get(sku)


def rows(panel) -> list[str]:
    return [panel.list.item(r).text() for r in range(panel.list.count())]


def evidence_item(panel, ref):
    for r in range(panel.evidence.count()):
        item = panel.evidence.item(r)
        if item.data(Qt.ItemDataRole.UserRole)[1] == ref:
            return item
    raise AssertionError(f"{ref} not in the evidence list")


def retype(panel, text: str) -> None:
    """Replace the point text as an input method would, then leave the field."""
    panel.text.selectAll()
    panel.text.insertPlainText(text)
    panel.text.finish()


def test_the_list_shows_kind_text_and_support_in_colour(panel):
    assert len(rows(panel)) == 2
    first, second = rows(panel)
    assert "Origin" in first and "漾濞老品种核桃" in first and "Evidence: Organic ORG-2025-001" in first
    assert "Taste" in second and "Unsupported" in second
    assert metrics.OK_COLOR in panel.list.item(0).data(HTML_ROLE)
    assert metrics.WARNING_COLOR in panel.list.item(1).data(HTML_ROLE)
    assert panel.list.currentRow() == 0 and panel.text.text() == "漾濞老品种核桃"
    assert evidence_item(panel, "ORG-2025-001").checkState() == Qt.CheckState.Checked


def test_a_point_citing_only_an_expired_certificate_is_flagged(qtbot, context, open_window):
    product = stored(context)
    product.certificates[0].valid_from = (date.today() - timedelta(days=400)).isoformat()
    product.certificates[0].valid_to = (date.today() - timedelta(days=1)).isoformat()
    context.catalogue.save("WAL-001", product)
    _, panel = open_window()
    assert "Evidence not valid today" in rows(panel)[0]
    assert metrics.WARNING_COLOR in panel.list.item(0).data(HTML_ROLE)
    item = evidence_item(panel, "ORG-2025-001")
    assert "Expired" in item.text() and item.foreground().color().name() == metrics.DANGER_COLOR


def test_add_stores_the_point_once_it_has_text_and_undo_removes_it(qtbot, panel, context):
    panel.add_button.click()
    qtbot.waitUntil(panel.text.hasFocus)
    assert panel.list.currentRow() == -1 and panel.text.text() == ""
    assert panel.kind.currentData() == "nutrition"  # the first kind not used yet
    panel.kind.setCurrentIndex(panel.kind.findData("usage"))
    panel.kind.activated.emit(panel.kind.currentIndex())
    evidence_item(panel, "ORG-2025-001").setCheckState(Qt.CheckState.Checked)
    assert len(stored(context).talking_points) == 2 and context.undo_stack.count() == 0  # nothing yet
    panel.text.insertPlainText("剥开直接吃，也能打豆浆")
    qtbot.keyClick(panel.text, Qt.Key.Key_Tab)  # leaving the field stores it
    points = stored(context).talking_points
    assert [(t.kind, t.text) for t in points][-1] == ("usage", "剥开直接吃，也能打豆浆")
    assert points[-1].evidence == [Evidence("certificate", "ORG-2025-001")]
    assert panel.list.count() == 3 and panel.list.currentRow() == 2
    assert context.undo_stack.undoText().startswith("New talking point")
    context.undo_stack.undo()
    assert len(stored(context).talking_points) == 2 and panel.list.count() == 2


def test_an_empty_text_is_refused_beside_the_field(qtbot, panel, context):
    panel.list.setCurrentRow(1)
    retype(panel, "   ")
    assert panel.text_issue.isVisible() and "required" in panel.text_issue.text()
    assert stored(context).talking_points[1].text == "一捏就开，香脆不涩"
    assert context.undo_stack.count() == 0 and panel.text.text() == "   "  # the refused input stays
    retype(panel, "一捏就开")
    assert not panel.text_issue.isVisible() and stored(context).talking_points[1].text == "一捏就开"


def test_a_new_point_with_empty_text_is_not_stored(qtbot, panel, context):
    panel.add_button.click()
    panel.text.insertPlainText("x")
    panel.text.clear()
    panel.text.finish()
    assert "required" in panel.text_issue.text()
    assert len(stored(context).talking_points) == 2 and context.undo_stack.count() == 0
    assert panel.list.currentRow() == -1  # still the new point
    panel.remove_button.click()  # drops the unstored point
    assert panel.list.currentRow() == 0 and not panel.text_issue.isVisible()


def test_editing_text_and_kind_saves_and_undo_brings_the_old_text_back(qtbot, panel, context):
    panel.list.setCurrentRow(1)
    retype(panel, "壳薄，一捏就开")
    assert stored(context).talking_points[1].text == "壳薄，一捏就开"
    assert panel.list.currentRow() == 1 and "壳薄，一捏就开" in rows(panel)[1]  # still selected after the refill
    assert context.undo_stack.undoText() == "Talking point of 核桃"
    panel.kind.setCurrentIndex(panel.kind.findData("story"))
    panel.kind.activated.emit(panel.kind.currentIndex())
    assert stored(context).talking_points[1].kind == "story" and "Story" in rows(panel)[1]
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(context).talking_points[1].text == "一捏就开，香脆不涩"
    assert panel.text.text() == "一捏就开，香脆不涩" and panel.kind.currentData() == "taste"


def test_move_buttons_and_ctrl_arrows_reorder_and_the_point_stays_selected(qtbot, panel, context):
    panel.list.setCurrentRow(1)
    assert not panel.down_button.isEnabled()
    panel.up_button.click()
    assert [t.text for t in stored(context).talking_points] == ["一捏就开，香脆不涩", "漾濞老品种核桃"]
    assert panel.list.currentRow() == 0 and panel.text.text() == "一捏就开，香脆不涩"
    assert context.undo_stack.undoText() == "Order of talking points of 核桃"
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [t.text for t in stored(context).talking_points] == ["漾濞老品种核桃", "一捏就开，香脆不涩"]
    assert panel.list.currentRow() == 1
    context.undo_stack.undo()
    assert stored(context).talking_points[0].text == "一捏就开，香脆不涩" and "Taste" in rows(panel)[0]


def test_ticking_and_unticking_evidence_cites_and_uncites(qtbot, panel, context):
    panel.list.setCurrentRow(1)
    item = evidence_item(panel, "ORG-2025-001")
    assert item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    assert stored(context).talking_points[1].evidence == [Evidence("certificate", "ORG-2025-001")]
    assert "Evidence: Organic ORG-2025-001" in rows(panel)[1] and panel.list.currentRow() == 1
    evidence_item(panel, "ORG-2025-001").setCheckState(Qt.CheckState.Unchecked)
    assert stored(context).talking_points[1].evidence == []
    assert "Unsupported" in rows(panel)[1]
    context.undo_stack.undo()
    assert stored(context).talking_points[1].evidence == [Evidence("certificate", "ORG-2025-001")]
    assert evidence_item(panel, "ORG-2025-001").checkState() == Qt.CheckState.Checked


def test_a_document_can_be_cited_too(qtbot, context, open_window):
    product = stored(context)
    product.documents.append(Document("农残检测单 2026"))
    context.catalogue.save("WAL-001", product)
    _, panel = open_window()
    panel.list.setCurrentRow(1)
    evidence_item(panel, "农残检测单 2026").setCheckState(Qt.CheckState.Checked)
    assert stored(context).talking_points[1].evidence == [Evidence("document", "农残检测单 2026")]
    assert "Evidence: 农残检测单 2026" in rows(panel)[1]


def test_remove_takes_the_point_out_at_once_and_undo_puts_it_back(qtbot, panel, context):
    panel.remove_button.click()
    assert [t.text for t in stored(context).talking_points] == ["一捏就开，香脆不涩"]
    assert panel.list.count() == 1 and panel.list.currentRow() == 0
    assert context.undo_stack.undoText() == "Remove talking point of 核桃"
    context.undo_stack.undo()
    assert [t.text for t in stored(context).talking_points] == ["漾濞老品种核桃", "一捏就开，香脆不涩"]
    assert stored(context).talking_points[0].evidence == [Evidence("certificate", "ORG-2025-001")]
    assert panel.list.count() == 2


def test_without_evidence_a_hint_leads_to_certificates(qtbot, context, open_window):
    win, panel = open_window("HON-002")
    assert panel.list.count() == 0 and not panel.form.isEnabled()
    panel.add_button.click()
    assert panel.hint.isVisible() and "Attach evidence in Certificates first" in panel.hint.text()
    assert not panel.evidence.isVisible()
    panel.text.insertPlainText("秦岭深山的土蜂蜜")
    panel.text.finish()
    assert [t.text for t in stored(context, "HON-002").talking_points] == ["秦岭深山的土蜂蜜"]
    assert "Unsupported" in rows(panel)[0]
    panel.hint.linkActivated.emit("evidence")
    assert win.editor.section == "evidence"


def test_another_product_resets_the_selection(qtbot, context, open_window):
    win, panel = open_window()
    panel.list.setCurrentRow(1)
    win.select_sku("HON-002")
    assert panel.list.count() == 0 and panel.list.currentRow() == -1
    win.select_sku("WAL-001")
    assert panel.list.currentRow() == 0 and panel.text.text() == "漾濞老品种核桃"


def test_keyboard_delete_and_tab_order(qtbot, panel, context):
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [t.text for t in stored(context).talking_points] == ["一捏就开，香脆不涩"]
    panel.kind.setFocus()
    qtbot.waitUntil(panel.kind.hasFocus)
    qtbot.keyClick(panel.kind, Qt.Key.Key_Tab)
    assert panel.text.hasFocus()
    qtbot.keyClick(panel.text, Qt.Key.Key_Tab)
    assert panel.evidence.hasFocus()


def test_switching_language_keeps_the_selection_and_a_refused_text(qtbot, panel, context):
    panel.list.setCurrentRow(1)
    retype(panel, "")
    panel.retranslate()  # what a language switch or a new UI scale does
    assert panel.list.currentRow() == 1 and panel.text.text() == "" and panel.text_issue.isVisible()
