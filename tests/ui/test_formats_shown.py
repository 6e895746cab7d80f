"""Shown figures follow the UI language: the product list, the detail pane, the price and stock histories.

The catalogue here was recorded on 15 January 2025 (a past year, so the histories show the full date), with
one product dear and plentiful enough for thousands separators.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QLocale

from villagecast.core.catalogue import Catalogue
from villagecast.core.product import Product
from villagecast.storage import Repository, open_database
from villagecast.ui import formats
from villagecast.ui.views.language_menu import find_translations

from .conftest import walnut

RECORDED = datetime(2025, 1, 15, 12, 0, tzinfo=timezone.utc)
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.fixture
def db_path(tmp_path):
    """Walnuts (¥39.90, 1 kg, 50 in stock) and a ginseng box (¥1,234.50, 12,800 in stock), recorded in 2025."""
    path = tmp_path / "catalogue" / "villagecast.db"
    db = open_database(path)
    catalogue = Catalogue(Repository(db), clock=lambda: RECORDED)
    catalogue.add(walnut(), opening_stock=50)
    catalogue.add(Product(sku="GIN-009", name_zh="人参礼盒", category="nuts", live_price_fen=123450,
                          net_weight_g=500), opening_stock=12800)
    db.conn.close()
    return path


@pytest.fixture
def ui_language(qapp):
    """Switch the UI language as View > Language does (default locale and translators); restored after."""
    before = QLocale()
    translations = find_translations(qapp)
    yield translations.switch
    translations.remove()
    translations.language = ""
    QLocale.setDefault(before)


def cells(model, sku: str) -> tuple[str, str]:
    from villagecast.ui.models.product_list import Column

    row = model.row_of(sku)
    return model.index(row, Column.PRICE).data(), model.index(row, Column.STOCK).data()


def history(panel) -> list[tuple[str, ...]]:
    model = panel.table.model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_product_list_groups_thousands(qtbot, context, ui_language, language):
    from villagecast.ui.models.product_list import ProductListModel

    ui_language(language)
    model = ProductListModel(context)
    assert cells(model, "GIN-009") == ("1,234.50", "12,800")  # the header says "¥"; the same in both languages
    assert cells(model, "WAL-001") == ("39.90", "50")


def test_the_product_list_takes_the_separators_from_the_locale(qtbot, context):
    from villagecast.ui.models.product_list import ProductListModel

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))  # not a UI language: proves the cells do not hard-code "," and "."
    try:
        assert cells(ProductListModel(context), "GIN-009") == ("1.234,50", "12.800")
    finally:
        QLocale.setDefault(before)


def test_the_detail_pane_shows_money_weights_and_dates_in_the_ui_language(context, ui_language):
    from villagecast.ui.views import detail_html

    walnuts, ginseng = context.catalogue.get("WAL-001"), context.catalogue.get("GIN-009")
    today = datetime.now(timezone.utc).date()
    ui_language("zh_CN")
    assert "1 公斤" in detail_html.spec(walnuts) and "500 克" in detail_html.spec(ginseng)
    assert "2025年1月1日" in detail_html.certificates(walnuts.certificates, today)  # the certificate's start
    assert "¥1,234.50" in detail_html.yuan(ginseng.live_price_fen)
    ui_language("en")
    assert "1 kg" in detail_html.spec(walnuts) and "500 g" in detail_html.spec(ginseng)
    assert "1 Jan 2025" in detail_html.certificates(walnuts.certificates, today)
    assert "2025-01-01" not in detail_html.certificates(walnuts.certificates, today)


def test_price_history_dates_follow_a_language_switch(qtbot, main_window, ui_language):
    ui_language("zh_CN")
    win = main_window("WAL-001", "price")
    panel = win.editor.panel("price")
    panel.field.setText("35.50")
    panel.commit()  # a change now: today's row shows the time alone
    newest, *older = history(panel)
    assert ":" in newest[0] and "月" not in newest[0]
    assert newest[2] == "¥35.50" and "¥35.50" in panel.live.text()
    assert older and all(row[0].startswith("2025年1月1") and "日 " in row[0] for row in older), older
    ui_language("en")  # the open panel follows the switch
    newest, *older = history(panel)
    assert ":" in newest[0] and not any(month in newest[0] for month in MONTHS_EN)
    assert newest[0] == formats.datetime_text(panel.rows[-1]["at"])
    assert all(row[0].startswith("15 Jan 2025 ") or row[0].startswith("16 Jan 2025 ") for row in older), older
    assert panel.field.text() == "35.50"  # the field keeps the plain form the parser reads back


@pytest.mark.parametrize(("language", "day"), [("zh_CN", "2025年1月1"), ("en", " Jan 2025 ")])
def test_stock_history_dates_and_figures(qtbot, main_window, ui_language, language, day):
    ui_language(language)
    win = main_window("GIN-009", "stock")
    row = history(win.editor.panel("stock"))[0]
    assert day in row[0]
    assert row[2] == "+12,800" and row[4] == "12,800"
