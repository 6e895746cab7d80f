"""Trainer mode: File > Reset demo…, File > Rehearse the demo show…, the DEMO badge, View > High contrast and
View > Projector mode.

Changing the open catalogue (resetting the demo, or opening it from the first-run guide) is
``switch_catalogue``: it saves what is being typed and the layout, closes the tool windows and the database,
prepares the file (``reset_demo`` / ``ensure_demo``), opens a new main window on it, then closes the old one.
A main window is attached to one context for its life, so a new catalogue gets a new window (and a fresh undo
stack: a reset is not undoable). Projector mode = UI scale 150/175/200 % + the high-contrast theme; off puts
back the scale from before. Settings: ``theme.HIGH_CONTRAST``, ``theme.PROJECTOR_SCALE``, ``config.SCALE_BEFORE_PROJECTOR``.
Rehearsing opens the demo catalogue if needed, then its broadcast window on the demo run sheet and Go on air there
(the gate first); on the demo catalogue the show is a rehearsal (``live_controller.start_show``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox

from .. import metrics, theme
from .. import settings as config

translate = QCoreApplication.translate
PROJECTOR_SCALES = (150, 175, 200)
_open_windows: list = []  # main windows opened here (the app keeps the first one itself)


# --- changing the open catalogue -------------------------------------------------------------------
def open_main_window(db_path: Path, settings: config.Settings, lock=None):
    """A shown main window over a newly opened ``db_path`` (holding ``lock``, taken here when None); its
    database closes and the lock is released when the app quits."""
    from ..context import AppContext
    from .main_window import MainWindow

    context = AppContext.open(db_path, lock)
    window = MainWindow(context, settings)
    _open_windows.append(window)
    app = QApplication.instance()
    app.aboutToQuit.connect(context.close)
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    return window


def show_on_air() -> bool:
    """True while a show is on air (its operator window is open): the catalogue must not change under it."""
    return any(w.objectName() == "operatorWindow" and w.isVisible() for w in QApplication.topLevelWidgets())


def switch_catalogue(window, db_path: Path, prepare: Callable[[Path], object] | None = None,
                     opener: Callable = open_main_window, failure_title: str = ""):
    """Close ``window``'s catalogue, ``prepare(db_path)``, open a window on it; the new window, or None.

    Refused (None, with a message) while a show is on air. When ``prepare`` fails the file is as it was
    (``reset_demo`` builds beside it and swaps atomically), the reason is shown under ``failure_title`` and the
    old catalogue is opened again in a new window.
    """
    from ...core.errors import VillageCastError
    from ...messages import describe_error

    if show_on_air():
        QMessageBox.information(window, translate("TrainerActions", "A show is on air"), translate(
            "TrainerActions", "Finish the show in the operator window first, then change the catalogue."))
        return None
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()  # a field being typed in saves when it loses focus
    from ...storage.instance import InstanceLock

    settings, old_context = window.settings, window.context
    window.tools.close_all()
    window.save_settings()
    target = Path(db_path)
    old_path = old_context.db_path if old_context is not None else None
    # The target's one-window lock is held from before ``prepare`` touches the file until the new window
    # has it open; on the same file (reset) the old window's lock is simply kept.
    target_lock = None
    if old_context is not None:
        keep = old_path == target and old_context.lock is not None
        target_lock = old_context.lock if keep else None
        old_context.close(keep_lock=keep)
    failure, reopen, reopen_lock = None, target, None
    try:
        if target_lock is None:
            target_lock = InstanceLock(target).acquire()
        if prepare is not None:
            prepare(target)
        reopen_lock = target_lock
    except (VillageCastError, OSError) as exc:
        failure = describe_error(exc) if isinstance(exc, VillageCastError) else str(exc)
        if old_path is None or old_path == target:
            reopen_lock = target_lock
        elif target_lock is not None:
            target_lock.release()
        reopen = old_path or target
    try:
        new = opener(reopen, settings, reopen_lock)
    except VillageCastError as exc:
        if reopen_lock is not None:
            reopen_lock.release()
        QMessageBox.critical(window, translate("TrainerActions", "VillageCast cannot open the catalogue"),
                             describe_error(exc))
        window.close()
        return None
    retire(window)
    if failure is not None:
        QMessageBox.warning(new, failure_title or translate("TrainerActions", "The catalogue was not changed"),
                            failure)
    return new


def retire(window) -> None:
    """Close a main window whose catalogue was replaced; its app-wide shortcuts (F1) stop answering."""
    window.retired = True  # its language menu and trainer actions stop following
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut:
            action.setEnabled(False)
    window.close()


def reset_demo_catalogue(window, ask: bool = True):
    """File > Reset demo…: after confirmation, rebuild the demo file and reopen it; the new window or None."""
    context = window.context
    if context is None or not context.is_demo:
        return None
    if ask:
        answer = QMessageBox.question(
            window, translate("TrainerActions", "Reset the demo"),
            translate(
                "TrainerActions", "Put the demo catalogue back as it was?\n\nEvery change made in the demo "
                "(products, stock, prices, scripts, sessions and sales) is lost. Your own catalogue is not "
                "touched."),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Reset:
            return None
    from ...storage.demo_file import reset_demo

    return switch_catalogue(window, context.db_path, reset_demo,
                            failure_title=translate("TrainerActions", "The demo was not reset"))


def open_demo_catalogue(window):
    """Open the demo catalogue (built on first use) in place of ``window``'s; the first-run guide's hook."""
    from ... import paths
    from ...storage.demo_file import ensure_demo

    path = paths.demo_db_path()
    if window.context is not None and window.context.db_path == path:
        return window
    return switch_catalogue(window, path, ensure_demo,
                            failure_title=translate("TrainerActions", "The demo catalogue could not be opened"))


def rehearse_demo_show(window) -> bool:
    """File > Rehearse the demo show…: on the demo catalogue (opened in place of ``window``'s when needed), the
    broadcast window on the demo run sheet and Go on air (the usual gate first); True once the rehearsal is on air."""
    from ...core.demo import demo_show_id

    if window.context is None or not window.context.is_demo:
        window = open_demo_catalogue(window)
        if window is None or window.context is None:
            return False
    broadcast = window.tools.open_broadcast()
    sheet_id = demo_show_id(broadcast.book.sheets.sheets())
    if sheet_id is None:
        QMessageBox.information(broadcast, translate("TrainerActions", "Rehearse the demo show"), translate(
            "TrainerActions", "The demo run sheet is no longer in the demo catalogue. File > Reset demo puts it "
            "back."))
        return False
    broadcast.tabs.setCurrentWidget(broadcast.sheet_tab)
    broadcast.sheet_tab.show_sheet(sheet_id)
    return broadcast.go_on_air()


# --- the actions ----------------------------------------------------------------------------------
class TrainerActions(QObject):
    """Reset demo and Rehearse the demo show (File), High contrast and Projector mode (View), the DEMO badge."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.reset_action = QAction(window, objectName="resetDemoAction")
        self.reset_action.triggered.connect(lambda: reset_demo_catalogue(self.window))
        self.reset_action.setVisible(False)
        self.rehearse_action = QAction(window, objectName="rehearseDemoAction")
        self.rehearse_action.triggered.connect(lambda: rehearse_demo_show(self.window))
        self.contrast_action = QAction(window, checkable=True, objectName="highContrastAction")
        self.contrast_action.setShortcut(QKeySequence("Ctrl+Alt+H"))
        self.contrast_action.triggered.connect(self.set_high_contrast)
        self.projector_menu = QMenu(window, objectName="projectorMenu")
        self.projector_group = QActionGroup(self)
        self.projector_actions: dict[int, QAction] = {}
        for percent in (0, *PROJECTOR_SCALES):
            action = QAction(window, checkable=True, objectName=f"projector{percent}")
            action.triggered.connect(lambda _=False, p=percent: self.set_projector(p))
            self.projector_group.addAction(action)
            self.projector_menu.addAction(action)
            self.projector_actions[percent] = action
        self.projector_menu.insertSeparator(self.projector_actions[PROJECTOR_SCALES[0]])
        self.badge = QLabel(objectName="demoBadge")
        self.badge.setStyleSheet(f"QLabel {{ background: {metrics.DEMO_COLOR}; color: white; font-weight: bold;"
                                 " padding: 2px 12px; border-radius: 4px; margin: 2px 6px; }")
        self.badge.hide()
        window.actions.scale_group.triggered.connect(self._scale_picked)
        window.model.modelReset.connect(self.update_demo)  # attach() loads the rows: the context is known
        from .language_menu import find_translations

        find_translations().switched.connect(self.retranslate)
        self._show_state()

    @property
    def settings(self) -> config.Settings:
        return self.window.settings

    def retranslate(self, *_args) -> None:
        self.reset_action.setText(self.tr("&Reset demo…"))
        self.reset_action.setStatusTip(self.tr("Put the demo catalogue back as it was (asks first)"))
        self.rehearse_action.setText(self.tr("Re&hearse the demo show…"))
        self.rehearse_action.setStatusTip(self.tr("Put the demo run sheet on air as a rehearsal on the demo "
                                                  "catalogue: findings marked in the prompter, sales kept in the demo"))
        self.contrast_action.setText(self.tr("&High contrast"))
        self.contrast_action.setStatusTip(self.tr("Black on white with a thick focus frame (Ctrl+Alt+H)"))
        self.projector_menu.setTitle(self.tr("&Projector mode"))
        self.projector_actions[0].setText(self.tr("Off"))
        for percent in PROJECTOR_SCALES:
            self.projector_actions[percent].setText(
                self.tr("%1 % text, high contrast").replace("%1", str(percent)))
        self.badge.setText(self.tr("DEMO"))
        self.badge.setToolTip(self.tr("This is the demo catalogue with sample data, not your own. "
                                      "File > Reset demo puts it back as it was."))
        self.badge.setAccessibleName(self.tr("Demo catalogue"))

    def update_demo(self) -> None:
        """Show the badge and the reset action only on the demo catalogue."""
        context = self.window.context
        demo = context is not None and context.is_demo and not getattr(self.window, "retired", False)
        self.reset_action.setVisible(demo)
        self.badge.setVisible(demo)

    # --- projector and contrast -------------------------------------------------------------------
    def projector_scale(self) -> int:
        value = self.settings.get(theme.PROJECTOR_SCALE)
        return value if value in PROJECTOR_SCALES else 0

    def set_projector(self, percent: int) -> None:
        """0 = off (the scale from before comes back), else that UI scale with high contrast."""
        current = self.projector_scale()
        if percent and not current:
            self.settings.set(config.SCALE_BEFORE_PROJECTOR, self.settings.get(config.UI_SCALE))
        self.settings.set(theme.PROJECTOR_SCALE, percent if percent in PROJECTOR_SCALES else 0)
        scale = percent if percent in PROJECTOR_SCALES else self.settings.get(config.SCALE_BEFORE_PROJECTOR)
        self._apply()  # the theme first: the new font then reaches every widget
        if current or percent:
            self.window.actions.set_scale(scale)
            self._rescaled()

    def set_high_contrast(self, on: bool) -> None:
        self.settings.set(theme.HIGH_CONTRAST, 1 if on else 0)
        self._apply()

    def _scale_picked(self, action: QAction) -> None:
        """View > UI scale: while projecting a projector size keeps projecting, a smaller one ends it."""
        if self.projector_scale():
            percent = action.data()
            self.settings.set(theme.PROJECTOR_SCALE, percent if percent in PROJECTOR_SCALES else 0)
            self._apply()
        self._rescaled()

    def _rescaled(self) -> None:
        """Under the high-contrast style sheet the new font reaches widgets only once the sheet is set again."""
        app = QApplication.instance()
        if theme.is_high_contrast(app):
            theme.refresh(app)
            QApplication.sendPostedEvents()
            self.window.rescale()

    def _apply(self) -> None:
        self.settings.sync()
        theme.apply_theme(QApplication.instance(), theme.wants_high_contrast(self.settings))
        self._show_state()

    def _show_state(self) -> None:
        projector = self.projector_scale()
        self.projector_actions[projector].setChecked(True)
        self.contrast_action.setChecked(bool(self.settings.get(theme.HIGH_CONTRAST)) or bool(projector))
        self.contrast_action.setEnabled(not projector)  # part of projector mode while it is on


def install_trainer_actions(window) -> TrainerActions:
    """Add Reset demo… and Rehearse the demo show… to File (above Quit), High contrast and Projector mode to View,
    the DEMO badge."""
    trainer = TrainerActions(window)
    quit_action = getattr(window, "quit_action", None)
    actions = window.file_menu.actions()
    if quit_action in actions:
        index = actions.index(quit_action)
        before = actions[index - 1] if index and actions[index - 1].isSeparator() else quit_action
        window.file_menu.insertActions(before, [trainer.reset_action, trainer.rehearse_action])
    else:
        window.file_menu.addActions([trainer.reset_action, trainer.rehearse_action])
    window.view_menu.addSeparator()
    window.view_menu.addAction(trainer.contrast_action)
    window.view_menu.addMenu(trainer.projector_menu)
    window.menuBar().setCornerWidget(trainer.badge, Qt.Corner.TopRightCorner)
    trainer.retranslate()
    trainer.update_demo()
    return trainer
