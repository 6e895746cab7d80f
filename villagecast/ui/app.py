"""Start the window: QApplication, translators, font, database, context, main window, startup backup.

Startup stays lean: the search index, pypinyin and the backup are all kept off the path to the
first paint; the backup runs right after the window is shown.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..core.errors import DatabaseError
from . import metrics
from . import settings as config
from .i18n import Translations, choose_language

translate = QCoreApplication.translate
PAINT_TIMEOUT_MS = 60_000  # exit_after_show gives up (exit 1) if nothing is ever painted


def run_app(db_path: Path, *, exit_after_show: bool = False, language: str | None = None) -> int:
    """Open ``db_path`` in the main window; the exit code (0 ok, 2 unusable database).

    With ``exit_after_show`` the window closes itself after its first real paint (smoke tests,
    startup timing) and database errors go to stderr instead of a dialog.
    """
    app = application()
    translations = Translations(app)
    translations.switch(choose_language(language))
    settings = config.Settings()
    apply_font(app, settings.get(config.FONT_POINT_SIZE))
    try:
        return _run(app, Path(db_path), settings, exit_after_show)
    finally:
        translations.remove()


def application() -> QApplication:
    """The running QApplication, created (with the app's names) when there is none."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def apply_font(app: QApplication, point_size: int) -> str:
    """Use the first installed family that covers Chinese, at a comfortable size; the family chosen."""
    font = QFont(app.font())
    installed = set(QFontDatabase.families())
    family = next((f for f in metrics.CJK_FAMILIES if f in installed), None)
    if family:
        font.setFamily(family)
    font.setPointSize(max(6, int(point_size)))
    app.setFont(font)
    return font.family()


def _run(app: QApplication, db_path: Path, settings: config.Settings, exit_after_show: bool) -> int:
    from ..storage import open_database

    try:
        db = open_database(db_path)
    except DatabaseError as exc:
        report_database_error(exc, db_path, exit_after_show)
        return 2
    from .context import AppContext
    from .views.main_window import MainWindow

    context = AppContext.create(db, db_path)
    window = MainWindow(context, settings)
    backup = StartupBackup(context, window)
    try:
        if exit_after_show:
            return show_until_painted(window, backup)
        window.show()
        QTimer.singleShot(0, backup.run)
        QTimer.singleShot(0, window.model.prepare_search)  # first keystroke as fast as the rest
        return app.exec()
    finally:
        backup.run()  # no-op when it already ran; guarantees one backup per start
        window.close()
        window.deleteLater()
        context.close()


def show_until_painted(window: QWidget, backup: StartupBackup) -> int:
    """Show ``window``, wait for the product table's first paint, take the backup; 0, or 1 on timeout."""
    loop = QEventLoop()
    painted = FirstPaint(window.table.viewport(), loop.quit)
    window.show()
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    if not painted.seen:
        loop.exec()
    if not painted.seen:
        print(translate("App", "The window was never painted."), file=sys.stderr)
        return 1
    backup.run()
    return 0


class FirstPaint(QObject):
    """Calls ``callback`` once, just after ``target``'s first paint event has been handled."""

    def __init__(self, target: QWidget, callback):
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


class StartupBackup:
    """The rolling "start" backup, taken once per start and never on the path to the first paint."""

    def __init__(self, context, window):
        self._context = context
        self._window = window
        self.done = False
        self.path: Path | None = None

    def run(self) -> None:
        if self.done or str(self._context.db_path) == ":memory:":
            self.done = True
            return
        self.done = True
        from ..storage.backup import make_backup

        try:
            self.path = make_backup(self._context.db, self._context.db_path, reason="start")
        except DatabaseError as exc:
            message = translate("App", "The start-up backup failed: %1").replace("%1", str(exc.params.get("reason", exc)))
            print(message, file=sys.stderr)
            self._window.statusBar().showMessage(message)


def database_error_text(exc: DatabaseError, db_path: Path) -> str:
    """What to tell the user about a database that cannot be opened (words from ``messages``)."""
    from ..messages import describe_error

    where = translate("App", "Database file: %1").replace("%1", os.fspath(db_path))
    return f"{describe_error(exc)}\n\n{where}"


def report_database_error(exc: DatabaseError, db_path: Path, to_stderr: bool) -> None:
    """A dialog, or a line on stderr when there is no one to click it away."""
    message = database_error_text(exc, db_path)
    if to_stderr:
        print(message, file=sys.stderr)
        return
    QMessageBox.critical(None, translate("App", "VillageCast cannot open the catalogue"), message)
