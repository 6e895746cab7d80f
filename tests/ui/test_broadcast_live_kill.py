"""A real kill: a show on air in another process (offscreen Qt, the prompter scrolling, sales and a flash sale
recorded) is killed with SIGKILL; resumed here, both windows come back at the line the core last saved, with the
same stock, sales and count-down.

Run as a script (``python test_broadcast_live_kill.py DB``) this file is the child: it goes on air on DB, sells,
starts a flash sale, plays the prompter, prints ``ready`` with its numbers and ``saved`` after each saved
position, and runs the event loop until it is killed.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

if __package__:  # under pytest; run as a script this file is the child
    from . import test_broadcast_live_env

    demo_master = test_broadcast_live_env.demo_master  # the shared fixture

HERE = Path(__file__).resolve().parent
WAIT_S = 60  # for a line from the child; the test fails rather than hangs


def child(db_path: str) -> None:
    sys.path.insert(0, str(HERE))
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import test_broadcast_live_env as env

    from villagecast.storage import open_database
    from villagecast.ui import settings as config
    from villagecast.ui.broadcast import live_controller
    from villagecast.ui.context import AppContext

    context = AppContext.create(open_database(db_path), Path(db_path))
    live_controller.run_gate = env.go_live_directly
    clocks = env.Clocks()
    sheet_id = env.make_sheet(context, clocks)
    assert live_controller.start_show(None, context, config.Settings(), sheet_id)
    c = live_controller.active()
    c.go_to(1)
    c.sell(3)
    c.start_countdown(600, 10)
    c.sell(2)
    c.view.set_speed(600)
    c.view.position_changed.connect(lambda *p: print("saved", json.dumps(list(p)), flush=True))
    state = c.live.state()
    (countdown,) = state.countdowns
    print("ready", json.dumps({"session": c.session_id, "sold": state.sold, "on_hand": state.on_hand,
                               "left": countdown.left, "ends_at": countdown.ends_at}), flush=True)
    c.view.play()
    app.exec()


def lines(proc) -> queue.Queue:
    out: queue.Queue = queue.Queue()

    def read():
        for line in proc.stdout:
            out.put(line.rstrip("\n"))
        out.put(None)

    threading.Thread(target=read, daemon=True).start()
    return out


def next_line(out: queue.Queue, proc) -> str:
    try:
        line = out.get(timeout=WAIT_S)
    except queue.Empty:
        line = None
    if line is None:
        proc.kill()
        pytest.fail("the child stopped early: " + proc.stderr.read())
    return line


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_process_resumes_at_the_saved_line(qtbot, demo_master, tmp_path, monkeypatch):
    from villagecast.core.broadcast.live import LiveSessions
    from villagecast.core.broadcast.sessions import Broadcasts
    from villagecast.storage import open_database
    from villagecast.storage.broadcast_repo import BroadcastRepository, LiveRepository
    from villagecast.ui import settings as config
    from villagecast.ui.broadcast import live_controller, live_resume
    from villagecast.ui.context import AppContext

    db_path = tmp_path / "shop.db"
    shutil.copy(demo_master, db_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parents[1]))
    proc = subprocess.Popen([sys.executable, __file__, str(db_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=str(HERE.parents[1]))
    out = lines(proc)
    head, _, data = next_line(out, proc).partition(" ")
    assert head == "ready"
    ready = json.loads(data)
    saved = []
    while len(saved) < 3:
        head, _, data = next_line(out, proc).partition(" ")
        if head == "saved":
            saved.append(json.loads(data))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=WAIT_S)
    assert proc.returncode == -signal.SIGKILL

    db = open_database(db_path)
    try:
        context = AppContext.create(db, db_path)
        lives = LiveSessions(LiveRepository(db), context.catalogue, Broadcasts(BroadcastRepository(db)))
        stored = lives.open(ready["session"]).state().position
        assert (stored.segment, stored.offset) >= tuple(saved[-1][:2]) > (1, 0)  # it had scrolled on, and kept it
        monkeypatch.setattr(live_resume, "ask_resume", lambda *_a: "resume")
        assert live_controller.offer_resume(None, context, config.Settings())
        back = live_controller.active()
        qtbot.waitExposed(back.operator)
        assert tuple(back.view.position()) == (stored.segment, stored.offset, stored.fraction)
        assert not back.view.is_playing()  # it waits for the anchor
        state = back.live.state()
        assert state.sold == ready["sold"] and state.on_hand == ready["on_hand"]
        (countdown,) = state.countdowns
        assert (countdown.left, countdown.ends_at) == (ready["left"], ready["ends_at"])
        assert [e.how for e in state.log][-1] == "resume"
        back.abandon()
    finally:
        db.close()


if __name__ == "__main__":
    child(sys.argv[1])
