"""Spreadsheets: CSV (UTF-8 BOM / GBK from Excel) and XLSX export and import, bad rows, merging by SKU."""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from villagecast.core.catalogue import Catalogue
from villagecast.core.demo import build_demo
from villagecast.core.exchange import merge
from villagecast.core.exchange import sheet_columns as cols
from villagecast.core.exchange.detect import file_kind, read_source
from villagecast.core.exchange.errors import ExchangeError
from villagecast.core.exchange.schema import product_json
from villagecast.core.exchange.sheet_export import export_csv, export_xlsx
from villagecast.core.exchange.sheet_tables import decode
from villagecast.core.product import Certificate, Evidence, Photo, Product, ShopLink, TalkingPoint
from villagecast.storage import Repository, open_database

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo():
    cat = Catalogue(Repository(open_database(":memory:")))
    build_demo(cat, TODAY)
    return cat


@pytest.fixture
def mine(tmp_path):
    """A catalogue file with one product that has children a spreadsheet must not touch."""
    db_path = tmp_path / "villagecast.db"
    db = open_database(db_path)
    cat = Catalogue(Repository(db))
    cat.add(Product(
        sku="WAL-001", name_zh="核桃", category="nuts", live_price_fen=3990, cost_fen=2000, net_weight_g=1000,
        nutrition={"protein": 14.9}, certificates=[Certificate("organic", "ORG-1", "中心", "2026-01-01", "2027-12-31")],
        talking_points=[TalkingPoint("origin", "漾濞老品种核桃", [Evidence("certificate", "ORG-1")])],
        photos=[Photo("ab/" + "ab" + "0" * 62 + ".jpg", "cd/" + "cd" + "0" * 62 + ".jpg", 1600, 1200, "a.jpg")],
        shop_links=[ShopLink("douyin", "https://example.com/wal")]))
    yield cat, db_path
    db.close()


