"""``villagecast session list|report`` on a scripted show over the demo catalogue: the figures, JSON, CSV and the PDF
with its bar chart of units sold; bad input."""

import argparse
import csv
import io
import json
import re
from datetime import datetime, timedelta, timezone

import pytest

from villagecast import broadcast_messages
from villagecast import cli as cli_module
from villagecast import cli_session
from villagecast.core.broadcast.clock import iso
from villagecast.core.broadcast.live import LiveSessions
from villagecast.core.broadcast.report import build_report
from villagecast.core.broadcast.runsheet import RunSheets
from villagecast.core.broadcast.sessions import Broadcasts
from villagecast.core.catalogue import Catalogue
from villagecast.storage import Repository, open_database
from villagecast.storage.broadcast_repo import BroadcastRepository, LiveRepository
from villagecast.storage.demo_file import reset_demo
from villagecast.storage.runsheet_repo import RunSheetRepository

T0 = datetime(2026, 12, 5, 11, 30, tzinfo=timezone.utc)
UNITS = {"SX-HONEY-500G": 9, "YN-WALNUT-1KG": 4, "SX-APPLE-5KG": 2}


@pytest.fixture(autouse=True)
def session_registered(monkeypatch):
    """Until cli.py registers ``session`` (the lead's change), add it the way cli.py adds the others."""
    if "session" in cli_module.COMMANDS:
        return
    build = cli_module.build_parser

    def build_parser():
        parser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        common = argparse.ArgumentParser(add_help=False)
        cli_module._database_options(common, suppress=True)
        cli_session.register(sub, common)
        return parser

    monkeypatch.setattr(cli_module, "COMMANDS", cli_module.COMMANDS + ("session",))
    monkeypatch.setattr(cli_module, "build_parser", build_parser)


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += timedelta(seconds=seconds)


@pytest.fixture(scope="module")
def show_db(tmp_path_factory):
    """The demo catalogue with one finished show (session 1) and one session that never went on air (2)."""
    path = tmp_path_factory.mktemp("show") / "villagecast.db"
    reset_demo(path)
    clock = Clock()
    db = open_database(path)
    cat = Catalogue(Repository(db), clock=clock)
    book = Broadcasts(BroadcastRepository(db), clock=lambda: iso(clock()))
    sheets = RunSheets(RunSheetRepository(db), cat, clock=clock)
    lives = LiveSessions(LiveRepository(db), cat, book, clock=clock)
    sid = sheets.create("周六晚场").sheet_id
    sheets.add_segment(sid, "opening", "开场", planned_s=120, script="家人们晚上好")
    sheets.add_product(sid, "SX-HONEY-500G", planned_s=600, script="{品名}直播价{价格}元，全网最低价")
    sheets.add_product(sid, "YN-WALNUT-1KG", planned_s=300)
    sheets.add_product(sid, "SX-APPLE-5KG", planned_s=300)
    session = book.create_session("12月5日晚场")
    book.tick(session.id, "ID-01")
    live = lives.start(session.id, sheets.sheet(sid), gate={"findings": [], "unticked": []})
    clock.advance(120)
    for sku in UNITS:
        live.next()
        for _ in range(UNITS[sku]):
            live.sell(1)
            clock.advance(30)
    live.correct("说是去年的蜜", "是今年的新蜜")
    live.finish()
    book.create_session("没开播")
    db.close()
    return path


def test_list_shows_every_session(cli, show_db):
    result = cli("session", "list", "--json", db=show_db)
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert [(r["id"], r["title"], r["status"], r["units"], r["run_sheet"]) for r in rows] == [
        (2, "没开播", "preparing", 0, None), (1, "12月5日晚场", "finished", 15, "周六晚场")]
    text = cli("session", "list", db=show_db)
    assert "12月5日晚场" in text.out and "finished" in text.out


def test_report_json_has_the_figures(cli, show_db):
    result = cli("session", "report", "1", "--json", db=show_db)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert {p["sku"]: p["units"] for p in data["products"]} == UNITS
    honey = data["products"][0]
    assert honey["revenue_fen"] == 9 * 6800 and honey["revenue"] == "612.00" and honey["spent_s"] == 270.0
    assert data["totals"]["units"] == 15 and data["checklist"][0]["item"] == "ID-01"
    assert [f["text"] for f in data["findings"]] == ["全网最低价"]
    assert data["corrections"][0]["truth"] == "是今年的新蜜"


def test_report_for_people(cli, show_db):
    result = cli("session", "report", "1", db=show_db)
    assert result.code == 0, result.err
    assert "Total: 15 unit(s) in 15 sale(s)" in result.out and "612.00" in result.out
    assert "全网最低价" in result.out and "是今年的新蜜" in result.out
    assert "The person on camera must be at least 16" in result.out  # the ticked item with its text
    empty = cli("session", "report", "2", db=show_db)
    assert empty.code == 0 and "Not on air yet." in empty.out


