"""QR codes decode (independently, with zxing-cpp) to exactly the link; cards render Chinese, never tofu."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageFont

from villagecast.core.exchange import fonts
from villagecast.core.exchange.cards import (CARD_SIZES, GREEN, CardLabels, card_marks, card_point, render_card,
                                             write_cards)
from villagecast.core.exchange.errors import ExchangeError
from villagecast.core.exchange.qr import qr_image, qr_matrix, qr_png
from villagecast.core.photos import import_photo
from villagecast.core.product import Certificate, Evidence, Photo, Product, ShopLink, TalkingPoint
from villagecast.storage.files import FileStore

TODAY = date(2026, 11, 23)
LABELS = CardLabels("直播价", "产地：{origin}", "{platform}扫码购买", "暂无照片",
                    {"organic": "有机产品", "green_food": "绿色食品", "inspection_report": "检测报告"},
                    {"douyin": "抖音", "kuaishou": "快手"})
URLS = ["https://example.com/villagecast-demo/douyin/SX-APPLE-5KG",
        "https://v.kuaishou.com/商品/核桃?id=42&from=卡片#详情",
        "http://example.com/" + "a" * 1500]


def _decoded(image: Image.Image) -> list[bytes]:
    return [r.bytes for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.mark.parametrize("url", URLS)
def test_qr_code_decodes_to_exactly_the_link(url):
    assert _decoded(qr_image(url)) == [url.encode("utf-8")]
    with Image.open(__import__("io").BytesIO(qr_png(url))) as im:
        assert _decoded(im.convert("L")) == [url.encode("utf-8")]


def test_qr_matrix_is_the_image_module_by_module():
    url = URLS[0]
    matrix = qr_matrix(url)
    image = qr_image(url, box=1)
    assert (len(matrix[0]), len(matrix)) == image.size
    assert all(matrix[y][x] == (image.getpixel((x, y)) < 128) for y in range(image.height) for x in range(image.width))
    assert not any(matrix[0]) and not any(row[0] for row in matrix)  # the quiet zone is white


def test_qr_refuses_nothing_and_too_much():
    with pytest.raises(ExchangeError) as refused:
        qr_image("")
    assert refused.value.code == "no_link"
    with pytest.raises(ExchangeError) as refused:
        qr_image("https://example.com/" + "x" * 5000)
    assert refused.value.code == "link_too_long"


def test_the_font_found_draws_chinese_not_tofu():
    path = fonts.find_cjk_font(refresh=True)
    assert path is not None, "fonts-wqy-microhei (or another CJK font) must be installed for the cards"
    font = ImageFont.truetype(str(path), 64)
    zhong, wen = fonts.glyph(font, "中"), fonts.glyph(font, "文")
    assert zhong.getbbox() and wen.getbbox()
    assert zhong.tobytes() != wen.tobytes()  # two real glyphs, not the same .notdef box twice
    assert fonts.doctor_check() == {"name": "card_font", "ok": True, "path": str(path), "code": None}


def test_the_tofu_check_would_catch_a_latin_only_font():
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.is_file():
        pytest.skip("DejaVu Sans is not installed")
    font = ImageFont.truetype(str(latin), 64)
    assert fonts.glyph(font, "中").tobytes() == fonts.glyph(font, "文").tobytes()  # both the same box
    assert not fonts.draws_chinese(latin)


def test_without_a_chinese_font_cards_are_refused_with_a_code(monkeypatch, tmp_path):
    latin = tmp_path / "latin.ttf"
    latin.write_bytes(b"not a font")
    monkeypatch.setattr(fonts, "candidates", lambda: [latin, tmp_path / "missing.ttc"])
    try:
        assert fonts.find_cjk_font(refresh=True) is None
        check = fonts.doctor_check()
        assert (check["ok"], check["code"]) == (False, "no_cjk_font")
        with pytest.raises(ExchangeError) as refused:
            render_card(Product(sku="A", name_zh="核桃"), None, LABELS)
        assert refused.value.code == "no_cjk_font"
    finally:
        monkeypatch.undo()
        fonts.find_cjk_font(refresh=True)


def _product(tmp_path: Path, files: FileStore, links: bool = True) -> Product:
    src = tmp_path / "walnut.jpg"
    Image.new("RGB", (1600, 1200), (30, 110, 200)).save(src, "JPEG")
    return Product(
        sku="WAL-001", name_zh="云南漾濞薄壳核桃 1kg（2026新季）", live_price_fen=3990,
        origin_province="云南省", origin_county="漾濞彝族自治县",
        certificates=[Certificate("organic", "ORG-1", "中心", "2026-01-01", (TODAY + timedelta(days=200)).isoformat()),
                      Certificate("green_food", "GF-1", "中心", "2024-01-01", "2025-01-01"),
                      Certificate("inspection_report", "JC-1", "中心", (TODAY + timedelta(days=5)).isoformat())],
        talking_points=[TalkingPoint("taste", "没有依据的一句"),
                        TalkingPoint("story", "依据过期的一句", [Evidence("certificate", "GF-1")]),
                        TalkingPoint("origin", "漾濞老品种核桃，一捏就开", [Evidence("certificate", "ORG-1")])],
        photos=[Photo(**import_photo(src, files))],
        shop_links=[ShopLink("douyin", URLS[0]), ShopLink("kuaishou", URLS[1])] if links else [])


def test_marks_and_point_are_only_what_is_valid_today(tmp_path):
    p = _product(tmp_path, FileStore(tmp_path / "files"))
    assert card_marks(p, TODAY) == ["organic"]  # green food expired, inspection report not valid yet
    assert card_point(p, TODAY).text == "漾濞老品种核桃，一捏就开"
    assert card_marks(p, TODAY + timedelta(days=6)) == ["organic", "inspection_report"]
    assert card_point(p, TODAY + timedelta(days=300)) is None


@pytest.mark.parametrize("size", CARD_SIZES)
def test_cards_at_both_sizes_show_the_photo_and_a_qr_code_of_the_first_link(tmp_path, size):
    files = FileStore(tmp_path / "files")
    card, notes = render_card(_product(tmp_path, files), files, LABELS, size, TODAY)
    assert card.size == size and notes == []
    assert _decoded(card) == [URLS[0].encode()]
    r, _g, b = card.getpixel((size[0] // 2, 200))
    assert b > 150 and r < 80  # the cover photo (blue) fills the top
    card.save(tmp_path / f"card-{size[1]}.png")


def _green_pixels(card: Image.Image) -> int:
    green = bytes(int(GREEN[i:i + 2], 16) for i in (1, 3, 5))
    data = card.convert("RGB").tobytes()
    return sum(1 for i in range(0, len(data), 3) if data[i:i + 3] == green)


def test_a_card_without_a_shop_link_or_photo_says_so_and_has_no_qr(tmp_path):
    files = FileStore(tmp_path / "files")
    p = _product(tmp_path, files, links=False)
    p.photos = []
    card, notes = render_card(p, files, LABELS, CARD_SIZES[0], TODAY)
    assert notes == ["no_photo", "no_shop_link"]
    assert _decoded(card) == []
    assert card.getpixel((30, 30)) == (0xE9, 0xE3, 0xD7)  # the placeholder
    assert _green_pixels(card) > 1000  # the organic mark
    p.certificates = []
    bare, _ = render_card(p, files, LABELS, CARD_SIZES[0], TODAY)
    assert _green_pixels(bare) == 0  # no valid certificate: no mark at all


def test_chinese_text_on_a_card_is_drawn_with_real_glyphs(tmp_path):
    """Two products differing only in one Chinese character of the name give different cards."""
    a, _ = render_card(Product(sku="A", name_zh="中中中"), None, LABELS, CARD_SIZES[0], TODAY)
    b, _ = render_card(Product(sku="A", name_zh="文文文"), None, LABELS, CARD_SIZES[0], TODAY)
    band = (0, 700, 1080, 860)  # where the name is drawn
    assert a.crop(band).tobytes() != b.crop(band).tobytes()
    assert a.crop(band).convert("L").getextrema()[0] < 80  # dark ink is there


def test_write_cards_writes_both_sizes_per_product(tmp_path):
    from villagecast.core.catalogue import Catalogue
    from villagecast.storage import Repository, open_database

    files = FileStore(tmp_path / "files")
    cat = Catalogue(Repository(open_database(":memory:")))
    cat.add(_product(tmp_path, files))
    cat.add(Product(sku="HON-002", name_zh="土蜂蜜", live_price_fen=990))
    written = write_cards(cat, files, tmp_path / "cards", LABELS, today=TODAY)
    assert sorted(p.path.name for p in written) == [
        "HON-002-1080x1350.png", "HON-002-1080x1920.png", "WAL-001-1080x1350.png", "WAL-001-1080x1920.png"]
    for card in written:
        with Image.open(card.path) as im:
            assert im.size == card.size
            assert _decoded(im.convert("RGB")) == ([URLS[0].encode()] if card.sku == "WAL-001" else [])
        assert ("no_shop_link" in card.notes) == (card.sku == "HON-002")
