"""Start the window: QApplication, translators, font, then the main window (see ``startup``).

Startup stays lean: this module and the window import only Qt and light core modules; the
database layer, the rows, the backup and the search index all come after the first paint.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from . import metrics
from . import settings as config
from .i18n import Translations

translate = QCoreApplication.translate
PAINT_TIMEOUT_MS = 60_000  # exit_after_show gives up (exit 1) if the window never paints


def run_app(db_path: Path, *, exit_after_show: bool = False, language: str | None = None) -> int:
    """Open ``db_path`` in the main window; the exit code (0 ok, 2 unusable database).

    With ``exit_after_show`` the window closes itself once it has painted the catalogue and the
    start backup is taken (smoke tests, startup timing); database errors go to stderr, not a dialog.
    """
    from .theme import apply_saved as apply_saved_theme
    from .views.language_menu import find_translations, startup_language

    app = application()
    settings = config.Settings()
    translations = find_translations(app)  # one per application, also when tests start the app again
    translations.switch(startup_language(language, settings))
    apply_font(app, settings.get(config.FONT_POINT_SIZE), settings.get(config.UI_SCALE))
    apply_saved_theme(app, settings)
    try:
        return _run(app, Path(db_path), settings, exit_after_show, translations)
    finally:
        translations.remove()


def application() -> QApplication:
    """The running QApplication, created (with the app's names) when there is none."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def apply_font(app: QApplication, point_size: int, scale_percent: int = 100) -> None:
    """Prefer families that cover Chinese (the first installed one wins), at a comfortable size.

    ``scale_percent`` (100-200, View > UI scale) enlarges every text for projectors and older eyes.
    ``setFamilies`` lets Qt's font matching pick, without enumerating every installed font first.
    """
    scale = min(max(int(scale_percent), metrics.UI_SCALES[0]), metrics.UI_SCALES[-1])
    font = QFont(app.font())
    font.setFamilies([*metrics.CJK_FAMILIES, *font.families()])
    font.setPointSizeF(max(6.0, int(point_size) * scale / 100))
    app.setFont(font)


def _run(app: QApplication, db_path: Path, settings: config.Settings, exit_after_show: bool,
         translations: Translations) -> int:
    from .startup import Startup
    from .views.main_window import MainWindow

    window = MainWindow(None, settings, db_path=db_path)  # its language menu follows ``translations``
    loop = QEventLoop() if exit_after_show else None
    finish = loop.exit if loop is not None else app.exit
    startup = Startup(window, db_path, finish=finish, exit_after_show=exit_after_show)
    try:
        startup.begin()
        if startup.finished:  # refused before the event loop ran (an unusable database)
            return startup.code
        if loop is None:
            window.table.first_painted.connect(lambda: _first_run(window), Qt.ConnectionType.QueuedConnection)
            return app.exec()
        QTimer.singleShot(PAINT_TIMEOUT_MS, lambda: startup.done(1))
        code = loop.exec()
        if code == 1:
            print(translate("App", "The window was never painted."), file=sys.stderr)
        return code
    finally:
        startup.close()
        if window.isVisible():  # only with exit_after_show: keep the layout, without a lastWindowClosed
            window.save_settings()
            window.hide()
        window.deleteLater()


def _first_run(window) -> None:
    """The first-run guide, on the very first start only (after the catalogue is painted)."""
    from .first_run import maybe_show_first_run
    from .views.trainer_actions import open_demo_catalogue

    maybe_show_first_run(window, open_demo_catalogue)
