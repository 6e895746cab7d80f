"""Rehearsing the demo show (issue 8, trainer mode): File > Rehearse the demo show… opens the demo catalogue, puts
its run sheet on air as a rehearsal, sales stay in the demo file; the prompter marks the scanner's findings and
both windows say REHEARSAL, and a normal show on the user's own catalogue shows neither."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from villagecast import paths
from villagecast.core.catalogue import Catalogue
from villagecast.core.demo import demo_show_id
from villagecast.storage import Repository, open_database
from villagecast.ui import settings as config
from villagecast.ui.broadcast import live_controller
from villagecast.ui.compliance.gate import GateDialog
from villagecast.ui.context import AppContext
from villagecast.ui.prompter.style import SCHEMES
from villagecast.ui.views import trainer_actions
from villagecast.ui.views.main_window import MainWindow

from . import test_broadcast_live_env as env
from .test_broadcast_live_env import go_live_directly, services

demo_master, clocks, demo = env.demo_master, env.clocks, env.demo  # shared fixtures
WALNUT, APPLE = "YN-WALNUT-1KG", "SX-APPLE-5KG"


@pytest.fixture
def gate_go(monkeypatch):
    """The gate dialog shown for real and answered with its go button, "Go on air anyway?" with Yes."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        dialog.go_button.click()
        return dialog.result()

    monkeypatch.setattr(GateDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return seen


@pytest.fixture
def windows(qapp):
    """Close what a test opened: the show on air, the main windows the trainer actions opened, their databases."""
    yield
    for controller in list(live_controller._ACTIVE):
        controller.abandon()
    for window in list(trainer_actions._open_windows):
        window.close()
        window.context.close()
        trainer_actions._open_windows.remove(window)
        window.deleteLater()


def own_catalogue() -> Path:
    """The user's own catalogue in the same data folder as the demo: one product, stock 20."""
    from villagecast.core.product import Product

    path = paths.data_dir() / "villagecast.db"
    db = open_database(path)
    Catalogue(Repository(db)).add(Product(sku="MY-1", name_zh="自家土豆", live_price_fen=990), opening_stock=20)
    db.close()
    return path


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def rows(path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def rgb(name: str) -> int:
    return QColor(name).rgb() & 0xFFFFFF


def painted(view) -> set[int]:
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    view.render_to(image)
    return {image.pixel(x, y) & 0xFFFFFF for y in range(image.height()) for x in range(0, image.width(), 2)}


def test_rehearse_from_the_own_catalogue_opens_the_demo_and_keeps_every_sale_there(qtbot, demo_master, gate_go,
                                                                                   windows):
    mine = own_catalogue()
    demo_path = paths.demo_db_path()
    demo_path.parent.mkdir(parents=True)
    shutil.copy(demo_master, demo_path)  # built once per session; ensure_demo leaves a file with products alone
    context = AppContext.create(open_database(mine), mine)
    window = MainWindow(context, config.Settings())
    qtbot.addWidget(window)
    window.show()
    before = dump(mine)
    action = window.trainer.rehearse_action
    assert action in window.file_menu.actions() and action.isVisible()  # offered on the own catalogue too
    assert window.file_menu.actions().index(action) == window.file_menu.actions().index(
        window.trainer.reset_action) + 1

    assert trainer_actions.rehearse_demo_show(window) is True
    c = live_controller.active()
    assert c is not None and c.rehearsal is True
    assert c.context.db_path == demo_path and c.context.is_demo
    assert gate_go and gate_go[0].findings  # the demo scripts' risky wording reached the gate
    session = services(c.context, env.Clocks()).book.session(c.session_id)
    assert session.rehearsal and session.overridden
    sheet_id = demo_show_id(services(c.context, env.Clocks()).sheets.sheets())
    assert [s.sku for s in c.segments() if s.sku] == [WALNUT, APPLE, "HLJ-RICE-5KG", "NX-GOJI-500G", "FJ-TGY-250G"]

    c.go_to(1)  # the walnuts on air; Ctrl+1 in the operator window sells one
    stock = c.context.catalogue.on_hand(WALNUT)
    c.operator.sell_one_action.trigger()
    assert c.live.sold() == {WALNUT: 1} and c.context.catalogue.on_hand(WALNUT) == stock - 1
    assert c.finish(confirm=False)
    window_now = next(w for w in trainer_actions._open_windows if w.context is c.context)
    window_now.context.close()

    sold = rows(demo_path, "SELECT m.quantity, m.session_id FROM stock_moves m JOIN products p ON p.id = m.product_id"
                           " WHERE p.sku = ? AND m.kind = 'sell' ORDER BY m.id DESC LIMIT 1", [WALNUT])
    assert sold == [(-1, str(c.session_id))]
    assert rows(demo_path, "SELECT s.rehearsal, s.ended_at IS NOT NULL, l.sheet_id FROM broadcast_sessions s"
                           " JOIN live_sessions l ON l.session_id = s.id") == [(1, 1, sheet_id)]
    assert dump(mine) == before  # the own catalogue: not a row changed
    assert rows(mine, "SELECT COUNT(*) FROM broadcast_sessions") == [(0,)]
    assert rows(mine, "SELECT COUNT(*) FROM stock_moves WHERE kind = 'sell'") == [(0,)]
    assert sorted(p.name for p in paths.data_dir().glob("*.db")) == ["villagecast.db"]


def test_a_rehearsal_marks_the_findings_and_says_rehearsal_on_both_windows(qtbot, demo, clocks, monkeypatch):
    monkeypatch.setattr(live_controller, "run_gate", go_live_directly)
    sheet_id = demo_show_id(services(demo, clocks).sheets.sheets())
    assert live_controller.start_show(None, demo, config.Settings(), sheet_id, clock=clocks.clock,
                                      monotonic=clocks.mono)
    c = live_controller.active()
    qtbot.waitExposed(c.operator)
    layout = c.view.layout()
    marked = {(p.segment, p.text[s:e], severity) for paras in layout.paragraphs for p in paras
              for s, e, severity in p.findings}
    assert (2, "最好", "block") in marked  # the apples' superlative
    assert {(4, "明目", "block"), (4, "提高免疫力", "block")} <= marked  # the goji's health claims
    assert not [m for m in marked if m[0] in (0, 1, 3, 5, 6)]  # the lawful segments carry no marks
    for paras in layout.paragraphs:  # paragraph-relative, like the live fields
        for p in paras:
            assert all(0 <= s < e <= len(p.text) for s, e, _sev in p.findings)

    assert ("rehearsal", "REHEARSAL") in c.view.overlay_texts()
    assert c.operator.rehearsal_label.isVisible() and c.operator.rehearsal_label.text() == "REHEARSAL"
    assert c.operator.windowTitle().startswith("Rehearsal: ")

    c.view.resize(1280, 720)
    finding = rgb(SCHEMES["white_on_black"].finding)
    c.go_to(1)
    assert finding not in painted(c.view)  # the walnuts' script is clean
    c.go_to(2)
    assert finding in painted(c.view)  # the apples' 最好, in the finding colour
    serial = {id(p): p.serial for paras in c.view.layout().paragraphs for p in paras}
    c.operator.sell_one_action.trigger()  # a sale changes the stock shown: that segment is laid out (and scanned) again
    again = {(p.segment, p.text[s:e]) for paras in c.view.layout().paragraphs for p in paras for s, e, _ in p.findings}
    assert (2, "最好") in again
    assert any(id(p) not in serial for p in c.view.layout().paragraphs[2])
    assert all(p.serial == serial[id(p)] for p in c.view.layout().paragraphs[0])  # others kept as laid out


def test_a_normal_show_marks_nothing_and_has_no_rehearsal_marker(qtbot, context, clocks, monkeypatch):
    assert not context.is_demo  # the user's own catalogue (tests/ui/conftest.py)
    svc = services(context, clocks)
    sid = svc.sheets.create("自家晚场").sheet_id
    svc.sheets.add_segment(sid, "opening", "开场", planned_s=60, script="家人们好，这是全网最好的核桃！")
    svc.sheets.add_product(sid, "WAL-001", planned_s=300, script="核桃{价格}元，吃了能治疗失眠。")
    monkeypatch.setattr(live_controller, "run_gate", go_live_directly)
    assert live_controller.start_show(None, context, config.Settings(), sid, clock=clocks.clock,
                                      monotonic=clocks.mono)
    c = live_controller.active()
    try:
        qtbot.waitExposed(c.operator)
        assert c.rehearsal is False
        assert all(not p.findings for paras in c.view.layout().paragraphs for p in paras)
        assert "rehearsal" not in dict(c.view.overlay_texts())
        assert c.operator.rehearsal_label.isHidden()
        assert c.operator.windowTitle().startswith("On air: ")
        c.view.resize(1280, 720)
        assert rgb(SCHEMES["white_on_black"].finding) not in painted(c.view)
    finally:
        c.abandon()
