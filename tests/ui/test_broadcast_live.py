"""Going on air with a run sheet (the gate over the segments' scripts), the prompter joined to the core, the end,
and taking a show back after the app was killed: the same line, the same numbers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from villagecast.core.broadcast.clock import parse
from villagecast.core.errors import VillageCastError
from villagecast.ui import formats
from villagecast.ui import settings as config
from villagecast.ui.broadcast import live_controller, live_resume
from villagecast.ui.compliance.gate import GateDialog

from . import test_broadcast_live_env as env
from .test_broadcast_live_env import BEEF, WALNUT, make_sheet, press, services

demo_master, clocks, demo, on_air = env.demo_master, env.clocks, env.demo, env.on_air  # shared fixtures


def gate_clicks_go(monkeypatch, answer=QMessageBox.StandardButton.Yes, tick_before=False):
    """The gate dialog, shown for real, answered by pressing its go button (and ``answer`` to "anyway?")."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        if tick_before:
            for item in dialog.unticked:
                dialog.hub.book.tick(dialog.session_id, item.id)
            dialog.recompute()
        dialog.go_button.click()
        return dialog.result()

    monkeypatch.setattr(GateDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    return seen


def at(position) -> tuple:
    """A core ``Position`` as the prompter's (segment, character, fraction)."""
    return position.segment, position.offset, position.fraction


def start(demo, clocks, sheet_id):
    return live_controller.start_show(None, demo, config.Settings(), sheet_id, clock=clocks.clock,
                                      monotonic=clocks.mono)


def test_clear_gate_puts_the_sheet_on_air_as_a_rehearsal_with_both_windows(qtbot, demo, clocks, monkeypatch):
    sheet_id = make_sheet(demo, clocks)
    dialogs = gate_clicks_go(monkeypatch, tick_before=True)
    assert start(demo, clocks, sheet_id) is True
    c = live_controller.active()
    gate = dialogs[0]
    assert gate.clear()
    svc = services(demo, clocks)
    session = svc.book.session(c.session_id)
    assert session.status == "live" and session.rehearsal is True and session.overridden is False
    assert session.title == f"周五晚场 \u2014 {clocks.clock().astimezone().date().isoformat()}"
    assert [s.session_id for s in svc.lives.resumable()] == [c.session_id]
    assert c.prompter.isVisible() and c.operator.isVisible()
    doc = c.view.document()
    assert [s.kind for s in doc.segments] == ["opening", "product", "product", "product", "closing", "refeature"]
    assert doc[1].plain.startswith("漾濞薄壳核桃 1kg（2026新季），直播价35.90元，库存还有64件。")
    assert doc[3].sold_out and not doc[1].sold_out  # 草莓 has no stock
    assert c.view.position() == (0, 0, 0.0) and c.live.current() == 0
    assert dict(c.view.overlay_texts())["name"] == "开场"


def test_gate_checks_the_segment_scripts_and_records_going_on_air_anyway(qtbot, demo, clocks, monkeypatch):
    sheet_id = make_sheet(demo, clocks, extra="这是全网最好的核桃。")
    dialogs = gate_clicks_go(monkeypatch)
    assert start(demo, clocks, sheet_id) is True
    gate = dialogs[0]
    chosen = gate.chosen_scripts()
    assert [s.title for s in chosen][:2] == ["Run sheet 1: 开场", "Run sheet 2: 漾濞薄壳核桃 1kg（2026新季）"]
    assert all(s.id < 0 for s in chosen) and len(chosen) == 6  # every segment's script, none stored
    session = services(demo, clocks).book.session(live_controller.active().session_id)
    assert session.overridden is True
    assert {(f["script"], f["text"]) for f in session.gate["findings"]} >= {("Run sheet 1: 开场", "最好")}
    assert "ID-01" in session.gate["unticked"]


def test_a_segment_script_that_is_stored_goes_to_the_gate_as_the_stored_script(demo, clocks):
    from villagecast.core.broadcast.sessions import Script
    from villagecast.ui.broadcast.live_gate import gate_scripts

    svc = services(demo, clocks)
    stored = svc.book.save_script(Script("牛腱子话术", "牛腱子{价格}元一份，只剩{库存}件了。", BEEF))
    other = svc.book.save_script(Script("别的", "别的话术", WALNUT))
    sheet = svc.sheets.sheet(make_sheet(demo, clocks))
    chosen, unsaved = gate_scripts(svc.book.scripts(), sheet)
    assert [s.id for s in chosen] == [-1, -2, stored.id, -4, -5, -6]
    assert stored.id not in [s.id for s in unsaved] and unsaved[1].sku == WALNUT
    assert other.id not in [s.id for s in chosen]  # a stored script the show does not use is not chosen


def test_a_cancelled_gate_leaves_the_show_off_air_and_the_next_try_keeps_its_ticks(qtbot, demo, clocks,
                                                                                    monkeypatch):
    sheet_id = make_sheet(demo, clocks)
    ticked = []

    def cancel(dialog):
        dialog.hub.book.tick(dialog.session_id, "ID-01")
        ticked.append(dialog.session_id)
        return 0

    monkeypatch.setattr(GateDialog, "exec", cancel)
    assert start(demo, clocks, sheet_id) is False
    svc = services(demo, clocks)
    assert live_controller.active() is None and svc.lives.resumable() == []
    assert svc.book.session(ticked[0]).status == "preparing"
    dialogs = gate_clicks_go(monkeypatch)
    assert start(demo, clocks, sheet_id) is True
    assert dialogs[0].session_id == ticked[0]  # the same session, its tick kept
    assert "ID-01" not in [i.id for i in dialogs[0].unticked]


def test_an_empty_sheet_or_a_second_show_is_refused_with_a_message(qtbot, demo, clocks, monkeypatch, on_air):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    empty = services(demo, clocks).sheets.create("空的").sheet_id
    assert start(demo, clocks, empty) is False
    assert said[-1] == "The run sheet has no segments; add at least one before going on air."
    assert services(demo, clocks).book.sessions() == []  # refused before any session was made
    c = on_air()
    assert start(demo, clocks, make_sheet(demo, clocks)) is False
    assert said[-1].endswith("is on air. Finish it before starting another show.")
    assert live_controller.active() is c


def test_the_prompter_position_is_saved_as_it_moves_and_the_segment_follows(qtbot, on_air, clocks):
    c = on_air()
    live = c.live
    c.view.set_speed(300)
    c.view.play()
    clocks.advance(2.0)
    c.view.sync()
    saved = live.state().position
    assert saved.segment == 0 and live.state().speed == 300
    assert (saved.segment, saved.offset, saved.fraction) == tuple(c.view.position())
    for _ in range(40):  # scroll on until the script reaches the next segment by itself
        clocks.advance(1.0)
        c.view.sync()
        if c.view.current_segment() == 1:
            break
    assert c.view.current_segment() == 1 and live.current() == 1
    assert [e.index for e in live.state().log] == [0, 1]
    c.view.pause()
    assert at(live.state().position) == tuple(c.view.position())
    assert config.Settings().get(config.PROMPTER_SPEED) == 300


def test_prompter_keys_move_the_core_and_sold_out_is_skipped_with_s(qtbot, on_air):
    c = on_air()
    assert press(c, Qt.Key.Key_PageDown) and c.live.current() == 1
    assert press(c, Qt.Key.Key_Right) and c.live.current() == 2
    c.sell(4)  # the last 牛腱子
    assert c.view.document()[2].sold_out and dict(c.view.overlay_texts())["sold_out"] == "SOLD OUT"
    assert press(c, Qt.Key.Key_S, "s")
    assert c.live.current() == 4  # 草莓 (3) is sold out too: straight to the closing
    assert press(c, Qt.Key.Key_PageUp) and c.live.current() == 3
    assert c.view.position() == (3, 0, 0.0) and at(c.live.state().position) == (3, 0, 0.0)


def test_finish_closes_the_record_and_offers_the_report(qtbot, on_air, monkeypatch, demo, clocks):
    c = on_air()
    c.go_to(1)
    c.sell(2)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
                    QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    shown = []
    monkeypatch.setattr(live_controller.LiveController, "show_report", lambda self: shown.append(self.session_id))
    assert c.operator.finish_button.isEnabled()
    c.operator.finish_button.click()  # "No": still on air
    assert not c.done and c.operator.isVisible()
    with qtbot.waitSignal(c.finished):
        c.operator.finish_button.click()
    svc = services(demo, clocks)
    assert svc.book.session(c.session_id).status == "finished"
    assert svc.lives.resumable() == [] and live_controller.active() is None
    assert not c.operator.isVisible() and not c.prompter.isVisible()
    assert shown == [c.session_id]
    with pytest.raises(VillageCastError):
        c.live.sell(1)
    demo.undo_stack.undo()  # the sale's undo is refused now, and said
    assert svc.lives.open(c.session_id).sold() == {WALNUT: 2}


def test_show_report_opens_the_broadcast_window_on_the_session(qtbot, on_air, monkeypatch):
    c = on_air()
    import villagecast.ui.broadcast as package

    opened = []

    class Window:
        def show_report(self, session_id):
            opened.append(session_id)

    monkeypatch.setattr(package, "show_broadcast", lambda *a: Window(), raising=False)
    assert isinstance(c.show_report(), Window) and opened == [c.session_id]


def resume_with(monkeypatch, answer: str):
    asked = []
    monkeypatch.setattr(live_resume, "ask_resume", lambda parent, offer, sold: asked.append((offer, sold)) or answer)
    return asked


def test_killed_and_resumed_at_the_same_line_with_the_same_numbers(qtbot, on_air, demo, clocks, monkeypatch):
    c = on_air()
    c.go_to(1)
    clocks.advance(30)
    c.sell(3)
    clocks.advance(1)
    c.start_countdown(300, 10)
    clocks.advance(1)
    c.sell(2)
    line = c.view.layout().lines[c.view.layout().line_at(c.view.layout().offset_for(1, 0, 0.0)) + 3]
    c.view.set_position(1, line.start, 0.4)
    c.view.set_speed(280)
    before = c.view.position()
    state = c.live.state(clocks.clock())
    overlay = dict(c.view.overlay_texts())
    sid = c.session_id
    c.abandon()  # the app is killed: windows gone, nothing more written
    c.deleteLater()
    assert live_controller.active() is None
    clocks.advance(120)  # the crash gap
    asked = resume_with(monkeypatch, "resume")
    assert live_controller.offer_resume(None, demo, config.Settings(), clock=clocks.clock, monotonic=clocks.mono)
    offer, sold = asked[0]
    assert offer.session_id == sid and sold == 5 and offer.position.segment == 1
    back = live_controller.active()
    qtbot.waitExposed(back.operator)
    assert back.view.position() == before and before.segment == 1 and before.offset == line.start
    assert back.view.speed == 280 and back.live.current() == 1
    again = back.live.state(clocks.clock())
    assert again.sold == state.sold == {WALNUT: 5} and again.on_hand == state.on_hand
    (was,), (now,) = state.countdowns, again.countdowns
    assert (now.left, now.available, now.ends_at) == (was.left, was.available, was.ends_at) == (8, 8, was.ends_at)
    texts = dict(back.view.overlay_texts())
    assert texts["stock"] == overlay["stock"] == "Stock 59"
    assert texts["elapsed"] == overlay["elapsed"] == "00:32 of 05:00"  # the crash gap is not air time
    assert [e.how for e in again.log][-1] == "resume"


def test_resume_offer_finish_it_and_later(qtbot, on_air, demo, clocks, monkeypatch):
    c = on_air()
    sid = c.session_id
    c.abandon()
    resume_with(monkeypatch, "later")
    assert live_controller.offer_resume(None, demo, config.Settings(), clock=clocks.clock) is False
    svc = services(demo, clocks)
    assert [r.session_id for r in svc.lives.resumable()] == [sid]
    resume_with(monkeypatch, "finish")
    assert live_controller.offer_resume(None, demo, config.Settings(), clock=clocks.clock) is False
    assert svc.lives.resumable() == [] and svc.book.session(sid).status == "finished"
    assert live_controller.active() is None


def test_resume_question_names_the_show_the_last_save_and_units(qtbot, on_air, clocks):
    c = on_air()
    c.go_to(1)
    c.sell(3)
    offer = services(c.context, clocks).lives.resumable()[0]
    text = live_resume.resume_text(offer, 3)
    assert "3 unit(s) sold so far." in text and "Segment 2 of 6" in text
    assert formats.datetime_text(offer.updated_at) in text and "rehearsal" in text
    assert parse(offer.updated_at) == clocks.clock()


def test_closing_the_operator_window_asks_finish_or_resume_later(qtbot, on_air, demo, clocks, monkeypatch):
    c = on_air()
    monkeypatch.setattr(live_resume, "ask_close", lambda *_a: "cancel")
    c.operator.close()
    assert c.operator.isVisible() and not c.done
    monkeypatch.setattr(live_resume, "ask_close", lambda *_a: "leave")
    c.operator.close()
    assert c.done and not c.operator.isVisible() and not c.prompter.isVisible()
    assert [r.session_id for r in services(demo, clocks).lives.resumable()] == [c.session_id]


def test_date_in_title_is_local(demo, clocks):
    assert live_resume.show_title("晚场", date(2026, 12, 4)) == "晚场 \u2014 2026-12-04"


def test_the_report_offered_at_the_end_opens_in_the_broadcast_window(qtbot, on_air, monkeypatch):
    window_module = pytest.importorskip("villagecast.ui.broadcast.window")
    c = on_air()
    c.go_to(1)
    c.sell(2)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert c.finish()
    window = broadcast_window(window_module)
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.report_tab
    assert window.report_tab.current_session_id() == c.session_id and window.report_tab.report is not None
    assert [(p.sku, p.units) for p in window.report_tab.report.products][0] == (WALNUT, 2)


def broadcast_window(window_module):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, window_module.BroadcastWindow)]
    assert len(found) == 1
    return found[0]
