"""Run sheets: segment operations with their undo data, the not-approved warning, placeholders, the sheet check."""

from datetime import date, datetime, timedelta, timezone

import pytest

from villagecast.core import editing
from villagecast.core.broadcast import fill
from villagecast.core.broadcast.runsheet import RunSheets
from villagecast.core.broadcast.sessions import Broadcasts, Script
from villagecast.core.broadcast.sheet_check import blocks, check_sheet
from villagecast.core.catalogue import Catalogue
from villagecast.core.errors import NotFound, ValidationError
from villagecast.core.product import AUDIT_STEPS, AuditEntry, Certificate, Evidence, Product, TalkingPoint
from villagecast.storage import Repository
from villagecast.storage.broadcast_repo import BroadcastRepository
from villagecast.storage.runsheet_repo import RunSheetRepository

DAY = date(2026, 12, 1)


class Clock:
    def __init__(self):
        self.now = datetime(2026, 12, 1, 4, 0, tzinfo=timezone.utc)

    def __call__(self):
        self.now += timedelta(seconds=1)
        return self.now


def approved(p: Product) -> Product:
    evidence = {"qualification_review": [Evidence("certificate", "JC-1")],
                "sample_test": [Evidence("certificate", "JC-1")]}
    for step in AUDIT_STEPS:
        p = editing.record_review(p, AuditEntry(step, "王主任", "2026-11-20", "passed", evidence.get(step, [])))
    return p


@pytest.fixture
def env(db):
    clock = Clock()
    cat = Catalogue(Repository(db), clock=clock)
    honey = Product(sku="HON-1", name_zh="秦岭土蜂蜜", category="honey", live_price_fen=6800, list_price_fen=9800,
                    origin_province="陕西省", origin_county="华州区",
                    certificates=[Certificate("inspection_report", "JC-1", "检测中心", "2026-01-01", "2027-06-01")],
                    talking_points=[TalkingPoint("origin", "秦岭山里的蜂蜜", [Evidence("certificate", "JC-1")])])
    cat.add(approved(honey), opening_stock=30)
    cat.add(Product(sku="WAL-2", name_zh="漾濞核桃", category="nuts", live_price_fen=3590), opening_stock=5)
    sheets = RunSheets(RunSheetRepository(db), cat, clock=clock)
    return sheets, cat, Broadcasts(BroadcastRepository(db))


def layout(sheets, sheet_id):
    sheet = sheets.sheet(sheet_id)
    return [(s.queue, s.title) for s in sheet.segments], sheet


def test_build_a_sheet_and_every_operation_undoes(env):
    sheets, _cat, _book = env
    sid = sheets.create("周五晚场").sheet_id
    opening = sheets.add_segment(sid, "opening", "开场").segment_id
    honey = sheets.add_product(sid, "HON-1", planned_s=600).segment_id
    closing = sheets.add_segment(sid, "closing", "收尾").segment_id
    assert layout(sheets, sid)[0] == [("main", "开场"), ("main", "秦岭土蜂蜜"), ("main", "收尾")]
    sheet = sheets.sheet(sid)
    assert [s.planned_s for s in sheet.segments] == [120, 600, 120] and sheet.planned_s == 840

    steps = [sheets.move_up(honey), sheets.move_segment(opening, 2), sheets.to_refeature(honey),
             sheets.duplicate(closing), sheets.set_script(closing, "谢谢大家，{品名}明天见"),
             sheets.set_duration(closing, 90), sheets.set_title(opening, "开场白"), sheets.to_main(honey, 0)]
    assert layout(sheets, sid)[0] == [("main", "秦岭土蜂蜜"), ("main", "收尾"), ("main", "收尾"),
                                      ("main", "开场白")]
    assert sheets.sheet(sid).segment(closing).script == "谢谢大家，{品名}明天见"
    removed = sheets.remove_segment(closing)
    assert [s.id for s in sheets.sheet(sid).segments].count(closing) == 0
    back = sheets.revert(removed)  # the segment returns at its place under its own id
    assert [s.id for s in sheets.sheet(sid).segments][1] == closing
    redo = sheets.revert(back)  # removed again
    assert closing not in [s.id for s in sheets.sheet(sid).segments]
    sheets.revert(redo)
    assert sheets.sheet(sid).segment(closing).planned_s == 90
    for edit in reversed(steps):
        sheets.revert(edit)
    sheet = sheets.sheet(sid)
    assert [(s.id, s.title, s.planned_s, s.script) for s in sheet.segments] == [
        (opening, "开场", 120, ""), (honey, "秦岭土蜂蜜", 600, ""), (closing, "收尾", 120, "")]
    assert [s.position for s in sheet.segments] == [0, 1, 2]


def test_redo_is_the_revert_of_the_revert(env):
    sheets, _cat, _book = env
    sid = sheets.create("场次").sheet_id
    a = sheets.add_segment(sid, "opening", "开场").segment_id
    b = sheets.add_product(sid, "HON-1").segment_id
    moved = sheets.to_refeature(a)
    assert layout(sheets, sid)[0] == [("main", "秦岭土蜂蜜"), ("refeature", "开场")]
    undo = sheets.revert(moved)
    assert layout(sheets, sid)[0] == [("main", "开场"), ("main", "秦岭土蜂蜜")]
    sheets.revert(undo)
    assert layout(sheets, sid)[0] == [("main", "秦岭土蜂蜜"), ("refeature", "开场")]
    assert sheets.move_up(b) is None and sheets.move_segment(b, 0) is None  # already there: nothing written


