"""Reminders and corrections in the operator window.

``RemindersBar``: the "during" checklist items that are due (restate the after-sales terms every 15 minutes…),
amber across the top of the window, each with "Done" (an acknowledgement: the next one is due that long
after it). ``ChecklistPanel``: every reminder with its interval, next due time and how often it was done.
``CorrectionsPanel``: the on-air corrections log — what was said, what is true — listed with times.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...broadcast_messages import describe_error
from ...core.errors import VillageCastError
from .. import formats, metrics
from ..compliance.words import item_text
from .operator_flash import form_label

MAX_SHOWN = 2  # due reminders spelled out in the bar; the rest are counted (all are in the Checklist tab)


def reminder_text(controller, item_id: str) -> str:
    item = controller.services.hub.pack.item(item_id)
    return item_text(item) if item is not None else item_id


class RemindersBar(QFrame):
    """The due reminders, each with a Done button; hidden when nothing is due."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("remindersBar")
        self.controller = controller
        self.setStyleSheet(f"#remindersBar {{ border: 2px solid {metrics.WARNING_COLOR}; }}")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(6, 4, 6, 4)
        self.buttons: dict[str, QPushButton] = {}
        self.labels: dict[str, QLabel] = {}
        controller.reminders_changed.connect(self.show_due)
        self.show_due(controller.due())

    def show_due(self, due) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons.clear()
        self.labels.clear()
        for r in due[:MAX_SHOWN]:
            text = self.tr("Reminder: %1 (every %n min)", None, r.minutes).replace(
                "%1", reminder_text(self.controller, r.item_id))
            label = QLabel(text)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {metrics.WARNING_COLOR}; font-weight: bold;")
            button = QPushButton(self.tr("Done"), objectName=f"reminderDone_{r.item_id}")
            button.setToolTip(self.tr("Say it on air, then press Done: the next reminder comes %n minute(s) later",
                                      None, r.minutes))
            button.setAccessibleName(self.tr("Done: %1").replace("%1", text))
            button.clicked.connect(lambda _=False, item=r.item_id: self.done(item))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label, 1)
            line.addWidget(button)
            self.rows.addWidget(row)
            self.buttons[r.item_id], self.labels[r.item_id] = button, label
        if len(due) > MAX_SHOWN:
            more = QLabel(self.tr("%n more reminder(s) due: see the Checklist tab", None, len(due) - MAX_SHOWN),
                          objectName="remindersMore")
            more.setStyleSheet(f"color: {metrics.WARNING_COLOR};")
            self.rows.addWidget(more)
        self.setVisible(bool(due))

    def done(self, item_id: str) -> bool:
        try:
            self.controller.acknowledge(item_id)
        except VillageCastError as exc:
            self.controller.context.signals.error.emit(describe_error(exc))
            return False
        return True

    def retranslate(self) -> None:
        self.show_due(self.controller.due())


class ChecklistPanel(QWidget):
    """Every reminder of the show: interval, next due, times done; "Done" (or Enter) for the selected one."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.list = QListWidget(objectName="operatorReminders")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _item: self.done_selected())
        self.done_button = QPushButton(objectName="reminderDoneSelected")
        self.done_button.clicked.connect(self.done_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.done_button)
        self.ids: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Reminders during the show"))
        self.done_button.setText(self.tr("&Done for the selected reminder"))
        self.refresh()

    def row_text(self, r) -> str:
        nxt = self.tr("due now") if r.due else self.tr("next at %1").replace("%1", formats.time_text(r.due_at))
        return self.tr("%1 \u2014 every %2 min \u00b7 %3 \u00b7 done %4\u00d7").replace(
            "%1", reminder_text(self.controller, r.item_id)).replace("%2", str(r.minutes)).replace(
            "%3", nxt).replace("%4", str(r.count))

    def refresh(self) -> None:
        states = self.controller.live.reminders(self.controller.now())
        row = self.list.currentRow()
        self.ids = [r.item_id for r in states]
        self.list.clear()
        for r in states:
            item = QListWidgetItem(self.row_text(r))
            if r.due:
                item.setForeground(QColor(metrics.WARNING_COLOR))
            self.list.addItem(item)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.done_button.setEnabled(bool(states))

    def done_selected(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self.ids):
            return False
        try:
            self.controller.acknowledge(self.ids[row])
        except VillageCastError as exc:
            self.controller.context.signals.error.emit(describe_error(exc))
            return False
        return True


class CorrectionsPanel(QWidget):
    """What was said, what is true → ``Live.correct`` (an undo step); the log below with times."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.said = QLineEdit(objectName="correctionSaid")
        self.truth = QLineEdit(objectName="correctionTruth")
        self.truth.returnPressed.connect(self.log)
        self.said.returnPressed.connect(self.truth.setFocus)
        self.log_button = QPushButton(objectName="correctionLog")
        self.log_button.clicked.connect(self.log)
        self.message = QLabel(objectName="correctionMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
        self.list = QListWidget(objectName="correctionList")
        self.list.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(form_label(self.said), self.said)
        self.form.addRow(form_label(self.truth), self.truth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.log_button)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.form.labelForField(self.said).setText(self.tr("What was sai&d"))
        self.form.labelForField(self.truth).setText(self.tr("What is &true"))
        self.said.setAccessibleName(self.tr("What was said on air"))
        self.truth.setAccessibleName(self.tr("What is true"))
        self.said.setPlaceholderText(self.tr("e.g. 200 boxes left"))
        self.truth.setPlaceholderText(self.tr("e.g. only 20 boxes left"))
        self.log_button.setText(self.tr("&Log the correction"))
        self.log_button.setToolTip(self.tr("Record it with the time (Enter in \u201cWhat is true\u201d); "
                                           "say it on air"))
        self.list.setAccessibleName(self.tr("Corrections made on air"))
        self.refresh()

    def log(self) -> bool:
        try:
            self.controller.correct(self.said.text(), self.truth.text())
        except VillageCastError as exc:
            self.message.setText(describe_error(exc))
            return False
        self.message.clear()
        self.said.clear()
        self.truth.clear()
        self.said.setFocus()
        return True

    def refresh(self) -> None:
        corrections = self.controller.live.repo.corrections(self.controller.session_id)
        segments = self.controller.segments()
        self.list.clear()
        for c in reversed(corrections):
            where = segments[c.index].title if c.index is not None and 0 <= c.index < len(segments) else ""
            self.list.addItem(self.tr("%1 \u00b7 %2 \u2014 said: %3 \u2192 true: %4").replace(
                "%1", formats.time_text(c.at, seconds=True)).replace("%2", where).replace("%3", c.said).replace("%4", c.truth))
