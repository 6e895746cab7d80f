"""The Certificates section: certificates and documents, their status, attached files, renaming and removal."""

from __future__ import annotations

import functools
import hashlib
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from villagecast.core.product import AuditEntry, Certificate, Document, Evidence, TalkingPoint
from villagecast.ui import metrics
from villagecast.ui.editor.evidence_parts import HTML_ROLE

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def open_window(open_section):
    """The window with ``sku`` in the evidence section, and that panel."""
    return functools.partial(open_section, "evidence")


@pytest.fixture
def panel(qtbot, context, open_window):
    return open_window()[1]


def stored(context, sku="WAL-001"):
    return context.catalogue.get(sku)


def rows(panel, kind="certificate") -> list[str]:
    lst = panel.lists[kind]
    return [lst.item(r).text() for r in range(lst.count())]


def type_into(qtbot, widget, text: str) -> None:
    """Replace a field's text as an input method would and leave it with Tab."""
    edit = getattr(widget, "edit", widget)  # a DateField types into its line edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def field(panel, name, kind="certificate"):
    return panel.forms[kind].widgets[name]


def issue(panel, name, kind="certificate"):
    return panel.forms[kind].issues[name]


def add_evidence(context, certificates=(), documents=(), points=(), audit=()):
    product = stored(context)
    product.certificates.extend(certificates)
    product.documents.extend(documents)
    product.talking_points.extend(points)
    product.audit.extend(audit)
    context.catalogue.save("WAL-001", product)


def days(n: int) -> str:
    return (date.today() + timedelta(days=n)).isoformat()


def test_status_flags_follow_the_dates(qtbot, context, open_window):
    add_evidence(context, [Certificate("green_food", "GF-OLD", "绿色食品中心", days(-400), days(-1)),
                           Certificate("inspection_report", "IR-SOON", "县检测站", days(-300), days(10)),
                           Certificate("geo_indication", "GI-LATER", "", days(5), days(900))])
    _, panel = open_window()
    valid, expired, expiring, later = rows(panel)
    assert "Organic ORG-2025-001" in valid and "Valid" in valid
    assert "Expired" in expired and "Expires in 10 day" in expiring  # "day(s)" until the en plurals are built
    assert "Not valid until " + days(5) in later and "issuer not recorded" in later
    html = [panel.lists["certificate"].item(r).data(HTML_ROLE) for r in range(4)]
    assert metrics.OK_COLOR in html[0] and metrics.DANGER_COLOR in html[1]
    assert metrics.WARNING_COLOR in html[2] and metrics.WARNING_COLOR in html[3]
    assert "No file attached" in valid and panel.lists["certificate"].currentRow() == 0


def test_attach_a_pdf_stores_a_copy_under_its_hash_that_opens_after_the_original_is_gone(
        qtbot, panel, context, tmp_path, monkeypatch):
    original = tmp_path / "有机证书扫描件.pdf"
    original.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(original), ""))
    panel.file_row.attach_button.click()
    cert = stored(context).certificates[0]
    sha = hashlib.sha256(PDF).hexdigest()
    assert cert.file_path == f"{sha[:2]}/{sha}.pdf" and cert.file_name == "有机证书扫描件.pdf"
    assert context.files.path(cert.file_path).read_bytes() == PDF
    assert "File: 有机证书扫描件.pdf" in rows(panel)[0] and panel.file_row.name.text() == "有机证书扫描件.pdf"
    assert context.undo_stack.undoText() == "Attached file of 核桃"
    original.unlink()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.file_row.open_button.click()
    assert opened and opened[0].toLocalFile() == str(context.files.path(cert.file_path))
    assert context.files.verify(cert.file_path)
    panel.file_row.remove_button.click()
    assert stored(context).certificates[0].file_path == "" and not panel.file_row.open_button.isEnabled()
    context.undo_stack.undo()
    assert stored(context).certificates[0].file_name == "有机证书扫描件.pdf" and panel.file_row.open_button.isEnabled()


