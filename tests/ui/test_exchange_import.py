"""File > Import catalogue: read in a worker, preview with choices, one undo step; refused files change nothing."""

from __future__ import annotations

import hashlib
import threading
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from villagecast.core.catalogue import Catalogue
from villagecast.core.exchange.bundle_export import export_bundle
from villagecast.core.exchange.schema import product_json
from villagecast.core.photos import import_photo
from villagecast.core.product import Photo
from villagecast.storage import Repository, open_database
from villagecast.storage.demo_file import reset_demo
from villagecast.storage.files import FileStore
from villagecast.ui.exchange import import_dialog
from villagecast.ui.exchange.import_dialog import RefusedDialog
from villagecast.ui.exchange.preview_dialog import ImportPreviewDialog

from ..helpers import dump
from .conftest import others, walnut


def listing(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def window(main_window):
    win = main_window("WAL-001")
    return win


@pytest.fixture
def bundle(tmp_path):
    """A demo catalogue (one product with a photo) plus WAL-001 and HON-002 changed and MIL-003 as it is, exported."""
    base = tmp_path / "theirs"
    db_path = base / "villagecast.db"
    reset_demo(db_path)
    db = open_database(db_path)
    catalogue, files = Catalogue(Repository(db)), FileStore(base / "files")
    first = catalogue.get(catalogue.list_rows()[0]["sku"])
    Image.new("RGB", (800, 600), (200, 120, 40)).save(base / "walnut.jpg", "JPEG")
    catalogue.save(first.sku, replace(first, photos=[Photo(**import_photo(base / "walnut.jpg", files))]))
    catalogue.add(replace(walnut(), live_price_fen=4590, name_zh="漾濞核桃"))
    honey, _ = others()[0]
    catalogue.add(replace(honey, live_price_fen=1290))
    millet, _ = others()[1]
    catalogue.add(millet)
    path = export_bundle(catalogue, files, tmp_path / "theirs.vcbundle", cooperative="云岭山货联合社").path
    demo_skus = [r["sku"] for r in catalogue.list_rows() if r["sku"] not in ("WAL-001", "HON-002", "MIL-003")]
    db.close()
    return path, demo_skus, first.sku


def open_file(qtbot, window, path):
    flow = window.exchange.importer
    with qtbot.waitSignal(flow.shown, timeout=60000) as shown:
        assert flow.start(path) is not None
    return shown.args[0]


def state(catalogue, skus, times: bool = True):
    """Every field (no ids), the price history (with its times) and the stock of each SKU."""
    return {sku: (product_json(catalogue.get(sku)), [(r["kind"], r["price_fen"], r["at"] if times else None)
                                                     for r in catalogue.price_history(sku)], catalogue.on_hand(sku))
            for sku in skus}


def test_bundle_preview_choices_import_as_one_undo_step_undo_and_redo(qtbot, window, context, bundle):
    path, demo_skus, with_photo = bundle
    mine = ["WAL-001", "HON-002", "MIL-003", "TEA-004"]
    before = state(context.catalogue, mine)
    rows_before = window.model.rowCount()

    dialog = open_file(qtbot, window, path)
    assert isinstance(dialog, ImportPreviewDialog) and dialog.isVisible()
    status = {sku: item.text(2) for sku, item in dialog.items.items()}
    assert status["WAL-001"] == status["HON-002"] == "changed" and status["MIL-003"] == "unchanged"
    assert all(status[sku] == "new" for sku in demo_skus)
    walnut_item = dialog.items["WAL-001"]
    differences = [walnut_item.child(i).text(0) for i in range(walnut_item.childCount())]
    assert "Chinese name: 核桃 \u2192 漾濞核桃" in differences
    assert any(line.startswith("Live price") and "39.90 \u2192 45.90" in line for line in differences)
    assert "云岭山货联合社" in dialog.source_label.text()
    assert dialog.choices() == {"WAL-001": "keep", "HON-002": "keep"}  # keep mine by default
    assert walnut_item.text(3) == "keep mine"
    dialog.set_all(True)
    assert dialog.choices() == {"WAL-001": "theirs", "HON-002": "theirs"} and walnut_item.text(3) == "take theirs"
    dialog.set_choice("HON-002", False)
    assert dialog.choices() == {"WAL-001": "theirs", "HON-002": "keep"}

    with qtbot.waitSignal(window.exchange.importer.imported) as done:
        dialog.import_button.click()
    result = done.args[0]
    assert sorted(result.added) == sorted(demo_skus) and result.replaced == ["WAL-001"]
    assert result.kept == ["HON-002"] and result.unchanged == ["MIL-003"]
    message = window.exchange.importer.message
    assert "Imported" in message.text() and f"{len(demo_skus)} product(s) added" in message.informativeText()
    assert "1 product(s) replaced by theirs" in message.informativeText()
    catalogue = context.catalogue
    assert catalogue.get("WAL-001").name_zh == "漾濞核桃" and catalogue.get("WAL-001").live_price_fen == 4590
    assert catalogue.get("HON-002").live_price_fen == 990 and catalogue.on_hand("WAL-001") == 50
    photo = catalogue.get(with_photo).photos[0]
    assert hashlib.sha256(context.files.path(photo.file).read_bytes()).hexdigest() == photo.file[3:67]
    assert window.model.rowCount() == rows_before + len(demo_skus)  # the list followed the change
    assert context.undo_stack.count() == 1 and "Import theirs.vcbundle" in window.undo_action.text()
    imported = state(catalogue, mine + demo_skus, times=False)

    context.undo_stack.undo()
    assert state(catalogue, mine) == before  # mine back exactly, price rows the import added gone
    assert not any(catalogue.exists(sku) for sku in demo_skus)
    assert window.model.rowCount() == rows_before

    context.undo_stack.redo()  # the same products again; a redone price is recorded at the time of the redo
    assert state(catalogue, mine + demo_skus, times=False) == imported
    assert window.model.rowCount() == rows_before + len(demo_skus)
    context.undo_stack.undo()
    assert state(catalogue, mine) == before and not any(catalogue.exists(sku) for sku in demo_skus)


def test_cancelled_preview_writes_nothing(qtbot, window, context, db_path, bundle):
    before = dump(db_path)
    dialog = open_file(qtbot, window, bundle[0])
    dialog.reject()
    assert dump(db_path) == before and context.undo_stack.count() == 0


def test_gbk_csv_from_excel_imports_new_and_changed_rows(qtbot, window, context, tmp_path, monkeypatch):
    threads = []
    real_read = import_dialog.read_file
    monkeypatch.setattr(import_dialog, "read_file", lambda path, db: threads.append(
        threading.current_thread()) or real_read(path, db))
    sheet = tmp_path / "合作社商品.csv"
    rows = ["货号,中文品名,品类,直播价（元）,省,县", "HON-002,土蜂蜜,蜂蜜,￥12.90,陕西,柞水",
            "CHE-020,板栗,坚果,29.9,河北,迁西"]
    sheet.write_bytes("\r\n".join(rows).encode("gbk") + b"\r\n")
    dialog = open_file(qtbot, window, sheet)
    assert isinstance(dialog, ImportPreviewDialog)
    assert "GB18030" in dialog.source_label.text().upper() or "GBK" in dialog.source_label.text().upper()
    assert {sku: item.text(2) for sku, item in dialog.items.items()} == {"HON-002": "changed", "CHE-020": "new"}
    assert len(threads) == 1 and threads[0] is not threading.main_thread()  # read and checked in a worker
    dialog.set_choice("HON-002", True)
    with qtbot.waitSignal(window.exchange.importer.imported):
        dialog.import_button.click()
    assert context.catalogue.get("HON-002").live_price_fen == 1290
    chestnut = context.catalogue.get("CHE-020")
    assert (chestnut.name_zh, chestnut.category, chestnut.live_price_fen, chestnut.origin_county) == (
        "板栗", "nuts", 2990, "迁西")
    context.undo_stack.undo()
    assert context.catalogue.get("HON-002").live_price_fen == 990 and not context.catalogue.exists("CHE-020")


def hostile_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", '{"format": "villagecast-bundle", "version": 1, "files": []}')
        zf.writestr("../x", "escape")
    return path


def test_hostile_zip_is_refused_with_the_reason_and_nothing_changes(qtbot, window, context, db_path, tmp_path):
    before, files_before = dump(db_path), listing(db_path.parent / "files")
    dialog = open_file(qtbot, window, hostile_zip(tmp_path / "shared.vcbundle"))
    assert isinstance(dialog, RefusedDialog) and dialog.isVisible()
    assert "\u201c../x\u201d" in dialog.text and "nothing was imported" in dialog.text
    assert "shared.vcbundle" in dialog.windowTitle()
    assert dump(db_path) == before and listing(db_path.parent / "files") == files_before
    assert context.undo_stack.count() == 0 and not (tmp_path / "x").exists()


def test_spreadsheet_with_bad_rows_lists_every_one_and_changes_nothing(qtbot, window, context, db_path, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("货号,中文品名,直播价（元）\nNEW-1,新品,abc\nbad sku!,坏,1\nHON-002,土蜂蜜,9.999\n",
                     encoding="utf-8")
    before = dump(db_path)
    dialog = open_file(qtbot, window, sheet)
    assert isinstance(dialog, RefusedDialog)
    lines = dialog.details.toPlainText().splitlines()
    assert [line.split(",")[0] for line in lines] == ["Row 2", "Row 3", "Row 4"]
    assert "3 row(s) of the spreadsheet are wrong" in dialog.reason.text()
    assert dump(db_path) == before and context.undo_stack.count() == 0


def test_the_menu_has_import_and_export_with_shortcuts(qtbot, main_window, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    window = main_window("WAL-001", active=True)
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.index("&Import catalogue\u2026") == texts.index("&New product\u2026") + 2
    menu = window.exchange
    from villagecast.ui.exchange import export_actions
    from villagecast.ui.exchange import menu as menu_module

    assert menu_module.KINDS == export_actions.KINDS
    assert menu.import_action.shortcut().toString() == "Ctrl+I"
    assert menu.export_actions["bundle"].shortcut().toString() == "Ctrl+E"
    assert [a.text() for a in menu.export_menu.actions()] == [
        "Catalogue &bundle\u2026", "Spreadsheet (&CSV)\u2026", "Spreadsheet (&XLSX)\u2026",
        "&Printable catalogue (PDF)\u2026", "Product c&ards (PNG)\u2026"]
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: asked.append(a[1]) or ("", "")))
    qtbot.keyClick(window.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Import catalogue"]


@pytest.fixture
def chinese(qapp):
    from villagecast.ui.i18n import Translations

    translations = Translations(qapp)
    translations.switch("zh_CN")
    yield
    translations.remove()


def test_preview_and_refusal_speak_the_users_language(qtbot, chinese, window, tmp_path, bundle):
    dialog = open_file(qtbot, window, bundle[0])
    statuses = [dialog.items[sku].text(2) for sku in ("WAL-001", "MIL-003", bundle[1][0])]
    assert statuses == ["有改动", "无变化", "新增"]  # looked up in the "Exchange" context, where they are declared
    assert dialog.items["WAL-001"].text(3) == "保留我的"
    assert any(line.startswith("直播价：39.90 → 45.90") for line in
               (dialog.items["WAL-001"].child(i).text(0) for i in range(dialog.items["WAL-001"].childCount())))
    dialog.reject()
    refused = open_file(qtbot, window, hostile_zip(tmp_path / "shared.vcbundle"))
    assert "../x" in refused.text and "Nothing was imported" not in refused.text