def test_csv_export(cli, show_db, tmp_path):
    out = tmp_path / "report.csv"
    result = cli("session", "report", "1", "--csv", out, db=show_db)
    assert result.code == 0, result.err
    assert f"Wrote {out}." in result.out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    headers = broadcast_messages.csv_headers()
    assert rows[0] == [headers["products"]] and rows[1][0] == headers["sku"]
    assert [r[0] for r in rows[2:5]] == list(UNITS) and rows[5][:4] == [headers["total"], "", "15", "855.40"]


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def test_pdf_export_with_a_bar_chart_of_units(cli, show_db, tmp_path, qapp):
    out = tmp_path / "report.pdf"
    result = cli("session", "report", "1", "--pdf", out, "--json", db=show_db)
    assert result.code == 0, result.err
    json.loads(result.out)  # the JSON stays clean; "Wrote …" goes to stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and (b"/FontFile2" in data or b"/FontFile3" in data)
    from villagecast.ui.report_pdf import BAR, ReportDocument, page_image

    db = open_database(show_db)
    try:
        lives = LiveSessions(LiveRepository(db), Catalogue(Repository(db)), Broadcasts(BroadcastRepository(db)))
        document = ReportDocument(build_report(lives, 1))
    finally:
        db.close()
    assert _pdf_pages(data) == document.page_count and f"({document.page_count} page(s))" in result.err
    image = page_image(document, 0, 1240)
    bar = BAR.rgb()
    widths = []  # the longest run of bar colour in each bar (consecutive rows merged)
    previous = 0
    for y in range(image.height()):
        run = best = 0
        for x in range(image.width()):
            run = run + 1 if image.pixel(x, y) == bar else 0
            best = max(best, run)
        if best and not previous:
            widths.append(best)
        elif best:
            widths[-1] = max(widths[-1], best)
        previous = best
    assert len(widths) == 3
    top = widths[0]
    assert [round(w / top * 9, 1) for w in widths] == pytest.approx([9, 4, 2], abs=0.15)


def test_bad_input(cli, show_db):
    missing = cli("session", "report", "99", db=show_db)
    assert missing.code == 2 and "no longer exists" in missing.err and "Traceback" not in missing.err
    assert cli("session", "report", "abc", db=show_db).code == 2
    assert cli("session", db=show_db).code == 2  # an action is required


def test_a_long_report_flows_over_pages(show_db, tmp_path, qapp):
    from villagecast.ui.report_pdf import FOOTER, PAGE_H, TOP, ReportDocument, export_report_pdf

    copy = tmp_path / "long.db"
    copy.write_bytes(show_db.read_bytes())
    db = open_database(copy)
    try:
        clock = Clock()
        cat = Catalogue(Repository(db), clock=clock)
        book = Broadcasts(BroadcastRepository(db), clock=lambda: iso(clock()))
        lives = LiveSessions(LiveRepository(db), cat, book, clock=clock)
        sheets = RunSheets(RunSheetRepository(db), cat, clock=clock)
        sid = sheets.create("长场次").sheet_id
        for _ in range(3):
            sheets.add_product(sid, "GS-POTATO-5KG", script="全网最低价，" * 3)
        session = book.create_session("长场次")
        live = lives.start(session.id, sheets.sheet(sid), gate={})
        for k in range(70):
            live.correct(f"第{k}次说错了，" * 4, f"第{k}次的更正" * 3)
        report = build_report(lives, session.id)
    finally:
        db.close()
    document = ReportDocument(report)
    assert document.page_count >= 3
    for page in document.pages:
        assert page and all(TOP <= y and y + h <= PAGE_H - FOOTER for y, h, _draw in page)
    result = export_report_pdf(report, tmp_path / "long.pdf")
    assert _pdf_pages((tmp_path / "long.pdf").read_bytes()) == result.pages == document.page_count


def test_every_pdf_text_is_declared_for_translation():
    from pathlib import Path

    from villagecast.ui import report_pdf

    source = Path(report_pdf.__file__).read_text(encoding="utf-8")
    used = {bytes(m, "utf-8").decode("unicode_escape") for m in re.findall(r'\bt\("((?:[^"\\]|\\.)*)"\)', source)}
    assert used and used <= set(report_pdf.WORDS)


def test_every_code_the_broadcast_core_raises_has_words():
    from pathlib import Path

    from villagecast import messages
    from villagecast.core import broadcast

    codes = set()
    for path in Path(broadcast.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:SessionError|NotFound)\("([a-z_]+)"', source))
        codes |= set(re.findall(r'Issue\([^,]+, "([a-z_]+)"', source))
    known = {*broadcast_messages.ERRORS, *broadcast_messages.ISSUES, *messages.ERRORS, *messages.ISSUES}
    assert len(codes) > 15 and codes - known == set()
    for code in sorted(codes & (set(broadcast_messages.ERRORS) | set(broadcast_messages.ISSUES))):
        from villagecast.core.errors import Issue, VillageCastError

        text = (broadcast_messages.describe_error(VillageCastError(code, index=0, sku="X", id=1))
                if code in broadcast_messages.ERRORS else broadcast_messages.describe_issue(Issue("sku", code, {})))
        assert text and code not in text, code
