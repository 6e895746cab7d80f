"""Shown figures follow the UI language (part B): the 包邮 plan table and breakdown, and a post-show report,
in zh_CN and en. Expected texts are written out here, not made with ``ui.formats``."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from villagecast.core.broadcast.report import build_report
from villagecast.core.shipping import planner
from villagecast.core.shipping.planner import Order
from villagecast.ui.broadcast.report_view import ReportView
from villagecast.ui.i18n import Translations
from villagecast.ui.shipping.plan_detail import PlanDetail
from villagecast.ui.shipping.plan_model import MARGIN, SHIPPING, PlanModel
from villagecast.ui.shipping.province_grid import ProvinceGrid

from .test_broadcast_report import WALNUT, Clock, core

APPLE = "SX-APPLE-5KG"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.fixture
def language(qapp):
    """Switch the UI language as the app does (QLocale default zh_CN / en_US and the app's translation);
    the locale and the translators are put back after."""
    translations = Translations.of(qapp)
    before = QLocale()

    def use(name: str) -> None:
        translations.switch(name)
        assert QLocale().name() == {"zh_CN": "zh_CN", "en": "en_US"}[name]

    yield use
    translations.remove()
    translations.language = ""
    QLocale.setDefault(before)


def yuan(fen: int) -> str:
    """"¥12,305.50": the form both zh_CN and en show (comma groups, point decimals)."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}\u00a5{whole:,}.{cents:02d}"


@pytest.mark.parametrize("name, unit", [("zh_CN", "公斤"), ("en", "kg")])
def test_the_plan_shows_yuan_with_separators_and_weights_in_the_ui_language(language, demo_context, name, unit):
    language(name)
    order = Order(demo_context.catalogue.get(APPLE), 1, None, 1_234_500)  # ¥12,345 each: margins past ¥1,000
    plans = planner.plan(order, demo_context.shipping.cards(), 0, date.today())
    model = PlanModel()
    model.set_plans(plans, 0)
    row = next(n for n, plan in enumerate(plans) if plan.best is not None and plan.best.quote is not None)
    best = plans[row].best
    margin = model.index(row, MARGIN).data()
    assert best.margin_fen > 100_000 and margin == yuan(best.margin_fen)
    assert margin.startswith("\u00a5") and "," in margin
    assert model.index(row, SHIPPING).data() == yuan(best.quote.total_fen)
    grid = ProvinceGrid()
    grid.set_plans(plans, 0)
    code = plans[row].province.code
    assert grid.tile_text(code)[1] == yuan(best.margin_fen)[1:]  # the small map tile leaves the sign out
    assert yuan(best.break_even_fen) in grid.tooltip(code)
    grid.deleteLater()
    detail = PlanDetail()
    detail.show_plan(plans[row], order)
    assert detail.options.item(0, 3).text() == yuan(plans[row].options[0].margin_fen)
    text = detail.breakdown.toPlainText()
    assert f"5.6 {unit}" in text  # the apple's 5.6 kg gross weight
    assert ("公斤" in text) == (name == "zh_CN")
    detail.deleteLater()


@pytest.fixture
def big_show(demo_context):
    """A finished show on the demo catalogue: 40 walnuts sold (over a thousand yuan); its start time."""
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=1)
    clock = Clock(start)
    _cat, book, sheets, lives = core(demo_context, clock)
    sid = sheets.create("大单场").sheet_id
    sheets.add_product(sid, WALNUT, planned_s=300, script="核桃")
    session = book.create_session("大单场")
    live = lives.start(session.id, sheets.sheet(sid), gate={"findings": [], "unticked": []})
    clock.advance(60)
    live.sell(40, WALNUT)
    clock.advance(60)
    live.finish()
    return build_report(lives, session.id), start


@pytest.mark.parametrize("name", ["zh_CN", "en"])
def test_the_report_shows_revenue_and_the_show_date_in_the_ui_language(qtbot, language, big_show, name):
    language(name)
    report, start = big_show
    revenue = report.totals["revenue_fen"]
    assert revenue > 100_000
    view = ReportView()
    qtbot.addWidget(view)
    view.show_report(report)
    assert view.stats[1].text() == yuan(revenue)[1:]  # under "Revenue (yuan)": no sign
    assert view.tables["products"].texts()[0][2] == yuan(revenue)
    local = start.astimezone()
    facts = next(label.text() for label in view.findChildren(QLabel) if "\u00b7" in label.text())
    if name == "zh_CN":
        assert f"{local.year}年{local.month}月{local.day}日 {local.hour:02d}:{local.minute:02d}" in facts
        assert f"{revenue // 100:,}.{revenue % 100:02d} 元" in view.totals_line.text()
    else:
        hour = local.hour % 12 or 12
        assert f"{local.day} {MONTHS[local.month - 1]} {local.year} {hour}:{local.minute:02d}" in facts
        assert ("AM" if local.hour < 12 else "PM") in facts
        assert f"{revenue // 100:,}.{revenue % 100:02d} yuan" in view.totals_line.text()
