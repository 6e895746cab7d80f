"""The main window: search, table, detail pane, change signal and remembered layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from villagecast.ui import settings as config
from villagecast.ui.models.product_list import Column
from villagecast.ui.views.main_window import MainWindow


@pytest.fixture
def window(main_window):
    return main_window()


def shown_skus(win) -> list[str]:
    return [win.model.sku_at(r) for r in range(win.model.rowCount())]


def detail_text(win) -> str:
    return win.detail.toPlainText()


def test_opens_on_the_catalogue_with_a_product_selected(window):
    assert window.windowTitle() == "VillageCast"
    assert window.model.rowCount() == 4
    assert window.table.isSortingEnabled()
    assert window.current_sku() == "HON-002"
    assert "土蜂蜜" in detail_text(window)
    assert "4 product" in window.count_label.text()
    assert "villagecast.db" in window.db_label.text()


def test_selecting_a_row_shows_every_fact(qtbot, window):
    window.table.selectRow(window.model.row_of("WAL-001"))
    qtbot.waitUntil(lambda: window.detail.current_sku == "WAL-001")
    text = detail_text(window)
    assert "核桃" in text and "Walnuts" in text
    assert "¥39.90" in text  # live price
    assert "原价" in text  # the 7-day reference price is labelled as the only 原价
    assert "ORG-2025-001" in text and "Organic" in text
    assert "Unsupported" in text  # the taste point has no evidence
    assert text.index("漾濞老品种核桃") < text.index("一捏就开")  # talking points in order
    assert "Protein" in text and "25%" in text  # 14.9 g protein = 25% NRV
    assert "270 day" in text  # shelf life


def test_unsupported_marker_is_only_on_points_without_evidence(qtbot, window):
    window.select_sku("WAL-001")
    html = window.detail.toHtml()
    assert html.count("Unsupported") == 1


def test_search_as_you_type_filters_and_selects_a_match(qtbot, window):
    window.search.setText("ht")
    assert shown_skus(window) == ["WAL-001"]
    assert window.detail.current_sku == "WAL-001"
    assert "1 of 4" in window.count_label.text()
    window.search.setText("hetao")
    assert shown_skus(window) == ["WAL-001"]
    window.search.setText("xyz")
    assert window.model.rowCount() == 0
    assert window.detail.current_sku is None


def test_escape_clears_and_find_focuses_the_search(qtbot, window):
    window.search.setText("ht")
    window.table.setFocus()
    window.find_action.trigger()
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.model.rowCount() == 4


def test_sorting_by_price_through_the_header(qtbot, window):
    window.select_sku("WAL-001")
    window.table.sortByColumn(Column.PRICE, Qt.SortOrder.AscendingOrder)
    assert shown_skus(window) == ["HON-002", "WAL-001", "MIL-003", "TEA-004"]
    assert window.current_sku() == "WAL-001"  # the selection follows its product


def test_data_changed_after_a_stock_move_refreshes_list_and_detail(qtbot, window, context):
    window.select_sku("WAL-001")
    row = window.model.row_of("WAL-001")
    assert window.model.index(row, Column.STOCK).data() == "50"
    changes = context.catalogue.move_stock("WAL-001", "sell", 45)
    with qtbot.waitSignal(context.signals.data_changed, timeout=1000):
        context.publish(changes)
    row = window.model.row_of("WAL-001")
    assert window.model.index(row, Column.STOCK).data() == "5"
    assert window.model.index(row, Column.STOCK).data(Qt.ItemDataRole.ToolTipRole).startswith("Low stock")
    assert window.current_sku() == "WAL-001"
    assert "5 Low stock" in detail_text(window)


def test_demo_database_is_marked(qtbot, db, db_path):
    from villagecast.storage import Repository
    from villagecast.ui.context import AppContext

    plain = MainWindow(AppContext.create(db, db_path), config.Settings())
    qtbot.addWidget(plain)
    assert "DEMO" not in plain.db_label.text()
    Repository(db).mark_demo()
    win = MainWindow(AppContext.create(db, db_path), config.Settings())
    qtbot.addWidget(win)
    assert "DEMO" in win.db_label.text()


def test_layout_is_remembered_in_the_test_config_dir(qtbot, context, tmp_path):
    win = MainWindow(context, config.Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.resize(780, 520)  # the offscreen screen is 800x600
    win.close()
    ini = Path(tmp_path / "config" / "VillageCast.ini")
    assert ini.exists()
    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    assert not stored.value(config.WINDOW_GEOMETRY.key).isEmpty()
    again = MainWindow(context, config.Settings())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 520)


def test_default_size_fits_a_small_laptop_screen(window):
    assert window.width() <= 1366 and window.height() <= 768 - 40
    assert window.minimumWidth() <= 800


def test_settings_store_only_non_defaults(tmp_path):
    store = config.Settings()
    store.set(config.FONT_POINT_SIZE, 14)
    assert store.get(config.FONT_POINT_SIZE) == 14
    store.set(config.FONT_POINT_SIZE, config.FONT_POINT_SIZE.default)
    store.sync()
    ini = Path(store.file_name)
    assert str(tmp_path) in str(ini)
    assert not ini.exists() or "font_point_size" not in ini.read_text(encoding="utf-8")


def test_window_can_paint_before_the_catalogue_is_attached(qtbot, context, db_path):
    win = MainWindow(None, config.Settings(), db_path=db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.model.rowCount() == 0
    assert "Opening" in win.count_label.text()
    assert str(db_path) in win.db_label.text()
    win.attach(context)
    assert win.model.rowCount() == 4
    assert win.current_sku() == "HON-002"
    assert [a.text() for a in win.edit_menu.actions()][:2] != ["", ""]
    with pytest.raises(RuntimeError):
        win.attach(context)


def test_switching_language_retranslates_the_window(qapp, window):
    from villagecast.ui.i18n import Translations

    translations = Translations(qapp)
    translations.switched.connect(window.retranslate_ui)
    try:
        assert translations.switch("zh_CN")  # the compiled Chinese translation was found
        assert window.file_menu.title() == qapp.translate("MainWindow", "&File") != "&File"
        assert window.model.headerData(Column.NAME, Qt.Orientation.Horizontal) != "Name"
        translations.switch("en")
        assert window.file_menu.title() == "&File"
    finally:
        translations.remove()


def test_overview_and_list_say_when_a_product_is_not_approved_for_broadcast(qtbot, window):
    window.select_sku("WAL-001")
    text = detail_text(window)
    assert "Not approved for broadcast" in text and "Supplier preliminary review: not done yet." in text
    row = window.model.row_data(window.model.row_of("WAL-001"))
    assert row["approved"] is False and row["unsupported_points"] == 1
    status = window.model.index(window.model.row_of("WAL-001"), Column.STATUS)
    assert "Not approved" in status.data() and "1 unsupported" in status.data()
    assert "selection review" in status.data(Qt.ItemDataRole.ToolTipRole)


def test_the_overview_follows_an_undo_of_the_product_it_shows(qtbot, window, context):
    from dataclasses import replace

    from villagecast.ui.commands import SaveProduct

    window.editor.set_section("basics")
    window.select_sku("WAL-001")  # the editor reads WAL-001
    window.editor.set_section("overview")
    window.select_sku("HON-002")
    honey = context.catalogue.get("HON-002")
    context.execute(SaveProduct(context, honey, replace(honey, producer="秦岭蜂场"), "producer"))
    assert "秦岭蜂场" in detail_text(window)
    context.undo_stack.undo()
    assert "秦岭蜂场" not in detail_text(window)


def test_at_200_percent_the_name_column_keeps_room_and_the_others_give_way(qtbot, main_window, qapp):
    from PySide6.QtGui import QFont

    from villagecast.ui import metrics
    from villagecast.ui.models.product_list import Column

    font = QFont(qapp.font())
    win = main_window()
    win.resize(1366, 740)
    try:
        win.actions.set_scale(200)
        qapp.processEvents()
        table = win.table
        em = table.fontMetrics().horizontalAdvance("中")
        assert table.columnWidth(Column.NAME) >= int(metrics.NAME_MIN_EMS * em) - 2
        comfortable, least = table.wanted_widths[Column.ORIGIN]
        assert least <= table.columnWidth(Column.ORIGIN) < comfortable  # origin gave way first
        title = str(win.model.headerData(Column.ORIGIN, Qt.Orientation.Horizontal))
        assert table.columnWidth(Column.ORIGIN) >= table.horizontalHeader().fontMetrics().horizontalAdvance(title)
        win.actions.set_scale(100)
        qapp.processEvents()
        assert table.columnWidth(Column.ORIGIN) == table.wanted_widths[Column.ORIGIN][0]  # room again
    finally:
        qapp.setFont(font)
