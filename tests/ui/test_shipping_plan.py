"""The 包邮 plan tab on a copy of the demo catalogue: margins to the fen, the map, the breakdown, the CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from villagecast.core.money import format_fen
from villagecast.core.shipping import planner
from villagecast.core.shipping.planner import Order
from villagecast.ui import formats, metrics
from villagecast.ui import settings as config

APPLE = "SX-APPLE-5KG"


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


def apple_plan(window, context, preset=None, profile=None, price_fen=None, target_fen=0, quantity=1):
    """What the planner itself says for the inputs the tab shows."""
    product = context.catalogue.get(APPLE)
    fees = planner.fee_pct(profile)
    order = Order(product, quantity, preset, price_fen, fees)
    return planner.plan(order, context.shipping.cards(), target_fen, date.today())


def column_texts(tab, column):
    model = tab.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_plan_for_apples_shows_31_provinces_with_the_planners_margins(window, context):
    assert window.show_product(APPLE)
    tab = window.plan
    assert window.tabs.currentWidget() is tab
    assert tab.price.text() == "49.90"  # prefilled from the product's live price
    profile = tab.inputs.profile()
    assert profile is not None  # a fee profile in force today is chosen at first
    expected = apple_plan(window, context, profile=profile, price_fen=4990)
    assert tab.model.rowCount() == 31
    assert column_texts(tab, 0) == [p.province.english for p in expected]  # English UI: English names
    assert column_texts(tab, 4) == [formats.money(p.best.margin_fen) if p.best else "" for p in expected]
    assert column_texts(tab, 5) == [formats.money(p.best.break_even_fen) if p.best else "" for p in expected]
    assert column_texts(tab, 3) == [formats.money(p.best.quote.total_fen) if p.best else "" for p in expected]
    guangdong = next(p for p in expected if p.province.code == "440000")
    row = tab.model.row_of("440000")
    assert tab.model.index(row, 6).data().startswith(
        {"free": "Free shipping", "charge": "Buyer pays shipping", "not_delivered": "Do not deliver"}[guangdong.policy])


def test_inputs_recompute_the_plan_at_once(window, context):
    window.show_product(APPLE)
    tab = window.plan
    tab.packaging.setCurrentIndex(tab.packaging.findData("示例·5斤/10斤水果双层纸箱"))
    tab.fees.setCurrentIndex(tab.fees.findData("示例·抖音生鲜果蔬"))
    tab.price.setText("39.90")
    tab.target.setText("3")
    tab.quantity.setValue(2)
    book = context.shipping
    expected = apple_plan(window, context, book.preset("示例·5斤/10斤水果双层纸箱"), book.profile("示例·抖音生鲜果蔬"),
                          3990, 300, quantity=2)
    assert [p.best.margin_fen if p.best else None for p in tab.plans] == \
        [p.best.margin_fen if p.best else None for p in expected]
    assert [p.policy for p in tab.plans] == [p.policy for p in expected]
    assert column_texts(tab, 4) == [formats.money(p.best.margin_fen) if p.best else "" for p in expected]
    # a price the anchor is still typing is refused with its reason, and the result cleared
    tab.price.setText("39.9元x")
    assert tab.model.rowCount() == 0 and not tab.issues.isHidden()
    assert "not a number" in tab.issues.text()
    tab.price.setText("39.90")
    assert tab.model.rowCount() == 31 and tab.issues.isHidden()


def test_the_map_colours_follow_the_margin_and_the_target(window, context):
    window.show_product(APPLE)
    tab = window.plan
    tab.target.setText("5")
    grid = tab.grid
    assert len(grid.plans) == 31
    for plan in tab.plans:
        color = grid.color_of(plan.province.code)
        if plan.policy == "not_delivered":
            assert color == metrics.MUTED_COLOR
        elif plan.best.margin_fen < 0:
            assert color == metrics.DANGER_COLOR
        elif plan.best.margin_fen < 500:
            assert color == metrics.WARNING_COLOR
        else:
            assert color == metrics.OK_COLOR
    colours = {grid.color_of(p.province.code) for p in tab.plans}
    assert metrics.OK_COLOR in colours and len(colours) >= 3


def test_picking_a_province_on_the_map_shows_every_option_and_the_breakdown(qtbot, window, context):
    window.show_product(APPLE)
    tab = window.plan
    tab.packaging.setCurrentIndex(tab.packaging.findData("示例·5斤/10斤水果双层纸箱"))
    with qtbot.waitSignal(tab.grid.selected):
        qtbot.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=tab.grid.tile_rect("440000").center())
    assert tab.current_code() == "440000"
    plan = tab.plan_for("440000")
    detail = tab.detail
    assert detail.options.rowCount() == len(plan.options) >= 2
    assert detail.selected_option() is plan.best
    text = detail.breakdown.toPlainText()
    assert "Zone:" in text and "Margin:" in text
    assert f"= {format_fen(plan.best.margin_fen)}" in text
    # another carrier's option: its own quote lines
    other = next(row for row, option in enumerate(plan.options) if option is not plan.best and option.quote)
    detail.options.selectRow(other)
    assert detail.selected_option() is plan.options[other]
    assert format_fen(plan.options[other].quote.total_fen) in detail.breakdown.toPlainText()
    # the choice stays through a recompute of the same province
    tab.target.setText("1")
    assert detail.selected_option().card.key == plan.options[other].card.key
    # arrow keys walk the map: Guangdong -> Fujian to the east
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right)
    assert tab.current_code() == "350000"


def test_the_policy_exports_as_csv_with_headers_in_the_ui_language(window, context, tmp_path):
    window.show_product(APPLE)
    tab = window.plan
    tab.target.setText("5")
    path = tmp_path / "policy.csv"
    tab.write_policy(str(path))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Province code", "Province", "Policy", "Buyer pays (yuan)", "Carrier", "Zone",
                       "Shipping (yuan)", "Margin (yuan)", "Break-even price (yuan)", "Reason"]
    assert len(rows) == 32
    by_code = {row[0]: row for row in rows[1:]}
    for plan in tab.plans:
        row = by_code[plan.province.code]
        assert row[1] == plan.province.name
        assert row[3] == (format_fen(plan.charge_fen) if plan.policy == "charge" else "")
        assert row[7] == (format_fen(plan.best.margin_fen) if plan.best else "")
        assert row[8] == (format_fen(plan.best.break_even_fen) if plan.best else "")
        if plan.policy == "not_delivered":
            assert row[2] == "Do not deliver" and row[9]
    assert {row[2] for row in rows[1:]} <= {"Free shipping", "Buyer pays shipping", "Do not deliver"}


def test_the_product_picker_finds_a_product_by_pinyin_initials(qtbot, window):
    tab = window.plan
    picker = tab.product_box
    completer = picker.completer()
    completer.setCompletionPrefix("pg")  # 苹果
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert any(APPLE in text for text in found)
    completer.activated[str].emit(next(text for text in found if APPLE in text))
    assert picker.sku() == APPLE and tab.product.sku == APPLE
    assert tab.price.text() == "49.90"


def test_a_shipping_change_elsewhere_recomputes_the_plan(window, context):
    window.show_product(APPLE)
    tab = window.plan
    before = tab.model.rowCount()
    assert before == 31
    apple_origin = context.catalogue.get(APPLE).origin_province
    ids = [c.id for c in context.shipping.cards() if c.origin == "610000"]
    from villagecast.ui.shipping.commands import DeleteCards

    context.execute(DeleteCards(context, [c for c in context.shipping.cards() if c.id in ids], "delete"))
    assert apple_origin.startswith("陕西")
    assert {p.policy for p in tab.plans} == {"not_delivered"}
    assert all(any(code == "no_rate_card" for code, _ in p.reasons) for p in tab.plans)
    context.undo_stack.undo()
    assert {p.policy for p in tab.plans} != {"not_delivered"}


def test_the_plan_model_passes_the_model_tester(qtmodeltester, window):
    window.show_product(APPLE)
    qtmodeltester.check(window.plan.model)


def test_fee_percentages_reach_the_breakdown(window, context):
    window.show_product(APPLE)
    tab = window.plan
    tab.fees.setCurrentIndex(tab.fees.findData("示例·达人直播间带货"))
    assert tab.order.fees_pct == Decimal("26.6")
    tab.select_province("110000")
    assert "26.6%" in tab.detail.breakdown.toPlainText()


def test_a_long_province_name_is_drawn_smaller_before_it_is_cut_short(qapp):
    """Tiles are sized for three Chinese characters; English names such as Heilongjiang shrink to fit
    (not below NAME_SHRINK of the font), and only a name too long even then is elided."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

    from villagecast.ui.shipping.province_grid import NAME_SHRINK, ProvinceGrid

    class Recording(QPainter):
        def __init__(self, device):
            super().__init__(device)
            self.drawn = []

        def drawText(self, *args):  # noqa: N802 (Qt name)
            self.drawn.append((args[-1], self.font().pointSizeF()))
            super().drawText(*args)

    font = QFont(qapp.font())
    font.setPointSizeF(12)
    metrics = QFontMetrics(font)
    inner = QRect(0, 0, int(metrics.horizontalAdvance("Heilongjiang") * 0.8), metrics.lineSpacing() * 3)
    image = QImage(inner.width(), inner.height(), QImage.Format.Format_ARGB32)
    for name, shrunk, whole in (("北京", False, True), ("Heilongjiang", True, True),
                                ("Inner Mongolia Autonomous Region", True, False)):
        painter = Recording(image)
        painter.setFont(font)
        ProvinceGrid._draw_texts(painter, metrics, inner, name, "35.69")
        painter.end()
        (shown, size), (margin, margin_size) = painter.drawn
        assert (size < 12) == shrunk and size >= 12 * NAME_SHRINK - 0.01
        assert (shown == name) == whole and (whole or shown.endswith("\u2026"))
        assert (margin, margin_size) == ("35.69", 12)  # the margin keeps the tile's font
