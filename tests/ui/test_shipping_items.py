"""Packaging presets and fee profiles edited in place: each edit one undo step, refused values stay red."""

from __future__ import annotations

from decimal import Decimal

import pytest

from villagecast.ui import metrics
from villagecast.ui import settings as config

BOX = "示例·5斤/10斤水果双层纸箱"


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
    return win


def column(tab, key):
    return next(i for i, c in enumerate(tab.spec.columns) if c.key == key)


def type_cell(tab, name, key, text):
    """Type into a cell as the delegate stores it (itemChanged, as after Enter)."""
    tab.table.item(tab.row_of(name), column(tab, key)).setText(text)


def test_a_preset_edit_is_one_undo_step(window, context):
    tab = window.presets
    window.tabs.setCurrentWidget(tab)
    type_cell(tab, BOX, "dims", "42×32×26")
    preset = context.shipping.preset(BOX)
    assert preset.dims == (Decimal(42), Decimal(32), Decimal(26))
    assert tab.table.item(tab.row_of(BOX), column(tab, "dims")).text() == "42×32×26"
    type_cell(tab, BOX, "cost_fen", "３.８")  # full-width, from a Chinese input method
    assert context.shipping.preset(BOX).cost_fen == 380
    assert context.undo_stack.count() == 2
    window.undo_action.trigger()
    assert context.shipping.preset(BOX).cost_fen == 350
    window.undo_action.trigger()
    preset = context.shipping.preset(BOX)
    assert preset.dims == (Decimal(40), Decimal(30), Decimal(25))
    assert tab.table.item(tab.row_of(BOX), column(tab, "dims")).text() == "40×30×25"
    window.redo_action.trigger()
    assert context.shipping.preset(BOX).dims[0] == Decimal(42)


def test_a_renamed_preset_is_followed_by_undo_and_redo(window, context):
    tab = window.presets
    type_cell(tab, BOX, "name", "水果箱")
    type_cell(tab, "水果箱", "tare_g", "650")
    assert context.shipping.preset("水果箱").tare_g == 650
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert context.shipping.preset(BOX).tare_g == 600
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert context.shipping.preset("水果箱").tare_g == 650


def test_a_refused_value_stays_red_with_the_reason_and_is_not_saved(window, context):
    tab = window.presets
    type_cell(tab, BOX, "tare_g", "六百")
    cell = tab.table.item(tab.row_of(BOX), column(tab, "tare_g"))
    assert cell.text() == "六百" and cell.foreground().color().name() == metrics.DANGER_COLOR
    assert "not a whole number" in cell.toolTip() and "六百" in tab.message.text()
    assert context.shipping.preset(BOX).tare_g == 600 and context.undo_stack.count() == 0
    type_cell(tab, BOX, "cost_fen", "4")  # another edit saves; the refused cell keeps its text
    cell = tab.table.item(tab.row_of(BOX), column(tab, "tare_g"))
    assert cell.text() == "六百" and not tab.message.isHidden()
    type_cell(tab, BOX, "dims", "0×30×25")  # the core refuses a box of no size
    assert "cm is not a usable size" in tab.message.text()
    type_cell(tab, BOX, "tare_g", "600")
    type_cell(tab, BOX, "dims", "40×30×25")
    assert tab.message.isHidden() and not tab.bad
    # a name another preset has
    type_cell(tab, BOX, "name", "示例·小号纸箱")
    assert "appears twice" in tab.message.text() and context.shipping.preset(BOX)


def test_add_and_delete_presets_are_undoable(window, context):
    tab = window.presets
    count = len(context.shipping.presets())
    assert tab.add_item()
    assert len(context.shipping.presets()) == count + 1
    new = context.shipping.preset("New box")
    assert tab.table.currentRow() == tab.row_of("New box")
    assert tab.add_item() and context.shipping.preset("New box 2")
    tab.table.setCurrentCell(tab.row_of("New box"), 0)
    assert tab.delete_selected()
    assert [p.name for p in context.shipping.presets()].count("New box") == 0
    window.undo_action.trigger()
    assert context.shipping.preset("New box").dims == new.dims
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(context.shipping.presets()) == count
    window.redo_action.trigger()
    assert context.shipping.preset("New box")


def test_fee_profile_edits_reach_the_plan(window, context):
    tab = window.profiles
    name = "示例·快手小店"
    type_cell(tab, name, "platform_pct", "6%")
    assert context.shipping.profile(name).platform_pct == Decimal(6)
    total = tab.table.item(tab.row_of(name), column(tab, "total")).text()
    assert total == "7.1"
    plan = window.plan
    plan.fees.setCurrentIndex(plan.fees.findData(name))
    assert plan.order.fees_pct == Decimal("7.1")
    type_cell(tab, name, "valid_from", "2026-01-01")
    assert context.shipping.profile(name).valid_from == "2026-01-01"
    type_cell(tab, name, "valid_to", "2025-12-31")
    assert "before it starts" in tab.message.text() and context.shipping.profile(name).valid_to is None
    type_cell(tab, name, "valid_to", "2026-13-01")
    assert "not a date" in tab.message.text()
    type_cell(tab, name, "valid_to", "")  # back to what is stored: nothing to save, nothing refused
    assert tab.message.isHidden() and context.undo_stack.count() == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    profile = context.shipping.profile(name)
    assert profile.platform_pct == Decimal(5) and not profile.valid_from
    assert plan.order.fees_pct == Decimal("6.1")  # the plan followed the undo
