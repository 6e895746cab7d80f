"""One start of the main window, arranged so the first paint already shows the catalogue.

Sequence: open the database (or report why not and finish with 2) -> read the first page of
rows -> show -> first paint, with products -> read the remaining rows -> the rolling "start"
backup -> (exit_after_show) finish with 0, else build the search index while idle.
Opening uses plain sqlite3; sqlite-utils is imported only when a migration is pending.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from ..core.errors import DatabaseError

translate = QCoreApplication.translate
TRACE_ENV = "VILLAGECAST_TRACE_PAINT"
FIRST_PAGE_ROWS = 128  # rows read before the first paint; a 4K screen shows about 80 at the default font


class Startup:
    """Drives one start of the main window over ``db_path``; ``finish(code)`` ends the event loop."""

    def __init__(self, window, db_path: Path, finish: Callable[[int], None], exit_after_show: bool):
        self.window = window
        self.db_path = Path(db_path)
        self.context = None
        self.backup_path: Path | None = None
        self._finish = finish
        self._exit_after_show = exit_after_show
        self._backup_done = False
        self.finished = False
        self.code: int | None = None

    def begin(self) -> None:
        """Take the file's one-window lock, open the database and fill the window's first screen, then show it.

        A file that does not open because it is damaged gets the newest good backup offered (``recovery``).
        """
        from ..storage.instance import InstanceLock
        from .context import AppContext

        lock = InstanceLock(self.db_path) if str(self.db_path) != ":memory:" else None
        told = False  # the damage was already put to the user by offer_backup
        try:
            if lock is not None:
                lock.acquire()
            try:
                self.context = AppContext.open(self.db_path, lock)
            except DatabaseError as exc:
                from .recovery import is_damage, offer_backup  # only a file that did not open needs these

                if not is_damage(exc):
                    raise
                told = True
                if not offer_backup(self.db_path, str(exc.params.get("reason", exc.code)),
                                    to_stderr=self._exit_after_show):
                    raise
                told = False
                self.context = AppContext.open(self.db_path, lock)  # the restored file
        except DatabaseError as exc:
            if lock is not None:
                lock.release()
            if not told:
                report_database_error(exc, self.db_path, to_stderr=self._exit_after_show, parent=None)
            self.done(2)
            return
        self.window.attach(self.context, first_page=FIRST_PAGE_ROWS, select_first=False)
        if os.environ.get(TRACE_ENV):  # the start-up benchmark reads the moment the rows are painted
            self.window.table.first_painted.connect(_trace_paint)
        # Queued: the paint finishes (and reaches the screen) before the follow-up work starts.
        self.window.table.first_painted.connect(self._painted, Qt.ConnectionType.QueuedConnection)
        self.window.show()

    def _painted(self) -> None:
        """The first screen of the catalogue is on show: the other rows, the backup, idle work."""
        self.window.model.load_rest()
        self.window.select_sku(self.window.model.sku_at(0))
        problems = self.check_file()
        if self._exit_after_show:
            self.done(0 if problems is None else 2)
        else:
            QTimer.singleShot(0, self.window.model.prepare_search)
            QTimer.singleShot(0, self._offer_resume)

    def check_file(self) -> list[str] | None:
        """The start backup (``take_backup``, which checks the file first); on damage, a restore offer.

        Returns the problems found, or None for a sound file.
        """
        problems = self.take_backup()
        if problems is None:
            return None
        reason = "; ".join(problems[:3])
        if self._exit_after_show:
            from .recovery import offer_backup

            offer_backup(self.db_path, reason, to_stderr=True)
        else:
            QTimer.singleShot(0, lambda: self._offer_restore(reason))
        return problems

    def _offer_restore(self, reason: str) -> None:
        """The file opened but is damaged: offer the newest good backup; if taken, reopen the window on it."""
        from ..storage.backup import restore_backup
        from .recovery import offer_backup
        from .views.trainer_actions import switch_catalogue

        backup = offer_backup(self.db_path, reason, to_stderr=False, parent=self.window, restore=False)
        if backup is None:
            return
        new = switch_catalogue(self.window, self.db_path, lambda path: restore_backup(path, backup.number),
                               failure_title=translate("App", "The backup could not be restored"))
        if new is not None:
            new.statusBar().showMessage(translate("App", "Backup %1 was restored.").replace("%1", str(backup.number)))

    def _offer_resume(self) -> None:
        """A show left on air (a crash, a power cut): offer to resume it at the same line."""
        from .broadcast.live_controller import offer_resume

        offer_resume(self.window, self.context, self.window.settings)

    def take_backup(self) -> list[str] | None:
        """The rolling "start" backup, once per start, of a file ``quick_check`` finds sound.

        A damaged file gets no backup (it must never push a good backup out of the seven kept): its problems are
        returned instead; None otherwise. A failed backup is reported, never fatal.
        """
        if self._backup_done or self.context is None or str(self.db_path) == ":memory:":
            return None
        self._backup_done = True
        from ..storage.backup import make_backup
        from ..storage.db import quick_check

        problems = quick_check(self.context.db)
        if problems != ["ok"]:
            return problems
        try:
            self.backup_path = make_backup(self.context.db, self.db_path, reason="start")
        except DatabaseError as exc:
            message = translate("App", "The start-up backup failed: %1").replace(
                "%1", str(exc.params.get("reason", exc)))
            print(message, file=sys.stderr)
            self.window.statusBar().showMessage(message)
        return None

    def done(self, code: int) -> None:
        if not self.finished:
            self.finished = True
            self.code = code
            self._finish(code)

    def close(self) -> None:
        """After the event loop: make sure the backup happened (of a sound file), then close the database."""
        self.take_backup()
        if self.context is not None:
            self.context.close()


def _trace_paint() -> None:
    print(f"catalogue-painted {time.time():.6f}", file=sys.stderr, flush=True)


def database_error_text(exc: DatabaseError, db_path: Path) -> str:
    """What to tell the user about a database that cannot be opened (words from ``messages``)."""
    from ..messages import describe_error

    where = translate("App", "Database file: %1").replace("%1", os.fspath(db_path))
    return f"{describe_error(exc)}\n\n{where}"


def report_database_error(exc: DatabaseError, db_path: Path, to_stderr: bool, parent=None) -> None:
    """A dialog, or a line on stderr when there is no one to click it away."""
    message = database_error_text(exc, db_path)
    if to_stderr:
        print(message, file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, translate("App", "VillageCast cannot open the catalogue"), message)