def _dump(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig", newline: str = "\r\n") -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _refused(path: Path, cat) -> ExchangeError:
    with pytest.raises(ExchangeError) as refused:
        read_source(path, cat)
    return refused.value


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_then_import_is_unchanged_and_rebuilds_every_scalar_field(demo, tmp_path, kind):
    out = tmp_path / f"demo.{kind}"
    count = (export_csv if kind == "csv" else export_xlsx)(demo, out)
    assert count == demo.count() and file_kind(out) == kind
    preview = merge.plan(demo, read_source(out, demo))
    assert preview.count("unchanged") == count, [(p.sku, p.changes) for p in preview.plans if p.changes]

    fresh = Catalogue(Repository(open_database(":memory:")))
    result = merge.apply(fresh, None, read_source(out, fresh))
    assert len(result.added) == count
    for row in demo.list_rows():
        original, imported = product_json(demo.get(row["sku"])), product_json(fresh.get(row["sku"]))
        for key in ("nutrition", "certificates", "documents", "photos", "audit"):
            original.pop(key), imported.pop(key)
        # talking points come back without their evidence (a sheet holds only kind and text)
        assert [(t["kind"], t["text"]) for t in imported.pop("talking_points")] == [
            (t["kind"], t["text"]) for t in original.pop("talking_points")]
        assert imported == original, row["sku"]


def test_csv_has_a_bom_chinese_headers_and_readable_values(demo, tmp_path):
    out = tmp_path / "demo.csv"
    export_csv(demo, out, skus=["SX-APPLE-5KG"])
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[:2]
    assert header[:4] == ["货号", "中文品名", "英文品名", "品类"] and "直播价（元）" in header
    values = dict(zip(header, row))
    assert values["品类"] == "水果" and values["直播价（元）"] == "49.90" and values["生鲜易腐"] == "是"
    assert values["储存方式"] == "常温" and values["卖点"].startswith("【产地】")
    assert values["店铺链接"].splitlines()[0] == "抖音 https://example.com/villagecast-demo/douyin/SX-APPLE-5KG"


def test_a_gbk_csv_saved_by_excel_imports(mine, tmp_path):
    cat, _ = mine
    path = _csv(tmp_path / "合作社.csv", [
        ["商品编码", "商品名称", "类别", "售价", "成本价", "净含量", "储存", "生鲜", "采收日期", "省份", "区县", "备注"],
        ["HON-002", "土蜂蜜", "蜂蜜", "￥３９.９０", "20元", "５００", "常温", "否", "2026/9/3", "陕西省", "柞水县", "好卖"],
        ["EGG-003", "散养土鸡蛋", "禽蛋", "45.9", "30", "1500", "冷藏", "是", "2026年11月1日", "贵州省", "长顺县", ""],
        ["WAL-001", "核桃", "坚果", "35.00", "20.00", "1000", "常温", "否", "", "", "", ""],
    ], encoding="gb18030")
    assert decode(path.read_bytes())[1] == "gb18030"
    sheet = read_source(path, cat)
    assert sheet.meta["encoding"] == "gb18030" and sheet.meta["ignored_columns"] == ["备注"]
    preview = merge.plan(cat, sheet)
    assert [(p.sku, p.status, p.line) for p in preview.plans] == [
        ("HON-002", "new", 2), ("EGG-003", "new", 3), ("WAL-001", "changed", 4)]
    changes = {c.field: (c.mine, c.theirs) for c in preview.plans[2].changes}
    assert changes["live_price_fen"] == (3990, 3500)
    merge.apply(cat, None, sheet, default="theirs")
    honey = cat.get("HON-002")
    assert (honey.live_price_fen, honey.cost_fen, honey.net_weight_g, honey.harvest_date) == (
        3990, 2000, 500, "2026-09-03")
    assert (honey.category, honey.storage, honey.perishable, honey.origin_county) == ("honey", "ambient", False, "柞水县")
    egg = cat.get("EGG-003")
    assert (egg.storage, egg.perishable, egg.harvest_date) == ("chilled", True, "2026-11-01")


def test_a_csv_with_bad_rows_lists_every_line_and_writes_nothing(mine, tmp_path):
    cat, db_path = mine
    before = _dump(db_path)
    path = _csv(tmp_path / "bad.csv", [
        ["货号", "中文品名", "品类", "直播价（元）", "净重（克）", "卖点", "店铺链接"],
        ["OK-1", "好的", "水果", "10.00", "500", "【口感】甜\n【产地】山东", ""],  # row 2 spans two lines
        ["BAD-1", "价格不对", "水果", "十元", "500", "", ""],  # row 3
        ["OK-2", "也好", "蔬菜", "5", "", "", ""],  # row 4
        ["BAD-2", "", "武器", "5.555", "-3", "【秘方】x", "抖音 ftp://x"],  # row 5: many faults
        ["OK-1", "重复", "水果", "1", "1", "", ""],  # row 6: same SKU as row 2
        ["", "", "", "", "", "", ""],  # blank rows are skipped
        ["", "没有货号", "水果", "1", "1", "", ""],  # row 8
        ["WAL-001", "核桃", "坚果", "10", "1000", "", "抖音 https://example.com/a\n抖音 https://example.com/a"],  # 9
    ])
    error = _refused(path, cat)
    assert error.code == "bad_rows"
    lines = sorted({p.line for p in error.problems})
    assert lines == [3, 5, 6, 8, 9]
    assert error.params["count"] == 5
    row5 = {(p.column, p.issue.code) for p in error.problems if p.line == 5}
    assert row5 >= {("中文品名", "required"), ("品类", "bad_choice"), ("直播价（元）", "too_precise"),
                    ("卖点", "bad_choice")}
    assert ("店铺链接", "duplicate") in {(p.column, p.issue.code) for p in error.problems if p.line == 9}
    assert {p.issue.code for p in error.problems if p.line == 6} == {"duplicate_row"}
    assert _dump(db_path) == before


def test_importing_a_sheet_never_wipes_the_children_of_a_stored_product(mine, tmp_path):
    cat, _ = mine
    stored = cat.get("WAL-001")
    path = _csv(tmp_path / "price.csv", [["SKU", "Live price", "Talking points", "Shop links"],
                                         ["WAL-001", "35.5", "【口感】香", ""]])
    preview = merge.plan(cat, read_source(path, cat))
    plan = preview.plans[0]
    assert [c.field for c in plan.changes] == ["live_price_fen"]
    assert [n.code for n in plan.notes] == ["points_not_updated"]
    merge.apply(cat, None, read_source(path, cat), default="theirs")
    now = cat.get("WAL-001")
    assert now.live_price_fen == 3550
    assert (now.nutrition, now.certificates, now.talking_points, now.photos, now.shop_links) == (
        stored.nutrition, stored.certificates, stored.talking_points, stored.photos, stored.shop_links)
    assert now.name_zh == "核桃" and now.cost_fen == 2000  # columns the sheet lacks stay as they were


def test_a_non_empty_shop_link_cell_replaces_the_links(mine, tmp_path):
    cat, _ = mine
    path = _csv(tmp_path / "links.csv", [["货号", "店铺链接"],
                                         ["WAL-001", "快手 https://example.com/k\nhttps://example.com/o"]])
    merge.apply(cat, None, read_source(path, cat), default="theirs")
    assert [(s.platform, s.url) for s in cat.get("WAL-001").shop_links] == [
        ("kuaishou", "https://example.com/k"), ("other", "https://example.com/o")]


def test_a_title_row_above_the_header_and_english_headers(mine, tmp_path):
    cat, _ = mine
    path = _csv(tmp_path / "titled.csv", [["光明合作社 2026 冬季商品表"], [],
                                          ["SKU", "Chinese name", "Category", "Live price", "Perishable"],
                                          ["TEA-4", "绿茶", "tea", "88", "no"]], encoding="utf-8", newline="\n")
    sheet = read_source(path, cat)
    assert sheet.meta["header_line"] == 3 and sheet.rows[0].line == 4
    merge.apply(cat, None, sheet)
    assert (cat.get("TEA-4").category, cat.get("TEA-4").live_price_fen) == ("tea", 8800)


def test_spreadsheets_without_a_sku_column_or_rows_are_refused(mine, tmp_path):
    cat, _ = mine
    assert _refused(_csv(tmp_path / "a.csv", [["名称", "价格"], ["x", "1"]]), cat).code == "no_sku_column"
    assert _refused(_csv(tmp_path / "b.csv", [["货号", "名称"]]), cat).code == "no_rows"
    assert _refused(_csv(tmp_path / "c.csv", [["货号", "SKU"], ["a", "b"]]), cat).problems[0].issue.code == (
        "duplicate_column")
    (tmp_path / "d.csv").write_bytes(b"\x80\x81 not text")
    assert _refused(tmp_path / "d.csv", cat).code == "bad_encoding"
    (tmp_path / "e.csv").write_bytes(b"")
    assert _refused(tmp_path / "e.csv", cat).code == "empty_file"


def test_xlsx_cells_as_excel_stores_them(mine, tmp_path):
    from openpyxl import Workbook

    cat, _ = mine
    wb = Workbook()
    ws = wb.active
    ws.append(["货号", "中文品名", "直播价（元）", "净重（克）", "长（厘米）", "采收/批次日期", "生鲜易腐", "成本（元）"])
    ws.append(["NEW-1", "小米", 39.9, 1000.0, 12.5, datetime(2026, 10, 1), True, 0.1 + 0.2])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    merge.apply(cat, None, read_source(path, cat))
    p = cat.get("NEW-1")
    assert (p.live_price_fen, p.net_weight_g, p.length_cm, p.harvest_date, p.perishable, p.cost_fen) == (
        3990, 1000, 12.5, "2026-10-01", True, 30)


def test_text_that_looks_like_a_formula_stays_text(mine, tmp_path):
    from openpyxl import load_workbook

    cat, _ = mine
    p = cat.get("WAL-001")
    cat.save("WAL-001", replace(p, producer="=HYPERLINK(\"http://evil\")", supplier="'引号开头", after_sales="+86 售后"))
    for kind, export in (("csv", export_csv), ("xlsx", export_xlsx)):
        out = tmp_path / f"f.{kind}"
        export(cat, out)
        if kind == "csv":
            assert "'=HYPERLINK" in out.read_bytes().decode("utf-8-sig")
        else:
            ws = load_workbook(out).active
            header = [c.value for c in ws[1]]
            cell = ws.cell(row=2, column=header.index("生产者或合作社") + 1)
            assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"http://evil\")"
        assert merge.plan(cat, read_source(out, cat)).count("unchanged") == 1, kind


def test_header_words_never_name_two_columns():
    seen = {}
    for column in cols.COLUMNS:
        for name in (column.header, column.key, *column.synonyms):
            key = cols.header_key(name)
            assert seen.setdefault(key, column.key) == column.key, (name, seen[key], column.key)
    assert cols.match_header("直播价(元)") == cols.match_header(" 直播价（元） ") == "live_price_fen"
    assert cols.match_header("ＳＫＵ") == "sku"


def test_a_zip_bomb_disguised_as_xlsx_is_refused(mine, tmp_path):
    import zipfile

    cat, db_path = mine
    before = _dump(db_path)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/sharedStrings.xml", b"<" + b"a" * (150 << 20))
    assert _refused(path, cat).code == "zip_bomb"
    assert _dump(db_path) == before


def test_excel_unicode_text_utf16_with_tabs_imports(mine, tmp_path):
    cat, _ = mine
    path = tmp_path / "unicode.txt"
    path.write_bytes("\ufeff商品表\r\n货号\t中文品名\t直播价（元）\r\nTEA-9\t白茶, 明前\t158\r\n".encode("utf-16-le"))
    sheet = read_source(path, cat)
    assert sheet.meta["encoding"] == "utf-16" and sheet.meta["header_line"] == 2
    merge.apply(cat, None, sheet)
    assert (cat.get("TEA-9").name_zh, cat.get("TEA-9").live_price_fen) == ("白茶, 明前", 15800)
