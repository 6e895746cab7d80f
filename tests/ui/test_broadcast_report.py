"""Reports tab over a show scripted with the core (start, sell, correct, finish) on the demo catalogue: the session
list, the figures as ``build_report`` has them, the bar chart's pixels, PDF and CSV export (and a failed one)."""

import csv
import io
import sys
import types
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox

from villagecast.core.broadcast.clock import clock_text, iso
from villagecast.core.broadcast.live import LiveSessions
from villagecast.core.broadcast.report import build_report
from villagecast.core.broadcast.runsheet import RunSheets
from villagecast.core.broadcast.sessions import Broadcasts
from villagecast.core.catalogue import Catalogue
from villagecast.storage import Repository
from villagecast.storage.broadcast_repo import BroadcastRepository, LiveRepository
from villagecast.storage.runsheet_repo import RunSheetRepository
from villagecast.ui import formats, metrics
from villagecast.ui import settings as config
from villagecast.ui.broadcast import BroadcastWindow

WALNUT, APPLE, HONEY = "YN-WALNUT-1KG", "SX-APPLE-5KG", "SX-HONEY-500G"
CONTROLLER = "villagecast.ui.broadcast.live_controller"


class Clock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += timedelta(seconds=seconds)


def core(context, clock):
    cat = Catalogue(Repository(context.db), clock=clock)
    book = Broadcasts(BroadcastRepository(context.db), clock=lambda: iso(clock()))
    sheets = RunSheets(RunSheetRepository(context.db), cat, clock=clock)
    return cat, book, sheets, LiveSessions(LiveRepository(context.db), cat, book, clock=clock)


@pytest.fixture
def show(demo_context):
    """Opening 60 s; walnut 300 s (planned 300): 3 sold, then 2; apple 200 s (planned 240): 7 sold; honey (not
    approved, risky script) 100 s: 1 sold; a correction; two checklist ticks; finished. Then a show still on air and
    one being prepared."""
    clock = Clock(datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=2))
    _cat, book, sheets, lives = core(demo_context, clock)
    sid = sheets.create("周五晚场").sheet_id
    sheets.add_segment(sid, "opening", "开场", planned_s=60, script="家人们晚上好")
    sheets.add_product(sid, WALNUT, planned_s=300, script="核桃{价格}元")
    sheets.add_product(sid, APPLE, planned_s=240, script="苹果")
    sheets.add_product(sid, HONEY, planned_s=120, script="全网最低价的蜂蜜")
    session = book.create_session("12月5日晚场")
    book.tick(session.id, "ID-01")
    clock.advance(30)
    book.tick(session.id, "ID-02")
    live = lives.start(session.id, sheets.sheet(sid), gate={"findings": [], "unticked": []})
    clock.advance(60)
    live.next()
    live.sell(3)
    clock.advance(150)
    live.sell(2)
    clock.advance(150)
    live.next()
    live.sell(7)
    live.correct("说是八斤", "是五公斤")
    clock.advance(200)
    live.next()
    live.sell(1)
    clock.advance(100)
    live.finish()
    clock.advance(600)
    on_air = book.create_session("周六彩排", rehearsal=True)
    lives.start(on_air.id, sheets.sheet(sid), gate={"findings": [], "unticked": ["LS-02"]}).sell(4, WALNUT)
    clock.advance(60)
    book.create_session("下周")
    return {"finished": session.id, "live": on_air.id, "lives": lives}


@pytest.fixture
def window(qtbot, demo_context, show):
    win = BroadcastWindow(demo_context, config.Settings())
    qtbot.addWidget(win)
    win.resize(1280, 700)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(1)
    return win


def select(tab, session_id):
    tab.show_session(session_id)
    assert tab.current_session_id() == session_id
    return tab.view


