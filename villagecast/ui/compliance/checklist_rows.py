"""One checklist row: tick box, the rule in the UI language, severity and legal source, the tick's time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from .. import formats, metrics
from .words import item_source, item_text


class ClickLabel(QLabel):
    """A wrapping label that toggles its row's box when clicked."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class ChecklistRow(QWidget):
    """``toggled_by_user(item_id, checked)`` when the anchor ticks or unticks the box."""

    toggled_by_user = Signal(str, bool)

    def __init__(self, item, upcoming: bool, parent=None):
        super().__init__(parent)
        self.item = item
        self.upcoming = upcoming
        self.box = QCheckBox(objectName=f"tick_{item.id}")
        self.text = ClickLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.time = QLabel(objectName="tickTime")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.box, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.time, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.meta, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.box.clicked.connect(lambda checked: self.toggled_by_user.emit(self.item.id, checked))
        self.text.clicked.connect(self._label_clicked)
        self.ticked_at: str | None = None
        self.editable = True

    def retranslate(self) -> None:
        item = self.item
        text = item_text(item)
        self.text.setText(text)
        self.box.setAccessibleName(text)
        severity = self.tr("Required by law") if item.severity == "block" else self.tr("Good practice")
        if self.upcoming:
            severity = self.tr("Upcoming from %1, not required yet").replace(
                "%1", formats.date_text(item.effective_from))
        source = item_source(item)
        self.meta.setText(f"{item.id} \u00b7 {severity} \u00b7 {source}")
        self.meta.setToolTip(self.tr("Legal source: %1").replace("%1", source))
        self.set_tick(self.ticked_at, self.editable)

    def set_tick(self, ticked_at: str | None, editable: bool) -> None:
        """Show the stored tick (None: not ticked); ``editable`` False for a finished session or no session."""
        self.ticked_at, self.editable = ticked_at, editable
        self.box.setChecked(ticked_at is not None)
        self.box.setEnabled(editable and not self.upcoming)
        self.time.setText(self.tr("ticked %1").replace("%1", formats.datetime_text(ticked_at)) if ticked_at else "")
        muted = f"color: {metrics.MUTED_COLOR};"
        self.text.setStyleSheet(muted if self.upcoming else "")
        severity_color = metrics.DANGER_COLOR if self.item.severity == "block" else metrics.WARNING_COLOR
        self.meta.setStyleSheet(muted if self.upcoming else f"color: {severity_color};" if not ticked_at else muted)
        self.time.setStyleSheet(f"color: {metrics.OK_COLOR};")

    def _label_clicked(self) -> None:
        if self.box.isEnabled():
            self.box.click()
