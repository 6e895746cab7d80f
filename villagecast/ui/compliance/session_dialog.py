"""The "new broadcast session" dialog: a title and whether it is a rehearsal."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ...core.broadcast.sessions import MAX_TITLE_CHARS
from .. import metrics


class NewSessionDialog(QDialog):
    """``title()`` and ``rehearsal()`` once accepted; OK needs a title."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New broadcast session"))
        self.title_edit = QLineEdit(objectName="sessionTitle")
        self.title_edit.setMaxLength(MAX_TITLE_CHARS)
        self.title_edit.setText(self.tr("Broadcast %1").replace("%1", date.today().isoformat()))
        self.title_edit.selectAll()
        self.title_edit.setAccessibleName(self.tr("Session title"))
        self.rehearsal_box = QCheckBox(self.tr("&Rehearsal (a practice run, not on air for real)"),
                                       objectName="sessionRehearsal")
        note = QLabel(self.tr("Each session keeps its own checklist ticks and the gate as it stood when you went "
                              "on air."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow("", self.rehearsal_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip())))
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.buttons)

    def title(self) -> str:
        return self.title_edit.text().strip()

    def rehearsal(self) -> bool:
        return self.rehearsal_box.isChecked()
