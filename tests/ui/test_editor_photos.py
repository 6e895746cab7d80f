"""The Photos section: import off the GUI thread in one undo step, refusals listed by name, order and cover."""

from __future__ import annotations

import struct
import threading
import zlib

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from villagecast.core import photos as core_photos
from villagecast.ui import settings as config
from villagecast.ui.editor import photo_import


@pytest.fixture
def window(main_window):
    return main_window("WAL-001", "photos")


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes recorded instead of shown: (kind, title, text)."""
    shown = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, k=kind: shown.append((k, title, text))))
    return shown


@pytest.fixture
def images(tmp_path):
    """A 3000×2000 camera JPEG turned by EXIF, a PNG, a text file named .jpg, a bomb-sized PNG header."""
    folder = tmp_path / "camera"
    folder.mkdir()
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to show
    exif[0x010F] = "PhoneMaker"
    Image.new("RGB", (3000, 2000), (140, 100, 50)).save(folder / "walnut tree.jpg", exif=exif.tobytes())
    Image.new("RGBA", (400, 300), (30, 160, 60, 255)).save(folder / "farm.png")
    (folder / "notes.jpg").write_text("not a picture at all", encoding="utf-8")
    ihdr = struct.pack(">IIBBBBB", 40000, 40000, 8, 2, 0, 0, 0)  # 1.6 gigapixels claimed, no pixel data

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    (folder / "bomb.png").write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b""))
    return {name: str(folder / name) for name in ("walnut tree.jpg", "farm.png", "notes.jpg", "bomb.png")}


def panel_of(win):
    return win.editor.panel("photos")


def import_files(qtbot, panel, files):
    with qtbot.waitSignal(panel.import_finished, timeout=20000) as blocker:
        assert panel.add_files(files)
    return blocker.args[0]


def stored(context):
    return context.catalogue.get("WAL-001").photos


def test_two_photos_are_imported_in_one_undo_step(qtbot, window, context, images, boxes):
    panel = panel_of(window)
    added = import_files(qtbot, panel, [images["walnut tree.jpg"], images["farm.png"]])
    assert added == 2 and boxes == []
    photos = stored(context)
    assert [p.source_name for p in photos] == ["walnut tree.jpg", "farm.png"]
    assert (photos[0].width, photos[0].height) == (1067, 1600)  # upright and shrunk
    for photo in photos:
        assert context.files.path(photo.thumb).is_file() and context.files.path(photo.file).is_file()
    with Image.open(context.files.path(photos[0].file)) as kept:
        assert 0x010F not in kept.getexif()  # no camera data in the kept copy
    assert context.undo_stack.count() == 1 and "Add 2 photo" in window.undo_action.text()
    assert panel.list.count() == 2 and panel.list.item(0).text() == "Cover"
    assert not panel.list.item(0).icon().isNull()
    window.undo_action.trigger()
    assert stored(context) == [] and panel.list.count() == 0


def test_refused_files_are_reported_by_name_and_the_good_ones_added(qtbot, window, context, images, boxes):
    panel = panel_of(window)
    files = [images["notes.jpg"], images["farm.png"], images["bomb.png"], images["walnut tree.jpg"] + ".gone"]
    assert import_files(qtbot, panel, files) == 1
    assert [p.source_name for p in stored(context)] == ["farm.png"]
    assert len(boxes) == 1
    kind, title, text = boxes[0]
    assert kind == "warning" and "not added" in title
    assert "notes.jpg: This file is not a picture" in text
    assert "bomb.png: This picture is 40000 \u00d7 40000 pixels, too large" in text
    assert "walnut tree.jpg.gone: Cannot read" in text
    assert "farm.png" not in text
    assert context.undo_stack.count() == 1


def test_the_pixel_limit_is_checked(qtbot, window, context, images, boxes, monkeypatch):
    monkeypatch.setattr(core_photos, "MAX_PIXELS", 100_000)
    assert import_files(qtbot, panel_of(window), [images["walnut tree.jpg"]]) == 0
    assert "walnut tree.jpg: This picture is 3000 \u00d7 2000 pixels" in boxes[0][2]
    assert stored(context) == [] and context.undo_stack.count() == 0


def test_a_photo_already_on_the_product_is_not_added_twice(qtbot, window, context, images, boxes):
    panel = panel_of(window)
    assert import_files(qtbot, panel, [images["farm.png"], images["farm.png"]]) == 1
    assert import_files(qtbot, panel, [images["farm.png"]]) == 0
    assert len(stored(context)) == 1 and context.undo_stack.count() == 1
    assert all("farm.png: This photo is already one of the product's photos" in box[2] for box in boxes)


def test_reordering_changes_the_cover(qtbot, window, context, images, boxes):
    panel = panel_of(window)
    import_files(qtbot, panel, [images["walnut tree.jpg"], images["farm.png"]])
    panel.list.setCurrentRow(1)
    assert panel.buttons["cover"].isEnabled() and not panel.buttons["right"].isEnabled()
    panel.buttons["cover"].click()
    assert [p.source_name for p in stored(context)] == ["farm.png", "walnut tree.jpg"]
    assert panel.list.currentRow() == 0 and "farm.png" in panel.list.item(0).toolTip()
    assert panel.list.item(0).text() == "Cover"
    panel.buttons["right"].click()
    assert [p.source_name for p in stored(context)] == ["walnut tree.jpg", "farm.png"]
    assert panel.list.currentRow() == 1
    panel.buttons["left"].click()
    assert stored(context)[0].source_name == "farm.png"
    window.undo_action.trigger()
    assert stored(context)[0].source_name == "walnut tree.jpg"
    panel.list.setCurrentRow(0)
    window.activateWindow()  # the progress dialog of the import was the active window
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.keyClick(panel.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # Move right
    assert [p.source_name for p in stored(context)] == ["farm.png", "walnut tree.jpg"]
    window.undo_action.trigger()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)  # Remove
    assert [p.source_name for p in stored(context)] == ["farm.png"]
    assert context.undo_stack.count() == 4  # import, cover, move right, remove (the undone move left is gone)
    window.undo_action.trigger()
    assert len(stored(context)) == 2


def test_the_preview_shows_the_selected_photo_and_a_missing_file_is_flagged(qtbot, window, context, images, boxes):
    panel = panel_of(window)
    import_files(qtbot, panel, [images["walnut tree.jpg"], images["farm.png"]])
    panel.list.setCurrentRow(0)
    assert (panel.preview.pixmap.width(), panel.preview.pixmap.height()) == (1067, 1600)
    panel.list.setCurrentRow(1)
    assert (panel.preview.pixmap.width(), panel.preview.pixmap.height()) == (400, 300)
    assert "farm.png" in panel.preview_caption.text()
    context.files.path(stored(context)[1].thumb).unlink()
    context.files.path(stored(context)[1].file).unlink()
    panel.show_product(context.catalogue.get("WAL-001"))
    assert "missing" in panel.list.item(1).toolTip()
    panel.list.setCurrentRow(1)
    assert panel.preview.pixmap.isNull() and "missing" in panel.preview.text
    panel.grab()  # paints both states without error


def test_add_photos_uses_the_file_dialog_and_remembers_the_folder(qtbot, window, context, images, boxes,
                                                                   monkeypatch, tmp_path):
    asked = []

    def fake_dialog(parent, title, folder, filters):
        asked.append((folder, filters))
        return [images["farm.png"]], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    panel = panel_of(window)
    with qtbot.waitSignal(panel.import_finished, timeout=20000):
        panel.buttons["add"].click()
    assert "*.jpg" in asked[0][1] and "*.png" in asked[0][1]
    assert config.Settings().get(config.LAST_FOLDER) == str(tmp_path / "camera")
    asked.clear()
    with qtbot.waitSignal(panel.import_finished, timeout=20000):
        panel.buttons["add"].click()
    assert asked[0][0] == str(tmp_path / "camera")


def drop(panel, urls: list[QUrl]):
    mime = QMimeData()
    mime.setUrls(urls)
    point = QPoint(panel.width() // 2, panel.height() // 2)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    event = QDropEvent(point.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, event)
    return enter.isAccepted(), event.isAccepted()


def test_dropped_local_files_are_imported_and_other_drops_ignored(qtbot, window, context, images, boxes):
    panel = panel_of(window)
    assert drop(panel, [QUrl("https://example.com/walnut.jpg")]) == (False, False)
    assert drop(panel, [QUrl.fromLocalFile(str(images["farm.png"]).rsplit("/", 1)[0])]) == (False, False)  # folder
    assert panel.job is None
    with qtbot.waitSignal(panel.import_finished, timeout=20000):
        accepted = drop(panel, [QUrl.fromLocalFile(images["farm.png"]), QUrl("https://example.com/x.jpg")])
    assert accepted == (True, True)
    assert [p.source_name for p in stored(context)] == ["farm.png"]


def test_several_files_show_progress_and_stop_after_the_current_one(qtbot, window, context, images, boxes,
                                                                     monkeypatch):
    gate, real = threading.Event(), core_photos.import_photo

    def held(path, store):
        result = real(path, store)
        gate.wait(20)  # the test opens the gate once it has pressed Stop
        return result

    monkeypatch.setattr(photo_import.photos, "import_photo", held)
    panel = panel_of(window)
    with qtbot.waitSignal(panel.import_finished, timeout=20000) as blocker:
        panel.add_files([images["farm.png"], images["walnut tree.jpg"], images["notes.jpg"]])
        assert panel.progress is not None and panel.progress.maximum() == 3
        assert not panel.buttons["add"].isEnabled()
        qtbot.waitUntil(lambda: "farm.png" in panel.progress.labelText())
        panel.progress.findChild(QPushButton).click()  # Stop
        gate.set()
    assert blocker.args == [1] and panel.progress is None and panel.job is None
    assert [p.source_name for p in stored(context)] == ["farm.png"] and boxes == []
    assert panel.buttons["add"].isEnabled()


def test_photos_go_to_the_product_the_import_began_on_keeping_its_edits_made_meanwhile(
        qtbot, window, context, images, boxes):
    from dataclasses import replace

    from villagecast.ui.commands import SaveProduct

    panel = panel_of(window)
    with qtbot.waitSignal(panel.import_finished, timeout=20000) as blocker:
        assert panel.add_files([images["farm.png"]])
        window.select_sku("HON-002")  # the anchor moves on while the photo is being prepared
        walnut = context.catalogue.get("WAL-001")
        context.execute(SaveProduct(context, walnut, replace(walnut, producer="新合作社"), "producer"))
    assert blocker.args[0] == 1 and boxes == []
    stored_walnut = context.catalogue.get("WAL-001")
    assert stored_walnut.producer == "新合作社"  # the edit made during the import is kept
    assert [p.source_name for p in stored_walnut.photos] == ["farm.png"]
    assert context.catalogue.get("HON-002").photos == []
