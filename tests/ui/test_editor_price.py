"""The editor's Price section: the reference price (原价), setting the live price, the chart and its data."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from villagecast.ui.editor import price_chart as pc

UTC = timezone.utc
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def window(main_window):
    return main_window("WAL-001", "price")


def price(win):
    return win.editor.panel("price")


def history(panel) -> list[tuple[str, ...]]:
    model = panel.table.model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def set_price(panel, text: str) -> None:
    panel.field.clear()
    panel.field.insert(text)
    panel.field.returnPressed.emit()


def at(day: int, hour: int = 8) -> str:
    return (datetime(2026, 11, 1, hour, tzinfo=UTC) + timedelta(days=day)).isoformat()


APPLE = [  # a month of SX-APPLE-5KG-like history (price_history rows, oldest first)
    {"id": 1, "kind": "cost", "price_fen": 2800, "at": at(0)},
    {"id": 2, "kind": "floor", "price_fen": 4590, "at": at(0)},
    {"id": 3, "kind": "list", "price_fen": 6990, "at": at(0)},
    {"id": 4, "kind": "live", "price_fen": 5990, "at": at(0)},
    {"id": 5, "kind": "live", "price_fen": 5490, "at": at(16, 18)},
    {"id": 6, "kind": "live", "price_fen": 4990, "at": at(30)},
]


def test_the_reference_price_shown_is_the_catalogues(qtbot, window, context):
    panel = price(window)
    expected = context.catalogue.reference_price("WAL-001")
    assert expected == 3990 and panel.reference == expected
    assert "¥39.90" in panel.reference_label.text() and "¥39.90" in panel.live.text()
    assert "原价" in panel.explain.text()
    window.select_sku("TEA-004")  # never had a live price: nothing may be called 原价
    assert context.catalogue.reference_price("TEA-004") is None and panel.reference is None
    assert "none" in panel.reference_label.text() and "原价" in panel.reference_label.text()


def test_setting_the_live_price_updates_chart_and_history_and_undoes(qtbot, window, context):
    panel = price(window)
    set_price(panel, "３５．５")  # full-width, as a Chinese input method types it
    assert context.catalogue.get("WAL-001").live_price_fen == 3550
    assert "¥35.50" in panel.live.text() and panel.field.text() == "35.50"
    assert history(panel)[0][1:] == ("Live price", "¥35.50")
    assert panel.chart.data.lines["live"][-1].fen == 3550 and panel.chart.data.lines["live"][0].fen == 3990
    assert panel.reference == 3990 and "¥39.90" in panel.reference_label.text()  # today's change: not yet
    assert "Live price" in window.undo_action.text()
    context.undo_stack.undo()
    assert context.catalogue.get("WAL-001").live_price_fen == 3990
    assert [r[1:] for r in history(panel) if r[1] == "Live price"] == [("Live price", "¥39.90")]
    assert [s.fen for s in panel.chart.data.lines["live"]] == [3990] and panel.field.text() == "39.90"


def test_warnings_are_shown_beside_the_field_and_the_price_is_saved(qtbot, window, context):
    panel = price(window)
    panel.set_button.click()  # the same price again: nothing to do
    assert context.undo_stack.count() == 0
    set_price(panel, "15")
    assert context.catalogue.get("WAL-001").live_price_fen == 1500
    assert panel.issue.isVisible() and panel.issue.severity == "warning"
    assert "below the cost of 20.00" in panel.issue.text()
    set_price(panel, "70")
    assert "above the list price of 59.90" in panel.issue.text()
    set_price(panel, "45")
    assert not panel.issue.isVisible()


@pytest.mark.parametrize("text, words", [("12.345", "more than two decimals"), ("abc", "not a number"),
                                         ("-3", "cannot be negative"), ("", "required")])
def test_refused_price_text_stays_with_its_message(qtbot, window, context, text, words):
    panel = price(window)
    set_price(panel, text)
    assert panel.issue.isVisible() and panel.issue.severity == "error" and words in panel.issue.text()
    assert panel.field.text() == text
    assert context.catalogue.get("WAL-001").live_price_fen == 3990 and context.undo_stack.count() == 0
    panel.retranslate()  # a refill (language switch, another write) keeps the typed text and its message
    assert panel.field.text() == text and words in panel.issue.text()
    set_price(panel, "38")
    assert not panel.issue.isVisible() and context.catalogue.get("WAL-001").live_price_fen == 3800


def test_the_range_buttons_change_the_chart_period(qtbot, window, context):
    panel = price(window)
    now = context.catalogue.clock()
    assert (now - panel.chart.data.start).days in (30, 31)
    panel.range_buttons[1].click()
    assert panel.days == 90 and (now - panel.chart.data.start).days in (90, 91)
    panel.range_buttons[2].click()
    assert panel.days is None and panel.chart.data.start <= min(pc.moment(r["at"]) for r in panel.rows)
    window.select_sku("HON-002")  # the chosen period stays for the next product
    assert panel.days is None and panel.range_buttons[2].isChecked()


def test_tab_goes_from_the_price_field_to_the_chart_period(qtbot, window):
    panel = price(window)
    panel.field.setFocus()
    qtbot.waitUntil(panel.field.hasFocus)
    for expected in (panel.set_button, panel.range_buttons[0]):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        assert expected.hasFocus()


def test_the_price_history_model_passes_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(price(window).table.model())


# --- the chart's data, without painting ------------------------------------------------------------
def test_steps_start_with_the_price_in_force_and_follow_each_change():
    changes = pc.changes_by_kind(APPLE)["live"]
    start, end = datetime(2026, 10, 25, tzinfo=UTC), NOW
    assert [(s.start, s.fen) for s in pc.steps(changes, start, end)] == [
        (pc.moment(at(0)), 5990), (pc.moment(at(16, 18)), 5490), (pc.moment(at(30)), 4990)]
    later = pc.steps(changes, datetime(2026, 11, 20, tzinfo=UTC), end)
    assert [(s.start.day, s.fen) for s in later] == [(20, 5490), (1, 4990)] and later[-1].end == end
    cleared = pc.steps([(pc.moment(at(0)), 100), (pc.moment(at(5)), None), (pc.moment(at(9)), 200)], start, end)
    assert [s.fen for s in cleared] == [100, None, 200]
    assert pc.steps(changes, start, datetime(2026, 10, 30, tzinfo=UTC)) == []  # nothing set yet


def test_price_ticks_are_round_and_cover_the_values():
    assert pc.nice_step(1047.5) == 2000 and pc.nice_step(3) == 5 and pc.nice_step(0.2) == 1
    assert pc.price_ticks([2800, 6990]) == [2000, 4000, 6000, 8000]
    ticks = pc.price_ticks([4990, 5490])
    assert ticks[0] <= 4990 and ticks[-1] >= 5490 and len(ticks) <= 6
    assert [pc.tick_label(t, ticks) for t in ticks] == ["¥48", "¥50", "¥52", "¥54", "¥56"]
    assert pc.tick_label(4950, [4900, 4950]) == "¥49.5" and pc.tick_label(4995, [4990, 4995]) == "¥49.95"
    assert pc.price_ticks([990]) == [850, 900, 950, 1000, 1050, 1100]  # one price: a band around it


def test_day_ticks_end_today_and_fit_the_labels():
    start, end = datetime(2026, 11, 1, tzinfo=UTC), NOW
    ticks = pc.day_ticks(start, end, 7, UTC)
    assert ticks[-1] == date(2026, 12, 1) and ticks[0] >= date(2026, 11, 1) and len(ticks) <= 7
    assert len({(b - a).days for a, b in zip(ticks, ticks[1:])}) == 1
    assert len(pc.day_ticks(start, end, 40, UTC)) == 31  # room for every day


def test_chart_data_shades_the_reference_window_and_spans_the_period():
    data = pc.chart_data(APPLE, 5490, NOW, 30, UTC)
    assert data.start == datetime(2026, 11, 1, tzinfo=UTC) and data.end == NOW
    assert data.window == (datetime(2026, 11, 24, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
    assert set(data.lines) == {"live", "list", "floor", "cost"} and data.reference == 5490
    assert data.low <= 2800 and data.high >= 6990 and not data.empty
    assert pc.chart_data(APPLE, 5490, NOW, 90, UTC).start == datetime(2026, 9, 2, tzinfo=UTC)
    everything = pc.chart_data(APPLE, 5490, NOW, None, UTC)
    assert everything.start == datetime(2026, 11, 1, tzinfo=UTC)
    assert pc.chart_data([], None, NOW, 30, UTC).empty


def has_color(image: QImage, color: str) -> bool:
    wanted = QColor(color).rgb()
    return any(image.pixel(x, y) == wanted for x in range(0, image.width(), 2) for y in range(image.height()))


@pytest.mark.parametrize("width, point_size", [(400, 11), (520, 11), (560, 22)])
def test_the_chart_paints_at_small_widths_and_large_fonts(qtbot, width, point_size):
    chart = pc.PriceChart()
    qtbot.addWidget(chart)
    font = chart.font()
    font.setPointSize(point_size)
    chart.setFont(font)  # what View > UI scale does through the application font
    assert chart.minimumSizeHint().width() <= 400 and chart.sizeHint().width() == 520
    chart.resize(width, chart.sizeHint().height())
    chart.set_data(pc.chart_data(APPLE, 5490, NOW, 30, UTC))
    image = chart.grab().toImage()
    assert has_color(image, pc.COLORS["live"]) and has_color(image, pc.COLORS["floor"])
    chart.set_data(pc.chart_data([], None, NOW, 30, UTC))
    assert not has_color(chart.grab().toImage(), pc.COLORS["live"])  # a message, no lines
