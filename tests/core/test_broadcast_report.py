"""The post-show report on a scripted show: units, revenue at the price in force, stock left, time against plan,
checklist tick times, findings of the scripts used, corrections; the JSON data and the CSV file."""

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from villagecast.core.broadcast.clock import iso
from villagecast.core.broadcast.live import LiveSessions
from villagecast.core.broadcast.reminders import Reminder
from villagecast.core.broadcast.report import build_report, report_data
from villagecast.core.broadcast.report_csv import write_csv
from villagecast.core.broadcast.runsheet import RunSheets
from villagecast.core.broadcast.sessions import Broadcasts
from villagecast.core.catalogue import Catalogue
from villagecast.core.product import Product
from villagecast.storage import Repository
from villagecast.storage.broadcast_repo import BroadcastRepository, LiveRepository
from villagecast.storage.runsheet_repo import RunSheetRepository

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def show(db):
    """Opening 60 s (planned 60); honey 400 s (planned 300): 2 sold at 68.00, the price cut to 59.90, 3 more
    sold, one mistaken tap undone; walnuts 100 s (planned 300): 4 sold at 35.90; 返场 honey 50 s: 1 sold;
    closing not reached (planned 60, not counted: the 返场 queue is a reserve until it goes on air)."""
    clock = Clock()
    cat = Catalogue(Repository(db), clock=clock)
    book = Broadcasts(BroadcastRepository(db), clock=lambda: iso(clock()))
    sheets = RunSheets(RunSheetRepository(db), cat, clock=clock)
    lives = LiveSessions(LiveRepository(db), cat, book, clock=clock, reminders=[Reminder("AFTER-05", 15)])
    cat.add(Product(sku="HON-1", name_zh="土蜂蜜", live_price_fen=6800), opening_stock=20)
    cat.add(Product(sku="WAL-2", name_zh="核桃", live_price_fen=3590), opening_stock=10)
    sid = sheets.create("周五晚场").sheet_id
    sheets.add_segment(sid, "opening", "开场", planned_s=60, script="家人们，全网最低价！")
    sheets.add_product(sid, "HON-1", planned_s=300, script="只剩3件了")
    sheets.add_product(sid, "WAL-2", planned_s=300, script="核桃{价格}元")
    sheets.add_segment(sid, "closing", "收尾", planned_s=60)
    sheets.add_product(sid, "HON-1", queue="refeature", planned_s=120)
    sheets.add_product(sid, "WAL-2", queue="refeature", planned_s=120)  # never used
    session = book.create_session("12月1日晚场")
    book.tick(session.id, "ID-01")
    live = lives.start(session.id, sheets.sheet(sid), gate={"findings": [], "unticked": ["LS-02"]})
    clock.advance(60)
    live.next()
    live.sell(2)
    clock.advance(100)
    cat.set_price("HON-1", 5990)
    clock.advance(100)
    live.sell(3)
    wrong = live.sell(5)
    live.undo_sale(wrong)
    live.correct("说是蜂巢蜜", "是百花蜜")
    clock.advance(200)
    live.next()
    live.sell(4)
    clock.advance(100)
    live.go_to(4)
    live.acknowledge("AFTER-05")
    live.sell(1)
    clock.advance(50)
    live.finish()
    clock.advance(3600)
    cat.move_stock("HON-1", "receive", 100)  # after the show: not in its "stock left"
    return build_report(lives, session.id), session


def test_report_figures(show):
    report, session = show
    honey, walnut = report.products
    assert (honey.sku, honey.units, honey.sales, honey.revenue_fen) == ("HON-1", 6, 3, 2 * 6800 + 3 * 5990 + 5990)
    assert (honey.stock_left, honey.planned_s, honey.spent_s) == (14, 420, 450.0)
    assert (walnut.units, walnut.revenue_fen, walnut.stock_left, walnut.planned_s, walnut.spent_s) == (
        4, 4 * 3590, 6, 300, 100.0)
    t = report.totals
    assert (t["units"], t["revenue_fen"], t["sales"], t["planned_s"], t["spent_s"], t["duration_s"]) == (
        10, honey.revenue_fen + walnut.revenue_fen, 4, 60 + 300 + 300 + 60 + 120, 610.0, 610.0)
    assert [(s.index, s.spent_s, s.visits) for s in report.segments] == [
        (0, 60.0, 1), (1, 400.0, 1), (2, 100.0, 1), (3, 0.0, 0), (4, 50.0, 1), (5, 0.0, 0)]
    assert report.checklist == (("ID-01", iso(T0)),)
    assert report.overridden and report.gate["unticked"] == ["LS-02"] and report.status == "finished"
    assert [(c.said, c.truth, c.index) for c in report.corrections] == [("说是蜂巢蜜", "是百花蜜", 1)]
    assert report.reminders == (("AFTER-05", iso(T0 + timedelta(seconds=560))),)


