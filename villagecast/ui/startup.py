"""Paint first, then open: the window shows before the database layer is even imported.

Sequence: show the empty window -> first paint -> open the database (or report why not) ->
fill the window -> its first paint with data -> the rolling "start" backup -> (exit_after_show)
finish with 0. Importing sqlite-utils and reading 10,000 rows both happen after the first paint.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ..core.errors import DatabaseError

translate = QCoreApplication.translate


class FirstPaint(QObject):
    """Calls ``callback`` once, just after ``target`` has handled its next paint event."""

    def __init__(self, target: QWidget, callback: Callable[[], None]):
        super().__init__(target)
        self.seen = False
        self._callback = callback
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


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

    def begin(self) -> None:
        """Show the window; the database is opened once it has painted."""
        FirstPaint(self.window.table.viewport(), self._open)
        self.window.show()

    def _open(self) -> None:
        from ..storage import open_database

        try:
            db = open_database(self.db_path)
        except DatabaseError as exc:
            report_database_error(exc, self.db_path, to_stderr=self._exit_after_show, parent=self.window)
            self.window.hide()  # hide, not close: closing the last window would quit with 0
            self.done(2)
            return
        from .context import AppContext

        self.context = AppContext.create(db, self.db_path)
        FirstPaint(self.window.table.viewport(), self._filled)
        self.window.attach(self.context)
        self.window.table.viewport().update()

    def _filled(self) -> None:
        """The catalogue is on screen: back up, then idle work (or finish when only checking)."""
        self.take_backup()
        if self._exit_after_show:
            self.done(0)
        else:
            QTimer.singleShot(0, self.window.model.prepare_search)

    def take_backup(self) -> None:
        """The rolling "start" backup, once per start; failures are reported, never fatal."""
        if self._backup_done or self.context is None or str(self.db_path) == ":memory:":
            return
        self._backup_done = True
        from ..storage.backup import make_backup

        try:
            self.backup_path = make_backup(self.context.db, self.db_path, reason="start")
        except DatabaseError as exc:
            message = translate("App", "The start-up backup failed: %1").replace(
                "%1", str(exc.params.get("reason", exc)))
            print(message, file=sys.stderr)
            self.window.statusBar().showMessage(message)

    def done(self, code: int) -> None:
        if not self.finished:
            self.finished = True
            self._finish(code)

    def close(self) -> None:
        """After the event loop: make sure the backup happened, then close the database."""
        self.take_backup()
        if self.context is not None:
            self.context.close()


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
