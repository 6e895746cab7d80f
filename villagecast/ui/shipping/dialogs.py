"""The few questions the shipping window asks (confirm, pick a file, pick a province) and the problems list.

Module functions, so a test can answer them (monkeypatch) without a modal dialog blocking it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
)


def ask(parent, title: str, text: str) -> bool:
    """Yes or Cancel (Cancel is the default)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def open_file(parent, title: str, folder: str, filters: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, folder, filters)[0]


def save_file(parent, title: str, path: str, filters: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, path, filters)[0]


def choose(parent, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """The index of the item picked, or None when cancelled."""
    text, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return items.index(text) if ok and text in items else None


def warn(parent, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


class ProblemsDialog(QDialog):
    """Every bad line of a refused file, one per row (selectable, so it can be copied)."""

    def __init__(self, parent, title: str, intro: str, lines: list[str]):
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.list = QListWidget(objectName="problemsList")
        self.list.setWordWrap(True)
        self.list.addItems(lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.list, 1)
        box.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("\u4e2d")
        self.resize(min(46 * em, 1200), min(24 * em, 640))

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
