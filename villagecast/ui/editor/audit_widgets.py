"""Small widgets of the selection review: a clickable label and a wrapping list of checkable citations."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class ClickLabel(QLabel):
    """A label that says ``clicked`` on a left click (step names, citation texts)."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class EvidenceChoices(QWidget):
    """One check box per certificate or document; the texts wrap, so nothing scrolls sideways at 200 % scale.

    ``set_choices`` takes (key, text, colour or None) triples; keys are (kind, ref) pairs.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 2, 0, 2)
        self.column.setSpacing(2)
        self.rows: list[tuple[QCheckBox, ClickLabel, tuple[str, str], QWidget]] = []

    def set_choices(self, choices: list[tuple[tuple[str, str], str, str | None]], checked: set) -> None:
        for _, _, _, row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for key, text, color in choices:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox(row)
            box.setObjectName(f"evidence_{key[0]}")
            box.setChecked(key in checked)
            box.setAccessibleName(text)
            label = ClickLabel(text, row)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            if color:
                label.setStyleSheet(f"color: {color};")
            label.clicked.connect(box.toggle)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            self.column.addWidget(row)
            self.rows.append((box, label, key, row))
        self.setFocusProxy(self.rows[0][0] if self.rows else None)

    def boxes(self) -> list[QCheckBox]:
        return [box for box, _, _, _ in self.rows]

    def texts(self) -> list[str]:
        return [label.text() for _, label, _, _ in self.rows]

    def checked(self) -> list[tuple[str, str]]:
        return [key for box, _, key, _ in self.rows if box.isChecked()]

    def set_checked(self, key: tuple[str, str], on: bool = True) -> None:
        for box, _, k, _ in self.rows:
            if k == key:
                box.setChecked(on)

    def clear_checks(self) -> None:
        for box in self.boxes():
            box.setChecked(False)

    def set_tooltip(self, text: str) -> None:
        for box, label, _, _ in self.rows:
            box.setToolTip(text)
            label.setToolTip(text)
