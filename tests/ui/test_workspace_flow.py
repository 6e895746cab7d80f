"""Issue 3's "done when", as a new user would do it: a complete product built from nothing in the window,
through the widgets, approved for broadcast, still there after a restart, and every edit undoable."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from villagecast.core.product import AUDIT_STEPS
from villagecast.storage import open_database
from villagecast.ui import settings as config
from villagecast.ui.context import AppContext
from villagecast.ui.editor.new_product import NewProductDialog
from villagecast.ui.editor.nutrition_table import AMOUNT
from villagecast.ui.views.main_window import MainWindow

PDF = b"%PDF-1.4\n% inspection report scan\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def empty(tmp_path):
    path = tmp_path / "own" / "villagecast.db"
    db = open_database(path)
    context = AppContext.create(db, path)
    yield context
    context.close()


def leave(qtbot, widget, text: str) -> None:
    """Type ``text`` into a line edit as an input method would, then Tab out of it."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    widget.selectAll()
    widget.insert(text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def jpeg(path):
    image = Image.new("RGB", (2400, 1800), (150, 110, 60))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_complete_product_from_nothing_survives_a_restart_and_undoes_to_nothing(
        qtbot, empty, tmp_path, monkeypatch):
    context = empty
    window = MainWindow(context, config.Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.model.rowCount() == 0

    # 1. Ctrl+N: a name is enough to start.
    def create(dialog):
        dialog.name.insert("漾濞薄壳核桃 1kg")
        dialog.name.textEdited.emit(dialog.name.text())
        dialog.category.setCurrentIndex(dialog.category.findData("nuts"))
        dialog.create()
        return dialog.result()

    monkeypatch.setattr(NewProductDialog, "exec", create)
    window.actions.new_action.trigger()
    sku = window.current_sku()
    assert sku == "YBBKHT1KG-001" or sku.endswith("-001")

    # 2. Basics, field by field.
    basics = window.editor.panel("basics")
    for name, text in (("live_price_fen", "35.90"), ("list_price_fen", "45.90"), ("cost_fen", "19"),
                       ("net_weight_g", "1000"), ("gross_weight_g", "1150"), ("origin_province", "云南省"),
                       ("origin_county", "漾濞彝族自治县"), ("producer", "苍山西坡核桃专业合作社"),
                       ("supplier", "苍山西坡核桃专业合作社")):
        leave(qtbot, basics.widgets[name], text)
    assert context.catalogue.get(sku).live_price_fen == 3590

    # 3. A certificate with its scanned report attached (the original may be deleted afterwards).
    window.editor.set_section("evidence")
    evidence = window.editor.panel("evidence")
    evidence.add_buttons["certificate"].click()
    form = evidence.forms["certificate"]
    kind = form.widgets["kind"]
    kind.setCurrentIndex(kind.findData("inspection_report"))
    kind.activated.emit(kind.currentIndex())
    leave(qtbot, form.widgets["issuer"], "漾濞县农产品质量检测站")
    leave(qtbot, form.widgets["valid_from"].edit, "2026-10-01")
    leave(qtbot, form.widgets["valid_to"].edit, f"{date.today().year + 1}-10-01")
    leave(qtbot, form.widgets["number"], "JC-2026-1015")
    scan = tmp_path / "检测报告.pdf"
    scan.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    evidence.file_row.attach_button.click()
    scan.unlink()
    cert = context.catalogue.get(sku).certificates[0]
    assert cert.file_name == "检测报告.pdf" and context.files.path(cert.file_path).read_bytes() == PDF

    # 4. A talking point citing it.
    window.editor.set_section("points")
    points = window.editor.panel("points")
    points.add_button.click()
    qtbot.waitUntil(points.text.hasFocus)
    for r in range(points.evidence.count()):
        item = points.evidence.item(r)
        if item.data(Qt.ItemDataRole.UserRole)[1] == "JC-2026-1015":
            item.setCheckState(Qt.CheckState.Checked)
    points.text.insertPlainText("这批核桃送县检测站检过，报告编号 JC-2026-1015，详情页可以看。")
    qtbot.keyClick(points.text, Qt.Key.Key_Tab)
    point = context.catalogue.get(sku).talking_points[0]
    assert point.supported and point.evidence[0].ref == "JC-2026-1015"

    # 5. Nutrition per 100 g; the claims follow the numbers.
    window.editor.set_section("nutrition")
    nutrition = window.editor.panel("nutrition")
    for code, text in (("energy_kj", "2704"), ("protein", "14.9"), ("fat", "58.8"), ("carbohydrate", "19.1"),
                       ("sodium", "6")):
        model = nutrition.model
        assert model.setData(model.index(model.row(code), AMOUNT), text, Qt.ItemDataRole.EditRole)
    assert context.catalogue.get(sku).nutrition["fat"] == 58.8

    # 6. A photo, imported off the GUI thread.
    window.editor.set_section("photos")
    photos = window.editor.panel("photos")
    with qtbot.waitSignal(photos.import_finished, timeout=20000):
        assert photos.add_files([str(jpeg(tmp_path / "核桃.jpg"))])
    assert len(context.catalogue.get(sku).photos) == 1

    # 7. The selection review, step by step, citing what was checked.
    window.editor.set_section("audit")
    review = window.editor.panel("audit")
    for step in AUDIT_STEPS:
        review.prepare(step)
        review.form.reviewer.selectAll()
        review.form.reviewer.insert("王建国")
        review.form.passed.click()
        for box, _label, (_kind, ref), _row in review.form.evidence.rows:
            box.setChecked(step in ("qualification_review", "sample_test") and ref == "JC-2026-1015")
        review.form.record_button.click()
    row = window.model.row_data(window.model.row_of(sku))
    assert row["approved"] and row["unsupported_points"] == 0 and row["certificates"] == ""
    assert "Ready" in window.model.index(window.model.row_of(sku), 6).data()
    steps_done = context.undo_stack.count()
    # New product, 9 fields, the certificate (stored with its number), its file, the point, 5 nutrients,
    # the photos (one step), 5 review lines: each its own undo step.
    assert steps_done == 1 + 9 + 1 + 1 + 1 + 5 + 1 + 5

    # 8. Everything is on disk: a second process opening the file (as after a restart) reads it all back.
    before = context.catalogue.get(sku)
    assert stored(context.db_path, sku) == before.to_dict()

    # 9. And every one of those edits undoes, back to an empty catalogue, on disk too.
    undone = 0
    while context.undo_stack.canUndo():
        context.undo_stack.undo()
        undone += 1
    assert undone == steps_done
    assert context.catalogue.count() == 0 and window.model.rowCount() == 0
    assert stored(context.db_path, sku) is None


def stored(path, sku):
    """``sku`` as a fresh process sees the file (None when it is not there)."""
    import json
    import subprocess
    import sys

    code = ("import json, sys\nfrom villagecast.storage import open_database, Repository\n"
            "from villagecast.core.catalogue import Catalogue\n"
            "db = open_database(sys.argv[1], backup=False)\ncat = Catalogue(Repository(db))\n"
            "print(json.dumps(cat.get(sys.argv[2]).to_dict() if cat.exists(sys.argv[2]) else None))\n")
    out = subprocess.run([sys.executable, "-c", code, str(path), sku], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)
