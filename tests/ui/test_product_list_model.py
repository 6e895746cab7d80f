"""ProductListModel: a real Qt model over the catalogue, with search and numeric sort."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from villagecast.ui.models.product_list import Column, ProductListModel, SkuRole

# Icons and brushes need a QGuiApplication, as in any real use of the model.
pytestmark = pytest.mark.usefixtures("qapp")


def skus(model) -> list[str]:
    return [model.index(r, Column.SKU).data(SkuRole) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, catalogue):
    model = ProductListModel(catalogue)
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_empty_model_before_a_catalogue_passes_qtmodeltester(qtmodeltester, catalogue):
    model = ProductListModel(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)
    model.set_source(catalogue)
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_model_passes_qtmodeltester_after_query_and_sort(qtmodeltester, catalogue):
    model = ProductListModel(catalogue)
    model.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_query("he")
    qtmodeltester.check(model, force_py=True)
    model.set_query("xyz")
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_search_by_pinyin_initials_and_full_pinyin(catalogue):
    model = ProductListModel(catalogue)
    for query in ("ht", "hetao", "HT", "核桃", "wal", "漾濞"):
        model.set_query(query)
        names = [model.index(r, Column.NAME).data() for r in range(model.rowCount())]
        assert "核桃" in names, query
    model.set_query("xyz")
    assert model.rowCount() == 0
    model.set_query("")
    assert model.rowCount() == 4


def test_query_keeps_the_current_sort(catalogue):
    model = ProductListModel(catalogue)
    model.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    model.set_query("")
    model.set_query("0")  # every SKU contains a 0
    assert skus(model) == ["MIL-003", "WAL-001", "HON-002", "TEA-004"]


def test_sort_by_price_is_numeric_and_missing_prices_go_last(catalogue):
    model = ProductListModel(catalogue)
    model.sort(Column.PRICE, Qt.SortOrder.AscendingOrder)
    # 9.90 < 39.90 < 128.00 (as text "128.00" < "39.90" < "9.90"); no price last
    assert skus(model) == ["HON-002", "WAL-001", "MIL-003", "TEA-004"]
    assert model.index(0, Column.PRICE).data() == "9.90"
    model.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    assert skus(model) == ["MIL-003", "WAL-001", "HON-002", "TEA-004"]


def test_sort_by_stock_is_numeric(catalogue):
    model = ProductListModel(catalogue)
    model.sort(Column.STOCK, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, Column.STOCK).data() for r in range(4)] == ["5", "40", "50", "300"]


def test_sort_keeps_persistent_indexes_on_their_product(catalogue):
    model = ProductListModel(catalogue)
    kept = QPersistentModelIndex(model.index(model.row_of("MIL-003"), Column.NAME))
    model.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 0 and kept.data(SkuRole) == "MIL-003"


def test_roles_alignment_tooltip_and_low_stock(catalogue):
    model = ProductListModel(catalogue)
    honey = model.row_of("HON-002")
    stock = model.index(honey, Column.STOCK)
    assert stock.data() == "5"
    assert "Low stock" in stock.data(Qt.ItemDataRole.ToolTipRole)
    assert stock.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not stock.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert stock.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(honey, Column.PRICE).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert not model.index(honey, Column.NAME).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    walnut = model.row_of("WAL-001")
    assert model.index(walnut, Column.STOCK).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(walnut, Column.ORIGIN).data() == "云南漾濞"
    assert model.index(walnut, Column.CATEGORY).data() == "Nuts"
    assert model.index(walnut, Column.SKU).data(SkuRole) == "WAL-001"


def test_headers_are_translated_text(catalogue):
    model = ProductListModel(catalogue)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert titles[Column.SKU] == "SKU" and titles[Column.NAME] == "Name"
    assert model.headerData(99, Qt.Orientation.Horizontal) is None


def test_refresh_reloads_after_a_stock_move(catalogue):
    model = ProductListModel(catalogue)
    changes = catalogue.move_stock("WAL-001", "sell", 8)
    model.refresh(changes)
    assert model.index(model.row_of("WAL-001"), Column.STOCK).data() == "42"


def test_first_page_then_the_rest(qtmodeltester, qtbot, catalogue):
    full = skus(ProductListModel(catalogue))
    model = ProductListModel(None)
    model.set_source(catalogue, first_page=2)
    assert skus(model) == full[:2]
    assert model.total_count() == 4 and not model.fully_loaded
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.load_rest()
    assert inserted.args[1:] == [2, 3]
    assert skus(model) == full and model.fully_loaded
    qtmodeltester.check(model, force_py=True)
    model.load_rest()  # nothing left: no change
    assert skus(model) == full


@pytest.mark.parametrize("action", [lambda m: m.sort(Column.PRICE, Qt.SortOrder.AscendingOrder),
                                    lambda m: m.set_query("he")])
def test_sorting_or_searching_a_first_page_uses_every_row(catalogue, action):
    expected = ProductListModel(catalogue)
    action(expected)
    model = ProductListModel(None)
    model.set_source(catalogue, first_page=1)
    action(model)
    assert model.fully_loaded and skus(model) == skus(expected)


def test_first_page_is_ignored_when_rows_are_sorted_otherwise(catalogue):
    model = ProductListModel(None)
    model.sort(Column.STOCK, Qt.SortOrder.DescendingOrder)
    model.set_source(catalogue, first_page=1)
    assert model.fully_loaded and model.rowCount() == 4


def test_origin_column_shows_province_and_county_with_the_full_origin_as_tooltip(catalogue):
    from villagecast.core.product import Product

    catalogue.add(Product(sku="ZZ-TEA", name_zh="白茶", origin_province="浙江省", origin_county="安吉县",
                          origin_town="溪龙乡", origin_village="黄杜村"))
    model = ProductListModel(catalogue)
    index = model.index(model.row_of("ZZ-TEA"), Column.ORIGIN)
    assert index.data() == "浙江省安吉县"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "浙江省安吉县溪龙乡黄杜村"