def test_report_findings_are_codes_of_the_scripts_used(show):
    report, _session = show
    by_segment = {}
    for f in report.findings:
        by_segment.setdefault(f.index, []).append(f)
    assert [(f.text, f.category, f.severity, f.explanation) for f in by_segment[0]] == [
        ("全网最低价", "PRICE", "block", "term_price")]
    # 只剩3件 with 20 on hand when the show started: a false scarcity claim, judged on the stock of that day
    [scarce] = by_segment[1]
    assert (scarce.category, scarce.severity, scarce.explanation, scarce.params["on_hand"]) == (
        "SCARCE", "block", "scarcity_count_false", 20)
    assert 2 not in by_segment  # "核桃{价格}元" is clean
    assert all(isinstance(f.explanation, str) and f.rule for f in report.findings)
    assert report.totals["block"] == sum(1 for f in report.findings if f.severity == "block")


def test_report_data_is_json(show):
    report, _session = show
    data = json.loads(json.dumps(report_data(report), ensure_ascii=False))
    assert data["products"][0]["revenue"] == "375.60" and data["products"][0]["revenue_fen"] == 37560
    assert data["totals"]["revenue"] == "519.20" and data["session"]["run_sheet"] == "周五晚场"
    assert set(data) == {"session", "products", "segments", "checklist", "reminders", "findings", "notes",
                         "corrections", "countdowns", "totals"}


def test_csv_has_a_bom_headers_from_the_caller_and_guards_formulas(show, tmp_path):
    report, _session = show
    out = tmp_path / "report.csv"
    write_csv(report, out, {"products": "商品", "sku": "货号", "revenue": "销售额（元）", "total": "合计"},
              describe=lambda code, params: f"<{code}>")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["商品"] and rows[1][:4] == ["货号", "name", "units", "销售额（元）"]
    assert rows[2][:4] == ["HON-1", "土蜂蜜", "6", "375.60"] and rows[4][:4] == ["合计", "", "10", "519.20"]
    assert ["segments"] in rows and ["findings"] in rows
    kinds = [r[1] for r in rows[rows.index(["segments"]) + 2:rows.index(["segments"]) + 8]]
    assert kinds[0] == "<kind.opening>" and kinds[4] == "<kind.product> (refeature)"
    assert any(r[-1].startswith("<") for r in rows[rows.index(["findings"]) + 2:])


def test_a_sale_in_the_last_second_counts_in_stock_left(db):
    """The session row keeps whole seconds; the end of the show is taken from the live record."""
    clock = Clock()
    clock.advance(0.2)
    cat = Catalogue(Repository(db), clock=clock)
    book = Broadcasts(BroadcastRepository(db), clock=lambda: clock().replace(microsecond=0).isoformat())
    sheets = RunSheets(RunSheetRepository(db), cat, clock=clock)
    lives = LiveSessions(LiveRepository(db), cat, book, clock=clock, reminders=[])
    cat.add(Product(sku="EGG-1", name_zh="鸡蛋", live_price_fen=4590), opening_stock=5)
    sid = sheets.create("场次").sheet_id
    sheets.add_product(sid, "EGG-1")
    session = book.create_session("场次")
    live = lives.start(session.id, sheets.sheet(sid), gate={})
    clock.advance(59.5)
    live.sell(2)  # at 12:00:59.7; the session ends "12:00:59" in its own row
    live.finish()
    [line] = build_report(lives, session.id).products
    assert (line.units, line.stock_left, line.spent_s) == (2, 3, 59.5)
