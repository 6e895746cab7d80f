"""PrompterView timing and navigation, with a fake clock: position is a function of time, never of frames."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from villagecast.ui.prompter import (
    Field,
    PrompterDocument,
    PrompterStyle,
    PrompterView,
    Segment,
)
from villagecast.ui.prompter.style import SPEED_MAX, SPEED_MIN

WALNUT = ("咱们家的核桃是漾濞老品种，一捏就开，香脆不涩。每一颗都是乡亲们手工挑选的，坏果空果全部挑出去。"
          "今天直播间价格只要")
LONG = "家人们晚上好，欢迎来到光明合作社的直播间。喜欢的家人点个关注，明天晚上八点我们不见不散。"


class Clock:
    def __init__(self):
        self.t = 500.0

    def __call__(self):
        return self.t


def document() -> PrompterDocument:
    return PrompterDocument([
        Segment("open", "开场", "\n".join([LONG * 2, LONG]), "opening"),
        Segment("wal", "核桃", [WALNUT, Field("price", "39.90"), "元，库存还剩", Field("stock", "50"),
                               "件。\n" + LONG], "product"),
        Segment("hon", "土蜂蜜", "柞水的土蜂蜜，一年只取一次。" + LONG, "product", sold_out=True),
        Segment("mil", "小米", "沁县的小米熬粥有一层米油。" + LONG, "product", sold_out=True),
        Segment("tea", "绿茶", "安吉白茶明前采摘，一芽一叶。" + LONG, "product"),
        Segment("close", "结束", "感谢家人们的陪伴！" + LONG, "closing"),
    ])


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def view(qtbot, clock):
    view = PrompterView(clock=clock, wall_clock=lambda: datetime(2026, 11, 20, 20, 0).astimezone())
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.set_style(PrompterStyle(font_px=72))
    view.set_document(document())
    return view


def reading_y(view) -> int:
    return round(view.style().reading_line * view.height())


def test_position_after_t_seconds_is_ideal_for_any_frame_timing(view, clock):
    view.set_speed(300)
    layout = view.layout()
    assert view.pixels_per_second() == pytest.approx(300 / 60 * layout.px_per_char)
    view.play()
    t0, o0, rate = clock.t, view.offset(), view.pixels_per_second()
    rng = random.Random(5)
    for _ in range(120):  # irregular frames: early, late, dropped
        clock.t += rng.choice((0.004, 0.0167, 0.019, 0.05, 0.25, 0.9)) * rng.uniform(0.5, 1.5)
        view.grab()  # the real paintEvent, at the fake time
        ideal = min(o0 + rate * (clock.t - t0), layout.end)
        assert view.last_frame.time == clock.t
        assert view.last_frame.offset == pytest.approx(ideal, abs=1e-6)
        assert abs(view.last_frame.top + reading_y(view) - ideal) <= 1


def test_whole_script_takes_its_characters_over_the_speed(view, clock):
    layout = view.layout()
    view.set_speed(240)
    seconds = (layout.end - layout.start) / view.pixels_per_second()
    assert seconds == pytest.approx(layout.chars / 240 * 60)


def test_painted_pixels_move_by_the_ideal_distance(view, clock):
    view.set_speed(180)
    view.go_to_segment(1)
    view.play()
    first = view.grab().toImage()
    top1 = view.last_frame.top
    clock.t += 37 / view.pixels_per_second()  # the script moves 37 px
    second = view.grab().toImage()
    shift = view.last_frame.top - top1
    assert abs(shift - 37) <= 1
    m = view.margin()
    band = QRect(m, 200, view.width() - 2 * m, 400)  # below the top, above the status strip
    assert second.copy(band) == first.copy(band.translated(0, shift))
    assert second.copy(band) != first.copy(band)


def test_speed_change_reanchors_without_a_jump(view, clock, qtbot):
    view.set_speed(200)
    view.play()
    clock.t += 3.0
    before = view.offset()
    with qtbot.waitSignal(view.speed_changed) as changed:
        view.set_speed(400)
    assert changed.args == [400]
    assert view.offset() == pytest.approx(before, abs=1e-9)  # no jump at the change
    clock.t += 2.0
    assert view.offset() == pytest.approx(before + 2.0 * 400 / 60 * view.layout().px_per_char)
    view.faster()
    assert view.speed == 420
    view.set_speed(10_000)
    assert view.speed == SPEED_MAX
    view.set_speed(1)
    assert view.speed == SPEED_MIN


def test_pause_holds_the_line_and_play_goes_on(view, clock):
    view.set_speed(300)
    view.play()
    clock.t += 4
    view.pause()
    held = view.offset()
    clock.t += 60
    assert view.offset() == held
    view.toggle()
    clock.t += 1
    assert view.offset() == pytest.approx(held + view.pixels_per_second())


def test_next_and_previous_put_the_segment_start_on_the_reading_line(view, qtbot):
    layout = view.layout()
    seen = []
    view.segment_changed.connect(seen.append)
    for expected in (1, 2, 3):
        assert view.next_segment()
        assert view.position() == (expected, 0, 0.0)
        view.grab()
        first = layout.lines[layout.first_line[expected]]
        assert view.last_frame.top + reading_y(view) == first.y
    assert view.previous_segment()
    assert view.position() == (2, 0, 0.0)
    assert seen == [1, 2, 3, 2]
    view.go_to_segment(5)
    assert not view.next_segment()  # already the last


def test_skip_sold_out_goes_past_every_sold_out_segment(view):
    assert not view.skip_sold_out()  # the opening is not sold out
    view.go_to_segment(2)
    assert view.is_sold_out(2)
    assert view.skip_sold_out()
    assert view.current_segment() == 4  # 2 and 3 are sold out
    view.document().set_sold_out("tea", True)
    view.document().set_sold_out("close", True)
    view.go_to_segment(4)
    assert not view.skip_sold_out()  # nothing left to go to


def test_position_round_trip_restores_the_same_line(view, clock, qtbot):
    view.set_speed(420)
    view.play()
    rng = random.Random(9)
    for _ in range(25):
        clock.t += rng.uniform(0.3, 7)
        saved = view.position()
        offset = view.offset()
        other = PrompterView(clock=clock)
        qtbot.addWidget(other)
        other.resize(1366, 768)
        other.set_style(PrompterStyle(font_px=72))
        other.set_document(document(), position=saved)
        assert other.position() == pytest.approx(saved)
        assert other.offset() == pytest.approx(offset, abs=1e-6)
        other.set_position(*saved)
        assert other.offset() == pytest.approx(offset, abs=1e-6)


def test_font_change_keeps_the_words_on_the_reading_line(view, clock):
    view.go_to_segment(1)
    view.set_position(1, 30, 0.4)
    for px in (120, 36, 200, 24):
        segment, char, fraction = view.position()  # the first character of the line being read
        view.set_font_px(px)
        layout = view.layout()
        line = layout.lines[layout.line_at(view.offset())]
        assert line.segment == segment and line.start <= char < line.start + max(1, line.length)
        assert view.position().fraction == pytest.approx(fraction)


def test_a_price_change_lays_out_only_its_paragraph_and_keeps_the_line(view):
    layout = view.layout()
    view.set_position(1, 0)
    view.set_position(1, layout.lines[layout.first_line[1] + 2].start)  # a line after the price
    word = view.document()[1].plain[view.position().offset:][:4]
    before = {id(p): p.serial for paras in layout.paragraphs for p in paras}
    serials = [p.serial for p in layout.paragraphs[1]]
    view.document().set_fields("wal", {"price": "1239.90", "stock": "7"})
    after = [p.serial for p in layout.paragraphs[1]]
    assert after[0] != serials[0] and after[1:] == serials[1:]  # the price's paragraph only
    assert all(p.serial == before[id(p)] for i, paras in enumerate(layout.paragraphs) if i != 1 for p in paras)
    line = layout.lines[layout.line_at(view.offset())]
    assert word in view.document()[1].plain[line.start:line.start + line.length + 4]
    assert "1239.90" in view.document()[1].plain


def test_finished_at_the_end(view, clock, qtbot):
    view.go_to_segment(5)
    view.set_speed(600)
    view.play()
    clock.t += 3600
    with qtbot.waitSignal(view.finished):
        view.sync()
    assert not view.is_playing()
    assert view.offset() == view.layout().end
    view.play()  # at the end: stays put
    assert not view.is_playing()


def test_position_changed_is_throttled_while_scrolling(view, clock):
    seen = []
    view.position_changed.connect(lambda *args: seen.append(args))
    view.play()
    for _ in range(40):
        clock.t += 0.05
        view.sync()
    assert 3 <= len(seen) <= 5  # two seconds at most every half second, not every frame
    seen.clear()
    view.next_segment()  # a jump is reported at once
    assert seen == [(1, 0, 0.0)]


def test_blank_pauses_and_resumes(view, clock):
    view.play()
    view.set_blank(True)
    assert not view.is_playing()
    held = view.offset()
    clock.t += 10
    assert view.offset() == held
    view.set_blank(False)
    assert view.is_playing()


def test_an_empty_document_paints(qtbot, clock):
    view = PrompterView(clock=clock)
    qtbot.addWidget(view)
    view.resize(800, 600)
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    view.render_to(image)
    view.play()
    assert not view.is_playing() and view.position() == (0, 0, 0.0)
    view.set_document(PrompterDocument([Segment("a", "空", "", "opening")]))
    view.render_to(image)
    assert view.position() == (0, 0, 0.0)