def test_sessions_are_listed_newest_first_with_status_times_units(window, show):
    tree = window.report_tab.sessions
    rows = [[tree.topLevelItem(n).text(c) for c in range(5)] for n in range(tree.topLevelItemCount())]
    assert [r[0] for r in rows] == ["下周", "周六彩排", "12月5日晚场"]
    assert [r[1] for r in rows] == ["preparing", "on air", "finished"]
    assert [r[3] for r in rows] == ["0", "4", "13"]
    assert [r[4] for r in rows] == ["", "rehearsal", ""]
    assert rows[2][2].count(":") == 2 and "\u2013" in rows[2][2] and rows[1][2].endswith("\u2026")


def test_the_report_shows_the_figures_of_build_report(window, show, demo_context):
    tab = window.report_tab
    view = select(tab, show["finished"])
    expected = build_report(tab.lives, show["finished"], tab.hub.pack)
    assert tab.report == expected
    products = view.tables["products"].texts()
    assert [r[0] for r in products[:-1]] == [f"{p.name} ({p.sku})" for p in expected.products]
    assert [[r[1], r[2], r[3], r[4], r[5]] for r in products[:-1]] == [
        [str(p.units), formats.money(p.revenue_fen), str(p.stock_left), clock_text(p.planned_s), clock_text(p.spent_s)]
        for p in expected.products]
    assert [p.units for p in expected.products] == [5, 7, 1]
    assert [clock_text(p.spent_s) for p in expected.products] == ["5:00", "3:20", "1:40"]
    t = expected.totals
    assert products[-1] == ["Total", "13", formats.money(t["revenue_fen"]), "", clock_text(t["planned_s"]),
                            clock_text(t["spent_s"])]
    assert view.stats[0].text() == "13" and view.stats[1].text() == formats.money(t["revenue_fen"], symbol=False)
    assert view.stats[3].text() == str(t["block"]) and t["block"] >= 1
    assert "13 unit(s)" in view.totals_line.text() and "4 sale(s)" in view.totals_line.text()
    checklist = view.tables["checklist"].texts()
    assert [r[0] for r in checklist] == ["ID-01", "ID-02"] and all(r[1] for r in checklist)
    tick = formats.time_text(expected.checklist[1][1])
    assert checklist[1][2] == tick  # local time, on the show's day
    assert view.tables["corrections"].texts()[0][1:] == ["说是八斤", "是五公斤"]
    findings = view.tables["findings"].texts()
    assert ["4", "全网最低价"] == findings[0][:2] and "Must change" in findings[0][2]
    segments = view.tables["segments"].texts()
    assert [r[2] for r in segments] == ["开场"] + [s.title for s in expected.segments[1:]]


def test_a_show_on_air_is_reported_up_to_now_and_a_prepared_one_has_none(window, show, monkeypatch):
    tab = window.report_tab
    view = select(tab, show["live"])
    assert tab.report.status == "live" and view.tables["products"].texts()[0][1] == "4"
    assert tab.pdf_button.isEnabled()
    assert not tab.resume_button.isHidden()  # started, not finished: can be taken up again
    calls = []
    module = types.ModuleType(CONTROLLER)
    module.offer_resume = lambda parent, context, settings: calls.append((parent, context, settings)) or True
    monkeypatch.setitem(sys.modules, CONTROLLER, module)
    tab.resume_button.click()
    assert calls == [(window, window.context, window.settings)]
    tab.show_session(tab.sessions.topLevelItem(0).data(0, 256))
    assert tab.report is None and not tab.pdf_button.isEnabled() and tab.resume_button.isHidden()


def test_a_sale_refreshes_the_report_of_the_show_on_air(window, show, demo_context):
    tab = window.report_tab
    view = select(tab, show["live"])
    live = show["lives"].open(show["live"])
    changes = live.sell(2, WALNUT).changes
    demo_context.publish(changes)
    assert view.tables["products"].texts()[0][1] == "6"


