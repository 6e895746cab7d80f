"""Pieces the tool windows (shipping, scripts and checklist, broadcast) build the same way."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def tab_actions(window, tabs, prefix: str) -> list[QAction]:
    """One action per tab of ``tabs`` (Ctrl+1, Ctrl+2, …) that shows it; texts are set on retranslation."""
    actions = []
    for n in range(tabs.count()):
        action = QAction(window, objectName=f"{prefix}Tab{n + 1}")
        action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
        action.triggered.connect(lambda _=False, i=n: tabs.setCurrentIndex(i))
        actions.append(action)
    return actions
