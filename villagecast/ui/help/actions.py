"""The Help menu entries: help for this window (F1, anywhere in the app) and Getting started."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from .pages import page_for


def show_help(parent: QWidget | None, page: str | None = None):
    """Open (or bring forward) the one help window of ``parent`` on ``page`` ("page#anchor"); returns it."""
    from .window import HelpWindow

    found = parent.findChild(HelpWindow, "helpWindow") if parent is not None else None
    if found is None:
        found = HelpWindow(parent)
    found.show_page(page or page_for())
    found.show()
    found.raise_()
    found.activateWindow()
    return found


class HelpActions(QObject):
    """Owns the actions; ``open_demo(window)`` is the first-run guide's "Open the demo catalogue" hook."""

    def __init__(self, window, open_demo=None):
        super().__init__(window)
        self.window = window
        self.open_demo = open_demo
        self.help_action = QAction(window, objectName="helpAction")
        self.help_action.setShortcuts(QKeySequence.StandardKey.HelpContents)  # F1
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # tool windows too
        self.help_action.triggered.connect(self.help_for_focus)
        self.guide_action = QAction(window, objectName="gettingStartedAction")
        self.guide_action.triggered.connect(self.getting_started)
        window.addAction(self.help_action)
        from ..views.language_menu import find_translations

        find_translations().switched.connect(self.retranslate)

    def retranslate(self, *_args) -> None:
        self.help_action.setText(self.tr("&Help for this window"))
        self.help_action.setStatusTip(self.tr("What this window does and how to use it (F1)"))
        self.guide_action.setText(self.tr("&Getting started"))

    def help_for_focus(self):
        """F1: the page of the window that has focus (not over the full-screen prompter)."""
        if getattr(self.window, "retired", False):
            return None
        active = QApplication.activeWindow()
        if active is not None and type(active).__name__ == "PrompterWindow":
            return None
        return show_help(self.window, page_for())

    def getting_started(self):
        from ..first_run import show_first_run

        return show_first_run(self.window, self.open_demo)


def install_help(window, open_demo=None) -> HelpActions:
    """Put Help for this window (F1) and Getting started at the top of ``window.help_menu``."""
    if open_demo is None:
        from ..views.trainer_actions import open_demo_catalogue as open_demo
    actions = HelpActions(window, open_demo)
    first = window.help_menu.actions()[0] if window.help_menu.actions() else None
    window.help_menu.insertActions(first, [actions.help_action, actions.guide_action])
    if first is not None:
        window.help_menu.insertSeparator(first)
    actions.retranslate()
    return actions