def test_the_bar_chart_paints_one_bar_per_product_sold(qtbot, window, show):
    view = select(window.report_tab, show["finished"])
    chart = view.chart
    window.report_tab.scroll.ensureWidgetVisible(chart)
    qtbot.waitUntil(lambda: chart.isVisible() and chart.width() > 100)
    bars = chart.bars()
    assert [(sku, units) for sku, units, _r in bars] == [(APPLE, 7), (WALNUT, 5), (HONEY, 1)]
    widths = [r.width() for _s, _u, r in bars]
    assert widths[0] == chart.track(0).width() and abs(widths[1] / widths[0] - 5 / 7) < 0.02
    image = chart.grab().toImage()
    ratio = image.width() / chart.width()
    bar_color, background = QColor(metrics.OK_COLOR), chart.palette().color(chart.backgroundRole())

    def pixel(x, y):
        return image.pixelColor(round(x * ratio), round(y * ratio))

    for _sku, _units, rect in bars:
        center = rect.center()
        assert pixel(rect.left() + 2, center.y()) == bar_color
        assert pixel(rect.right() - 2, center.y()) == bar_color
    track = chart.track(2)
    beyond = pixel(bars[2][2].right() + 10, track.center().y())  # the pale track after the shortest bar
    assert beyond != bar_color and beyond != background and beyond.green() > beyond.red()
    assert pixel(track.left() + 2, track.bottom() + 3) != bar_color  # between rows: no bar


def test_the_chart_says_when_nothing_was_sold(window, show, demo_context):
    clock = Clock(datetime.now(timezone.utc) - timedelta(minutes=30))
    _cat, book, sheets, lives = core(demo_context, clock)
    sid = sheets.create("空场").sheet_id
    sheets.add_segment(sid, "opening", "开场")
    session = book.create_session("没卖出")
    lives.start(session.id, sheets.sheet(sid), gate={}).finish()
    tab = window.report_tab
    tab.refresh(select=session.id)
    assert tab.view.chart.bars() == [] and tab.view.chart.products == []


def test_pdf_and_csv_are_written_through_the_file_dialog(qtbot, window, show, tmp_path, monkeypatch):
    tab = window.report_tab
    select(tab, show["finished"])
    asked = []

    def save_name(parent, caption, start, filters):
        asked.append((caption, start, filters))
        return str(tmp_path / ("out" + (".pdf" if "PDF" in filters else ""))), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    tab.pdf_button.click()
    pdf = tmp_path / "out.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    assert asked[0][1].endswith(".pdf") and "12月5日晚场" in asked[0][1]
    box = tab.export.message
    assert box.icon() == QMessageBox.Icon.Information and "out.pdf" in box.text() and "page" in box.text()
    box.close()
    tab.csv_button.click()
    data = (tmp_path / "out.csv").read_bytes()  # the dialog gave no suffix: .csv is added
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Products"] and rows[1][:3] == ["SKU", "Name", "Units sold"]
    assert [r[0] for r in rows[2:5]] == [p.sku for p in tab.report.products]
    assert window.settings.get(config.LAST_FOLDER) == str(tmp_path)  # the next dialog starts here
    tab.export.message.close()


def test_a_failed_export_says_why(window, show, tmp_path):
    tab = window.report_tab
    select(tab, show["finished"])
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert tab.export.export_csv(tab.report, str(blocker / "report.csv")) is False
    box = tab.export.message
    assert box.icon() == QMessageBox.Icon.Warning and box.text() == "The report was not saved as CSV."
    assert "report.csv" in box.informativeText()
    box.close()
    assert tab.export.export_pdf(tab.report, str(blocker / "report.pdf")) is False
    assert tab.export.message.text() == "The report was not saved as PDF."
    tab.export.message.close()


def test_the_file_menu_exports_too(window, show, tmp_path, monkeypatch):
    select(window.report_tab, show["finished"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "menu.csv"), "")))
    window.csv_action.trigger()
    assert (tmp_path / "menu.csv").is_file()
    window.report_tab.export.message.close()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))  # cancelled
    assert window._export_pdf() is False


def test_a_bigger_ui_scale_gives_bigger_bars(window, show):
    from PySide6.QtWidgets import QApplication

    view = select(window.report_tab, show["finished"])
    before = view.chart.minimumHeight()
    app = QApplication.instance()
    font = app.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        window.rescale()
        assert view.chart.minimumHeight() > before * 1.3
    finally:
        app.setFont(font)
        window.rescale()
