"""The Shop links section: add, edit, refuse, reorder, remove as undo steps; the QR code decodes to the exact link."""

from __future__ import annotations

from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from villagecast.core.exchange.qr import qr_matrix
from villagecast.core.product import ShopLink
from villagecast.ui.editor import editor as editor_module

DOUYIN = "https://v.douyin.com/iRNBho6u/?from=光明合作社&a=1"
TAOBAO = "https://item.taobao.com/item.htm?id=712345678901"


@pytest.fixture
def panel(open_section):
    """The window on WAL-001 in the Shop links section."""
    assert "links" in editor_module.KEYS
    return open_section("links")[1]


def pixel_values(qimage) -> set[int]:
    """The grey levels of the pixels (not of the padding at the end of each scan line)."""
    data, stride = bytes(qimage.constBits()), qimage.bytesPerLine()
    return {v for y in range(qimage.height()) for v in data[y * stride: y * stride + qimage.width()]}


def decoded(qimage) -> list[bytes]:
    image = Image.frombuffer("L", (qimage.width(), qimage.height()), bytes(qimage.constBits()), "raw", "L",
                             qimage.bytesPerLine(), 1)
    return [r.bytes for r in zxingcpp.read_barcodes(image)]


def links_of(context, sku="WAL-001"):
    return [(link.platform, link.url) for link in context.catalogue.get(sku).shop_links]


def type_link(panel, text):
    panel.url.setText(text)
    panel.url.editingFinished.emit()


def test_a_new_link_is_stored_and_its_qr_code_decodes_to_exactly_it(panel, context):
    assert panel.list.count() == 0 and not panel.qr.picture.isVisible()
    panel.add_button.click()
    assert panel.form.isEnabled() and panel.platform.currentData() == "douyin"
    type_link(panel, "  " + DOUYIN + " ")
    assert links_of(context) == [("douyin", DOUYIN)]
    assert context.undo_stack.count() == 1 and "New shop link" in context.undo_stack.undoText()
    assert panel.list.count() == 1 and "on cards" in panel.list.item(0).text()
    image = panel.qr.image
    assert decoded(image) == [DOUYIN.encode("utf-8")]
    assert panel.qr.link.toPlainText() == DOUYIN
    assert pixel_values(image) <= {0, 255}  # drawn at whole pixels per module: never blurred
    modules = len(qr_matrix(DOUYIN))
    assert image.width() % modules == 0 and image.width() // modules >= 4
    assert panel.qr.picture.pixmap().size() == image.size()  # shown as drawn, not scaled by the label


def test_a_refused_link_stays_red_with_the_reason_and_is_not_saved(panel, context):
    panel.add_button.click()
    type_link(panel, DOUYIN)
    type_link(panel, "www.example.com/shop")
    assert panel.url.text() == "www.example.com/shop"  # kept for correcting
    assert panel.url_issue.isVisible() and panel.url_issue.severity == "error"
    assert "is not a web link" in panel.url_issue.text()
    assert links_of(context) == [("douyin", DOUYIN)] and context.undo_stack.count() == 1
    assert decoded(panel.qr.image) == [DOUYIN.encode("utf-8")]  # the code shows what is saved
    type_link(panel, TAOBAO)
    assert not panel.url_issue.isVisible() and links_of(context) == [("douyin", TAOBAO)]


def test_duplicate_and_empty_links_are_refused(panel, context):
    panel.add_button.click()
    type_link(panel, DOUYIN)
    panel.add_button.click()
    type_link(panel, DOUYIN)
    assert "appears twice" in panel.url_issue.text() and links_of(context) == [("douyin", DOUYIN)]
    panel.list.setCurrentRow(0)
    type_link(panel, "")
    assert "required" in panel.url_issue.text() and links_of(context) == [("douyin", DOUYIN)]


def test_platform_order_remove_and_undo(panel, context, qtbot):
    catalogue = context.catalogue
    walnut = catalogue.get("WAL-001")
    catalogue.save("WAL-001", replace(walnut, shop_links=[ShopLink("douyin", DOUYIN), ShopLink("taobao", TAOBAO)]))
    panel.editor.refresh()
    assert panel.list.count() == 2
    panel.list.setCurrentRow(1)
    assert panel.platform.currentData() == "taobao" and decoded(panel.qr.image) == [TAOBAO.encode()]
    panel.platform.setCurrentIndex(panel.platform.findData("jd"))
    panel.platform.activated.emit(panel.platform.currentIndex())
    assert links_of(context) == [("douyin", DOUYIN), ("jd", TAOBAO)]
    panel.up_button.click()  # now first: the one on cards
    assert links_of(context) == [("jd", TAOBAO), ("douyin", DOUYIN)]
    assert panel.list.currentRow() == 0 and not panel.up_button.isEnabled()
    panel.remove_button.click()
    assert links_of(context) == [("douyin", DOUYIN)]
    for expected in ([("jd", TAOBAO), ("douyin", DOUYIN)], [("douyin", DOUYIN), ("jd", TAOBAO)],
                     [("douyin", DOUYIN), ("taobao", TAOBAO)]):
        context.undo_stack.undo()
        assert links_of(context) == expected
    assert panel.list.count() == 2


def test_copy_link_and_save_qr_as_png(panel, context, tmp_path, monkeypatch):
    panel.add_button.click()
    type_link(panel, DOUYIN)
    panel.qr.copy_button.click()
    assert QGuiApplication.clipboard().text() == DOUYIN
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, start, filters: offered.append(start) or (str(tmp_path / "walnut-qr"), filters)))
    panel.qr.save_button.click()
    assert offered[0].endswith("WAL-001-douyin-qr.png")
    with Image.open(tmp_path / "walnut-qr.png") as im:
        assert [r.bytes for r in zxingcpp.read_barcodes(im.convert("L"))] == [DOUYIN.encode("utf-8")]


def test_switching_product_resets_the_form(panel, context):
    panel.add_button.click()
    panel.url.setText("not yet")
    panel.editor.show_product("HON-002")
    assert panel.list.count() == 0 and not panel.form.isEnabled() and panel.url.text() == ""
    assert not panel.url_issue.isVisible() and links_of(context, "HON-002") == []
