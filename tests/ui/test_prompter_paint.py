"""What the prompter paints: mirror flips the frame, blank is black, live values, overlay and SOLD OUT."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from villagecast.ui.prompter import (
    Field,
    OverlayData,
    PrompterDocument,
    PrompterStyle,
    PrompterView,
    Segment,
)
from villagecast.ui.prompter.overlay import overlay_items
from villagecast.ui.prompter.style import DANGER, SCHEMES, WARNING

WALL = datetime(2026, 11, 20, 20, 15, 30).astimezone()


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def document() -> PrompterDocument:
    return PrompterDocument([
        Segment("open", "开场", "家人们晚上好，欢迎来到光明合作社的直播间。", "opening"),
        Segment("wal", "核桃", ["今天价格", Field("price", "39.90"), "元，一捏就开，香脆不涩，库存还剩",
                               Field("stock", "50"), "件。"], "product"),
        Segment("hon", "土蜂蜜", "柞水的土蜂蜜，一年只取一次，浓稠挂勺。", "product", sold_out=True),
        Segment("close", "结束", "感谢家人们的陪伴！", "closing"),
    ])


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def wall():
    return {"now": WALL}


@pytest.fixture
def view(qtbot, clock, wall):
    view = PrompterView(clock=clock, wall_clock=lambda: wall["now"])
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.set_style(PrompterStyle(font_px=72))
    view.set_document(document())
    return view


def frame(view) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def colours(image: QImage, rows=None, step: int = 2) -> set[int]:
    rows = rows or range(0, image.height(), step)
    return {image.pixel(x, y) & 0xFFFFFF for y in rows for x in range(0, image.width(), step)}


def rgb(name: str) -> int:
    return QColor(name).rgb() & 0xFFFFFF


@pytest.mark.parametrize("h, v", [(True, False), (False, True), (True, True)])
def test_mirror_flips_the_painted_frame(view, h, v):
    view.go_to_segment(1)
    view.set_overlay(OverlayData(name="核桃", price_text="¥39.90", stock=50))
    plain = frame(view)
    view.set_mirror(h, v)
    mirrored = frame(view)
    orientation = Qt.Orientation(0)
    if h:
        orientation |= Qt.Orientation.Horizontal
    if v:
        orientation |= Qt.Orientation.Vertical
    assert mirrored != plain
    assert mirrored == plain.flipped(orientation)  # every pixel, overlay and marker included


def test_blank_paints_black(view):
    view.go_to_segment(1)
    view.set_overlay(OverlayData(name="核桃", stock=3))
    view.set_style(PrompterStyle(font_px=72, scheme="black_on_white"))
    assert len(colours(frame(view))) > 2
    view.perform("blank")
    assert colours(frame(view), step=1) == {0}
    view.perform("blank")
    assert len(colours(frame(view))) > 2


def test_text_and_live_values_are_painted_in_their_colours(view):
    view.go_to_segment(1)
    seen = colours(frame(view), step=1)
    scheme = SCHEMES["white_on_black"]
    assert rgb(scheme.text) in seen and rgb(scheme.field) in seen and rgb(scheme.marker) in seen
    view.document().set_fields("wal", {"price": "19.90"})  # repainted in place
    assert "19.90" in view.document()[1].plain
    assert rgb(scheme.field) in colours(frame(view), step=1)


def test_countdown_counts_to_the_real_end_then_shows_ended(view, clock, wall):
    data = OverlayData(name="核桃", price_text="¥39.90", stock=12, countdown_end=WALL + timedelta(minutes=4, seconds=59),
                       countdown_left=20, planned_s=300, segment_started=clock.t - 30)
    view.set_overlay(data)
    texts = dict(view.overlay_texts())
    assert texts["name"] == "核桃" and texts["price"] == "¥39.90" and texts["stock"] == "Stock 12"
    assert texts["countdown"] == "Flash sale 04:59 · 20 left"
    assert texts["clock"] == "20:15:30"
    assert texts["elapsed"] == "00:30 of 05:00"
    wall["now"] = WALL + timedelta(minutes=5)
    assert dict(view.overlay_texts())["countdown"] == "Flash sale 00:00 ended"
    wall["now"] = WALL
    view.set_overlay(OverlayData(countdown_end=WALL + timedelta(minutes=1), countdown_left=0))
    assert dict(view.overlay_texts())["countdown"] == "Flash sale 00:00 ended"  # the quantity ran out first


def test_elapsed_turns_amber_then_red_when_over(clock):
    scheme = SCHEMES["white_on_black"]

    def colour(elapsed):
        data = OverlayData(planned_s=100, segment_started=clock.t - elapsed)
        return {role: c for role, _t, c, _b in overlay_items(data, scheme, clock.t, WALL)}["elapsed"]

    assert colour(90) == scheme.text
    assert colour(110) == WARNING
    assert colour(130) == DANGER


def test_overlay_is_painted_at_the_top(view):
    view.go_to_segment(1)
    panel = rgb(SCHEMES["white_on_black"].panel)

    def panel_share(image):
        pixels = [image.pixel(x, y) & 0xFFFFFF for y in range(0, 40, 4) for x in range(0, image.width(), 4)]
        return pixels.count(panel) / len(pixels)

    assert panel_share(frame(view)) < 0.05
    view.set_overlay(OverlayData(name="核桃", price_text="¥39.90", stock=12))
    assert panel_share(frame(view)) > 0.6


def test_sold_out_segment_shows_the_banner_with_the_skip_key(view):
    reading = round(view.style().reading_line * view.height()) + view.layout().pitch
    below = range(reading, min(view.height(), reading + 80))
    view.go_to_segment(1)
    assert rgb(DANGER) not in colours(frame(view), below)
    view.go_to_segment(2)
    view.set_overlay(OverlayData(name="土蜂蜜", stock=0, sold_out=True))
    image = frame(view)
    assert ("sold_out", "SOLD OUT") in view.overlay_texts()
    banner = [image.pixel(x, y) & 0xFFFFFF for y in below for x in range(0, image.width(), 8)]
    assert banner.count(rgb(DANGER)) > len(banner) // 3  # the red band below the reading line
    view.skip_key = "F9"
    from villagecast.ui.prompter.overlay import banner_text
    assert banner_text(view.skip_key) == "SOLD OUT · press F9 to skip"
    assert view.skip_sold_out() and view.current_segment() == 3


def test_overlay_fits_a_small_screen_at_the_largest_font(qtbot, clock):
    view = PrompterView(clock=clock, wall_clock=lambda: WALL)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.set_style(PrompterStyle(font_px=200))
    view.set_document(document())
    view.set_overlay(OverlayData(name="漾濞核桃", price_text="¥39.90", stock=50, countdown_end=WALL + timedelta(minutes=5),
                                 countdown_left=20, planned_s=480, segment_started=clock.t - 60))
    view.grab()
    overlay = view.painter.overlay_image(view._frame(view.offset(), clock.t, 1366, 768, 1.0))
    assert overlay.width() == 1366
    assert overlay.height() < round(view.style().reading_line * 768)  # the reading line stays visible
