"""``villagecast export …`` and ``villagecast import …`` as a user runs them; the PDF catalogue."""

from __future__ import annotations

import json
import math
import re
import shutil
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from villagecast import cli as cli_module
from villagecast import cli_exchange
from villagecast.core.catalogue import Catalogue
from villagecast.core.photos import import_photo
from villagecast.core.product import Photo
from villagecast.storage import Repository, open_database
from villagecast.storage.demo_file import reset_demo
from villagecast.storage.files import FileStore


@pytest.fixture(autouse=True)
def exchange_commands(monkeypatch):
    """Register the commands as cli.py will (until the lead adds them there; harmless afterwards)."""
    original = cli_module.build_parser

    def build_parser():
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, cli_module.argparse._SubParsersAction))
        if "export" not in sub.choices:
            common = cli_module.argparse.ArgumentParser(add_help=False)
            cli_module._database_options(common, suppress=True)
            cli_exchange.register(sub, common)
        return parser

    monkeypatch.setattr(cli_module, "build_parser", build_parser)
    monkeypatch.setattr(cli_module, "COMMANDS", tuple({*cli_module.COMMANDS, "export", "import"}))


@pytest.fixture
def demo_db(tmp_path):
    """The demo catalogue with a photo on its first four products."""
    path = tmp_path / "demo" / "villagecast.db"
    reset_demo(path)
    db = open_database(path)
    cat, files = Catalogue(Repository(db)), FileStore(path.parent / "files")
    for i, row in enumerate(cat.list_rows()[:4]):
        src = tmp_path / f"{i}.jpg"
        Image.new("RGB", (1800, 1200), (40 * i, 120, 200 - 30 * i)).save(src, "JPEG")
        p = cat.get(row["sku"])
        p.photos = [Photo(**import_photo(src, files))]
        cat.save(p.sku, p)
    db.close()
    return path


def _decode(image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def test_bundle_round_trip_dry_run_and_conflicts(cli, demo_db, db_path, dump, tmp_path):
    bundle = tmp_path / "out" / "demo.vcbundle"
    done = cli("export", "bundle", bundle, "--cooperative", "云岭山货联合社", db=demo_db)
    assert done.code == 0 and "17 product(s), 8 attached file(s)" in done.out, done.err

    dry = cli("import", bundle, "--dry-run")
    assert dry.code == 0 and "Dry run: nothing was written." in dry.out and "17 new" in dry.out
    assert not db_path.exists()  # a dry run on a new database path creates nothing

    first = cli("import", bundle, "--json")
    data = json.loads(first.out)
    assert first.code == 0 and data["result"]["added"] and len(data["result"]["added"]) == 17
    assert data["meta"]["cooperative"] == "云岭山货联合社" and data["result"]["files"] == 8
    assert cli("price", "set", "SX-APPLE-5KG", "45.90").code == 0
    before = dump(db_path)

    dry = cli("import", bundle, "--dry-run", "--on-conflict", "theirs")
    assert "SX-APPLE-5KG:" in dry.out and "45.90 \u2192 49.90" in dry.out and "take theirs" in dry.out
    assert dump(db_path) == before
    # in its own process: with a QApplication running (as after window tests) words come from the app's translators
    chinese = subprocess.run([sys.executable, "-m", "villagecast", "--db", str(db_path), "--lang", "zh_CN", "import",
                              str(bundle), "--dry-run", "--on-conflict", "theirs"], capture_output=True, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "有改动" in chinese.stdout and "用对方的" in chinese.stdout and "无变化" in chinese.stdout, chinese.stderr
    kept = cli("import", bundle)
    assert kept.code == 0 and "1 kept as yours" in kept.out and dump(db_path) == before
    taken = json.loads(cli("import", bundle, "--on-conflict", "theirs", "--json").out)
    assert taken["result"]["replaced"] == ["SX-APPLE-5KG"]
    change = next(p for p in taken["products"] if p["sku"] == "SX-APPLE-5KG")["changes"][0]
    assert change == {"field": "live_price_fen", "mine": 4590, "theirs": 4990, "summary": False}
    show = json.loads(cli("products", "show", "SX-APPLE-5KG", "--json").out)
    assert show["live_price"] == "49.90"


def test_a_refused_file_exits_2_with_the_reason_and_changes_nothing(cli, walnut, db_path, dump, tmp_path):
    before = dump(db_path)
    bad = tmp_path / "bad.vcbundle"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "villagecast-bundle", "version": 9, "app_version": "9.0"}))
    done = cli("import", bad)
    assert done.code == 2 and "newer VillageCast" in done.err and "Nothing was imported" in done.err
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../../escape.txt", "x")
    refused = cli("import", bad, "--json")
    assert refused.code == 2 and json.loads(refused.out)["refused"]["code"] == "unsafe_path"
    assert "outside its folder" in refused.err and "Traceback" not in refused.err
    assert dump(db_path) == before


