"""The shipping window as a whole: tabs, geometry kept, product changes followed, other languages and UI scale."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from villagecast.ui import settings as config

APPLE = "SX-APPLE-5KG"


@pytest.fixture
def context(demo_context):
    """The shipping window works on the demo catalogue (example cards, presets, profiles)."""
    return demo_context


def open_window(qtbot, context):
    from villagecast.ui.shipping import ShippingWindow

    win = ShippingWindow(context, config.Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_four_tabs_the_plan_first_and_the_demo_marked(qtbot, context):
    win = open_window(qtbot, context)
    tabs = [win.tabs.tabText(i).replace("&", "") for i in range(4)]
    assert tabs == ["Free-shipping plan", "Rate cards", "Packaging", "Fees"]
    assert win.tabs.currentIndex() == 0
    assert "DEMO" in win.demo_label.text()
    win.tab_actions[2].trigger()
    assert win.tabs.currentWidget() is win.presets
    assert not win.show_product("NO-SUCH-SKU") and win.tabs.currentWidget() is win.plan


def test_geometry_and_tab_are_kept_between_openings(qtbot, context):
    win = open_window(qtbot, context)
    win.resize(780, 520)  # the offscreen screen is 800 × 600
    win.tabs.setCurrentIndex(1)
    win.close()
    again = open_window(qtbot, context)
    assert (again.size().width(), again.size().height()) == (780, 520)
    assert again.tabs.currentIndex() == 1


def test_a_product_edit_in_the_main_window_updates_the_plan(qtbot, context):
    from villagecast.ui.commands import SaveProduct

    win = open_window(qtbot, context)
    win.show_product(APPLE)
    win.plan.price.setText("45.00")
    before = win.plan.plan_for("440000").best.margin_fen
    product = context.catalogue.get(APPLE)
    context.execute(SaveProduct(context, product, replace(product, cost_fen=product.cost_fen + 100), "cost"))
    assert win.plan.plan_for("440000").best.margin_fen == before - 100
    assert win.plan.price.text() == "45.00"  # the price being planned stays as typed
    assert win.plan.product_box.sku() == APPLE


def test_undo_of_a_shipping_write_leaves_the_product_list_alone(qtbot, context):
    from villagecast.ui.views.main_window import MainWindow

    main = MainWindow(context, config.Settings())
    qtbot.addWidget(main)
    win = open_window(qtbot, context)
    main.select_sku(APPLE)
    win.presets.add_item()
    assert main.current_sku() == APPLE and main.undo_action.isEnabled()
    main.undo_action.trigger()  # the shared stack: the main window's Undo takes the preset back too
    assert [p.name for p in context.shipping.presets()].count("New box") == 0
    assert main.current_sku() == APPLE


def test_the_window_fits_a_small_screen_at_150_percent(qtbot, context):
    from villagecast.ui.app import apply_font

    app = QApplication.instance()
    font = app.font()
    try:
        apply_font(app, 11, 150)
        win = open_window(qtbot, context)
        win.rescale()
        win.show_product(APPLE)
        hint = win.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740
        win.resize(1366, 740)
        tab = win.plan
        assert tab.grid.height() > 0 and tab.table.height() > 0
        em = tab.table.fontMetrics().horizontalAdvance("中")
        assert tab.table.columnWidth(0) >= 6 * em  # column widths follow the font
    finally:
        app.setFont(font)


def test_switching_language_retranslates_without_losing_the_plan(qtbot, context):
    from villagecast.ui.i18n import Translations

    win = open_window(qtbot, context)
    win.show_product(APPLE)
    translations = Translations(QApplication.instance())
    try:
        translations.switched.connect(win.retranslate_ui)
        translations.switch("zh_CN")
        assert win.plan.model.rowCount() == 31
        assert win.menuBar().actions()[0].text() != "" and win.cards.table.rowCount() > 0
        assert win.plan.summary.text()
    finally:
        translations.remove()
        translations.switch("en")
        translations.remove()
