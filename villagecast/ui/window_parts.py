"""Pieces the windows (main, shipping, scripts and checklist, broadcast, help) build the same way."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from . import metrics


def fit_to_screen(window, size: tuple[int, int], center: bool = False) -> tuple[int, int]:
    """Resize ``window`` to ``size``, never over ``SCREEN_FILL`` of its screen's free area (and centre it there
    when ``center``); the width and height it got. For a first start, before any geometry is remembered."""
    width, height = size
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    if available is not None:
        width = min(width, int(available.width() * metrics.SCREEN_FILL))
        height = min(height, int(available.height() * metrics.SCREEN_FILL))
    window.resize(width, height)
    if center and available is not None:
        frame = window.frameGeometry()
        frame.moveCenter(available.center())
        window.move(frame.topLeft())
    return width, height


def tab_actions(window, tabs, prefix: str) -> list[QAction]:
    """One action per tab of ``tabs`` (Ctrl+1, Ctrl+2, …) that shows it; texts are set on retranslation."""
    actions = []
    for n in range(tabs.count()):
        action = QAction(window, objectName=f"{prefix}Tab{n + 1}")
        action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
        action.triggered.connect(lambda _=False, i=n: tabs.setCurrentIndex(i))
        actions.append(action)
    return actions