def test_a_text_file_named_pdf_is_refused_and_nothing_is_saved(qtbot, panel, context, tmp_path, monkeypatch):
    fake = tmp_path / "检测报告.pdf"
    fake.write_text("这不是PDF", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warnings.append(text))
    panel.file_row.attach_button.click()
    assert len(warnings) == 1 and "is not a PDF, JPEG or PNG file" in warnings[0] and "检测报告.pdf" in warnings[0]
    assert stored(context).certificates[0].file_path == "" and context.undo_stack.count() == 0
    assert not context.files.root.exists() or not any(p.is_file() for p in context.files.root.rglob("*"))


def test_a_dropped_file_attaches_to_the_selected_document(qtbot, context, tmp_path, open_window):
    add_evidence(context, documents=[Document("农残检测单")])
    _, panel = open_window()
    panel.lists["document"].setCurrentRow(0)
    assert panel.lists["certificate"].currentRow() == -1 and panel.stack.currentWidget() is panel.forms["document"]
    png = tmp_path / "检测单.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    doc = stored(context).documents[0]
    assert doc.file_name == "检测单.png" and context.files.exists(doc.file_path)
    assert stored(context).certificates[0].file_path == ""
    assert panel.lists["document"].currentRow() == 0 and "File: 检测单.png" in rows(panel, "document")[0]


def test_add_certificate_is_stored_once_it_has_a_number(qtbot, panel, context):
    panel.add_buttons["certificate"].click()
    qtbot.waitUntil(field(panel, "number").hasFocus)
    assert field(panel, "kind").currentData() == "inspection_report" and panel.lists["certificate"].currentRow() == -1
    type_into(qtbot, field(panel, "issuer"), "漾濞县农产品检测站")
    type_into(qtbot, field(panel, "valid_from"), "2026-03-01")
    assert len(stored(context).certificates) == 1 and context.undo_stack.count() == 0  # no number yet
    type_into(qtbot, field(panel, "number"), "JC-2026-0312")
    certs = stored(context).certificates
    assert [(c.kind, c.number, c.issuer, c.valid_from) for c in certs][1] == (
        "inspection_report", "JC-2026-0312", "漾濞县农产品检测站", "2026-03-01")
    assert panel.lists["certificate"].currentRow() == 1 and panel.file_row.attach_button.isEnabled()
    assert context.undo_stack.undoText() == "New certificate of 核桃"
    context.undo_stack.undo()
    assert len(stored(context).certificates) == 1 and panel.lists["certificate"].count() == 1


def test_refused_numbers_and_dates_are_shown_beside_their_fields(qtbot, context, open_window):
    add_evidence(context, [Certificate("inspection_report", "JC-1", "县检测站", "2026-01-01", "2026-12-31")])
    _, panel = open_window()
    panel.lists["certificate"].setCurrentRow(1)
    type_into(qtbot, field(panel, "number"), "ORG-2025-001")
    assert issue(panel, "number").isVisible() and "appears twice" in issue(panel, "number").text()
    type_into(qtbot, field(panel, "valid_from"), "2026-13-40")
    assert "is not a date" in issue(panel, "valid_from").text()
    assert issue(panel, "number").isVisible() and field(panel, "number").text() == "ORG-2025-001"  # kept
    type_into(qtbot, field(panel, "valid_to"), "2025-06-30")
    assert "ends (2025-06-30) before it starts (2026-01-01)" in issue(panel, "valid_to").text()
    cert = stored(context).certificates[1]
    assert (cert.number, cert.valid_from, cert.valid_to) == ("JC-1", "2026-01-01", "2026-12-31")
    assert context.undo_stack.count() == 0
    type_into(qtbot, field(panel, "number"), "")
    assert "required" in issue(panel, "number").text()
    type_into(qtbot, field(panel, "number"), "JC-2")
    assert not issue(panel, "number").isVisible() and stored(context).certificates[1].number == "JC-2"


def test_renaming_a_number_keeps_the_talking_point_citing_it(qtbot, context, open_window):
    win, panel = open_window()
    type_into(qtbot, field(panel, "number"), "ORG-2026-007")
    product = stored(context)
    assert product.certificates[0].number == "ORG-2026-007"
    assert product.talking_points[0].evidence == [Evidence("certificate", "ORG-2026-007")]
    assert context.undo_stack.undoText() == "Certificate number of 核桃"
    win.editor.set_section("points")
    points = win.editor.panel("points")
    assert "Evidence: Organic ORG-2026-007" in points.list.item(0).text()
    context.undo_stack.undo()
    assert stored(context).talking_points[0].evidence == [Evidence("certificate", "ORG-2025-001")]
    assert "ORG-2025-001" in points.list.item(0).text()