def test_a_csv_with_bad_rows_lists_each_row_and_writes_nothing(cli, walnut, db_path, dump, tmp_path):
    before = dump(db_path)
    sheet = tmp_path / "rows.csv"
    sheet.write_bytes("货号,中文品名,直播价（元）\r\nA-1,苹果,9.9\r\nB-2,梨,abc\r\nC-3,,1\r\n".encode("gb18030"))
    done = cli("import", sheet)
    assert done.code == 2 and "2 row(s) of the spreadsheet are wrong" in done.err
    assert "Row 3, 直播价（元）:" in done.err and "Row 4, 中文品名: Chinese name: required." in done.err
    lines = [p["line"] for p in json.loads(cli("import", sheet, "--json").out)["refused"]["problems"]]
    assert lines == [3, 4]
    assert dump(db_path) == before
    sheet.write_bytes("货号,中文品名,直播价（元）\r\nA-1,苹果,9.9\r\n".encode("gb18030"))
    done = cli("import", sheet)
    assert done.code == 0 and "1 added" in done.out
    assert json.loads(cli("products", "show", "A-1", "--json").out)["live_price_fen"] == 990


def test_spreadsheet_exports_and_refusals(cli, walnut, db_path, tmp_path):
    assert cli("export", "csv", tmp_path / "a.csv").code == 0
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf\xe8\xb4\xa7\xe5\x8f\xb7")  # BOM + 货号
    assert cli("export", "xlsx", tmp_path / "a.xlsx", "--sku", walnut).code == 0
    unknown = cli("export", "csv", tmp_path / "b.csv", "--sku", "NOPE")
    assert unknown.code == 2 and "NOPE" in unknown.err and not (tmp_path / "b.csv").exists()
    own = cli("export", "csv", db_path)
    assert own.code == 2 and "the catalogue itself" in own.err
    assert cli("products", "list").code == 0  # the database is intact


def test_cards_are_written_and_a_missing_shop_link_is_reported(cli, demo_db, tmp_path):
    out = tmp_path / "cards"
    done = cli("export", "cards", out, "--sku", "SX-APPLE-5KG", "GZ-EGG-30", db=demo_db)
    assert done.code == 0, done.err
    assert "Wrote 4 card(s) for 2 product(s)" in done.out
    assert "GZ-EGG-30: no shop link, so its cards have no QR code." in done.err
    assert sorted(p.name for p in out.iterdir()) == [
        "GZ-EGG-30-1080x1350.png", "GZ-EGG-30-1080x1920.png", "SX-APPLE-5KG-1080x1350.png",
        "SX-APPLE-5KG-1080x1920.png"]
    with Image.open(out / "SX-APPLE-5KG-1080x1920.png") as im:
        assert im.size == (1080, 1920)
        assert _decode(im.convert("RGB")) == ["https://example.com/villagecast-demo/douyin/SX-APPLE-5KG"]


# --- the PDF catalogue ------------------------------------------------------------------------------
def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def test_pdf_has_a_cover_numbered_pages_and_the_right_count(cli, demo_db, tmp_path, qapp):
    # qapp first: the export would otherwise start a QGuiApplication, and later widget tests need a QApplication
    out = tmp_path / "catalogue.pdf"
    done = cli("export", "pdf", out, "--cooperative", "云岭山货联合社", db=demo_db)
    assert done.code == 0, done.err
    data = out.read_bytes()
    expected = 1 + math.ceil(17 / 6)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _pdf_pages(data) == expected and f"on {expected} page(s)" in done.out
    assert re.search(rb"/Type\s*/Pages\b[^>]*/Count\s+%d" % expected, data)
    assert b"/FontFile2" in data or b"/FontFile3" in data  # the Chinese font is embedded
    two = tmp_path / "two.pdf"
    assert cli("export", "pdf", two, "--sku", "SX-APPLE-5KG", "YN-WALNUT-1KG", db=demo_db).code == 0
    assert _pdf_pages(two.read_bytes()) == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []


def test_pdf_page_drawn_as_an_image_holds_decodable_qr_codes(demo_db, qapp):
    from villagecast.ui.catalogue_pdf import CatalogueDocument, page_image

    db = open_database(demo_db)
    cat, files = Catalogue(Repository(db)), FileStore(demo_db.parent / "files")
    products = [cat.get(r["sku"]) for r in cat.list_rows()]
    document = CatalogueDocument(products, files, "云岭山货联合社")
    assert document.page_count == 1 + math.ceil(len(products) / 6)
    linked = [p.shop_links[0].url for p in products if p.shop_links]
    found = []
    for index in range(1, document.page_count):
        image = page_image(document, index, 1654)  # A4 at 200 dpi
        qimage_path = Path(str(demo_db.parent / f"page{index}.png"))
        assert image.save(str(qimage_path))
        with Image.open(qimage_path) as im:
            found += _decode(im.convert("RGB"))
    db.close()
    assert sorted(found) == sorted(linked) and linked


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) is not installed")
def test_the_pdf_itself_renders_with_decodable_qr_codes(cli, demo_db, tmp_path, qapp):
    out = tmp_path / "catalogue.pdf"
    assert cli("export", "pdf", out, db=demo_db).code == 0
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 1 + math.ceil(17 / 6)
    found = []
    for page in pages:
        with Image.open(page) as im:
            found += _decode(im.convert("RGB"))
    assert len(found) == 4 and all(url.startswith("https://example.com/villagecast-demo/") for url in found)
