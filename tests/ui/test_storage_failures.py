"""The window when the disk refuses a write, when the catalogue is open in another window, and when the file
is damaged: the user is told in their language, nothing saved is lost, no undo step is left for a refused
write, and the app goes on (and recovers once the disk does)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from villagecast.storage.backup import list_backups, make_backup
from villagecast.storage.instance import InstanceLock, lock_path
from villagecast.ui.app import run_app
from villagecast.ui.views import trainer_actions


def pick_kind(panel, code: str) -> None:
    panel.kind.setCurrentIndex(panel.kind.findData(code))


def test_a_read_only_disk_refuses_a_stock_movement_in_words_and_recovers(qtbot, open_section, context):
    window, panel = open_section("stock")
    steps = context.undo_stack.count()
    context.db.execute("PRAGMA query_only = ON")  # what a write-protected USB stick answers
    pick_kind(panel, "receive")
    panel.quantity.setText("5")
    panel.record_button.click()
    assert panel.quantity_issue.isVisible() and "read-only" in panel.quantity_issue.text()
    assert "Everything saved before is safe" in panel.quantity_issue.text()
    assert context.catalogue.on_hand("WAL-001") == 50 and context.undo_stack.count() == steps
    assert panel.quantity.text() == "5"  # kept, to try again
    context.db.execute("PRAGMA query_only = OFF")
    panel.record_button.click()
    assert context.catalogue.on_hand("WAL-001") == 55 and context.undo_stack.count() == steps + 1


def test_a_full_disk_refuses_an_undo_and_the_window_keeps_running(qtbot, open_section, context, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
    window, panel = open_section("stock")
    pick_kind(panel, "receive")
    panel.quantity.setText("5")
    panel.record_button.click()
    assert context.catalogue.on_hand("WAL-001") == 55
    errors = []
    context.signals.error.connect(errors.append)
    pages = context.db.execute("PRAGMA page_count").fetchone()[0]
    context.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    context.db.execute(f"PRAGMA max_page_count = {pages}")
    context.db.execute("PRAGMA query_only = ON")  # an undo is a small write: make sure it is refused too
    window.undo_action.trigger()
    assert errors and "read-only" in errors[-1] and warned == errors  # the window says it in a message box
    assert context.catalogue.on_hand("WAL-001") == 55
    context.db.execute("PRAGMA query_only = OFF")
    context.db.execute("PRAGMA max_page_count = 1073741823")
    assert window.isVisible()
    panel.quantity.setText("1")
    panel.record_button.click()  # the disk is back: writing works again
    assert context.catalogue.on_hand("WAL-001") == 56


# --- two windows on one catalogue --------------------------------------------------------------------
def test_a_second_window_on_the_same_catalogue_is_refused_in_words(qapp, db_path, capsys):
    with InstanceLock(db_path):
        assert run_app(db_path, exit_after_show=True) == 2
    err = capsys.readouterr().err
    assert "already open in another VillageCast window" in err and f"process {os.getpid()}" in err
    assert run_app(db_path, exit_after_show=True) == 0  # the lock is gone with its holder


def test_the_refusal_is_chinese_in_the_chinese_ui(qapp, db_path, capsys):
    with InstanceLock(db_path):
        assert run_app(db_path, exit_after_show=True, language="zh_CN") == 2
    err = capsys.readouterr().err
    assert "已在另一个" in err and "already" not in err


def test_a_killed_window_does_not_keep_the_catalogue_locked(tmp_path, db_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-m", "villagecast", "--db", str(db_path)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the window holds the lock once it has opened the file
            lock = InstanceLock(db_path)
            try:
                lock.acquire()
                lock.release()
            except Exception as exc:
                assert getattr(exc, "code", "") == "in_use" and exc.holder.pid == child.pid
                break
            assert child.poll() is None, child.stderr.read().decode()
            time.sleep(0.1)
        else:
            pytest.fail("the window never took the lock")
        second = subprocess.run([sys.executable, "-m", "villagecast", "--db", str(db_path), "--exit-after-show"],
                                env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 2 and "already open" in second.stderr
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    with InstanceLock(db_path):  # SIGKILL: the operating system dropped the lock
        pass
    assert lock_path(db_path).exists()


def test_switching_to_a_catalogue_open_elsewhere_keeps_the_current_one(qtbot, monkeypatch, tmp_path, db_path):
    from villagecast import paths
    from villagecast.storage.demo_file import ensure_demo

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    warnings = []
    own = trainer_actions.open_main_window(db_path, __import__("villagecast.ui.settings").ui.settings.Settings())
    qtbot.addWidget(own)
    demo = paths.demo_db_path()
    ensure_demo(demo)
    with InstanceLock(demo):
        new = trainer_actions.open_demo_catalogue(own)
    assert new is not None and new.context.db_path == db_path and not new.context.is_demo
    assert warnings and "already open" in warnings[0]
    with pytest.raises(Exception) as busy:  # the reopened window holds its own catalogue again
        InstanceLock(db_path).acquire()
    assert busy.value.code == "in_use"
    new.context.close()


# --- a damaged catalogue -----------------------------------------------------------------------------
def damage_pages(path) -> None:
    """Overwrite the middle of the file (b-tree pages, not the header): it opens, but quick_check fails."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(4096 * 2)
        fh.write(b"\x5a" * (size - 4096 * 3))


def backed_up(db_path):
    from villagecast.storage import open_database

    db = open_database(db_path)
    make_backup(db, db_path, reason="manual")
    db.close()


def test_a_file_that_no_longer_opens_gets_the_newest_good_backup_offered(qapp, db_path, capsys):
    backed_up(db_path)
    db_path.write_bytes(b"this is not a database at all, it was half copied" * 100)
    assert run_app(db_path, exit_after_show=True) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "villagecast backup restore 1 --yes" in err


def test_damage_found_at_start_takes_no_backup_and_restoring_brings_the_catalogue_back(
        qtbot, qapp, db_path, monkeypatch, capsys):
    backed_up(db_path)
    damage_pages(db_path)
    count = len(list_backups(db_path))
    assert run_app(db_path, exit_after_show=True) == 2
    assert "villagecast backup restore 1" in capsys.readouterr().err
    assert len(list_backups(db_path)) == count  # the damaged file pushed no good backup out

    from villagecast.ui import startup as startup_module

    asked = []

    def accept(box):
        asked.append(box.text())
        next(b for b in box.buttons() if "Restore" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    shown = []
    monkeypatch.setattr(startup_module.Startup, "_offer_resume", lambda self: shown.append(self))
    from villagecast.ui.startup import Startup
    from villagecast.ui import settings as config
    from villagecast.ui.views.main_window import MainWindow

    window = MainWindow(None, config.Settings(), db_path=db_path)
    qtbot.addWidget(window)
    codes = []
    start = Startup(window, db_path, finish=codes.append, exit_after_show=False)
    start.begin()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "newest good backup" in asked[0]
    from villagecast.storage import open_database
    from villagecast.storage.db import integrity_check

    def reopened():  # restored before the window opened (begin), or after the start check (a new window)
        return [w for w in [window, *trainer_actions._open_windows]
                if w.isVisible() and w.context is not None and not getattr(w, "retired", False)]

    qtbot.waitUntil(lambda: bool(reopened()), timeout=10_000)
    new = reopened()[0]
    assert new.context.catalogue.count() == 4 and integrity_check(new.context.db) == ["ok"]
    start.close()
    new.context.close()
    assert any(b.reason == "pre-restore" for b in list_backups(db_path))  # the damaged file was kept
    db = open_database(db_path)
    assert integrity_check(db) == ["ok"]
    db.close()
