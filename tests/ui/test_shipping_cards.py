"""The Rate cards tab: GBK import and undo, a refused file, typing a card, editing, export, delete, examples."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit

from villagecast.core.shipping import csvio
from villagecast.core.shipping.engine import Shipment, quote
from villagecast.ui import settings as config
from villagecast.ui.shipping import dialogs
from villagecast.ui.shipping.card_grid import COLUMN

HEADER = "快递公司,服务,始发省,区域,目的省份,计价方式,起始重量,截止重量,首重,首重价格,续重步长,续重价格,面单费,每公斤价格,取整,抛比,生效日期\n"
GOOD = HEADER + (
    "中通洛川网点,电商件,陕西,省内,陕西,首重续重,0,,1,3.2,1,0.7,,,向上取整,8000,2026-11-01\n"
    "中通洛川网点,电商件,陕西,江浙沪,江苏、浙江、上海,首重续重,0,,1,4.3,1,1.8,,,向上取整,8000,2026-11-01\n"
    "中通洛川网点,电商件,陕西,广东,广东,首重续重,0,3,1,4.5,1,2,,,向上取整,8000,2026-11-01\n"
    "中通洛川网点,电商件,陕西,广东,广东,首重续重,3,,1,4.5,1,1.6,,,向上取整,8000,2026-11-01\n"
    "韵达洛川网点,电商件,陕西,北方,北京/天津/河北,面单费+重量,0,,1,,1,,2.5,1.1,向上取整,,2026-11-01\n"
)


@pytest.fixture
def context(demo_context):
    """The shipping window works on the demo catalogue (example cards, presets, profiles)."""
    return demo_context


@pytest.fixture
def window(qtbot, context):
    from villagecast.ui.shipping import ShippingWindow

    win = ShippingWindow(context, config.Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.cards)
    return win


def keys(context):
    return {card.key for card in context.shipping.cards()}


def test_a_gbk_file_from_excel_imports_as_one_undo_step(window, context, tmp_path):
    path = tmp_path / "网点报价.csv"
    path.write_bytes(GOOD.encode("gb18030"))
    before = keys(context)
    tab = window.cards
    assert tab.import_file(str(path))
    added = keys(context) - before
    assert added == {("中通洛川网点", "电商件", "610000", "2026-11-01"), ("韵达洛川网点", "电商件", "610000", "2026-11-01")}
    assert "Imported 2 card" in tab.status.text()  # "card(s)" until the en plurals are built
    assert tab.table.rowCount() == len(context.shipping.cards())  # the list follows
    zto = next(c for c in context.shipping.cards() if c.carrier == "中通洛川网点")
    assert [z.name for z in zto.zones] == ["省内", "江浙沪", "广东"] and len(zto.zones[2].bands) == 2
    assert window.undo_action.isEnabled() and "网点报价.csv" in window.undo_action.text()
    window.undo_action.trigger()
    assert keys(context) == before
    window.redo_action.trigger()
    assert keys(context) == before | added
    # the same file again replaces its own cards, and says so
    assert tab.import_file(str(path))
    assert keys(context) == before | added and "They replace" in tab.status.text()
    window.undo_action.trigger()
    assert keys(context) == before | added  # the first import's copies are back


def test_a_file_with_bad_rows_lists_every_line_and_imports_nothing(window, context, tmp_path):
    bad = GOOD.replace("1,4.3,1,1.8", "1,四块三,1,1.8").replace("陕西,广东,广东,首重续重,3", "陕西,广东,广东、火星,首重续重,3")
    path = tmp_path / "bad.csv"
    path.write_bytes(bad.encode("gb18030"))
    before = keys(context)
    tab = window.cards
    assert not tab.import_file(str(path))
    assert keys(context) == before and context.undo_stack.count() == 0
    dialog = tab.problems_dialog
    assert dialog is not None and dialog.isVisible()
    lines = dialog.lines()
    assert any(line.startswith("Line 3:") and "四块三" in line for line in lines)
    assert any(line.startswith("Line 5:") and "火星" in line for line in lines)
    assert "nothing was imported" in dialog.intro.text()
    dialog.close()


@pytest.mark.parametrize("data, words", [(b"\xff\xfe\xff carrier", "neither UTF-8 nor GBK"),
                                         (b"x" * (csvio.MAX_BYTES + 1), "too large")])
def test_a_file_that_is_not_a_rate_card_csv_is_refused_with_the_reason(window, context, tmp_path, data, words):
    path = tmp_path / "odd.csv"
    path.write_bytes(data)
    before = keys(context)
    assert not window.cards.import_file(str(path))
    lines = window.cards.problems_dialog.lines()
    assert keys(context) == before and len(lines) == 1
    assert words in lines[0] and "{" not in lines[0]


def test_export_writes_the_selected_cards_with_chinese_headers(window, context, tmp_path):
    tab = window.cards
    tab.origin.set_code("610000")
    assert all(card.origin == "610000" for card in tab.cards) and tab.cards
    tab.table.selectRow(0)
    tab.chinese_headers.setChecked(True)
    path = tmp_path / "out.csv"
    assert tab.export_file(str(path), tab.selected_cards())
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + "快递公司".encode())
    back = csvio.read_cards(data)
    assert [c.key for c in back] == [tab.cards[0].key]
    assert back[0].zones == tab.cards[0].zones


def test_delete_asks_first_and_undo_brings_the_cards_back(window, context, monkeypatch):
    tab = window.cards
    tab.table.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    tab.table.selectionModel().select(tab.table.model().index(1, 0), flags)
    chosen = tab.selected_cards()
    assert len(chosen) == 2
    before = keys(context)
    monkeypatch.setattr(dialogs, "ask", lambda *args: False)
    assert not tab.delete_selected()
    assert keys(context) == before
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    assert tab.delete_selected()
    assert keys(context) == before - {c.key for c in chosen}
    window.undo_action.trigger()
    assert keys(context) == before
    restored = next(c for c in context.shipping.cards() if c.key == chosen[0].key)
    assert restored.zones == chosen[0].zones


def test_example_cards_for_an_origin_are_marked_and_undoable(window, context):
    tab = window.cards
    before = keys(context)
    assert tab.add_examples("460000")  # 海南: no demo product comes from there
    added = [c for c in context.shipping.cards() if c.key not in before]
    assert added and all(c.example and c.origin == "460000" for c in added)
    tab.origin.set_code("460000")
    assert tab.table.rowCount() == len(added)
    assert {tab.table.item(row, 6).text() for row in range(tab.table.rowCount())} == {"EXAMPLE"}
    window.undo_action.trigger()
    assert keys(context) == before


def fill_card(dialog):
    w = dialog.widgets
    w["carrier"].setText("顺丰洛川")
    w["service"].setText("标快")
    w["origin"].set_code("610000")
    w["pricing_model"].setCurrentIndex(w["pricing_model"].findData("first_additional"))
    w["first"].setText("1")
    w["step"].setText("1")
    w["divisor"].set_value(8000)
    w["valid_from"].setText("2026-12-01")
    grid = dialog.grid
    grid.set_text(0, "zone", "华南")
    grid.set_text(0, "provinces", "广东、广西")
    grid.set_text(0, "first_price", "12")
    grid.set_text(0, "additional_price", "2")
    grid.set_text(0, "remote_fee", "1.5")
    row = grid.add_row()
    grid.set_text(row, "zone", "华东")
    grid.set_text(row, "provinces", "上海，江苏")
    grid.set_text(row, "band_max_kg", "3")
    grid.set_text(row, "first_price", "13")
    grid.set_text(row, "additional_price", "3")
    row = grid.add_row()
    grid.set_text(row, "band_max_kg", "")
    grid.set_text(row, "first_price", "13")
    grid.set_text(row, "additional_price", "2.5")


def test_a_typed_card_saves_as_one_undo_step_and_quotes(window, context):
    tab = window.cards
    dialog = tab.open_editor(None)
    assert dialog.isVisible()
    fill_card(dialog)
    assert dialog.save()
    assert not dialog.isVisible()
    card = next(c for c in context.shipping.cards() if c.carrier == "顺丰洛川")
    assert card.key == ("顺丰洛川", "标快", "610000", "2026-12-01") and card.divisor == 8000
    assert [z.name for z in card.zones] == ["华南", "华东"]
    east = card.zones[1]
    assert east.provinces == ["310000", "320000"]
    assert [(b.min_g, b.max_g) for b in east.bands] == [(0, 3000), (3000, None)]  # empty "from" follows the band above
    assert card.zones[0].surcharges[0].kind == "remote" and card.zones[0].surcharges[0].amount == 150
    q = quote(card, "广东", Shipment(5600, dims_cm=(Decimal(40), Decimal(30), Decimal(20))))
    assert (q.chargeable_g, q.freight_fen, q.total_fen) == (6000, 1200 + 5 * 200, 2200 + 150)
    q = quote(card, "江苏", Shipment(5600))
    assert q.freight_fen == 1300 + 5 * 250
    assert tab.table.selectedItems() and tab.selected_cards()[0].key == card.key
    window.plan.show_product("SX-APPLE-5KG")
    guangdong = window.plan.plan_for("440000")
    assert any(o.card.key == card.key and o.quote is not None for o in guangdong.options)
    window.undo_action.trigger()
    assert card.key not in keys(context)


def test_a_refused_card_shows_each_reason_beside_its_field_or_row(window, context):
    before = keys(context)
    window.plan.show_product("SX-APPLE-5KG")
    dialog = window.cards.open_editor(None)
    assert dialog.widgets["origin"].code() == "610000"  # a new card starts from the planned product's origin
    fill_card(dialog)
    dialog.widgets["carrier"].setText("")
    dialog.widgets["first"].setText("一公斤")
    dialog.grid.set_text(0, "provinces", "广东、火星")
    dialog.grid.set_text(1, "first_price", "")
    dialog.grid.set_text(2, "provinces", "浙江")  # a continuation row of 华东 naming other provinces
    dialog.widgets["divisor"].set_value(None)
    dialog.widgets["divisor"].choice.setCurrentIndex(4)  # other:
    dialog.widgets["divisor"].other.setText("五千")
    assert not dialog.save()
    assert "五千" in dialog.issue_labels["divisor"].text()
    assert "Row 3" in dialog.grid_issues.text() and "differs from the zone's first row" in dialog.grid_issues.text()
    dialog.grid.set_text(2, "provinces", "")
    dialog.widgets["divisor"].other.setText("6000")
    assert dialog.isVisible() and keys(context) == before and context.undo_stack.count() == 0
    assert "一公斤" in dialog.issue_labels["first_g"].text()
    assert "火星" in dialog.grid_issues.text() and "Row 1" in dialog.grid_issues.text()
    dialog.widgets["first"].setText("1")
    dialog.grid.set_text(0, "provinces", "广东、广西")
    assert not dialog.save()  # now the core: no carrier, a band without its first price
    assert "required" in dialog.issue_labels["carrier"].text()
    assert "Row 2" in dialog.grid_issues.text()
    cell = dialog.grid.item(1, COLUMN["first_price"])
    assert "Weight band: the prices this pricing model needs are missing" in cell.toolTip()
    assert not dialog.grid.item(1, COLUMN["additional_price"]).toolTip()  # only the missing price is marked
    assert "First weight + continued weight" in cell.toolTip()  # the model by name, not its code
    dialog.widgets["carrier"].setText("顺丰洛川")
    dialog.grid.set_text(1, "first_price", "13")
    assert dialog.save()
    assert len(keys(context)) == len(before) + 1
    assert next(c for c in context.shipping.cards() if c.carrier == "顺丰洛川").divisor == 6000


def test_editing_a_card_replaces_it_and_undo_puts_the_old_one_back(window, context):
    tab = window.cards
    tab.origin.set_code("610000")
    tab.table.selectRow(0)
    original = tab.selected_cards()[0]
    count = len(context.shipping.cards())
    dialog = tab.open_editor(original)
    assert dialog.grid.rowCount() == sum(len(z.bands) for z in original.zones)
    dialog.widgets["service"].setText("电商件（新价）")
    dialog.grid.set_text(0, "first_price", "3.30")
    assert dialog.save()
    edited = next(c for c in context.shipping.cards() if c.service == "电商件（新价）")
    assert len(context.shipping.cards()) == count and original.key not in keys(context)
    assert edited.zones[0].bands[0].first_price == 330 and edited.example == original.example
    window.undo_action.trigger()
    assert original.key in keys(context) and edited.key not in keys(context)
    window.redo_action.trigger()
    assert original.key not in keys(context) and edited.key in keys(context)
    assert len(context.shipping.cards()) == count


def test_enter_in_the_grid_moves_to_the_next_cell(qtbot, window):
    dialog = window.cards.open_editor(None)
    qtbot.waitExposed(dialog)
    grid = dialog.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    grid.editItem(grid.item(0, 0))
    editor = grid.viewport().findChild(QLineEdit)
    editor.insert("华北")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.text(0, "zone") == "华北")  # the delegate commits on a queued call
    assert grid.currentColumn() == 1
    assert grid.state() == grid.State.EditingState  # the next cell is open for typing