def test_deleting_a_sheet_undoes_with_ids(env):
    sheets, _cat, _book = env
    sid = sheets.create("要删的").sheet_id
    ids = [sheets.add_product(sid, "HON-1").segment_id, sheets.add_product(sid, "WAL-2", queue="refeature").segment_id]
    before = sheets.sheet(sid)
    gone = sheets.delete(sid)
    with pytest.raises(NotFound):
        sheets.sheet(sid)
    sheets.add_segment(sheets.create("另一个").sheet_id, "opening", "新的")  # ids are never reused
    sheets.revert(gone)
    after = sheets.sheet(sid)
    assert [s.id for s in after.segments] == ids and after == before


def test_an_unapproved_product_is_added_with_a_warning(env):
    sheets, _cat, _book = env
    sid = sheets.create("场次").sheet_id
    ok = sheets.add_product(sid, "HON-1")
    assert ok.warnings == []
    edit = sheets.add_product(sid, "WAL-2")
    [warning] = edit.warnings
    assert (warning.code, warning.severity, warning.params["sku"]) == ("not_approved", "warning", "WAL-2")
    assert [code for code, _ in warning.params["reasons"]] == ["step_missing"] * 5
    seg = sheets.sheet(sid).segment(edit.segment_id)
    assert seg.unapproved == warning.params["reasons"]  # recorded with the segment
    assert sheets.sheet(sid).segment(ok.segment_id).unapproved == []


def test_bad_input_writes_nothing(env):
    sheets, _cat, _book = env
    sid = sheets.create("场次").sheet_id
    for call in (lambda: sheets.add_product(sid, "NOPE"), lambda: sheets.add_segment(sid, "story", "x"),
                 lambda: sheets.add_segment(sid, "opening", ""), lambda: sheets.add_segment(sid, "product", "x"),
                 lambda: sheets.add_segment(sid, "opening", "x", planned_s=-1),
                 lambda: sheets.add_segment(sid, "closing", "x", sku="HON-1"),
                 lambda: sheets.create("  ")):
        with pytest.raises((ValidationError, NotFound)):
            call()
    seg = sheets.add_segment(sid, "opening", "开场").segment_id
    with pytest.raises(ValidationError):
        sheets.set_script(seg, "好" * 50_001)
    with pytest.raises(ValidationError):
        sheets.update_segment(seg, {"kind": "closing"})
    assert [s.title for s in sheets.sheet(sid).segments] == ["开场"] and len(sheets.sheets()) == 1


def test_a_product_segment_takes_the_stored_script_and_follows_a_sku_change(env):
    sheets, cat, book = env
    book.save_script(Script("蜂蜜话术", "{品名}，直播价{价格}元，还有{库存}件", "HON-1"))
    sid = sheets.create("场次").sheet_id
    seg = sheets.add_product(sid, "HON-1").segment_id
    assert sheets.sheet(sid).segment(seg).script == "{品名}，直播价{价格}元，还有{库存}件"
    cat.update("HON-1", sku="HON-NEW")
    assert sheets.sheet(sid).segment(seg).sku == "HON-NEW"
    cat.remove("HON-NEW")
    assert sheets.sheet(sid).segment(seg).sku == "HON-1"  # the SKU as last known stays


def test_placeholders_are_filled_from_live_values(env):
    _sheets, cat, _book = env
    vals = fill.values(cat, "HON-1", DAY)
    text = "{品名}只要{价格}元！还剩{库存}件，{原价}，{不认识}"
    runs = fill.runs(text, vals)
    assert runs[:4] == [("name", "秦岭土蜂蜜"), "只要", ("price", "68.00"), "元！还剩"]
    assert ("stock", "30") in runs
    assert fill.filled(text, vals).endswith("，{原价}，{不认识}")  # no 7-day price yet, unknown name: as written
    cat.move_stock("HON-1", "sell", 4)
    assert ("stock", "26") in fill.runs(text, fill.values(cat, "HON-1", DAY))


def test_check_sheet_is_product_aware(env):
    sheets, cat, _book = env
    sid = sheets.create("场次").sheet_id
    sheets.add_segment(sid, "opening", "开场", script="家人们，全网最好的蜂蜜来了")
    sheets.add_product(sid, "HON-1", script="只剩3件了，{价格}元")  # 30 on hand: a false scarcity claim
    sheets.add_product(sid, "WAL-2", script="核桃香脆")
    checks = check_sheet(sheets.sheet(sid), cat, day=DAY)
    assert [c.index for c in checks] == [0, 1, 2]
    assert checks[0].result.product_checked is False and checks[0].has_block
    assert checks[1].result.product_checked and checks[1].result.sku == "HON-1"
    assert any(f.explanation.startswith("scarcity") for f in checks[1].result.blocks)
    assert checks[1].notes == () and [n.code for n in checks[2].notes] == ["not_approved"]
    assert blocks(checks) == len(checks[0].result.blocks) + len(checks[1].result.blocks)
    cat.move_stock("HON-1", "sell", 27)  # now 3 left: the claim is true
    again = check_sheet(sheets.sheet(sid), cat, day=DAY)
    assert not any(f.explanation.startswith("scarcity") for f in again[1].result.blocks)
    cat.remove("WAL-2")
    assert [n.code for n in check_sheet(sheets.sheet(sid), cat, day=DAY)[2].notes] == ["product_missing"]
