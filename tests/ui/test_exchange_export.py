"""File > Export: bundle, CSV, XLSX, PDF and cards are written (off the GUI thread where Qt-free), and read back."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from datetime import date

import openpyxl
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from villagecast.core.exchange.bundle_read import read_bundle
from villagecast.core.product import ShopLink
from villagecast.ui.exchange import common
from villagecast.ui.exchange.export_dialog import ExportOptionsDialog

URL = "https://v.douyin.com/iRNBho6u/?shop=光明合作社&sku=WAL-001"


@pytest.fixture
def window(main_window, context):
    walnut = context.catalogue.get("WAL-001")
    context.catalogue.save("WAL-001", replace(walnut, shop_links=[ShopLink("douyin", URL)]))
    win = main_window("WAL-001")
    return win


def run(qtbot, window, kind, target, skus=None, cooperative=""):
    exporter = window.exchange.exporter
    with qtbot.waitSignal(exporter.finished, timeout=60000) as done:
        exporter.run(kind, target, skus, cooperative)
    return done.args[1]


def test_bundle_export_reads_back_with_every_product(qtbot, window, context, tmp_path):
    result = run(qtbot, window, "bundle", tmp_path / "out" / "coop.vcbundle", cooperative="光明合作社")
    bundle = read_bundle(result.path)
    assert sorted(p.sku for p in bundle.products) == ["HON-002", "MIL-003", "TEA-004", "WAL-001"]
    assert bundle.meta["cooperative"] == "光明合作社"
    message = window.exchange.exporter.message
    assert "4 product(s)" in message.text() and str(result.path) in message.informativeText()


def test_export_action_asks_scope_and_cooperative_remembers_it_and_names_the_file(qtbot, window, tmp_path,
                                                                                  monkeypatch):
    asked = []

    def answer(dialog):
        asked.append((dialog.all_button.text(), dialog.selected_button.text(), dialog.cooperative.text()))
        dialog.selected_button.setChecked(True)
        dialog.cooperative.setText("  云岭  山货联合社 ")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", answer)
    offered = []
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, start, filters: offered.append(start) or (str(target), filters)))
    exporter = window.exchange.exporter
    with qtbot.waitSignal(exporter.finished, timeout=60000) as done:
        window.exchange.export_actions["bundle"].trigger()
    assert asked == [("All products (4)", "Only the selected product: 核桃 (WAL-001)", "光明合作社")]
    assert os.path.basename(offered[0]) == f"WAL-001-{date.today().isoformat()}.vcbundle"
    result = done.args[1]
    assert result.path == tmp_path / "mine.vcbundle" and result.products == 1
    assert read_bundle(result.path).meta["cooperative"] == "云岭 山货联合社"
    assert window.settings.get(common.COOPERATIVE) == "云岭 山货联合社"

    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda dialog: asked.append(dialog.cooperative.text()) or 0)
    window.exchange.export_actions["pdf"].trigger()  # asked again: prefilled with the remembered name; cancelled
    assert asked[-1] == "云岭 山货联合社"


def test_csv_and_xlsx_exports_have_chinese_headers_and_every_product(qtbot, window, tmp_path):
    assert run(qtbot, window, "csv", tmp_path / "c.csv") == 4
    data = (tmp_path / "c.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "核桃" in data.decode("utf-8-sig") and URL in data.decode("utf-8-sig")
    assert run(qtbot, window, "xlsx", tmp_path / "c.xlsx", ["HON-002"]) == 1
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "货号" and rows[1][0] == "HON-002" and len(rows) == 2


def test_pdf_export_writes_the_catalogue(qtbot, window, tmp_path):
    result = run(qtbot, window, "pdf", tmp_path / "out" / "catalogue.pdf", cooperative="光明合作社")
    assert result.pages == 2 and result.products == 4
    assert (tmp_path / "out" / "catalogue.pdf").read_bytes().startswith(b"%PDF")
    assert "2 page(s)" in window.exchange.exporter.message.text()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["catalogue.pdf"]  # no temporary file left


def test_cards_are_written_in_a_worker_and_their_qr_codes_decode_to_the_link(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "cards"
    cards = run(qtbot, window, "cards", folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{sku}-{w}x{h}.png" for sku in ("HON-002", "MIL-003", "TEA-004", "WAL-001") for w, h in
        ((1080, 1350), (1080, 1920)))
    assert len(cards) == 8
    with Image.open(folder / "WAL-001-1080x1350.png") as im:
        found = [r.bytes for r in zxingcpp.read_barcodes(im.convert("L"))]
    assert found == [URL.encode("utf-8")]
    message = window.exchange.exporter.message
    assert "8 product card(s)" in message.text()
    assert message.informativeText() == str(folder)
    assert "HON-002: no shop link, so its cards have no QR code." in message.detailedText()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    message.findChild(type(message.buttons()[0]), "openFolderButton").click()
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_full_disk_is_said_in_words_and_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    exporter = window.exchange.exporter
    with qtbot.waitSignal(exporter.failed, timeout=60000) as failed:
        exporter.run("bundle", tmp_path / "out" / "b.vcbundle")
    assert "disk is full" in failed.args[1]
    assert exporter.message.icon() == QMessageBox.Icon.Warning and exporter.message.text() == failed.args[1]
    assert list((tmp_path / "out").iterdir()) == []


def test_an_export_over_the_database_or_its_attachments_is_refused(qtbot, window, context):
    exporter = window.exchange.exporter
    for target in (context.db_path, context.db_path.parent / "files" / "x.csv"):
        with qtbot.waitSignal(exporter.failed) as failed:
            exporter.run("csv", target)
        assert "is the catalogue itself or its attachments folder" in failed.args[1]
    assert context.catalogue.count() == 4


def test_cancelling_the_pdf_leaves_no_file(qtbot, window, tmp_path):
    from PySide6.QtCore import QTimer

    exporter = window.exchange.exporter
    QTimer.singleShot(0, lambda: exporter.progress.cancel())  # runs in the first page's processEvents
    exporter.run("pdf", tmp_path / "out" / "catalogue.pdf")
    assert exporter.progress is None and list((tmp_path / "out").iterdir()) == []