def test_removing_a_cited_certificate_asks_and_names_who_cites_it(qtbot, context, monkeypatch, open_window):
    add_evidence(context, points=[TalkingPoint("story", "合作社统一收购", [Evidence("certificate", "ORG-2025-001")])],
                 audit=[AuditEntry("supplier_review", "张三", "2026-01-05", "passed",
                                   [Evidence("certificate", "ORG-2025-001")])])
    _, panel = open_window()
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a: asked.append(text) or answer[0])
    panel.remove_buttons["certificate"].click()
    assert "Cited by 2 talking point" in asked[0] and "and 1 review line" in asked[0]
    assert "They will lose this evidence." in asked[0] and "ORG-2025-001" in asked[0]
    assert len(stored(context).certificates) == 1  # cancelled
    answer[0] = QMessageBox.StandardButton.Yes
    panel.remove_buttons["certificate"].click()
    product = stored(context)
    assert product.certificates == [] and product.talking_points[0].evidence == [] and product.audit[0].evidence == []
    assert panel.lists["certificate"].count() == 0 and panel.empty["certificate"].isVisible()
    context.undo_stack.undo()
    assert stored(context).talking_points[2].evidence == [Evidence("certificate", "ORG-2025-001")]
    assert panel.lists["certificate"].count() == 1


def test_a_certificate_a_passed_review_needs_cannot_be_removed(qtbot, context, monkeypatch, open_window):
    add_evidence(context, audit=[AuditEntry("qualification_review", "李四", "2026-01-05", "passed",
                                            [Evidence("certificate", "ORG-2025-001")])])
    _, panel = open_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.remove_buttons["certificate"].click()
    assert len(stored(context).certificates) == 1
    assert panel.list_issue.isVisible() and "must cite" in panel.list_issue.text()


def test_documents_add_rename_and_remove_uncited_at_once(qtbot, panel, context, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("an uncited document needs no question"))
    panel.add_buttons["document"].click()
    assert panel.stack.currentWidget() is panel.forms["document"] and not panel.file_row.attach_button.isEnabled()
    type_into(qtbot, field(panel, "title", "document"), "收购合同")
    assert [d.title for d in stored(context).documents] == ["收购合同"]
    assert panel.lists["document"].currentRow() == 0 and panel.lists["certificate"].currentRow() == -1
    type_into(qtbot, field(panel, "title", "document"), "2026年收购合同")
    assert context.undo_stack.undoText() == "Document title of 核桃"
    panel.remove_buttons["document"].click()
    assert stored(context).documents == [] and panel.lists["document"].count() == 0
    assert panel.lists["certificate"].currentRow() == 0  # the selection moves to what is left
    context.undo_stack.undo()
    assert [d.title for d in stored(context).documents] == ["2026年收购合同"]


def test_a_file_needs_a_stored_item(qtbot, panel, context, tmp_path):
    panel.add_buttons["certificate"].click()
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(PDF)
    assert not panel.attach(pdf)
    assert panel.file_row.note.isVisible() and context.undo_stack.count() == 0


def test_the_delete_key_in_a_list_removes_its_item(qtbot, context, open_window):
    add_evidence(context, documents=[Document("收购合同")])
    _, panel = open_window()
    docs = panel.lists["document"]
    docs.setCurrentRow(0)
    docs.setFocus()
    qtbot.waitUntil(docs.hasFocus)
    qtbot.keyClick(docs, Qt.Key.Key_Delete)
    assert stored(context).documents == [] and len(stored(context).certificates) == 1
    assert context.undo_stack.undoText() == "Remove document of 核桃"


def test_switching_language_keeps_the_selection_and_refused_input(qtbot, context, open_window):
    add_evidence(context, documents=[Document("收购合同")])
    _, panel = open_window()
    panel.lists["document"].setCurrentRow(0)
    type_into(qtbot, field(panel, "title", "document"), "")
    panel.retranslate()
    assert panel.lists["document"].currentRow() == 0 and panel.lists["certificate"].currentRow() == -1
    assert field(panel, "title", "document").text() == "" and "required" in issue(panel, "title", "document").text()
    assert stored(context).documents[0].title == "收购合同"
