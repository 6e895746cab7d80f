"""Fixtures shared by the on-air tests (imported by test_broadcast_live*.py and test_broadcast_operator*.py):
a copy of the demo catalogue per test, fake clocks, a run sheet over demo products, a show on air."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from villagecast.storage import open_database
from villagecast.ui import settings as config

WALNUT, BEEF, BERRY = "YN-WALNUT-1KG", "NM-BEEF-SHANK-1KG", "LN-STRAWBERRY-1500G"  # 64, 4 and 0 in stock
WALNUT_SCRIPT = ("{品名}，直播价{价格}元，库存还有{库存}件。\n产地{产地}，薄壳一捏就开，果仁饱满，香脆不涩。\n"
                 "家人们喜欢的赶紧下单，我们今天的价格只在直播间有。\n" * 3)


class Clock:
    """The core's clock: aware UTC, moved by hand."""

    def __init__(self):
        self.now = datetime.now(timezone.utc).replace(microsecond=0)

    def __call__(self):
        return self.now


class Mono:
    """The prompter view's monotonic clock."""

    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


class Clocks:
    def __init__(self):
        self.clock, self.mono = Clock(), Mono()

    def advance(self, seconds: float) -> None:
        self.clock.now += timedelta(seconds=seconds)
        self.mono.t += seconds


@pytest.fixture
def demo_master(demo_file):
    """The session's demo catalogue (tests/ui/conftest.py), copied by each test that changes it."""
    return demo_file


@pytest.fixture
def clocks():
    return Clocks()


@pytest.fixture
def demo(demo_master, tmp_path, clocks):
    """An AppContext over a fresh copy of the demo catalogue, its catalogue on the fake clock."""
    from villagecast.ui.context import AppContext

    path = tmp_path / "demo" / "villagecast-demo.db"
    path.parent.mkdir()
    shutil.copy(demo_master, path)
    db = open_database(path)
    context = AppContext.create(db, path)
    context.catalogue.clock = clocks.clock
    yield context
    from villagecast.ui.broadcast import live_controller

    for controller in list(live_controller._ACTIVE):
        controller.abandon()
    db.close()


def services(context, clocks):
    from villagecast.ui.broadcast.live_services import LiveServices

    return LiveServices(context, clocks.clock)


def make_sheet(context, clocks, extra: str = "") -> int:
    """开场, 核桃 (64), 牛腱子 (4), 草莓 (0: sold out), 收尾, and 核桃 again in the 返场 queue."""
    sheets = services(context, clocks).sheets
    sid = sheets.create("周五晚场").sheet_id
    sheets.add_segment(sid, "opening", "开场", planned_s=60, script="家人们好，欢迎来到直播间！" + extra)
    sheets.add_product(sid, WALNUT, planned_s=300, script=WALNUT_SCRIPT)
    sheets.add_product(sid, BEEF, planned_s=300, script="牛腱子{价格}元一份，只剩{库存}件了。")
    sheets.add_product(sid, BERRY, planned_s=300, script="草莓今天{库存}件。")
    sheets.add_segment(sid, "closing", "收尾", planned_s=60, script="谢谢大家，下次见。")
    sheets.add_product(sid, WALNUT, queue="refeature", planned_s=120, script="核桃返场，{价格}元。")
    return sid


def go_live_directly(parent, svc, session_id, sheet):
    """The gate passed as clear, without the dialog."""
    return svc.book.go_live(session_id, {"findings": [], "unticked": []})


@pytest.fixture
def on_air(qtbot, demo, clocks, monkeypatch):
    """A factory: the demo run sheet on air (gate passed), returning the LiveController."""
    from villagecast.ui.broadcast import live_controller

    def start(extra: str = ""):
        monkeypatch.setattr(live_controller, "run_gate", go_live_directly)
        sheet_id = make_sheet(demo, clocks, extra)
        assert live_controller.start_show(None, demo, config.Settings(), sheet_id, clock=clocks.clock,
                                          monotonic=clocks.mono)
        controller = live_controller.active()
        qtbot.waitExposed(controller.operator)
        return controller

    return start


def key(k, text: str = "", modifiers=Qt.KeyboardModifier.NoModifier) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, k, modifiers, text)


def press(controller, k, text: str = "") -> bool:
    """A key pressed on the prompter window."""
    return controller.prompter.handle_key(key(k, text))
